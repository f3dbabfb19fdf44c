import type { CchcErrorCode } from './error-codes.js';

/**
 * Codes merged into another (near-duplicates), old → new. A program that switched on an old code can test with
 * {@link isCchcError}`(e, oldCode)`, which accepts the code that replaced it.
 *
 * @example
 * ```ts
 * import { CCHC_ERROR_CODE_ALIASES } from 'cchc';
 * typeof CCHC_ERROR_CODE_ALIASES; // 'object'
 * ```
 */
export const CCHC_ERROR_CODE_ALIASES: Readonly<Record<string, CchcErrorCode>> = Object.freeze({
  // 0.2: every function that counts working days defaults to civilServiceCalendar; a bad calendar is INVALID_INPUT.
  CALENDAR_REQUIRED: 'INVALID_INPUT',
});
