import type { Decimal } from 'decimal.js';
import { toDecimal, type DecimalInput } from './decimal.js';
import { checkLocale, type Locale } from './locale.js';
import { checkDecimals, checkRounding, roundDecimal, type RoundingMode } from './rounding.js';
import { fail, show } from './errors.js';
import { optionsObject } from './validate.js';

/** Options of {@link formatNumber}. */
export interface FormatNumberOptions {
  /** `vi` (default): "3.145,5"; `en`: "3,145.5". */
  readonly locale?: Locale;
  /** Fixed number of decimals; when absent the number is written exactly as it is (no rounding). */
  readonly decimals?: number;
  /** Rounding mode when `decimals` is given. Default `'half-up'`. */
  readonly rounding?: RoundingMode;
  /** Group thousands (default `true`): "1.991". With `false`: "1991". */
  readonly grouping?: boolean;
}

const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/** @internal Write a plain decimal string ("-1234.5") with locale separators. */
export function localizeDecimalString(plain: string, locale: Locale, grouping = true): string {
  const { group, decimal } = SEPARATORS[locale];
  const negative = plain.startsWith('-');
  const body = negative ? plain.slice(1) : plain;
  const [intPart = '0', fracPart] = body.split('.');
  const grouped = grouping ? intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group) : intPart;
  return `${negative ? '-' : ''}${grouped}${fracPart !== undefined ? decimal + fracPart : ''}`;
}

/**
 * Write a number the way Vietnamese (or English) documents do: "639.677", "3.145,5" / "639,677", "3,145.5".
 * Exact for Decimals and bigints; never uses exponent notation; no dependence on the host's Intl data.
 *
 * @param n - a finite number, a bigint or a Decimal
 * @throws {@link CchcError} `INVALID_NUMBER` for NaN or ±Infinity; `INVALID_INPUT` for options that are not an object
 *   or a `grouping` that is not a boolean; `INVALID_LOCALE`, `INVALID_DECIMALS`, `INVALID_ROUNDING`.
 *
 * @example
 * ```ts
 * import { formatNumber } from 'cchc';
 * formatNumber(639677);                     // '639.677'
 * formatNumber(639677, { locale: 'en' });   // '639,677'
 * formatNumber(3145.5);                     // '3.145,5'
 * formatNumber(56.345, { decimals: 2 });    // '56,35'
 * ```
 */
export function formatNumber(n: DecimalInput, options?: FormatNumberOptions): string {
  const o = optionsObject(options);
  const locale = checkLocale(o.locale ?? 'vi');
  const grouping = o.grouping ?? true;
  if (typeof grouping !== 'boolean') {
    fail('INVALID_INPUT', ['grouping'], `grouping phải là true hoặc false, nhận được ${show(grouping)}`, `grouping must be true or false, received ${show(grouping)}`, grouping);
  }
  let d: Decimal = toDecimal(n, ['n']);
  let plain: string;
  if (o.decimals !== undefined) {
    const decimals = checkDecimals(o.decimals);
    d = roundDecimal(d, decimals, checkRounding(o.rounding ?? 'half-up'));
    plain = d.toFixed(decimals);
  } else {
    plain = d.toFixed();
  }
  if (/^-0(\.0*)?$/.test(plain)) plain = plain.slice(1); // no "-0"
  return localizeDecimalString(plain, locale, grouping);
}
