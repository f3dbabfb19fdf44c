import { WorkCalendarImpl } from './work-calendar.js';
import type { WorkCalendar } from './work-calendar-types.js';
import { holidayOfMark } from './vn-holidays.js';
import { entryOfHoliday } from './_internal/culture-day.js';
import { isOfficialScheduleYear, type Mark } from './_internal/day-marks.js';
import { defaultCalendar, NATIONAL_FIRST, NATIONAL_LAST } from './_internal/default-calendar.js';
import type { CalendarEntry } from './types.js';

/**
 * The default working-day calendar of state agencies (lịch làm việc của cơ quan hành chính nhà nước, CBCCVC):
 * Monday–Friday (QĐ 188/1999/QĐ-TTg), minus public holidays and compensatory days, minus swapped days off, plus
 * make-up Saturdays — the official schedules for 2019–2026 and the Labour Code rules for other years
 * (`status: 'provisional'` entries; see {@link vnHolidays}), with 24/11 (Ngày Văn hóa Việt Nam) from 2026. Range:
 * 2000-01-01 … 2100-12-31. Every day of a year without an official schedule (2000–2018, 2027 onwards) is provisional
 * ({@link isProvisional}).
 *
 * Its index is built on first use (well under 50 ms), then every query is O(1). To add a later year's announcement or
 * a local day off, derive a calendar with {@link createWorkCalendar} (`base: civilServiceCalendar`).
 *
 * @example
 * ```ts
 * import { civilServiceCalendar } from 'cchc';
 * civilServiceCalendar.isWorkingDay('2024-05-04'); // true (make-up Saturday for the 29/4 swap)
 * civilServiceCalendar.isWorkingDay('2024-04-29'); // false
 * civilServiceCalendar.entry('2024-04-29')?.kind;  // 'swap-off'
 * civilServiceCalendar.firstDate;                  // '2000-01-01'
 * civilServiceCalendar.lastDate;                   // '2100-12-31'
 * civilServiceCalendar.isWorkingDay('2026-11-24'); // false (Ngày Văn hóa Việt Nam)
 * civilServiceCalendar.isProvisional('2026-12-31'); // false
 * civilServiceCalendar.isProvisional('2027-01-04'); // true
 * ```
 *
 * @category Calendar
 */
export const civilServiceCalendar: WorkCalendar = /* @__PURE__ */ new WorkCalendarImpl({
  name: 'civil-service',
  mask: 0b1000001,
  first: NATIONAL_FIRST,
  last: NATIONAL_LAST,
  // The days of the default working-day calendar, named and cited: one computation, so the two cannot disagree.
  entries: () => {
    const m = new Map<number, CalendarEntry>();
    for (const [day, mark] of defaultCalendar.markMap()) m.set(day, entryOfHoliday(holidayOfMark(mark as Mark)));
    return m;
  },
  same: defaultCalendar,
  isProvisionalYear: (y) => !isOfficialScheduleYear(y),
  cultureDay: 'observed',
});
