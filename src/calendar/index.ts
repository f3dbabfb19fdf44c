// Public API of the calendar module: lunar calendar, holidays, working-day calendars.
export type { Weekday, HolidayKind, DayStatus, CultureDayMode, Holiday, CalendarDayKind, CalendarEntry } from './types.js';
export { LUNAR_CALENDAR_RANGE, type LunarDate, type LunarDateInput, type LunarOptions, type LunarUtcOffset } from './lunar-date.js';
export { solarToLunar } from './solar-to-lunar.js';
export { lunarToSolar } from './lunar-to-solar.js';
export { HOLIDAY_LAWS, holidayLawOn, type HolidayLaw, type HolidayLawId, type CultureDayRule } from './holiday-laws.js';
export { vnHolidays, VN_HOLIDAY_YEARS, type HolidayRegime, type VnHolidaysOptions } from './vn-holidays.js';
export type { WorkCalendar } from './work-calendar-types.js';
export { createWorkCalendar } from './work-calendar.js';
export type { CalendarDayInput, YearScheduleInput, WorkCalendarSpec } from './work-calendar-spec.js';
export { LunarDateInputSchema, CalendarDayInputSchema, YearScheduleInputSchema, WorkCalendarSpecSchema } from './schemas.js';
export { civilServiceCalendar } from './civil-service-calendar.js';
export { isWorkCalendar, type CalendarOptions, type WorkingDayOptions, type OnProvisional } from './calendar-options.js';
export { isWorkingDay } from './is-working-day.js';
export { isProvisional, firstProvisionalDay } from './is-provisional.js';
export { addWorkingDays } from './add-working-days.js';
export { workingDaysBetween } from './working-days-between.js';
export { receiptDate, dueDate, type DueDateOptions } from './due-date.js';
export { calendarRows, type CalendarRow } from './calendar-rows.js';
