import type { Decimal } from 'decimal.js';
import { CchcDecimal, toDecimal, type DecimalInput } from './decimal.js';
import { CchcError, fail, issue, show, type CchcIssue } from './errors.js';

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
 */
export interface RatioLike {
  /** The fraction, 1 = 100%. */
  readonly value: Decimal;
}


/** @internal */
export function countIssue(value: unknown, path: readonly (string | number)[]): CchcIssue | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return undefined;
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) {
    return issue(
      'INVALID_COUNT',
      path,
      `Số đếm ${show(value)} vượt quá ${Number.MAX_SAFE_INTEGER} (số nguyên lớn nhất JavaScript biểu diễn chính xác)`,
      `The count ${show(value)} exceeds ${Number.MAX_SAFE_INTEGER}, the largest integer a JavaScript number holds exactly`,
      value,
    );
  }
  return issue(
    'INVALID_COUNT',
    path,
    `Số đếm phải là số nguyên không âm, nhận được ${show(value)}`,
    `A count must be a non-negative integer, received ${show(value)}`,
    value,
  );
}

/** @internal */
export function checkCount(value: unknown, path: readonly (string | number)[]): number {
  const problem = countIssue(value, path);
  if (problem) throw new CchcError(problem);
  return value as number;
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
 */
export function ratio(numerator: number, denominator: number): Ratio {
  const problems = [countIssue(numerator, ['numerator']), countIssue(denominator, ['denominator'])].filter(
    (p): p is CchcIssue => p !== undefined,
  );
  if (problems.length > 0) throw new CchcError(problems);
  if (denominator === 0) zeroDenominator(numerator, denominator);
  return Object.freeze({ numerator, denominator, value: new CchcDecimal(numerator).div(denominator) });
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
 */
export function quantityRatio(numerator: DecimalInput, denominator: DecimalInput): QuantityRatio {
  const problems: CchcIssue[] = [];
  const read = (v: unknown, key: string): Decimal | undefined => {
    try {
      const d = toDecimal(v, [key]);
      if (d.isNegative()) {
        problems.push(issue('INVALID_NUMBER', [key], `Đại lượng không được âm: ${d.toString()}`, `A quantity may not be negative: ${d.toString()}`, d.toString()));
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
  return fail(
    'ZERO_DENOMINATOR',
    ['denominator'],
    `Mẫu số bằng 0 (${numerator}/${denominator}): không tính được tỷ lệ`,
    `The denominator is 0 (${numerator}/${denominator}): the rate is undefined`,
    denominator,
  );
}

/** @internal Whether a value looks like a ratio (has a Decimal `value`). */
export function checkRatioLike(value: unknown, path: readonly (string | number)[] = ['ratio']): RatioLike {
  const v = (value as { value?: unknown } | null | undefined)?.value;
  if (typeof value === 'object' && value !== null && v !== undefined) {
    const d = toDecimal(v, [...path, 'value']);
    return { value: d };
  }
  return fail(
    'INVALID_INPUT',
    path,
    `Cần một tỷ lệ (kết quả của ratio() hoặc quantityRatio()), nhận được ${show(value)}`,
    `Expected a ratio (from ratio() or quantityRatio()), received ${show(value)}`,
    value,
  );
}
