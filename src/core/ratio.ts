import type { Decimal } from 'decimal.js';
import { CchcDecimal, toDecimal, type DecimalInput } from './decimal.js';
import { CchcError, fail, issue, show, type CchcIssue, type CchcPath } from './errors.js';
import * as vi from './messages/vi/core.js';
import * as en from './messages/en/core.js';

/**
 * An exact rate between two counts (tỷ lệ), e.g. dossiers resolved on time over dossiers resolved.
 * The counts are kept, so a rate can always be explained ("618.369/621.448") and recomputed.
 * `value` is the fraction (0.995…), never a float; turn it into percent points with `percent` and into text
 * with `formatPercent`.
 *
 * @example
 * ```ts
 * import { ratio, type Ratio } from 'cchc';
 * const r: Ratio = ratio(618369, 621448);
 * r.value.toFixed(6); // '0.995045'
 * r.numerator; // 618369
 * ```
 *
 * @category Core
 */
export interface Ratio {
  /** The count on top (tử số). */
  readonly numerator: number;
  /** The count below (mẫu số), never 0. */
  readonly denominator: number;
  /** numerator / denominator as a decimal with 40 significant digits. */
  readonly value: Decimal;
}

/**
 * A rate between two non-integer quantities (amounts of money, points), e.g. 3.145 of 5.582 billion VND disbursed.
 * @example
 * ```ts
 * import { quantityRatio, type QuantityRatio } from 'cchc';
 * const q: QuantityRatio = quantityRatio(3145, 5582);
 * q.value.toFixed(4); // '0.5634'
 * ```
 *
 * @category Core
 */
export interface QuantityRatio {
  /** The quantity on top. */
  readonly numerator: Decimal;
  /** The quantity below, never 0. */
  readonly denominator: Decimal;
  /** numerator / denominator as a decimal with 40 significant digits. */
  readonly value: Decimal;
}

/**
 * Anything with an exact fraction `value`: a {@link Ratio} or a {@link QuantityRatio}. Functions that only need the
 * fraction (`percent`, `formatPercent`) accept this.
 *
 * @category Core
 */
export interface RatioLike {
  /** The fraction, 1 = 100%. */
  readonly value: Decimal;
}

/** @internal */
export function countIssue(value: unknown, path: CchcPath): CchcIssue | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) {
    const p = { received: show(value), max: Number.MAX_SAFE_INTEGER };
    return issue('INVALID_COUNT', path, vi.INVALID_COUNT__unsafe(p), en.INVALID_COUNT__unsafe(p), value);
  }
  return issue('INVALID_COUNT', path, vi.INVALID_COUNT__schema(show(value)), en.INVALID_COUNT__schema(show(value)), value);
}

/** @internal A checked count; `-0` is read as `0`. */
export function checkCount(value: unknown, path: CchcPath): number {
  const problem = countIssue(value, path);
  if (problem) throw new CchcError(problem);
  return (value as number) + 0;
}

/**
 * Make an exact {@link Ratio} of two counts (tỷ lệ giữa hai số đếm).
 *
 * Counts are non-negative integers. A rate above 1 is allowed (a target exceeded). The denominator may not be 0:
 * a rate over nothing is not 0% and not 100%; callers decide what to show (functions that return rates over possibly
 * empty sets return `null` instead).
 *
 * @param numerator - the count on top, e.g. dossiers resolved on time
 * @param denominator - the count below, e.g. dossiers resolved
 * @throws {@link CchcError} `INVALID_COUNT` for a negative, fractional, non-finite or non-number count;
 *   `ZERO_DENOMINATOR` when `denominator` is 0.
 *
 * @example
 * ```ts
 * import { ratio, formatPercent } from 'cchc';
 * // Seed report (Báo cáo 389/BC-UBND, 2019): 618.369 of 621.448 dossiers resolved on time
 * const r = ratio(618369, 621448);
 * formatPercent(r); // '99,50%'
 * ```
 *
 * @category Core
 */
export function ratio(numerator: number, denominator: number): Ratio {
  const problems = [countIssue(numerator, ['numerator']), countIssue(denominator, ['denominator'])].filter(
    (p): p is CchcIssue => p !== undefined,
  );
  if (problems.length > 0) throw new CchcError(problems);
  if (denominator === 0) zeroDenominator(numerator, denominator);
  const n = numerator + 0; // -0 (a count written "-0") is 0
  return Object.freeze({ numerator: n, denominator, value: new CchcDecimal(n).div(denominator) });
}

/**
 * Make a {@link QuantityRatio} of two non-negative quantities (amounts, points), e.g. 3.145 of 5.582 billion VND.
 *
 * @throws {@link CchcError} `INVALID_NUMBER` for NaN, ±Infinity or a negative quantity; `ZERO_DENOMINATOR`.
 *
 * @example
 * ```ts
 * import { quantityRatio, formatPercent } from 'cchc';
 * formatPercent(quantityRatio(3145, 5582)); // '56,34%' (the seed report printed 56,35%)
 * ```
 *
 * @category Core
 */
export function quantityRatio(numerator: DecimalInput, denominator: DecimalInput): QuantityRatio {
  const problems: CchcIssue[] = [];
  const read = (v: unknown, key: string): Decimal | undefined => {
    try {
      const d = toDecimal(v, [key]);
      if (d.isNegative()) {
        const p = { received: d.toString() };
        problems.push(
          issue('INVALID_NUMBER', [key], vi.INVALID_NUMBER__negativeQuantity(p), en.INVALID_NUMBER__negativeQuantity(p), d.toString()),
        );
        return undefined;
      }
      return d;
    } catch (e) {
      if (e instanceof CchcError) problems.push(...e.issues);
      else throw e;
      return undefined;
    }
  };
  const n = read(numerator, 'numerator');
  const d = read(denominator, 'denominator');
  if (problems.length > 0 || !n || !d) throw new CchcError(problems);
  if (d.isZero()) zeroDenominator(n.toString(), 0);
  return Object.freeze({ numerator: n, denominator: d, value: n.div(d) });
}

function zeroDenominator(numerator: number | string, denominator: number): never {
  const p = { numerator: String(numerator), denominator: String(denominator) };
  return fail('ZERO_DENOMINATOR', ['denominator'], vi.ZERO_DENOMINATOR(p), en.ZERO_DENOMINATOR(p), denominator);
}

/** @internal Whether a value looks like a ratio (has an own Decimal `value`). */
export function checkRatioLike(value: unknown, path: CchcPath = ['ratio']): RatioLike {
  if (typeof value === 'object' && value !== null && Object.hasOwn(value, 'value')) {
    const d = toDecimal((value as { value: unknown }).value, [...path, 'value']);
    return { value: d };
  }
  return fail(
    'INVALID_INPUT',
    path,
    vi.INVALID_INPUT__ratio({ received: show(value) }),
    en.INVALID_INPUT__ratio({ received: show(value) }),
    value,
  );
}
