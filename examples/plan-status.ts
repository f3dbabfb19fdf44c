/**
 * Status of Kiên Giang's 2020 CCHC plan (Kế hoạch 164/KH-UBND) on 30/06/2020 and 31/12/2020, by lead agency.
 * Run: `npx tsx examples/plan-status.ts`.
 *
 * The plan as published records no progress. Two completions are known from public documents and are recorded here
 * with `withProgress` (the dataset itself is left as printed):
 * - VII.1 "Xây dựng Kế hoạch cải cách hành chính của tỉnh năm 2020": the plan itself, Kế hoạch 164/KH-UBND, issued
 *   09/12/2019 (milestone "Ban hành tháng 12/2019"; "Thực hiện thường xuyên" goes on).
 * - VII.4 "Xây dựng Kế hoạch phát động thi đua chuyên đề CCHC năm 2020": Kế hoạch 34/KH-UBND of 03/3/2020
 *   (milestone "Xây dựng kế hoạch quý I"), per Sở Nội vụ Kiên Giang,
 *   https://snv.kiengiang.gov.vn/trang/TinTuc/115/1313/Phat-dong-phong-trao-thi-dua-chuyen-de-ve-thuc-hien-nhiem-vu-CCHC-nam-2020.html
 * Every other task is "overdue" once its due day has passed simply because no completion is recorded for it.
 */
import { formatPercent, planProgress, withProgress, type PlanProgress, type TaskStatus } from 'cchc';
import { kienGiang2020Plan } from 'cchc/datasets';

const plan = withProgress(kienGiang2020Plan, {
  'VII.1': [{ completedOn: '2019-12-09', evidence: 'Kế hoạch số 164/KH-UBND ngày 09/12/2019' }],
  'VII.4': [{ milestone: 0, completedOn: '2020-03-03', evidence: 'Kế hoạch số 34/KH-UBND ngày 03/3/2020' }],
});

const COLUMNS: readonly [TaskStatus, string][] = [
  ['not-due', 'Chưa đến hạn'],
  ['due-soon', 'Sắp đến hạn'],
  ['overdue', 'Quá hạn'],
  ['done-on-time', 'Đúng hạn'],
  ['done-late', 'Trễ hạn'],
  ['continuous', 'Thường xuyên'],
];

const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function print(p: PlanProgress): void {
  const width = Math.max(...p.groups.map((g) => g.label.length), 'Cơ quan chủ trì'.length);
  const lines: string[] = [];
  lines.push(`Kế hoạch ${kienGiang2020Plan.number} — tình trạng ngày ${vnDate(p.asOf)} (sắp đến hạn: trong 7 ngày)`);
  lines.push(['Cơ quan chủ trì'.padEnd(width), 'Tổng', ...COLUMNS.map(([, h]) => h), 'Hoàn thành'].join('  '));
  const row = (label: string, g: PlanProgress['total']) =>
    [
      label.padEnd(width),
      String(g.counts.total).padStart(4),
      ...COLUMNS.map(([s, h]) => String(g.counts[s]).padStart(h.length)),
      (g.completion ? formatPercent(g.completion) : '—').padStart('Hoàn thành'.length),
    ].join('  ');
  for (const g of p.groups) lines.push(row(g.label, g));
  lines.push(row('Toàn kế hoạch', p.total));
  lines.push('');
  for (const g of p.groups) {
    const ids = (s: TaskStatus) => p.tasks.filter((t) => g.taskIds.includes(t.task.id) && t.status.status === s).map((t) => t.task.id);
    const parts = COLUMNS.map(([s, h]) => [h, ids(s)] as const).filter(([, list]) => list.length > 0);
    lines.push(`  ${g.label}: ${parts.map(([h, list]) => `${h.toLowerCase()} ${list.join(', ')}`).join('; ')}`);
  }
  console.log(lines.join('\n'));
}

for (const asOf of ['2020-06-30', '2020-12-31']) {
  print(planProgress(plan, { asOf, groupBy: 'lead' }));
  console.log('');
}
