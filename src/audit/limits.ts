import { Decimal } from 'decimal.js';
import { issue, show, type CchcIssue, type CchcPath } from '../core/errors.js';
import * as vi from '../core/messages/vi/audit.js';
import * as en from '../core/messages/en/audit.js';
// Defined with every other limit of the library in core/limits.ts (one place, issue 12).
import { MAX_AUDIT_NUMBER_DIGITS, MAX_PRINTED_FIGURE_LENGTH } from '../core/limits.js';

export { MAX_AUDIT_NUMBER_DIGITS, MAX_PRINTED_FIGURE_LENGTH };

/** The number of digits of a text, counting no further than `limit + 1`. */
function digitsOfText(text: string, limit: number): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++n > limit) return n;
  }
  return n;
}

/** The digits a decimal is written with (integer part and decimals), without building its text. */
function digitsOfDecimal(d: Decimal): number {
  if (!d.isFinite() || d.isZero()) return 1;
  const integer = d.e >= 0 ? d.e + 1 : 0;
  return integer + d.decimalPlaces();
}

function tooManyDigits(path: CchcPath, digits: string): CchcIssue {
  const p = { max: MAX_AUDIT_NUMBER_DIGITS, digits };
  return issue('INPUT_TOO_LARGE', path, vi.INPUT_TOO_LARGE__auditDigits(p), en.INPUT_TOO_LARGE__auditDigits(p));
}

/**
 * The issue of a number (text, number, bigint or Decimal) with more than {@link MAX_AUDIT_NUMBER_DIGITS} digits, if
 * it has; linear in the length of a text, constant for a Decimal.
 * @internal
 */
export function digitLimitIssue(value: unknown, path: CchcPath): CchcIssue | undefined {
  const max = MAX_AUDIT_NUMBER_DIGITS;
  if (typeof value === 'string') {
    const n = digitsOfText(value, max);
    return n > max ? tooManyDigits(path, `> ${max}`) : undefined;
  }
  if (typeof value === 'bigint') {
    // The decimal length of a bigint, from its bit length (no text of a million digits is built).
    const bits = (value < 0n ? -value : value).toString(16).length * 4;
    if ((bits * Math.LN2) / Math.LN10 > max + 1) return tooManyDigits(path, `> ${max}`);
    const n = (value < 0n ? -value : value).toString().length;
    return n > max ? tooManyDigits(path, String(n)) : undefined;
  }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    const n = digitsOfDecimal(new Decimal(value));
    return n > max ? tooManyDigits(path, String(n)) : undefined;
  }
  if (Decimal.isDecimal(value)) {
    const n = digitsOfDecimal(value as Decimal);
    return n > max ? tooManyDigits(path, String(n)) : undefined;
  }
  return undefined;
}

/**
 * The issue of a printed figure (a text) that is too long or has too many digits, if it is.
 * @internal
 */
export function printedTextIssue(text: string, path: CchcPath): CchcIssue | undefined {
  const digits = digitLimitIssue(text, path);
  if (digits) return digits;
  if (text.length > MAX_PRINTED_FIGURE_LENGTH) {
    const p = { max: MAX_PRINTED_FIGURE_LENGTH, length: text.length };
    return issue('TEXT_TOO_LONG', path, vi.TEXT_TOO_LONG__auditPrinted(p), en.TEXT_TOO_LONG__auditPrinted(p), show(text));
  }
  return undefined;
}
