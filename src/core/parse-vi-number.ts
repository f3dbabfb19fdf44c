import type { Decimal } from 'decimal.js';
import { CchcDecimal } from './decimal.js';
import { fail, show } from './errors.js';
import { checkTextLength } from './_internal/check-limits.js';
import { readOptions } from './options.js';
import * as vi from './messages/vi/core.js';
import * as en from './messages/en/core.js';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * Scan `t` as `[+-]? integer (mark digits)?`, where the integer is one run of digits or 1–3 digits followed by groups
 * of exactly three digits, each after the same one of `groupMarks`; returns the plain form ("-1234.5") or undefined.
 * One pass, no regex: linear whatever the text (a backtracking pattern costs far more on a long run of digits).
 */
function scanNumber(t: string, groupMarks: string, mark: number): string | undefined {
  const n = t.length;
  let i = 0;
  let sign = '';
  const c0 = t.charCodeAt(0);
  if (c0 === 43 || c0 === 45) {
    sign = c0 === 45 ? '-' : '';
    i = 1;
  }
  const start = i;
  while (i < n && isDigit(t.charCodeAt(i))) i++;
  if (i === start) return undefined;
  let int = t.slice(start, i);
  if (i < n && groupMarks.includes(t[i]!)) {
    if (i - start > 3) return undefined;
    const group = t.charCodeAt(i);
    const parts = [int];
    while (i < n && t.charCodeAt(i) === group) {
      const three = isDigit(t.charCodeAt(i + 1)) && isDigit(t.charCodeAt(i + 2)) && isDigit(t.charCodeAt(i + 3));
      if (!three || isDigit(t.charCodeAt(i + 4))) return undefined;
      parts.push(t.slice(i + 1, i + 4));
      i += 4;
    }
    int = parts.join('');
  }
  let frac = '';
  if (i < n && t.charCodeAt(i) === mark) {
    const from = ++i;
    while (i < n && isDigit(t.charCodeAt(i))) i++;
    if (i === from) return undefined;
    frac = `.${t.slice(from, i)}`;
  }
  return i === n ? sign + int + frac : undefined;
}

/** Zero in any notation, signed or not: "-0", "-0.0" (as Python writes it), "-0,0", "0.000". It reads 0 every way. */
function isZeroText(t: string): boolean {
  const n = t.length;
  let i = t.charCodeAt(0) === 43 || t.charCodeAt(0) === 45 ? 1 : 0;
  const start = i;
  while (i < n && t.charCodeAt(i) === 48) i++;
  if (i === start) return false;
  if (i < n && (t.charCodeAt(i) === 46 || t.charCodeAt(i) === 44)) {
    const from = ++i;
    while (i < n && t.charCodeAt(i) === 48) i++;
    if (i === from) return false;
  }
  return i === n;
}

/** @internal Unify the spaces and minus signs real documents contain. */
function normalizeNumberText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00A0\u2007\u202F\u2009]/g, ' ')
    .replace(/[\u2212\u2012\u2013]/g, '-')
    .trim();
}

/**
 * Read a number written the Vietnamese way (đọc số kiểu Việt Nam): "." groups thousands, "," is the decimal mark.
 *
 * - "639.677" → 639677, "1.991" → 1991, "56,35" → 56.35, "3.145,5" → 3145.5, "04" → 4, "-2,5" → -2.5
 * - spaces (also non-breaking) may group thousands: "1 991" → 1991
 * - a "." must be followed by exactly three digits, and nothing may follow the decimal part, so "1.2", "12,3.4",
 *   "1,234.5" are rejected rather than guessed;
 * - zero is zero in every notation: "-0", "-0.0" (as Python writes it), "-0,0" and "0.0" all read 0 (never −0).
 *
 * Linear in the length of the text; a text longer than {@link MAX_TEXT_LENGTH} is refused.
 *
 * @returns an exact Decimal
 * @throws {@link CchcError} `AMBIGUOUS_NUMBER` when the text reads as a number only in English notation ("1.2",
 *   "1,234.5"); `INVALID_NUMBER` for anything else that is not a number ("", "abc", "12,3.4") or not a string;
 *   `TEXT_TOO_LONG` beyond {@link MAX_TEXT_LENGTH} characters.
 *
 * @example
 * ```ts
 * import { parseViNumber } from 'cchc';
 * parseViNumber('639.677').toNumber(); // 639677
 * parseViNumber('3.145,5').toString(); // '3145.5'
 * ```
 *
 * @category Core
 */
export function parseViNumber(text: string): Decimal {
  if (typeof text !== 'string') {
    return fail(
      'INVALID_NUMBER',
      [],
      vi.INVALID_NUMBER__text({ received: show(text) }),
      en.INVALID_NUMBER__text({ received: show(text) }),
      text,
    );
  }
  checkTextLength(text);
  const t = normalizeNumberText(text);
  if (isZeroText(t)) return new CchcDecimal(0);
  const plain = scanNumber(t, '. ', 44); // "." or " " groups thousands, "," is the decimal mark
  if (plain !== undefined) return new CchcDecimal(plain);
  const p = { received: show(text) };
  if (scanNumber(t, ',', 46) !== undefined) return fail('AMBIGUOUS_NUMBER', [], vi.AMBIGUOUS_NUMBER(p), en.AMBIGUOUS_NUMBER(p), text);
  return fail('INVALID_NUMBER', [], vi.INVALID_NUMBER__notNumber(p), en.INVALID_NUMBER__notNumber(p), text);
}

/**
 * Options of {@link parseViPercent}.
 *
 * @category Core
 */
export interface ParseViPercentOptions {
  /** Whether the "%" sign must be present (default `true`, so that a fraction "0,5" is never read as 0,5%). */
  readonly requireSign?: boolean;
}

const PARSE_VI_PERCENT_KEYS: readonly string[] = Object.freeze(['requireSign']);

/**
 * Read a percentage written the Vietnamese way: "99,50%" → 99.5 percent points. Spaces before "%" are allowed.
 *
 * @returns the percent points as an exact Decimal (99,50% → 99.5; use the text's own decimals if you need them,
 *   see {@link checkPrintedRate})
 * @throws {@link CchcError} as {@link parseViNumber}, and `INVALID_NUMBER` when the "%" is missing and required;
 *   `UNKNOWN_KEY` for an option it does not know.
 *
 * @example
 * ```ts
 * import { parseViPercent } from 'cchc';
 * parseViPercent('99,50%').toNumber(); // 99.5
 * parseViPercent('0,06 %').toString(); // '0.06'
 * ```
 *
 * @category Core
 */
export function parseViPercent(text: string, options?: ParseViPercentOptions): Decimal {
  const o = readOptions<ParseViPercentOptions>(options, PARSE_VI_PERCENT_KEYS);
  if (typeof text !== 'string') {
    return fail(
      'INVALID_NUMBER',
      [],
      vi.INVALID_NUMBER__percentText({ received: show(text) }),
      en.INVALID_NUMBER__percentText({ received: show(text) }),
      text,
    );
  }
  checkTextLength(text);
  const t = normalizeNumberText(text);
  const hasSign = t.endsWith('%');
  const requireSign = o.requireSign ?? true;
  if (typeof requireSign !== 'boolean') {
    const p = { key: 'requireSign', received: show(requireSign) };
    fail('INVALID_INPUT', ['options', 'requireSign'], vi.INVALID_INPUT__boolean(p), en.INVALID_INPUT__boolean(p), requireSign);
  }
  const p = { received: show(text) };
  if (!hasSign && requireSign)
    return fail('INVALID_NUMBER', [], vi.INVALID_NUMBER__missingPercent(p), en.INVALID_NUMBER__missingPercent(p), text);
  const body = hasSign ? t.slice(0, -1).trimEnd() : t;
  if (body === '') return fail('INVALID_NUMBER', [], vi.INVALID_NUMBER__emptyPercent(p), en.INVALID_NUMBER__emptyPercent(p), text);
  return parseViNumber(body);
}

/** @internal Digits after the decimal mark in a Vietnamese number text ("99,50%" → 2). Assumes the text parsed. */
export function viDecimalsOf(text: string): number {
  const t = normalizeNumberText(text).replace(/%$/, '').trimEnd();
  const comma = t.indexOf(',');
  return comma < 0 ? 0 : t.length - comma - 1;
}
