import type { IsoDate } from '../core/iso-date.js';
import { badCount, throwAll } from './_internal/day-index.js';
import { errorOnProvisional, refuseProvisional } from './_internal/on-provisional.js';
import { calendarOf, WORKING_DAY_OPTION_KEYS, type WorkingDayOptions } from './calendar-options.js';
import type { WorkCalendarImpl } from './work-calendar.js';

/**
 * The date `n` working days after `date` (cộng ngày làm việc), on a calendar (default {@link civilServiceCalendar}).
 *
 * - n ≥ 1: the n-th working day after `date`; the start day is not counted (Bộ luật Dân sự 2015, Điều 147: "the
 *   first day of a period is not counted"), so a dossier received on a working day with a 5-working-day deadline is
 *   due on the 5th working day after it;
 * - n = 0: `date` if it is a working day, otherwise the next working day;
 * - n < 0: the |n|-th working day before `date` (the working days in `[result, date)` number exactly |n|).
 *
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n` for every n ≥ 1, and for every n when `d` is a working day. From
 * a day off it is 1 for n = 0 and n + 1 for n < 0 (the result lies on the other side of `d`; docs/calendar.md,
 * "Counting rule").
 * O(1): a lookup in the calendar's working-day index.
 *
 * The result rests on the verdicts of the days it crosses: `(date, result]` for n ≥ 1, `[date, result]` for n = 0,
 * `[result, date)` for n < 0. When one of them is provisional (a year without an official schedule, 2027 onwards
 * today: {@link isProvisional}), `onProvisional: 'error'` throws `PROVISIONAL_CALENDAR` naming the first one crossed;
 * the default `'allow'` returns the result (test it with {@link firstProvisionalDay}).
 *
 * @throws {@link CchcError} `INVALID_DATE`, `INVALID_INPUT` (n not an integer, options that are not an object, a
 *   `calendar` that is not one, an `onProvisional` other than 'allow' / 'error'), `UNKNOWN_KEY` (`calender`),
 *   `DATE_OUT_OF_RANGE` (date or result outside the calendar's range), `PROVISIONAL_CALENDAR` (with
 *   `onProvisional: 'error'`).
 * @example
 * ```ts
 * import { addWorkingDays } from 'cchc';
 * addWorkingDays('2020-01-20', 5);   // '2020-02-03' (Tết 23–29/1/2020 is off)
 * addWorkingDays('2024-04-26', 1);   // '2024-05-02'
 * addWorkingDays('2020-01-25', 0);   // '2020-01-30'
 * addWorkingDays('2020-02-03', -5);  // '2020-01-20'
 * addWorkingDays('2020-01-20', 1.5); // throws CchcError INVALID_INPUT
 * addWorkingDays('2026-11-20', 3);   // '2026-11-26' (Tuesday 24/11/2026 is off: Ngày Văn hóa Việt Nam)
 * addWorkingDays('2027-04-28', 3);   // '2027-05-05' (provisional: 30/4 Friday, 1/5 Saturday → Monday 3/5)
 * addWorkingDays('2027-04-28', 3, { onProvisional: 'error' }); // throws CchcError PROVISIONAL_CALENDAR
 * ```
 *
 * @category Calendar
 */
export function addWorkingDays(date: IsoDate, n: number, options?: WorkingDayOptions): IsoDate {
  const cal = calendarOf(options, WORKING_DAY_OPTION_KEYS);
  if (typeof n !== 'number' || !Number.isInteger(n)) badArguments(cal, date, n);
  const day = cal.dayOf(date, 'date');
  const result = cal.addWorkingDaysToDayNumber(day, n);
  if (options !== undefined && errorOnProvisional(options)) {
    if (n > 0) refuseProvisional(cal, day + 1, result, true);
    else if (n === 0) refuseProvisional(cal, day, result, true);
    else refuseProvisional(cal, day - 1, result, false);
  }
  return cal.isoOf(result);
}

/** Throw every problem of the arguments at once (kept out of the hot function: closures there would slow every call). */
function badArguments(cal: WorkCalendarImpl, date: IsoDate, n: unknown): never {
  throwAll([() => cal.dayOf(date, 'date'), () => badCount(n)]);
  return badCount(n);
}
