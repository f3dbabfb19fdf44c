import { CchcError, issue, type CchcPath } from '../errors.js';
import * as vi from '../messages/vi/core.js';
import * as en from '../messages/en/core.js';
import { MAX_NUMBER_DIGITS, MAX_TEXT_LENGTH } from '../limits.js';

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
