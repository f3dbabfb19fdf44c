import type { Decimal } from 'decimal.js';
import { toDecimal, type DecimalInput } from './decimal.js';
import { checkLocale, type Locale } from './locale.js';
import { checkDecimals, checkRounding, roundDecimal, type RoundingMode } from './rounding.js';
import { fail, show } from './errors.js';
import { readOptions } from './options.js';
import * as vi from './messages/vi/core.js';
import * as en from './messages/en/core.js';

/**
 * Options of {@link formatNumber}.
 *
 * @category Core
 */
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

const SEPARATORS: Readonly<Record<Locale, { readonly group: string; readonly decimal: string }>> = Object.freeze({
  vi: Object.freeze({ group: '.', decimal: ',' }),
  en: Object.freeze({ group: ',', decimal: '.' }),
});

const FORMAT_NUMBER_KEYS: readonly string[] = Object.freeze(['locale', 'decimals', 'rounding', 'grouping']);

/**
 * Insert `group` between every three digits from the right, in linear time: a lookahead regex is quadratic, and so in
 * practice is joining thousands of three-digit slices; long numbers are written into a byte buffer instead.
 */
function groupThousands(digits: string, group: string): string {
  const n = digits.length;
  if (n <= 3) return digits;
  const head = n % 3 || 3;
  if (n <= 60) {
    let out = digits.slice(0, head);
    for (let i = head; i < n; i += 3) out += group + digits.slice(i, i + 3);
    return out;
  }
  const bytes = new Uint8Array(n + Math.floor((n - 1) / 3));
  const g = group.charCodeAt(0);
  let j = 0;
  for (let i = 0, k = 3 - head; i < n; i++, k++) {
    if (k === 3) {
      if (i > 0) bytes[j++] = g;
      k = 0;
    }
    bytes[j++] = digits.charCodeAt(i);
  }
  // Decode in slices (an argument list has a size limit); a few large pieces join in linear time.
  const pieces: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    pieces.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 8192) as unknown as number[]));
  }
  return pieces.join('');
}

/** @internal Write a plain decimal string ("-1234.5") with locale separators. Linear in the length of `plain`. */
export function localizeDecimalString(plain: string, locale: Locale, grouping = true): string {
  const { group, decimal } = SEPARATORS[locale];
  const negative = plain.startsWith('-');
  const body = negative ? plain.slice(1) : plain;
  const dot = body.indexOf('.');
  const intPart = (dot < 0 ? body : body.slice(0, dot)) || '0';
  const grouped = grouping ? groupThousands(intPart, group) : intPart;
  return `${negative ? '-' : ''}${grouped}${dot < 0 ? '' : decimal + body.slice(dot + 1)}`;
}

/**
 * Write a number the way Vietnamese (or English) documents do: "639.677", "3.145,5" / "639,677", "3,145.5".
 * Exact for Decimals and bigints; never uses exponent notation; no dependence on the host's Intl data.
 *
 * Linear in the number of digits; a number of more than {@link MAX_NUMBER_DIGITS} digits is refused.
 *
 * @param n - a finite number, a bigint or a Decimal
 * @throws {@link CchcError} `INVALID_NUMBER` for NaN or ±Infinity; `INPUT_TOO_LARGE` beyond {@link MAX_NUMBER_DIGITS}
 *   digits; `INVALID_INPUT` for options that are not an object or a `grouping` that is not a boolean; `UNKNOWN_KEY`
 *   for an option it does not know; `INVALID_LOCALE`, `INVALID_DECIMALS`, `INVALID_ROUNDING`.
 *
 * @example
 * ```ts
 * import { formatNumber } from 'cchc';
 * formatNumber(639677);                     // '639.677'
 * formatNumber(639677, { locale: 'en' });   // '639,677'
 * formatNumber(3145.5);                     // '3.145,5'
 * formatNumber(56.345, { decimals: 2 });    // '56,35'
 * ```
 *
 * @category Core
 */
export function formatNumber(n: DecimalInput, options?: FormatNumberOptions): string {
  const o = readOptions<FormatNumberOptions>(options, FORMAT_NUMBER_KEYS);
  const locale = checkLocale(o.locale ?? 'vi', ['options', 'locale']);
  const grouping = o.grouping ?? true;
  if (typeof grouping !== 'boolean') {
    fail(
      'INVALID_INPUT',
      ['options', 'grouping'],
      vi.INVALID_INPUT__boolean({ key: 'grouping', received: show(grouping) }),
      en.INVALID_INPUT__boolean({ key: 'grouping', received: show(grouping) }),
      grouping,
    );
  }
  const rounding = o.rounding === undefined ? 'half-up' : checkRounding(o.rounding, ['options', 'rounding']);
  let d: Decimal = toDecimal(n, ['n']);
  let plain: string;
  if (o.decimals !== undefined) {
    const decimals = checkDecimals(o.decimals, ['options', 'decimals']);
    d = roundDecimal(d, decimals, rounding);
    plain = d.toFixed(decimals);
  } else {
    plain = d.toFixed();
  }
  if (d.isZero() && plain.startsWith('-')) plain = plain.slice(1); // no "-0"
  return localizeDecimalString(plain, locale, grouping);
}
