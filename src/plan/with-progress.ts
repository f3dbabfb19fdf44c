import { z } from 'zod';
import { CchcError, issue, type CchcIssue } from '../core/errors.js';
import { parseWithSchema } from '../core/_zod-legacy.js';
import type { Plan, Section } from './plan.js';
import { ProgressRecordSchema, type ProgressRecord } from './task.js';
import { checkPlan } from './_internal/check-plan.js';

/**
 * Schema of the `progress` argument of {@link withProgress}: records by task id ("VII.1").
 *
 * @example
 * ```ts
 * import { ProgressByTaskSchema } from 'cchc';
 * ProgressByTaskSchema.safeParse({ 'VII.1': [{ completedOn: '2019-12-09' }] }).success; // true
 * ```
 */
export const ProgressByTaskSchema = z.record(z.string(), z.array(ProgressRecordSchema));

/**
 * A copy of a plan with progress records added to its tasks (ghi nhận kết quả thực hiện), keyed by task id as
 * `planTasks` gives it ("I.1", "VI.A.3"). The plan text stays as it is; records are appended after any the task
 * already has. Useful to keep a published plan (such as `kienGiang2020Plan`) apart from the progress tracked on it.
 *
 * @throws {@link CchcError} `INVALID_INPUT` for ids not in the plan (all listed), `INVALID_PROGRESS` for records that
 *   contradict their task (a milestone it does not have), and any problem of the plan.
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
 */
export function withProgress(plan: Plan, progress: Readonly<Record<string, readonly ProgressRecord[]>>): Plan {
  const valid = checkPlan(plan);
  const records = parseWithSchema(ProgressByTaskSchema, progress, ['progress']);
  const used = new Set<string>();
  const mapSections = (sections: readonly Section[], path: readonly string[]): Section[] =>
    sections.map((s) => {
      const here = [...path, s.code];
      const out: { -readonly [K in keyof Section]: Section[K] } = {
        ...s,
        tasks: s.tasks.map((t) => {
          const id = [...here, t.code].join('.');
          const add = records[id];
          if (add === undefined) return t;
          used.add(id);
          return { ...t, progress: [...(t.progress ?? []), ...add] };
        }),
      };
      if (s.sections) out.sections = mapSections(s.sections, here);
      return out;
    });
  const next = { ...valid, sections: mapSections(valid.sections, []) };
  const unknown: CchcIssue[] = Object.keys(records)
    .filter((id) => !used.has(id))
    .map((id) =>
      issue('INVALID_INPUT', ['progress', id], `Kế hoạch ${valid.number} không có nhiệm vụ "${id}"`, `The plan ${valid.number} has no task "${id}"`, id),
    );
  if (unknown.length > 0) throw new CchcError(unknown);
  return checkPlan(next);
}
