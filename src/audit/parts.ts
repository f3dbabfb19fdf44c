import type { BilingualText } from '../core/bilingual.js';
import { toDecimal, type DecimalInput } from '../core/decimal.js';
import type { AuditFinding } from './finding.js';
import { labelOf, PartsInputSchema } from './schemas.js';
import { targetFinding, type AuditTarget } from './target.js';
import { expression, findingValue, num, sumOf } from './_internal/text.js';

/**
 * Input of {@link auditParts}.
 *
 * @example
 * ```ts
 * import type { PartsInput } from 'cchc';
 * const input: PartsInput = { label: { vi: 'Chữ ký số', en: 'Signatures' }, total: 371, parts: [62, 15, 95, 47], exhaustive: false };
 * ```
 */
export interface PartsInput extends AuditTarget {
  /** The printed total. */
  readonly total: DecimalInput;
  /** The printed parts. */
  readonly parts: readonly DecimalInput[];
  /**
   * `true` when the parts claim to be the whole breakdown (they must add up to the total); `false` for a "trong đó"
   * list of some parts (they must not exceed the total).
   */
  readonly exhaustive: boolean;
  /**
   * Printed figures that might account for a difference (e.g. units slated for equitisation). When one equals the
   * difference the finding says so — without assuming it — and is a warning rather than an error.
   */
  readonly explanations?: readonly PartsExplanation[];
  /** Severity when no explanation matches (default `'error'`). */
  readonly severity?: 'error' | 'warning';
}

/**
 * A printed figure that might account for a difference in {@link auditParts}: its value and its name `{ vi, en }`
 * (or the deprecated `labelVi` / `labelEn`).
 *
 * @example
 * ```ts
 * import type { PartsExplanation } from 'cchc';
 * const e: PartsExplanation = { value: 5, label: { vi: '05 đơn vị cổ phần hóa', en: 'the 5 units slated for equitisation' } };
 * ```
 */
export interface PartsExplanation {
  readonly value: DecimalInput;
  readonly label?: BilingualText;
  /** @deprecated Use `label: { vi, en }` (0.2). */
  readonly labelVi?: string;
  /** @deprecated Use `label: { vi, en }` (0.2). */
  readonly labelEn?: string;
}

/**
 * Check a count against its parts (kiểm tra tổng và các thành phần): an exhaustive breakdown must add up to the total
 * (`sum-mismatch`); a partial "trong đó" list must not exceed it (`parts-exceed-total`).
 *
 * @throws {@link CchcError} `INVALID_INPUT`.
 * @example
 * ```ts
 * import { auditParts } from 'cchc';
 * // §II.3: units reduced 7 + 1 + 3 + 5 + 26 + 1 + 2 + 2 = 47, printed "giảm được 52"; 5 units slated for equitisation
 * const [f] = auditParts({
 *   label: { vi: 'Số đơn vị sự nghiệp giảm', en: 'Public service units cut' },
 *   total: 52, parts: [7, 1, 3, 5, 26, 1, 2, 2], exhaustive: true,
 *   explanations: [{ value: 5, label: { vi: '05 đơn vị cổ phần hóa giai đoạn 2018–2020', en: 'the 5 units slated for equitisation in 2018–2020' } }],
 * });
 * [f?.code, f?.severity, f?.expected, f?.actual]; // ['sum-mismatch', 'warning', 47, 52]
 * ```
 */
export function auditParts(input: PartsInput): AuditFinding[] {
  const v = PartsInputSchema.parse(input);
  const total = toDecimal(v.total);
  const parts = v.parts.map((p) => toDecimal(p));
  const sum = sumOf(parts);
  const expr = (l: 'vi' | 'en') => (parts.length > 1 ? `${expression(parts.map((value) => ({ value })), l)} = ${num(sum, l)}` : num(sum, l));
  if (!v.exhaustive) {
    if (sum.lte(total)) return [];
    return [
      targetFinding(
        v,
        'parts-exceed-total',
        v.severity ?? 'error',
        findingValue(total),
        findingValue(sum),
        `phần "trong đó" là ${expr('vi')}, lớn hơn tổng ${num(total, 'vi')}.`,
        `the listed part${parts.length > 1 ? 's' : ''} (${expr('en')}) exceed${parts.length > 1 ? '' : 's'} the total ${num(total, 'en')}.`,
      ),
    ];
  }
  if (sum.eq(total)) return [];
  const diff = total.minus(sum);
  const found = (v.explanations ?? []).find((e) => toDecimal(e.value).eq(diff.abs()));
  const match = found ? labelOf(found) : undefined;
  const hintVi = match
    ? ` Phần chênh ${num(diff.abs(), 'vi')} bằng đúng ${match.vi}: có thể báo cáo đã tính cả số này, nhưng báo cáo không nói như vậy.`
    : '';
  const hintEn = match ? ` The difference of ${num(diff.abs(), 'en')} equals ${match.en}, which may account for it, but the report does not say so.` : '';
  return [
    targetFinding(
      v,
      'sum-mismatch',
      match ? 'warning' : (v.severity ?? 'error'),
      findingValue(sum),
      findingValue(total),
      `các thành phần liệt kê cộng lại ${expr('vi')}, nhưng tổng in ${num(total, 'vi')} (lệch ${num(diff.abs(), 'vi')}).${hintVi}`,
      `the listed parts add up to ${expr('en')}, but the printed total is ${num(total, 'en')} (off by ${num(diff.abs(), 'en')}).${hintEn}`,
    ),
  ];
}
