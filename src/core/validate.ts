import { fail, isPath, issue, show, type CchcIssue, type CchcPath } from './errors.js';
import { CCHC_ERROR_CODE_MODULES, type CchcErrorCode } from './error-codes.js';
import * as vi from './messages/vi/core.js';
import * as en from './messages/en/core.js';

/**
 * The shape of a zod 4 issue that {@link zodIssuesToCchc} reads (no zod import is needed to use it).
 *
 * @category Core
 */
export interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly input?: unknown;
  readonly params?: unknown;
}

/**
 * Convert zod issues into {@link CchcIssue}s, for applications that validate with their own zod schemas and report
 * errors the `cchc` way. The English text is zod's; the Vietnamese one says the same in Vietnamese for zod's common
 * issue codes. Custom issues that carry `params.cchc` keep their code and texts. `cchc` itself validates with its own schema
 * kit; this function needs no zod import.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { zodIssuesToCchc } from 'cchc';
 * const r = z.object({ n: z.number() }).safeParse({ n: 'x' });
 * zodIssuesToCchc(r.success ? [] : r.error.issues)[0]?.code; // 'INVALID_INPUT'
 * ```
 *
 * @category Core
 */
export function zodIssuesToCchc(issues: readonly ZodIssueLike[], basePath: CchcPath = []): CchcIssue[] {
  if (!Array.isArray(issues) || !isPath(basePath)) {
    const p = { expected: 'zod issues [...]', received: show(Array.isArray(issues) ? basePath : issues) };
    return fail('INVALID_INPUT', [], vi.INVALID_INPUT__object(p), en.INVALID_INPUT__object(p), issues);
  }
  const out: CchcIssue[] = [];
  for (let i = 0; i < issues.length; i++) {
    const zi = (issues[i] ?? {}) as Partial<ZodIssueLike>;
    const zpath = Array.isArray(zi.path) ? zi.path : [];
    const path = [
      ...basePath,
      ...Array.from(zpath, (p) =>
        typeof p === 'string' || (typeof p === 'number' && Number.isSafeInteger(p)) ? p : typeof p === 'symbol' ? p.toString() : show(p),
      ),
    ];
    const params = zi.params as { cchc?: { code: CchcErrorCode; messageVi: string; messageEn: string } } | undefined;
    const cchc = typeof params === 'object' && params !== null ? params.cchc : undefined;
    const ownTexts =
      cchc && typeof cchc.messageVi === 'string' && typeof cchc.messageEn === 'string' && cchc.messageVi !== '' && cchc.messageEn !== '';
    if (zi.code === 'custom' && cchc && ownTexts && Object.hasOwn(CCHC_ERROR_CODE_MODULES, cchc.code)) {
      out.push(issue(cchc.code, path, cchc.messageVi, cchc.messageEn, zi.input));
      continue;
    }
    const code = typeof zi.code === 'string' && zi.code !== '' ? zi.code : show(zi.code);
    const p = { zodCode: code, message: typeof zi.message === 'string' && zi.message !== '' ? zi.message : code };
    out.push(
      zi.code === 'unrecognized_keys'
        ? issue('UNKNOWN_KEY', path, vi.UNKNOWN_KEY__zod(p), en.UNKNOWN_KEY__zod(p), zi.input)
        : issue('INVALID_INPUT', path, vi.INVALID_INPUT__zod(p), en.INVALID_INPUT__zod(p), zi.input),
    );
  }
  return out;
}
