import type { Decimal } from 'decimal.js';
import { Decimal as DecimalClass } from 'decimal.js';
import { CchcDecimal, toDecimal } from '../../core/decimal.js';
import { CchcError, issue, show, type CchcIssue, type CchcPath } from '../../core/errors.js';
import { readOptions, pushUnknownKeys } from '../../core/options.js';
import { parseViNumber, parseViPercent } from '../../core/parse-vi-number.js';
import { isPlainObject } from '../../core/schema.js';
import { suggestKey } from '../../core/suggest.js';
import * as coreVi from '../../core/messages/vi/core.js';
import * as coreEn from '../../core/messages/en/core.js';
import * as vi from '../../core/messages/vi/par.js';
import * as en from '../../core/messages/en/par.js';

/**
 * A list every validation step appends its problems to, so that all of them are reported together.
 *
 * @category PAR INDEX
 */
export type Problems = CchcIssue[];

/**
 * A grouping key compared as text: NFC, so that composed and decomposed Vietnamese ("Sở Tư pháp") are one key.
 *
 * @category PAR INDEX
 */
export function groupingKey<T>(key: T): T | string {
  return typeof key === 'string' ? key.normalize('NFC') : key;
}

/**
 * Whether a value is a non-null, non-array object (a library result, a Decimal, a plain object …).
 *
 * @category PAR INDEX
 */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export { isPlainObject };

/**
 * Own property of an object, never one inherited from `Object.prototype` (`{}.constructor` is not an input).
 *
 * @category PAR INDEX
 */
export function own(obj: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/**
 * Read a number-like value: a finite JS number, a bigint, a Decimal, or a text in Vietnamese notation ("14,5",
 * "1.000"); with `percentSign`, a text may end with "%" ("84,58%" is 84,58 percent points). -0 is read as 0. Problems
 * go to `problems` (with `path`); returns `undefined` then.
 *
 * @category PAR INDEX
 */
export function readDecimal(
  value: unknown,
  path: CchcPath,
  problems: Problems,
  options: { percentSign?: boolean } = {},
): Decimal | undefined {
  try {
    const d =
      typeof value === 'string'
        ? new CchcDecimal(options.percentSign ? parseViPercent(value, { requireSign: false }) : parseViNumber(value))
        : toDecimal(value, path);
    // -0 (as some exports write a zero) is 0: never "negative points".
    return d.isZero() ? d.abs() : d;
  } catch (e) {
    if (e instanceof CchcError) {
      problems.push(...e.issues.map((i) => (i.path.length === 0 ? issue(i.code, path, i.messageVi, i.messageEn, i.received) : i)));
      return undefined;
    }
    throw e;
  }
}

/**
 * Read a value in percent points (an index, a class bound, a target): a number, bigint, Decimal or Vietnamese text,
 * with or without "%" ("84,58" and "84,58%" are both 84,58 points), or a rate object ({@link Ratio},
 * {@link RatioLike}), whose fraction is turned into points (0,8458 → 84,58). "85%" therefore means the same here as
 * wherever a rate is read: 0,85 as a fraction, 85 as points.
 *
 * @category PAR INDEX
 */
export function readPercentPoints(value: unknown, path: CchcPath, problems: Problems): Decimal | undefined {
  if (isObject(value) && !DecimalClass.isDecimal(value) && Object.hasOwn(value, 'value')) {
    const v = value.value;
    if (DecimalClass.isDecimal(v) && (v as Decimal).isFinite()) return (v as Decimal).times(100);
    problems.push(
      issue(
        'INVALID_NUMBER',
        [...path, 'value'],
        coreVi.INVALID_NUMBER__finite({ received: show(v) }),
        coreEn.INVALID_NUMBER__finite({ received: show(v) }),
        v,
      ),
    );
    return undefined;
  }
  return readDecimal(value, path, problems, { percentSign: true });
}

/**
 * Codes are dotted segments of letters and digits: "1", "1.1", "1.1.2", "9", "A.1".
 *
 * @category PAR INDEX
 */
export const CODE_PATTERN = /^[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*$/;

/**
 * The number of segments of a code ("1.1.2" → 3), counted up to `limit + 1` at most (a hostile code is not split).
 *
 * @category PAR INDEX
 */
export function segmentsOf(code: string, limit: number): number {
  let n = 1;
  for (let i = code.indexOf('.'); i >= 0 && n <= limit; i = code.indexOf('.', i + 1)) n++;
  return n;
}

/**
 * The code of the parent a code implies ("1.1.2" → "1.1"; "1" → null).
 *
 * @category PAR INDEX
 */
export function impliedParentCode(code: string): string | null {
  const i = code.lastIndexOf('.');
  return i < 0 ? null : code.slice(0, i);
}

/**
 * An `INVALID_INPUT` issue for a value that is not of the expected type.
 *
 * @category PAR INDEX
 */
export function typeIssue(path: CchcPath, expected: vi.ParExpected, value: unknown): CchcIssue {
  return issue(
    'INVALID_INPUT',
    path,
    vi.INVALID_INPUT__parType({ expected, received: show(value) }),
    en.INVALID_INPUT__parType({ expected, received: show(value) }),
    value,
  );
}

/**
 * One of a fixed list of strings, compared by value (a prototype name such as 'toString' is never one), or an
 * `INVALID_INPUT` issue with a "did you mean" suggestion.
 *
 * @category PAR INDEX
 */
export function choiceIssue(value: unknown, choices: readonly string[], path: CchcPath): CchcIssue | undefined {
  if (typeof value === 'string' && choices.includes(value)) return undefined;
  const suggestion = typeof value === 'string' ? suggestKey(value, choices) : undefined;
  const p = { choices: choices.map((c) => `'${c}'`).join(', '), received: show(value), suggestion: suggestion ?? '' };
  const it = issue('INVALID_INPUT', path, coreVi.INVALID_INPUT__choice(p), coreEn.INVALID_INPUT__choice(p), value);
  return suggestion ? Object.freeze({ ...it, suggestion }) : it;
}

/**
 * A choice option, checked (throws); `undefined` gives `fallback`.
 *
 * @category PAR INDEX
 */
export function readChoice<T extends string>(value: unknown, choices: readonly T[], fallback: T, path: CchcPath): T {
  if (value === undefined) return fallback;
  const problem = choiceIssue(value, choices, path);
  if (problem) throw new CchcError(problem);
  return value as T;
}

/**
 * The options argument of a public function of the module: `undefined` gives `{}`; anything but a plain object
 * (`null`, an array, a number, a Date) is `INVALID_INPUT`; an unknown key is `UNKNOWN_KEY` with a suggestion.
 *
 * @category PAR INDEX
 */
export function readParOptions<T extends object>(options: unknown, known: readonly string[]): Partial<T> {
  if (options !== undefined && !isPlainObject(options)) {
    throw new CchcError(
      issue(
        'INVALID_INPUT',
        ['options'],
        coreVi.INVALID_INPUT__options({ received: show(options) }),
        coreEn.INVALID_INPUT__options({ received: show(options) }),
        options,
      ),
    );
  }
  return readOptions<T>(options, known);
}

/**
 * Push an `UNKNOWN_KEY` issue (with a suggestion) for every own key of `obj` not in `known`.
 *
 * @category PAR INDEX
 */
export function checkKeys(obj: object, known: readonly string[], path: CchcPath, problems: Problems): void {
  pushUnknownKeys(problems, obj, (key) => known.includes(key), path, known);
}

/**
 * Decimal zero, one and one hundred, made once.
 *
 * @category PAR INDEX
 */
export const ZERO: Decimal = new CchcDecimal(0);
export const ONE: Decimal = new CchcDecimal(1);
export const HUNDRED: Decimal = new CchcDecimal(100);

/**
 * achieved / max × 100 (percent points), or `null` when max is 0.
 *
 * @category PAR INDEX
 */
export function percentOf(achieved: Decimal, max: Decimal): Decimal | null {
  return max.isZero() ? null : achieved.div(max).times(100);
}

/**
 * A Decimal written for messages the Vietnamese way ("14,5").
 *
 * @category PAR INDEX
 */
export function viNumber(d: Decimal): string {
  return d.toFixed().replace('.', ',');
}

/**
 * A Decimal written for messages the English way ("14.5").
 *
 * @category PAR INDEX
 */
export function enNumber(d: Decimal): string {
  return d.toFixed();
}

/**
 * A fraction written as a percentage for Vietnamese messages ("0.9" → "90%").
 *
 * @category PAR INDEX
 */
export function viPercent(d: Decimal): string {
  return `${viNumber(d.times(100))}%`;
}

/**
 * A fraction written as a percentage for English messages ("0.9" → "90%").
 *
 * @category PAR INDEX
 */
export function enPercent(d: Decimal): string {
  return `${d.times(100).toFixed()}%`;
}

/**
 * Define deprecated aliases of result fields as non-enumerable properties (so that JSON, spreading and equality
 * comparisons see only the current names) and freeze the object.
 *
 * @category PAR INDEX
 */
export function freezeWithAliases<T extends object>(obj: T, aliases: Readonly<Record<string, string>>): T {
  for (const [old, current] of Object.entries(aliases)) {
    Object.defineProperty(obj, old, {
      value: (obj as Record<string, unknown>)[current],
      enumerable: false,
      writable: false,
      configurable: false,
    });
  }
  return Object.freeze(obj);
}
