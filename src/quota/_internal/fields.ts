import { z } from 'zod';
import type { Decimal } from 'decimal.js';
import { CchcError, show, type CchcIssue } from '../../core/errors.js';
import { toDecimal, type DecimalInput } from '../../core/decimal.js';
import { countIssue } from '../../core/ratio.js';
import { parseIsoDate } from '../../core/iso-date.js';

/** Report a cchc issue inside a zod refinement (so `parseWithSchema` keeps its code and texts). @internal */
export function addCchcIssue<T>(ctx: z.core.$RefinementCtx<T>, problem: Pick<CchcIssue, 'code' | 'messageVi' | 'messageEn'>, value: unknown, path: (string | number)[] = []): void {
  ctx.addIssue({
    code: 'custom',
    message: problem.messageEn,
    params: { cchc: { code: problem.code, messageVi: problem.messageVi, messageEn: problem.messageEn } },
    input: value,
    path,
  });
}

/**
 * A count (non-negative safe integer) that reports `INVALID_COUNT` with the value received.
 * @internal
 */
export function countField() {
  return z.custom<number>().superRefine((v, ctx) => {
    const p = countIssue(v, []);
    if (p) addCchcIssue(ctx, p, v);
  });
}

/**
 * A positive count (≥ 1).
 * @internal
 */
export function positiveCountField(whatVi: string, whatEn: string) {
  return z.custom<number>().superRefine((v, ctx) => {
    const p = countIssue(v, []);
    if (p) addCchcIssue(ctx, p, v);
    else if (v === 0) addCchcIssue(ctx, { code: 'INVALID_COUNT', messageVi: `${whatVi} phải lớn hơn 0`, messageEn: `${whatEn} must be greater than 0` }, v);
  });
}

/**
 * An exact non-negative quantity (number, bigint or Decimal; not NaN/Infinity).
 * @internal
 */
export function quantityField() {
  return z.custom<DecimalInput>().superRefine((v, ctx) => {
    const d = readDecimal(v, ctx);
    if (d && d.isNegative()) addCchcIssue(ctx, { code: 'INVALID_NUMBER', messageVi: `Đại lượng không được âm: ${d.toString()}`, messageEn: `A quantity may not be negative: ${d.toString()}` }, v);
  });
}

/**
 * A percentage in percent points, > 0 and ≤ `max` (default 100).
 * @internal
 */
export function percentField(max: number | null = 100, allowZero = false) {
  return z.custom<DecimalInput>().superRefine((v, ctx) => {
    const d = readDecimal(v, ctx);
    if (!d) return;
    if (d.isNegative() || (!allowZero && d.isZero()) || (max !== null && d.gt(max))) {
      const range = `${allowZero ? '≥ 0' : '> 0'}${max !== null ? ` và ≤ ${max}` : ''}`;
      const rangeEn = `${allowZero ? '≥ 0' : '> 0'}${max !== null ? ` and ≤ ${max}` : ''}`;
      addCchcIssue(ctx, { code: 'INVALID_PERCENT', messageVi: `Tỷ lệ phần trăm phải ${range}, nhận được ${d.toString()}`, messageEn: `A percentage must be ${rangeEn}, received ${d.toString()}` }, v);
    }
  });
}

/** An ISO date that reports `INVALID_DATE` with core's messages. @internal */
export function isoDateField() {
  return z.custom<string>().superRefine((v, ctx) => {
    try {
      parseIsoDate(v);
    } catch (e) {
      if (e instanceof CchcError) for (const i of e.issues) addCchcIssue(ctx, i, v);
      else throw e;
    }
  });
}

function readDecimal<T>(v: unknown, ctx: z.core.$RefinementCtx<T>): Decimal | undefined {
  try {
    return toDecimal(v);
  } catch (e) {
    if (e instanceof CchcError) for (const i of e.issues) addCchcIssue(ctx, i, v);
    else throw e;
    return undefined;
  }
}

/** Throw one CchcError for a list of issues, if any. @internal */
export function throwIfAny(issues: readonly CchcIssue[]): void {
  if (issues.length > 0) throw new CchcError(issues);
}

/** `show` re-exported for message building in this module. @internal */
export { show };
