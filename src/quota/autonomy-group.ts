import type { Decimal } from 'decimal.js';
import { CchcDecimal, toDecimal, type DecimalInput } from '../core/decimal.js';
import { CchcError, issue, type CchcIssue } from '../core/errors.js';
import { quantityRatio, type QuantityRatio, type RatioLike } from '../core/ratio.js';
import type { RateInput } from '../core/rate-input.js';
import type { BilingualText } from '../core/bilingual.js';
import { collect, isFiniteDecimal, readRate, toQuantity, withDeprecated } from '../core/fields.js';
import { AutonomyGroupOptionsSchema, SelfFinancingRatioInputSchema } from './autonomy-schema.js';
import { getAutonomyRegime, type AutonomyBand, type AutonomyRegimeId } from './autonomy-regimes.js';
import * as vi from '../core/messages/vi/quota.js';
import * as en from '../core/messages/en/quota.js';
import * as viCore from '../core/messages/vi/core.js';
import * as enCore from '../core/messages/en/core.js';

/**
 * Options of {@link autonomyGroup}.
 *
 * @example
 * ```ts
 * import type { AutonomyGroupOptions } from 'cchc';
 * const options: AutonomyGroupOptions = { regime: 'nd60-2021', fundsInvestment: true };
 * ```
 *
 * @category Quotas
 */
export interface AutonomyGroupOptions {
  /** Which regulation's thresholds apply: `'nd60-2021'` or `'tt145-2017'` (no default: they differ at 10% and 100%). */
  readonly regime: AutonomyRegimeId;
  /**
   * Whether the unit also self-funds investment (tự bảo đảm chi đầu tư): under NĐ 60/2021, self-funded investment ≥
   * depreciation of fixed assets (or only non-budget services at market prices); under TT 145/2017, investment
   * self-financed from the development fund, loans, …. Needed for group 1. Default `false` (not claimed).
   */
  readonly fundsInvestment?: boolean;
  /**
   * Read a number (or a Decimal, a bigint) as **percent points**, as `cchc` 0.1 did: `10` is 10%. Without it a number
   * is a fraction like every rate of the library (`0.1` is 10%). For code written against 0.1 only; prefer a
   * fraction, a text such as `'10%'`, or a ratio from {@link selfFinancingRatio}.
   */
  readonly percentPoints?: boolean;
}

/**
 * Result of {@link autonomyGroup}.
 *
 * @example
 * ```ts
 * import { autonomyGroup } from 'cchc';
 * autonomyGroup(0.45, { regime: 'nd60-2021' }).code; // 'partial'
 * ```
 *
 * @category Quotas
 */
export interface AutonomyClassification {
  /** The regime applied. */
  readonly regime: AutonomyRegimeId;
  /** The self-financing ratio as read: a fraction (`value` 0.1 = 10%), with its amounts when it came from a ratio. */
  readonly ratio: RatioLike;
  /** The self-financing ratio in percent points (10 for 10%). */
  readonly percent: Decimal;
  /** 1 … 4. */
  readonly group: 1 | 2 | 3 | 4;
  /** Stable code of the group. */
  readonly code: AutonomyBand['code'];
  /** Group 3 sub-band under NĐ 60/2021. */
  readonly subBand?: AutonomyBand['subBand'];
  /** Name of the group, in Vietnamese and English. */
  readonly label: BilingualText;
  /** @deprecated Use `label.vi` (0.2). */
  readonly labelVi: string;
  /** @deprecated Use `label.en` (0.2). */
  readonly labelEn: string;
  /** The band that matched (thresholds as data). */
  readonly band: AutonomyBand;
}

function inBand(p: Decimal, band: AutonomyBand, fundsInvestment: boolean): boolean {
  if (band.requiresInvestment && !fundsInvestment) return false;
  if (band.min && (band.min.inclusive ? p.lt(band.min.percent) : p.lte(band.min.percent))) return false;
  if (band.max && (band.max.inclusive ? p.gt(band.max.percent) : p.gte(band.max.percent))) return false;
  return true;
}

const PATH = ['selfFinancing'] as const;

/** The 0.1 reading: a number is percent points; a ratio object is a fraction. */
function readPercentPoints(value: unknown): RatioLike {
  if (typeof value === 'object' && value !== null && !isFiniteDecimal(value) && Object.hasOwn(value, 'value'))
    return readRate(value as RateInput, {}, [...PATH]);
  const points = toDecimal(value, [...PATH]);
  if (points.lt(0)) {
    const p = { value: points.toString(), max: '' };
    throw new CchcError(issue('RATE_OUT_OF_RANGE', PATH, viCore.RATE_OUT_OF_RANGE(p), enCore.RATE_OUT_OF_RANGE(p), points.toString()));
  }
  return Object.freeze({ value: points.isZero() ? new CchcDecimal(0) : points.div(100) });
}

/**
 * The financial-autonomy group of a public service unit (nhóm tự chủ tài chính của đơn vị sự nghiệp công lập) from its
 * self-financing ratio (mức tự bảo đảm chi thường xuyên), under a named regime whose thresholds are data
 * ({@link AUTONOMY_REGIMES}).
 *
 * - `nd60-2021` (Nghị định 60/2021/NĐ-CP Điều 9): group 1 ≥ 100% with self-funded investment; group 2 ≥ 100%;
 *   group 3 10% to under 100% (sub-bands 70 / 30 / 10); group 4 under 10%.
 * - `tt145-2017` (Thông tư 145/2017/TT-BTC): group 1 over 100% with investment; group 2 ≥ 100%; group 3 over 10% to
 *   under 100%; group 4 10% or less.
 *
 * The ratio is a {@link RateInput}, read like every rate of the library: a ratio from {@link selfFinancingRatio} or
 * `ratio()`, a fraction (`0.1` is 10%), or a text with its sign (`'10%'`). A number is never percent points, unless
 * the option `percentPoints: true` asks for the 0.1 reading.
 *
 * @param selfFinancing - the self-financing ratio (a fraction, 1 = 100%; it may exceed 1)
 * @throws {@link CchcError} `UNKNOWN_REGIME` (with a `suggestion`), `RATE_OUT_OF_RANGE` (negative), `INVALID_NUMBER`
 *   (NaN, Infinity, a text without "%"), `INVALID_INPUT` (not a rate, options not an object, a non-boolean
 *   `fundsInvestment`), `UNKNOWN_KEY` (an option it does not know) — every problem listed.
 * @example
 * ```ts
 * import { autonomyGroup, ratio } from 'cchc';
 * autonomyGroup(0.1, { regime: 'nd60-2021' }).group; // 3
 * autonomyGroup('10%', { regime: 'nd60-2021' }).subBand; // '10-30'
 * autonomyGroup(ratio(1, 10), { regime: 'tt145-2017' }).group; // 4
 * autonomyGroup(1, { regime: 'nd60-2021', fundsInvestment: true }).group; // 1
 * autonomyGroup('100%', { regime: 'tt145-2017', fundsInvestment: true }).group; // 2
 * autonomyGroup(10, { regime: 'nd60-2021', percentPoints: true }).group; // 3
 * autonomyGroup(0.75, { regime: 'nd59' as never }); // throws CchcError UNKNOWN_REGIME
 * ```
 *
 * @category Quotas
 */
export function autonomyGroup(selfFinancing: RateInput, options: AutonomyGroupOptions): AutonomyClassification;
/**
 * The 0.1 reading: `selfFinancingPercent` in percent points (`10` is 10%), or a ratio.
 *
 * @category Quotas
 */
export function autonomyGroup(
  selfFinancingPercent: DecimalInput | RatioLike,
  options: AutonomyGroupOptions & { readonly percentPoints: true },
): AutonomyClassification;
export function autonomyGroup(selfFinancing: RateInput | DecimalInput, options: AutonomyGroupOptions): AutonomyClassification {
  const problems: CchcIssue[] = [];
  const opts = collect(problems, () => AutonomyGroupOptionsSchema.parse(options, { path: ['options'] }));
  // The reading of a number depends on `percentPoints`: read the ratio after the options, report it first.
  const optionProblems = problems.splice(0);
  const r = collect(problems, () =>
    opts?.percentPoints === true ? readPercentPoints(selfFinancing) : readRate(selfFinancing as RateInput, {}, [...PATH]),
  );
  problems.push(...optionProblems);
  if (problems.length > 0 || !opts || !r) throw new CchcError(problems);
  const regime = getAutonomyRegime(opts.regime, ['options', 'regime']);
  const funds = opts.fundsInvestment ?? false;
  const percent = r.value.times(100);
  const band = regime.bands.find((x) => inBand(percent, x, funds));
  /* c8 ignore next 4 -- the bands of every regime cover 0…∞ (tested), so this is unreachable */
  if (!band) {
    const p = { percent: percent.toString() };
    throw new CchcError(
      issue(
        'RATE_OUT_OF_RANGE',
        PATH,
        vi.RATE_OUT_OF_RANGE__noAutonomyBand(p),
        en.RATE_OUT_OF_RANGE__noAutonomyBand(p),
        percent.toString(),
      ),
    );
  }
  const out: AutonomyClassification = {
    regime: regime.id,
    ratio: r,
    percent,
    group: band.group,
    code: band.code,
    ...(band.subBand ? { subBand: band.subBand } : {}),
    label: band.label,
    band,
  } as AutonomyClassification;
  return Object.freeze(withDeprecated(out, { labelVi: band.label.vi, labelEn: band.label.en }));
}

/**
 * Input of {@link selfFinancingRatio}.
 *
 * @example
 * ```ts
 * import type { SelfFinancingRatioInput } from 'cchc';
 * const input: SelfFinancingRatioInput = { revenue: 4.2, recurrentSpending: 6 };
 * ```
 *
 * @category Quotas
 */
export interface SelfFinancingRatioInput {
  /** A: the revenues counted by the regime (sự-nghiệp revenues, budget orders at cost-covering prices, retained fees …). */
  readonly revenue: DecimalInput;
  /** B: the recurrent spending counted by the regime, > 0. */
  readonly recurrentSpending: DecimalInput;
}

/**
 * The self-financing ratio (mức tự bảo đảm chi thường xuyên) A / B: revenues over recurrent spending, as
 * Nghị định 60/2021/NĐ-CP Điều 10 and Thông tư 145/2017/TT-BTC define it (which revenues and spending count is the
 * regime's business: pass the amounts it counts). Feed the result to {@link autonomyGroup}.
 *
 * @throws {@link CchcError} `INVALID_NUMBER` (negative, NaN, Infinity), `ZERO_DENOMINATOR` (no recurrent spending),
 *   `INVALID_INPUT` (not an object), `UNKNOWN_KEY`.
 * @example
 * ```ts
 * import { selfFinancingRatio, autonomyGroup, formatPercent } from 'cchc';
 * const r = selfFinancingRatio({ revenue: 4.2, recurrentSpending: 6 });
 * formatPercent(r, { decimals: 0 }); // '70%'
 * autonomyGroup(r, { regime: 'nd60-2021' }).subBand; // '70-100'
 * ```
 *
 * @category Quotas
 */
export function selfFinancingRatio(input: SelfFinancingRatioInput): QuantityRatio {
  const v = SelfFinancingRatioInputSchema.parse(input);
  return quantityRatio(toQuantity(v.revenue), toQuantity(v.recurrentSpending));
}
