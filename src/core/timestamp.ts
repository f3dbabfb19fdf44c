import { fail, show } from './errors.js';
import { civilToDays, daysInMonth, formatIsoDate, daysToCivil, type IsoDate } from './iso-date.js';

/** Vietnam's offset from UTC in minutes (UTC+7, Indochina Time; used since 1975 nationwide). */
export const VIETNAM_OFFSET_MINUTES = 420;

/**
 * An instant as an ISO date-time with an explicit offset (thời điểm), e.g. `'2020-01-20T16:30:00+07:00'` or
 * `'2020-01-20T09:30:00Z'`. A date-time without an offset is rejected: it would mean different instants on different
 * machines.
 */
export type IsoTimestamp = string;

const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}:?\d{2})$/;

/** A parsed {@link IsoTimestamp}, seen from a given zone (by default Vietnam, UTC+7). */
export interface ParsedTimestamp {
  /** The calendar date in the target zone. */
  readonly date: IsoDate;
  /** Days since 1970-01-01 of `date`. */
  readonly dayNumber: number;
  /** Minutes since midnight in the target zone (0–1439). */
  readonly minuteOfDay: number;
  /** Milliseconds since midnight in the target zone. */
  readonly millisecondOfDay: number;
  /** Milliseconds since 1970-01-01T00:00:00Z. */
  readonly epochMilliseconds: number;
  /** The offset written in the text, in minutes east of UTC. */
  readonly sourceOffsetMinutes: number;
}

/** Options of {@link parseTimestamp}. */
export interface ParseTimestampOptions {
  /** The zone whose calendar date and clock time you want, in minutes east of UTC. Default 420 (Vietnam, UTC+7). */
  readonly offsetMinutes?: number;
}

/**
 * Read an ISO date-time with an offset and tell its date and clock time in Vietnam (or another fixed zone).
 * "2020-01-20T17:30:00Z" is 2020-01-21 00:30 in Vietnam. Pure arithmetic, no `Date`.
 *
 * @throws {@link CchcError} `INVALID_TIMESTAMP` (no offset, impossible date or time, not a string).
 * @example
 * ```ts
 * import { parseTimestamp } from 'cchc';
 * parseTimestamp('2020-01-20T17:30:00Z').date;        // '2020-01-21'
 * parseTimestamp('2020-01-20T15:05:00+07:00').minuteOfDay; // 905
 * ```
 */
export function parseTimestamp(text: IsoTimestamp, options: ParseTimestampOptions = {}, path: readonly (string | number)[] = []): ParsedTimestamp {
  const target = options.offsetMinutes ?? VIETNAM_OFFSET_MINUTES;
  if (!Number.isInteger(target) || Math.abs(target) > 18 * 60) {
    fail('INVALID_INPUT', ['offsetMinutes'], `Độ lệch múi giờ không hợp lệ: ${show(target)}`, `Invalid zone offset: ${show(target)}`, target);
  }
  if (typeof text !== 'string') {
    return fail('INVALID_TIMESTAMP', path, `Cần chuỗi ngày giờ ISO có múi giờ, nhận được ${show(text)}`, `Expected an ISO date-time string with an offset, received ${show(text)}`, text);
  }
  const m = TIMESTAMP.exec(text);
  if (!m) {
    const noOffset = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}([.,]\d+)?)?$/.test(text);
    return fail(
      'INVALID_TIMESTAMP',
      path,
      noOffset
        ? `Ngày giờ phải ghi múi giờ (ví dụ "+07:00" hoặc "Z"): ${show(text)}`
        : `Không phải ngày giờ ISO có múi giờ (YYYY-MM-DDTHH:mm:ss+07:00): ${show(text)}`,
      noOffset
        ? `A date-time must carry an offset (e.g. "+07:00" or "Z"): ${show(text)}`
        : `Not an ISO date-time with an offset (YYYY-MM-DDTHH:mm:ss+07:00): ${show(text)}`,
      text,
    );
  }
  const [, ys, mos, ds, hs, mis, ss, fs, zs] = m;
  const y = Number(ys);
  const mo = Number(mos);
  const d = Number(ds);
  const h = Number(hs);
  const mi = Number(mis);
  const s = ss === undefined ? 0 : Number(ss);
  const ms = fs === undefined ? 0 : Math.floor(Number(`0.${fs}`) * 1000 + 1e-9);
  let offset = 0;
  if (zs !== 'Z' && zs !== 'z') {
    const sign = zs!.startsWith('-') ? -1 : 1;
    const digits = zs!.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2));
    if (oh > 18 || om > 59) {
      return fail('INVALID_TIMESTAMP', path, `Múi giờ không hợp lệ: ${show(text)}`, `Invalid offset: ${show(text)}`, text);
    }
    offset = sign * (oh * 60 + om);
  }
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) {
    return fail('INVALID_TIMESTAMP', path, `Ngày giờ không có thật: ${show(text)}`, `No such date-time: ${show(text)}`, text);
  }
  const epochMilliseconds = ((civilToDays(y, mo, d) * 24 + h) * 60 + mi - offset) * 60_000 + s * 1000 + ms;
  const local = epochMilliseconds + target * 60_000;
  const dayNumber = Math.floor(local / 86_400_000);
  const millisecondOfDay = local - dayNumber * 86_400_000;
  const c = daysToCivil(dayNumber);
  return Object.freeze({
    date: formatIsoDate(c.year, c.month, c.day),
    dayNumber,
    minuteOfDay: Math.floor(millisecondOfDay / 60_000),
    millisecondOfDay,
    epochMilliseconds,
    sourceOffsetMinutes: offset,
  });
}

/** Whether a value is an {@link IsoTimestamp} that {@link parseTimestamp} accepts. */
export function isIsoTimestamp(value: unknown): value is IsoTimestamp {
  if (typeof value !== 'string' || !TIMESTAMP.test(value)) return false;
  try {
    parseTimestamp(value);
    return true;
  } catch {
    return false;
  }
}

