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
  PAR_RATIO_OUT_OF_RANGE: 'RATE_OUT_OF_RANGE', // par (0.2): a ratio or survey share outside [0, 1] is the core rate code
  PAR_INVALID_TARGET: 'INVALID_PERCENT', // par (0.2): a target index outside [0, 100] is the core percentage code
});
