/**
 * A notebook-style analysis: the seed report's dossier figures from three angles — the rate as printed, the rate
 * with the QĐ 766 denominator, and how far the printed total row is from the sum of the levels — then a chart spec.
 * Cells are separated by comments; run it whole with `npx tsx examples/notebook-analysis.ts`.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  checkSum,
  checkTally,
  emptyTally,
  formatNumber,
  formatPercent,
  onTimeRate,
  onTimeRateChartSpec,
  ratio,
  type DossierTally,
} from 'cchc';
import { kienGiang2019DossierTable } from 'cchc/datasets';

// ── Cell 1: the printed table as tallies. The report does not split early from on time, nor pending within due
// from overdue, so everything resolved on time counts as "on time" and every pending dossier as "within due"
// (the assumption most favourable to the province; said here, not hidden).
const levels = kienGiang2019DossierTable.rows.filter((r) => r.level !== 'all');
const tallies: [string, DossierTally][] = levels.map((r) => [
  r.label,
  checkTally({
    ...emptyTally(),
    received: { total: r.received, carriedOver: 0, newOnline: 0, newInPerson: r.received, newPostal: 0 },
    resolved: { total: r.resolved, early: 0, onTime: r.onTimeOrEarly, late: r.late },
    pending: { total: r.pending, withinDue: r.pending, overdue: 0 },
  }),
]);

// ── Cell 2: two denominators side by side.
console.table(
  tallies.map(([label, t]) => ({
    Cấp: label,
    'Đúng hạn / đã giải quyết': formatPercent(onTimeRate(t, { denominator: 'resolved' })!),
    'QĐ 766: (đúng hạn + đang trong hạn) / (giải quyết + đang giải quyết)': formatPercent(
      onTimeRate(t, { denominator: 'resolved-plus-pending' })!,
    ),
  })),
);

// ── Cell 3: the printed total row against the sum of the levels.
const total = kienGiang2019DossierTable.rows.find((r) => r.level === 'all')!;
for (const field of ['received', 'resolved', 'onTimeOrEarly', 'late', 'pending'] as const) {
  const s = checkSum({ parts: levels.map((r) => r[field]), total: total[field] });
  console.log(
    `${field.padEnd(14)} sum of levels ${formatNumber(s.sum).padStart(9)}  printed ${formatNumber(total[field]).padStart(9)}  ${s.ok ? 'ok' : `off by ${formatNumber(s.difference)}`}`,
  );
}

// ── Cell 4: a chart for the notebook (render with vega-embed; here written to a file).
const spec = onTimeRateChartSpec(
  levels.map((r) => ({ label: r.label, rate: ratio(r.onTimeOrEarly, r.resolved) })),
  { title: 'Kiên Giang — hồ sơ giải quyết đúng hạn, 9 tháng 2019' },
);
const file = join(tmpdir(), 'cchc-on-time.vl.json');
writeFileSync(file, JSON.stringify(spec, null, 2));
console.log(`Vega-Lite spec written to ${file}`);
