import type { IsoDate } from '../core/iso-date.js';
import type { WorkCalendar } from '../calendar/work-calendar-types.js';
import type { Ratio } from '../core/ratio.js';
import type { Task } from './task.js';
import type { DueOnDayOff, DueSoon } from './due-soon.js';
import { TaskStatusOptionsSchema } from './status-options-schema.js';
import { taskOrPlanTaskSchema } from './task-schema.js';
import { statusOfTask } from './_internal/status-of-task.js';
import { dueCounting } from './_internal/due-counting.js';

/**
 * Status of a task or milestone on a date (tình trạng thực hiện):
 * - `not-due`: not completed, due later than the `dueSoon` window (chưa đến hạn);
 * - `due-soon`: not completed, due within the `dueSoon` window of `asOf` (default 7 calendar days), the due day
 *   included (sắp đến hạn);
 * - `overdue`: not completed (no completion recorded by `asOf`) and the due day has passed (quá hạn);
 * - `done-on-time`: completed on or before the due day (hoàn thành đúng hạn);
 * - `done-late`: completed after the due day (hoàn thành trễ hạn);
 * - `continuous`: an ongoing task with no dated milestone ("thực hiện thường xuyên"; thường xuyên).
 *
 * @example
 * ```ts
 * import type { TaskStatus } from 'cchc';
 * const s: TaskStatus = 'done-on-time';
 * ```
 *
 * @category Plans and tasks
 */
export type TaskStatus = 'not-due' | 'due-soon' | 'overdue' | 'done-on-time' | 'done-late' | 'continuous';

/**
 * Every {@link TaskStatus}, in report order.
 *
 * @example
 * ```ts
 * import { TASK_STATUSES } from 'cchc';
 * TASK_STATUSES.length; // 6
 * ```
 *
 * @category Plans and tasks
 */
export const TASK_STATUSES: readonly TaskStatus[] = Object.freeze([
  'not-due',
  'due-soon',
  'overdue',
  'done-on-time',
  'done-late',
  'continuous',
]);

/**
 * Options of {@link taskStatus}.
 *
 * @example
 * ```ts
 * import type { TaskStatusOptions } from 'cchc';
 * const options: TaskStatusOptions = { asOf: '2020-06-30', dueSoon: { days: 5, unit: 'working-days' } };
 * ```
 *
 * @category Plans and tasks
 */
export interface TaskStatusOptions {
  /** The day the status is computed for (ngày tính); completions and reports after it are not known yet. */
  readonly asOf: IsoDate;
  /**
   * When an unfinished milestone is `due-soon`: `{ days, unit }` (default {@link DEFAULT_DUE_SOON}, 7 calendar days).
   * The unit is what it says, whether or not a `calendar` is passed.
   */
  readonly dueSoon?: DueSoon;
  /**
   * The working-day calendar (default `civilServiceCalendar`): used for `dueSoon` in working days and for
   * `dueOnDayOff: 'next-working-day'`. Results name it (`calendar`).
   */
  readonly calendar?: WorkCalendar;
  /**
   * A due day that falls on a day off: `'keep'` (default: plans name their dates, and the sources do not say that an
   * administrative plan's deadline moves) or `'next-working-day'`, the Civil Code rule for time limits (Bộ luật Dân sự
   * 2015, Điều 148 khoản 5: when the last day of a period is a weekly rest day or a public holiday, the period ends on
   * the next working day), on the `calendar`.
   */
  readonly dueOnDayOff?: DueOnDayOff;
  /**
   * @deprecated Use `dueSoon: { days, unit }` (0.2). Kept with its 0.1 meaning: calendar days, or working days when
   * `calendar` is given. Not together with `dueSoon`.
   */
  readonly dueSoonDays?: number;
}

/**
 * The status of one dated milestone.
 *
 * @example
 * ```ts
 * import type { MilestoneStatus } from 'cchc';
 * const m: MilestoneStatus = { index: 0, due: '2020-03-31', label: 'XD kế hoạch', status: 'done-on-time', completedOn: '2020-03-20' };
 * ```
 *
 * @category Plans and tasks
 */
export interface MilestoneStatus {
  /** Index in `deadline.milestones`. */
  readonly index: number;
  /** Due day (moved to the next working day under `dueOnDayOff: 'next-working-day'`). */
  readonly due: IsoDate;
  /** The due day the deadline text names, when `due` was moved off a day off. */
  readonly scheduledDue?: IsoDate;
  /** What is due, as printed. */
  readonly label?: string;
  /** `not-due` | `due-soon` | `overdue` | `done-on-time` | `done-late`. */
  readonly status: Exclude<TaskStatus, 'continuous'>;
  /** The day it was completed (the earliest completion recorded by `asOf`). */
  readonly completedOn?: IsoDate;
  /** Days from `asOf` to the due day (0 on the due day), while not completed and not overdue. */
  readonly daysLeft?: number;
  /** Days past the due day: for `overdue`, up to `asOf`; for `done-late`, up to the completion. */
  readonly daysLate?: number;
}

/**
 * Partial progress known on `asOf`: the record with `done` / `total` and the latest `reportedOn` (among records of one
 * date, the last listed).
 *
 * @example
 * ```ts
 * import { type PartialProgress, ratio } from 'cchc';
 * const p: PartialProgress = { done: 179, total: 183, unit: 'lớp', ratio: ratio(179, 183) };
 * ```
 *
 * @category Plans and tasks
 */
export interface PartialProgress {
  readonly done: number;
  readonly total: number;
  readonly unit?: string;
  /** done / total, exact. */
  readonly ratio: Ratio;
  readonly reportedOn?: IsoDate;
}

/**
 * Result of {@link taskStatus}.
 *
 * @example
 * ```ts
 * import { type TaskStatusResult, parseDeadline, taskStatus } from 'cchc';
 * const deadlineText = 'Trước ngày 15/02/2020';
 * const r: TaskStatusResult = taskStatus(
 *   { code: '6', content: 'Tự đánh giá, chấm điểm chỉ số CCHC năm 2019', product: 'Báo cáo', lead: 'Sở Nội vụ', coordinating: [],
 *     deadlineText, deadline: parseDeadline(deadlineText, { planYear: 2020 }) },
 *   { asOf: '2020-02-20' },
 * );
 * [r.status, r.milestones[0]!.daysLate]; // ['overdue', 6]
 * ```
 *
 * @category Plans and tasks
 */
export interface TaskStatusResult {
  /** Overall status (see {@link taskStatus} for how milestones combine). */
  readonly status: TaskStatus;
  /** One entry per dated milestone, in the order of the deadline. */
  readonly milestones: readonly MilestoneStatus[];
  /** Whether the task also has an ongoing part ("thực hiện thường xuyên"). */
  readonly continuous: boolean;
  /** The earliest due day among milestones not completed, if any. */
  readonly nextDue?: IsoDate;
  /** When every dated milestone is completed: the day the last one was. */
  readonly completedOn?: IsoDate;
  /** The latest partial progress known on `asOf`, if any. */
  readonly progress?: PartialProgress;
  /** Evidence texts of the records known on `asOf`, in record order. */
  readonly evidence: readonly string[];
  /** The due-soon window used, with its unit. */
  readonly dueSoon: DueSoon;
  /** The name of the working-day calendar in effect (`'civil-service'` by default). */
  readonly calendar: string;
}

/**
 * The status of a task on a date, per dated milestone and overall (tình trạng thực hiện nhiệm vụ).
 *
 * Per milestone: completed by `asOf` → `done-on-time` (on or before the due day) or `done-late`; otherwise `overdue`
 * once the due day has passed, `due-soon` within the `dueSoon` window of it (default 7 calendar days, the due day
 * itself included), else `not-due`. Only records known on `asOf` count: a completion dated after `asOf`, or a record reported after it, is
 * ignored. A record without `milestone` completes every milestone.
 *
 * Overall: a task with no dated milestone is `continuous`. Otherwise the dated milestones decide, and an ongoing part
 * ("- Ban hành tháng 12/2019; - Thực hiện thường xuyên") never makes a task late or unfinished — the dated part is
 * the deliverable the plan can check, and `continuous: true` in the result says the work goes on:
 * any milestone `overdue` → `overdue`; else all completed → `done-late` if any was late, else `done-on-time`; else any
 * `due-soon` → `due-soon`; else `not-due`. A milestone completed late does not make an unfinished task late; its
 * own entry in `milestones` shows it.
 *
 * Time limits end with their last day (Bộ luật Dân sự 2015, Điều 148 khoản 1), so a task is not overdue on its due day.
 * `dueSoon: { days, unit: 'working-days' }` counts the working days of the `calendar` (default
 * `civilServiceCalendar`) in `(asOf, due]`; `dueOnDayOff: 'next-working-day'` applies Điều 148 khoản 5 on that
 * calendar (a due day on a day off moves to the next working day; the milestone keeps the printed day as
 * `scheduledDue`). The result names the window (`dueSoon`) and the calendar (`calendar`) it used.
 *
 * @throws {@link CchcError} `INVALID_DATE` (asOf), `INVALID_INPUT` (options that are not an object, a bad `dueSoon`
 *   or calendar, no `asOf`), `UNKNOWN_KEY` (`calender`, a task's `completedOn` outside `progress`), or the problems of
 *   an invalid task.
 *
 * @example
 * ```ts
 * import { parseDeadline, taskStatus } from 'cchc';
 * const deadlineText = 'XD kế hoạch quý I; thực hiện quý III';
 * const task = {
 *   code: '3', content: 'Xây dựng kế hoạch và thực hiện kiểm tra công tác CCHC năm 2020', product: 'Kế hoạch',
 *   lead: 'Sở Nội vụ', coordinating: ['Các sở, ngành liên quan'], deadlineText,
 *   deadline: parseDeadline(deadlineText, { planYear: 2020 }),
 *   progress: [{ milestone: 0, completedOn: '2020-03-20' }],
 * };
 * taskStatus(task, { asOf: '2020-06-30' }).status; // 'not-due'
 * taskStatus(task, { asOf: '2020-09-25' }).status; // 'due-soon'
 * taskStatus(task, { asOf: '2020-10-01' }).milestones.map((m) => m.status); // ['done-on-time', 'overdue']
 * // From 21/09/2020, the due day 30/09/2020 is 9 calendar days away but 7 working days.
 * taskStatus(task, { asOf: '2020-09-21' }).status; // 'not-due'
 * const r = taskStatus(task, { asOf: '2020-09-21', dueSoon: { days: 7, unit: 'working-days' } });
 * [r.status, r.dueSoon.unit, r.calendar]; // ['due-soon', 'working-days', 'civil-service']
 * ```
 *
 * @category Plans and tasks
 */
export function taskStatus(task: Task, options: TaskStatusOptions): TaskStatusResult {
  const o = TaskStatusOptionsSchema.parse(options, { path: ['options'] });
  const valid = taskOrPlanTaskSchema().parse(task, { path: ['task'] });
  return statusOfTask(valid, o.asOf, dueCounting(o));
}
