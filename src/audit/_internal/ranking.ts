// Printed ranks against printed values, for a whole ranking or an excerpt of one (a few provinces with their national
// ranks "of 63"), shared by auditParTable and auditSipasTable.
import type { Decimal } from 'decimal.js';
import { formatNumber } from '../../core/format-number.js';
import * as vi from '../../core/messages/vi/audit-findings.js';
import * as en from '../../core/messages/en/audit-findings.js';
import { rankUnits } from '../../par/rank-units.js';
import type { FindingSeverity, FindingValue } from '../finding.js';
import type { Reading } from './reading.js';

/** One row to check: its unit, the value it is ranked on, its printed rank. @internal */
export interface RankRow {
  readonly unit: string;
  readonly value: Reading | undefined;
  readonly rank: number | undefined;
}

/** A finding about one row. @internal */
export interface RowSpec {
  readonly code: string;
  readonly severity: FindingSeverity;
  readonly row?: string;
  readonly field: string;
  readonly expected: FindingValue;
  readonly actual: FindingValue;
  readonly vi: string;
  readonly en: string;
}

const viNum = (d: Decimal | number) => formatNumber(d);
const enNum = (d: Decimal | number) => formatNumber(d, { locale: 'en' });

/**
 * Check printed ranks. `of` is the size of the full ranking when known. The rows are the whole ranking when `of`
 * equals their number, or (without `of`) when no printed rank exceeds their number by more than one: then each rank must be the
 * competition rank of the printed values (ties share a rank, or take consecutive ranks). Otherwise they are an
 * excerpt: ranks are never re-ranked within it; each must lie in 1…of, and a row printed above another must not have
 * a value below it (at the printed precision). @internal
 */
export function rankFindings(
  rows: readonly RankRow[],
  options: {
    readonly of: number | undefined;
    readonly prefix: string;
    readonly basis: { readonly vi: string; readonly en: string };
    readonly basisKey: string;
  },
): RowSpec[] {
  const out: RowSpec[] = [];
  const { of, prefix, basis } = options;
  const ranked = rows.filter((r) => r.rank !== undefined);
  if (ranked.length === 0) return out;
  // ranks beyond the size of the ranking
  if (of !== undefined) {
    for (const r of ranked) {
      if (r.rank! > of) {
        out.push({
          code: `${prefix}-rank-out-of-range`,
          severity: 'error',
          row: r.unit,
          field: 'rank',
          expected: of,
          actual: r.rank!,
          vi: `${r.unit}: ${vi.common__rankOutOfRange({ rank: String(r.rank), of: String(of) })}`,
          en: `${r.unit}: ${en.common__rankOutOfRange({ rank: String(r.rank), of: String(of) })}`,
        });
      }
    }
  }
  const maxRank = Math.max(...ranked.map((r) => r.rank!));
  // Without `of`, one rank just past the number of rows is a slip in a whole ranking (rank 6 in a table of 5); ranks
  // further out are read as an excerpt of a larger ranking.
  const complete = of !== undefined ? rows.length >= of : maxRank <= rows.length + 1;
  if (complete) {
    if (!rows.every((r) => r.value !== undefined)) return out;
    out.push(...completeRanking(rows, prefix, basis));
    return out;
  }
  const excerpt = excerptFindings(ranked, prefix, basis);
  if (of === undefined) {
    // Without the size of the ranking, ranks beyond the number of rows make the table either an excerpt or a whole
    // ranking with wrong ranks. When its ranks are consistent as an excerpt, say how it was read; when they are not,
    // the table is wrong either way: report it as a whole ranking (the clearer account).
    if (excerpt.length > 0 && rows.every((r) => r.value !== undefined)) return [...out, ...completeRanking(rows, prefix, basis)];
    out.push({
      code: `${prefix}-rank-excerpt`,
      severity: 'info',
      field: 'rank',
      expected: null,
      actual: maxRank,
      vi: vi.common__rankExcerpt({ rows: String(rows.length), max: String(maxRank) }),
      en: en.common__rankExcerpt({ rows: String(rows.length), max: String(maxRank) }),
    });
  }
  out.push(...excerpt);
  return out;
}

/**
 * An excerpt: order only. Sorted by printed rank, a row's value must not lie wholly above the value of a row printed
 * before it; rows sharing a rank must have values that can be equal. O(n log n).
 */
function excerptFindings(ranked: readonly RankRow[], prefix: string, basis: { readonly vi: string; readonly en: string }): RowSpec[] {
  const out: RowSpec[] = [];
  const withValue = ranked.filter((r) => r.value !== undefined).sort((a, b) => a.rank! - b.rank!);
  let minHi: { row: RankRow; hi: Decimal } | undefined;
  let i = 0;
  while (i < withValue.length) {
    let j = i;
    while (j < withValue.length && withValue[j]!.rank === withValue[i]!.rank) j++;
    const group = withValue.slice(i, j);
    // ties in rank: values must overlap
    if (group.length > 1) {
      const lo = group.reduce<Decimal | null>(
        (m, r) => (r.value!.core.lo === null ? m : m === null || r.value!.core.lo.gt(m) ? r.value!.core.lo : m),
        null,
      );
      const hiRow = group.reduce<RankRow | undefined>(
        (m, r) => (r.value!.core.hi === null ? m : m === undefined || r.value!.core.hi.lt(m.value!.core.hi!) ? r : m),
        undefined,
      );
      if (lo !== null && hiRow && hiRow.value!.core.hi!.lt(lo)) {
        const top = group.find((r) => r.value!.core.lo?.eq(lo))!;
        out.push(orderSpec(prefix, basis, hiRow, top, 'tie'));
      }
    }
    for (const r of group) {
      if (minHi && r.value!.core.lo !== null && minHi.hi.lt(r.value!.core.lo)) out.push(orderSpec(prefix, basis, r, minHi.row, 'above'));
    }
    for (const r of group) {
      const hi = r.value!.core.hi;
      if (hi !== null && (!minHi || hi.lt(minHi.hi))) minHi = { row: r, hi };
    }
    i = j;
  }
  return out;
}

function orderSpec(prefix: string, basis: { vi: string; en: string }, row: RankRow, other: RankRow, kind: 'tie' | 'above'): RowSpec {
  const p = (l: 'vi' | 'en') => ({
    unit: row.unit,
    rank: String(row.rank),
    value: row.value!.text ?? (l === 'vi' ? viNum(row.value!.point) : enNum(row.value!.point)),
    other: other.unit,
    otherRank: String(other.rank),
    otherValue: other.value!.text ?? (l === 'vi' ? viNum(other.value!.point) : enNum(other.value!.point)),
    basis: basis[l],
  });
  return {
    code: `${prefix}-rank-order`,
    severity: 'error',
    row: row.unit,
    field: 'rank',
    expected: null,
    actual: row.rank!,
    vi: `${row.unit}: ${kind === 'tie' ? vi.common__rankOrderTie(p('vi')) : vi.common__rankOrder(p('vi'))}`,
    en: `${row.unit}: ${kind === 'tie' ? en.common__rankOrderTie(p('en')) : en.common__rankOrder(p('en'))}`,
  };
}

/** The whole ranking: each printed rank is the competition rank of the printed values (ties accepted both ways). */
function completeRanking(rows: readonly RankRow[], prefix: string, basis: { vi: string; en: string }): RowSpec[] {
  const out: RowSpec[] = [];
  const ranked = rankUnits(rows.map((r, i) => ({ id: i, value: r.value!.point })));
  const expected = new Map(ranked.map((u) => [u.id, u.rank]));
  // Rows whose printed values are equal share a competition rank r. Printed ranks for such a tie are right when they
  // are all r ("đồng hạng"), or when they are r, r + 1, … r + k − 1 once each: the table ranked on values more precise
  // than it prints (or by a tie-break rule), which the printed figures cannot refute.
  const ties = new Map<number, number[]>();
  rows.forEach((_, i) => {
    const r = expected.get(i)!;
    const members = ties.get(r);
    if (members) members.push(i);
    else ties.set(r, [i]);
  });
  const accepted = new Set<number>();
  let bounds: ReturnType<typeof rankBounds> | undefined;
  for (const [r, members] of ties) {
    if (members.length < 2) continue;
    const printed = members.map((i) => rows[i]!.rank).filter((x): x is number => x !== undefined);
    const last = r + members.length - 1;
    const shared = printed.every((x) => x === r);
    const brokenTie = new Set(printed).size === printed.length && printed.every((x) => x >= r && x <= last);
    if (shared || brokenTie) for (const i of members) accepted.add(i);
  }
  rows.forEach((r, i) => {
    const want = expected.get(i)!;
    const printed = r.rank;
    if (printed === undefined || printed === want || accepted.has(i)) return;
    const range = (bounds ??= rankBounds(rows))(i);
    if (range.uncertain && printed >= range.min && printed <= range.max) {
      // printed at different precisions ("26,85" and "26,9"), the values may lie in either order: a note
      const p = (l: 'vi' | 'en') => ({
        unit: r.unit,
        rank: String(printed),
        min: String(range.min),
        max: String(range.max),
        basis: basis[l],
        value: r.value!.text ?? (l === 'vi' ? viNum(r.value!.point) : enNum(r.value!.point)),
      });
      out.push({
        code: `${prefix}-rank-rounded`,
        severity: 'info',
        row: r.unit,
        field: 'rank',
        expected: want,
        actual: printed,
        vi: `${r.unit}: ${vi.common__rankRounded(p('vi'))}`,
        en: `${r.unit}: ${en.common__rankRounded(p('en'))}`,
      });
      return;
    }
    const tied = ties.get(want)!.length;
    const tieVi =
      tied > 1
        ? ` (bằng giá trị với ${tied - 1} đơn vị khác: đồng hạng ${want}, hoặc hạng ${want}–${want + tied - 1} nếu xếp theo số chưa làm tròn)`
        : '';
    const tieEn =
      tied > 1
        ? ` (tied with ${tied - 1} other unit${tied > 2 ? 's' : ''}: a shared rank ${want}, or ranks ${want}–${want + tied - 1} if ranked on unrounded values)`
        : '';
    out.push({
      code: `${prefix}-rank-mismatch`,
      severity: 'error',
      row: r.unit,
      field: 'rank',
      expected: want,
      actual: printed,
      vi: `${r.unit}: xếp hạng in ${printed} nhưng theo ${basis.vi} ${viNum(r.value!.point)} thì hạng là ${want}${tieVi}`,
      en: `${r.unit}: printed rank ${printed}, but by its ${basis.en} ${enNum(r.value!.point)} the rank is ${want}${tieEn}`,
    });
  });
  return out;
}

/**
 * The ranks a row can have for some values within the printed precision of every row (each row taken on its own):
 * from 1 + the rows surely above it to 1 + the rows that may be at or above it. A rounded reading is half-open
 * ([p − h; p + h) under half-up rounding); an exact one is a point. `uncertain` is whether some row printed with
 * another value may lie on either side of it (figures printed at different precisions, "26,85" and "26,9"); rows
 * printed with the same value are the ties of {@link completeRanking}, judged jointly there. Built once in
 * O(n log n); each question is O(log n).
 */
function rankBounds(rows: readonly RankRow[]): (i: number) => { min: number; max: number; uncertain: boolean } {
  const core = rows.map((r) => r.value!.core);
  const isPoint = core.map((c) => c.lo !== null && c.hi !== null && c.lo.eq(c.hi));
  const cmp = (a: Decimal, b: Decimal) => a.cmp(b);
  // null bounds are infinite: a missing `lo` is −∞, a missing `hi` is +∞
  const los = core
    .map((c) => c.lo)
    .filter((x): x is Decimal => x !== null)
    .sort(cmp);
  const his = core
    .map((c) => c.hi)
    .filter((x): x is Decimal => x !== null)
    .sort(cmp);
  const openHis = core
    .filter((c, j) => c.hi !== null && !isPoint[j])
    .map((c) => c.hi!)
    .sort(cmp);
  const samePoint = new Map<string, number>();
  for (const r of rows) samePoint.set(r.value!.point.toString(), (samePoint.get(r.value!.point.toString()) ?? 0) + 1);
  /** How many of the sorted `xs` are < x (strict) or ≤ x. */
  const below = (xs: readonly Decimal[], x: Decimal, orEqual: boolean): number => {
    let lo = 0;
    let hi = xs.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      const c = xs[m]!.cmp(x);
      if (c < 0 || (orEqual && c === 0)) lo = m + 1;
      else hi = m;
    }
    return lo;
  };
  return (i) => {
    const me = core[i]!;
    const n = rows.length;
    // j surely above i: lo_j > hi_i, or lo_j = hi_i when i's reading is half-open
    const above = me.hi === null ? 0 : los.length - below(los, me.hi, isPoint[i]!);
    // j surely below i: hi_j < lo_i, or hi_j = lo_i when j's reading is half-open
    const beneath = me.lo === null ? 0 : below(his, me.lo, false) + (below(openHis, me.lo, true) - below(openHis, me.lo, false));
    // (i itself is counted in neither: its lo is below its hi, or equal to it for a point)
    const overlapping = n - 1 - above - beneath;
    const ties = samePoint.get(rows[i]!.value!.point.toString())! - 1;
    return { min: 1 + above, max: n - beneath, uncertain: overlapping > ties };
  };
}
