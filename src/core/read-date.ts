/**
 * The one reader of ISO dates and date-times of `cchc` (bộ đọc ngày ISO duy nhất).
 *
 * Every public function that takes a date or a date-time reads it here: {@link parseIsoDate}, {@link parseTimestamp},
 * {@link isIsoDate}, {@link isIsoTimestamp}, the schemas, the calendar, and the dossier module's hot path. It has two
 * layers that can never disagree, because the second one calls the first:
 *
 * - a **fast path** (`scanIsoDate`, `scanTimestamp`, `readDateOrTimestampFast`): character codes only, no regex, no
 *   allocation; it accepts exactly the well-formed, existing dates and date-times and returns `NO_DAY` / `false` for
 *   anything else;
 * - a **slow path** (`readIsoDate`, `readTimestamp`, `readDateOrTimestampSlow`): calls the fast path, and when it
 *   refuses, works out why and throws a {@link CchcError} that says so (`INVALID_DATE`, `INVALID_TIMESTAMP`,
 *   `DATE_OUT_OF_RANGE`, `TEXT_TOO_LONG`).
 *
 * A date-time is read as seen from a fixed zone (Vietnam, UTC+7, unless told otherwise): its calendar date there as a
 * day number (days since 1970-01-01), its time of day there in milliseconds, and its instant in milliseconds since
 * the epoch. Dates and instants are limited to years 0001–9999.
 *
 * @internal
 */
import { CchcError, fail, issue, show, type CchcIssue, type CchcPath } from './errors.js';
import { civilToDays, daysInMonth, MAX_DAY_NUMBER, MIN_DAY_NUMBER } from './_internal/civil.js';
import { checkTextLength } from './_internal/check-limits.js';
import * as vi from './messages/vi/core.js';
import * as en from './messages/en/core.js';

/**
 * Sentinel day number for "no date" (a refused text, an absent event). Far below any real day number (year 0001 is −719162).
 *
 * @category Core
 */
export const NO_DAY = -1_000_000_000;
/**
 * Sentinel minute-of-day for "a date without a time".
 *
 * @category Core
 */
export const NO_MINUTE = -1;

/** Vietnam's offset from UTC in minutes (UTC+7). */
const VIETNAM = 420;

/**
 * What a reader found: the calendar date in the target zone (`day`), the time of day there (`minute`, `ms`; `NO_MINUTE`
 * and -1 for a date without a time), and for a date-time the instant (`epochMs`) and the offset written in the text.
 *
 * @category Core
 */
export interface DateReading {
  day: number;
  minute: number;
  ms: number;
  epochMs: number;
  offsetMinutes: number;
}

/**
 * A shared scratch result, so that the hot path allocates nothing. Read it right after the call that filled it.
 *
 * @category Core
 */
export const reading: DateReading = { day: 0, minute: NO_MINUTE, ms: -1, epochMs: 0, offsetMinutes: 0 };

// Day number of the first day, and length, of every month of 1900–2199 (the years real records are dated in): a
// table lookup instead of divisions on the hot path. Built on first use.
const TABLE_FIRST_YEAR = 1900;
const TABLE_MONTHS = 300 * 12;
let monthStart: Int32Array | undefined;
let monthLength: Uint8Array | undefined;

function buildTable(): Int32Array {
  const start = new Int32Array(TABLE_MONTHS);
  const length = new Uint8Array(TABLE_MONTHS);
  // Running sum of month lengths from 1900-01-01: additions only, so that the first date read (often at start-up)
  // costs a fraction of a millisecond.
  let day = civilToDays(TABLE_FIRST_YEAR, 1, 1);
  for (let i = 0; i < TABLE_MONTHS; i++) {
    const n = daysInMonth(TABLE_FIRST_YEAR + ((i / 12) | 0), (i % 12) + 1);
    start[i] = day;
    length[i] = n;
    day += n;
  }
  monthLength = length;
  monthStart = start;
  return start;
}

/** Value of the two ASCII digits at `i`, or -1 (also past the end of the string: `charCodeAt` gives NaN there). */
function d2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  if (!(a >= 0 && a <= 9 && b >= 0 && b <= 9)) return -1;
  return a * 10 + b;
}

/**
 * The day number of the `YYYY-MM-DD` at the start of `s` (which has at least 10 characters), or `NO_DAY`. Character
 * codes read once each, one combined digit check (`(c - 48) >>> 0 > 9` is true for any non-digit; every index read
 * is below 10, so no `NaN`), no call: the hot path of every dossier date.
 */
function scanDate(s: string): number {
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NO_DAY;
  const y0 = s.charCodeAt(0) - 48;
  const y1 = s.charCodeAt(1) - 48;
  const y2 = s.charCodeAt(2) - 48;
  const y3 = s.charCodeAt(3) - 48;
  const m0 = s.charCodeAt(5) - 48;
  const m1 = s.charCodeAt(6) - 48;
  const d0 = s.charCodeAt(8) - 48;
  const d1 = s.charCodeAt(9) - 48;
  if (y0 >>> 0 > 9 || y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 || m0 >>> 0 > 9 || m1 >>> 0 > 9 || d0 >>> 0 > 9 || d1 >>> 0 > 9)
    return NO_DAY;
  const m = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  if (m < 1 || m > 12 || d < 1) return NO_DAY;
  const y = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  if (y < 1) return NO_DAY;
  const k = (y - TABLE_FIRST_YEAR) * 12 + m - 1;
  if (k >= 0 && k < TABLE_MONTHS) {
    const start = monthStart ?? buildTable();
    if (d > monthLength![k]!) return NO_DAY;
    return start[k]! + d - 1;
  }
  return dayOutsideTable(y, m, d);
}

/** The day number of a date outside the table's years (kept out of {@link scanDate}, so that it stays small enough to be inlined into the hot loops). */
function dayOutsideTable(y: number, m: number, d: number): number {
  if (d > 28 && d > daysInMonth(y, m)) return NO_DAY;
  return civilToDays(y, m, d);
}

/**
 * Fast path: the day number of an existing ISO date `YYYY-MM-DD` (years 0001–9999, nothing before or after), or
 * {@link NO_DAY} for anything else. No regex, no allocation.
 *
 * @category Core
 */
export function scanIsoDate(s: string): number {
  return s.length === 10 ? scanDate(s) : NO_DAY;
}

/**
 * Fast path: read an ISO date-time with an offset, `YYYY-MM-DD(T| )HH:MM[:SS[(.|,)f…]](Z|z|±HH[:]MM)` with 1–9
 * fraction digits and an offset up to ±18:59, as seen from a zone `targetOffsetMinutes` east of UTC, into `out`.
 * Returns `false` (and leaves `out` alone) for anything else, including a date-time whose date in the target zone
 * falls outside years 0001–9999. Milliseconds are the first three fraction digits (the rest is truncated).
 *
 * @category Core
 */
export function scanTimestamp(s: string, targetOffsetMinutes: number, out: DateReading): boolean {
  const n = s.length;
  if (n < 17 || n > 35) return false; // "YYYY-MM-DDTHH:MMZ" … "YYYY-MM-DDTHH:MM:SS.fffffffff+HH:MM"
  const sep = s.charCodeAt(10);
  if (sep !== 84 && sep !== 32) return false; // 'T' or ' '
  const date = scanDate(s);
  if (date === NO_DAY) return false;
  const h = d2(s, 11);
  const mi = d2(s, 14);
  if (s.charCodeAt(13) !== 58 || h < 0 || h > 23 || mi < 0 || mi > 59) return false;
  let i = 16;
  let sec = 0;
  let ms = 0;
  if (s.charCodeAt(i) === 58) {
    sec = d2(s, i + 1);
    if (sec < 0 || sec > 59) return false;
    i += 3;
    const mark = s.charCodeAt(i);
    if (mark === 46 || mark === 44) {
      i++;
      let k = 0;
      for (; i < n; i++, k++) {
        const c = s.charCodeAt(i) - 48;
        if (!(c >= 0 && c <= 9)) break;
        if (k === 9) return false;
        if (k < 3) ms += c * (k === 0 ? 100 : k === 1 ? 10 : 1);
      }
      if (k === 0) return false;
    }
  }
  const z = s.charCodeAt(i);
  let offset: number;
  if (z === 90 || z === 122) {
    if (i + 1 !== n) return false;
    offset = 0;
  } else if (z === 43 || z === 45) {
    const oh = d2(s, i + 1);
    let om: number;
    if (s.charCodeAt(i + 3) === 58) {
      om = d2(s, i + 4);
      if (i + 6 !== n) return false;
    } else {
      om = d2(s, i + 3);
      if (i + 5 !== n) return false;
    }
    if (oh < 0 || om < 0 || oh > 18 || om > 59) return false;
    offset = oh * 60 + om;
    if (z === 45 && offset !== 0) offset = -offset;
  } else {
    return false;
  }
  const epochMs = ((date * 24 + h) * 60 + mi - offset) * 60_000 + sec * 1000 + ms;
  const local = epochMs + targetOffsetMinutes * 60_000;
  const day = Math.floor(local / 86_400_000);
  if (day < MIN_DAY_NUMBER || day > MAX_DAY_NUMBER) return false;
  const msOfDay = local - day * 86_400_000;
  out.day = day;
  out.ms = msOfDay;
  out.minute = Math.floor(msOfDay / 60_000);
  out.epochMs = epochMs;
  out.offsetMinutes = offset;
  return true;
}

/**
 * Fast path of the dossier hot loop: a date `YYYY-MM-DD` (then `minute` is {@link NO_MINUTE} and `ms` is -1) or a
 * date-time with any offset, seen from Vietnam (UTC+7), into `out`. Returns `false` for anything else; then call
 * {@link readDateOrTimestampSlow} for the error.
 *
 * @category Core
 */
export function readDateOrTimestampFast(s: string, out: DateReading = reading): boolean {
  if (s.length === 10) {
    const day = scanDate(s);
    if (day === NO_DAY) return false;
    out.day = day;
    out.minute = NO_MINUTE;
    out.ms = -1;
    return true;
  }
  return scanTimestamp(s, VIETNAM, out);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Slow path of a date: the day number of an existing ISO date, or a {@link CchcError} `INVALID_DATE` whose message
 * says what is wrong (a `Date` object, a number, missing zero padding, dd/mm/yyyy, a date-time, a day that does not
 * exist …). The implementation of {@link parseIsoDate}.
 *
 * @category Core
 */
export function readIsoDate(value: unknown, path: CchcPath = []): number {
  if (typeof value === 'string') {
    if (value.length === 10) {
      const day = scanDate(value);
      if (day !== NO_DAY) return day;
    }
    checkTextLength(value, path);
    const received = show(value);
    const m = ISO_DATE.exec(value);
    if (m) {
      const year = Number(m[1]);
      const month = Number(m[2]);
      const p = { received, year, month, days: month >= 1 && month <= 12 ? daysInMonth(year, month) : 0 };
      return fail('INVALID_DATE', path, vi.INVALID_DATE__noSuchDay(p), en.INVALID_DATE__noSuchDay(p), value);
    }
    const p = { received };
    if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(value))
      return fail('INVALID_DATE', path, vi.INVALID_DATE__padding(p), en.INVALID_DATE__padding(p), value);
    if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(value)) return fail('INVALID_DATE', path, vi.INVALID_DATE__dmy(p), en.INVALID_DATE__dmy(p), value);
    if (/^\d{4}-\d{2}-\d{2}T/.test(value))
      return fail('INVALID_DATE', path, vi.INVALID_DATE__dateTime(p), en.INVALID_DATE__dateTime(p), value);
    return fail('INVALID_DATE', path, vi.INVALID_DATE__format(p), en.INVALID_DATE__format(p), value);
  }
  if (value instanceof Date) return fail('INVALID_DATE', path, vi.INVALID_DATE__dateObject(), en.INVALID_DATE__dateObject(), value);
  return fail(
    'INVALID_DATE',
    path,
    vi.INVALID_DATE__type({ received: show(value) }),
    en.INVALID_DATE__type({ received: show(value) }),
    value,
  );
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}:?\d{2})$/;
const NO_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?$/;

/**
 * Slow path of a date-time: read `text` as seen from a zone `targetOffsetMinutes` east of UTC into `out`, or throw a
 * {@link CchcError} that says what is wrong: `INVALID_TIMESTAMP` (not a string, no offset, a bad offset, a date or
 * time that does not exist, not ISO), `DATE_OUT_OF_RANGE` (its date in the target zone is outside years 0001–9999),
 * `TEXT_TOO_LONG`. The implementation of {@link parseTimestamp}.
 *
 * @category Core
 */
export function readTimestamp(text: unknown, targetOffsetMinutes: number, path: CchcPath = [], out: DateReading = reading): void {
  if (typeof text !== 'string') {
    return fail(
      'INVALID_TIMESTAMP',
      path,
      vi.INVALID_TIMESTAMP__type({ received: show(text) }),
      en.INVALID_TIMESTAMP__type({ received: show(text) }),
      text,
    );
  }
  if (scanTimestamp(text, targetOffsetMinutes, out)) return;
  checkTextLength(text, path);
  const p = { received: show(text) };
  const m = TIMESTAMP.exec(text);
  if (!m) {
    if (NO_OFFSET.test(text))
      return fail('INVALID_TIMESTAMP', path, vi.INVALID_TIMESTAMP__noOffset(p), en.INVALID_TIMESTAMP__noOffset(p), text);
    return fail('INVALID_TIMESTAMP', path, vi.INVALID_TIMESTAMP__format(p), en.INVALID_TIMESTAMP__format(p), text);
  }
  const zone = m[8]!;
  if (zone !== 'Z' && zone !== 'z') {
    const digits = zone.slice(1).replace(':', '');
    if (Number(digits.slice(0, 2)) > 18 || Number(digits.slice(2)) > 59) {
      return fail('INVALID_TIMESTAMP', path, vi.INVALID_TIMESTAMP__offset(p), en.INVALID_TIMESTAMP__offset(p), text);
    }
  }
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [number, number, number, number, number, number];
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) {
    return fail('INVALID_TIMESTAMP', path, vi.INVALID_TIMESTAMP__impossible(p), en.INVALID_TIMESTAMP__impossible(p), text);
  }
  // Well formed and existing, yet refused by the fast path: its date in the target zone is outside 0001–9999.
  return fail('DATE_OUT_OF_RANGE', path, vi.DATE_OUT_OF_RANGE__timestamp(p), en.DATE_OUT_OF_RANGE__timestamp(p), text);
}

/**
 * Slow path of {@link readDateOrTimestampFast}: a date or a date-time (any offset, seen from Vietnam) into `out`, or a
 * {@link CchcError} that says what is wrong (`INVALID_DATE`, `INVALID_TIMESTAMP`, `DATE_OUT_OF_RANGE`, `TEXT_TOO_LONG`).
 *
 * @category Core
 */
export function readDateOrTimestampSlow(value: unknown, path: CchcPath, out: DateReading = reading): void {
  if (typeof value === 'string' && value.length > 10 && /^\d{4}-\d{2}-\d{2}[T ]/.test(value)) {
    readTimestamp(value, VIETNAM, path, out);
    return;
  }
  out.day = readIsoDate(value, path);
  out.minute = NO_MINUTE;
  out.ms = -1;
}

/**
 * Read a date or a date-time into `out` (fast path first); on failure push the issues onto `issues` and return `false`.
 *
 * @category Core
 */
export function readDateOrTimestamp(value: unknown, path: CchcPath, issues: CchcIssue[], out: DateReading = reading): boolean {
  if (typeof value === 'string' && readDateOrTimestampFast(value, out)) return true;
  try {
    readDateOrTimestampSlow(value, path, out);
    return true;
  } catch (e) {
    if (e instanceof CchcError) {
      issues.push(...e.issues);
      return false;
    }
    /* c8 ignore next */
    throw e;
  }
}

/**
 * The issue for a value of the wrong type where a date or a date-time string is expected.
 *
 * @category Core
 */
export function notADate(value: unknown, path: CchcPath): CchcIssue {
  const p = { received: show(value) };
  return issue('INVALID_DATE', path, vi.INVALID_DATE__dateOrTimestamp(p), en.INVALID_DATE__dateOrTimestamp(p), value);
}
