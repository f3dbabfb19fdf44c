import type { IsoDate } from '../core/iso-date.js';
import { calendarOf, type CalendarOptions } from './calendar-options.js';

/**
 * Whether a date is a working day (ngày làm việc) of a calendar (default {@link civilServiceCalendar}).
 *
 * @throws {@link CchcError} `INVALID_DATE` ("2025-02-30", "2025-2-3", a `Date`, a number), `DATE_OUT_OF_RANGE`;
 *   `INVALID_INPUT` for options that are not an object or a `calendar` that is not one; `UNKNOWN_KEY` (`calender`).
 * @example
 * ```ts
 * import { isWorkingDay } from 'cchc';
 * isWorkingDay('2020-01-23'); // false (Tết Canh Tý, 29 tháng Chạp)
 * isWorkingDay('2019-01-05'); // true (make-up Saturday)
 * isWorkingDay('2025-2-3');   // throws CchcError INVALID_DATE
 * ```
 *
 * @category Calendar
 */
export function isWorkingDay(date: IsoDate, options?: CalendarOptions): boolean {
  const cal = calendarOf(options);
  return cal.isWorkingDayNumber(cal.dayOf(date, 'date'));
}
