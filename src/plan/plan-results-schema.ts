// Schemas of a results table (Phụ lục I "Kết quả thực hiện các kế hoạch"), in their own file.
import * as s from '../core/schema.js';
import { CountSchema } from '../core/schemas.js';
import type { PlanResultEntry, ResultQuantityInput } from './plan-results.js';
import { MAX_RESULT_QUANTITY_TEXT_LENGTH } from './limits.js';
import { deepFreeze } from '../core/_internal/freeze.js';
import { CORE_SCHEMAS } from './_internal/core-schemas.js';

/**
 * Schema of {@link ResultQuantityInput} (strict).
 *
 * @example
 * ```ts
 * import { ResultQuantityInputSchema } from 'cchc';
 * ResultQuantityInputSchema.safeParse({ count: 179, of: 183, unit: 'lớp' }).success; // true
 * ResultQuantityInputSchema.safeParse({ count: 179, off: 183 }).success; // false (did you mean 'of'?)
 * ```
 *
 * @category Plans and tasks
 */
export const ResultQuantityInputSchema: s.Schema<ResultQuantityInput> = /* @__PURE__ */ s.deferredSchema(() =>
  deepFreeze(
    s.object({
      count: CountSchema,
      unit: s.string().min(1).optional(),
      of: CountSchema.optional(),
      scope: s.string().optional(),
      note: s.string().optional(),
    }),
    CORE_SCHEMAS,
  ),
);

const figure = s.union([s.string().max(MAX_RESULT_QUANTITY_TEXT_LENGTH), CountSchema, ResultQuantityInputSchema]);

/**
 * Schema of {@link PlanResultEntry} (strict: `planed` is `UNKNOWN_KEY`, did you mean `planned`?).
 *
 * @example
 * ```ts
 * import { PlanResultEntrySchema } from 'cchc';
 * PlanResultEntrySchema.safeParse({ plan: 'Kế hoạch kiểm tra CCHC năm 2019', planned: '07 nhiệm vụ/23 đơn vị', completed: '07 nhiệm vụ/23 đơn vị' }).success; // true
 * PlanResultEntrySchema.safeParse({ plan: 'Kế hoạch kiểm tra CCHC năm 2019', planed: '07 nhiệm vụ/23 đơn vị' }).success; // false
 * ```
 *
 * @category Plans and tasks
 */
export const PlanResultEntrySchema: s.Schema<PlanResultEntry> = /* @__PURE__ */ s.deferredSchema(() =>
  deepFreeze(
    s.object({
      no: s.union([s.int(), s.string()]).optional(),
      plan: s.string().min(1),
      issuedText: s.string().max(MAX_RESULT_QUANTITY_TEXT_LENGTH).optional(),
      planned: figure.optional(),
      completed: figure.optional(),
      notes: s.string().optional(),
      explanation: s.string().optional(),
    }),
    CORE_SCHEMAS,
  ),
);

/** The entries of `planResults`. @internal */
export const PlanResultEntriesSchema: s.Schema<readonly PlanResultEntry[]> = /* @__PURE__ */ s.deferredSchema(() =>
  deepFreeze(s.array(PlanResultEntrySchema), CORE_SCHEMAS),
);
