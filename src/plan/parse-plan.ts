import { CchcError, type CchcIssue, type CchcPath } from '../core/errors.js';
import type { Deadline } from './deadline.js';
import { parseDeadline } from './parse-deadline.js';
import type { Plan, Section } from './plan.js';
import { PlanSchema } from './plan-schema.js';
import { cloneData } from './_internal/clone-data.js';
import type { Task } from './task.js';

/**
 * A {@link Task} whose `deadline` may be left out: {@link parsePlan} reads it from `deadlineText`.
 *
 * @example
 * ```ts
 * import type { TaskInput } from 'cchc';
 * const t: TaskInput = {
 *   code: '1', content: 'Kiểm tra CCHC', product: 'Kế hoạch', lead: 'Sở Nội vụ', coordinating: [],
 *   deadlineText: 'XD kế hoạch quý I; thực hiện quý III',
 * };
 * ```
 *
 * @category Plans and tasks
 */
export type TaskInput = Omit<Task, 'deadline'> & { readonly deadline?: Deadline };

/**
 * A {@link Section} of {@link TaskInput}s.
 *
 * @example
 * ```ts
 * import type { SectionInput } from 'cchc';
 * const s: SectionInput = { code: 'I', title: 'Chỉ đạo, điều hành', tasks: [] };
 * ```
 *
 * @category Plans and tasks
 */
export interface SectionInput extends Omit<Section, 'tasks' | 'sections'> {
  readonly tasks: readonly TaskInput[];
  readonly sections?: readonly SectionInput[];
}

/**
 * A {@link Plan} as typed in by hand: tasks may leave `deadline` out.
 *
 * @example
 * ```ts
 * import type { PlanInput } from 'cchc';
 * const p: PlanInput = {
 *   number: '01/KH-SNV', issuedOn: '2020-01-06', issuer: 'Sở Nội vụ', year: 2020, title: 'Kế hoạch CCHC năm 2020',
 *   sections: [],
 * };
 * ```
 *
 * @category Plans and tasks
 */
export interface PlanInput extends Omit<Plan, 'sections'> {
  readonly sections: readonly SectionInput[];
}

const PLACEHOLDER: Deadline = { milestones: [], continuous: true };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validate a plan typed in by hand and read every task's deadline text (`deadlineText`) that has no `deadline` yet,
 * with the plan's `year` as the year of texts that name none. A `deadline` given by hand is kept as it is (use it for
 * texts `parseDeadline` cannot read).
 *
 * @throws {@link CchcError} listing every problem at once: schema problems (`INVALID_INPUT`, `INVALID_DATE`,
 *   `DUPLICATE_CODE`, `INVALID_PROGRESS`, `UNKNOWN_KEY` with a suggestion for a misspelt key such as `deadlinetext`,
 *   `TEXT_TOO_LONG`) and every unreadable deadline (`UNRECOGNIZED_DEADLINE`, with its path, e.g.
 *   `sections[3].tasks[0].deadlineText`).
 *
 * @example
 * ```ts
 * import { parsePlan } from 'cchc';
 * const plan = parsePlan({
 *   number: '01/KH-SNV', issuedOn: '2020-01-06', issuer: 'Sở Nội vụ', year: 2020, title: 'Kế hoạch CCHC năm 2020',
 *   sections: [{ code: 'I', title: 'Chỉ đạo, điều hành', tasks: [
 *     { code: '1', content: 'Kiểm tra CCHC', product: 'Kế hoạch', lead: 'Sở Nội vụ', coordinating: [],
 *       deadlineText: 'XD kế hoạch quý I; thực hiện quý III' },
 *   ] }],
 * });
 * plan.sections[0]!.tasks[0]!.deadline.milestones.map((m) => m.due); // ['2020-03-31', '2020-09-30']
 * ```
 *
 * @category Plans and tasks
 */
export function parsePlan(input: PlanInput): Plan {
  const problems: CchcIssue[] = [];
  const year = isRecord(input) ? input.year : undefined;
  const readable = typeof year === 'number' && Number.isInteger(year) && year >= 1000 && year <= 9999;

  const fillTask = (t: unknown, path: CchcPath): unknown => {
    if (!isRecord(t) || t.deadline !== undefined || typeof t.deadlineText !== 'string' || !readable) return t;
    try {
      return { ...t, deadline: parseDeadline(t.deadlineText, { planYear: year }) };
    } catch (e) {
      if (!(e instanceof CchcError)) throw e;
      problems.push(...e.issues.map((i) => ({ ...i, path: [...path, 'deadlineText'] })));
      return { ...t, deadline: PLACEHOLDER };
    }
  };
  const fillSection = (s: unknown, path: CchcPath): unknown => {
    if (!isRecord(s)) return s;
    const out: Record<string, unknown> = { ...s };
    if (Array.isArray(s.tasks)) out.tasks = s.tasks.map((t, j) => fillTask(t, [...path, 'tasks', j]));
    if (Array.isArray(s.sections)) out.sections = s.sections.map((x, j) => fillSection(x, [...path, 'sections', j]));
    return out;
  };
  const filled =
    isRecord(input) && Array.isArray(input.sections)
      ? { ...input, sections: input.sections.map((s, i) => fillSection(s, ['sections', i])) }
      : input;

  problems.push(...PlanSchema.issuesOf(filled));
  if (problems.length > 0) throw new CchcError(problems);
  return cloneData(filled as Plan); // a plan of its own: nothing shared with the input
}
