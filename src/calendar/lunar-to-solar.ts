import { fail } from '../core/errors.js';
import { formatIsoDate, daysToCivil, type IsoDate } from '../core/iso-date.js';
import type * as s from '../core/schema.js';
import { zoneOf } from './_internal/lunar-options.js';
import { LUNAR_TABLE_FIRST_YEAR, LUNAR_TABLE_LAST_YEAR, lunarTableForYear } from './_internal/lunar-table.js';
import { lunarDateInputSchema } from './_internal/schema-builders.js';
import { LUNAR_FIRST_DAY, LUNAR_LAST_DAY, type LunarDateInput, type LunarOptions } from './lunar-date.js';
import * as vi from '../core/messages/vi/calendar.js';
import * as en from '../core/messages/en/calendar.js';

let inputSchema: s.Schema<LunarDateInput> | undefined;

/**
 * Convert a Vietnamese lunar date to the solar (Gregorian) calendar (đổi ngày âm sang ngày dương). Inverse of
 * {@link solarToLunar}: `lunarToSolar(solarToLunar(d)) === d` for every day of the range.
 *
 * @param lunar - `{ year, month, day, leap? }`; `leap: true` only for the leap month of that year
 * @param options - `utcOffset`: `7` (default), `8`, or `'historic'`
 * @throws {@link CchcError} `INVALID_INPUT` (not integers, month outside 1–12, day outside 1–30), `UNKNOWN_KEY` (a key
 *   of `lunar` or of the options it does not know, e.g. `leep`),
 *   `INVALID_LUNAR_DATE` (day 30 of a 29-day month, a leap flag on a month that is not leap that year),
 *   `DATE_OUT_OF_RANGE` (a solar date outside 1900-01-01 … 2100-12-31).
 * @example
 * ```ts
 * import { lunarToSolar } from 'cchc';
 * lunarToSolar({ year: 2026, month: 3, day: 10 });             // '2026-04-26' (Giỗ Tổ Hùng Vương)
 * lunarToSolar({ year: 2025, month: 6, day: 1, leap: true });  // '2025-07-25'
 * lunarToSolar({ year: 2025, month: 5, day: 1, leap: true });  // throws CchcError INVALID_LUNAR_DATE
 * lunarToSolar({ year: 2025, month: 12, day: 29 });            // '2026-02-16' (giao thừa: month 12 of Ất Tỵ has 29 days)
 * lunarToSolar({ year: 2025, month: 12, day: 30 });            // throws CchcError INVALID_LUNAR_DATE
 * ```
 *
 * @category Calendar
 */
export function lunarToSolar(lunar: LunarDateInput, options?: LunarOptions): IsoDate {
  const { year, month, day, leap = false } = (inputSchema ??= lunarDateInputSchema()).parse(lunar, { path: ['lunar'] });
  const zone = zoneOf(options);
  const range = { year, month, day, leap };
  const rangeError = () =>
    fail('DATE_OUT_OF_RANGE', ['lunar'], vi.DATE_OUT_OF_RANGE__lunar(range), en.DATE_OUT_OF_RANGE__lunar(range), lunar);
  if (year < LUNAR_TABLE_FIRST_YEAR || year > LUNAR_TABLE_LAST_YEAR) return rangeError();
  const t = lunarTableForYear(zone, year);
  const yi = year - t.firstYear;
  const first = t.yearFirst[yi]!;
  const leapMonth = t.yearLeap[yi]!;
  if (leap && leapMonth !== month) {
    if (leapMonth === 0)
      return fail(
        'INVALID_LUNAR_DATE',
        ['lunar', 'leap'],
        vi.INVALID_LUNAR_DATE__noLeapMonth({ year }),
        en.INVALID_LUNAR_DATE__noLeapMonth({ year }),
        lunar,
      );
    const p = { year, leapMonth, month };
    return fail(
      'INVALID_LUNAR_DATE',
      ['lunar', 'leap'],
      vi.INVALID_LUNAR_DATE__otherLeapMonth(p),
      en.INVALID_LUNAR_DATE__otherLeapMonth(p),
      lunar,
    );
  }
  let i = first + (month - 1) + (leapMonth !== 0 && (month > leapMonth || (month === leapMonth && leap)) ? 1 : 0);
  if (first < 0) {
    // The first lunar year of the table is partial (only its months 11 and 12, from December 1899).
    i = -1;
    for (let j = 0; j < 3; j++) if (t.year[j] === year && t.month[j] === month && (t.leap[j] === 1) === leap) i = j;
    if (i < 0) return rangeError();
  }
  const length = t.start[i + 1]! - t.start[i]!;
  if (day > length) {
    const p = { year, month, leap, length };
    return fail(
      'INVALID_LUNAR_DATE',
      ['lunar', 'day'],
      vi.INVALID_LUNAR_DATE__monthLength(p),
      en.INVALID_LUNAR_DATE__monthLength(p),
      lunar,
    );
  }
  const d = t.start[i]! + day - 1;
  if (d < LUNAR_FIRST_DAY || d > LUNAR_LAST_DAY) return rangeError();
  const c = daysToCivil(d);
  return formatIsoDate(c.year, c.month, c.day);
}
