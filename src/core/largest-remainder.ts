import type { Decimal } from 'decimal.js';
import { CchcDecimal } from './decimal.js';
import { CchcError, fail, show, type CchcIssue } from './errors.js';
import { countIssue } from './ratio.js';
import { checkDecimals } from './rounding.js';
import { optionsObject } from './validate.js';

/** Options of {@link largestRemainder}. */
export interface LargestRemainderOptions {
  /** Decimals of each share, 0–20. Default 2. */
  readonly decimals?: number;
}

/**
 * Percent shares of counts that add up to exactly 100 (phương pháp phần dư lớn nhất, Hamilton's method).
 *
 * Each share is first truncated at `decimals`; the units of the last decimal still missing to reach 100 go one each
 * to the shares with the largest remainders. Equal remainders are served in input order (the earlier item first),
 * so the result is deterministic. Computed with integers (BigInt): exact for any counts.
 *
 * @param counts - non-negative integer counts, at least one of them positive
 * @returns one Decimal per count, in percent points, summing to exactly 100
 * @throws {@link CchcError} `INVALID_COUNT` for a bad count; `ZERO_DENOMINATOR` when all counts are 0.
 *
 * @example
 * ```ts
 * import { largestRemainder } from 'cchc';
 * // Seed report: 14 / 22 / 4 / 2 of 42 units were xuất sắc / tốt / khá / trung bình
 * largestRemainder([14, 22, 4, 2], { decimals: 2 }).map(String); // ['33.33', '52.38', '9.53', '4.76']
 * ```
 */
export function largestRemainder(counts: readonly number[], options?: LargestRemainderOptions): Decimal[] {
  if (!Array.isArray(counts)) {
    return fail('INVALID_INPUT', ['counts'], `Cần một mảng số đếm, nhận được ${show(counts)}`, `Expected an array of counts, received ${show(counts)}`, counts);
  }
  const decimals = checkDecimals(optionsObject(options).decimals ?? 2);
  const problems = counts.map((c, i) => countIssue(c, ['counts', i])).filter((p): p is CchcIssue => p !== undefined);
  if (problems.length > 0) throw new CchcError(problems);
  const total = counts.reduce((a, b) => a + BigInt(b), 0n);
  if (counts.length === 0) {
    return fail('ZERO_DENOMINATOR', ['counts'], 'Danh sách số đếm trống: không chia được tỷ lệ', 'The list of counts is empty: there are no shares to compute', counts.length);
  }
  if (total === 0n) {
    return fail('ZERO_DENOMINATOR', ['counts'], 'Tổng các số đếm bằng 0: không chia được tỷ lệ', 'The counts add up to 0: there are no shares to compute', counts.length);
  }
  const scale = 100n * 10n ** BigInt(decimals); // 100% in units of the last decimal
  const units = counts.map((c) => (BigInt(c) * scale) / total);
  const remainders = counts.map((c) => (BigInt(c) * scale) % total);
  let missing = scale - units.reduce((a, b) => a + b, 0n);
  const order = counts.map((_, i) => i).sort((a, b) => (remainders[b]! > remainders[a]! ? 1 : remainders[b]! < remainders[a]! ? -1 : a - b));
  for (const i of order) {
    if (missing === 0n) break;
    units[i] = units[i]! + 1n;
    missing -= 1n;
  }
  const divisor = new CchcDecimal(10).pow(decimals);
  return units.map((u) => new CchcDecimal(u.toString()).div(divisor));
}
