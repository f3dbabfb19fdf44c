import { z } from 'zod';
import type { Decimal } from 'decimal.js';
import { Decimal as DecimalClass } from 'decimal.js';
import { toDecimal, type DecimalInput } from '../core/decimal.js';
import { CchcError, fail, issue, show, type CchcIssue } from '../core/errors.js';
import { quantityRatio, type QuantityRatio, type RatioLike } from '../core/ratio.js';
import { parseWithSchema } from '../core/_zod-legacy.js';
import { quantityField } from './_internal/fields.js';
import { AutonomyRegimeIdSchema, getAutonomyRegime, type AutonomyBand, type AutonomyRegimeId } from './autonomy-regimes.js';

/**
 * Options of {@link autonomyGroup}.
 *
 * @example
 * ```ts
 * import type { AutonomyGroupOptions } from 'cchc';
 * const options: AutonomyGroupOptions = { regime: 'nd60-2021', fundsInvestment: true };
 * ```
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
}

/**
 * Schema of {@link AutonomyGroupOptions}.
 *
 * @example
 * ```ts
 * import { AutonomyGroupOptionsSchema } from 'cchc';
 * AutonomyGroupOptionsSchema.safeParse({ regime: 'nd16-2015' }).success; // false
 * ```
 */
export const AutonomyGroupOptionsSchema = z.object({ regime: AutonomyRegimeIdSchema, fundsInvestment: z.boolean().optional() });

/**
 * Result of {@link autonomyGroup}.
 *
 * @example
 * ```ts
 * import { autonomyGroup } from 'cchc';
 * autonomyGroup(45, { regime: 'nd60-2021' }).code; // 'partial'
 * ```
 */
export interface AutonomyClassification {
  /** The regime applied. */
  readonly regime: AutonomyRegimeId;
  /** The self-financing ratio in percent points. */
  readonly percent: Decimal;
  /** 1 … 4. */
  readonly group: 1 | 2 | 3 | 4;
  /** Stable code of the group. */
  readonly code: AutonomyBand['code'];
  /** Group 3 sub-band under NĐ 60/2021. */
  readonly subBand?: AutonomyBand['subBand'];
  /** Vietnamese name of the group. */
  readonly labelVi: string;
  /** English name of the group. */
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

function readPercent(value: unknown): Decimal {
  const looksLikeRatio = typeof value === 'object' && value !== null && !DecimalClass.isDecimal(value) && 'value' in value;
  const p = looksLikeRatio ? toDecimal((value as RatioLike).value, ['selfFinancingPercent', 'value']).times(100) : toDecimal(value, ['selfFinancingPercent']);
  if (p.isNegative()) {
    return fail('INVALID_PERCENT', ['selfFinancingPercent'], `Mức tự bảo đảm chi thường xuyên không thể âm: ${p.toString()}%`, `A self-financing ratio cannot be negative: ${p.toString()}%`, p.toString());
  }
  return p;
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
 * @param selfFinancingPercent - the ratio in percent points (`10` for 10%), or a ratio from {@link selfFinancingRatio}
 * @throws {@link CchcError} `UNKNOWN_REGIME`, `INVALID_PERCENT` (negative), `INVALID_NUMBER` (NaN, Infinity, not a
 *   number), `INVALID_INPUT` (a non-boolean `fundsInvestment`).
 * @example
 * ```ts
 * import { autonomyGroup } from 'cchc';
 * autonomyGroup(10, { regime: 'nd60-2021' }).group; // 3
 * autonomyGroup(10, { regime: 'nd60-2021' }).subBand; // '10-30'
 * autonomyGroup(10, { regime: 'tt145-2017' }).group; // 4
 * autonomyGroup(100, { regime: 'nd60-2021', fundsInvestment: true }).group; // 1
 * autonomyGroup(100, { regime: 'tt145-2017', fundsInvestment: true }).group; // 2
 * autonomyGroup(75, { regime: 'nd59' as never }); // throws CchcError UNKNOWN_REGIME
 * ```
 */
export function autonomyGroup(selfFinancingPercent: DecimalInput | RatioLike, options: AutonomyGroupOptions): AutonomyClassification {
  const problems: CchcIssue[] = [];
  let percent: Decimal | undefined;
  try {
    percent = readPercent(selfFinancingPercent);
  } catch (e) {
    if (e instanceof CchcError) problems.push(...e.issues);
    else throw e;
  }
  if (typeof options !== 'object' || options === null) {
    problems.push(issue('INVALID_INPUT', ['options'], `Cần { regime: 'nd60-2021' | 'tt145-2017' }, nhận được ${show(options)}`, `Expected { regime: 'nd60-2021' | 'tt145-2017' }, received ${show(options)}`, options));
    throw new CchcError(problems);
  }
  let regimeId: AutonomyRegimeId | undefined;
  try {
    regimeId = getAutonomyRegime(options.regime).id;
  } catch (e) {
    if (e instanceof CchcError) problems.push(...e.issues);
    else throw e;
  }
  try {
    parseWithSchema(AutonomyGroupOptionsSchema.pick({ fundsInvestment: true }), { fundsInvestment: options.fundsInvestment }, ['options']);
  } catch (e) {
    if (e instanceof CchcError) problems.push(...e.issues);
    else throw e;
  }
  if (problems.length > 0 || !percent || !regimeId) throw new CchcError(problems);
  const regime = getAutonomyRegime(regimeId);
  const funds = options.fundsInvestment ?? false;
  const band = regime.bands.find((x) => inBand(percent, x, funds));
  /* c8 ignore next 3 -- the bands of every regime cover 0…∞ (tested), so this is unreachable */
  if (!band) {
    return fail('INVALID_PERCENT', ['selfFinancingPercent'], `Không có nhóm cho ${percent.toString()}%`, `No group for ${percent.toString()}%`, percent.toString());
  }
  const out: AutonomyClassification = {
    regime: regime.id,
    percent,
    group: band.group,
    code: band.code,
    ...(band.subBand ? { subBand: band.subBand } : {}),
    labelVi: band.labelVi,
    labelEn: band.labelEn,
    band,
  };
  return Object.freeze(out);
}

/**
 * Input of {@link selfFinancingRatio}.
 *
 * @example
 * ```ts
 * import type { SelfFinancingRatioInput } from 'cchc';
 * const input: SelfFinancingRatioInput = { revenue: 4.2, recurrentSpending: 6 };
 * ```
 */
export interface SelfFinancingRatioInput {
  /** A: the revenues counted by the regime (sự-nghiệp revenues, budget orders at cost-covering prices, retained fees …). */
  readonly revenue: DecimalInput;
  /** B: the recurrent spending counted by the regime, > 0. */
  readonly recurrentSpending: DecimalInput;
}

/**
 * Schema of {@link SelfFinancingRatioInput}.
 *
 * @example
 * ```ts
 * import { SelfFinancingRatioInputSchema } from 'cchc';
 * SelfFinancingRatioInputSchema.safeParse({ revenue: 1, recurrentSpending: 2 }).success; // true
 * ```
 */
export const SelfFinancingRatioInputSchema = z.object({ revenue: quantityField(), recurrentSpending: quantityField() });

/**
 * The self-financing ratio (mức tự bảo đảm chi thường xuyên) A / B: revenues over recurrent spending, as
 * Nghị định 60/2021/NĐ-CP Điều 10 and Thông tư 145/2017/TT-BTC define it (which revenues and spending count is the
 * regime's business: pass the amounts it counts). Feed the result to {@link autonomyGroup}.
 *
 * @throws {@link CchcError} `INVALID_NUMBER` (negative, NaN, Infinity), `ZERO_DENOMINATOR` (no recurrent spending).
 * @example
 * ```ts
 * import { selfFinancingRatio, autonomyGroup, formatPercent } from 'cchc';
 * const r = selfFinancingRatio({ revenue: 4.2, recurrentSpending: 6 });
 * formatPercent(r, { decimals: 0 }); // '70%'
 * autonomyGroup(r, { regime: 'nd60-2021' }).subBand; // '70-100'
 * ```
 */
export function selfFinancingRatio(input: SelfFinancingRatioInput): QuantityRatio {
  const v = parseWithSchema(SelfFinancingRatioInputSchema, input);
  return quantityRatio(v.revenue, v.recurrentSpending);
}
