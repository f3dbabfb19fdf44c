import type { IsoDate } from '../core/iso-date.js';

/**
 * One dated milestone of a task's deadline (mốc thời hạn): the last day on which it is on time, what is due, and the
 * part of the deadline text it was read from.
 *
 * @example
 * ```ts
 * import type { DeadlineMilestone } from 'cchc';
 * const m: DeadlineMilestone = { due: '2020-03-31', label: 'Xây dựng kế hoạch', text: 'Xây dựng kế hoạch quý I' };
 * ```
 *
 * @category Plans and tasks
 */
export interface DeadlineMilestone {
  /** The last day that is on time (hạn cuối), an ISO date. */
  readonly due: IsoDate;
  /** What is due, as printed before the time ("Xây dựng kế hoạch", "Ban hành", "thực hiện"); absent for a bare time. */
  readonly label?: string;
  /** The part of the deadline text this milestone was read from, as printed (bullets and end punctuation removed). */
  readonly text: string;
}

/**
 * A task's deadline, read from its free text (thời hạn, "Thời gian ban hành"): the dated milestones in the order the
 * text gives them, and whether the task also has an ongoing part with no date ("thực hiện thường xuyên").
 *
 * @example
 * ```ts
 * import type { Deadline } from 'cchc';
 * const d: Deadline = {
 *   milestones: [{ due: '2019-12-31', label: 'Ban hành', text: 'Ban hành tháng 12/2019' }],
 *   continuous: true,
 * };
 * ```
 *
 * @category Plans and tasks
 */
export interface Deadline {
  /** Dated milestones, in the order of the text. Empty for a purely continuous task. */
  readonly milestones: readonly DeadlineMilestone[];
  /** True when the text names an ongoing part without a date ("thường xuyên", "liên tục", "hằng ngày"). */
  readonly continuous: boolean;
}
