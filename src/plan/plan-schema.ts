// Schemas of a plan, its sections and objectives, and of the progress added to it by task id, in their own file:
// importing a function that does not validate plans never builds them.
import * as s from '../core/schema.js';
import { issue, show, type CchcPath } from '../core/errors.js';
import { SourceRefSchema } from '../core/schemas.js';
import type { Objective, Plan, Section } from './plan.js';
import type { ProgressRecord } from './task.js';
import { ProgressRecordSchema, TaskSchema } from './task-schema.js';
import { deepFreeze } from '../core/_internal/freeze.js';
import { CORE_SCHEMAS } from './_internal/core-schemas.js';
import { requiredDate } from './_internal/required-date.js';
import * as vi from '../core/messages/vi/plan.js';
import * as en from '../core/messages/en/plan.js';

/** Codes that appear twice, compared in NFC (a code typed in composed and in decomposed form is one code). */
function duplicates(codes: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const c of codes) {
    const k = c.normalize('NFC');
    (seen.has(k) ? dup : seen).add(k);
  }
  return [...dup];
}

function checkSection(x: Section, path: CchcPath, ctx: s.SchemaContext): void {
  for (const code of duplicates(x.tasks.map((t) => t.code))) {
    const p = { section: show(x.code), code: show(code) };
    ctx.issues.push(issue('DUPLICATE_CODE', [...path, 'tasks'], vi.DUPLICATE_CODE__task(p), en.DUPLICATE_CODE__task(p), code));
  }
  for (const code of duplicates((x.sections ?? []).map((y) => y.code))) {
    const p = { section: show(x.code), code: show(code) };
    ctx.issues.push(
      issue('DUPLICATE_CODE', [...path, 'sections'], vi.DUPLICATE_CODE__subsection(p), en.DUPLICATE_CODE__subsection(p), code),
    );
  }
}

/**
 * Schema of {@link Section} (recursive, strict). Task codes must be unique within a section, and sub-section codes
 * too (compared in NFC).
 *
 * @example
 * ```ts
 * import { SectionSchema } from 'cchc';
 * SectionSchema.safeParse({ code: 'VI', title: 'HIỆN ĐẠI HÓA NỀN HÀNH CHÍNH', tasks: [], sections: [{ code: 'A', title: 'Ứng dụng công nghệ thông tin', tasks: [] }] }).success; // true
 * SectionSchema.safeParse({ code: 'VI', title: 'HIỆN ĐẠI HÓA NỀN HÀNH CHÍNH', tasks: [], subsections: [] }).success; // false
 * ```
 *
 * @category Plans and tasks
 */
export const SectionSchema: s.Schema<Section> = s.lazy('Section', () =>
  s
    .object({
      code: s.string().min(1),
      title: s.string(),
      tasks: s.array(TaskSchema),
      sections: s.array(SectionSchema).optional(),
    })
    .check(checkSection),
);

/**
 * Schema of {@link Objective} (strict).
 *
 * @example
 * ```ts
 * import { ObjectiveSchema } from 'cchc';
 * ObjectiveSchema.safeParse({ code: '1', title: 'Cải cách thể chế', items: [] }).success; // true
 * ```
 *
 * @category Plans and tasks
 */
export const ObjectiveSchema: s.Schema<Objective> = /* @__PURE__ */ s.deferredSchema(() =>
  deepFreeze(
    s.object({
      code: s.string().min(1),
      title: s.string().min(1),
      items: s.array(s.string()),
    }),
    CORE_SCHEMAS,
  ),
);

/**
 * Schema of {@link Plan} (strict). Top-level section codes must be unique (compared in NFC).
 *
 * @example
 * ```ts
 * import { PlanSchema } from 'cchc';
 * import { kienGiang2020Plan } from 'cchc/datasets';
 * PlanSchema.safeParse(kienGiang2020Plan).success; // true
 * const r = PlanSchema.safeParse({ ...kienGiang2020Plan, issuedAt: '2019-12-09' });
 * r.success ? '' : r.error.issues[0]?.suggestion; // 'issuedOn'
 * ```
 *
 * @category Plans and tasks
 */
export const PlanSchema: s.Schema<Plan> = /* @__PURE__ */ s.deferredSchema(() =>
  deepFreeze(
    s
      .object({
        number: s.string().min(1),
        issuedOn: requiredDate(),
        issuer: s.string().min(1),
        year: s.int().min(1000).max(9999),
        title: s.string().min(1),
        legalBases: s.array(s.string().min(1)).optional(),
        objectives: s.array(ObjectiveSchema).optional(),
        sections: s.array(SectionSchema),
        sources: s.array(SourceRefSchema).optional(),
      })
      .check((p, path, ctx) => {
        for (const code of duplicates(p.sections.map((x) => x.code))) {
          const m = { code: show(code) };
          ctx.issues.push(
            issue('DUPLICATE_CODE', [...path, 'sections'], vi.DUPLICATE_CODE__section(m), en.DUPLICATE_CODE__section(m), code),
          );
        }
      }),
    CORE_SCHEMAS,
  ),
);

/**
 * Schema of the `progress` argument of {@link withProgress}: records by task id ("VII.1").
 *
 * @example
 * ```ts
 * import { ProgressByTaskSchema } from 'cchc';
 * ProgressByTaskSchema.safeParse({ 'VII.1': [{ completedOn: '2019-12-09' }] }).success; // true
 * ProgressByTaskSchema.safeParse({ 'VII.1': [{ completedAt: '2019-12-09' }] }).success; // false (UNKNOWN_KEY, did you mean 'completedOn'?)
 * ```
 *
 * @category Plans and tasks
 */
export const ProgressByTaskSchema: s.Schema<Readonly<Record<string, readonly ProgressRecord[]>>> = /* @__PURE__ */ s.deferredSchema(() =>
  deepFreeze(s.record(s.string(), s.array(ProgressRecordSchema)), CORE_SCHEMAS),
);
