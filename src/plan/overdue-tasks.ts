import { z } from 'zod';
import { type IsoDate } from '../core/iso-date.js';
import { IsoDateSchema } from '../core/_zod-legacy.js';
import { parseWithSchema } from '../core/_zod-legacy.js';
import type { PlanTask } from './plan-tasks.js';
import { flattenTasks } from './_internal/flatten-tasks.js';
import type { Plan } from './plan.js';
import { dueCounting, TaskStatusOptionsSchema, type MilestoneStatus, type TaskStatusResult } from './task-status.js';
import type { WorkCalendar } from '../calendar/work-calendar-types.js';
import { statusOfTask } from './_internal/status-of-task.js';
import { checkPlan } from './_internal/check-plan.js';

/**
 * Options of {@link overdueTasks}.
 *
 * @example
 * ```ts
 * const options: OverdueTasksOptions = { asOf: '2020-06-30' };
 * ```
 */
export interface OverdueTasksOptions {
  /** The day of the status. */
  readonly asOf: IsoDate;
  /** See `taskStatus`: a working-day calendar (needed for `dueOnDayOff`). */
  readonly calendar?: WorkCalendar;
  /** See `taskStatus`: `'next-working-day'` moves a due day off a day off (Bộ luật Dân sự 2015, Điều 148 khoản 5). */
  readonly dueOnDayOff?: 'keep' | 'next-working-day';
}

/**
 * Schema of {@link OverdueTasksOptions}.
 *
 * @example
 * ```ts
 * import { OverdueTasksOptionsSchema } from 'cchc';
 * OverdueTasksOptionsSchema.safeParse({ asOf: '2020-06-30' }).success; // true
 * ```
 */
export const OverdueTasksOptionsSchema = z.object({
  asOf: IsoDateSchema,
  calendar: TaskStatusOptionsSchema.shape.calendar,
  dueOnDayOff: TaskStatusOptionsSchema.shape.dueOnDayOff,
});

/**
 * One overdue task.
 *
 * @example
 * ```ts
 * import { overdueTasks } from 'cchc';
 * import { kienGiang2020Plan } from 'cchc/datasets';
 * const first: OverdueTask = overdueTasks(kienGiang2020Plan, { asOf: '2020-02-15' })[0];
 * first.overdueMilestones[0].due; // '2019-12-31'
 * ```
 */
export interface OverdueTask {
  readonly task: PlanTask;
  readonly status: TaskStatusResult;
  /** Its milestones that are overdue. */
  readonly overdueMilestones: readonly MilestoneStatus[];
  /** Days past the earliest overdue due day. */
  readonly daysLate: number;
}

/**
 * The tasks overdue on a date (nhiệm vụ quá hạn): at least one dated milestone is past its due day with no completion
 * recorded by `asOf`. Most overdue first, then in plan order.
 *
 * @throws {@link CchcError} for an invalid plan or `asOf`.
 *
 * @example
 * ```ts
 * import { overdueTasks } from 'cchc';
 * import { kienGiang2020Plan } from 'cchc/datasets';
 * const late = overdueTasks(kienGiang2020Plan, { asOf: '2020-01-31' });
 * late.map((o) => o.task.id); // ['I.1', 'IV.1', 'VI.A.1', 'VII.1']
 * late[0].daysLate; // 31
 * ```
 */
export function overdueTasks(plan: Plan, options: OverdueTasksOptions): OverdueTask[] {
  const valid = checkPlan(plan);
  const o = parseWithSchema(OverdueTasksOptionsSchema, options, []);
  const { asOf } = o;
  const counting = dueCounting(o);
  const out: (OverdueTask & { order: number })[] = [];
  flattenTasks(valid).forEach((task, order) => {
    const status = statusOfTask(task, asOf, counting);
    const overdueMilestones = status.milestones.filter((m) => m.status === 'overdue');
    if (overdueMilestones.length === 0) return;
    out.push({ task, status, overdueMilestones: Object.freeze(overdueMilestones), daysLate: Math.max(...overdueMilestones.map((m) => m.daysLate ?? 0)), order });
  });
  return out
    .sort((a, b) => b.daysLate - a.daysLate || a.order - b.order)
    .map(({ order: _order, ...rest }) => Object.freeze(rest));
}
