import { z } from 'zod';
import { type IsoDate } from '../core/iso-date.js';
import { IsoDateSchema } from '../core/_zod-legacy.js';
import { cchcRefinement } from '../core/_zod-legacy.js';
import { TaskSchema, type Task } from './task.js';

/**
 * A section of a plan's task table (mục, phần): a code ("I", "VI", "A"), a title, its tasks, and nested sections
 * (Kế hoạch 164/KH-UBND splits section VI into A and B).
 *
 * @example
 * ```ts
 * const s: Section = { code: 'A', title: 'Ứng dụng công nghệ thông tin', tasks: [] };
 * ```
 */
export interface Section {
  /** The code as printed ("I", "II", "A"). */
  readonly code: string;
  /** The title as printed. */
  readonly title: string;
  /** Tasks directly in this section. */
  readonly tasks: readonly Task[];
  /** Sub-sections, in order. */
  readonly sections?: readonly Section[];
}

/**
 * An area of work named in the body of a plan (nhiệm vụ / lĩnh vực CCHC), with its bullet points, e.g. "1. Cải cách
 * thể chế".
 *
 * @example
 * ```ts
 * const o: Objective = { code: '1', title: 'Cải cách thể chế', items: ['Xây dựng và ban hành văn bản quy phạm pháp luật …'] };
 * ```
 */
export interface Objective {
  /** The number as printed ("1" … "7"). */
  readonly code: string;
  /** The heading as printed. */
  readonly title: string;
  /** The bullet points, verbatim, in order. */
  readonly items: readonly string[];
}

/**
 * A plan (kế hoạch): its identity, the areas it sets out, and its task table.
 *
 * @example
 * ```ts
 * const p: Plan = {
 *   number: '164/KH-UBND', issuedOn: '2019-12-09', issuer: 'Ủy ban nhân dân tỉnh Kiên Giang', year: 2020,
 *   title: 'Công tác cải cách hành chính năm 2020', sections: [],
 * };
 * ```
 */
export interface Plan {
  /** Document number (số ký hiệu): "164/KH-UBND". */
  readonly number: string;
  /** Date issued (ngày ban hành). */
  readonly issuedOn: IsoDate;
  /** Issuing body (cơ quan ban hành). */
  readonly issuer: string;
  /** The year the plan is for (năm kế hoạch); deadlines that name no year belong to it. */
  readonly year: number;
  /** Title (trích yếu). */
  readonly title: string;
  /** Legal bases (căn cứ): the documents the plan cites as its basis, verbatim. */
  readonly legalBases?: readonly string[];
  /** The areas of work the body sets out, with their bullet points. */
  readonly objectives?: readonly Objective[];
  /** The task table, by section. */
  readonly sections: readonly Section[];
}

function duplicates(codes: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const c of codes) (seen.has(c) ? dup : seen).add(c);
  return [...dup];
}

/**
 * Schema of {@link Section} (recursive). Task codes must be unique within a section, and sub-section codes too.
 *
 * @example
 * ```ts
 * import { SectionSchema } from 'cchc';
 * SectionSchema.safeParse({ code: 'VI', title: 'HIỆN ĐẠI HÓA NỀN HÀNH CHÍNH', tasks: [], sections: [{ code: 'A', title: 'Ứng dụng công nghệ thông tin', tasks: [] }] }).success; // true
 * ```
 */
export const SectionSchema: z.ZodType<Section> = z.lazy(() =>
  z
    .object({
      code: z.string().min(1),
      title: z.string(),
      tasks: z.array(TaskSchema),
      sections: z.array(SectionSchema).optional(),
    })
    .superRefine((s, ctx) => {
      for (const code of duplicates(s.tasks.map((t) => t.code))) {
        ctx.addIssue({
          code: 'custom',
          path: ['tasks'],
          input: code,
          ...cchcRefinement('DUPLICATE_CODE', `Mục ${s.code} có hai nhiệm vụ số ${code}`, `Section ${s.code} has two tasks numbered ${code}`),
        });
      }
      for (const code of duplicates((s.sections ?? []).map((x) => x.code))) {
        ctx.addIssue({
          code: 'custom',
          path: ['sections'],
          input: code,
          ...cchcRefinement('DUPLICATE_CODE', `Mục ${s.code} có hai mục con ${code}`, `Section ${s.code} has two sub-sections ${code}`),
        });
      }
    }),
);

/**
 * Schema of {@link Objective}.
 *
 * @example
 * ```ts
 * import { ObjectiveSchema } from 'cchc';
 * ObjectiveSchema.safeParse({ code: '1', title: 'Cải cách thể chế', items: [] }).success; // true
 * ```
 */
export const ObjectiveSchema: z.ZodType<Objective> = z.object({
  code: z.string().min(1),
  title: z.string().min(1),
  items: z.array(z.string()),
});

/**
 * Schema of {@link Plan}. Top-level section codes must be unique.
 *
 * @example
 * ```ts
 * import { PlanSchema } from 'cchc';
 * import { kienGiang2020Plan } from 'cchc/datasets';
 * PlanSchema.safeParse(kienGiang2020Plan).success; // true
 * ```
 */
export const PlanSchema: z.ZodType<Plan> = z
  .object({
    number: z.string().min(1),
    issuedOn: IsoDateSchema,
    issuer: z.string().min(1),
    year: z.number().int().min(1000).max(9999),
    title: z.string().min(1),
    legalBases: z.array(z.string().min(1)).optional(),
    objectives: z.array(ObjectiveSchema).optional(),
    sections: z.array(SectionSchema),
  })
  .superRefine((p, ctx) => {
    for (const code of duplicates(p.sections.map((x) => x.code))) {
      ctx.addIssue({
        code: 'custom',
        path: ['sections'],
        input: code,
        ...cchcRefinement('DUPLICATE_CODE', `Kế hoạch có hai mục ${code}`, `The plan has two sections ${code}`),
      });
    }
  });
