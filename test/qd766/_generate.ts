// Deterministic generators of QĐ 766 records (test helper): dossiers with facts, a catalogue, PAKN.
import { addDays, type PaknRecord, type Qd766DossierFacts, type Qd766DossierRecord, type TthcCatalogueRecord } from 'cchc';
import { generateDossiers, rng } from '../dossier/_generate.js';

const FLAGS = [
  'synced',
  'fullProcessEligible',
  'fullProcessOnline',
  'electronicResult',
  'digitised',
  'reusedData',
  'dataStoreLinked',
  'populationData',
  'feeRequired',
  'paidOnline',
  'feedback',
] as const;
const RATINGS = ['satisfied', 'dissatisfied', 'not-rated'] as const;

/** Random facts; each fact unknown (absent) with probability `unknown`. */
export function facts(r: () => number, unknown = 0): Qd766DossierFacts {
  const f: Record<string, unknown> = {};
  for (const k of FLAGS) {
    if (r() < unknown) continue;
    f[k] = r() < (k === 'feedback' ? 0.05 : 0.6);
  }
  if (r() >= unknown) f.satisfaction = RATINGS[Math.floor(r() * 3)];
  return f as Qd766DossierFacts;
}

/** Dossiers of the dossier generator (supplements, withdrawals, SLAs, timestamps), each with facts. */
export function generate766(o: {
  count: number;
  seed: number;
  start: string;
  spanDays: number;
  unknown?: number;
  timestamps?: number;
}): Qd766DossierRecord[] {
  const r = rng(o.seed + 1000);
  return generateDossiers({
    count: o.count,
    seed: o.seed,
    start: o.start,
    spanDays: o.spanDays,
    supplementShare: 0.3,
    ...(o.timestamps ? { timestamps: o.timestamps } : {}),
  }).map((d) => ({
    ...d,
    qd766: facts(r, o.unknown ?? 0),
  }));
}

/** A catalogue of procedures P0–P4 (the dossier generator's) and a few more without dossiers. */
export function catalogue(seed: number, start: string): TthcCatalogueRecord[] {
  const r = rng(seed);
  const out: TthcCatalogueRecord[] = [];
  for (let i = 0; i < 9; i++) {
    const published = addDays(start, Math.floor(r() * 60));
    out.push({
      code: `P${i}`,
      publishedAt: published,
      legalBasisEffectiveAt: addDays(published, Math.floor(r() * 20)),
      disclosedAt: r() < 0.8 ? addDays(published, Math.floor(r() * 12)) : null,
      components: r() < 0.7 ? ['name', 'sequence', 'channels', 'dossierParts', 'timeLimit', 'applicants', 'agency'] : ['name', 'timeLimit'],
      onlineService: (['full', 'partial', 'none'] as const)[Math.floor(r() * 3)]!,
      feeRequired: r() < 0.6,
      onlinePaymentIntegrated: r() < 0.5,
      citizenApplicants: r() < 0.7,
    });
  }
  return out;
}

export function pakn(seed: number, start: string, count: number): PaknRecord[] {
  const r = rng(seed);
  return Array.from({ length: count }, (_, i) => {
    const received = addDays(start, Math.floor(r() * 80));
    const handled = r() < 0.8 ? addDays(received, Math.floor(r() * 30)) : null;
    return {
      id: `PA${i}`,
      receivedAt: received,
      handledAt: handled,
      satisfaction: RATINGS[Math.floor(r() * 3)]!,
      reraised: r() < 0.1,
      ...(r() < 0.2 ? { dueDate: addDays(received, Math.floor(r() * 25)) } : {}),
    };
  });
}
