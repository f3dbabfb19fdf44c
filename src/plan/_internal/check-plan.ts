import { parseWithSchema } from '../../core/_zod-legacy.js';
import { PlanSchema, type Plan } from '../plan.js';

/** Validate a plan at a public boundary (errors point into `plan`). @internal */
export function checkPlan(plan: unknown): Plan {
  return parseWithSchema(PlanSchema, plan, ['plan']);
}
