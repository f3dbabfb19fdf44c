/**
 * The working-day index of a calendar: built once, then every query is a typed-array lookup.
 * @internal
 */
import { CchcError, fail, issue, show, type CchcIssue } from '../../core/errors.js';
import { daysToCivil, formatIsoDate } from '../../core/iso-date.js';
import * as viCore from '../../core/messages/vi/core.js';
import * as enCore from '../../core/messages/en/core.js';
import * as vi from '../../core/messages/vi/calendar.js';
import * as en from '../../core/messages/en/calendar.js';

export interface DayIndex {
  readonly first: number;
  readonly last: number;
  readonly len: number;
  /** 1 = working, 0 = off, per day offset. */
  readonly working: Uint8Array;
  /** Working days in [first, first + offset], per day offset. */
  readonly index: Int32Array;
  /** Day number of the working day with index k (k = 1 … lastIndex); slot 0 unused. */
  readonly atIndex: Int32Array;
  readonly lastIndex: number;
}

/**
 * Build the index of `[first, last]`: a day is working when its weekday is not in `restMask` (bit w = weekday w is a
 * rest day), unless `marked` says otherwise (day number → working?). One pass per array, no per-day lookups.
 *
 * @category Calendar
 */
export function buildDayIndex(
  first: number,
  last: number,
  restMask: number,
  marked: ReadonlyMap<number, { readonly working: boolean }>,
): DayIndex {
  const len = last - first + 1;
  const working = new Uint8Array(len);
  // Weekly pattern: weekday of `first` is (first + 4) mod 7 (1970-01-01 was a Thursday).
  let w = (((first + 4) % 7) + 7) % 7;
  for (let i = 0; i < len; i++) {
    working[i] = (restMask >> w) & 1 ? 0 : 1;
    if (++w === 7) w = 0;
  }
  for (const [day, e] of marked) {
    const i = day - first;
    if (i >= 0 && i < len) working[i] = e.working ? 1 : 0;
  }
  return { first, last, len, working, ...prefixIndex(first, working) };
}

/**
 * The running count of a 0/1 flag per day (`index[i]`: flags set in days 0 … i) and the day of each count
 * (`atIndex[k]`: the day number of the k-th flagged day; slot 0 unused). Shared by the working-day index and the index
 * of provisional days.
 *
 * @category Calendar
 */
export function prefixIndex(first: number, flags: Uint8Array): { index: Int32Array; atIndex: Int32Array; lastIndex: number } {
  const len = flags.length;
  const index = new Int32Array(len);
  let cum = 0;
  for (let i = 0; i < len; i++) index[i] = cum += flags[i]!;
  const atIndex = new Int32Array(cum + 1);
  for (let i = 0; i < len; i++) if (flags[i] === 1) atIndex[index[i]!] = first + i;
  return { index, atIndex, lastIndex: cum };
}

function iso(day: number): string {
  const c = daysToCivil(day);
  return formatIsoDate(c.year, c.month, c.day);
}

/**
 * Throw the right error for a day number that failed the range/integer check.
 *
 * @category Calendar
 */
export function badDayNumber(name: string, ix: DayIndex, day: unknown, path: string): never {
  if (typeof day !== 'number' || !Number.isInteger(day)) {
    const p = { key: path, received: show(day) };
    return fail('INVALID_INPUT', [path], viCore.INVALID_INPUT__integer(p), enCore.INVALID_INPUT__integer(p), day);
  }
  const isDate = Number.isSafeInteger(day) && day >= -719162 && day <= 2932896;
  const p = { day: isDate ? iso(day) : String(day), isDate, name, first: iso(ix.first), last: iso(ix.last) };
  return fail('DATE_OUT_OF_RANGE', [path], vi.DATE_OUT_OF_RANGE__calendarDay(p), en.DATE_OUT_OF_RANGE__calendarDay(p), day);
}

export function badIndex(name: string, ix: DayIndex, k: unknown): never {
  if (typeof k !== 'number' || !Number.isInteger(k)) {
    const p = { key: 'index', received: show(k) };
    return fail('INVALID_INPUT', ['index'], viCore.INVALID_INPUT__integer(p), enCore.INVALID_INPUT__integer(p), k);
  }
  const p = { name, first: iso(ix.first), last: iso(ix.last), lastIndex: ix.lastIndex, received: String(k) };
  return fail('DATE_OUT_OF_RANGE', ['index'], vi.DATE_OUT_OF_RANGE__calendarIndex(p), en.DATE_OUT_OF_RANGE__calendarIndex(p), k);
}

/**
 * Throw for `addWorkingDays(day, n)` whose result would fall outside the calendar: `n` is an integer, but too large
 * (in either direction) for the calendar's range.
 *
 * @category Calendar
 */
export function badResult(name: string, ix: DayIndex, day: number, n: number): never {
  const forward = n >= 0;
  const available = forward
    ? ix.lastIndex - ix.index[day - ix.first]!
    : ix.index[day - ix.first]! - (ix.working[day - ix.first] === 1 ? 1 : 0);
  const p = { n, date: iso(day), name, first: iso(ix.first), last: iso(ix.last), available, forward };
  return fail('DATE_OUT_OF_RANGE', ['n'], vi.DATE_OUT_OF_RANGE__calendarResult(p), en.DATE_OUT_OF_RANGE__calendarResult(p), n);
}

export function countIssue(n: unknown): CchcIssue {
  const p = { received: show(n) };
  return issue('INVALID_INPUT', ['n'], vi.INVALID_INPUT__workingDays(p), en.INVALID_INPUT__workingDays(p), n);
}

export function badCount(n: unknown): never {
  throw new CchcError(countIssue(n));
}

/**
 * Run checks that may each throw a CchcError and throw one error with every issue (validation collects every
 * problem before throwing). Used on the failure path only.
 *
 * @category Calendar
 */
export function throwAll(checks: readonly (() => unknown)[]): void {
  const problems: CchcIssue[] = [];
  for (const check of checks) {
    try {
      check();
    } catch (e) {
      if (!(e instanceof CchcError)) throw e;
      problems.push(...e.issues);
    }
  }
  if (problems.length > 0) throw new CchcError(problems);
}
