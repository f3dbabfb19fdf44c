import type { Decimal } from 'decimal.js';
import type { DecimalInput } from '../core/decimal.js';
import { formatIsoDate, type IsoDate } from '../core/iso-date.js';
import { quantityRatio, type QuantityRatio } from '../core/ratio.js';
import { fail, show } from '../core/errors.js';
import type { BilingualText } from '../core/bilingual.js';
import { deepFreeze } from '../core/_internal/freeze.js';
import { toQuantity, withDeprecated } from '../core/fields.js';
import { DisbursementRateInputSchema } from './disbursement-schema.js';
import type { SourceRef } from './source-ref.js';
import * as vi from '../core/messages/vi/quota.js';
import * as en from '../core/messages/en/quota.js';

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
 *
 * @category Quotas
 */
export type DisbursementPlanKind = 'pm-assigned' | 'province-assigned';

/**
 * A disbursement target preset: at least `percent` % of a plan of kind `planKind`.
 *
 * @example
 * ```ts
 * import type { DisbursementTarget } from 'cchc';
 * const t: DisbursementTarget = {
 *   id: 'province-90', percent: 90, planKind: 'province-assigned', measured: { vi: '31/12', en: '31 December' }, sources: [],
 * };
 * ```
 *
 * @category Quotas
 */
export interface DisbursementTarget {
  /** Stable id. */
  readonly id: string;
  /** The minimum rate in percent points (95 for 95%). */
  readonly percent: number;
  /** The plan the target is stated against. */
  readonly planKind: DisbursementPlanKind;
  /** When the year's result is measured, in Vietnamese and English. */
  readonly measured: BilingualText;
  /** @deprecated Use `measured.vi` (0.2). */
  readonly measuredVi?: string;
  /** @deprecated Use `measured.en` (0.2). */
  readonly measuredEn?: string;
  /** Sources. */
  readonly sources: readonly SourceRef[];
}

const MEASURED_95: BilingualText = {
  vi: 'Đến hết 31/01 năm sau (hết thời hạn giải ngân kế hoạch năm)',
  en: 'At 31 January of the following year (end of the plan year’s disbursement window)',
};

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
 *
 * @category Quotas
 */
export const DISBURSEMENT_TARGET_95: DisbursementTarget = deepFreeze(
  withDeprecated<DisbursementTarget>(
    {
      id: 'disbursement-95-pm-plan',
      percent: 95,
      planKind: 'pm-assigned',
      measured: MEASURED_95,
      sources: [
        {
          document: 'MPI/MOF target for 2023, VietnamPlus',
          url: 'https://en.vietnamplus.vn/public-investment-disbursement-improves-in-seven-months/265414.vnp',
          reliability: 'B',
        },
        {
          document: 'VOV World',
          url: 'https://m.vovworld.vn/en-US/news/public-investment-disbursement-increases-sharply-in-8-months-1228837.vov',
          reliability: 'B',
        },
        {
          document: 'Luật Đầu tư công 2019',
          article: 'Điều 68',
          url: 'https://lawnet.vn/thong-tin-phap-luat/en/chinh-sach-moi/new-regulations-on-the-disbursement-time-of-public-investment-capital-in-2020-142656.html',
          reliability: 'C',
        },
      ],
    },
    { measuredVi: MEASURED_95.vi, measuredEn: MEASURED_95.en },
  ),
);

/**
 * Input of {@link disbursementRate}.
 *
 * @example
 * ```ts
 * import type { DisbursementRateInput } from 'cchc';
 * const input: DisbursementRateInput = { disbursed: 3145, plan: 5582, planKind: 'province-assigned' };
 * ```
 *
 * @category Quotas
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
 * Result of {@link disbursementRate}.
 *
 * @example
 * ```ts
 * import { disbursementRate } from 'cchc';
 * disbursementRate({ disbursed: 3145, plan: 5582 }).planKind; // 'unspecified'
 * ```
 *
 * @category Quotas
 */
export interface DisbursementRate {
  /** disbursed / plan, a share (exact; it may exceed 1 when the plan was exceeded). */
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
    /** The target's minimum in percent points. */
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
 *   `INVALID_INPUT` (an unknown plan kind, not an object), `UNKNOWN_KEY` (a typo such as `disbursment`, with a
 *   `suggestion`).
 * @example
 * ```ts
 * import { disbursementRate, DISBURSEMENT_TARGET_95, formatPercent } from 'cchc';
 * // Kiên Giang to 30/11/2019: 3.145 of 5.582 billion VND (the report printed 56,35%)
 * const d = disbursementRate({ disbursed: 3145, plan: 5582, planKind: 'province-assigned', target: DISBURSEMENT_TARGET_95 });
 * formatPercent(d.rate); // '56,34%'
 * d.target!.met; // false
 * d.target!.comparable; // false
 * ```
 *
 * @category Quotas
 */
export function disbursementRate(input: DisbursementRateInput): DisbursementRate {
  const v = DisbursementRateInputSchema.parse(input);
  const disbursed = toQuantity(v.disbursed);
  const plan = toQuantity(v.plan);
  const rate = quantityRatio(disbursed, plan);
  const planKind = v.planKind ?? 'unspecified';
  const out: DisbursementRate = {
    rate,
    disbursed,
    plan,
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
 *
 * @category Quotas
 */
export function disbursementDeadline(planYear: number): IsoDate {
  if (!Number.isInteger(planYear) || planYear < 1 || planYear > 9998) {
    const p = { received: show(planYear) };
    const viText = vi.INVALID_INPUT__disbursementPlanYear(p);
    return fail('INVALID_INPUT', ['planYear'], viText, en.INVALID_INPUT__disbursementPlanYear(p), planYear);
  }
  return formatIsoDate(planYear + 1, 1, 31);
}
