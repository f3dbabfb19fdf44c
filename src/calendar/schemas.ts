// Exported schemas of the calendar module (cchc schema kit), in their own module so that importing a calendar function
// never builds them. Every object schema is strict: an unknown key is `UNKNOWN_KEY` with a suggestion. Each is frozen
// (a constant shared by every caller), built on first use (importing the package builds none), and marked
// `@__PURE__`, so a bundler drops the ones nobody imports.
import * as s from '../core/schema.js';
import { isWorkCalendar } from './calendar-options.js';
import {
  calendarDayInputSchema,
  lunarDateInputSchema,
  workCalendarSpecSchema,
  yearScheduleInputSchema,
} from './_internal/schema-builders.js';
import type { LunarDateInput } from './lunar-date.js';
import type { CalendarDayInput, WorkCalendarSpec, YearScheduleInput } from './work-calendar-spec.js';

const frozen = s.deferredSchema;

/**
 * Schema of {@link LunarDateInput}: integers, month 1–12, day 1–30, optional boolean `leap`. Whether the date exists
 * (a 30th day, a leap month) is checked by {@link lunarToSolar}, which knows the year.
 *
 * @example
 * ```ts
 * import { LunarDateInputSchema } from 'cchc';
 * LunarDateInputSchema.safeParse({ year: 2025, month: 6, day: 1, leap: true }).success; // true
 * LunarDateInputSchema.safeParse({ year: 2025, month: 13, day: 1 }).success;            // false
 * LunarDateInputSchema.safeParse({ year: 2025, month: 6, day: 1, leep: true }).success; // false (UNKNOWN_KEY, did you mean 'leap'?)
 * ```
 *
 * @category Calendar
 */
export const LunarDateInputSchema: s.Schema<LunarDateInput> = /* @__PURE__ */ frozen(lunarDateInputSchema);

/**
 * Schema of {@link CalendarDayInput}. The 0.1 keys `name`, `nameVi` and `source` are still read (deprecated); giving
 * one together with its replacement (`label`, `sources`) is `INVALID_INPUT`.
 *
 * @example
 * ```ts
 * import { CalendarDayInputSchema } from 'cchc';
 * CalendarDayInputSchema.safeParse({ date: '2027-05-03', kind: 'day-off' }).success; // true
 * CalendarDayInputSchema.safeParse({ date: '2027-5-3', kind: 'day-off' }).success;   // false
 * CalendarDayInputSchema.safeParse({ date: '2027-05-03', kind: 'day-off', sources: [{ document: 'QĐ 12/QĐ-UBND' }] }).success; // true
 * ```
 *
 * @category Calendar
 */
export const CalendarDayInputSchema: s.Schema<CalendarDayInput> = /* @__PURE__ */ frozen(calendarDayInputSchema);

/**
 * Schema of {@link YearScheduleInput}.
 *
 * @example
 * ```ts
 * import { YearScheduleInputSchema } from 'cchc';
 * YearScheduleInputSchema.safeParse({ year: 2027, days: [{ date: '2027-01-01', kind: 'statutory' }] }).success; // true
 * ```
 *
 * @category Calendar
 */
export const YearScheduleInputSchema: s.Schema<YearScheduleInput> = /* @__PURE__ */ frozen(() => yearScheduleInputSchema());

/**
 * Schema of {@link WorkCalendarSpec} (the `base` must be a calendar made by {@link createWorkCalendar}).
 *
 * @example
 * ```ts
 * import { WorkCalendarSpecSchema } from 'cchc';
 * WorkCalendarSpecSchema.safeParse({ weekend: [0, 6], holidays: 'labour-code' }).success; // true
 * WorkCalendarSpecSchema.safeParse({ weekend: [7] }).success;                             // false
 * WorkCalendarSpecSchema.safeParse({ holiday: 'labour-code' }).success;                   // false (UNKNOWN_KEY, did you mean 'holidays'?)
 * ```
 *
 * @category Calendar
 */
export const WorkCalendarSpecSchema: s.Schema<WorkCalendarSpec> = /* @__PURE__ */ frozen(() => workCalendarSpecSchema(isWorkCalendar));
