import type { BilingualText } from '../core/bilingual.js';
import { readDateRange, readRangeObject, type DateRange } from '../core/date-range.js';
import { daysToCivil, formatIsoDate, weekdayOfDayNumber, type IsoDate } from '../core/iso-date.js';
import { calendarOf, CALENDAR_OPTION_KEYS, type CalendarOptions } from './calendar-options.js';
import { civilServiceCalendar } from './civil-service-calendar.js';
import type { WorkCalendarImpl } from './work-calendar.js';
import type { CalendarDayKind, Weekday } from './types.js';

/**
 * One row of a calendar table for SQL engines (bảng lịch), see {@link calendarRows}.
 *
 * @example
 * ```ts
 * import { calendarRows } from 'cchc';
 * calendarRows({ start: '2024-04-30', end: '2024-04-30' })[0]?.holidayLabel?.en; // 'Victory Day (Reunification Day)'
 * ```
 *
 * @category Calendar
 */
export interface CalendarRow {
  readonly date: IsoDate;
  /** Days since 1970-01-01. */
  readonly dayNumber: number;
  /** 0 = Sunday … 6 = Saturday. */
  readonly weekday: Weekday;
  readonly isWorkingDay: boolean;
  /** Working days from the calendar's first day through this day (see {@link WorkCalendar}). */
  readonly workingDayIndex: number;
  /** Whether the day's verdict rests on rules, not on a published schedule ({@link isProvisional}). */
  readonly isProvisional: boolean;
  /**
   * Provisional days from the calendar's first day through this day: a result over the days `(a, b]` rests on
   * provisional days exactly when `provisionalIndex(b) - provisionalIndex(a) > 0` (the SQL pattern of
   * docs/calendar.md).
   */
  readonly provisionalIndex: number;
  /** Name of the holiday, swap or override marking the day, if any, in Vietnamese and English. */
  readonly holidayLabel?: BilingualText;
  /** @deprecated Use `holidayLabel.en` (0.2). */
  readonly holidayName?: string;
  /** @deprecated Use `holidayLabel.vi` (0.2). */
  readonly holidayNameVi?: string;
  /** Kind of the marking, if any. */
  readonly kind?: CalendarDayKind;
}

/**
 * One row per day of a range `{ start, end }` (bounds included; a {@link Period} fits) with the working-day flag and
 * index, for export to SQL engines (DuckDB, PostgreSQL, …): due date = the working row whose `workingDayIndex` equals
 * the receipt row's index + n; delay in working days = the difference of two rows' indexes (docs/calendar.md, "SQL
 * pattern"). The two bounds may also be given as two arguments, `calendarRows(start, end, options)`. Each row also
 * says whether the day is provisional, with a running count of provisional days, so that SQL can tell which results
 * rest on them.
 *
 * @throws {@link CchcError} `INVALID_DATE`, `DATE_OUT_OF_RANGE` (outside the calendar's range), `INVALID_DATE_RANGE`
 *   (`end` before `start`), `INVALID_INPUT` / `UNKNOWN_KEY` for a bad range object or options.
 * @example
 * ```ts
 * import { calendarRows, parsePeriod } from 'cchc';
 * // Friday 3/5 and the make-up Saturday 4/5/2024 are both working days
 * const may = calendarRows({ start: '2024-05-03', end: '2024-05-04' });
 * const fri = may[0]!;
 * const sat = may[1]!;
 * sat.isWorkingDay;                          // true
 * sat.workingDayIndex - fri.workingDayIndex; // 1
 * sat.holidayLabel?.vi;                      // 'Làm bù cho 29/4/2024'
 * calendarRows(parsePeriod('Quý I/2024')).length; // 91
 * calendarRows('2024-05-03', '2024-05-04').length; // 2
 * const turn = calendarRows('2026-12-31', '2027-01-01');
 * const dec31 = turn[0]!;
 * const jan1 = turn[1]!;
 * [dec31.isProvisional, jan1.isProvisional];        // [false, true]
 * jan1.provisionalIndex - dec31.provisionalIndex;   // 1
 * ```
 *
 * @category Calendar
 */
export function calendarRows(range: DateRange, options?: CalendarOptions): CalendarRow[];
export function calendarRows(start: IsoDate, end: IsoDate, options?: CalendarOptions): CalendarRow[];
export function calendarRows(range: DateRange | IsoDate, end?: IsoDate | CalendarOptions, options?: CalendarOptions): CalendarRow[] {
  const isRange = typeof range === 'object' && range !== null && !(range instanceof Date);
  // The entries name each row's holiday: the named civil-service calendar by default.
  const cal = calendarOf(isRange ? end : options, CALENDAR_OPTION_KEYS, civilServiceCalendar as WorkCalendarImpl);
  let startDate: unknown = range;
  let endDate: unknown = end;
  let path: (string | number)[] = [];
  if (isRange) {
    const r = readRangeObject(range, ['range']);
    startDate = r.start;
    endDate = r.end;
    path = ['range'];
  }
  readDateRange(startDate, endDate, path); // valid dates, start ≤ end (INVALID_DATE_RANGE)
  const a = cal.dayOf(startDate as IsoDate, 'start');
  const b = cal.dayOf(endDate as IsoDate, 'end');
  const entries = cal.entryMap();
  const ix = cal.ix();
  const prov = cal.prov();
  const rows: CalendarRow[] = new Array(b - a + 1);
  for (let d = a; d <= b; d++) {
    const i = d - ix.first;
    const c = daysToCivil(d);
    const e = entries.get(d);
    const row: { -readonly [K in keyof CalendarRow]: CalendarRow[K] } = {
      date: formatIsoDate(c.year, c.month, c.day),
      dayNumber: d,
      weekday: weekdayOfDayNumber(d) as Weekday,
      isWorkingDay: ix.working[i] === 1,
      workingDayIndex: ix.index[i]!,
      isProvisional: prov.flags[i] === 1,
      provisionalIndex: prov.count[i]!,
    };
    if (e) {
      row.holidayLabel = e.label;
      row.holidayName = e.label.en;
      row.holidayNameVi = e.label.vi;
      row.kind = e.kind;
    }
    rows[d - a] = Object.freeze(row);
  }
  return rows;
}
