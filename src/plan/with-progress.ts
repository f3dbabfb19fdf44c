import { CchcError, issue, show, type CchcIssue } from '../core/errors.js';
import type { Plan, Section } from './plan.js';
import type { ProgressRecord } from './task.js';
import { ProgressByTaskSchema } from './plan-schema.js';
import { checkPlan } from './_internal/check-plan.js';
import { taskId } from './_internal/flatten-tasks.js';
import * as vi from '../core/messages/vi/plan.js';
import * as en from '../core/messages/en/plan.js';

/**
 * A copy of a plan with progress records added to its tasks (ghi nhận kết quả thực hiện), keyed by task id as
 * `planTasks` gives it ("I.1", "VI.A.3"). The plan text stays as it is; records are appended after any the task
 * already has. Useful to keep a published plan (such as `kienGiang2020Plan`) apart from the progress tracked on it.
 *
 * Ids are compared in NFC, and only the record object's own keys are read (an id "constructor" or "__proto__" is an
 * ordinary id).
 *
 * @throws {@link CchcError} `INVALID_INPUT` for ids not in the plan (all listed) or records that are not an object,
 *   `UNKNOWN_KEY` for a misspelt key of a record (`completedAt`), `INVALID_PROGRESS` for records that contradict their
 *   task (a milestone it does not have), and any problem of the plan.
 *
 * @example
 * ```ts
 * import { withProgress, taskStatus, planTasks } from 'cchc';
 * import { kienGiang2020Plan } from 'cchc/datasets';
 * // Task VII.1 asks for the 2020 CCHC plan itself: Kế hoạch 164/KH-UBND was issued on 09/12/2019.
 * const plan = withProgress(kienGiang2020Plan, {
 *   'VII.1': [{ completedOn: '2019-12-09', evidence: 'Kế hoạch số 164/KH-UBND ngày 09/12/2019' }],
 * });
 * const t = planTasks(plan).find((x) => x.id === 'VII.1')!;
 * taskStatus(t, { asOf: '2020-06-30' }).status; // 'done-on-time'
 * ```
 *
 * @category Plans and tasks
 */
export function withProgress(plan: Plan, progress: Readonly<Record<string, readonly ProgressRecord[]>>): Plan {
  const valid = checkPlan(plan);
  const records = ProgressByTaskSchema.parse(progress, { path: ['progress'] });
  // By id in NFC, from the object's own keys only; two ids that are one in NFC add their records in key order.
  const byId = new Map<string, { given: string[]; records: ProgressRecord[] }>();
  for (const given of Object.keys(records)) {
    const id = given.normalize('NFC');
    const entry = byId.get(id) ?? { given: [], records: [] };
    entry.given.push(given);
    for (const r of records[given]!) entry.records.push(r); // a loop: spreading a huge list as arguments overflows
    byId.set(id, entry);
  }
  const used = new Set<string>();
  const mapSections = (sections: readonly Section[], path: readonly string[]): Section[] =>
    sections.map((s) => {
      const here = [...path, s.code];
      const out: { -readonly [K in keyof Section]: Section[K] } = {
        ...s,
        tasks: s.tasks.map((t) => {
          const id = taskId([...here, t.code]);
          const add = byId.get(id);
          if (add === undefined) return t;
          used.add(id);
          return { ...t, progress: [...(t.progress ?? []), ...add.records] };
        }),
      };
      if (s.sections) out.sections = mapSections(s.sections, here);
      return out;
    });
  const next = { ...valid, sections: mapSections(valid.sections, []) };
  const unknown: CchcIssue[] = [...byId]
    .filter(([id]) => !used.has(id))
    .flatMap(([, e]) => e.given)
    .map((id) => {
      const p = { plan: show(valid.number), id: show(id) };
      return issue('INVALID_INPUT', ['progress', id], vi.INVALID_INPUT__noSuchTask(p), en.INVALID_INPUT__noSuchTask(p), id);
    });
  if (unknown.length > 0) throw new CchcError(unknown);
  return checkPlan(next);
}
