import { CchcDecimal, toDecimal, type DecimalInput } from '../core/decimal.js';
import { roundDecimal } from '../core/rounding.js';
import type { AuditFinding } from './finding.js';
import { ClaimInputSchema } from './schemas.js';
import { targetFinding, type AuditTarget } from './target.js';
import { findingValue, num, pct } from './_internal/text.js';

/**
 * Input of {@link auditClaim}: a printed claim such as "đạt trên 30% số đơn vị".
 *
 * @example
 * ```ts
 * import type { ClaimInput } from 'cchc';
 * const input: ClaimInput = { label: { vi: 'Kiểm tra', en: 'Inspections' }, numerator: 14, denominator: 42, comparison: 'at-least', percent: 30 };
 * ```
 *
 * @category Audits
 */
export interface ClaimInput extends AuditTarget {
  /** The figure on top. */
  readonly numerator: DecimalInput;
  /** The figure below (not 0). */
  readonly denominator: DecimalInput;
  /** `at-least` for "đạt trên / ít nhất", `at-most` for "không quá". */
  readonly comparison: 'at-least' | 'at-most';
  /** The threshold in percent points. */
  readonly percent: number;
  /** Whether the threshold itself satisfies the claim (default `true`; `false` for a strict "trên 30%"). */
  readonly inclusive?: boolean;
}

/**
 * Check a printed claim against a threshold ("đạt trên 30%"): one `claim-not-met` error when the figures do not
 * bear it out. The comparison is exact.
 *
 * @throws {@link CchcError} `INVALID_INPUT`.
 * @example
 * ```ts
 * import { auditClaim } from 'cchc';
 * auditClaim({ label: { vi: 'Tỷ lệ cơ quan được kiểm tra', en: 'Share inspected' }, numerator: 14, denominator: 42, comparison: 'at-least', percent: 30 }); // []
 * auditClaim({ label: { vi: 'x', en: 'x' }, numerator: 10, denominator: 42, comparison: 'at-least', percent: 30 })[0]?.code; // 'claim-not-met'
 * ```
 *
 * @category Audits
 */
export function auditClaim(input: ClaimInput): AuditFinding[] {
  const v = ClaimInputSchema.parse(input);
  const value = toDecimal(v.numerator).div(toDecimal(v.denominator)).times(100);
  const cmp = value.cmp(v.percent);
  const inclusive = v.inclusive ?? true;
  const ok = v.comparison === 'at-least' ? cmp > 0 || (inclusive && cmp === 0) : cmp < 0 || (inclusive && cmp === 0);
  if (ok) return [];
  const op = v.comparison === 'at-least' ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<';
  const shown = roundDecimal(value, 2, 'half-up');
  const pd = Math.max(0, new CchcDecimal(v.percent).decimalPlaces());
  return [
    targetFinding(
      v,
      'claim-not-met',
      'error',
      `${op} ${v.percent}%`,
      findingValue(shown),
      `${num(toDecimal(v.numerator), 'vi')}/${num(toDecimal(v.denominator), 'vi')} = ${pct(shown, 2, 'vi')}, không đạt ${op} ${pct(v.percent, pd, 'vi')} như báo cáo khẳng định.`,
      `${num(toDecimal(v.numerator), 'en')}/${num(toDecimal(v.denominator), 'en')} = ${pct(shown, 2, 'en')}, which does not bear out the claimed ${op} ${pct(v.percent, pd, 'en')}.`,
    ),
  ];
}
