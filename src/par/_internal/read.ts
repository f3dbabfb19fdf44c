import type { Decimal } from 'decimal.js';
import { CchcDecimal, toDecimal } from '../../core/decimal.js';
import { CchcError, issue, show, type CchcIssue, type CchcPath } from '../../core/errors.js';
import { parseViNumber, parseViPercent } from '../../core/parse-vi-number.js';

/** A list every validation step appends its problems to, so that all of them are reported together. */
export type Problems = CchcIssue[];

/** Whether a value is a plain (non-null, non-array) object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Read a number-like value: a finite JS number, a bigint, a Decimal, or a text in Vietnamese notation ("14,5",
 * "1.000"); with `percentSign`, a text may end with "%" ("84,58%" is 84,58 percent points). Problems go to `problems`
 * (with `path`); returns `undefined` then.
 */
export function readDecimal(value: unknown, path: CchcPath, problems: Problems, options: { percentSign?: boolean } = {}): Decimal | undefined {
  try {
    if (typeof value === 'string') return new CchcDecimal(options.percentSign ? parseViPercent(value, { requireSign: false }) : parseViNumber(value));
    return toDecimal(value, path);
  } catch (e) {
    if (e instanceof CchcError) {
      problems.push(...e.issues.map((i) => (i.path.length === 0 ? issue(i.code, path, i.messageVi, i.messageEn, i.received) : i)));
      return undefined;
    }
    throw e;
  }
}

/** Codes are dotted segments of letters and digits: "1", "1.1", "1.1.2", "9", "A.1". */
export const CODE_PATTERN = /^[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*$/;

/** The code of the parent a code implies ("1.1.2" → "1.1"; "1" → null). */
export function impliedParentCode(code: string): string | null {
  const i = code.lastIndexOf('.');
  return i < 0 ? null : code.slice(0, i);
}

/** An issue for a value that is not of the expected type. */
export function typeIssue(path: CchcPath, expectedVi: string, expectedEn: string, value: unknown): CchcIssue {
  return issue('INVALID_INPUT', path, `Cần ${expectedVi}, nhận được ${show(value)}`, `Expected ${expectedEn}, received ${show(value)}`, value);
}

/** Decimal zero and one-hundred, made once. */
export const ZERO: Decimal = new CchcDecimal(0);
export const ONE: Decimal = new CchcDecimal(1);
export const HUNDRED: Decimal = new CchcDecimal(100);

/** achieved / max × 100, or `null` when max is 0. */
export function indexOf(achieved: Decimal, max: Decimal): Decimal | null {
  return max.isZero() ? null : achieved.div(max).times(100);
}

/** A Decimal written for messages the Vietnamese way ("14,5"). */
export function vi(d: Decimal): string {
  return d.toFixed().replace('.', ',');
}
