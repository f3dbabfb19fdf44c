import { civilToDays } from '../core/iso-date.js';

/**
 * A date of the Vietnamese lunar calendar (ngày âm lịch): lunar year, month 1–12, day 1–30, and whether the month
 * is the leap month (tháng nhuận) of that year. `year` is the Gregorian year in which the lunar year begins (Tết);
 * months 11 and 12 therefore usually fall in January of the next Gregorian year.
 *
 * @example
 * ```ts
 * import { solarToLunar } from 'cchc';
 * solarToLunar('2025-01-29'); // { year: 2025, month: 1, day: 1, leap: false }
 * ```
 *
 * @category Calendar
 */
export interface LunarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly leap: boolean;
}

/**
 * Input of {@link lunarToSolar}: a {@link LunarDate} whose `leap` may be omitted (default `false`).
 *
 * @example
 * ```ts
 * import type { LunarDateInput } from 'cchc';
 * const hungKings: LunarDateInput = { year: 2026, month: 3, day: 10 };
 * ```
 *
 * @category Calendar
 */
export interface LunarDateInput {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly leap?: boolean;
}

/**
 * The zone in which lunar days are counted:
 *
 * - `7` (default): UTC+7, the meridian 105° E, Vietnam's official calendar since 1968 (Hồ Ngọc Đức,
 *   calrules_en.html, rule "Calculations are based on the meridian 105 East");
 * - `8`: UTC+8 (120° E), China's standard time: gives China's modern calendar, for comparison;
 * - `'historic'`: UTC+8 before 1968, UTC+7 from 1968-01-01 (North Vietnam moved to UTC+7 on 1967-08-08 and computed
 *   its 1968 calendar there; the switch year follows Reingold & Dershowitz, *Calendrical Calculations*, as implemented
 *   in `date-chinese` `CalendarVietnamese`). Identical to `7` from 1968 on.
 *
 * @example
 * ```ts
 * import { solarToLunar } from 'cchc';
 * solarToLunar('2007-02-17').day;                 // 1 (Tết Đinh Hợi in Vietnam)
 * solarToLunar('2007-02-17', { utcOffset: 8 }).day; // 30 (China's New Year was a day later)
 * ```
 *
 * @category Calendar
 */
export type LunarUtcOffset = 7 | 8 | 'historic';

/**
 * Options of {@link solarToLunar} and {@link lunarToSolar}.
 *
 * @example
 * ```ts
 * import type { LunarOptions } from 'cchc';
 * const historic: LunarOptions = { utcOffset: 'historic' };
 * ```
 *
 * @category Calendar
 */
export interface LunarOptions {
  /** See {@link LunarUtcOffset}. Default `7`. */
  readonly utcOffset?: LunarUtcOffset;
}

/**
 * The supported range of the lunar calendar, in solar (Gregorian) dates, both directions: 1900-01-01 … 2100-12-31, as
 * a {@link DateRange} `{ start, end }` (`from` / `to` are the same bounds under their 0.1 names).
 * See docs/calendar.md ("Lunar calendar: range and exactness") for where results are confirmed.
 *
 * @example
 * ```ts
 * import { LUNAR_CALENDAR_RANGE } from 'cchc';
 * LUNAR_CALENDAR_RANGE.start; // '1900-01-01'
 * LUNAR_CALENDAR_RANGE.end;   // '2100-12-31'
 * ```
 *
 * @category Calendar
 */
export const LUNAR_CALENDAR_RANGE: {
  readonly start: '1900-01-01';
  readonly end: '2100-12-31';
  /** @deprecated Use `start` (0.2). */
  readonly from: '1900-01-01';
  /** @deprecated Use `end` (0.2). */
  readonly to: '2100-12-31';
} = Object.freeze({ start: '1900-01-01', end: '2100-12-31', from: '1900-01-01', to: '2100-12-31' } as const);

/** @internal */
export const LUNAR_FIRST_DAY = civilToDays(1900, 1, 1);
/** @internal */
export const LUNAR_LAST_DAY = civilToDays(2100, 12, 31);
