import { z } from 'zod';
import type { Decimal } from 'decimal.js';
import { toDecimal, type DecimalInput } from '../core/decimal.js';
import { formatIsoDate, type IsoDate } from '../core/iso-date.js';
import { quantityRatio, type QuantityRatio } from '../core/ratio.js';
import { fail, show } from '../core/errors.js';
import { parseWithSchema } from '../core/_zod-legacy.js';
import { quantityField } from './_internal/fields.js';
import { type SourceRef } from './source-ref.js';
import { SourceRefSchema } from '../core/_zod-legacy.js';

/**
 * Which plan a disbursement rate divides by (kế hoạch vốn làm mẫu số). Reports use either:
 * - `pm-assigned`: the plan assigned by the Prime Minister (kế hoạch Thủ tướng Chính phủ giao), the basis of the
 *   national 95% target;
 * - `province-assigned`: the plan the province assigned (kế hoạch tỉnh giao / kế hoạch vốn cả năm), which includes
 *   locally added capital and so is usually larger.
 *
 * The two give different rates for the same money (e.g. 21% of the annual plan vs 22% of the PM plan, VietnamNet,
 * https://vietnamnet.vn/giai-ngan-dau-tu-cong-trong-5-thang-uoc-dat-21-ke-hoach-nam-pre2286523.html): always say which.
 *
 * @example
 * ```ts
 * import type { DisbursementPlanKind } from 'cchc';
 * const kind: DisbursementPlanKind = 'pm-assigned';
 * ```
 */
export type DisbursementPlanKind = 'pm-assigned' | 'province-assigned';

/**
 * Schema of {@link DisbursementPlanKind}.
 *
 * @example
 * ```ts
 * import { DisbursementPlanKindSchema } from 'cchc';
 * DisbursementPlanKindSchema.safeParse('annual').success; // false
 * ```
 */
export const DisbursementPlanKindSchema = z.enum(['pm-assigned', 'province-assigned']);

/**
 * A disbursement target preset: at least `percent` % of a plan of kind `planKind`.
 *
 * @example
 * ```ts
 * import type { DisbursementTarget } from 'cchc';
 * const t: DisbursementTarget = { id: 'province-90', percent: 90, planKind: 'province-assigned', measuredVi: '31/12', measuredEn: '31 December', sources: [] };
 * ```
 */
export interface DisbursementTarget {
  /** Stable id. */
  readonly id: string;
  /** The minimum rate in percent points. */
  readonly percent: number;
  /** The plan the target is stated against. */
  readonly planKind: DisbursementPlanKind;
  /** When the year's result is measured. */
  readonly measuredVi: string;
  /** When the year's result is measured (English). */
  readonly measuredEn: string;
  /** Sources. */
  readonly sources: readonly SourceRef[];
}

/**
 * Schema of {@link DisbursementTarget}.
 *
 * @example
 * ```ts
 * import { DisbursementTargetSchema, DISBURSEMENT_TARGET_95 } from 'cchc';
 * DisbursementTargetSchema.safeParse(DISBURSEMENT_TARGET_95).success; // true
 * ```
 */
export const DisbursementTargetSchema = z.object({
  id: z.string().min(1),
  percent: z.number().positive().max(100),
  planKind: DisbursementPlanKindSchema,
  measuredVi: z.string(),
  measuredEn: z.string(),
  sources: z.array(SourceRefSchema),
});

/**
 * The national disbursement target: at least 95% of the plan assigned by the Prime Minister (mục tiêu giải ngân
 * trên 95% kế hoạch Thủ tướng giao), measured at the end of the disbursement window, 31 January of the next year.
 *
 * Sources: MPI/MOF as reported for 2023 (VietnamPlus, VOV; reliability B); Law on Public Investment 2019 art. 68 for
 * the window (LawNet; C).
 *
 * @example
 * ```ts
 * import { DISBURSEMENT_TARGET_95 } from 'cchc';
 * DISBURSEMENT_TARGET_95.percent; // 95
 * ```
 */
export const DISBURSEMENT_TARGET_95: DisbursementTarget = Object.freeze({
  id: 'disbursement-95-pm-plan',
  percent: 95,
  planKind: 'pm-assigned',
  measuredVi: 'Đến hết 31/01 năm sau (hết thời hạn giải ngân kế hoạch năm)',
  measuredEn: 'At 31 January of the following year (end of the plan year’s disbursement window)',
  sources: Object.freeze([
    Object.freeze({ document: 'MPI/MOF target for 2023, VietnamPlus', url: 'https://en.vietnamplus.vn/public-investment-disbursement-improves-in-seven-months/265414.vnp', reliability: 'B' as const }),
    Object.freeze({ document: 'VOV World', url: 'https://m.vovworld.vn/en-US/news/public-investment-disbursement-increases-sharply-in-8-months-1228837.vov', reliability: 'B' as const }),
    Object.freeze({ document: 'Luật Đầu tư công 2019', article: 'Điều 68', url: 'https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/new-regulations-on-the-disbursement-time-of-public-investment-capital-in-2020-142656.html', reliability: 'C' as const }),
  ]),
});

/**
 * Input of {@link disbursementRate}.
 *
 * @example
 * ```ts
 * import type { DisbursementRateInput } from 'cchc';
 * const input: DisbursementRateInput = { disbursed: 3145, plan: 5582, planKind: 'province-assigned' };
 * ```
 */
export interface DisbursementRateInput {
  /** Money disbursed so far (same unit as `plan`, e.g. billion VND: 3145 for "3.145 tỷ đồng"). */
  readonly disbursed: DecimalInput;
  /** The plan (same unit), > 0. */
  readonly plan: DecimalInput;
  /** Which plan `plan` is; when absent the result says `'unspecified'`. */
  readonly planKind?: DisbursementPlanKind;
  /** A target to compare with, e.g. {@link DISBURSEMENT_TARGET_95}. */
  readonly target?: DisbursementTarget;
}

/**
 * Schema of {@link DisbursementRateInput}.
 *
 * @example
 * ```ts
 * import { DisbursementRateInputSchema } from 'cchc';
 * DisbursementRateInputSchema.safeParse({ disbursed: 3145, plan: 5582 }).success; // true
 * ```
 */
export const DisbursementRateInputSchema = z.object({
  disbursed: quantityField(),
  plan: quantityField(),
  planKind: DisbursementPlanKindSchema.optional(),
  target: DisbursementTargetSchema.optional(),
});

/**
 * Result of {@link disbursementRate}.
 *
 * @example
 * ```ts
 * import { disbursementRate } from 'cchc';
 * disbursementRate({ disbursed: 3145, plan: 5582 }).planKind; // 'unspecified'
 * ```
 */
export interface DisbursementRate {
  /** disbursed / plan (exact). */
  readonly rate: QuantityRatio;
  /** The money disbursed. */
  readonly disbursed: Decimal;
  /** The plan. */
  readonly plan: Decimal;
  /** Which plan was divided by. */
  readonly planKind: DisbursementPlanKind | 'unspecified';
  /** Comparison with `target`, when one was given. */
  readonly target?: {
    readonly id: string;
    readonly percent: number;
    /** Whether rate ≥ target percent (exact). */
    readonly met: boolean;
    /** Whether the rate uses the plan the target is stated against (a rate of another plan is not comparable). */
    readonly comparable: boolean;
  };
}

/**
 * Disbursement rate of the public investment plan (tỷ lệ giải ngân vốn đầu tư công): disbursed / plan, exact, with
 * the plan named (see {@link DisbursementPlanKind}) and an optional target such as {@link DISBURSEMENT_TARGET_95}.
 *
 * @throws {@link CchcError} `INVALID_NUMBER` (NaN, Infinity, a negative amount), `ZERO_DENOMINATOR` (plan 0),
 *   `INVALID_INPUT` (an unknown plan kind).
 * @example
 * ```ts
 * import { disbursementRate, DISBURSEMENT_TARGET_95, formatPercent } from 'cchc';
 * // Kiên Giang to 30/11/2019: 3.145 of 5.582 billion VND (the report printed 56,35%)
 * const d = disbursementRate({ disbursed: 3145, plan: 5582, planKind: 'province-assigned', target: DISBURSEMENT_TARGET_95 });
 * formatPercent(d.rate); // '56,34%'
 * d.target!.met; // false
 * d.target!.comparable; // false
 * ```
 */
export function disbursementRate(input: DisbursementRateInput): DisbursementRate {
  const v = parseWithSchema(DisbursementRateInputSchema, input);
  const rate = quantityRatio(v.disbursed, v.plan);
  const planKind = v.planKind ?? 'unspecified';
  const out: DisbursementRate = {
    rate,
    disbursed: toDecimal(v.disbursed),
    plan: toDecimal(v.plan),
    planKind,
    ...(v.target
      ? {
          target: Object.freeze({
            id: v.target.id,
            percent: v.target.percent,
            met: rate.value.times(100).gte(v.target.percent),
            comparable: planKind === v.target.planKind,
          }),
        }
      : {}),
  };
  return Object.freeze(out);
}

/**
 * The last day money of a plan year may be disbursed (thời hạn giải ngân): 31 January of the following year (Law on
 * Public Investment 2019 art. 68; Law on Public Investment 2024 art. 72 keeps it). Extensions decided by the Prime
 * Minister or the provincial People's Council are not modelled.
 *
 * @throws {@link CchcError} `INVALID_INPUT` for a year outside 1–9998.
 * @example
 * ```ts
 * import { disbursementDeadline } from 'cchc';
 * disbursementDeadline(2019); // '2020-01-31'
 * ```
 */
export function disbursementDeadline(planYear: number): IsoDate {
  if (!Number.isInteger(planYear) || planYear < 1 || planYear > 9998) {
    return fail('INVALID_INPUT', ['planYear'], `Năm kế hoạch không hợp lệ: ${show(planYear)}`, `Not a valid plan year: ${show(planYear)}`, planYear);
  }
  return formatIsoDate(planYear + 1, 1, 31);
}
