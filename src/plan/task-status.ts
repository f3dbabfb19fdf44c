import { z } from 'zod';
import { IsoDateSchema, daysBetween, type IsoDate } from '../core/iso-date.js';
import { ratio, type Ratio } from '../core/ratio.js';
import { parseWithSchema } from '../core/validate.js';
import { TaskSchema, type ProgressRecord, type Task } from './task.js';

/**
 * Status of a task or milestone on a date (tình trạng thực hiện):
 * - `not-due`: not completed, due later than `dueSoonDays` from `asOf` (chưa đến hạn);
 * - `due-soon`: not completed, due within `dueSoonDays` calendar days of `asOf`, the due day included (sắp đến hạn);
 * - `overdue`: not completed (no completion recorded by `asOf`) and the due day has passed (quá hạn);
 * - `done-on-time`: completed on or before the due day (hoàn thành đúng hạn);
 * - `done-late`: completed after the due day (hoàn thành trễ hạn);
 * - `continuous`: an ongoing task with no dated milestone ("thực hiện thường xuyên"; thường xuyên).
 */
export type TaskStatus = 'not-due' | 'due-soon' | 'overdue' | 'done-on-time' | 'done-late' | 'continuous';

/** Every {@link TaskStatus}, in report order. */
export const TASK_STATUSES: readonly TaskStatus[] = Object.freeze(['not-due', 'due-soon', 'overdue', 'done-on-time', 'done-late', 'continuous']);

/**
 * Days before the due day from which a task counts as `due-soon`: 7 calendar days. No regulation sets this; it is a
 * reporting convention, so pass `dueSoonDays` to change it. A working-day variant will follow with the calendar module.
 */
export const DEFAULT_DUE_SOON_DAYS = 7;

/** Options of {@link taskStatus}. */
export interface TaskStatusOptions {
  /** The day the status is computed for (ngày tính); completions and reports after it are not known yet. */
  readonly asOf: IsoDate;
  /** Calendar days before the due day that count as `due-soon` (default {@link DEFAULT_DUE_SOON_DAYS}). */
  readonly dueSoonDays?: number;
}

/** The status of one dated milestone. */
export interface MilestoneStatus {
  /** Index in `deadline.milestones`. */
  readonly index: number;
  /** Due day. */
  readonly due: IsoDate;
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

/** Partial progress known on `asOf` (the latest record with `done` / `total`). */
export interface PartialProgress {
  readonly done: number;
  readonly total: number;
  readonly unit?: string;
  /** done / total, exact. */
  readonly ratio: Ratio;
  readonly reportedOn?: IsoDate;
}

/** Result of {@link taskStatus}. */
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
}

/** Schema of {@link TaskStatusOptions}. */
export const TaskStatusOptionsSchema = z.object({
  asOf: IsoDateSchema,
  dueSoonDays: z.number().int().nonnegative().optional(),
});

/** Status of a task already validated. @internal */
export function statusOfTask(task: Task, asOf: IsoDate, dueSoonDays: number): TaskStatusResult {
  const known = (task.progress ?? []).filter(
    (r) => (r.reportedOn === undefined || r.reportedOn <= asOf) && (r.completedOn === undefined || r.completedOn <= asOf),
  );
  const completionOf = (index: number): IsoDate | undefined => {
    let best: IsoDate | undefined;
    for (const r of known) {
      if (r.completedOn !== undefined && (r.milestone === undefined || r.milestone === index) && (best === undefined || r.completedOn < best)) {
        best = r.completedOn;
      }
    }
    return best;
  };

  const milestones: MilestoneStatus[] = task.deadline.milestones.map((m, index) => {
    const base = m.label === undefined ? { index, due: m.due } : { index, due: m.due, label: m.label };
    const completedOn = completionOf(index);
    if (completedOn !== undefined) {
      const late = daysBetween(m.due, completedOn);
      return Object.freeze(late > 0 ? { ...base, status: 'done-late' as const, completedOn, daysLate: late } : { ...base, status: 'done-on-time' as const, completedOn });
    }
    const left = daysBetween(asOf, m.due);
    if (left < 0) return Object.freeze({ ...base, status: 'overdue' as const, daysLate: -left });
    return Object.freeze({ ...base, status: left <= dueSoonDays ? ('due-soon' as const) : ('not-due' as const), daysLeft: left });
  });

  let status: TaskStatus;
  if (milestones.length === 0) status = 'continuous';
  else if (milestones.some((m) => m.status === 'overdue')) status = 'overdue';
  else if (milestones.every((m) => m.status === 'done-on-time' || m.status === 'done-late')) {
    status = milestones.some((m) => m.status === 'done-late') ? 'done-late' : 'done-on-time';
  } else if (milestones.some((m) => m.status === 'due-soon')) status = 'due-soon';
  else status = 'not-due';

  const open = milestones.filter((m) => m.completedOn === undefined).map((m) => m.due);
  const nextDue = open.length > 0 ? open.reduce((a, b) => (b < a ? b : a)) : undefined;
  const completedOn =
    milestones.length > 0 && open.length === 0 ? milestones.map((m) => m.completedOn!).reduce((a, b) => (b > a ? b : a)) : undefined;

  let partial: ProgressRecord | undefined;
  for (const r of known) {
    if (r.done === undefined || r.total === undefined) continue;
    if (partial === undefined || (r.reportedOn ?? '') >= (partial.reportedOn ?? '')) partial = r;
  }

  const out: { -readonly [K in keyof TaskStatusResult]: TaskStatusResult[K] } = {
    status,
    milestones: Object.freeze(milestones),
    continuous: task.deadline.continuous,
    evidence: Object.freeze(known.flatMap((r) => (r.evidence === undefined ? [] : [r.evidence]))),
  };
  if (nextDue !== undefined) out.nextDue = nextDue;
  if (completedOn !== undefined) out.completedOn = completedOn;
  if (partial !== undefined) {
    const p: { -readonly [K in keyof PartialProgress]: PartialProgress[K] } = {
      done: partial.done!,
      total: partial.total!,
      ratio: ratio(partial.done!, partial.total!),
    };
    if (partial.unit !== undefined) p.unit = partial.unit;
    if (partial.reportedOn !== undefined) p.reportedOn = partial.reportedOn;
    out.progress = Object.freeze(p);
  }
  return Object.freeze(out);
}

/** Validate status options. @internal */
export function checkStatusOptions(options: unknown): { asOf: IsoDate; dueSoonDays: number } {
  const o = parseWithSchema(TaskStatusOptionsSchema, options, []);
  return { asOf: o.asOf, dueSoonDays: o.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS };
}

/**
 * The status of a task on a date, per dated milestone and overall (tình trạng thực hiện nhiệm vụ).
 *
 * Per milestone: completed by `asOf` → `done-on-time` (on or before the due day) or `done-late`; otherwise `overdue`
 * once the due day has passed, `due-soon` within `dueSoonDays` calendar days of it (the due day itself included), else
 * `not-due`. Only records known on `asOf` count: a completion dated after `asOf`, or a record reported after it, is
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
 *
 * @throws {@link CchcError} `INVALID_DATE` (asOf), `INVALID_INPUT` (dueSoonDays), or the problems of an invalid task.
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
 * ```
 */
export function taskStatus(task: Task, options: TaskStatusOptions): TaskStatusResult {
  const { asOf, dueSoonDays } = checkStatusOptions(options);
  return statusOfTask(parseWithSchema(TaskSchema, task, ['task']), asOf, dueSoonDays);
}
