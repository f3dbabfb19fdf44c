import { CchcError, issue, show, type CchcIssue, type CchcPath } from './errors.js';
import { readInputObject } from './options.js';
import { parseIsoDate, type IsoDate } from './iso-date.js';
import * as vi from './messages/vi/core.js';
import * as en from './messages/en/core.js';

/**
 * A range of calendar dates with inclusive ISO bounds (khoảng thời gian): the one shape every function that takes a
 * range accepts, `{ start, end }`. A {@link Period} from {@link parsePeriod} is a `DateRange`, so
 * `tallyDossiers(records, parsePeriod('Quý I/2020'))` works as it reads.
 *
 * A range whose end is before its start is refused everywhere with the one code `INVALID_DATE_RANGE`.
 *
 * @example
 * ```ts
 * import type { DateRange } from 'cchc';
 * const q1: DateRange = { start: '2020-01-01', end: '2020-03-31' };
 * ```
 *
 * @category Core
 */
export interface DateRange {
  /** First day, inclusive. */
  readonly start: IsoDate;
  /** Last day, inclusive. */
  readonly end: IsoDate;
}

/**
 * The keys of a {@link Period} beyond `start` / `end` (its description). Option objects that take a range accept them
 * too, so a `Period` can be passed where a range is expected without an `UNKNOWN_KEY`.
 * @internal
 */
export const PERIOD_DESCRIPTION_KEYS: readonly string[] = Object.freeze([
  'kind',
  'year',
  'month',
  'quarter',
  'half',
  'months',
  'week',
  'label',
]);

const RANGE_KEYS: readonly string[] = Object.freeze(['start', 'end', ...PERIOD_DESCRIPTION_KEYS]);

/**
 * Check a range's bounds: both valid ISO dates, `start` ≤ `end`. Returns the two day numbers.
 * Problems are collected (both bounds are checked before throwing).
 * @internal
 */
export function readDateRange(
  start: unknown,
  end: unknown,
  path: CchcPath = [],
  names: readonly [string, string] = ['start', 'end'],
): { start: number; end: number } {
  const problems: CchcIssue[] = [];
  const read = (v: unknown, key: string): number | undefined => {
    try {
      return parseIsoDate(v, [...path, key]);
    } catch (e) {
      if (e instanceof CchcError) problems.push(...e.issues);
      else throw e;
      return undefined;
    }
  };
  const s = read(start, names[0]);
  const e = read(end, names[1]);
  if (problems.length > 0 || s === undefined || e === undefined) throw new CchcError(problems);
  if (e < s) {
    const p = { start: String(start), end: String(end), startKey: names[0], endKey: names[1] };
    throw new CchcError(issue('INVALID_DATE_RANGE', [...path, names[1]], vi.INVALID_DATE_RANGE(p), en.INVALID_DATE_RANGE(p), end));
  }
  return { start: s, end: e };
}

/**
 * Whether a date lies in a range, bounds included.
 *
 * @throws {@link CchcError} `INVALID_DATE`, `INVALID_DATE_RANGE`; `UNKNOWN_KEY` for a key of `range` that is neither a
 *   bound nor a {@link Period} description key.
 * @example
 * ```ts
 * import { dateRangeContains } from 'cchc';
 * dateRangeContains({ start: '2020-01-01', end: '2020-03-31' }, '2020-03-31'); // true
 * ```
 *
 * @category Core
 */
export function dateRangeContains(range: DateRange, date: IsoDate): boolean {
  const r = readRangeObject(range, ['range']);
  const b = readDateRange(r.start, r.end, ['range']);
  const d = parseIsoDate(date, ['date']);
  return b.start <= d && d <= b.end;
}

/**
 * A range argument, checked: an object whose keys are `start`, `end` and the {@link Period} description keys
 * (`UNKNOWN_KEY` otherwise), or `INVALID_INPUT`. Its bounds are checked by {@link readDateRange}.
 * @internal
 */
export function readRangeObject(value: unknown, path: CchcPath): { start?: unknown; end?: unknown } {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return readInputObject<{ start?: unknown; end?: unknown }>(value, RANGE_KEYS, '{ start, end }', path);
  }
  throw new CchcError(
    issue(
      'INVALID_INPUT',
      path,
      vi.INVALID_INPUT__range_object({ received: show(value) }),
      en.INVALID_INPUT__range_object({ received: show(value) }),
      value,
    ),
  );
}
