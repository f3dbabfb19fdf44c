import { fail, readPath, show, type CchcPath } from './errors.js';
import { civilToDays, daysInMonth, daysToCivil, MAX_DAY_NUMBER, MIN_DAY_NUMBER } from './_internal/civil.js';
import { NO_DAY, readIsoDate, scanIsoDate } from './read-date.js';
import * as vi from './messages/vi/core.js';
import * as en from './messages/en/core.js';

export { civilToDays, daysInMonth, daysToCivil, MAX_DAY_NUMBER, MIN_DAY_NUMBER };

/**
 * A calendar date as an ISO string `YYYY-MM-DD` (ngày theo lịch), e.g. `'2020-01-20'`.
 *
 * Dates in `cchc` are calendar dates in Vietnam. They never pass through a JavaScript `Date`, so no result depends on
 * the host time zone. Validate untrusted input with {@link IsoDateSchema} or {@link parseIsoDate}.
 *
 * @example
 * ```ts
 * import type { IsoDate } from 'cchc';
 * const d: IsoDate = '2020-01-20';
 * ```
 *
 * @category Core
 */
export type IsoDate = string;

/**
 * Whether a string is an existing ISO calendar date `YYYY-MM-DD` (years 0001–9999).
 *
 * @category Core
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && scanIsoDate(value) !== NO_DAY;
}

const TWO_DIGITS: readonly string[] = Object.freeze(Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i))));

/** @internal Format y-m-d as an ISO date without validation (hot in working-day arithmetic: no padStart for 4-digit years). */
export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${year >= 1000 ? year : String(year).padStart(4, '0')}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
}

/**
 * Validate an ISO date and return its day number (days since 1970-01-01). Used at every public boundary; the one ISO
 * date reader of the library (a fast path without regex, then a precise message for whatever it refused).
 *
 * @param value - the input to check
 * @param path - where the value sits in the caller's input, for the error
 * @throws {@link CchcError} `INVALID_DATE` with a message that says what is wrong (Date object, number, missing zero
 *   padding, a day that does not exist …).
 *
 * @example
 * ```ts
 * import { parseIsoDate } from 'cchc';
 * parseIsoDate('1970-01-02'); // 1
 * parseIsoDate('2025-02-30'); // throws CchcError INVALID_DATE
 * ```
 *
 * @category Core
 */
export function parseIsoDate(value: unknown, path: CchcPath = []): number {
  return readIsoDate(value, readPath(path));
}

/**
 * The day number of an ISO date: days since 1970-01-01 (0 = 1970-01-01, negative before). Day numbers are what the
 * columnar and SQL paths use; they are independent of any time zone.
 *
 * @throws {@link CchcError} `INVALID_DATE`.
 * @example
 * ```ts
 * import { toDayNumber } from 'cchc';
 * toDayNumber('2020-01-20'); // 18281
 * ```
 *
 * @category Core
 */
export function toDayNumber(date: IsoDate): number {
  return parseIsoDate(date, ['date']);
}

/**
 * The ISO date of a day number (days since 1970-01-01). Inverse of {@link toDayNumber}.
 *
 * @throws {@link CchcError} `INVALID_INPUT` for a non-integer, `DATE_OUT_OF_RANGE` outside years 0001–9999.
 * @example
 * ```ts
 * import { fromDayNumber } from 'cchc';
 * fromDayNumber(18281); // '2020-01-20'
 * ```
 *
 * @category Core
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isSafeInteger(dayNumber)) {
    const p = { key: 'dayNumber', received: show(dayNumber) };
    return fail('INVALID_INPUT', ['dayNumber'], vi.INVALID_INPUT__integer(p), en.INVALID_INPUT__integer(p), dayNumber);
  }
  if (dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    const p = { dayNumber: String(dayNumber) };
    return fail('DATE_OUT_OF_RANGE', ['dayNumber'], vi.DATE_OUT_OF_RANGE__dayNumber(p), en.DATE_OUT_OF_RANGE__dayNumber(p), dayNumber);
  }
  const { year, month, day } = daysToCivil(dayNumber);
  return formatIsoDate(year, month, day);
}

/**
 * Day of the week of a day number: 0 = Sunday (Chủ nhật) … 6 = Saturday (Thứ bảy), as `Date#getUTCDay`.
 * @internal
 */
export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/**
 * Add calendar days (ngày lịch) to an ISO date; negative `days` go back.
 *
 * @throws {@link CchcError} `INVALID_DATE`, `INVALID_INPUT` (non-integer days), `DATE_OUT_OF_RANGE`.
 * @example
 * ```ts
 * import { addDays } from 'cchc';
 * addDays('2020-02-28', 2); // '2020-03-01'
 * ```
 *
 * @category Core
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const n = parseIsoDate(date, ['date']);
  if (!Number.isSafeInteger(days)) {
    const p = { key: 'days', received: show(days) };
    return fail('INVALID_INPUT', ['days'], vi.INVALID_INPUT__integer(p), en.INVALID_INPUT__integer(p), days);
  }
  return fromDayNumber(n + days);
}

/**
 * Calendar days from `start` to `end` (negative when `end` is earlier).
 *
 * @throws {@link CchcError} `INVALID_DATE`.
 * @example
 * ```ts
 * import { daysBetween } from 'cchc';
 * daysBetween('2020-01-01', '2020-12-31'); // 365
 * ```
 *
 * @category Core
 */
export function daysBetween(start: IsoDate, end: IsoDate): number {
  return parseIsoDate(end, ['end']) - parseIsoDate(start, ['start']);
}

/**
 * Day of the week (thứ): 0 = Chủ nhật (Sunday), 1 = Thứ hai (Monday) … 6 = Thứ bảy (Saturday).
 *
 * @throws {@link CchcError} `INVALID_DATE`.
 * @example
 * ```ts
 * import { dayOfWeek } from 'cchc';
 * dayOfWeek('2020-01-25'); // 6 (Tết Canh Tý fell on a Saturday)
 * ```
 *
 * @category Core
 */
export function dayOfWeek(date: IsoDate): number {
  return weekdayOfDayNumber(parseIsoDate(date, ['date']));
}
