import type { Decimal } from 'decimal.js';
import { CchcDecimal, toDecimal, type DecimalInput } from './decimal.js';
import { CchcError, MAX_ISSUES, fail, issue, show, type CchcIssue } from './errors.js';
import { readInputObject } from './options.js';
import * as vi from './messages/vi/core.js';
import * as en from './messages/en/core.js';

/**
 * Input of {@link checkSum}.
 *
 * @category Core
 */
export interface CheckSumInput<T extends DecimalInput = DecimalInput> {
  /** The parts (thành phần), e.g. dossiers pending by level. */
  readonly parts: readonly T[];
  /** The printed total (tổng). */
  readonly total: T;
  /** Largest |sum − total| still accepted (for totals of rounded figures). Default 0. */
  readonly tolerance?: DecimalInput;
}

/**
 * Result of {@link checkSum}; numbers when every input was a JS number (a result a number cannot hold exactly, beyond
 * 2^53, throws rather than being rounded), Decimals otherwise.
 *
 * @category Core
 */
export interface SumCheck<T> {
  /** Whether |sum − total| ≤ tolerance. */
  readonly ok: boolean;
  /** The sum of the parts. */
  readonly sum: T;
  /** sum − total: positive when the parts exceed the printed total. */
  readonly difference: T;
}

const CHECK_SUM_KEYS: readonly string[] = Object.freeze(['parts', 'total', 'tolerance']);

/**
 * Check that parts add up to a printed total (kiểm tra cộng dồn). Exact: numbers are added as decimals, so
 * 0.1 + 0.2 = 0.3.
 *
 * @throws {@link CchcError} `INVALID_NUMBER` for a NaN/Infinity/non-number part, total or tolerance, or a negative
 *   tolerance (every one listed); `INVALID_INPUT` for an input that is not `{ parts: [...], total }`; `UNKNOWN_KEY`
 *   (e.g. `totl`, with a suggestion).
 *
 * @example
 * ```ts
 * import { checkSum } from 'cchc';
 * // Seed report: pending dossiers by level vs the printed total
 * checkSum({ parts: [9235, 15297, 753], total: 17385 }); // { ok: false, sum: 25285, difference: 7900 }
 * ```
 *
 * @category Core
 */
export function checkSum(input: CheckSumInput<number>): SumCheck<number>;
export function checkSum(input: CheckSumInput): SumCheck<Decimal>;
export function checkSum(input: CheckSumInput): SumCheck<number> | SumCheck<Decimal> {
  readInputObject(input, CHECK_SUM_KEYS, '{ parts: [...], total, tolerance? }');
  if (!Array.isArray(input.parts)) {
    const p = { expected: '{ parts: [...], total, tolerance? }', received: show(input.parts) };
    return fail('INVALID_INPUT', ['parts'], vi.INVALID_INPUT__object(p), en.INVALID_INPUT__object(p), input.parts);
  }
  const problems: CchcIssue[] = [];
  const read = (v: unknown, path: (string | number)[]): Decimal => {
    try {
      return toDecimal(v, path);
    } catch (e) {
      if (e instanceof CchcError) problems.push(...e.issues);
      else throw e;
      return new CchcDecimal(0);
    }
  };
  const parts: Decimal[] = [];
  // An index loop visits the holes of a sparse array (read as undefined: INVALID_NUMBER), which `map` would skip.
  for (let i = 0; i < input.parts.length; i++) {
    parts.push(read(input.parts[i], ['parts', i]));
    if (problems.length >= MAX_ISSUES) throw new CchcError(problems); // a million bad parts: the first MAX_ISSUES
  }
  const total = read(input.total, ['total']);
  const tolerance = input.tolerance === undefined ? new CchcDecimal(0) : read(input.tolerance, ['tolerance']);
  if (tolerance.isNegative() && !tolerance.isZero()) {
    const p = { received: tolerance.toString() };
    problems.push(
      issue(
        'INVALID_NUMBER',
        ['tolerance'],
        vi.INVALID_NUMBER__negativeTolerance(p),
        en.INVALID_NUMBER__negativeTolerance(p),
        tolerance.toString(),
      ),
    );
  }
  if (problems.length > 0) throw new CchcError(problems);
  const sum = parts.reduce((a, b) => a.plus(b), new CchcDecimal(0));
  const difference = sum.minus(total);
  const ok = difference.abs().lte(tolerance);
  const allNumbers = typeof input.total === 'number' && input.parts.every((p) => typeof p === 'number');
  if (allNumbers) {
    const exact = (d: Decimal) => new CchcDecimal(d.toNumber()).eq(d);
    if (!exact(sum) || !exact(difference)) {
      const what = exact(sum) ? difference : sum;
      const p = { received: what.toFixed() };
      return fail(
        'INVALID_NUMBER',
        exact(sum) ? ['difference'] : ['sum'],
        vi.INVALID_NUMBER__inexact(p),
        en.INVALID_NUMBER__inexact(p),
        what.toFixed(),
      );
    }
    return Object.freeze({ ok, sum: sum.toNumber(), difference: difference.toNumber() });
  }
  return Object.freeze({ ok, sum, difference });
}
