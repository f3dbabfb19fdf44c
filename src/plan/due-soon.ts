/**
 * The unit of a due-soon window (đơn vị tính "sắp đến hạn"): working days on the calendar in use, or calendar days.
 *
 * @example
 * ```ts
 * import type { DueSoonUnit } from 'cchc';
 * const unit: DueSoonUnit = 'working-days';
 * ```
 *
 * @category Plans and tasks
 */
export type DueSoonUnit = 'working-days' | 'calendar-days';

/**
 * When an unfinished milestone counts as `due-soon` (sắp đến hạn): within `days` of its due day, the due day included,
 * counted in `unit`. Working days are the days of the `calendar` option (default `civilServiceCalendar`) in `(asOf,
 * due]`; calendar days are `due − asOf`. The unit is always said, never inferred from other options.
 *
 * @example
 * ```ts
 * import { taskStatus, type DueSoon } from 'cchc';
 * const dueSoon: DueSoon = { days: 5, unit: 'working-days' };
 * ```
 *
 * @category Plans and tasks
 */
export interface DueSoon {
  /** How many days before the due day; 0: only on the due day. */
  readonly days: number;
  /** `'working-days'` or `'calendar-days'`. */
  readonly unit: DueSoonUnit;
}

/**
 * What to do with a due day that falls on a day off: `'keep'` it (plans name their dates) or move it to the
 * `'next-working-day'` of the calendar (Bộ luật Dân sự 2015, Điều 148 khoản 5).
 *
 * @example
 * ```ts
 * import type { DueOnDayOff } from 'cchc';
 * const rule: DueOnDayOff = 'next-working-day';
 * ```
 *
 * @category Plans and tasks
 */
export type DueOnDayOff = 'keep' | 'next-working-day';

/**
 * Days before the due day from which a task counts as `due-soon` by default: 7 (the `days` of {@link DEFAULT_DUE_SOON}).
 *
 * @example
 * ```ts
 * import { DEFAULT_DUE_SOON_DAYS } from 'cchc';
 * DEFAULT_DUE_SOON_DAYS; // 7
 * ```
 *
 * @category Plans and tasks
 */
export const DEFAULT_DUE_SOON_DAYS = 7;

/**
 * The default due-soon window: 7 **calendar** days, whatever calendar is passed (pass `dueSoon: { days, unit:
 * 'working-days' }` to count working days). No regulation sets it; it is a reporting convention.
 *
 * @example
 * ```ts
 * import { DEFAULT_DUE_SOON } from 'cchc';
 * DEFAULT_DUE_SOON; // { days: 7, unit: 'calendar-days' }
 * ```
 *
 * @category Plans and tasks
 */
export const DEFAULT_DUE_SOON: DueSoon = Object.freeze({ days: DEFAULT_DUE_SOON_DAYS, unit: 'calendar-days' });
