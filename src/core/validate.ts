import { z } from 'zod';
import { CchcError, fail, issue, show, type CchcIssue, type CchcPath } from './errors.js';
import type { CchcErrorCode } from './error-codes.js';

const viLocale = z.locales.vi();

/**
 * Convert zod issues into {@link CchcIssue}s, with Vietnamese texts from zod's `vi` locale and the English
 * ones from zod. Custom issues raised by our own refinements carry their own code and texts in `params`.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { zodIssuesToCchc } from 'cchc';
 * const r = z.object({ n: z.number() }).safeParse({ n: 'x' });
 * zodIssuesToCchc(r.success ? [] : r.error.issues)[0]?.code; // 'INVALID_INPUT'
 * ```
 */
export function zodIssuesToCchc(issues: readonly z.core.$ZodIssue[], basePath: CchcPath = []): CchcIssue[] {
  return issues.map((zi) => {
    const path = [...basePath, ...zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const params = (zi as { params?: { cchc?: { code: CchcErrorCode; messageVi: string; messageEn: string } } }).params;
    if (zi.code === 'custom' && params?.cchc) {
      return issue(params.cchc.code, path, params.cchc.messageVi, params.cchc.messageEn, (zi as { input?: unknown }).input);
    }
    const union = zi as { code: string; discriminator?: unknown; options?: unknown; input?: unknown };
    if (union.code === 'invalid_union' && typeof union.discriminator === 'string' && Array.isArray(union.options) && union.options.length > 0) {
      // zod's `vi` locale says only "Đầu vào không hợp lệ" for a discriminated union: name the field, the choices and the value.
      const key = union.discriminator;
      const got = typeof union.input === 'object' && union.input !== null ? (union.input as Record<string, unknown>)[key] : union.input;
      const choices = union.options.map((o) => `'${String(o)}'`).join(', ');
      return issue(
        'INVALID_INPUT',
        path,
        `Giá trị ${key} không hợp lệ: cần một trong ${choices}, nhận được ${show(got)}`,
        `Invalid ${key}: expected one of ${choices}, received ${show(got)}`,
        got,
      );
    }
    let vi: string;
    try {
      const localized = viLocale.localeError(zi as never);
      vi = typeof localized === 'string' ? localized : (localized?.message ?? zi.message);
    } catch {
      vi = zi.message;
    }
    return issue('INVALID_INPUT', path, vi, zi.message, (zi as { input?: unknown }).input);
  });
}

/**
 * Parse `input` with a zod schema at a public boundary. Returns the parsed value, or throws one
 * {@link CchcError} that lists every problem.
 *
 * @example
 * ```ts no-run
 * parseWithSchema(z.number().int(), 3); // 3
 * ```
 * @internal
 */
export function parseWithSchema<S extends z.ZodType>(schema: S, input: unknown, basePath: CchcPath = []): z.output<S> {
  const r = schema.safeParse(input, { reportInput: true });
  if (r.success) return r.data;
  throw new CchcError(zodIssuesToCchc(r.error.issues, basePath));
}

/**
 * Attach a cchc code and bilingual texts to a zod refinement, so that `parseWithSchema` reports it as such.
 *
 * @example
 * ```ts no-run
 * z.string().refine(isValid, cchcRefinement('INVALID_DATE', 'Ngày không hợp lệ', 'Invalid date'));
 * ```
 * @internal
 */
export function cchcRefinement(code: CchcErrorCode, messageVi: string, messageEn: string) {
  return { message: messageEn, params: { cchc: { code, messageVi, messageEn } } };
}

/**
 * The options argument of a public function: `undefined` (no options) or a plain object. Anything else (`null`, a
 * number, a string, an array) is a caller's mistake and throws `INVALID_INPUT` rather than a `TypeError` or a silent
 * default.
 * @internal
 */
export function optionsObject<T extends object>(options: T | undefined, path: CchcPath = ['options']): Partial<T> {
  if (options === undefined) return {} as Partial<T>;
  if (typeof options === 'object' && options !== null && !Array.isArray(options)) return options;
  return fail(
    'INVALID_INPUT',
    path,
    `Tùy chọn phải là một đối tượng { … } hoặc bỏ trống, nhận được ${show(options)}`,
    `The options must be an object { … } or left out, received ${show(options)}`,
    options,
  );
}
