import { fail } from '../core/errors.js';
import { daysToCivil, formatIsoDate, weekdayOfDayNumber, type IsoDate } from '../core/iso-date.js';
import { calendarOf, type CalendarOptions } from './calendar-options.js';
import type { CalendarDayKind, Weekday } from './types.js';

/**
 * One row of a calendar table for SQL engines (bảng lịch), see {@link calendarRows}.
 *
 * @example
 * ```ts
 * import { calendarRows } from 'cchc';
 * calendarRows('2024-04-30', '2024-04-30')[0].holidayName; // 'Victory Day (Reunification Day)'
 * ```
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
  /** English name of the holiday, swap or override marking the day, if any. */
  readonly holidayName?: string;
  /** Vietnamese name of the same. */
  readonly holidayNameVi?: string;
  /** Kind of the marking, if any. */
  readonly kind?: CalendarDayKind;
}

/**
 * One row per day of `[from, to]` with the working-day flag and index, for export to SQL engines (DuckDB,
 * PostgreSQL, …): due date = the working row whose `workingDayIndex` equals the receipt row's index + n; delay in
 * working days = the difference of two rows' indexes (docs/calendar.md, "SQL pattern").
 *
 * @throws {@link CchcError} `INVALID_DATE`, `DATE_OUT_OF_RANGE` (outside the calendar's range), `INVALID_INPUT`
 *   (`to` before `from`).
 * @example
 * ```ts
 * import { calendarRows } from 'cchc';
 * // Friday 3/5 and the make-up Saturday 4/5/2024 are both working days
 * const [fri, sat] = calendarRows('2024-05-03', '2024-05-04');
 * sat.isWorkingDay;                          // true
 * sat.workingDayIndex - fri.workingDayIndex; // 1
 * sat.holidayNameVi;                         // 'Làm bù cho 29/4/2024'
 * ```
 */
export function calendarRows(from: IsoDate, to: IsoDate, options?: CalendarOptions): CalendarRow[] {
  const cal = calendarOf(options);
  const a = cal.dayOf(from, 'from');
  const b = cal.dayOf(to, 'to');
  if (b < a) return fail('INVALID_INPUT', ['to'], `Ngày kết thúc ${to} trước ngày bắt đầu ${from}`, `to (${to}) is before from (${from})`, to);
  const entries = cal.entryMap();
  const ix = cal.ix();
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
    };
    if (e) {
      row.holidayName = e.name;
      row.holidayNameVi = e.nameVi;
      row.kind = e.kind;
    }
    rows[d - a] = Object.freeze(row);
  }
  return rows;
}
