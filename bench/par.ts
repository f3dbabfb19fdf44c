/**
 * PAR INDEX engine figures: validate a framework the size of 1150/QĐ-BNV's provincial set (8 areas, 43 criteria,
 * 95 sub-criteria), score many assessments, rank and classify them. Prints timings; no thresholds (no speed goal yet).
 *
 * Run: `npx tsx bench/par.ts` (or `npm run bench:par`).
 */
import { performance } from 'node:perf_hooks';
import {
  defineMethodology,
  gradeDistribution,
  HUE_PAR_CLASSES,
  methodologyFromRows,
  methodologyToRows,
  rankUnits,
  scoreAssessment,
  type AssessmentInputs,
  type MethodologyNodeSpec,
  type MethodologyNode,
} from 'cchc';

// 8 areas with 1150's criteria / sub-criteria counts (Kiên Giang SNV source); rules and points are synthetic.
const shape = [
  [6, 2],
  [4, 6],
  [5, 19],
  [4, 12],
  [9, 16],
  [4, 15],
  [5, 17],
  [6, 8],
] as const;
const rules = [
  'binary',
  'tiered: Kịp thời = 1; Không kịp thời = 0,5; Không thực hiện = 0',
  'percent-bands: trên 90% = 1; từ 70% = 0,5; từ 0% = 0',
  'proportional',
  'survey',
  'manual',
];
let leafNo = 0;
const nodes: MethodologyNodeSpec[] = shape.map(([criteria, subs], a) => {
  const children: MethodologyNodeSpec[] = Array.from({ length: criteria }, (_, c) => {
    const n = Math.floor(subs / criteria) + (c < subs % criteria ? 1 : 0);
    const code = `${a + 1}.${c + 1}`;
    if (n === 0) return { code, name: `Tiêu chí ${code}`, maxPoints: 1, rule: rules[leafNo++ % rules.length]! };
    return {
      code,
      name: `Tiêu chí ${code}`,
      maxPoints: n,
      children: Array.from({ length: n }, (_, s) => ({
        code: `${code}.${s + 1}`,
        name: `TCTP ${code}.${s + 1}`,
        maxPoints: 1,
        rule: rules[leafNo++ % rules.length]!,
      })),
    };
  });
  return { code: String(a + 1), name: `Lĩnh vực ${a + 1}`, maxPoints: children.reduce((x, c) => x + Number(c.maxPoints), 0), children };
});
const spec = { id: 'bench-1150-shape', name: 'bench', nodes };

function time<T>(label: string, runs: number, f: () => T): T {
  let out: T = f();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) out = f();
  const ms = (performance.now() - t0) / runs;
  console.log(`${label.padEnd(52)} ${ms < 1 ? `${(ms * 1000).toFixed(1)} µs` : `${ms.toFixed(2)} ms`}`);
  return out;
}

const m = time('defineMethodology (8 areas, 43 criteria, 95 sub-criteria)', 200, () => defineMethodology(spec));
const rows = methodologyToRows(m, { format: 'text' });
time('methodologyFromRows (text rows, same framework)', 200, () => methodologyFromRows(rows));

const leaves: MethodologyNode[] = [];
const visit = (n: MethodologyNode) => (n.children.length ? n.children.forEach(visit) : leaves.push(n));
m.nodes.forEach(visit);
console.log(`leaves: ${leaves.length} (criteria without sub-criteria are leaves), max points: ${m.maxPoints.toString()}`);

function inputs(u: number): AssessmentInputs {
  const out: Record<string, AssessmentInputs[string]> = {};
  leaves.forEach((n, i) => {
    const r = ((u * 7919 + i * 104729) % 1000) / 1000;
    switch (n.rule!.kind) {
      case 'binary':
        out[n.code] = { met: r > 0.2 };
        break;
      case 'tiered':
        out[n.code] = { outcome: r > 0.3 ? 'Kịp thời' : 'Không kịp thời' };
        break;
      case 'percent-bands':
      case 'proportional':
        out[n.code] = { numerator: Math.round(r * 100), denominator: 100 };
        break;
      case 'survey':
        out[n.code] = { share: r };
        break;
      default:
        out[n.code] = { points: r };
    }
  });
  return out;
}
const N = 2000;
const all = Array.from({ length: N }, (_, u) => inputs(u));
let k = 0;
time(`scoreAssessment (one unit, ${leaves.length} leaves)`, N, () => scoreAssessment(m, all[k++ % N]!));
const t0 = performance.now();
const scores = all.map((inp) => scoreAssessment(m, inp));
console.log(`${`scoreAssessment × ${N} units`.padEnd(52)} ${(performance.now() - t0).toFixed(0)} ms`);
const items = scores.map((s, i) => ({ id: i, value: s.total.index! }));
time(`rankUnits (${N} units)`, 20, () => rankUnits(items));
time(`gradeDistribution (${N} units, Huế classes)`, 20, () =>
  gradeDistribution(
    items.map((x) => x.value),
    HUE_PAR_CLASSES,
  ),
);
