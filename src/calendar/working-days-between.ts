import type { IsoDate } from '../core/iso-date.js';
import { calendarOf, type CalendarOptions } from './calendar-options.js';

/**
 * The number of working days in `(start, end]` (số ngày làm việc): the start day is not counted, the end day is
 * (Bộ luật Dân sự 2015, Điều 147). Negative when `end` is before `start` (minus the working days in `(end, start]`).
 * Used for delays: `workingDaysBetween(dueDate, returnedDate)` > 0 means late by that many working days.
 *
 * @throws {@link CchcError} `INVALID_DATE`, `DATE_OUT_OF_RANGE`.
 * @example
 * ```ts
 * import { workingDaysBetween } from 'cchc';
 * workingDaysBetween('2020-01-20', '2020-02-03'); // 5
 * workingDaysBetween('2020-02-03', '2020-01-20'); // -5
 * workingDaysBetween('2024-02-08', '2024-02-14'); // 0 (Tết Giáp Thìn)
 * ```
 */
export function workingDaysBetween(start: IsoDate, end: IsoDate, options?: CalendarOptions): number {
  const cal = calendarOf(options);
  return cal.workingDaysBetweenDayNumbers(cal.dayOf(start, 'start'), cal.dayOf(end, 'end'));
}
