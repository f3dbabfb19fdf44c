import type { Decimal } from 'decimal.js';
import { checkRatioLike, type RatioLike } from './ratio.js';
import { checkDecimals, checkRounding, roundDecimal, type RoundingMode } from './rounding.js';
import { readOptions } from './options.js';

/**
 * Options of {@link percent}.
 *
 * @category Core
 */
export interface PercentOptions {
  /** Digits after the decimal mark, 0–20. Default 2 (Vietnamese reports print "99,50%"). */
  readonly decimals?: number;
  /** Rounding mode. Default `'half-up'`. */
  readonly rounding?: RoundingMode;
}

const PERCENT_KEYS: readonly string[] = Object.freeze(['decimals', 'rounding']);

/**
 * A rate in percent points (phần trăm), rounded explicitly: 99.50 for 99,50%.
 *
 * @param r - a {@link Ratio} or {@link QuantityRatio}
 * @returns a Decimal with exactly the requested decimals (use `.toFixed(decimals)` to keep trailing zeros)
 *
 * @example
 * ```ts
 * import { ratio, percent } from 'cchc';
 * const r = ratio(107422, 109649);              // seed report, district level
 * percent(r).toString();                         // '97.97' (half-up)
 * percent(r, { rounding: 'down' }).toString();   // '97.96' (what the report printed: truncated)
 * ```
 *
 * @category Core
 */
export function percent(r: RatioLike, options?: PercentOptions): Decimal {
  const o = readOptions<PercentOptions>(options, PERCENT_KEYS);
  const { value } = checkRatioLike(r);
  const decimals = checkDecimals(o.decimals ?? 2, ['options', 'decimals']);
  const rounding = checkRounding(o.rounding ?? 'half-up', ['options', 'rounding']);
  return roundDecimal(value.times(100), decimals, rounding);
}

/**
 * A rate in percent points without rounding (40 significant digits): 99.5045… for 618.369/621.448.
 *
 * @example
 * ```ts
 * import { ratio, exactPercent } from 'cchc';
 * exactPercent(ratio(1, 8)).toString(); // '12.5'
 * ```
 *
 * @category Core
 */
export function exactPercent(r: RatioLike): Decimal {
  return checkRatioLike(r).value.times(100);
}
