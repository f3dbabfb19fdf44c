import { fail, show, type CchcPath } from '../core/errors.js';
import { readOptions } from '../core/options.js';
import * as vi from '../core/messages/vi/calendar.js';
import * as en from '../core/messages/en/calendar.js';
import { defaultCalendar } from './_internal/default-calendar.js';
import { WorkCalendarImpl } from './work-calendar.js';
import type { WorkCalendar } from './work-calendar-types.js';
import { valueOfStandIn } from '../core/_internal/identity.js';

/**
 * Options shared by every function that counts working days: which calendar to use.
 *
 * The one calendar policy of `cchc`: every such function accepts `calendar` and, when it is left out, uses
 * {@link civilServiceCalendar} (the official schedule for civil servants, Saturday and Sunday off). Results that
 * depend on working days name the calendar they used (its `name`).
 *
 * @example
 * ```ts
 * import { createWorkCalendar, type CalendarOptions } from 'cchc';
 * const options: CalendarOptions = { calendar: createWorkCalendar({ holidays: 'labour-code' }) };
 * ```
 *
 * @category Calendar
 */
export interface CalendarOptions {
  /** The working-day calendar; default {@link civilServiceCalendar}. */
  readonly calendar?: WorkCalendar;
}

/**
 * What a working-day function does when its result rests on a provisional day (a day derived from the rules, in a
 * year without an official schedule: {@link isProvisional}): `'allow'` (default) returns the result as computed;
 * `'error'` throws {@link CchcError} `PROVISIONAL_CALENDAR`, whose `received` is the first provisional day crossed.
 *
 * @example
 * ```ts
 * import { addWorkingDays, type OnProvisional } from 'cchc';
 * const strict: OnProvisional = 'error';
 * addWorkingDays('2026-12-28', 5);                           // '2027-01-05'
 * addWorkingDays('2026-12-28', 5, { onProvisional: strict }); // throws CchcError PROVISIONAL_CALENDAR
 * ```
 *
 * @category Calendar
 */
export type OnProvisional = 'allow' | 'error';

/**
 * Options of {@link addWorkingDays} and {@link workingDaysBetween}: the calendar, and what to do with a result that
 * rests on provisional days.
 *
 * @example
 * ```ts
 * import { civilServiceCalendar, type WorkingDayOptions } from 'cchc';
 * const o: WorkingDayOptions = { calendar: civilServiceCalendar, onProvisional: 'error' };
 * ```
 *
 * @category Calendar
 */
export interface WorkingDayOptions extends CalendarOptions {
  /** See {@link OnProvisional}. Default `'allow'`. */
  readonly onProvisional?: OnProvisional;
}

/**
 * Whether a value is a working-day calendar made by {@link createWorkCalendar} (or {@link civilServiceCalendar}).
 * The one check of what a calendar is, used by every module.
 *
 * @example
 * ```ts
 * import { isWorkCalendar, civilServiceCalendar } from 'cchc';
 * isWorkCalendar(civilServiceCalendar); // true
 * isWorkCalendar({ isWorkingDay: () => true }); // false
 * ```
 *
 * @category Calendar
 */
export function isWorkCalendar(value: unknown): value is WorkCalendar {
  return value instanceof WorkCalendarImpl;
}

/**
 * The calendar option, checked: `undefined` gives {@link civilServiceCalendar}; anything but a calendar made by
 * {@link createWorkCalendar} is `INVALID_INPUT`. The one reader of the `calendar` option in every module.
 * @internal
 */
export function readCalendar(value: unknown, path: CchcPath = ['options', 'calendar']): WorkCalendarImpl {
  // The days of civilServiceCalendar without their names and sources (light to bundle; never handed to callers).
  if (value === undefined) return defaultCalendar;
  // A stand-in of a calendar (the Node build's civilServiceCalendar) is read as the calendar itself: its methods
  // run on the calendar, not through the stand-in.
  if (value instanceof WorkCalendarImpl) return valueOfStandIn(value);
  const p = { received: show(value) };
  return fail('INVALID_INPUT', path, vi.INVALID_INPUT__calendarOption(p), en.INVALID_INPUT__calendarOption(p), value);
}

/** The known keys of {@link CalendarOptions}. @internal */
export const CALENDAR_OPTION_KEYS: readonly string[] = Object.freeze(['calendar']);

/** The known keys of {@link WorkingDayOptions}. @internal */
export const WORKING_DAY_OPTION_KEYS: readonly string[] = Object.freeze(['calendar', 'onProvisional']);

/**
 * The calendar of an options object, checked: `undefined` options give `fallback` (the days of
 * {@link civilServiceCalendar}, without their names: pass `civilServiceCalendar` when the entries are read); options that are
 * not an object are `INVALID_INPUT`; a key not in `known` is `UNKNOWN_KEY` with a suggestion (`calender` →
 * `calendar`).
 * @internal
 */
export function calendarOf(
  options: unknown,
  known: readonly string[] = CALENDAR_OPTION_KEYS,
  fallback: WorkCalendarImpl = defaultCalendar,
): WorkCalendarImpl {
  if (options === undefined) return fallback;
  const o = readOptions<CalendarOptions>(options, known);
  const value = Object.hasOwn(o, 'calendar') ? o.calendar : undefined;
  return value === undefined ? fallback : readCalendar(value);
}
