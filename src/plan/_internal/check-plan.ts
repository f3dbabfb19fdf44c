import { PlanSchema } from '../plan-schema.js';
import type { Plan } from '../plan.js';

/** Validate a plan at a public boundary (errors point into `plan`). @internal */
export function checkPlan(plan: unknown): Plan {
  return PlanSchema.parse(plan, { path: ['plan'] });
}
