import type { Decimal } from 'decimal.js';
import { CchcDecimal, toDecimal, type DecimalInput } from '../core/decimal.js';
import type { AuditFinding } from './finding.js';
import { IdentityInputSchema } from './schemas.js';
import { targetFinding, type AuditTarget } from './target.js';
import { expression, findingValue, num } from './_internal/text.js';

/**
 * Input of {@link auditIdentity}: terms with signs that must add up to a printed result.
 *
 * @example
 * ```ts
 * import type { IdentityInput } from 'cchc';
 * const input: IdentityInput = { label: { vi: 'x', en: 'x' }, terms: [{ value: 189 }, { value: 24, sign: -1 }], result: 165 };
 * ```
 */
export interface IdentityInput extends AuditTarget {
  /** The terms (sign +1 unless −1 is given). */
  readonly terms: readonly { readonly value: DecimalInput; readonly sign?: 1 | -1 }[];
  /** The printed result. */
  readonly result: DecimalInput;
  /** Severity when it does not hold (default `'error'`). */
  readonly severity?: 'error' | 'warning';
}

/**
 * Check a printed identity (đẳng thức in trong báo cáo), e.g. "1.000 − 7 + 11 = 1.004" or "20 sở + 5 cơ quan = 25".
 * Returns one `identity-mismatch` finding when the terms do not add up to the result.
 *
 * @throws {@link CchcError} `INVALID_INPUT`.
 * @example
 * ```ts
 * import { auditIdentity } from 'cchc';
 * auditIdentity({ label: { vi: 'Đơn vị sự nghiệp 2015–2017', en: 'Public service units 2015–2017' }, terms: [{ value: 10000 }, { value: 7, sign: -1 }, { value: 11 }], result: 1004 })[0]?.expected; // 10004
 * auditIdentity({ label: { vi: 'x', en: 'x' }, terms: [{ value: 20 }, { value: 5 }], result: 25 }); // []
 * ```
 */
export function auditIdentity(input: IdentityInput): AuditFinding[] {
  const v = IdentityInputSchema.parse(input);
  const terms = v.terms.map((t) => ({ value: toDecimal(t.value), sign: t.sign ?? 1 }));
  const computed = terms.reduce<Decimal>((a, t) => (t.sign === -1 ? a.minus(t.value) : a.plus(t.value)), new CchcDecimal(0));
  const result = toDecimal(v.result);
  if (computed.eq(result)) return [];
  return [
    targetFinding(
      v,
      'identity-mismatch',
      v.severity ?? 'error',
      findingValue(computed),
      findingValue(result),
      `${expression(terms, 'vi')} = ${num(computed, 'vi')}, không phải ${num(result, 'vi')} như in trong báo cáo.`,
      `${expression(terms, 'en')} = ${num(computed, 'en')}, not ${num(result, 'en')} as printed.`,
    ),
  ];
}
