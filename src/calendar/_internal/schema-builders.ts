/**
 * Builders of the calendar module's schemas. Kept apart from the functions, so that a function that never validates
 * a spec (the working-day arithmetic on `civilServiceCalendar`) never loads the schema kit: `createWorkCalendar` and
 * `lunarToSolar` build theirs on first use, and `../schemas.ts` builds the exported ones.
 * @internal
 */
import { issue } from '../../core/errors.js';
import * as s from '../../core/schema.js';
import { IsoDateSchema, SourceRefSchema } from '../../core/schemas.js';
import type { LunarDateInput } from '../lunar-date.js';
import type { CalendarDayKind, CultureDayMode, DayStatus, Weekday } from '../types.js';
import { CULTURE_DAY_MODES } from './culture-day.js';
import type { WorkCalendar } from '../work-calendar-types.js';
import type { CalendarDayInput, WorkCalendarSpec, YearScheduleInput } from '../work-calendar-spec.js';
import * as viCore from '../../core/messages/vi/core.js';
import * as enCore from '../../core/messages/en/core.js';
import * as vi from '../../core/messages/vi/calendar.js';
import * as en from '../../core/messages/en/calendar.js';

/**
 * The kinds of a marked day.
 *
 * @category Calendar
 */
export const CALENDAR_DAY_KINDS: readonly CalendarDayKind[] = Object.freeze([
  'statutory',
  'compensatory',
  'swap-off',
  'swap-workday',
  'day-off',
  'working-day',
]);

const DAY_STATUSES: readonly DayStatus[] = Object.freeze(['official', 'provisional']);

/** Refuse an object giving both a key and its deprecated older name. */
function notBoth<T extends object>(pairs: readonly (readonly [string, string])[]) {
  return (value: T, path: readonly (string | number)[], ctx: s.SchemaContext): void => {
    for (const [old, current] of pairs) {
      if (Object.hasOwn(value, old) && Object.hasOwn(value, current)) {
        const p = { old, new: current };
        ctx.issues.push(
          issue('INVALID_INPUT', [...path, old], viCore.INVALID_INPUT__deprecatedWithNew(p), enCore.INVALID_INPUT__deprecatedWithNew(p)),
        );
      }
    }
  };
}

/**
 * Schema of a {@link LunarDateInput}: integers, month 1–12, day 1–30, optional boolean `leap`.
 *
 * @category Calendar
 */
export function lunarDateInputSchema(): s.Schema<LunarDateInput> {
  return s.object({ year: s.int(), month: s.int().min(1).max(12), day: s.int().min(1).max(30), leap: s.boolean().optional() });
}

/**
 * Schema of a {@link CalendarDayInput} (with the 0.1 keys `name`, `nameVi`, `source` still read).
 *
 * @category Calendar
 */
export function calendarDayInputSchema(): s.Schema<CalendarDayInput> {
  return s
    .object({
      date: IsoDateSchema,
      kind: s.oneOf(CALENDAR_DAY_KINDS as readonly CalendarDayKind[]),
      label: s.object({ vi: s.string().min(1).optional(), en: s.string().min(1).optional() }).optional(),
      sources: s.array(SourceRefSchema).optional(),
      status: s.oneOf(DAY_STATUSES).optional(),
      name: s.string().min(1).optional(),
      nameVi: s.string().min(1).optional(),
      source: s.string().min(1).optional(),
    })
    .deprecatedKeys({ name: 'Use label.en (0.2)', nameVi: 'Use label.vi (0.2)', source: 'Use sources (0.2)' })
    .check(
      notBoth([
        ['name', 'label'],
        ['nameVi', 'label'],
        ['source', 'sources'],
      ]),
    ) as s.Schema<CalendarDayInput>;
}

/**
 * Schema of a {@link YearScheduleInput}.
 *
 * @category Calendar
 */
export function yearScheduleInputSchema(day: s.Schema<CalendarDayInput> = calendarDayInputSchema()): s.Schema<YearScheduleInput> {
  return s.object({ year: s.int().min(1900).max(2100), days: s.array(day), status: s.oneOf(DAY_STATUSES).optional() });
}

/**
 * Schema of a {@link WorkCalendarSpec}; `isCalendar` says what a `base` calendar is.
 *
 * @category Calendar
 */
export function workCalendarSpecSchema(isCalendar: (value: unknown) => value is WorkCalendar): s.Schema<WorkCalendarSpec> {
  const day = calendarDayInputSchema();
  const weekday = s.literal(0, 1, 2, 3, 4, 5, 6) as s.Schema<Weekday>;
  return s
    .object({
      name: s.string().min(1).optional(),
      base: s
        .guard('WorkCalendar', isCalendar, vi.INVALID_INPUT__expectedWorkCalendar(), en.INVALID_INPUT__expectedWorkCalendar())
        .optional(),
      holidays: s.oneOf(['civil-service', 'labour-code', 'none']).optional(),
      weekend: s.array(weekday).max(6).optional(),
      years: s.array(yearScheduleInputSchema(day)).optional(),
      days: s.array(day).optional(),
      cultureDay: s.oneOf(CULTURE_DAY_MODES as readonly CultureDayMode[]).optional(),
      start: IsoDateSchema.optional(),
      end: IsoDateSchema.optional(),
      from: IsoDateSchema.optional(),
      to: IsoDateSchema.optional(),
    })
    .deprecatedKeys({ from: 'Use start (0.2)', to: 'Use end (0.2)' })
    .check(
      notBoth([
        ['from', 'start'],
        ['to', 'end'],
      ]),
    ) as s.Schema<WorkCalendarSpec>;
}
