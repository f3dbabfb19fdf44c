import * as s from '../../core/schema.js';
import { BilingualTextSchema, SourceRefSchema } from '../../core/schemas.js';
import * as vi from '../../core/messages/vi/dossier.js';
import * as en from '../../core/messages/en/dossier.js';
import type { DossierRulePreset, DossierRulesInput } from '../rules.js';

/** `'HH:MM'`, 00:00–23:59. @internal */
export const CUTOFF_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;

let presetCache: s.Schema<DossierRulePreset> | undefined;
let objectCache: s.Schema<Exclude<DossierRulesInput, string>> | undefined;

/** The preset names (an unknown name gets a suggestion). @internal */
export function rulesPresetSchema(): s.Schema<DossierRulePreset> {
  return (presetCache ??= s.oneOf(['report', 'qd766']));
}

/** The overrides object of a `rules` option (strict), built on first use. @internal */
export function rulesInputSchema(): s.Schema<Exclude<DossierRulesInput, string>> {
  return (objectCache ??= s.object({
    preset: rulesPresetSchema().optional(),
    name: s.string().min(1).optional(),
    label: BilingualTextSchema.optional(),
    compare: s.oneOf(['date', 'datetime']).optional(),
    supplementTime: s.oneOf(['ignore', 'subtract']).optional(),
    awaitingSupplement: s.oneOf(['separate', 'ends-at-request', 'pending']).optional(),
    unfinishedSupplementPauses: s.boolean().optional(),
    secondSupplementIsLate: s.boolean().optional(),
    withdrawnOrReturned: s.oneOf(['separate', 'ends-processing', 'on-time']).optional(),
    receiptCutoff: s
      .string()
      .regex(CUTOFF_PATTERN, vi.INVALID_INPUT__dossierCutoffFormat(), en.INVALID_INPUT__dossierCutoffFormat())
      .nullish(),
    nonWorkingDayReceipt: s.oneOf(['as-is', 'next-working-day']).optional(),
    missingChannel: s.oneOf(['in-person', 'error']).optional(),
    sources: s.array(SourceRefSchema).optional(),
  }) as unknown as s.Schema<Exclude<DossierRulesInput, string>>);
}
