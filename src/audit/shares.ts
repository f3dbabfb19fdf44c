import type { Decimal } from 'decimal.js';
import type { BilingualText } from '../core/bilingual.js';
import { checkPrintedRate } from '../core/check-printed-rate.js';
import { CchcDecimal } from '../core/decimal.js';
import { largestRemainder } from '../core/largest-remainder.js';
import { CchcError, type CchcIssue } from '../core/errors.js';
import { readFigure, type ReadContext, type Reading } from './_internal/reading.js';
import type { AuditFinding } from './finding.js';
import { labelOf, SharesInputSchema } from './schemas.js';
import { targetFinding, type AuditTarget } from './target.js';
import { countSum as sumCounts, expression, findingValue, num, pct, sumOf } from './_internal/text.js';

/**
 * Input of {@link auditShares}: a distribution of counts over classes with the shares printed for them.
 *
 * @example
 * ```ts
 * import type { SharesInput } from 'cchc';
 * const input: SharesInput = { label: { vi: 'Văn bản', en: 'Documents' }, items: [{ label: { vi: 'Điện tử', en: 'Electronic' }, printedShare: '65%' }, { label: { vi: 'Song song', en: 'Parallel' }, printedShare: '35%' }] };
 * ```
 *
 * @category Audits
 */
export interface SharesInput extends AuditTarget {
  /** The printed total the shares are of (e.g. 42 units); default: the sum of the counts. */
  readonly total?: number;
  /** The classes: a name, the count (when printed) and the printed share ("52,40%"). */
  readonly items: readonly SharesItem[];
}

/**
 * A class of {@link SharesInput}: a name (`label`, or the deprecated `labelVi` with an optional `labelEn`), the count
 * when printed, and the printed share ("52,40%").
 *
 * @example
 * ```ts
 * import type { SharesItem } from 'cchc';
 * const item: SharesItem = { label: { vi: 'Tốt', en: 'Good' }, count: 22, printedShare: '52,40%' };
 * ```
 *
 * @category Audits
 */
export interface SharesItem {
  readonly label?: BilingualText;
  /** @deprecated Use `label: { vi, en }` (0.2). */
  readonly labelVi?: string;
  /** @deprecated Use `label: { vi, en }` (0.2); default: the Vietnamese name. */
  readonly labelEn?: string;
  readonly count?: number;
  readonly printedShare?: string;
}

/**
 * Check a distribution and its printed shares (kiểm tra cơ cấu %): the counts against the printed total
 * (`sum-mismatch`), each printed share against its count (`share-mismatch` when no rounding of count/total at the
 * printed decimals — half-up, truncation, or a largest-remainder allocation that sums to 100 — gives it;
 * `rate-truncated` info when only truncation does), and, when some shares have no count to check them by, the printed
 * shares against 100% within what rounding explains (`shares-sum-mismatch`).
 *
 * Each printed share is judged at its own decimals, so "33,3%" next to "52,38%" is fine.
 *
 * @throws {@link CchcError} `INVALID_INPUT`, `INVALID_NUMBER` (a printed share that is not a percentage).
 * @example
 * ```ts
 * import { auditShares } from 'cchc';
 * // Báo cáo 389/BC-UBND, §I.1: 14/22/4/2 of 42 units, printed 33,3% / 52,40% / 9,52% / 4,78%
 * const findings = auditShares({
 *   label: { vi: 'Xếp loại Chỉ số CCHC 2018', en: 'PAR index classes 2018' }, total: 42,
 *   items: [
 *     { label: { vi: 'Xuất sắc', en: 'Excellent' }, count: 14, printedShare: '33,3%' },
 *     { label: { vi: 'Tốt', en: 'Good' }, count: 22, printedShare: '52,40%' },
 *     { label: { vi: 'Khá', en: 'Fair' }, count: 4, printedShare: '9,52%' },
 *     { label: { vi: 'Trung bình', en: 'Average' }, count: 2, printedShare: '4,78%' },
 *   ],
 * });
 * findings.map((f) => [f.code, f.row, String(f.expected)]); // [['share-mismatch', 'Tốt', '52.38'], ['share-mismatch', 'Trung bình', '4.76']]
 * ```
 *
 * @category Audits
 */
export function auditShares(input: SharesInput): AuditFinding[] {
  const v = SharesInputSchema.parse(input);
  const ctx: ReadContext = { locale: v.locale ?? 'vi', tolerance: v.approximateTolerance ?? 0.1 };
  const problems: CchcIssue[] = [];
  // printed shares, in the input's notation ("52,40%"; "98.12 percent" with locale 'en'; "27.7" without a sign)
  const shares = v.items.map((item, i) =>
    item.printedShare === undefined ? undefined : readFigure(item.printedShare, ['items', i, 'printedShare'], 'percent', ctx, problems),
  );
  if (problems.length > 0) throw new CchcError(problems);
  const out: AuditFinding[] = [];
  const allCounts = v.items.every((i) => i.count !== undefined);
  const counts = v.items.map((i) => i.count ?? 0);
  const countSum = sumCounts(counts);
  if (v.total !== undefined && allCounts && countSum !== v.total) {
    out.push(
      targetFinding(
        v,
        'sum-mismatch',
        'error',
        countSum,
        v.total,
        `các nhóm cộng lại ${expression(
          counts.map((value) => ({ value })),
          'vi',
        )} = ${num(countSum, 'vi')}, nhưng tổng in ${num(v.total, 'vi')}.`,
        `the classes add up to ${expression(
          counts.map((value) => ({ value })),
          'en',
        )} = ${num(countSum, 'en')}, but the printed total is ${num(v.total, 'en')}.`,
      ),
    );
  }
  const denominator = v.total ?? (allCounts ? countSum : undefined);
  const lrCache = new Map<number, Decimal[]>();
  const lr = (decimals: number) => {
    if (!allCounts || countSum === 0 || denominator !== countSum) return undefined;
    if (!lrCache.has(decimals)) lrCache.set(decimals, largestRemainder(counts, { decimals }));
    return lrCache.get(decimals);
  };
  v.items.forEach((item, idx) => {
    if (item.count === undefined || item.printedShare === undefined || denominator === undefined || denominator === 0) return;
    const share = shares[idx] as Reading;
    const check = checkPrintedRate({ numerator: item.count, denominator, printed: share.point, decimals: share.decimals });
    if (check.verdict === 'rounded') return;
    const byLr = lr(check.decimals)?.[idx];
    if (byLr?.eq(check.printed)) return;
    const label = labelOf(item);
    const t: AuditTarget = { ...v, row: label.vi, field: v.field ?? 'share' };
    const k = check.decimals;
    if (check.verdict === 'truncated') {
      out.push(
        targetFinding(
          t,
          'rate-truncated',
          'info',
          check.expectedRounded,
          item.printedShare,
          `${label.vi} ${num(item.count, 'vi')}/${num(denominator, 'vi')} in ${item.printedShare}: cắt bớt thay vì làm tròn (${pct(check.expectedRounded, k, 'vi')}).`,
          `${label.en} ${num(item.count, 'en')}/${num(denominator, 'en')} printed ${item.printedShare}: truncated rather than rounded (${pct(check.expectedRounded, k, 'en')}).`,
        ),
      );
      return;
    }
    out.push(
      targetFinding(
        t,
        'share-mismatch',
        'error',
        check.expectedRounded,
        item.printedShare,
        `${label.vi} ${num(item.count, 'vi')}/${num(denominator, 'vi')} = ${pct(check.expectedRounded, k, 'vi')}, nhưng báo cáo in ${item.printedShare}.`,
        `${label.en} ${num(item.count, 'en')}/${num(denominator, 'en')} = ${pct(check.expectedRounded, k, 'en')}, but the report prints ${item.printedShare}.`,
      ),
    );
  });
  const everyShareChecked = v.items.every((i) => i.count !== undefined && i.printedShare !== undefined) && denominator !== undefined;
  const allShares = v.items.every((i) => i.printedShare !== undefined);
  if (allShares && !everyShareChecked) {
    const points = shares.map((r) => r!.point);
    const halfUnits = shares.map((r) => new CchcDecimal(5).times(new CchcDecimal(10).pow(-(r!.decimals + 1))));
    const total = sumOf(points);
    const tolerance = sumOf(halfUnits);
    if (total.minus(100).abs().gt(tolerance)) {
      const dec = shares.reduce((m, r) => Math.max(m, r!.decimals), 0);
      out.push(
        targetFinding(
          { ...v, field: v.field ?? 'shares' },
          'shares-sum-mismatch',
          'error',
          100,
          findingValue(total),
          `các tỷ lệ in ${v.items.map((i) => i.printedShare).join(' + ')} = ${pct(total, dec, 'vi')}, không phải 100% (làm tròn chỉ giải thích được lệch tối đa ${pct(tolerance, dec + 1, 'vi')}).`,
          `the printed shares ${v.items.map((i) => i.printedShare).join(' + ')} add up to ${pct(total, dec, 'en')}, not 100% (rounding explains at most ${pct(tolerance, dec + 1, 'en')}).`,
        ),
      );
    }
  }
  return out;
}
