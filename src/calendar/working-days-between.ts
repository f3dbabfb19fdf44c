import type { IsoDate } from '../core/iso-date.js';
import { throwAll } from './_internal/day-index.js';
import { calendarOf, type CalendarOptions } from './calendar-options.js';
import type { WorkCalendarImpl } from './work-calendar.js';

/**
 * The number of working days in `(start, end]` (số ngày làm việc): the start day is not counted, the end day is
 * (Bộ luật Dân sự 2015, Điều 147). Negative when `end` is before `start` (minus the working days in `(end, start]`).
 * Used for delays: `workingDaysBetween(dueDate, returnedDate)` > 0 means late by that many working days.
 *
 * @throws {@link CchcError} `INVALID_DATE`, `DATE_OUT_OF_RANGE`; `INVALID_INPUT` for options that are not an object or
 *   a `calendar` that is not one; `UNKNOWN_KEY` (`calender`).
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
  let a: number;
  let b: number;
  try {
    a = cal.dayOf(start, 'start');
    b = cal.dayOf(end, 'end');
  } catch (e) {
    badArguments(cal, start, end, e);
  }
  return cal.workingDaysBetweenDayNumbers(a, b);
}

/** Throw every problem of the two dates at once (kept out of the hot function: closures there would slow every call). */
function badArguments(cal: WorkCalendarImpl, start: IsoDate, end: IsoDate, first: unknown): never {
  throwAll([() => cal.dayOf(start, 'start'), () => cal.dayOf(end, 'end')]);
  throw first;
}
