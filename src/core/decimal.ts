import { Decimal } from 'decimal.js';
import { fail, show } from './errors.js';

/**
 * The decimal constructor every `cchc` computation uses: a `Decimal.clone` with 40 significant digits and
 * half-up as its default rounding. It never touches decimal.js's global configuration (`Decimal.set`), so an
 * application's own Decimal settings and ours cannot interfere. Instances are ordinary decimal.js `Decimal`s
 * (`x instanceof Decimal` holds).
 *
 * 40 significant digits are far beyond any printed figure: a ratio of two counts below 10^15 is never closer
 * than 10^-31 to a rounding boundary it does not sit on, so rounding at up to 20 decimals is exact.
 *
 * @example
 * ```ts
 * import { CchcDecimal } from 'cchc';
 * new CchcDecimal(618369).div(621448).times(100).toFixed(2); // '99.50'
 * ```
 */
export const CchcDecimal: typeof Decimal = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -40,
  toExpPos: 40,
});

/** Anything `cchc` accepts where an exact number is expected: a finite JS number, a Decimal, or a bigint. */
export type DecimalInput = number | bigint | Decimal;

/**
 * Convert a number-like input to a Decimal, rejecting NaN, ±Infinity and non-numbers with a {@link CchcError}.
 * @internal
 */
export function toDecimal(value: unknown, path: readonly (string | number)[] = []): Decimal {
  if (Decimal.isDecimal(value)) {
    const d = value as Decimal;
    if (!d.isFinite()) fail('INVALID_NUMBER', path, `Số không hữu hạn: ${d.toString()}`, `Not a finite number: ${d.toString()}`, d.toString());
    return new CchcDecimal(d);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) fail('INVALID_NUMBER', path, `Số không hữu hạn: ${show(value)}`, `Not a finite number: ${show(value)}`, value);
    return new CchcDecimal(value);
  }
  if (typeof value === 'bigint') return new CchcDecimal(value.toString());
  return fail(
    'INVALID_NUMBER',
    path,
    `Cần một số (number, bigint hoặc Decimal), nhận được ${show(value)}`,
    `Expected a number (number, bigint or Decimal), received ${show(value)}`,
    value,
  );
}
