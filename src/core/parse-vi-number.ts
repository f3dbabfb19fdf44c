import type { Decimal } from 'decimal.js';
import { CchcDecimal } from './decimal.js';
import { fail, show } from './errors.js';
import { optionsObject } from './validate.js';

const VI_NUMBER = /^([+-]?)(\d{1,3}(?:\.\d{3})+|\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?$/;
const EN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

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
 *   "1,234.5" are rejected rather than guessed.
 *
 * @returns an exact Decimal
 * @throws {@link CchcError} `AMBIGUOUS_NUMBER` when the text reads as a number only in English notation ("1.2",
 *   "1,234.5"); `INVALID_NUMBER` for anything else that is not a number ("", "abc", "12,3.4") or not a string.
 *
 * @example
 * ```ts
 * import { parseViNumber } from 'cchc';
 * parseViNumber('639.677').toNumber(); // 639677
 * parseViNumber('3.145,5').toString(); // '3145.5'
 * ```
 */
export function parseViNumber(text: string): Decimal {
  if (typeof text !== 'string') {
    return fail('INVALID_NUMBER', [], `Cần một chuỗi số, nhận được ${show(text)}`, `Expected the text of a number, received ${show(text)}`, text);
  }
  const t = normalizeNumberText(text);
  const m = VI_NUMBER.exec(t);
  if (m) {
    const sign = m[1] === '-' ? '-' : '';
    const int = m[2]!.replace(/[. ]/g, '');
    const frac = m[3];
    return new CchcDecimal(`${sign}${int}${frac !== undefined ? `.${frac}` : ''}`);
  }
  if (EN_NUMBER.test(t)) {
    return fail(
      'AMBIGUOUS_NUMBER',
      [],
      `Số ${show(text)} không đúng cách viết tiếng Việt: dấu "." phân cách hàng nghìn (theo sau đúng 3 chữ số), dấu "," là dấu thập phân`,
      `${show(text)} is not Vietnamese notation, where "." groups thousands (followed by exactly 3 digits) and "," is the decimal mark; it would only read as an English-notation number, so it is not guessed`,
      text,
    );
  }
  return fail(
    'INVALID_NUMBER',
    [],
    `Không đọc được số: ${show(text)} (ví dụ hợp lệ: "639.677", "56,35", "3.145,5")`,
    `Not a number: ${show(text)} (valid examples: "639.677", "56,35", "3.145,5")`,
    text,
  );
}

/** Options of {@link parseViPercent}. */
export interface ParseViPercentOptions {
  /** Whether the "%" sign must be present (default `true`, so that a fraction "0,5" is never read as 0,5%). */
  readonly requireSign?: boolean;
}

/**
 * Read a percentage written the Vietnamese way: "99,50%" → 99.5 percent points. Spaces before "%" are allowed.
 *
 * @returns the percent points as an exact Decimal (99,50% → 99.5; use the text's own decimals if you need them,
 *   see {@link checkPrintedRate})
 * @throws {@link CchcError} as {@link parseViNumber}, and `INVALID_NUMBER` when the "%" is missing and required.
 *
 * @example
 * ```ts
 * import { parseViPercent } from 'cchc';
 * parseViPercent('99,50%').toNumber(); // 99.5
 * parseViPercent('0,06 %').toString(); // '0.06'
 * ```
 */
export function parseViPercent(text: string, options?: ParseViPercentOptions): Decimal {
  const o = optionsObject(options);
  if (typeof text !== 'string') {
    return fail('INVALID_NUMBER', [], `Cần một chuỗi phần trăm, nhận được ${show(text)}`, `Expected the text of a percentage, received ${show(text)}`, text);
  }
  const t = normalizeNumberText(text);
  const hasSign = t.endsWith('%');
  const requireSign = o.requireSign ?? true;
  if (typeof requireSign !== 'boolean') {
    fail('INVALID_INPUT', ['requireSign'], `requireSign phải là true hoặc false, nhận được ${show(requireSign)}`, `requireSign must be true or false, received ${show(requireSign)}`, requireSign);
  }
  if (!hasSign && requireSign) {
    return fail('INVALID_NUMBER', [], `Thiếu dấu "%": ${show(text)}`, `Missing the "%" sign: ${show(text)}`, text);
  }
  const body = hasSign ? t.slice(0, -1).trimEnd() : t;
  if (body === '') {
    return fail('INVALID_NUMBER', [], `Không có số trong tỷ lệ phần trăm ${show(text)}`, `No number in the percentage ${show(text)}`, text);
  }
  return parseViNumber(body);
}

/** @internal Digits after the decimal mark in a Vietnamese number text ("99,50%" → 2). Assumes the text parsed. */
export function viDecimalsOf(text: string): number {
  const t = normalizeNumberText(text).replace(/%$/, '').trimEnd();
  const comma = t.indexOf(',');
  return comma < 0 ? 0 : t.length - comma - 1;
}
