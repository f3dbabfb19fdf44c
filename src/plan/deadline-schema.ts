// Schemas of a task's deadline, in their own file: importing `parseDeadline` never builds them.
import * as s from '../core/schema.js';
import { IsoDateSchema } from '../core/schemas.js';
import type { Deadline, DeadlineMilestone } from './deadline.js';
import { deepFreeze } from '../core/_internal/freeze.js';
import { CORE_SCHEMAS } from './_internal/core-schemas.js';
import * as vi from '../core/messages/vi/plan.js';
import * as en from '../core/messages/en/plan.js';

/**
 * Schema of {@link DeadlineMilestone} (strict: an unknown key is `UNKNOWN_KEY` with a suggestion).
 *
 * @example
 * ```ts
 * import { DeadlineMilestoneSchema } from 'cchc';
 * DeadlineMilestoneSchema.safeParse({ due: '2020-02-14', text: 'Trước ngày 15/02/2020' }).success; // true
 * DeadlineMilestoneSchema.safeParse({ due: '14/02/2020', text: 'Trước ngày 15/02/2020' }).success; // false
 * ```
 *
 * @category Plans and tasks
 */
export const DeadlineMilestoneSchema: s.Schema<DeadlineMilestone> = /* @__PURE__ */ s.deferredSchema(() =>
  deepFreeze(
    s.object({
      due: IsoDateSchema,
      label: s.string().min(1).optional(),
      text: s.string(),
    }),
    CORE_SCHEMAS,
  ),
);

/**
 * Schema of {@link Deadline}: at least one milestone, or `continuous`.
 *
 * @example
 * ```ts
 * import { DeadlineSchema } from 'cchc';
 * DeadlineSchema.safeParse({ milestones: [], continuous: true }).success; // true
 * DeadlineSchema.safeParse({ milestones: [], continuous: false }).success; // false
 * DeadlineSchema.safeParse({ milestones: [], continous: true }).success; // false (UNKNOWN_KEY, did you mean 'continuous'?)
 * ```
 *
 * @category Plans and tasks
 */
export const DeadlineSchema: s.Schema<Deadline> = /* @__PURE__ */ s.deferredSchema(() =>
  deepFreeze(
    s.object({ milestones: s.array(DeadlineMilestoneSchema), continuous: s.boolean() }).refine(
      (d) => d.milestones.length > 0 || d.continuous,
      () => ({ code: 'INVALID_INPUT', vi: vi.INVALID_INPUT__emptyDeadline(), en: en.INVALID_INPUT__emptyDeadline() }),
    ),
    CORE_SCHEMAS,
  ),
);
