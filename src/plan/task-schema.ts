// Schemas of a task and its progress records, in their own file: importing a function that does not validate tasks
// never builds them.
import * as s from '../core/schema.js';
import { issue, show, type CchcPath } from '../core/errors.js';
import { CountSchema, IsoDateSchema } from '../core/schemas.js';
import { DeadlineSchema } from './deadline-schema.js';
import type { ProgressRecord, Task } from './task.js';
import { MAX_AGENCY_TEXT_LENGTH, MAX_DEADLINE_TEXT_LENGTH } from './limits.js';
import { deepFreeze } from '../core/_internal/freeze.js';
import { CORE_SCHEMAS } from './_internal/core-schemas.js';
import * as vi from '../core/messages/vi/plan.js';
import * as en from '../core/messages/en/plan.js';

/**
 * Schema of {@link ProgressRecord} (strict: `completedAt` is `UNKNOWN_KEY`, did you mean `completedOn`?).
 *
 * @example
 * ```ts
 * import { ProgressRecordSchema } from 'cchc';
 * ProgressRecordSchema.safeParse({ done: 179, total: 183, unit: 'lớp' }).success; // true
 * ProgressRecordSchema.safeParse({ done: 179 }).success; // false
 * const r = ProgressRecordSchema.safeParse({ completedAt: '2020-03-20' });
 * r.success ? '' : r.error.issues[0]?.suggestion; // 'completedOn'
 * ```
 *
 * @category Plans and tasks
 */
export const ProgressRecordSchema: s.Schema<ProgressRecord> = /* @__PURE__ */ s.deferredSchema(() =>
  deepFreeze(
    s
      .object({
        milestone: s.int().min(0).optional(),
        completedOn: IsoDateSchema.optional(),
        reportedOn: IsoDateSchema.optional(),
        done: CountSchema.optional(),
        total: CountSchema.refine(
          (n) => n >= 1,
          () => ({ code: 'INVALID_PROGRESS', vi: vi.INVALID_PROGRESS__zeroTotal(), en: en.INVALID_PROGRESS__zeroTotal() }),
        ).optional(),
        unit: s.string().min(1).optional(),
        evidence: s.string().min(1).optional(),
        note: s.string().optional(),
      })
      .refine(
        (r) => (r.done === undefined) === (r.total === undefined),
        () => ({ code: 'INVALID_PROGRESS', vi: vi.INVALID_PROGRESS__doneWithoutTotal(), en: en.INVALID_PROGRESS__doneWithoutTotal() }),
      )
      .refine(
        (r) => r.completedOn === undefined || r.reportedOn === undefined || r.reportedOn >= r.completedOn,
        () => ({
          code: 'INVALID_PROGRESS',
          vi: vi.INVALID_PROGRESS__reportedBeforeCompleted(),
          en: en.INVALID_PROGRESS__reportedBeforeCompleted(),
        }),
      )
      .refine(
        (r) => r.completedOn !== undefined || r.done !== undefined || r.evidence !== undefined || r.note !== undefined,
        () => ({ code: 'INVALID_PROGRESS', vi: vi.INVALID_PROGRESS__empty(), en: en.INVALID_PROGRESS__empty() }),
      ),
    CORE_SCHEMAS,
  ),
);

/** Keys of a progress record, and their likely misspellings, that a task does not have: they go in `progress`. */
const PROGRESS_KEYS: ReadonlySet<string> = new Set([
  'milestone',
  'completedOn',
  'completedAt',
  'completed',
  'reportedOn',
  'reportedAt',
  'done',
  'total',
  'unit',
  'evidence',
]);

/**
 * A task's object schema that answers a progress key written on the task itself (`{ …task, completedOn }`, a
 * frequent slip) with `UNKNOWN_KEY` and the suggestion `progress`, instead of a bare "unknown key".
 * @internal
 */
class TaskObjectSchema<S extends s.Shape> extends s.ObjectSchema<S, Task> {
  override _base(value: unknown, path: CchcPath, ctx: s.SchemaContext): boolean {
    const before = ctx.issues.length;
    const ok = super._base(value, path, ctx);
    for (let i = before; i < ctx.issues.length; i++) {
      const it = ctx.issues[i]!;
      const key = it.path[path.length];
      if (it.code !== 'UNKNOWN_KEY' || it.path.length !== path.length + 1 || typeof key !== 'string' || !PROGRESS_KEYS.has(key)) continue;
      if (it.suggestion !== undefined) continue;
      const p = { key: show(key) };
      ctx.issues[i] = Object.freeze({
        ...issue('UNKNOWN_KEY', it.path, vi.UNKNOWN_KEY__progressOnTask(p), en.UNKNOWN_KEY__progressOnTask(p), key),
        suggestion: 'progress',
      });
    }
    return ok;
  }
}

const taskShape = {
  code: s.string().min(1),
  content: s.string().min(1),
  product: s.string(),
  lead: s.string().min(1).max(MAX_AGENCY_TEXT_LENGTH),
  coordinating: s.array(s.string().min(1).max(MAX_AGENCY_TEXT_LENGTH)),
  deadlineText: s.string().max(MAX_DEADLINE_TEXT_LENGTH),
  deadline: DeadlineSchema,
  notes: s.string().optional(),
  progress: s.array(ProgressRecordSchema).optional(),
};

/** Every progress record's `milestone` must exist in the deadline. */
function milestonesExist(t: Task, path: CchcPath, ctx: s.SchemaContext): void {
  t.progress?.forEach((r, i) => {
    if (r.milestone !== undefined && r.milestone >= t.deadline.milestones.length) {
      const p = { milestone: r.milestone, deadline: show(t.deadlineText), count: t.deadline.milestones.length };
      ctx.issues.push(
        issue(
          'INVALID_PROGRESS',
          [...path, 'progress', i, 'milestone'],
          vi.INVALID_PROGRESS__noMilestone(p),
          en.INVALID_PROGRESS__noMilestone(p),
          r.milestone,
        ),
      );
    }
  });
}

/**
 * Schema of {@link Task} (strict). Checks that every progress record's `milestone` exists in the deadline; a
 * progress key written on the task itself (`completedOn`) is `UNKNOWN_KEY` with the suggestion `progress`.
 *
 * @example
 * ```ts
 * import { TaskSchema } from 'cchc';
 * TaskSchema.safeParse({ code: '1' }).success; // false
 * const task = {
 *   code: '6', content: 'Tự đánh giá chỉ số CCHC năm 2019', product: 'Báo cáo', lead: 'Sở Nội vụ', coordinating: [],
 *   deadlineText: 'Trước ngày 15/02/2020',
 *   deadline: { milestones: [{ due: '2020-02-14', text: 'Trước ngày 15/02/2020' }], continuous: false },
 * };
 * TaskSchema.safeParse(task).success; // true
 * const r = TaskSchema.safeParse({ ...task, completedOn: '2020-02-10' });
 * r.success ? [] : [r.error.issues[0]?.code, r.error.issues[0]?.suggestion]; // ['UNKNOWN_KEY', 'progress']
 * ```
 *
 * @category Plans and tasks
 */
export const TaskSchema: s.Schema<Task> = /* @__PURE__ */ s.deferredSchema(() =>
  deepFreeze(new TaskObjectSchema(taskShape).check(milestonesExist), CORE_SCHEMAS),
);

let planTaskSchema: s.Schema<Task> | undefined;

/**
 * The schema `taskStatus` checks its task with: a {@link Task}, or a task from `planTasks` (with its `id`,
 * `sectionPath` and `sectionTitles`).
 * @internal
 */
export function taskOrPlanTaskSchema(): s.Schema<Task> {
  planTaskSchema ??= new TaskObjectSchema({
    ...taskShape,
    id: s.string().optional(),
    sectionPath: s.array(s.string()).optional(),
    sectionTitles: s.array(s.string()).optional(),
  }).check(milestonesExist);
  return planTaskSchema;
}
