// Exported schema of `findNationalTargets` (strict: an unknown key is `UNKNOWN_KEY` with a suggestion).
import * as s from '../core/schema.js';
import type { NationalTargetFilter } from './national-targets.js';

/**
 * Schema of {@link NationalTargetFilter} (strict).
 *
 * @example
 * ```ts
 * import { NationalTargetFilterSchema } from 'cchc';
 * NationalTargetFilterSchema.safeParse({ programme: '76/NQ-CP' }).success; // true
 * NationalTargetFilterSchema.issuesOf({ programe: '76/NQ-CP' })[0]?.suggestion; // 'programme'
 * ```
 *
 * @category Indicators
 */
export const NationalTargetFilterSchema: s.Schema<NationalTargetFilter> = s.object({
  programme: s.oneOf(['30c/NQ-CP', '76/NQ-CP']).optional(),
  indicatorId: s.string().optional(),
  deadlineYear: s.int().optional(),
});
