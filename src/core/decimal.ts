import { Decimal } from 'decimal.js';
import { CchcError, issue, show, type CchcPath } from './errors.js';
import { MAX_NUMBER_DIGITS } from './limits.js';
import { tooManyDigits } from './_internal/check-limits.js';
import * as vi from './messages/vi/core.js';
import * as en from './messages/en/core.js';

const SETTINGS = { precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 } as const;

/**
 * The decimal constructor every `cchc` computation uses: a `Decimal.clone` with 40 significant digits and half-up as
 * its default rounding. It never touches decimal.js's global configuration (`Decimal.set`), so an application's own
 * Decimal settings and ours cannot interfere. Instances are ordinary decimal.js `Decimal`s (`x instanceof Decimal`
 * holds).
 *
 * The library computes with a private constructor of the same settings: changing this one (`CchcDecimal.set(…)`)
 * changes only the caller's own `new CchcDecimal(…)` values, never the results of `cchc` functions.
 *
 * 40 significant digits are far beyond any printed figure: a ratio of two counts below 10^15 is never closer
 * than 10^-31 to a rounding boundary it does not sit on, so rounding at up to 20 decimals is exact.
 *
 * @example
 * ```ts
 * import { CchcDecimal } from 'cchc';
 * new CchcDecimal(618369).div(621448).times(100).toFixed(2); // '99.50'
 * ```
 *
 * @category Core
 */
export const PublicCchcDecimal: typeof Decimal = /* @__PURE__ */ Decimal.clone(SETTINGS);

/**
 * The constructor of every computation of the library (private: exported to the public as a separate clone,
 * {@link PublicCchcDecimal}, so that a caller's `CchcDecimal.set(…)` cannot change the library's results).
 * @internal
 */
export const CchcDecimal: typeof Decimal = /* @__PURE__ */ Decimal.clone(SETTINGS);

/**
 * Anything `cchc` accepts where an exact number is expected: a finite JS number, a Decimal, or a bigint.
 *
 * @category Core
 */
export type DecimalInput = number | bigint | Decimal;

let bigLimit: bigint | undefined;

/** Digits of a finite Decimal written out in full (integer digits plus decimals), without writing it. */
function writtenDigits(d: Decimal): number {
  return (d.e >= 0 ? d.e + 1 : 1) + d.decimalPlaces();
}

/**
 * Convert a number-like input to a Decimal, rejecting NaN, ±Infinity and non-numbers with a {@link CchcError}, and a
 * number of more than {@link MAX_NUMBER_DIGITS} digits with `INPUT_TOO_LARGE` (checked without writing it out).
 * @internal
 */
export function toDecimal(value: unknown, path: CchcPath = []): Decimal {
  if (Decimal.isDecimal(value)) {
    const d = value as Decimal;
    if (!d.isFinite()) notFinite(d.toString(), path);
    const digits = writtenDigits(d);
    if (digits > MAX_NUMBER_DIGITS) tooManyDigits(String(digits), path);
    return d.isZero() ? new CchcDecimal(0) : new CchcDecimal(d);
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) notFinite(show(value), path);
    return new CchcDecimal(value === 0 ? 0 : value); // never a negative zero
  }
  if (typeof value === 'bigint') {
    bigLimit ??= 10n ** BigInt(MAX_NUMBER_DIGITS);
    if (value >= bigLimit || value <= -bigLimit) tooManyDigits(`> ${MAX_NUMBER_DIGITS}`, path);
    return new CchcDecimal(value.toString());
  }
  const p = { received: show(value) };
  throw new CchcError(issue('INVALID_NUMBER', path, vi.INVALID_NUMBER__type(p), en.INVALID_NUMBER__type(p), value));
}

function notFinite(received: string, path: CchcPath): never {
  throw new CchcError(
    issue('INVALID_NUMBER', path, vi.INVALID_NUMBER__finite({ received }), en.INVALID_NUMBER__finite({ received }), received),
  );
}
