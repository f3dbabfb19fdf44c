import type { z } from 'zod';
import type { CchcIssue } from '../../core/errors.js';

// The generic field schemas and helpers that lived here (counts, quantities, percents, dates, `throwIfAny`) moved to
// `src/core/fields.ts`, written with the schema kit. Only this zod helper is left, because `audit/report-schema.ts`
// still imports it until the audit module is off zod; delete this file then. (Type-only zod import: no zod at run time.)

/** Report a cchc issue inside a zod refinement (so `parseWithSchema` keeps its code and texts). @internal @deprecated */
export function addCchcIssue<T>(ctx: z.core.$RefinementCtx<T>, problem: Pick<CchcIssue, 'code' | 'messageVi' | 'messageEn'>, value: unknown, path: (string | number)[] = []): void {
  ctx.addIssue({
    code: 'custom',
    message: problem.messageEn,
    params: { cchc: { code: problem.code, messageVi: problem.messageVi, messageEn: problem.messageEn } },
    input: value,
    path,
  });
}
