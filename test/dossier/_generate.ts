// Deterministic generator of valid dossier records (test helper).
import { fromDayNumber, toDayNumber, type DossierRecord } from 'cchc';

export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface GenerateOptions {
  readonly count: number;
  readonly seed: number;
  /** First receipt date. */
  readonly start: string;
  /** Receipts spread over this many days. */
  readonly spanDays: number;
  /** Share of records given slaWorkingDays instead of a due date. */
  readonly slaShare?: number;
  readonly supplementShare?: number;
  /** Give some receipts a time of day (+07:00). */
  readonly timestamps?: boolean | number;
}

const LEVELS = ['province', 'district', 'commune', undefined] as const;
const CHANNELS = ['online', 'in-person', 'postal', undefined] as const;

export function generateDossiers(o: GenerateOptions): DossierRecord[] {
  const r = rng(o.seed);
  const int = (n: number) => Math.floor(r() * n);
  const start = toDayNumber(o.start);
  const out: DossierRecord[] = [];
  for (let i = 0; i < o.count; i++) {
    const rec = start + int(o.spanDays);
    const rec_: Record<string, unknown> = { id: `D${o.seed}-${i}` };
    const lv = LEVELS[int(4)];
    if (lv) rec_.level = lv;
    const ch = CHANNELS[int(4)];
    if (ch) rec_.channel = ch;
    rec_.agency = `A${int(3)}`;
    rec_.procedure = `P${int(5)}`;
    if (o.timestamps && r() < (o.timestamps === true ? 0.5 : o.timestamps)) {
      const h = 7 + int(11);
      const m = int(60);
      rec_.receivedAt = `${fromDayNumber(rec)}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00+07:00`;
    } else rec_.receivedAt = fromDayNumber(rec);
    if (r() < (o.slaShare ?? 0.5)) rec_.slaWorkingDays = int(11);
    else rec_.dueDate = fromDayNumber(rec + int(21));
    const u = r();
    let end: number | undefined;
    if (u < 0.03) {
      rec_.rejectedAt = fromDayNumber(rec + int(2));
      out.push(rec_ as unknown as DossierRecord);
      continue;
    } else if (u < 0.63) {
      end = rec + int(35);
      rec_.resolvedAt = fromDayNumber(end);
    } else if (u < 0.68) {
      end = rec + int(35);
      rec_.withdrawnAt = fromDayNumber(end);
    } else if (u < 0.73) {
      end = rec + int(35);
      rec_.returnedAt = fromDayNumber(end);
    }
    if (r() < (o.supplementShare ?? 0.25)) {
      const k = 1 + int(3);
      const hi = end ?? rec + 45;
      const pts = Array.from({ length: 2 * k }, () => rec + int(hi - rec + 1)).sort((a, b) => a - b);
      const sups: { requestedAt: string; completedAt?: string }[] = [];
      for (let j = 0; j < k; j++) {
        const open = j === k - 1 && rec_.resolvedAt === undefined && r() < 0.5;
        sups.push(
          open
            ? { requestedAt: fromDayNumber(pts[2 * j]!) }
            : { requestedAt: fromDayNumber(pts[2 * j]!), completedAt: fromDayNumber(pts[2 * j + 1]!) },
        );
      }
      rec_.supplements = sups;
    }
    out.push(rec_ as unknown as DossierRecord);
  }
  return out;
}

export interface GenerateNd118Options extends GenerateOptions {
  /** Share of records with a stop at the applicant's request. */
  readonly stopShare?: number;
  /** Share of records with an extension (a third of them with a second one). */
  readonly extensionShare?: number;
}

/**
 * Valid records with the fields of NĐ 118/2025: filing times of online dossiers (`submittedAt`), stops
 * (`stoppedAt`), one or two extensions (notified on time or late, to a later date or not), the new due date of a
 * restart on the completed supplements of records without an SLA (and of some with one). A supplement's new due date
 * depends on its completion day only, so that two supplements completed the same day agree (SQL cannot tell them
 * apart).
 */
export function generateNd118Dossiers(o: GenerateNd118Options): DossierRecord[] {
  const r = rng(o.seed * 7919 + 1);
  const int = (n: number) => Math.floor(r() * n);
  const day = (s: string | null | undefined) => (s ? toDayNumber(s.slice(0, 10)) : undefined);
  return generateDossiers(o).map((d) => {
    if (d.rejectedAt !== undefined) return d;
    const x: Record<string, unknown> = { ...d };
    const rec = day(d.receivedAt)!;
    if (d.channel === 'online' && r() < 0.7) {
      const back = int(4);
      x.submittedAt =
        back > 0 && r() < 0.5
          ? `${fromDayNumber(rec - back)}T${String(7 + int(14)).padStart(2, '0')}:${String(int(60)).padStart(2, '0')}:00+07:00`
          : fromDayNumber(rec - back);
    }
    if (r() < (o.stopShare ?? 0.08)) x.stoppedAt = fromDayNumber(rec + int(30));
    if (r() < (o.extensionShare ?? 0.2)) {
      const n1 = rec + int(20);
      const first = { notifiedAt: fromDayNumber(n1), newDueDate: fromDayNumber(n1 + int(15)) };
      if (r() < 0.33) {
        const n2 = n1 + int(10);
        x.extensions = [first, { notifiedAt: fromDayNumber(n2), newDueDate: fromDayNumber(n2 + int(10)) }];
      } else x.extension = first;
    }
    if (d.supplements) {
      const noSla = d.slaWorkingDays === undefined;
      x.supplements = d.supplements.map((s) => {
        const c = day(s.completedAt);
        if (c === undefined || (!noSla && r() < 0.7)) return s;
        return { ...s, newDueDate: fromDayNumber(c + 1 + (c % 9)) };
      });
    }
    return x as unknown as DossierRecord;
  });
}
