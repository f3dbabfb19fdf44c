import { issue, type CchcIssue, type CchcPath } from './errors.js';
import type { CchcErrorCode } from './error-codes.js';
import { readOptions } from './options.js';

/** The shape of a zod 4 issue that {@link zodIssuesToCchc} reads (no zod import is needed to use it). */
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
 * issue codes. Custom issues that carry `params.cchc` keep their code and texts.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { zodIssuesToCchc } from 'cchc';
 * const r = z.object({ n: z.number() }).safeParse({ n: 'x' });
 * zodIssuesToCchc(r.success ? [] : r.error.issues)[0]?.code; // 'INVALID_INPUT'
 * ```
 */
export function zodIssuesToCchc(issues: readonly ZodIssueLike[], basePath: CchcPath = []): CchcIssue[] {
  return issues.map((zi) => {
    const path = [...basePath, ...zi.path.map((p) => (typeof p === 'symbol' ? String(p) : (p as string | number)))];
    const params = zi.params as { cchc?: { code: CchcErrorCode; messageVi: string; messageEn: string } } | undefined;
    if (zi.code === 'custom' && params?.cchc) return issue(params.cchc.code, path, params.cchc.messageVi, params.cchc.messageEn, zi.input);
    const code: CchcErrorCode = zi.code === 'unrecognized_keys' ? 'UNKNOWN_KEY' : 'INVALID_INPUT';
    return issue(code, path, `${ZOD_VI[zi.code] ?? 'Dữ liệu không hợp lệ'} (${zi.message})`, zi.message, zi.input);
  });
}

const ZOD_VI: Readonly<Record<string, string>> = Object.freeze({
  invalid_type: 'Sai kiểu dữ liệu',
  too_big: 'Giá trị quá lớn',
  too_small: 'Giá trị quá nhỏ',
  invalid_format: 'Sai định dạng',
  not_multiple_of: 'Không phải bội số',
  unrecognized_keys: 'Khóa không được hỗ trợ',
  invalid_union: 'Không khớp dạng nào',
  invalid_key: 'Khóa không hợp lệ',
  invalid_element: 'Phần tử không hợp lệ',
  invalid_value: 'Giá trị không hợp lệ',
  custom: 'Dữ liệu không hợp lệ',
});

/**
 * @deprecated Use `readOptions(options, knownKeys)` from `./options.js`, which also rejects unknown keys.
 * @internal
 */
export function optionsObject<T extends object>(options: T | undefined, path: CchcPath = ['options']): Partial<T> {
  if (options === undefined) return {};
  const keys = typeof options === 'object' && options !== null ? Object.keys(options) : [];
  return readOptions<T>(options, keys, path);
}
