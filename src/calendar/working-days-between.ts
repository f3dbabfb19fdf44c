import type { IsoDate } from '../core/iso-date.js';
import { throwAll } from './_internal/day-index.js';
import { errorOnProvisional, refuseProvisional } from './_internal/on-provisional.js';
import { calendarOf, WORKING_DAY_OPTION_KEYS, type WorkingDayOptions } from './calendar-options.js';
import type { WorkCalendarImpl } from './work-calendar.js';

/**
 * The number of working days in `(start, end]` (số ngày làm việc): the start day is not counted, the end day is
 * (Bộ luật Dân sự 2015, Điều 147). Negative when `end` is before `start` (minus the working days in `(end, start]`).
 * Used for delays: `workingDaysBetween(dueDate, returnedDate)` > 0 means late by that many working days.
 *
 * The count rests on the verdicts of the days in `(start, end]` (or `(end, start]`): with `onProvisional: 'error'`, a
 * provisional one among them ({@link isProvisional}) throws `PROVISIONAL_CALENDAR` naming the first one met going from
 * `start` to `end`.
 *
 * @throws {@link CchcError} `INVALID_DATE`, `DATE_OUT_OF_RANGE`; `INVALID_INPUT` for options that are not an object,
 *   a `calendar` that is not one, an `onProvisional` other than 'allow' / 'error'; `UNKNOWN_KEY` (`calender`);
 *   `PROVISIONAL_CALENDAR` (with `onProvisional: 'error'`).
 * @example
 * ```ts
 * import { workingDaysBetween } from 'cchc';
 * workingDaysBetween('2020-01-20', '2020-02-03'); // 5
 * workingDaysBetween('2020-02-03', '2020-01-20'); // -5
 * workingDaysBetween('2024-02-08', '2024-02-14'); // 0 (Tết Giáp Thìn)
 * workingDaysBetween('2026-11-20', '2026-11-30'); // 5 (24/11/2026 is off)
 * workingDaysBetween('2027-02-01', '2027-02-15'); // 5 (provisional: Tết Đinh Mùi 4–10/2/2027 by the rules)
 * workingDaysBetween('2027-02-01', '2027-02-15', { onProvisional: 'error' }); // throws CchcError PROVISIONAL_CALENDAR
 * ```
 *
 * @category Calendar
 */
export function workingDaysBetween(start: IsoDate, end: IsoDate, options?: WorkingDayOptions): number {
  const cal = calendarOf(options, WORKING_DAY_OPTION_KEYS);
  let a: number;
  let b: number;
  try {
    a = cal.dayOf(start, 'start');
    b = cal.dayOf(end, 'end');
  } catch (e) {
    badArguments(cal, start, end, e);
  }
  const count = cal.workingDaysBetweenDayNumbers(a, b);
  if (options !== undefined && errorOnProvisional(options)) {
    if (a < b) refuseProvisional(cal, a + 1, b, true);
    else if (a > b) refuseProvisional(cal, a, b + 1, false);
  }
  return count;
}

/** Throw every problem of the two dates at once (kept out of the hot function: closures there would slow every call). */
function badArguments(cal: WorkCalendarImpl, start: IsoDate, end: IsoDate, first: unknown): never {
  throwAll([() => cal.dayOf(start, 'start'), () => cal.dayOf(end, 'end')]);
  throw first;
}
