// Exported schemas of the disbursement functions. Every object schema is strict: an unknown key is `UNKNOWN_KEY`
// with a suggestion.
import * as s from '../core/schema.js';
import { BilingualTextSchema, SourceRefSchema } from '../core/schemas.js';
import { quantity } from '../core/fields.js';
import type { DecimalInput } from '../core/decimal.js';
import type { DisbursementPlanKind, DisbursementRateInput, DisbursementTarget } from './disbursement.js';
import * as vi from '../core/messages/vi/quota.js';
import * as en from '../core/messages/en/quota.js';

/**
 * Schema of {@link DisbursementPlanKind}.
 *
 * @example
 * ```ts
 * import { DisbursementPlanKindSchema } from 'cchc';
 * DisbursementPlanKindSchema.safeParse('annual').success; // false
 * ```
 *
 * @category Quotas
 */
export const DisbursementPlanKindSchema: s.Schema<DisbursementPlanKind> = s.oneOf(['pm-assigned', 'province-assigned']);

/**
 * Schema of {@link DisbursementTarget} (strict; the deprecated `measuredVi` / `measuredEn` are still read).
 *
 * @example
 * ```ts
 * import { DisbursementTargetSchema, DISBURSEMENT_TARGET_95 } from 'cchc';
 * DisbursementTargetSchema.safeParse(DISBURSEMENT_TARGET_95).success; // true
 * DisbursementTargetSchema.issuesOf({ ...DISBURSEMENT_TARGET_95, percnt: 90 })[0]?.suggestion; // 'percent'
 * ```
 *
 * @category Quotas
 */
export const DisbursementTargetSchema: s.Schema<DisbursementTarget> = s
  .object({
    id: s.string().min(1),
    percent: s.number().min(0).max(100),
    planKind: DisbursementPlanKindSchema,
    measured: BilingualTextSchema.optional(),
    measuredVi: s.string().optional().describe('Deprecated: use measured.vi'),
    measuredEn: s.string().optional().describe('Deprecated: use measured.en'),
    sources: s.array(SourceRefSchema),
  })
  .refine(
    (t) => t.percent > 0,
    (t) => {
      const p = { received: String(t.percent) };
      return { code: 'RATE_OUT_OF_RANGE', vi: vi.RATE_OUT_OF_RANGE__quotaZeroTarget(p), en: en.RATE_OUT_OF_RANGE__quotaZeroTarget(p) };
    },
  )
  .refine(
    (t) => t.measured !== undefined || (t.measuredVi !== undefined && t.measuredEn !== undefined),
    () => ({ code: 'INVALID_INPUT', vi: vi.INVALID_INPUT__disbursementMeasured(), en: en.INVALID_INPUT__disbursementMeasured() }),
  ) as s.Schema<DisbursementTarget>;

/**
 * Schema of {@link DisbursementRateInput} (strict).
 *
 * @example
 * ```ts
 * import { DisbursementRateInputSchema } from 'cchc';
 * DisbursementRateInputSchema.safeParse({ disbursed: 3145, plan: 5582 }).success; // true
 * DisbursementRateInputSchema.issuesOf({ disbursd: 3145, plan: 5582 })[0]?.suggestion; // 'disbursed'
 * ```
 *
 * @category Quotas
 */
export const DisbursementRateInputSchema: s.Schema<DisbursementRateInput> = s.object({
  disbursed: quantity() as s.Schema<DecimalInput>,
  plan: quantity() as s.Schema<DecimalInput>,
  planKind: DisbursementPlanKindSchema.optional(),
  target: DisbursementTargetSchema.optional(),
});
