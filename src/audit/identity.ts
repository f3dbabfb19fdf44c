import { CchcError, type CchcIssue } from '../core/errors.js';
import type { Locale } from '../core/locale.js';
import * as viF from '../core/messages/vi/audit-findings.js';
import * as enF from '../core/messages/en/audit-findings.js';
import type { AuditFinding } from './finding.js';
import type { PrintedFigure } from './printed-figure.js';
import { IdentityInputSchema } from './schemas.js';
import { targetFinding, type AuditTarget } from './target.js';
import { exact, fmt, judge, minus, readFigure, sum, tidy, type ReadContext, type Reading } from './_internal/reading.js';

/**
 * Input of {@link auditIdentity}: terms with signs that must add up to a printed result.
 *
 * @example
 * ```ts
 * import type { IdentityInput } from 'cchc';
 * const input: IdentityInput = { label: { vi: 'x', en: 'x' }, terms: [{ value: 189 }, { value: 24, sign: -1 }], result: 165 };
 * ```
 *
 * @category Audits
 */
export interface IdentityInput extends AuditTarget {
  /** The terms (sign +1 unless −1 is given): numbers or printed texts ("1.420", "hơn 5,7 nghìn tỷ"). */
  readonly terms: readonly { readonly value: PrintedFigure; readonly sign?: 1 | -1 }[];
  /** The printed result. */
  readonly result: PrintedFigure;
  /** Severity when it does not hold (default `'error'`). */
  readonly severity?: 'error' | 'warning';
}

/**
 * Check a printed identity (đẳng thức in trong báo cáo), e.g. "1.000 − 7 + 11 = 1.004", "20 sở + 5 cơ quan = 25" or
 * "1.420 + 265 = 1.686". Returns one `identity-mismatch` finding when the terms do not add up to the result (a warning
 * when only a loose reading of an approximate figure explains it), an `identity-rounded` note when only the rounding
 * of figures printed with decimals does.
 *
 * @throws {@link CchcError} `INVALID_INPUT`.
 * @example
 * ```ts
 * import { auditIdentity } from 'cchc';
 * auditIdentity({ label: { vi: 'Đơn vị sự nghiệp 2015–2017', en: 'Public service units 2015–2017' }, terms: [{ value: 10000 }, { value: 7, sign: -1 }, { value: 11 }], result: 1004 })[0]?.expected; // 10004
 * auditIdentity({ label: { vi: 'x', en: 'x' }, terms: [{ value: 20 }, { value: 5 }], result: 25 }); // []
 * ```
 *
 * @category Audits
 */
export function auditIdentity(input: IdentityInput): AuditFinding[] {
  const v = IdentityInputSchema.parse(input);
  const ctx: ReadContext = { locale: v.locale ?? 'vi', tolerance: v.approximateTolerance ?? 0.1 };
  const problems: CchcIssue[] = [];
  const terms = v.terms.map((t, i) => ({ read: readFigure(t.value, ['terms', i, 'value'], 'value', ctx, problems), sign: t.sign ?? 1 }));
  const result = readFigure(v.result, ['result'], 'value', ctx, problems);
  if (problems.length > 0 || !result) throw new CchcError(problems);
  const plusTerms = terms.filter((t) => t.sign === 1).map((t) => t.read!);
  const minusTerms = terms.filter((t) => t.sign === -1).map((t) => t.read!);
  const computed = minusTerms.length === 0 ? sum(plusTerms) : minus(plusTerms.length > 0 ? sum(plusTerms) : exact(0), sum(minusTerms));
  const verdict = judge(computed, result);
  if (verdict === 'exact' || verdict === 'approximate') return [];
  const show = (r: Reading, l: Locale) => (r.text !== undefined && (r.approximate || r.percent) ? r.text : fmt(r.point, l));
  const expr = (l: Locale) =>
    terms
      .map((t, i) => (i === 0 ? `${t.sign === -1 ? '−' : ''}${show(t.read!, l)}` : ` ${t.sign === -1 ? '−' : '+'} ${show(t.read!, l)}`))
      .join('');
  const value = (r: Reading) => (r.approximate && r.text !== undefined ? r.text : tidy(r.point));
  if (verdict === 'rounded' || verdict === 'soft') {
    return [
      targetFinding(
        v,
        'identity-rounded',
        'info',
        value(computed),
        value(result),
        viF.identityRounded({ expr: `${expr('vi')} = ${fmt(computed.point, 'vi')}`, result: show(result, 'vi') }),
        enF.identityRounded({ expr: `${expr('en')} = ${fmt(computed.point, 'en')}`, result: show(result, 'en') }),
      ),
    ];
  }
  return [
    targetFinding(
      v,
      'identity-mismatch',
      verdict === 'loose' ? 'warning' : (v.severity ?? 'error'),
      value(computed),
      value(result),
      `${expr('vi')} = ${fmt(computed.point, 'vi')}, không phải ${show(result, 'vi')} như in trong báo cáo.`,
      `${expr('en')} = ${fmt(computed.point, 'en')}, not ${show(result, 'en')} as printed.`,
    ),
  ];
}
