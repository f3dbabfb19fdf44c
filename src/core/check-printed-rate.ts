import type { Decimal } from 'decimal.js';
import { toDecimal, type DecimalInput } from './decimal.js';
import { CchcError, fail } from './errors.js';
import { readInputObject } from './options.js';
import * as vi from './messages/vi/core.js';
import * as en from './messages/en/core.js';
import { parseViPercent, viDecimalsOf } from './parse-vi-number.js';
import { exactPercent } from './percent.js';
import { quantityRatio } from './ratio.js';
import { checkDecimals, ROUNDING_MODES, roundDecimal, type RoundingMode } from './rounding.js';

/**
 * How a printed rate relates to the figures it was computed from (kết luận kiểm tra tỷ lệ in trong báo cáo).
 * - `rounded`: half-up rounding at the printed number of decimals gives exactly the printed text (whether or not
 *   truncation also does);
 * - `truncated`: only truncation gives it (the digits after were cut off, e.g. 97,969… printed "97,96%");
 * - `inconsistent`: neither: the printed rate does not follow from the figures.
 *
 * @category Core
 */
export type PrintedRateVerdict = 'rounded' | 'truncated' | 'inconsistent';

/**
 * Input of {@link checkPrintedRate}.
 *
 * @category Core
 */
export interface CheckPrintedRateInput {
  /** The count or quantity on top, e.g. 618369. */
  readonly numerator: DecimalInput;
  /** The count or quantity below, e.g. 621448. Not 0. */
  readonly denominator: DecimalInput;
  /**
   * The printed rate: a Vietnamese percent text ("99,50%"; its decimals count, so keep trailing zeros) or a number of
   * percent points (99.5; then the decimals are those of the number's shortest form, unless `decimals` is given).
   */
  readonly printed: string | DecimalInput;
  /** Override the number of decimals the rate was printed with. */
  readonly decimals?: number;
}

/**
 * Result of {@link checkPrintedRate}.
 *
 * @category Core
 */
export interface PrintedRateCheck {
  /** See {@link PrintedRateVerdict}. */
  readonly verdict: PrintedRateVerdict;
  /** The exact percent (40 significant digits), e.g. 99.50454… */
  readonly computed: Decimal;
  /** The printed rate in percent points. */
  readonly printed: Decimal;
  /** Decimals the rate was printed with. */
  readonly decimals: number;
  /** `computed` rounded half-up at `decimals`. */
  readonly expectedRounded: Decimal;
  /** `computed` truncated at `decimals`. */
  readonly expectedTruncated: Decimal;
  /** printed − computed, in percent points. */
  readonly difference: Decimal;
  /** Every rounding mode that reproduces the printed value (possibly none), in the order of `ROUNDING_MODES`. */
  readonly matchingModes: readonly RoundingMode[];
}

const CHECK_PRINTED_RATE_KEYS: readonly string[] = Object.freeze(['numerator', 'denominator', 'printed', 'decimals']);

/**
 * Check a rate printed in a report against the figures it claims to come from (kiểm tra tỷ lệ phần trăm in sẵn).
 * Reports round some rates, truncate others, and get some wrong; this says which.
 *
 * @throws {@link CchcError} `ZERO_DENOMINATOR`, `INVALID_NUMBER`, `AMBIGUOUS_NUMBER` (printed text), `INVALID_DECIMALS` (a bad
 *   `decimals`, or a printed number with more than 20 decimals and no `decimals`); `INVALID_INPUT` (not an object);
 *   `UNKNOWN_KEY` (a key it does not know, e.g. `denominater`, with a suggestion).
 *
 * @example
 * ```ts
 * import { checkPrintedRate } from 'cchc';
 * // Seed report (Báo cáo 389/BC-UBND, 2019), district level and the whole province:
 * checkPrintedRate({ numerator: 107422, denominator: 109649, printed: '97,96%' }).verdict; // 'truncated'
 * checkPrintedRate({ numerator: 618369, denominator: 621448, printed: '99,50%' }).verdict; // 'rounded'
 * checkPrintedRate({ numerator: 3145, denominator: 5582, printed: '56,35%' }).verdict;     // 'inconsistent'
 * ```
 *
 * @category Core
 */
export function checkPrintedRate(input: CheckPrintedRateInput): PrintedRateCheck {
  readInputObject(input, CHECK_PRINTED_RATE_KEYS, '{ numerator, denominator, printed, decimals? }');
  const r = quantityRatio(input.numerator, input.denominator);
  let printed: Decimal;
  let decimals: number;
  if (typeof input.printed === 'string') {
    try {
      printed = parseViPercent(input.printed, { requireSign: false });
    } catch (e) {
      if (e instanceof CchcError) throw new CchcError(e.issues.map((i) => ({ ...i, path: ['printed', ...i.path] })));
      throw e;
    }
    decimals = viDecimalsOf(input.printed);
  } else {
    printed = toDecimal(input.printed, ['printed']);
    decimals = Math.max(0, printed.decimalPlaces());
  }
  if (input.decimals !== undefined) decimals = checkDecimals(input.decimals, ['decimals']);
  else if (decimals > 20) {
    const p = { printed: printed.toString(), decimals };
    fail('INVALID_DECIMALS', ['printed'], vi.INVALID_DECIMALS__printed(p), en.INVALID_DECIMALS__printed(p), printed.toString());
  }
  const computed = exactPercent(r);
  const expectedRounded = roundDecimal(computed, decimals, 'half-up');
  const expectedTruncated = roundDecimal(computed, decimals, 'down');
  const matchingModes = ROUNDING_MODES.filter((m) => roundDecimal(computed, decimals, m).eq(printed));
  const verdict: PrintedRateVerdict = expectedRounded.eq(printed)
    ? 'rounded'
    : expectedTruncated.eq(printed)
      ? 'truncated'
      : 'inconsistent';
  return Object.freeze({
    verdict,
    computed,
    printed,
    decimals,
    expectedRounded,
    expectedTruncated,
    difference: printed.minus(computed),
    matchingModes: Object.freeze(matchingModes),
  });
}
