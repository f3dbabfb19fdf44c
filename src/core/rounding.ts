import { Decimal } from 'decimal.js';
import { fail, show, type CchcPath } from './errors.js';
import { toDecimal, type DecimalInput } from './decimal.js';
import * as vi from './messages/vi/core.js';
import * as en from './messages/en/core.js';

/**
 * The rounding modes `cchc` knows (cách làm tròn). Rounding is always explicit: every function that rounds takes
 * one of these, and says which it uses by default.
 *
 * - `half-up`: to nearest, ties away from zero (làm tròn thông thường; 0,745 → 0,75). The default: Vietnamese reports
 *   round this way when they round at all.
 * - `half-even`: to nearest, ties to the even digit (banker's rounding; 0,745 → 0,74).
 * - `down`: towards zero, i.e. truncation (cắt bỏ; 97,969 → 97,96). The seed report truncates some rates.
 * - `up`: away from zero (97,961 → 97,97).
 *
 * @example
 * ```ts
 * import type { RoundingMode } from 'cchc';
 * const mode: RoundingMode = 'half-even';
 * ```
 *
 * @category Core
 */
export type RoundingMode = 'half-up' | 'half-even' | 'down' | 'up';

/**
 * The rounding modes as a list, in a stable order.
 *
 * @category Core
 */
export const ROUNDING_MODES: readonly RoundingMode[] = Object.freeze(['half-up', 'half-even', 'down', 'up']);

const DECIMAL_JS_MODE: Readonly<Record<RoundingMode, Decimal.Rounding>> = Object.freeze({
  'half-up': Decimal.ROUND_HALF_UP,
  'half-even': Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
});

/** @internal */
export function checkRounding(mode: unknown, path: CchcPath = ['rounding']): RoundingMode {
  // An own key only: 'toString' or 'constructor' is not a rounding mode (`in` would have accepted them).
  if (typeof mode === 'string' && Object.hasOwn(DECIMAL_JS_MODE, mode)) return mode as RoundingMode;
  return fail('INVALID_ROUNDING', path, vi.INVALID_ROUNDING(show(mode)), en.INVALID_ROUNDING(show(mode)), mode);
}

/** @internal */
export function checkDecimals(decimals: unknown, path: CchcPath = ['decimals']): number {
  if (typeof decimals === 'number' && Number.isInteger(decimals) && decimals >= 0 && decimals <= 20) return decimals;
  return fail(
    'INVALID_DECIMALS',
    path,
    vi.INVALID_DECIMALS({ received: show(decimals) }),
    en.INVALID_DECIMALS({ received: show(decimals) }),
    decimals,
  );
}

/**
 * Round a decimal to a number of decimals with an explicit mode.
 *
 * @param value - the number to round (number, bigint or Decimal)
 * @param decimals - digits after the decimal mark, 0–20
 * @param mode - the rounding mode; see {@link RoundingMode}
 *
 * @example
 * ```ts
 * import { roundDecimal, CchcDecimal } from 'cchc';
 * roundDecimal(new CchcDecimal('97.9689'), 2, 'down').toString(); // '97.96'
 * roundDecimal(new CchcDecimal('0.745'), 2, 'half-even').toString(); // '0.74'
 * ```
 *
 * @category Core
 */
export function roundDecimal(value: DecimalInput, decimals: number, mode: RoundingMode): Decimal {
  const v = toDecimal(value, ['value']);
  const d = checkDecimals(decimals);
  const m = checkRounding(mode);
  return v.toDecimalPlaces(d, DECIMAL_JS_MODE[m]);
}
