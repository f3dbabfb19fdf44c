/**
 * The calendar the working-day functions use when no `calendar` is given: the days of {@link civilServiceCalendar}
 * (the same marks, the same verdicts, the same name), without their names and citations — so that
 * `import { addWorkingDays } from 'cchc'` does not carry the texts of the holiday schedules and laws into an
 * application's bundle. It is never handed to callers: a function that exposes a calendar's entries (`calendarRows`,
 * `civilServiceCalendar.entries()`) uses `civilServiceCalendar`, which shares this calendar's indexes.
 * @internal
 */
import { WorkCalendarImpl } from '../work-calendar.js';
import { isOfficialScheduleYear, nationalMarks } from './day-marks.js';

/**
 * Range of the national calendars: 2000-01-01 … 2100-12-31 (day numbers; a test checks them).
 *
 * @category Calendar
 */
export const NATIONAL_FIRST = 10957;
export const NATIONAL_LAST = 47846;

export const defaultCalendar: WorkCalendarImpl = /* @__PURE__ */ new WorkCalendarImpl({
  name: 'civil-service',
  mask: 0b1000001,
  first: NATIONAL_FIRST,
  last: NATIONAL_LAST,
  marks: () => nationalMarks(NATIONAL_FIRST, NATIONAL_LAST, 'civil-service', 'observed'),
  entries: () => {
    throw new Error('cchc internal error: the default working-day calendar has no entries; use civilServiceCalendar');
  },
  isProvisionalYear: (y) => !isOfficialScheduleYear(y),
  cultureDay: 'observed',
});
