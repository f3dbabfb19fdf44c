// TEMPORARY (0.2 migration): zod versions of the core schemas for the modules not yet moved to the `cchc` schema kit
// (`./schema.ts`). Each module's migration removes its imports from here; the file is deleted when none is left.
import { z } from 'zod';
import { CchcError, issue, show, type CchcIssue, type CchcPath } from './errors.js';
import type { CchcErrorCode } from './error-codes.js';
import { isIsoDate } from './iso-date.js';
import { isIsoTimestamp } from './timestamp.js';

const viLocale = z.locales.vi();

/** @internal @deprecated zod → CchcIssue, with zod's Vietnamese texts (legacy path). */
export function zodIssuesToCchcLegacy(issues: readonly z.core.$ZodIssue[], basePath: CchcPath = []): CchcIssue[] {
  return issues.map((zi) => {
    const path = [...basePath, ...zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const params = (zi as { params?: { cchc?: { code: CchcErrorCode; messageVi: string; messageEn: string } } }).params;
    if (zi.code === 'custom' && params?.cchc) return issue(params.cchc.code, path, params.cchc.messageVi, params.cchc.messageEn, (zi as { input?: unknown }).input);
    const union = zi as { code: string; discriminator?: unknown; options?: unknown; input?: unknown };
    if (union.code === 'invalid_union' && typeof union.discriminator === 'string' && Array.isArray(union.options) && union.options.length > 0) {
      const key = union.discriminator;
      const got = typeof union.input === 'object' && union.input !== null ? (union.input as Record<string, unknown>)[key] : union.input;
      const choices = union.options.map((o) => `'${String(o)}'`).join(', ');
      return issue('INVALID_INPUT', path, `Giá trị ${key} không hợp lệ: cần một trong ${choices}, nhận được ${show(got)}`, `Invalid ${key}: expected one of ${choices}, received ${show(got)}`, got);
    }
    let viText: string;
    try {
      const localized = viLocale.localeError(zi as never);
      viText = typeof localized === 'string' ? localized : (localized?.message ?? zi.message);
    } catch {
      viText = zi.message;
    }
    return issue('INVALID_INPUT', path, viText, zi.message, (zi as { input?: unknown }).input);
  });
}

/** @internal @deprecated */
export function parseWithSchema<S extends z.ZodType>(schema: S, input: unknown, basePath: CchcPath = []): z.output<S> {
  const r = schema.safeParse(input, { reportInput: true });
  if (r.success) return r.data;
  throw new CchcError(zodIssuesToCchcLegacy(r.error.issues, basePath));
}

/** @internal @deprecated */
export function cchcRefinement(code: CchcErrorCode, messageVi: string, messageEn: string) {
  return { message: messageEn, params: { cchc: { code, messageVi, messageEn } } };
}

/** @internal @deprecated */
export const IsoDateSchema = z.string().refine(isIsoDate, cchcRefinement('INVALID_DATE', 'Ngày phải có dạng YYYY-MM-DD và có thật trong lịch', 'A date must be YYYY-MM-DD and exist in the calendar'));
/** @internal @deprecated */
export const IsoTimestampSchema = z.string().refine(isIsoTimestamp, cchcRefinement('INVALID_TIMESTAMP', 'Ngày giờ phải theo ISO và ghi múi giờ', 'A date-time must be ISO with an offset'));
/** @internal @deprecated */
export const AdminLevelSchema = z.enum(['province', 'district', 'commune']);
/** @internal @deprecated */
export const RoundingModeSchema = z.enum(['half-up', 'half-even', 'down', 'up']);
/** @internal @deprecated */
export const CountSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
/** @internal @deprecated */
export const SourceRefSchema = z.object({
  document: z.string().min(1),
  date: IsoDateSchema.optional(),
  article: z.string().min(1).optional(),
  url: z.string().url().optional(),
  reliability: z.enum(['A', 'B', 'C', 'D']).optional(),
  verified: z.boolean().optional(),
  note: z.string().optional(),
});
