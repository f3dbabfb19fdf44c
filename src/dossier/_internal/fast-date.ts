import { CchcError, issue, show, type CchcIssue, type CchcPath } from '../../core/errors.js';
import { civilToDays, daysInMonth, parseIsoDate } from '../../core/iso-date.js';
import { parseTimestamp } from '../../core/timestamp.js';
import * as vi from '../../core/messages/vi/dossier.js';
import { MAX_EVENT_TEXT_LENGTH } from '../limits.js';
import * as viCore from '../../core/messages/vi/core.js';
import * as enCore from '../../core/messages/en/core.js';
import * as en from '../../core/messages/en/dossier.js';

// 0.2 integration note: core gains one ISO date reader (src/core/read-date.ts, on the core branch, not yet in main)
// with a dossier fast path of the same contract (day, minute, ms of the day in UTC+7). When it lands, these readers
// delegate to it; test/dossier/fast-path.test.ts checks that the fast path and the validator still agree.

/** Sentinel day number for "no such event". Far below any real day number (year 0001 is −719162). */
export const NO_DAY = -1_000_000_000;
/** Sentinel minute-of-day for "date only, no clock time". */
export const NO_MINUTE = -1;

/**
 * Scratch output of {@link readDateOrTimestamp}: the Vietnamese calendar date (day number) and the minute of the day
 * (UTC+7), or {@link NO_MINUTE} for a date without time. Module-level so that the hot path allocates nothing.
 */
export const parsed = { day: 0, minute: NO_MINUTE, ms: -1 };

const D0 = 48; // '0'

// Day number of the first day, and length, of every month of 1900–2199 (the years dossiers are dated in).
const TABLE_FIRST_YEAR = 1900;
const MONTH_START = new Int32Array(300 * 12);
const MONTH_LENGTH = new Uint8Array(300 * 12);
for (let i = 0; i < MONTH_START.length; i++) {
  const y = TABLE_FIRST_YEAR + Math.floor(i / 12);
  const m = (i % 12) + 1;
  MONTH_START[i] = civilToDays(y, m, 1);
  MONTH_LENGTH[i] = daysInMonth(y, m);
}

function d2(s: string, i: number): number {
  const a = s.charCodeAt(i) - D0;
  const b = s.charCodeAt(i + 1) - D0;
  if (a < 0 || a > 9 || b < 0 || b > 9) return -1;
  return a * 10 + b;
}

function d4(s: string, i: number): number {
  const a = d2(s, i);
  const b = d2(s, i + 2);
  if (a < 0 || b < 0) return -1;
  return a * 100 + b;
}

/**
 * Fast path: read `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM[:SS[.fff]]+07:00` (the usual Vietnamese export), into
 * {@link parsed}. Returns false for anything else (other offsets, `Z`, malformed text): the caller then takes the slow,
 * fully validating path ({@link readDateOrTimestampSlow}), which either succeeds or explains what is wrong.
 */
export function readDateOrTimestampFast(s: string): boolean {
  const n = s.length;
  if (n < 10 || n > MAX_EVENT_TEXT_LENGTH || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const y = d4(s, 0);
  const m = d2(s, 5);
  const d = d2(s, 8);
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  let day: number;
  const k = (y - TABLE_FIRST_YEAR) * 12 + m - 1;
  if (k >= 0 && k < MONTH_START.length) {
    // Day number by table (no division): the hot path of every record.
    if (d > MONTH_LENGTH[k]!) return false;
    day = MONTH_START[k]! + d - 1;
  } else {
    if (d > 28 && d > daysInMonth(y, m)) return false;
    day = civilToDays(y, m, d);
  }
  if (n === 10) {
    parsed.day = day;
    parsed.minute = NO_MINUTE;
    parsed.ms = -1;
    return true;
  }
  // Only "+07:00" is handled here; the end of the string must be exactly that offset.
  if (n < 22 || s.charCodeAt(n - 6) !== 43 || s.charCodeAt(n - 3) !== 58 || s.charCodeAt(n - 5) !== 48 || s.charCodeAt(n - 4) !== 55 || s.charCodeAt(n - 2) !== 48 || s.charCodeAt(n - 1) !== 48) {
    return false;
  }
  const t = s.charCodeAt(10);
  if (t !== 84 && t !== 32) return false; // 'T' or ' '
  const hh = d2(s, 11);
  const mm = d2(s, 14);
  if (s.charCodeAt(13) !== 58 || hh < 0 || hh > 23 || mm < 0 || mm > 59) return false;
  const rest = n - 6; // index of '+'
  let ms = 0;
  if (rest === 16) {
    // no seconds
  } else if (rest >= 19 && s.charCodeAt(16) === 58) {
    const ss = d2(s, 17);
    if (ss < 0 || ss > 59) return false;
    ms = ss * 1000;
    if (rest > 19) {
      const sep = s.charCodeAt(19);
      if ((sep !== 46 && sep !== 44) || rest === 20) return false;
      let scale = 100;
      for (let i = 20; i < rest; i++) {
        const c = s.charCodeAt(i) - D0;
        if (c < 0 || c > 9) return false;
        ms += c * scale;
        scale /= 10;
      }
      ms = Math.floor(ms + 1e-9);
    }
  } else {
    return false;
  }
  parsed.day = day;
  parsed.minute = hh * 60 + mm;
  parsed.ms = (hh * 60 + mm) * 60_000 + ms;
  return true;
}

/**
 * Slow path: a calendar date or a date-time with an offset (any offset), read as seen from Vietnam (UTC+7).
 * Throws a CchcError (`INVALID_DATE` / `INVALID_TIMESTAMP`) with a message that says what is wrong.
 */
export function readDateOrTimestampSlow(value: unknown, path: CchcPath): void {
  if (typeof value === 'string' && value.length > 10 && /^\d{4}-\d{2}-\d{2}[T ]/.test(value)) {
    const t = parseTimestamp(value, {}, path);
    parsed.day = t.dayNumber;
    parsed.minute = t.minuteOfDay;
    parsed.ms = t.millisecondOfDay;
    return;
  }
  parsed.day = parseIsoDate(value, path);
  parsed.minute = NO_MINUTE;
  parsed.ms = -1;
}

/**
 * Read a date or date-time into {@link parsed}; on failure push the issue and return false.
 */
export function readDateOrTimestamp(value: unknown, path: CchcPath, issues: CchcIssue[]): boolean {
  if (typeof value === 'string' && readDateOrTimestampFast(value)) return true;
  if (typeof value === 'string' && value.length > MAX_EVENT_TEXT_LENGTH) {
    const p = { max: MAX_EVENT_TEXT_LENGTH, length: value.length };
    issues.push(issue('TEXT_TOO_LONG', path, viCore.TEXT_TOO_LONG(p), enCore.TEXT_TOO_LONG(p)));
    return false;
  }
  try {
    readDateOrTimestampSlow(value, path);
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

/** An issue for a value of the wrong type where a date or date-time string is expected. */
export function notADate(value: unknown, path: CchcPath): CchcIssue {
  const p = { received: show(value) };
  return issue('INVALID_DATE', path, vi.INVALID_DATE__dossierEvent(p), en.INVALID_DATE__dossierEvent(p), value);
}
