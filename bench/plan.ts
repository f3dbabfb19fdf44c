/**
 * Speed of the plan module. Run: `npm run bench:plan` (or `npx tsx bench/plan.ts`). Prints figures; asserts nothing.
 * - parseDeadline over the 13 deadline texts of Kế hoạch 164/KH-UBND;
 * - parseAgencies over its agency texts;
 * - planProgress (validation included) on a synthetic plan of 100 sections × 100 tasks copied from the seed plan.
 */
import { performance } from 'node:perf_hooks';
import { parseAgencies, parseDeadline, planProgress, planTasks, type Plan, type Section } from 'cchc';
import { kienGiang2020Plan } from 'cchc/datasets';

function time(label: string, runs: number, fn: () => void): void {
  fn(); // warm up
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  const ms = (performance.now() - start) / runs;
  console.log(`${label.padEnd(58)} ${ms.toFixed(3).padStart(10)} ms/run`);
}

const seedTasks = planTasks(kienGiang2020Plan);
const texts = [...new Set(seedTasks.map((t) => t.deadlineText))];
const agencies = [...new Set(seedTasks.flatMap((t) => [t.lead, ...t.coordinating]))];

time(`parseDeadline × ${texts.length} seed texts`, 2000, () => {
  for (const t of texts) parseDeadline(t, { planYear: 2020 });
});
time(`parseAgencies × ${agencies.length} seed texts`, 2000, () => {
  for (const a of agencies) parseAgencies(a);
});

const sections: Section[] = Array.from({ length: 100 }, (_, s) => ({
  code: `S${s + 1}`,
  title: `Mục ${s + 1}`,
  tasks: Array.from({ length: 100 }, (_, i) => {
    const { id: _id, sectionPath: _p, sectionTitles: _t, ...task } = seedTasks[i % seedTasks.length]!;
    return { ...task, code: String(i + 1) };
  }),
}));
const big: Plan = { ...kienGiang2020Plan, sections };
for (const groupBy of ['section', 'lead', 'product'] as const) {
  time(`planProgress, 10 000 tasks, groupBy ${groupBy}`, 5, () => {
    planProgress(big, { asOf: '2020-06-30', groupBy });
  });
}
