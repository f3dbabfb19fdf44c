import type { Plan } from './plan.js';
import type { Task } from './task.js';
import { checkPlan } from './_internal/check-plan.js';
import { flattenTasks } from './_internal/flatten-tasks.js';

/**
 * A task together with where it sits in its plan: the codes and titles of the sections above it, and an id made of
 * those codes and its own ("VI.A.1"), unique within the plan.
 *
 * @example
 * ```ts
 * import { type PlanTask, planTasks } from 'cchc';
 * import { kienGiang2020Plan } from 'cchc/datasets';
 * const t: PlanTask = planTasks(kienGiang2020Plan)[0]!;
 * ```
 *
 * @category Plans and tasks
 */
export interface PlanTask extends Task {
  /** Section codes then the task code, joined with "." and in NFC: "I.1", "VI.A.3". */
  readonly id: string;
  /** Codes of the sections from the top down: `['VI', 'A']`. */
  readonly sectionPath: readonly string[];
  /** Titles of those sections, as printed. */
  readonly sectionTitles: readonly string[];
}

/**
 * Every task of a plan, flattened in document order (a section's own tasks before its sub-sections'), each with its
 * section path (danh sách nhiệm vụ kèm mục).
 *
 * @throws {@link CchcError} when `plan` does not match {@link PlanSchema} (every problem listed, with paths into
 *   `plan`): `INVALID_INPUT` for what is not a plan, `UNKNOWN_KEY` for a misspelt key, `DUPLICATE_CODE` …
 *
 * @example
 * ```ts
 * import { planTasks } from 'cchc';
 * import { kienGiang2020Plan } from 'cchc/datasets';
 * const tasks = planTasks(kienGiang2020Plan);
 * tasks.length; // 32
 * tasks[22]!.id; // 'VI.B.1'
 * tasks[22]!.sectionPath; // ['VI', 'B']
 * ```
 *
 * @category Plans and tasks
 */
export function planTasks(plan: Plan): PlanTask[] {
  return flattenTasks(checkPlan(plan));
}
