import type { DateRange } from '../core/date-range.js';
import type { IsoDate } from '../core/iso-date.js';
import type { CalendarEntry, Weekday } from './types.js';

/**
 * A working-day calendar (lịch ngày làm việc): a weekly pattern, a schedule of holidays, compensatory days and
 * swaps, and a **working-day index** built once over the calendar's supported range, so that every query below is
 * O(1) (a typed-array lookup; no day-by-day loop, no allocation).
 *
 * Make one with {@link createWorkCalendar}; the default for state agencies is {@link civilServiceCalendar}.
 *
 * ## The working-day index (chỉ số ngày làm việc)
 *
 * `workingDayIndex(d)` is the number of working days from the calendar's first day (`firstDayNumber`) through `d`,
 * inclusive. A working day therefore has its own index, one more than the working day before it; a day off has the
 * index of the last working day before it. So, for any days `a`, `b` in range:
 *
 * - working days in `(a, b]` = `workingDayIndex(b) - workingDayIndex(a)` (Civil Code 2015 Art. 147: the start day is
 *   not counted);
 * - the n-th working day after `a` (n ≥ 1) = `dayNumberAtWorkingDayIndex(workingDayIndex(a) + n)`;
 * - delay in working days of a result returned on `f` for a due date `d` = `workingDayIndex(f) - workingDayIndex(d)`.
 *
 * The same index is the `workingDayIndex` column of {@link calendarRows}, for SQL engines.
 *
 * ## Fast path on day numbers
 *
 * Methods whose names end in `DayNumber(s)` take and return day numbers (days since 1970-01-01, as
 * {@link toDayNumber}). They throw {@link CchcError} `DATE_OUT_OF_RANGE` for a day outside
 * `[firstDayNumber, lastDayNumber]` and `INVALID_INPUT` for a non-integer; otherwise they never allocate.
 *
 * @example
 * ```ts
 * import { civilServiceCalendar, toDayNumber, fromDayNumber } from 'cchc';
 * const cal = civilServiceCalendar;
 * const received = toDayNumber('2020-01-20');
 * cal.isWorkingDayNumber(toDayNumber('2020-01-23')); // false
 * const due = cal.dayNumberAtWorkingDayIndex(cal.workingDayIndex(received) + 5);
 * fromDayNumber(due); // '2020-02-03'
 * cal.workingDaysBetweenDayNumbers(received, due); // 5
 * cal.firstProvisionalDayNumber(received, due);     // undefined (2020 has an official schedule)
 * fromDayNumber(cal.firstProvisionalDayNumber(toDayNumber('2026-12-20'), toDayNumber('2027-01-10'))!); // '2027-01-01'
 * ```
 *
 * @category Calendar
 */
export interface WorkCalendar {
  /** A name for people and error messages, e.g. `'civil-service'`. */
  readonly name: string;
  /** The weekly rest days (ngày nghỉ hằng tuần), e.g. `[0, 6]` for Sunday and Saturday. */
  readonly weekend: readonly Weekday[];
  /** First day of the supported range (inclusive). */
  readonly firstDate: IsoDate;
  /** Last day of the supported range (inclusive). */
  readonly lastDate: IsoDate;
  /** Day number of {@link WorkCalendar.firstDate}. */
  readonly firstDayNumber: number;
  /** Day number of {@link WorkCalendar.lastDate}. */
  readonly lastDayNumber: number;
  /** The smallest working-day index that {@link WorkCalendar.dayNumberAtWorkingDayIndex} accepts (1: the first working day of the range). */
  readonly firstWorkingDayIndex: number;
  /** The largest working-day index (the last working day of the range). */
  readonly lastWorkingDayIndex: number;

  /** Whether an ISO date is a working day. Throws `INVALID_DATE` / `DATE_OUT_OF_RANGE`. */
  isWorkingDay(date: IsoDate): boolean;
  /**
   * Whether an ISO date's verdict (working or not) rests on rules rather than a published schedule: a day marked
   * `'provisional'`, or an unmarked day of a year without an official schedule (see {@link isProvisional}).
   */
  isProvisional(date: IsoDate): boolean;
  /** The holiday or override marking a date, if any (`undefined` for an ordinary weekday or weekend day). */
  entry(date: IsoDate): CalendarEntry | undefined;
  /**
   * Every marked day (holidays, compensatory days, swaps, overrides) in a range `{ start, end }` (bounds included; a
   * {@link Period} fits), in date order. Default: the whole range of the calendar. A reversed range is
   * `INVALID_DATE_RANGE`.
   */
  entries(range?: DateRange): CalendarEntry[];
  /** The same, with the bounds as two arguments (`from`, `to`; either may be left out). */
  entries(from?: IsoDate, to?: IsoDate): CalendarEntry[];

  /** Fast path: whether a day number is a working day. */
  isWorkingDayNumber(dayNumber: number): boolean;
  /** Fast path: whether a day number is provisional (see {@link WorkCalendar.isProvisional}). */
  isProvisionalDayNumber(dayNumber: number): boolean;
  /**
   * Fast path, O(1): the first provisional day met going from `start` to `end` (both included, in either direction:
   * the earliest when `start <= end`, the latest when `start > end`), or `undefined` when every day between them is
   * official. A result computed over the days between two dates rests on provisional days exactly when this is
   * defined.
   */
  firstProvisionalDayNumber(start: number, end: number): number | undefined;
  /** Fast path: the working-day index of a day number (see the interface description). */
  workingDayIndex(dayNumber: number): number;
  /** Fast path: the day number of the working day whose index is `index` (`firstWorkingDayIndex` … `lastWorkingDayIndex`). */
  dayNumberAtWorkingDayIndex(index: number): number;
  /**
   * Fast path of {@link addWorkingDays}: n ≥ 1 gives the n-th working day after `dayNumber`; n = 0 gives `dayNumber`
   * if it is a working day, else the next working day; n < 0 gives the |n|-th working day before `dayNumber`.
   */
  addWorkingDaysToDayNumber(dayNumber: number, n: number): number;
  /** Fast path of {@link workingDaysBetween}: working days in `(start, end]`; negative when `end < start`. */
  workingDaysBetweenDayNumbers(start: number, end: number): number;
  /**
   * Batch: classify many day numbers at once (1 = working, 0 = day off) into `out` (allocated when omitted).
   * Throws `DATE_OUT_OF_RANGE` on the first day outside the range.
   */
  classifyDayNumbers(dayNumbers: ArrayLike<number>, out?: Uint8Array): Uint8Array;
  /** Batch: the working-day index of many day numbers at once into `out` (allocated when omitted). */
  workingDayIndexes(dayNumbers: ArrayLike<number>, out?: Int32Array): Int32Array;
}
