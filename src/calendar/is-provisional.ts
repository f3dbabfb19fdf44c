import { readDateRange, readRangeObject, type DateRange } from '../core/date-range.js';
import { daysToCivil, formatIsoDate, type IsoDate } from '../core/iso-date.js';
import { calendarOf, type CalendarOptions } from './calendar-options.js';

/**
 * Whether a day's verdict — working day or day off — rests on rules rather than on a published schedule (ngày tạm
 * tính), on a calendar (default {@link civilServiceCalendar}).
 *
 * Decided per day, for every day, marked or not:
 *
 * - a day marked in the calendar (holiday, compensatory day, swap, override) has its own {@link DayStatus};
 * - any other day — an ordinary weekday, a Saturday, a Sunday — is provisional when its year has no official schedule
 *   in the calendar, because the Government may still announce a swap or a make-up Saturday for it. For
 *   `civilServiceCalendar` that is every day of 2000–2018 and of 2027 onwards today (2018-12-31, a swap of the 2019
 *   announcement, is official); every day of 2019–2026 is official. A calendar given a year's announcement with
 *   `createWorkCalendar({ base, years: [{ year, days }] })` makes that year official.
 *
 * A result computed over a range of days (a due date, a count of working days) rests on provisional days when one of
 * the days it crosses is provisional: test it with {@link firstProvisionalDay}, or make the working-day functions throw
 * with `onProvisional: 'error'`.
 *
 * @throws {@link CchcError} `INVALID_DATE`, `DATE_OUT_OF_RANGE`; `INVALID_INPUT` for options that are not an object or
 *   a `calendar` that is not one; `UNKNOWN_KEY` (`calender`).
 * @example
 * ```ts
 * import { isProvisional, createWorkCalendar, civilServiceCalendar } from 'cchc';
 * isProvisional('2026-11-24'); // false (Ngày Văn hóa Việt Nam 2026: in the official data)
 * isProvisional('2026-12-31'); // false
 * isProvisional('2027-01-01'); // true (Tết Dương lịch 2027, from the rules)
 * isProvisional('2027-03-10'); // true (an ordinary Wednesday: a swap could still be announced)
 * isProvisional('2018-06-01'); // true (no 2018 schedule in the data)
 * const announced = createWorkCalendar({ base: civilServiceCalendar, years: [{ year: 2027, days: [{ date: '2027-01-01', kind: 'statutory' }] }] });
 * isProvisional('2027-03-10', { calendar: announced }); // false
 * ```
 *
 * @category Calendar
 */
export function isProvisional(date: IsoDate, options?: CalendarOptions): boolean {
  const cal = calendarOf(options);
  return cal.isProvisionalDayNumber(cal.dayOf(date, 'date'));
}

/**
 * The first provisional day ({@link isProvisional}) in a range `{ start, end }` (bounds included; a {@link Period}
 * fits), or `undefined` when every day of the range is official. O(1): a lookup in the calendar's index of
 * provisional days. Use it to tell whether a due date or a count of working days rests on provisional days without
 * throwing: pass the days the result crosses (for `dueDate(d, n)` with n ≥ 1, the day after `d` to the due date).
 *
 * @throws {@link CchcError} `INVALID_DATE`, `INVALID_DATE_RANGE` (`end` before `start`), `DATE_OUT_OF_RANGE`;
 *   `INVALID_INPUT` / `UNKNOWN_KEY` for a bad range object or options.
 * @example
 * ```ts
 * import { addWorkingDays, firstProvisionalDay } from 'cchc';
 * const due = addWorkingDays('2026-12-24', 10); // '2027-01-08'
 * firstProvisionalDay({ start: '2026-12-25', end: due }); // '2027-01-01'
 * firstProvisionalDay({ start: '2026-11-01', end: '2026-12-31' }); // undefined
 * ```
 *
 * @category Calendar
 */
export function firstProvisionalDay(range: DateRange, options?: CalendarOptions): IsoDate | undefined {
  const cal = calendarOf(options);
  const r = readRangeObject(range, ['range']);
  readDateRange(r.start, r.end, ['range']); // valid dates, start ≤ end (INVALID_DATE_RANGE)
  const d = cal.firstProvisionalDayNumber(cal.dayOf(r.start as IsoDate, 'start'), cal.dayOf(r.end as IsoDate, 'end'));
  if (d === undefined) return undefined;
  const c = daysToCivil(d);
  return formatIsoDate(c.year, c.month, c.day);
}
