import { fail, readPath, show, type CchcPath } from './errors.js';
import { daysToCivil, formatIsoDate, type IsoDate } from './iso-date.js';
import { readOptions } from './options.js';
import { readTimestamp, scanTimestamp, type DateReading } from './read-date.js';
import * as vi from './messages/vi/core.js';
import * as en from './messages/en/core.js';

/**
 * Vietnam's offset from UTC in minutes (UTC+7, Indochina Time; used since 1975 nationwide).
 *
 * @category Core
 */
export const VIETNAM_OFFSET_MINUTES = 420;

/**
 * An instant as an ISO date-time with an explicit offset (thời điểm), e.g. `'2020-01-20T16:30:00+07:00'` or
 * `'2020-01-20T09:30:00Z'`. A date-time without an offset is rejected: it would mean different instants on different
 * machines.
 *
 * @category Core
 */
export type IsoTimestamp = string;

/**
 * A parsed {@link IsoTimestamp}, seen from a given zone (by default Vietnam, UTC+7).
 *
 * @category Core
 */
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

/**
 * Options of {@link parseTimestamp}.
 *
 * @category Core
 */
export interface ParseTimestampOptions {
  /** The zone whose calendar date and clock time you want, in minutes east of UTC. Default 420 (Vietnam, UTC+7). */
  readonly offsetMinutes?: number;
}

const PARSE_TIMESTAMP_KEYS: readonly string[] = Object.freeze(['offsetMinutes']);

/** Scratch of {@link parseTimestamp} and {@link isIsoTimestamp}. */
const scratch: DateReading = { day: 0, minute: -1, ms: -1, epochMs: 0, offsetMinutes: 0 };

/**
 * Read an ISO date-time with an offset and tell its date and clock time in Vietnam (or another fixed zone).
 * "2020-01-20T17:30:00Z" is 2020-01-21 00:30 in Vietnam. Pure arithmetic, no `Date`. Dates are limited to years
 * 0001–9999, in the text and in the target zone; a text longer than {@link MAX_TEXT_LENGTH} is refused.
 *
 * @throws {@link CchcError} `INVALID_TIMESTAMP` (no offset, impossible date or time, not a string);
 *   `DATE_OUT_OF_RANGE` (its date in the target zone is outside years 0001–9999, e.g. "9999-12-31T23:00:00-05:00");
 *   `INVALID_INPUT` (options that are not an object, a bad `offsetMinutes`); `UNKNOWN_KEY`; `TEXT_TOO_LONG`.
 * @example
 * ```ts
 * import { parseTimestamp } from 'cchc';
 * parseTimestamp('2020-01-20T17:30:00Z').date;        // '2020-01-21'
 * parseTimestamp('2020-01-20T15:05:00+07:00').minuteOfDay; // 905
 * parseTimestamp('2020-01-20T17:30:00Z', { offsetMinutes: 0 }).date; // '2020-01-20'
 * ```
 *
 * @category Core
 */
export function parseTimestamp(text: IsoTimestamp, options?: ParseTimestampOptions, path: CchcPath = []): ParsedTimestamp {
  const o = readOptions<ParseTimestampOptions>(options, PARSE_TIMESTAMP_KEYS);
  const target = o.offsetMinutes ?? VIETNAM_OFFSET_MINUTES;
  if (typeof target !== 'number' || !Number.isInteger(target) || Math.abs(target) > 18 * 60) {
    const p = { received: show(target) };
    fail('INVALID_INPUT', ['options', 'offsetMinutes'], vi.INVALID_INPUT__offsetMinutes(p), en.INVALID_INPUT__offsetMinutes(p), target);
  }
  readTimestamp(text, target, readPath(path), scratch);
  const c = daysToCivil(scratch.day);
  return Object.freeze({
    date: formatIsoDate(c.year, c.month, c.day),
    dayNumber: scratch.day,
    minuteOfDay: scratch.minute,
    millisecondOfDay: scratch.ms,
    epochMilliseconds: scratch.epochMs,
    sourceOffsetMinutes: scratch.offsetMinutes,
  });
}

/**
 * Whether a value is an {@link IsoTimestamp} that {@link parseTimestamp} accepts (seen from Vietnam).
 *
 * @category Core
 */
export function isIsoTimestamp(value: unknown): value is IsoTimestamp {
  return typeof value === 'string' && scanTimestamp(value, VIETNAM_OFFSET_MINUTES, scratch);
}
