import type { Decimal } from 'decimal.js';
import { checkPrintedRate } from '../core/check-printed-rate.js';
import { CchcDecimal } from '../core/decimal.js';
import { CchcError, type CchcIssue } from '../core/errors.js';
import type { AuditFinding } from './finding.js';
import type { PrintedFigure } from './printed-figure.js';
import { PrintedRateInputSchema } from './schemas.js';
import { targetFinding, type AuditTarget } from './target.js';
import { num, pct } from './_internal/text.js';
import { rateFindings } from './_internal/rates.js';
import { readFigure, type ReadContext } from './_internal/reading.js';

/**
 * Input of {@link auditPrintedRate}.
 *
 * @example
 * ```ts
 * import type { PrintedRateInput } from 'cchc';
 * const input: PrintedRateInput = { label: { vi: 'Tỷ lệ', en: 'Rate' }, numerator: 136, denominator: 1991, printed: '6,8%' };
 * ```
 *
 * @category Audits
 */
export interface PrintedRateInput extends AuditTarget {
  /** The figure on top: a number or its printed text ("302,877" with `locale: 'en'`, "hơn 1,03 triệu"). */
  readonly numerator: PrintedFigure;
  /** The figure below. */
  readonly denominator: PrintedFigure;
  /** The rate as printed, verbatim ("56,35%", "100%", "gần 98%", or "0" when a report prints no sign). */
  readonly printed: string;
}

/** Integers within (lo, hi], at most `max` of them, else none. */
function integersIn(loExclusive: Decimal, hiInclusive: Decimal, max: number): number[] {
  const first = loExclusive.floor().plus(1);
  const last = hiInclusive.floor();
  if (last.lt(first) || last.minus(first).gte(max)) return [];
  const out: number[] = [];
  for (let d = first; d.lte(last); d = d.plus(1)) if (d.gt(0)) out.push(d.toNumber());
  return out;
}

/**
 * The whole denominators that would give the printed rate when rounded half-up: 100·n/d ∈ [p − h, p + h) with h half
 * a unit of the last printed decimal, i.e. d ∈ (100·n/(p + h), 100·n/(p − h)].
 */
function impliedDenominators(n: Decimal, printed: Decimal, decimals: number): number[] {
  const h = new CchcDecimal(5).times(new CchcDecimal(10).pow(-(decimals + 1)));
  const lo = printed.minus(h);
  if (n.isZero() || !lo.isPositive()) return [];
  return integersIn(n.times(100).div(printed.plus(h)), n.times(100).div(lo), 3);
}

/**
 * Check a rate printed in a report against the figures it comes from (kiểm tra tỷ lệ in sẵn), through core's
 * `checkPrintedRate`:
 * - `rate-mismatch` (error) when neither rounding nor truncation at the printed decimals gives the printed text; the
 *   message names the whole denominators that would give it (a hint at which plan or base was really used);
 * - `rate-truncated` (info) when only truncation gives it;
 * - `rate-undefined` when the denominator is 0 (info for 0/0, which some reports print as "0" or "100%"; error for
 *   n/0 with n > 0).
 *
 * @throws {@link CchcError} `INVALID_INPUT`, `INVALID_NUMBER` / `AMBIGUOUS_NUMBER` for a printed text that is not a
 *   Vietnamese percentage.
 * @example
 * ```ts
 * import { auditPrintedRate } from 'cchc';
 * // Báo cáo 389/BC-UBND, §II.5.1: 3.145 of 5.582 billion VND disbursed, printed 56,35%
 * const [f] = auditPrintedRate({ label: { vi: 'Tỷ lệ giải ngân', en: 'Disbursement rate' }, numerator: 3145, denominator: 5582, printed: '56,35%' });
 * f?.code; // 'rate-mismatch'
 * String(f?.expected); // '56.34'
 * auditPrintedRate({ label: { vi: 'x', en: 'x' }, numerator: 618369, denominator: 621448, printed: '99,50%' }); // []
 * ```
 *
 * @category Audits
 */
export function auditPrintedRate(input: PrintedRateInput): AuditFinding[] {
  const v = PrintedRateInputSchema.parse(input);
  const ctx: ReadContext = { locale: v.locale ?? 'vi', tolerance: v.approximateTolerance ?? 0.1 };
  const problems: CchcIssue[] = [];
  const nr = readFigure(v.numerator, ['numerator'], 'amount', ctx, problems);
  const dr = readFigure(v.denominator, ['denominator'], 'amount', ctx, problems);
  const pr = readFigure(v.printed, ['printed'], 'percent', ctx, problems);
  if (problems.length > 0 || !nr || !dr || !pr) throw new CchcError(problems);
  if (nr.approximate || dr.approximate || pr.approximate || nr.rounded || dr.rounded) {
    // approximate figures, or English notation: checked as intervals (one candidate base: the denominator given)
    if (dr.point.isZero() && !dr.approximate) return zeroDenominator(v, nr.point, dr.point);
    return rateFindings(
      { vi: 'tỷ lệ', en: 'the rate' },
      pr,
      [{ base: { vi: 'mẫu số đã cho', en: 'the denominator given' }, num: nr, den: dr }],
      'printed',
    ).map((f) => targetFinding(v, f.code, f.severity, f.expected, f.actual, f.vi, f.en));
  }
  const n = nr.point;
  const d = dr.point;
  if (d.isZero()) return zeroDenominator(v, n, d);
  return exactRate(v, n, d, pr.point, pr.decimals);
}

function zeroDenominator(v: PrintedRateInput, n: Decimal, d: Decimal): AuditFinding[] {
  {
    const zero = n.isZero();
    return [
      targetFinding(
        v,
        'rate-undefined',
        zero ? 'info' : 'error',
        null,
        v.printed,
        zero
          ? `${num(n, 'vi')}/${num(d, 'vi')}: mẫu số bằng 0 nên không có tỷ lệ (không phải 0% cũng không phải 100%), nhưng báo cáo in "${v.printed}".`
          : `${num(n, 'vi')}/${num(d, 'vi')}: mẫu số bằng 0, không thể có tỷ lệ; báo cáo in "${v.printed}".`,
        zero
          ? `${num(n, 'en')}/${num(d, 'en')}: the denominator is 0, so there is no rate (neither 0% nor 100%), but the report prints "${v.printed}".`
          : `${num(n, 'en')}/${num(d, 'en')}: the denominator is 0, so no rate exists; the report prints "${v.printed}".`,
      ),
    ];
  }
}

function exactRate(v: PrintedRateInput, n: Decimal, d: Decimal, printed: Decimal, decimals: number): AuditFinding[] {
  let check: ReturnType<typeof checkPrintedRate>;
  try {
    check = checkPrintedRate({ numerator: n, denominator: d, printed, decimals });
  } catch (e) {
    if (e instanceof CchcError)
      throw new CchcError(e.issues.map((i) => ({ ...i, path: ['printed', ...i.path.filter((p) => p !== 'printed')] })));
    throw e;
  }
  if (check.verdict === 'rounded') return [];
  const k = check.decimals;
  const fig = (l: 'vi' | 'en') => `${num(n, l)}/${num(d, l)}`;
  if (check.verdict === 'truncated') {
    return [
      targetFinding(
        v,
        'rate-truncated',
        'info',
        check.expectedRounded,
        v.printed,
        `${fig('vi')} = ${pct(check.computed, k + 3, 'vi')}…: báo cáo in ${v.printed}, tức là cắt bớt chữ số thay vì làm tròn (làm tròn là ${pct(check.expectedRounded, k, 'vi')}).`,
        `${fig('en')} = ${pct(check.computed, k + 3, 'en')}…: the report prints ${v.printed}, truncated rather than rounded (rounded: ${pct(check.expectedRounded, k, 'en')}).`,
      ),
    ];
  }
  const implied = n.isInteger() && d.isInteger() ? impliedDenominators(n, check.printed, k).filter((x) => !d.eq(x)) : [];
  const hintVi = implied.length > 0 ? ` Tỷ lệ in ra sẽ đúng nếu mẫu số là ${implied.map((x) => num(x, 'vi')).join(' hoặc ')}.` : '';
  const hintEn =
    implied.length > 0 ? ` The printed rate would follow from a denominator of ${implied.map((x) => num(x, 'en')).join(' or ')}.` : '';
  return [
    targetFinding(
      v,
      'rate-mismatch',
      'error',
      check.expectedRounded,
      v.printed,
      `${fig('vi')} = ${pct(check.expectedRounded, k, 'vi')}, nhưng báo cáo in ${v.printed}.${hintVi}`,
      `${fig('en')} = ${pct(check.expectedRounded, k, 'en')}, but the report prints ${v.printed}.${hintEn}`,
    ),
  ];
}
