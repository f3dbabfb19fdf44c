// Exported schemas of the financial-autonomy functions (kept apart from the data and the functions that do not use
// them). Every object schema is strict: an unknown key is `UNKNOWN_KEY` with a suggestion.
import * as s from '../core/schema.js';
import type { DecimalInput } from '../core/decimal.js';
import { quantity } from '../core/fields.js';
import { AUTONOMY_REGIME_IDS, unknownRegimeIssue, type AutonomyRegimeId } from './autonomy-regimes.js';
import type { AutonomyGroupOptions, SelfFinancingRatioInput } from './autonomy-group.js';

/**
 * Schema of {@link AutonomyRegimeId}: an id of {@link AUTONOMY_REGIMES} (code `UNKNOWN_REGIME` otherwise, with the
 * closest id as `suggestion`).
 *
 * @example
 * ```ts
 * import { AutonomyRegimeIdSchema } from 'cchc';
 * AutonomyRegimeIdSchema.safeParse('tt145-2017').success; // true
 * AutonomyRegimeIdSchema.issuesOf('nd60-2012')[0]?.suggestion; // 'nd60-2021'
 * ```
 *
 * @category Quotas
 */
export const AutonomyRegimeIdSchema: s.Schema<AutonomyRegimeId> = s.custom<AutonomyRegimeId>(
  'regime',
  (value, path, ctx) => {
    if (typeof value === 'string' && (AUTONOMY_REGIME_IDS as readonly string[]).includes(value)) return true;
    ctx.issues.push(unknownRegimeIssue(value, path));
    return false;
  },
  { enum: [...AUTONOMY_REGIME_IDS] },
);

/**
 * Schema of {@link AutonomyGroupOptions} (strict).
 *
 * @example
 * ```ts
 * import { AutonomyGroupOptionsSchema } from 'cchc';
 * AutonomyGroupOptionsSchema.safeParse({ regime: 'nd16-2015' }).success; // false
 * AutonomyGroupOptionsSchema.issuesOf({ regime: 'nd60-2021', fundsInvestments: true })[0]?.suggestion; // 'fundsInvestment'
 * ```
 *
 * @category Quotas
 */
export const AutonomyGroupOptionsSchema: s.Schema<AutonomyGroupOptions> = s.object({
  regime: AutonomyRegimeIdSchema,
  fundsInvestment: s.boolean().optional(),
  percentPoints: s.boolean().optional(),
});

/**
 * Schema of {@link SelfFinancingRatioInput} (strict): two exact non-negative amounts.
 *
 * @example
 * ```ts
 * import { SelfFinancingRatioInputSchema } from 'cchc';
 * SelfFinancingRatioInputSchema.safeParse({ revenue: 1, recurrentSpending: 2 }).success; // true
 * SelfFinancingRatioInputSchema.issuesOf({ revenue: 1, recurentSpending: 2 })[0]?.suggestion; // 'recurrentSpending'
 * ```
 *
 * @category Quotas
 */
export const SelfFinancingRatioInputSchema: s.Schema<SelfFinancingRatioInput> = s.object({
  revenue: quantity() as s.Schema<DecimalInput>,
  recurrentSpending: quantity() as s.Schema<DecimalInput>,
});
