// What a public function may hand back (issue 12, Deliver 3): a value with no NaN, no ±Infinity and no `undefined`
// in it, or a well-formed CchcError. Helpers of test/hostile/every-export.test.ts.
import { CCHC_ERROR_CODES, CchcError } from 'cchc';

/** The most issues one error may carry (the schema kit stops collecting at 1,000; a few are added around it). */
export const MAX_ERROR_ISSUES = 1100;

/** Words that, printed in a text the library made, mean a value went missing or was not a number. */
const BAD_WORDS = /(?<![\w-])(undefined|NaN|-?Infinity)(?![\w])/g;

const KNOWN_CODES = new Set<string>(CCHC_ERROR_CODES);

/** Whether `v` is a decimal.js value (of any clone: the library's, `CchcDecimal`, or the caller's). */
export function isDecimal(v: unknown): v is { isFinite(): boolean; isNaN(): boolean } {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { isFinite?: unknown }).isFinite === 'function' &&
    (v as { constructor?: { name?: string } }).constructor?.name === 'Decimal'
  );
}

/**
 * Every object reachable from `roots` (own enumerable properties, array items, Map and Set entries), and the words
 * "undefined" / "NaN" / "Infinity" written in their strings and keys: a value the caller gave may come back as given,
 * and a label may say anything. Bounded walk (`limit` objects).
 */
export function reachable(roots: readonly unknown[], limit = 20_000): { objects: Set<unknown>; words: Set<string> } {
  const objects = new Set<unknown>();
  const words = new Set<string>();
  const stack = [...roots];
  const noteWords = (s: string) => {
    if (s.length > 200_000) return;
    for (const m of s.matchAll(BAD_WORDS)) words.add(m[1]!.replace(/^-/, ''));
  };
  while (stack.length > 0 && objects.size < limit) {
    const v = stack.pop();
    if (typeof v === 'string') {
      noteWords(v);
      continue;
    }
    if ((typeof v !== 'object' && typeof v !== 'function') || v === null || objects.has(v)) continue;
    objects.add(v);
    if (typeof v === 'function' || isDecimal(v)) continue;
    if (v instanceof Map) {
      for (const [k, x] of v) stack.push(k, x);
      continue;
    }
    if (v instanceof Set) {
      for (const x of v) stack.push(x);
      continue;
    }
    if (ArrayBuffer.isView(v)) continue;
    let keys: string[];
    try {
      keys = Object.keys(v);
    } catch {
      continue;
    }
    if (keys.length > 5000) keys = keys.slice(0, 5000);
    for (const k of keys) {
      noteWords(k);
      stack.push((v as Record<string, unknown>)[k]);
    }
  }
  return { objects, words };
}

/** A problem found in a returned value: where, and what. */
export interface OutputProblem {
  readonly path: string;
  readonly problem: string;
}

/** Options of {@link scanOutput}. */
export interface ScanOptions {
  /** Objects not to look into: the caller's own values returned as given, and the library's exported constants. */
  readonly skip: ReadonlySet<unknown>;
  /** Words the input itself wrote (a label "undefined" may come back in a text). */
  readonly said: ReadonlySet<string>;
  /** Paths (`.a.b[0]` written as `a.b.0`) where `undefined` is a documented value. */
  readonly undefinedAllowed?: (path: readonly (string | number)[]) => boolean;
  /** Paths holding the caller's own values as given (not scanned). */
  readonly passThrough?: (path: readonly (string | number)[]) => boolean;
  /** Accept any code written like the library's (`new CchcError(issue)` with the caller's own code). */
  readonly customCodes?: boolean;
}

/**
 * The first problem in `value`: a number that is NaN or infinite, a Decimal that is not finite, an invalid Date,
 * `undefined` as a property value or an array item (a hole included), a text with "undefined" / "NaN" / "Infinity" in
 * it that the input did not say, or a malformed CchcIssue. `undefined` when none. Bounded (depth 64, 200,000 nodes).
 */
export function scanOutput(value: unknown, options: ScanOptions): OutputProblem | undefined {
  const seen = new Set<unknown>();
  let nodes = 0;
  const path: (string | number)[] = [];
  const at = () => path.join('.');
  const visit = (v: unknown, depth: number): OutputProblem | undefined => {
    if (++nodes > 200_000 || depth > 64) return undefined;
    if (path.length > 0 && options.passThrough?.(path)) return undefined;
    if (v === undefined) return options.undefinedAllowed?.(path) ? undefined : { path: at(), problem: 'undefined' };
    if (typeof v === 'number') return Number.isFinite(v) ? undefined : { path: at(), problem: String(v) };
    if (typeof v === 'string') {
      if (v.length > 1_000_000) return undefined;
      for (const m of v.matchAll(BAD_WORDS)) {
        const w = m[1]!.replace(/^-/, '');
        if (!options.said.has(w))
          return { path: at(), problem: `text says "${m[1]}": ${JSON.stringify(v.slice(Math.max(0, m.index! - 60), m.index! + 60))}` };
      }
      return undefined;
    }
    if (typeof v !== 'object' || v === null) return undefined;
    if (options.skip.has(v) || seen.has(v)) return undefined;
    seen.add(v);
    if (isDecimal(v)) return v.isFinite() ? undefined : { path: at(), problem: `Decimal ${String(v)}` };
    if (v instanceof Date) return Number.isNaN(v.getTime()) ? { path: at(), problem: 'Invalid Date' } : undefined;
    if (v instanceof CchcError) return errorProblem(v, at(), options.customCodes);
    if (ArrayBuffer.isView(v)) {
      if (v instanceof Float64Array || v instanceof Float32Array) {
        for (let i = 0; i < v.length; i++) if (!Number.isFinite(v[i]!)) return { path: `${at()}.${i}`, problem: String(v[i]) };
      }
      return undefined;
    }
    if (v instanceof Map) {
      for (const [k, x] of v) {
        path.push(typeof k === 'string' || typeof k === 'number' ? k : String(k));
        const p = visit(x, depth + 1);
        path.pop();
        if (p) return p;
      }
      return undefined;
    }
    if (v instanceof Set) {
      for (const x of v) {
        const p = visit(x, depth + 1);
        if (p) return p;
      }
      return undefined;
    }
    if (isIssueLike(v)) return issueProblem(v, at(), options.customCodes);
    if (isRejectedRowLike(v)) {
      // A rejected row's reason is data about the input, like an issue's message: it may quote the value received
      // ("received undefined", "received Infinity"). Its other fields are scanned as usual.
      const { reason: _r, message: _m, ...rest } = v as Record<string, unknown>;
      return visit(rest, depth);
    }
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        const p = i in v ? visit(v[i], depth + 1) : options.undefinedAllowed?.(path) ? undefined : { path: at(), problem: 'a hole' };
        path.pop();
        if (p) return p;
      }
      return undefined;
    }
    for (const k of Object.keys(v)) {
      path.push(k);
      const p = visit((v as Record<string, unknown>)[k], depth + 1);
      path.pop();
      if (p) return p;
    }
    return undefined;
  };
  return visit(value, 0);
}

/** `String(v)`, or its tag when it cannot be converted (a null-prototype object). */
function safeString(v: unknown): string {
  try {
    return String(v).slice(0, 200);
  } catch {
    return Object.prototype.toString.call(v);
  }
}

/** A rejected row of a reader: a `code` and a `reason` or `message` in two languages ({ vi, en }). */
function isRejectedRowLike(v: object): boolean {
  const o = v as Record<string, unknown>;
  const bilingual = (x: unknown) =>
    typeof x === 'object' && x !== null && typeof (x as { vi?: unknown }).vi === 'string' && typeof (x as { en?: unknown }).en === 'string';
  return typeof o.code === 'string' && (bilingual(o.reason) || bilingual(o.message));
}

function isIssueLike(v: object): v is Record<string, unknown> {
  const o = v as Record<string, unknown>;
  // Audit findings have lower-case codes ('sum-mismatch') and are data to scan like any other.
  return (
    typeof o.code === 'string' &&
    /^[A-Z][A-Z0-9_]*$/.test(o.code) &&
    Array.isArray(o.path) &&
    typeof o.messageEn === 'string' &&
    typeof o.messageVi === 'string'
  );
}

/** A CchcIssue is data about the input: its `received` may be NaN (that is what was wrong), its texts may name it. */
function issueProblem(i: Record<string, unknown>, at: string, customCodes = false): OutputProblem | undefined {
  if (!(KNOWN_CODES.has(i.code as string) || (customCodes && /^[A-Z][A-Z0-9_]*$/.test(i.code as string))))
    return { path: at, problem: `unknown issue code ${safeString(i.code)}` };
  if (!(i.path as unknown[]).every((p) => typeof p === 'string' || (typeof p === 'number' && Number.isInteger(p))))
    return { path: at, problem: `bad issue path [${(i.path as unknown[]).map(safeString).join(', ')}]` };
  if ((i.messageEn as string).length === 0 || (i.messageVi as string).length === 0)
    return { path: at, problem: 'an issue without a message' };
  if ('suggestion' in i && typeof i.suggestion !== 'string')
    return { path: at, problem: `a suggestion that is not a text: ${safeString(i.suggestion)}` };
  return undefined;
}

/** Whether a thrown CchcError is well-formed: issues (at least one, bounded), known codes, paths, messages. */
export function errorProblem(e: CchcError, at = '', customCodes = false): OutputProblem | undefined {
  if (!Array.isArray(e.issues) || e.issues.length === 0) return { path: at, problem: 'a CchcError without issues' };
  if (e.issues.length > MAX_ERROR_ISSUES) return { path: at, problem: `a CchcError with ${e.issues.length} issues (unbounded collection)` };
  if (!(KNOWN_CODES.has(e.code) || (customCodes && /^[A-Z][A-Z0-9_]*$/.test(e.code))))
    return { path: at, problem: `unknown error code ${e.code}` };
  for (const i of e.issues) {
    const p = issueProblem(i as unknown as Record<string, unknown>, at, customCodes);
    if (p) return p;
  }
  return undefined;
}
