import { CchcError, issue, show, type CchcIssue, type CchcPath } from './errors.js';
import { MAX_UNKNOWN_KEYS } from './limits.js';
import { suggestKey } from './suggest.js';
import * as vi from './messages/vi/core.js';
import * as en from './messages/en/core.js';

/**
 * The `UNKNOWN_KEY` issue for `key` at `path`, with a "did you mean" suggestion among `known`.
 * @internal
 */
export function unknownKeyIssue(path: CchcPath, key: string, known: readonly string[]): CchcIssue {
  const suggestion = suggestKey(key, known);
  const p = { key: show(key), suggestion: suggestion ?? '', known: known.join(', ') };
  const it = issue('UNKNOWN_KEY', path, vi.UNKNOWN_KEY(p), en.UNKNOWN_KEY(p), key);
  return suggestion ? Object.freeze({ ...it, suggestion }) : it;
}

/**
 * The `UNKNOWN_KEY` issues of `obj`, appended to `problems`: one per key that `isKnown` refuses, with its suggestion,
 * for the first {@link MAX_UNKNOWN_KEYS}; then one issue at `path` counting the others. Returns whether there was any.
 * @internal
 */
export function pushUnknownKeys(
  problems: CchcIssue[],
  obj: object,
  isKnown: (key: string) => boolean,
  path: CchcPath,
  known: readonly string[],
): boolean {
  let unknown = 0;
  for (const key of Object.keys(obj)) {
    if (isKnown(key)) continue;
    if (unknown < MAX_UNKNOWN_KEYS) problems.push(unknownKeyIssue([...path, key], key, known));
    unknown++;
  }
  if (unknown > MAX_UNKNOWN_KEYS) {
    const p = { count: grouped(unknown - MAX_UNKNOWN_KEYS, '.'), max: MAX_UNKNOWN_KEYS };
    const pe = { count: grouped(unknown - MAX_UNKNOWN_KEYS, ','), max: MAX_UNKNOWN_KEYS };
    problems.push(issue('UNKNOWN_KEY', path, vi.UNKNOWN_KEY__more(p), en.UNKNOWN_KEY__more(pe)));
  }
  return unknown > 0;
}

/** A count with its thousands grouped (a safe integer: at most 16 digits). */
function grouped(n: number, sep: string): string {
  const d = String(n);
  let out = '';
  for (let i = 0; i < d.length; i++) out += (i > 0 && (d.length - i) % 3 === 0 ? sep : '') + d[i];
  return out;
}

/**
 * The options argument of a public function, checked without a schema (for the light functions: the calendar, the
 * number helpers): `undefined` gives `{}`; anything but a plain object (`null`, a number, an array, a Date) is
 * `INVALID_INPUT`; a key not in `known` is `UNKNOWN_KEY` with a suggestion. The values are checked by the function.
 * @internal
 */
export function readOptions<T extends object>(options: unknown, known: readonly string[], path: CchcPath = ['options']): Partial<T> {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new CchcError(
      issue(
        'INVALID_INPUT',
        path,
        vi.INVALID_INPUT__options({ received: show(options) }),
        en.INVALID_INPUT__options({ received: show(options) }),
        options,
      ),
    );
  }
  const problems: CchcIssue[] = [];
  pushUnknownKeys(problems, options, (key) => known.includes(key), path, known); // at most MAX_UNKNOWN_KEYS listed
  if (problems.length > 0) throw new CchcError(problems);
  return options as Partial<T>;
}

/**
 * Read an own property of an options object (never one inherited from `Object.prototype`: `{}.toString` is not an
 * option).
 * @internal
 */
export function own<T extends object, K extends keyof T>(options: T, key: K): T[K] | undefined {
  return Object.hasOwn(options, key) ? options[key] : undefined;
}

/**
 * A required input object of a public function, checked without a schema: a plain object whose keys are all in
 * `known` (`UNKNOWN_KEY` with a suggestion otherwise). `shape` names the expected keys in the message
 * (`'{ parts, total }'`).
 * @internal
 */
export function readInputObject<T extends object>(input: unknown, known: readonly string[], shape: string, path: CchcPath = []): T {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    const p = { expected: shape, received: show(input) };
    throw new CchcError(issue('INVALID_INPUT', path, vi.INVALID_INPUT__object(p), en.INVALID_INPUT__object(p), input));
  }
  const problems: CchcIssue[] = [];
  pushUnknownKeys(problems, input, (key) => known.includes(key), path, known); // at most MAX_UNKNOWN_KEYS listed
  if (problems.length > 0) throw new CchcError(problems);
  return input as T;
}
