/**
 * Which days of a calendar are provisional (their verdict rests on rules, not on a published schedule), as a prefix
 * count, so that "is there a provisional day between a and b, and which is the first?" is O(1).
 * @internal
 */
import { civilToDays, daysToCivil } from '../../core/iso-date.js';
import type { DayStatus } from '../types.js';
import { prefixIndex } from './day-index.js';

export interface ProvisionalIndex {
  /** 1 = provisional, per day offset. */
  readonly flags: Uint8Array;
  /** Provisional days in [first, first + offset], per day offset. */
  readonly count: Int32Array;
  /** Day number of the k-th provisional day (k = 1 … total); slot 0 unused. */
  readonly at: Int32Array;
}

/**
 * A day is provisional when it is marked with status `'provisional'`, or unmarked in a year without an official
 * schedule (`isProvisionalYear`); a day marked `'official'` is official in any year.
 *
 * @category Calendar
 */
export function buildProvisionalIndex(
  first: number,
  last: number,
  isProvisionalYear: (year: number) => boolean,
  marked: ReadonlyMap<number, { readonly status: DayStatus }>,
): ProvisionalIndex {
  const len = last - first + 1;
  const flags = new Uint8Array(len);
  const y1 = daysToCivil(last).year;
  for (let y = daysToCivil(first).year; y <= y1; y++) {
    if (!isProvisionalYear(y)) continue;
    const a = Math.max(first, civilToDays(y, 1, 1)) - first;
    const b = Math.min(last, civilToDays(y, 12, 31)) - first;
    flags.fill(1, a, b + 1);
  }
  for (const [day, e] of marked) {
    const i = day - first;
    if (i >= 0 && i < len) flags[i] = e.status === 'provisional' ? 1 : 0;
  }
  const { index, atIndex } = prefixIndex(first, flags);
  return { flags, count: index, at: atIndex };
}

/**
 * The first provisional day (a day number) met going from offset `a` to offset `b` (either direction, both included),
 * or undefined when there is none.
 *
 * @category Calendar
 */
export function firstProvisionalIn(p: ProvisionalIndex, a: number, b: number): number | undefined {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const before = lo > 0 ? p.count[lo - 1]! : 0;
  const upTo = p.count[hi]!;
  if (upTo === before) return undefined;
  return a <= b ? p.at[before + 1]! : p.at[upTo]!;
}
