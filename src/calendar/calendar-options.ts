import { fail, show, type CchcPath } from '../core/errors.js';
import { civilServiceCalendar } from './civil-service-calendar.js';
import { WorkCalendarImpl } from './work-calendar.js';
import type { WorkCalendar } from './work-calendar-types.js';

/**
 * Options shared by every function that counts working days: which calendar to use.
 *
 * The one calendar policy of `cchc`: every such function accepts `calendar` and, when it is left out, uses
 * {@link civilServiceCalendar} (the official schedule for civil servants, Saturday and Sunday off). Results that
 * depend on working days name the calendar they used (its `name`).
 *
 * @example
 * ```ts
 * import { createWorkCalendar, type CalendarOptions } from 'cchc';
 * const options: CalendarOptions = { calendar: createWorkCalendar({ holidays: 'labour-code' }) };
 * ```
 */
export interface CalendarOptions {
  /** The working-day calendar; default {@link civilServiceCalendar}. */
  readonly calendar?: WorkCalendar;
}

/**
 * Whether a value is a working-day calendar made by {@link createWorkCalendar} (or {@link civilServiceCalendar}).
 * The one check of what a calendar is, used by every module.
 *
 * @example
 * ```ts
 * import { isWorkCalendar, civilServiceCalendar } from 'cchc';
 * isWorkCalendar(civilServiceCalendar); // true
 * isWorkCalendar({ isWorkingDay: () => true }); // false
 * ```
 */
export function isWorkCalendar(value: unknown): value is WorkCalendar {
  return value instanceof WorkCalendarImpl;
}

/**
 * The calendar option, checked: `undefined` gives {@link civilServiceCalendar}; anything but a calendar made by
 * {@link createWorkCalendar} is `INVALID_INPUT`. The one reader of the `calendar` option in every module.
 * @internal
 */
export function readCalendar(value: unknown, path: CchcPath = ['options', 'calendar']): WorkCalendarImpl {
  if (value === undefined) return civilServiceCalendar as WorkCalendarImpl;
  if (value instanceof WorkCalendarImpl) return value;
  return fail(
    'INVALID_INPUT',
    path,
    `calendar phải là lịch tạo bởi createWorkCalendar (vd. civilServiceCalendar), nhận được ${show(value)}`,
    `calendar must be a WorkCalendar made by createWorkCalendar (e.g. civilServiceCalendar), received ${show(value)}`,
    value,
  );
}

/** The calendar of an options object, checked (default {@link civilServiceCalendar}). @internal */
export function calendarOf(options: CalendarOptions | undefined): WorkCalendarImpl {
  return readCalendar(options === undefined || options === null ? undefined : (options as CalendarOptions).calendar);
}
