import type { Decimal } from 'decimal.js';
import { toDecimal, type DecimalInput } from './decimal.js';
import { localizeDecimalString } from './format-number.js';
import { checkLocale, type Locale } from './locale.js';
import { exactPercent } from './percent.js';
import type { RatioLike } from './ratio.js';
import { checkDecimals, checkRounding, roundDecimal, type RoundingMode } from './rounding.js';
import { readOptions } from './options.js';

/**
 * Options of {@link formatPercent} and {@link formatPercentPoints}.
 *
 * @category Core
 */
export interface FormatPercentOptions {
  /** Digits after the decimal mark, 0–20. Default 2. */
  readonly decimals?: number;
  /** Rounding mode. Default `'half-up'`. */
  readonly rounding?: RoundingMode;
  /** `vi` (default): "99,50%"; `en`: "99.50%". */
  readonly locale?: Locale;
}

const FORMAT_PERCENT_KEYS: readonly string[] = Object.freeze(['decimals', 'rounding', 'locale']);

/**
 * Write a rate as a percentage the way reports print it: "99,50%" (vi) or "99.50%" (en). Trailing zeros are kept.
 *
 * @example
 * ```ts
 * import { ratio, formatPercent } from 'cchc';
 * formatPercent(ratio(618369, 621448));                          // '99,50%'
 * formatPercent(ratio(618369, 621448), { locale: 'en' });        // '99.50%'
 * formatPercent(ratio(107422, 109649), { rounding: 'down' });    // '97,96%'
 * formatPercent(ratio(14, 42), { decimals: 1 });                 // '33,3%'
 * ```
 *
 * @category Core
 */
export function formatPercent(r: RatioLike, options?: FormatPercentOptions): string {
  const o = readOptions<FormatPercentOptions>(options, FORMAT_PERCENT_KEYS);
  return formatPercentPoints(exactPercent(r), o);
}

/**
 * Write a number of percent points as a percentage: 56.345 → "56,35%". For values already in percent points
 * (a score index, a printed rate); rates made with `ratio` go through {@link formatPercent}.
 *
 * @example
 * ```ts
 * import { formatPercentPoints } from 'cchc';
 * formatPercentPoints(5.93, { decimals: 2 }); // '5,93%'
 * ```
 *
 * @category Core
 */
export function formatPercentPoints(points: DecimalInput, options?: FormatPercentOptions): string {
  const o = readOptions<FormatPercentOptions>(options, FORMAT_PERCENT_KEYS);
  const decimals = checkDecimals(o.decimals ?? 2, ['options', 'decimals']);
  const locale = checkLocale(o.locale ?? 'vi', ['options', 'locale']);
  const rounding = checkRounding(o.rounding ?? 'half-up', ['options', 'rounding']);
  const p: Decimal = roundDecimal(toDecimal(points, ['points']), decimals, rounding);
  const fixed = p.toFixed(decimals);
  const plain = p.isZero() && fixed.startsWith('-') ? fixed.slice(1) : fixed; // no "-0,00%"
  return `${localizeDecimalString(plain, locale)}%`;
}
