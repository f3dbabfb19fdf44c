import { fail, show } from '../core/errors.js';
import * as vi from '../core/messages/vi/calendar.js';
import * as en from '../core/messages/en/calendar.js';
import { parseIsoDate, type IsoDate } from '../core/iso-date.js';
import { zoneOf } from './_internal/lunar-options.js';
import { lunarTableForDay, monthIndexOf } from './_internal/lunar-table.js';
import { LUNAR_FIRST_DAY, LUNAR_LAST_DAY, type LunarDate, type LunarOptions } from './lunar-date.js';

/**
 * Convert a solar (Gregorian) date to the Vietnamese lunar calendar (đổi ngày dương sang ngày âm).
 *
 * Computed in the project from the published method — Hồ Ngọc Đức's rules
 * (https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_en.html) and Jean Meeus's formulas for true new moons
 * (ch. 49) and the Sun's longitude (ch. 25) — at UTC+7 (meridian 105° E). No code or table of Hồ Ngọc Đức is used
 * (his programs are licensed for personal, non-commercial use only). Month starts come from the real new-moon days,
 * never from an estimate, so no "day 0" can occur.
 *
 * @param date - an ISO date `YYYY-MM-DD` in 1900-01-01 … 2100-12-31
 * @param options - `utcOffset`: `7` (default), `8`, or `'historic'` (UTC+8 before 1968)
 * @throws {@link CchcError} `INVALID_DATE` (not an existing ISO date), `DATE_OUT_OF_RANGE` (outside 1900–2100);
 *   `INVALID_INPUT` / `UNKNOWN_KEY` for options other than `{ utcOffset }`.
 * @example
 * ```ts
 * import { solarToLunar } from 'cchc';
 * solarToLunar('2024-02-10'); // { year: 2024, month: 1, day: 1, leap: false }
 * solarToLunar('2023-04-29'); // { year: 2023, month: 3, day: 10, leap: false } (Giỗ Tổ Hùng Vương)
 * solarToLunar('2023-03-22'); // { year: 2023, month: 2, day: 1, leap: true }
 * solarToLunar('1985-01-21'); // { year: 1985, month: 1, day: 1, leap: false }
 * ```
 *
 * @category Calendar
 */
export function solarToLunar(date: IsoDate, options?: LunarOptions): LunarDate {
  const day = parseIsoDate(date, ['date']);
  const zone = zoneOf(options);
  if (day < LUNAR_FIRST_DAY || day > LUNAR_LAST_DAY) {
    return fail(
      'DATE_OUT_OF_RANGE',
      ['date'],
      vi.DATE_OUT_OF_RANGE__solar({ received: show(date) }),
      en.DATE_OUT_OF_RANGE__solar({ received: show(date) }),
      date,
    );
  }
  const t = lunarTableForDay(zone, day);
  const i = monthIndexOf(t, day);
  return Object.freeze({ year: t.year[i]!, month: t.month[i]!, day: day - t.start[i]! + 1, leap: t.leap[i] === 1 });
}
