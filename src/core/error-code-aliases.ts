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
 *
 * @category Core
 */
export const CCHC_ERROR_CODE_ALIASES: Readonly<Record<string, CchcErrorCode>> = Object.freeze({
  INVALID_PERCENT: 'RATE_OUT_OF_RANGE', // quota, indicator (0.2): a percent outside the range a function accepts is a rate out of range
  // 0.2: every function that counts working days defaults to civilServiceCalendar; a bad calendar is INVALID_INPUT.
  CALENDAR_REQUIRED: 'INVALID_INPUT',
  PAR_RATIO_OUT_OF_RANGE: 'RATE_OUT_OF_RANGE', // par (0.2): a ratio or survey share outside [0, 1] is the core rate code
  PAR_INVALID_TARGET: 'RATE_OUT_OF_RANGE', // par (0.2): a target index outside [0, 100] is the core rate code
});
