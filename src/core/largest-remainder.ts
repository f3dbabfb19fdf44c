import type { Decimal } from 'decimal.js';
import { CchcDecimal } from './decimal.js';
import { CchcError, MAX_ISSUES, fail, show, type CchcIssue } from './errors.js';
import { countIssue } from './ratio.js';
import { checkDecimals } from './rounding.js';
import { readOptions } from './options.js';
import * as vi from './messages/vi/core.js';
import * as en from './messages/en/core.js';

/**
 * Options of {@link largestRemainder}.
 *
 * @category Core
 */
export interface LargestRemainderOptions {
  /** Decimals of each share, 0–20. Default 2. */
  readonly decimals?: number;
}

const LARGEST_REMAINDER_KEYS: readonly string[] = Object.freeze(['decimals']);

/**
 * Percent shares of counts that add up to exactly 100 (phương pháp phần dư lớn nhất, Hamilton's method).
 *
 * Each share is first truncated at `decimals`; the units of the last decimal still missing to reach 100 go one each
 * to the shares with the largest remainders. Equal remainders are served in input order (the earlier item first),
 * so the result is deterministic. Computed with integers (BigInt): exact for any counts.
 *
 * @param counts - non-negative integer counts, at least one of them positive
 * @returns one Decimal per count, in percent points, summing to exactly 100
 * @throws {@link CchcError} `INVALID_COUNT` for a bad count (also a hole of a sparse array); `ZERO_DENOMINATOR` when all
 *   counts are 0 or there are none; `INVALID_INPUT` / `UNKNOWN_KEY` for bad options; `INVALID_DECIMALS`.
 *
 * @example
 * ```ts
 * import { largestRemainder } from 'cchc';
 * // Seed report: 14 / 22 / 4 / 2 of 42 units were xuất sắc / tốt / khá / trung bình
 * largestRemainder([14, 22, 4, 2], { decimals: 2 }).map(String); // ['33.33', '52.38', '9.53', '4.76']
 * ```
 *
 * @category Core
 */
export function largestRemainder(counts: readonly number[], options?: LargestRemainderOptions): Decimal[] {
  const o = readOptions<LargestRemainderOptions>(options, LARGEST_REMAINDER_KEYS);
  if (!Array.isArray(counts)) {
    return fail(
      'INVALID_INPUT',
      ['counts'],
      vi.INVALID_INPUT__counts({ received: show(counts) }),
      en.INVALID_INPUT__counts({ received: show(counts) }),
      counts,
    );
  }
  const decimals = checkDecimals(o.decimals ?? 2, ['options', 'decimals']);
  const problems: CchcIssue[] = [];
  // An index loop visits the holes of a sparse array (undefined: INVALID_COUNT), which `map` would skip.
  for (let i = 0; i < counts.length; i++) {
    const p = countIssue(counts[i], ['counts', i]);
    if (p && problems.push(p) >= MAX_ISSUES) break;
  }
  if (problems.length > 0) throw new CchcError(problems);
  if (counts.length === 0)
    return fail('ZERO_DENOMINATOR', ['counts'], vi.ZERO_DENOMINATOR__empty(), en.ZERO_DENOMINATOR__empty(), counts.length);
  // A copy made by Array.from: `map` on the caller's array would call a `constructor` it may carry (Symbol.species).
  const list = Array.from(counts);
  const total = list.reduce((a, b) => a + BigInt(b), 0n);
  if (total === 0n)
    return fail('ZERO_DENOMINATOR', ['counts'], vi.ZERO_DENOMINATOR__allZero(), en.ZERO_DENOMINATOR__allZero(), counts.length);
  const scale = 100n * 10n ** BigInt(decimals); // 100% in units of the last decimal
  const units = list.map((c) => (BigInt(c) * scale) / total);
  const remainders = list.map((c) => (BigInt(c) * scale) % total);
  let missing = scale - units.reduce((a, b) => a + b, 0n);
  const order = list.map((_, i) => i).sort((a, b) => (remainders[b]! > remainders[a]! ? 1 : remainders[b]! < remainders[a]! ? -1 : a - b));
  for (const i of order) {
    if (missing === 0n) break;
    units[i] = units[i]! + 1n;
    missing -= 1n;
  }
  const divisor = new CchcDecimal(10).pow(decimals);
  return units.map((u) => new CchcDecimal(u.toString()).div(divisor));
}
