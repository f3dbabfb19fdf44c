/**
 * Ngày Văn hóa Việt Nam (24/11) in calendars: which marked days belong to it (the statutory day and its compensatory
 * day), so that a calendar can be built without it, or with another rest-day rule, from any base.
 * @internal
 */
import type { CalendarEntry, CultureDayMode, Holiday } from '../types.js';
import { byIdentity } from '../../core/_internal/identity.js';

/** Holidays and calendar entries that are 24/11 or its compensatory day (frozen objects, shared between calendars). */
const TAGGED = byIdentity(new WeakSet<object>());

/**
 * Mark a day as belonging to 24/11.
 *
 * @category Calendar
 */
export function tagCultureDay<T extends object>(o: T): T {
  TAGGED.add(o);
  return o;
}

/**
 * Whether a holiday or entry is 24/11 or its compensatory day.
 *
 * @category Calendar
 */
export function isCultureDay(o: object): boolean {
  return TAGGED.has(o);
}

/**
 * The modes, for validation.
 *
 * @category Calendar
 */
export const CULTURE_DAY_MODES: readonly CultureDayMode[] = /* @__PURE__ */ Object.freeze([
  'observed',
  'observed-without-compensation',
  'not-observed',
]);

/**
 * A calendar entry for a holiday of the national schedule (working only for a make-up day), keeping its 24/11 mark.
 *
 * @category Calendar
 */
export function entryOfHoliday(h: Holiday): CalendarEntry {
  const e: CalendarEntry = Object.freeze({ ...h, working: h.kind === 'swap-workday' });
  return isCultureDay(h) ? tagCultureDay(e) : e;
}
