import { CchcError, issue, type CchcPath } from './errors.js';
import * as vi from './messages/vi/core.js';
import * as en from './messages/en/core.js';

/**
 * The longest text a parser of `cchc` reads (độ dài tối đa của văn bản cần đọc): a number ("639.677"), a percentage,
 * a period ("6 tháng đầu năm 2020"), a date-time. Longer text is refused with `TEXT_TOO_LONG` before any work is done.
 *
 * Why real documents never hit it: the longest such value in the seed plan and report is under 100 characters (a
 * range "từ ngày 16/12/2018 đến ngày 15/9/2019" has 37), and a figure has at most a few dozen digits. The limit is
 * there so that a hostile or corrupted cell (a megabyte of digits) costs nothing; every parser is linear in its input
 * below it.
 *
 * @example
 * ```ts
 * import { MAX_TEXT_LENGTH, parseViNumber, isCchcError } from 'cchc';
 * MAX_TEXT_LENGTH; // 10000
 * let code = '';
 * try { parseViNumber('1'.repeat(MAX_TEXT_LENGTH + 1)); } catch (e) { if (isCchcError(e)) code = e.code; }
 * code; // 'TEXT_TOO_LONG'
 * ```
 */
export const MAX_TEXT_LENGTH = 10_000;

/**
 * The most digits a number may have when written out in full (số chữ số tối đa): integer digits plus decimals, e.g.
 * 10^(10^9) as a Decimal, or a bigint of a million digits. Such a number is refused with `INPUT_TOO_LARGE` at once,
 * rather than exhausting memory when it is written out or rounded.
 *
 * Why real documents never hit it: figures of administrative reports are counts and amounts below 10^20 (a
 * provincial budget in đồng has 15 digits) and rates computed with 40 significant digits; the limit is 100,000.
 *
 * @example
 * ```ts
 * import { MAX_NUMBER_DIGITS, formatNumber, isCchcError } from 'cchc';
 * MAX_NUMBER_DIGITS; // 100000
 * let code = '';
 * try { formatNumber(10n ** 200000n); } catch (e) { if (isCchcError(e)) code = e.code; }
 * code; // 'INPUT_TOO_LARGE'
 * ```
 */
export const MAX_NUMBER_DIGITS = 100_000;

/**
 * Refuse a text longer than {@link MAX_TEXT_LENGTH} (`TEXT_TOO_LONG`).
 * @internal
 */
export function checkTextLength(text: string, path: CchcPath = []): void {
  if (text.length > MAX_TEXT_LENGTH) {
    const p = { max: MAX_TEXT_LENGTH, length: text.length };
    throw new CchcError(issue('TEXT_TOO_LONG', path, vi.TEXT_TOO_LONG(p), en.TEXT_TOO_LONG(p), text));
  }
}

/**
 * The `INPUT_TOO_LARGE` error of a number with more than {@link MAX_NUMBER_DIGITS} digits (`digits` as written, or a
 * lower bound).
 * @internal
 */
export function tooManyDigits(digits: string, path: CchcPath = []): never {
  const p = { max: MAX_NUMBER_DIGITS, digits };
  throw new CchcError(issue('INPUT_TOO_LARGE', path, vi.INPUT_TOO_LARGE__digits(p), en.INPUT_TOO_LARGE__digits(p)));
}
