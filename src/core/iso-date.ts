import { fail, show } from './errors.js';

/**
 * A calendar date as an ISO string `YYYY-MM-DD` (ngày theo lịch), e.g. `'2020-01-20'`.
 *
 * Dates in `cchc` are calendar dates in Vietnam. They never pass through a JavaScript `Date`, so no result depends on
 * the host time zone. Validate untrusted input with {@link IsoDateSchema} or {@link parseIsoDate}.
 *
 * @example
 * ```ts
 * const d: IsoDate = '2020-01-20';
 * ```
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days in a month of the proleptic Gregorian calendar. @internal */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether a string is an existing ISO calendar date `YYYY-MM-DD` (years 0001–9999). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}


/**
 * Days since 1970-01-01 of a proleptic Gregorian date (pure integer arithmetic; no `Date`).
 * Algorithm: H. Hinnant, "chrono-compatible low-level date algorithms", `days_from_civil`.
 * @internal
 */
export function civilToDays(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of {@link civilToDays} (`civil_from_days`). @internal */
export function daysToCivil(z0: number): { year: number; month: number; day: number } {
  const z = z0 + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Value of 4 ASCII digits at the start of `s`, or -1. */
function digits4(s: string): number {
  const a = s.charCodeAt(0) - 48;
  const b = s.charCodeAt(1) - 48;
  const c = s.charCodeAt(2) - 48;
  const d = s.charCodeAt(3) - 48;
  if (a >>> 0 > 9 || b >>> 0 > 9 || c >>> 0 > 9 || d >>> 0 > 9) return -1;
  return a * 1000 + b * 100 + c * 10 + d;
}

/** Value of 2 ASCII digits at `i`, or -1. */
function digits2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  if (a >>> 0 > 9 || b >>> 0 > 9) return -1;
  return a * 10 + b;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

/** @internal Format y-m-d as an ISO date without validation (hot in working-day arithmetic: no padStart for 4-digit years). */
export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${year >= 1000 ? year : String(year).padStart(4, '0')}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}`;
}

/**
 * Validate an ISO date and return its day number (days since 1970-01-01). Used at every public boundary.
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
 */
export function parseIsoDate(value: unknown, path: readonly (string | number)[] = []): number {
  if (typeof value === 'string') {
    // Fast path (no regex, no allocation) for a well-formed existing date; anything else takes the checks below,
    // which give the precise error. Hot in working-day arithmetic over millions of rows.
    if (value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
      const y = digits4(value);
      const mo = digits2(value, 5);
      const d = digits2(value, 8);
      if (y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && (d <= 28 || d <= daysInMonth(y, mo))) return civilToDays(y, mo, d);
    }
    const m = ISO_DATE.exec(value);
    if (m) {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      const d = Number(m[3]);
      if (y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)) return civilToDays(y, mo, d);
      return fail(
        'INVALID_DATE',
        path,
        `Ngày không có thật: ${show(value)}${mo >= 1 && mo <= 12 ? ` (tháng ${mo}/${y} có ${daysInMonth(y, mo)} ngày)` : ''}`,
        `No such date: ${show(value)}${mo >= 1 && mo <= 12 ? ` (${y}-${pad2(mo)} has ${daysInMonth(y, mo)} days)` : ''}`,
        value,
      );
    }
    if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(value)) {
      return fail('INVALID_DATE', path, `Ngày phải viết đủ hai chữ số cho tháng và ngày (YYYY-MM-DD): ${show(value)}`, `Month and day need two digits (YYYY-MM-DD): ${show(value)}`, value);
    }
    if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(value)) {
      return fail('INVALID_DATE', path, `Ngày phải theo dạng ISO YYYY-MM-DD, không phải dd/mm/yyyy: ${show(value)}`, `Dates must be ISO YYYY-MM-DD, not dd/mm/yyyy: ${show(value)}`, value);
    }
    if (/^\d{4}-\d{2}-\d{2}T/.test(value)) {
      return fail('INVALID_DATE', path, `Cần một ngày (YYYY-MM-DD), không phải ngày giờ: ${show(value)}`, `Expected a calendar date (YYYY-MM-DD), not a date-time: ${show(value)}`, value);
    }
    return fail('INVALID_DATE', path, `Không phải ngày ISO YYYY-MM-DD: ${show(value)}`, `Not an ISO date YYYY-MM-DD: ${show(value)}`, value);
  }
  if (value instanceof Date) {
    return fail(
      'INVALID_DATE',
      path,
      'Nhận được đối tượng Date; hãy truyền chuỗi "YYYY-MM-DD" (ngày lịch không đi qua múi giờ của máy)',
      'Received a Date object; pass an ISO string "YYYY-MM-DD" (calendar dates never go through the host time zone)',
      value,
    );
  }
  return fail('INVALID_DATE', path, `Cần chuỗi ngày "YYYY-MM-DD", nhận được ${show(value)}`, `Expected an ISO date string "YYYY-MM-DD", received ${show(value)}`, value);
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
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  if (!Number.isSafeInteger(dayNumber)) {
    return fail('INVALID_INPUT', ['dayNumber'], `Số ngày phải là số nguyên, nhận được ${show(dayNumber)}`, `A day number must be an integer, received ${show(dayNumber)}`, dayNumber);
  }
  if (dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    return fail('DATE_OUT_OF_RANGE', ['dayNumber'], `Số ngày ngoài phạm vi năm 0001–9999: ${dayNumber}`, `Day number outside years 0001–9999: ${dayNumber}`, dayNumber);
  }
  const { year, month, day } = daysToCivil(dayNumber);
  return formatIsoDate(year, month, day);
}

/** Day number of 0001-01-01. @internal */
export const MIN_DAY_NUMBER = civilToDays(1, 1, 1);
/** Day number of 9999-12-31. @internal */
export const MAX_DAY_NUMBER = civilToDays(9999, 12, 31);

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
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  const n = parseIsoDate(date, ['date']);
  if (!Number.isSafeInteger(days)) {
    return fail('INVALID_INPUT', ['days'], `Số ngày phải là số nguyên, nhận được ${show(days)}`, `days must be an integer, received ${show(days)}`, days);
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
 */
export function dayOfWeek(date: IsoDate): number {
  return weekdayOfDayNumber(parseIsoDate(date, ['date']));
}
