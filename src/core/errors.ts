import type { CchcErrorCode } from './error-codes.js';
import { CCHC_ERROR_CODE_ALIASES } from './error-code-aliases.js';
import * as vi from './messages/vi/core.js';
import * as en from './messages/en/core.js';
import { MAX_ISSUES } from './limits.js';

export { MAX_ISSUES };

/**
 * A path to the offending value inside the input, as zod reports it: `['rows', 3, 'received']`.
 *
 * @category Core
 */
export type CchcPath = readonly (string | number)[];

/**
 * Whether `value` is a {@link CchcPath}: an array of texts and integers (a path given by a caller is checked).
 * @internal
 */
export function isPath(value: unknown): value is CchcPath {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) {
    const p: unknown = value[i];
    if (typeof p !== 'string' && !(typeof p === 'number' && Number.isSafeInteger(p))) return false;
  }
  return true;
}

/**
 * One problem found in an input (vấn đề / lỗi dữ liệu), as data: a stable `code`, where it is (`path`),
 * and what is wrong in Vietnamese and English. Validation collects every issue before throwing.
 *
 * @example
 * ```ts
 * import type { CchcIssue } from 'cchc';
 * const issue: CchcIssue = {
 *   code: 'INVALID_DATE',
 *   path: ['dueDate'],
 *   messageVi: 'Ngày không hợp lệ: "2025-02-30"',
 *   messageEn: 'Not a valid date: "2025-02-30"',
 * };
 * ```
 *
 * @category Core
 */
export interface CchcIssue {
  /** Stable machine-readable code. */
  readonly code: CchcErrorCode;
  /** Where the problem is inside the input; `[]` for the input itself. */
  readonly path: CchcPath;
  /** Vietnamese message (thông báo tiếng Việt). */
  readonly messageVi: string;
  /** English message. */
  readonly messageEn: string;
  /** The offending value, when it is small enough to show. */
  readonly received?: unknown;
  /** A likely fix, when one is known: the key or value the input probably meant (`'resolvedAt'` for `resolvedOn`). */
  readonly suggestion?: string;
}

function describePath(path: CchcPath): string {
  if (path.length === 0) return '';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/**
 * The one error class of `cchc` (lỗi của thư viện). Every public function that rejects its input throws a
 * `CchcError`; it never returns NaN, Infinity, an Invalid Date or `undefined` to signal an error.
 *
 * - `code`: stable, for programs (`'ZERO_DENOMINATOR'`, `'INVALID_DATE'`, …; see {@link CCHC_ERROR_CODES}).
 * - `path`: where the (first) problem is.
 * - `messageVi` / `messageEn`: texts for people; `message` is the English text prefixed with the code.
 * - `issues`: every problem found (validation does not stop at the first one).
 *
 * Modelled on zod's "errors as data" (`ZodError.issues`), with Vietnamese texts added.
 *
 * @example
 * ```ts
 * import { ratio, CchcError } from 'cchc';
 * let err: unknown;
 * try { ratio(5, 0); } catch (e) { err = e; }
 * err instanceof CchcError; // true
 * (err as CchcError).code; // 'ZERO_DENOMINATOR'
 * (err as CchcError).messageVi; // 'denominator: Mẫu số bằng 0 (5/0): không tính được tỷ lệ'
 * ```
 *
 * @category Core
 */
export class CchcError extends Error {
  override readonly name = 'CchcError';
  /** Stable code of the error; `'VALIDATION_FAILED'` when issues of several kinds were found. */
  readonly code: CchcErrorCode;
  /** Path of the first issue. */
  readonly path: CchcPath;
  /** Vietnamese message. */
  readonly messageVi: string;
  /** English message. */
  readonly messageEn: string;
  /** Every issue found, at least one. */
  readonly issues: readonly CchcIssue[];

  constructor(issues: CchcIssue | readonly CchcIssue[], options?: { cause?: unknown }) {
    // At most MAX_ISSUES issues are kept (validation stops collecting there): an error stays small whatever the input.
    let list: readonly CchcIssue[] = Array.isArray(issues) ? (issues as readonly CchcIssue[]).slice(0, MAX_ISSUES) : [issues as CchcIssue];
    const more = Array.isArray(issues) && issues.length >= MAX_ISSUES;
    // A CchcError always carries at least one well-formed issue: anything else given here is itself reported as one.
    const wellFormed = (i: unknown): boolean => {
      const x = i as Partial<CchcIssue> | null;
      if (typeof x !== 'object' || x === null) return false;
      // A code is written like the library's (`INVALID_INPUT`): never a prototype name, an escape sequence or empty text.
      const code = typeof x.code === 'string' && /^[A-Z][A-Z0-9_]{0,63}$/.test(x.code);
      return (
        code &&
        typeof x.messageEn === 'string' &&
        typeof x.messageVi === 'string' &&
        x.messageEn !== '' &&
        x.messageVi !== '' &&
        isPath(x.path)
      );
    };
    // An index loop: `every` would skip the holes of a sparse list.
    let allWellFormed = list.length > 0;
    for (let i = 0; i < list.length && allWellFormed; i++) allWellFormed = wellFormed(list[i]);
    if (!allWellFormed) {
      const messages = { messageVi: vi.INVALID_INPUT__issues(), messageEn: en.INVALID_INPUT__issues() };
      list = [Object.freeze({ code: 'INVALID_INPUT' as const, path: [], ...messages })];
    }
    const first = list[0]!;
    const sameCode = list.every((i) => i.code === first.code);
    const code: CchcErrorCode = sameCode ? first.code : 'VALIDATION_FAILED';
    const join = (pick: (i: CchcIssue) => string) => (list.length === 1 ? pick(first) : list.map((i) => `• ${pick(i)}`).join('\n'));
    const countEn = more ? `${list.length} problems or more (the first ${list.length} listed)` : `${list.length} problems`;
    const countVi = more ? `${list.length} lỗi trở lên (liệt kê ${list.length} lỗi đầu)` : `${list.length} lỗi`;
    const messageEn =
      list.length === 1 ? withPath(first.path, first.messageEn) : `${countEn}:\n${join((i) => withPath(i.path, i.messageEn))}`;
    const messageVi =
      list.length === 1 ? withPath(first.path, first.messageVi) : `${countVi}:\n${join((i) => withPath(i.path, i.messageVi))}`;
    super(`[${code}] ${messageEn}`, options);
    this.code = code;
    this.path = first.path;
    this.messageVi = messageVi;
    this.messageEn = messageEn;
    this.issues = Object.freeze(list);
  }

  /** A plain-object form for logs and JSON APIs. */
  toJSON(): { name: 'CchcError'; code: CchcErrorCode; path: CchcPath; messageVi: string; messageEn: string; issues: readonly CchcIssue[] } {
    return { name: this.name, code: this.code, path: this.path, messageVi: this.messageVi, messageEn: this.messageEn, issues: this.issues };
  }
}

function withPath(path: CchcPath, message: string): string {
  const p = describePath(path);
  return p ? `${p}: ${message}` : message;
}

/**
 * Whether a value is a {@link CchcError} (also across bundles, where `instanceof` can fail); with `code`, whether it
 * is one with that code, or with the code that replaced it (see {@link CCHC_ERROR_CODE_ALIASES}), on any of its issues.
 *
 * @example
 * ```ts
 * import { isCchcError, ratio } from 'cchc';
 * isCchcError(new Error('x')); // false
 * let caught: unknown;
 * try { ratio(1, 0); } catch (e) { caught = e; }
 * isCchcError(caught); // true
 * isCchcError(caught, 'ZERO_DENOMINATOR'); // true
 * isCchcError(caught, 'INVALID_COUNT'); // false
 * ```
 *
 * @category Core
 */
export function isCchcError(value: unknown, code?: CchcErrorCode | string): value is CchcError {
  const is =
    value instanceof CchcError ||
    (typeof value === 'object' &&
      value !== null &&
      (value as { name?: unknown }).name === 'CchcError' &&
      Array.isArray((value as { issues?: unknown }).issues));
  if (!is || code === undefined) return is;
  // A code that is not a text matches nothing; aliases are own keys only ('toString' is no alias).
  if (typeof code !== 'string') return false;
  const e = value as CchcError;
  const wanted = new Set<string>([code, Object.hasOwn(CCHC_ERROR_CODE_ALIASES, code) ? CCHC_ERROR_CODE_ALIASES[code]! : code]);
  return wanted.has(e.code) || e.issues.some((i) => wanted.has(i.code));
}

/**
 * A path given by a caller (the `path` argument of `parseIsoDate`, `rateOf`, `checkTally`, …), checked:
 * `INVALID_INPUT` at `[name]` when it is not an array of texts and integers.
 * @internal
 */
export function readPath(path: unknown, name = 'path'): CchcPath {
  if (isPath(path)) return path;
  const p = { expected: en.INVALID_INPUT__expectedPath(), received: show(path) };
  const pv = { expected: vi.INVALID_INPUT__expectedPath(), received: show(path) };
  throw new CchcError(issue('INVALID_INPUT', [name], vi.INVALID_INPUT__type(pv), en.INVALID_INPUT__type(p), path));
}

/**
 * Build an issue. Internal convenience used by every module.
 * @internal
 */
export function issue(code: CchcErrorCode, path: CchcPath, messageVi: string, messageEn: string, received?: unknown): CchcIssue {
  const out: { -readonly [K in keyof CchcIssue]: CchcIssue[K] } = { code, path: [...path], messageVi, messageEn };
  if (received !== undefined) out.received = summarize(received);
  return Object.freeze(out);
}

/**
 * Throw a one-issue error.
 * @internal
 */
export function fail(code: CchcErrorCode, path: CchcPath, messageVi: string, messageEn: string, received?: unknown): never {
  throw new CchcError(issue(code, path, messageVi, messageEn, received));
}

/** Keep error payloads small: long strings and big objects are shortened. */
function summarize(value: unknown): unknown {
  if (typeof value === 'string') return value.length > 200 ? `${value.slice(0, 200)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' || value === null) return value;
  if (value instanceof Date) return `Date(${Number.isNaN(value.getTime()) ? 'Invalid' : value.toISOString()})`;
  if (Array.isArray(value)) return `Array(${value.length})`;
  if (typeof value === 'object') {
    const name = (value as object).constructor?.name;
    return name && name !== 'Object' ? name : 'object';
  }
  return typeof value;
}

/**
 * A printable description of a received value, for messages.
 * @internal
 */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  if (value instanceof Date) return 'a Date object';
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return String(value);
}
