import type { IsoDate } from '../core/iso-date.js';
import type { WorkCalendar } from '../calendar/work-calendar-types.js';
import type { PlanTask } from './plan-tasks.js';
import type { Plan } from './plan.js';
import type { DueOnDayOff } from './due-soon.js';
import type { MilestoneStatus, TaskStatusResult } from './task-status.js';
import { OverdueTasksOptionsSchema } from './status-options-schema.js';
import { flattenTasks } from './_internal/flatten-tasks.js';
import { statusOfTask } from './_internal/status-of-task.js';
import { dueCounting } from './_internal/due-counting.js';
import { checkPlan } from './_internal/check-plan.js';

/**
 * Options of {@link overdueTasks}.
 *
 * @example
 * ```ts
 * import type { OverdueTasksOptions } from 'cchc';
 * const options: OverdueTasksOptions = { asOf: '2020-06-30' };
 * ```
 *
 * @category Plans and tasks
 */
export interface OverdueTasksOptions {
  /** The day of the status. */
  readonly asOf: IsoDate;
  /** See `taskStatus`: the working-day calendar for `dueOnDayOff` (default `civilServiceCalendar`). */
  readonly calendar?: WorkCalendar;
  /** See `taskStatus`: `'next-working-day'` moves a due day off a day off (Bộ luật Dân sự 2015, Điều 148 khoản 5). */
  readonly dueOnDayOff?: DueOnDayOff;
}

/**
 * One overdue task.
 *
 * @example
 * ```ts
 * import { type OverdueTask, overdueTasks } from 'cchc';
 * import { kienGiang2020Plan } from 'cchc/datasets';
 * const first: OverdueTask = overdueTasks(kienGiang2020Plan, { asOf: '2020-02-15' })[0]!;
 * first.overdueMilestones[0]!.due; // '2019-12-31'
 * ```
 *
 * @category Plans and tasks
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
 * A due day on a day off stays where it is printed unless `dueOnDayOff: 'next-working-day'` (then the next working
 * day of `calendar`, default `civilServiceCalendar`); each task's `status` names the calendar.
 *
 * @throws {@link CchcError} for an invalid plan or options (`INVALID_DATE` for `asOf`, `UNKNOWN_KEY` for a misspelt
 *   option).
 *
 * @example
 * ```ts
 * import { overdueTasks } from 'cchc';
 * import { kienGiang2020Plan } from 'cchc/datasets';
 * const late = overdueTasks(kienGiang2020Plan, { asOf: '2020-01-31' });
 * late.map((o) => o.task.id); // ['I.1', 'IV.1', 'VI.A.1', 'VII.1']
 * late[0]!.daysLate; // 31
 * // "Tháng 10/2020" ends on Saturday 31/10/2020; under the Civil Code rule that task is due on Monday 02/11.
 * const kept = overdueTasks(kienGiang2020Plan, { asOf: '2020-11-01' });
 * const moved = overdueTasks(kienGiang2020Plan, { asOf: '2020-11-01', dueOnDayOff: 'next-working-day' });
 * kept.length - moved.length; // 1
 * moved[0]!.status.calendar; // 'civil-service'
 * ```
 *
 * @category Plans and tasks
 */
export function overdueTasks(plan: Plan, options: OverdueTasksOptions): OverdueTask[] {
  const valid = checkPlan(plan);
  const o = OverdueTasksOptionsSchema.parse(options, { path: ['options'] });
  const { asOf } = o;
  const counting = dueCounting(o);
  const out: (OverdueTask & { order: number })[] = [];
  flattenTasks(valid).forEach((task, order) => {
    const status = statusOfTask(task, asOf, counting);
    const overdueMilestones = status.milestones.filter((m) => m.status === 'overdue');
    if (overdueMilestones.length === 0) return;
    out.push({
      task,
      status,
      overdueMilestones: Object.freeze(overdueMilestones),
      daysLate: Math.max(...overdueMilestones.map((m) => m.daysLate ?? 0)),
      order,
    });
  });
  return out.sort((a, b) => b.daysLate - a.daysLate || a.order - b.order).map(({ order: _order, ...rest }) => Object.freeze(rest));
}
