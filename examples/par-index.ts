/**
 * PAR INDEX end to end: score 42 units on a small published framework (Cà Mau 2013, criteria 1.1–1.3), rank them,
 * classify them and print the class distribution, then recompute the seed report's published distribution.
 *
 * The 42 units and their inputs are ILLUSTRATIVE (generated deterministically below); the framework, the class bands
 * (Huế, QĐ 1963/QĐ-UBND) and the seed report's counts are the published ones.
 *
 * Run: `npx tsx examples/par-index.ts`
 */
import {
  checkPrintedRate,
  classify,
  defineMethodology,
  formatNumber,
  formatPercentPoints,
  gradeDistribution,
  HUE_PAR_CLASSES,
  lostPoints,
  pointsToTarget,
  rankUnits,
  scoreAssessment,
  type AssessmentInputs,
} from 'cchc';
import { caMau2013Fragment, kienGiang2018ParClasses } from 'cchc/datasets';

const methodology = defineMethodology(caMau2013Fragment);

// 42 units as in Kiên Giang 2018: 22 departments (sở), 5 central agencies in the province, 15 districts (huyện).
const units = [
  ...Array.from({ length: 22 }, (_, i) => `Sở ${String(i + 1).padStart(2, '0')}`),
  ...Array.from({ length: 5 }, (_, i) => `Cơ quan TW ${i + 1}`),
  ...Array.from({ length: 15 }, (_, i) => `Huyện ${String(i + 1).padStart(2, '0')}`),
];

/** A small deterministic pseudo-random sequence per unit (no Math.random: the output is reproducible). */
function draw(unit: number, k: number): number {
  let x = (unit + 1) * 2654435761 + (k + 1) * 40503;
  x = (x ^ (x >>> 13)) * 1274126177;
  return ((x ^ (x >>> 16)) >>> 0) % 1000;
}

function inputsFor(u: number): AssessmentInputs {
  const d = (k: number) => draw(u, k);
  return {
    '1.1.1': { outcome: d(1) < 800 ? 'Ban hành kịp thời' : d(1) < 950 ? 'Không kịp thời' : 'Không ban hành' },
    '1.1.2': { met: d(2) < 850 },
    '1.1.3': { met: d(3) < 800 },
    '1.1.4': { numerator: 30 + (d(4) % 21), denominator: 50 }, // 60%–100% of the plan done
    '1.2.1': { met: d(5) < 750 },
    '1.2.2': { met: d(6) < 900 },
    '1.3': { points: 1 + (d(7) % 9) / 4 }, // 1 to 3 points, in quarters
  };
}

const scores = units.map((name, u) => ({ name, score: scoreAssessment(methodology, inputsFor(u)) }));
const ranked = rankUnits(scores.map((s) => ({ id: s.name, value: s.score.total.index!, score: s.score })));

const lines: string[] = [];
const say = (s = '') => lines.push(s);
say(`${methodology.name}`);
say(`Tối đa ${formatNumber(methodology.maxPoints)} điểm; xếp loại theo ${HUE_PAR_CLASSES.name}`);
say('');
say('Hạng  Đơn vị          Điểm   Chỉ số   Xếp loại');
for (const r of ranked) {
  const band = classify(r.value, HUE_PAR_CLASSES);
  say(
    [
      String(r.rank).padStart(4),
      `  ${r.id.padEnd(14)}`,
      formatNumber(r.score.total.achieved, { decimals: 2 }).padStart(6),
      formatPercentPoints(r.value).padStart(9),
      `  ${band ? band.label + (band.verified === false ? ' (*)' : '') : '—'}`,
    ].join(''),
  );
}

const dist = gradeDistribution(
  ranked.map((r) => r.value),
  HUE_PAR_CLASSES,
);
say('');
say(`Phân bố xếp loại (${dist.total} đơn vị):`);
for (const c of dist.classes) say(`  ${c.label.padEnd(11)} ${String(c.count).padStart(3)}  ${formatPercentPoints(c.share!)}`);
say(
  `  ${'Chưa xếp'.padEnd(11)} ${String(dist.unclassified.count).padStart(3)}  ${formatPercentPoints(dist.unclassified.share!)}  (dưới 55%: ngưỡng "Yếu" của Huế chưa rõ)`,
);
say('  (*) tên khoảng 55–<70 chưa được xác minh trong nguồn (UNVERIFIED)');

const last = ranked[ranked.length - 1]!;
const gap = pointsToTarget(last.score, 80);
say('');
say(`${last.id} (hạng ${last.rank}) cần thêm ${formatNumber(gap.gap, { decimals: 2 })} điểm để đạt chỉ số 80%; điểm mất nhiều nhất:`);
for (const l of lostPoints(last.score).slice(0, 3))
  say(`  ${l.code.padEnd(6)} ${`−${formatNumber(l.lost)}`.padStart(5)}  ${methodologyName(l.code)}`);

say('');
say('Báo cáo 389/BC-UBND (Kiên Giang): xếp loại Chỉ số CCHC năm 2018 của 42 sở, ngành, huyện — kiểm tra tỷ lệ in:');
const seed = gradeDistribution(
  kienGiang2018ParClasses.classes.flatMap((c, i) => Array.from({ length: c.count }, () => [95, 85, 75, 60][i]!)),
  HUE_PAR_CLASSES,
);
seed.classes.forEach((c, i) => {
  const printed = kienGiang2018ParClasses.classes[i]!;
  const check = checkPrintedRate({ numerator: printed.count, denominator: kienGiang2018ParClasses.units, printed: printed.printedShare });
  say(
    `  ${printed.label.padEnd(11)} ${String(printed.count).padStart(2)}/42  in ${printed.printedShare.padStart(6)}  tỷ lệ ${formatPercentPoints(check.computed).padStart(6)} ${
      check.verdict === 'inconsistent' ? 'KHÔNG KHỚP' : 'khớp      '
    }  phần dư lớn nhất (tổng 100%) ${formatPercentPoints(c.share!).padStart(6)}`,
  );
});

console.log(lines.join('\n'));

function methodologyName(code: string): string {
  const find = (nodes: typeof methodology.nodes): string | undefined => {
    for (const n of nodes) {
      if (n.code === code) return n.name;
      const inner = find(n.children);
      if (inner) return inner;
    }
    return undefined;
  };
  return find(methodology.nodes) ?? '';
}
