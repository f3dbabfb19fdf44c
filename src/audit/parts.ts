import type { BilingualText } from '../core/bilingual.js';
import type { DecimalInput } from '../core/decimal.js';
import { CchcError, type CchcIssue } from '../core/errors.js';
import type { Locale } from '../core/locale.js';
import * as viF from '../core/messages/vi/audit-findings.js';
import * as enF from '../core/messages/en/audit-findings.js';
import type { AuditFinding } from './finding.js';
import type { PrintedFigure } from './printed-figure.js';
import { labelOf, PartsInputSchema } from './schemas.js';
import { targetFinding, type AuditTarget } from './target.js';
import { fmt, judge, minus, readFigure, sum, tidy, type ReadContext, type Reading } from './_internal/reading.js';

/**
 * Input of {@link auditParts}.
 *
 * @example
 * ```ts
 * import type { PartsInput } from 'cchc';
 * const input: PartsInput = { label: { vi: 'Chữ ký số', en: 'Signatures' }, total: 371, parts: [62, 15, 95, 47], exhaustive: false };
 * ```
 *
 * @category Audits
 */
export interface PartsInput extends AuditTarget {
  /** The printed total: a number, or its text ("7.518", "hơn 89.000", "94,4%"; see {@link PrintedFigure}). */
  readonly total: PrintedFigure;
  /** The printed parts (numbers or texts). */
  readonly parts: readonly PrintedFigure[];
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
 *
 * @category Audits
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
 * (`sum-mismatch`); a partial "trong đó" list must not exceed it (`parts-exceed-total`). Figures may be printed texts,
 * approximate ones included ("hơn 89.000" for 39.765 + 49.458), read as intervals; figures printed with decimals are
 * read at their precision, so a gap their rounding explains is a note (`sum-rounded`), never an error, and one only a
 * loose reading of an approximate figure explains is a warning.
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
 *
 * @category Audits
 */
export function auditParts(input: PartsInput): AuditFinding[] {
  const v = PartsInputSchema.parse(input);
  const ctx: ReadContext = { locale: v.locale ?? 'vi', tolerance: v.approximateTolerance ?? 0.1 };
  const problems: CchcIssue[] = [];
  const total = readFigure(v.total, ['total'], 'amount', ctx, problems);
  const parts = v.parts.map((p, i) => readFigure(p, ['parts', i], 'amount', ctx, problems));
  if (problems.length > 0 || !total) throw new CchcError(problems);
  const read = parts as Reading[];
  const s = sum(read);
  const show = (r: Reading, l: Locale) => (r.text !== undefined && (r.approximate || r.percent) ? r.text : fmt(r.point, l));
  const expr = (l: Locale) => (read.length > 1 ? `${read.map((r) => show(r, l)).join(' + ')} = ${fmt(s.point, l)}` : show(s, l));
  const totalText = (l: Locale) => show(total, l);
  if (!v.exhaustive) {
    if (s.core.lo === null || total.core.hi === null || s.core.lo.lte(total.core.hi)) return [];
    const loose = s.loose.lo === null || total.loose.hi === null || s.loose.lo.lte(total.loose.hi);
    return [
      targetFinding(
        v,
        'parts-exceed-total',
        loose ? 'warning' : (v.severity ?? 'error'),
        value(total),
        value(s),
        `phần "trong đó" là ${expr('vi')}, lớn hơn tổng ${totalText('vi')}.`,
        `the listed part${read.length > 1 ? 's' : ''} (${expr('en')}) exceed${read.length > 1 ? '' : 's'} the total ${totalText('en')}.`,
      ),
    ];
  }
  const verdict = judge(s, total);
  if (verdict === 'exact' || verdict === 'approximate') return [];
  if (verdict === 'rounded' || verdict === 'soft') {
    return [
      targetFinding(
        v,
        'sum-rounded',
        'info',
        value(s),
        value(total),
        viF.sumRounded({ expr: expr('vi'), total: totalText('vi') }),
        enF.sumRounded({ expr: expr('en'), total: totalText('en') }),
      ),
    ];
  }
  const diff = minus(total, s).point;
  const found = (v.explanations ?? []).find(
    (e) => !s.approximate && !total.approximate && typeof e.value !== 'string' && diff.abs().eq(String(e.value)),
  );
  const match = found ? labelOf(found) : undefined;
  const hintVi = match
    ? ` Phần chênh ${fmt(diff.abs(), 'vi')} bằng đúng ${match.vi}: có thể báo cáo đã tính cả số này, nhưng báo cáo không nói như vậy.`
    : '';
  const hintEn = match
    ? ` The difference of ${fmt(diff.abs(), 'en')} equals ${match.en}, which may account for it, but the report does not say so.`
    : '';
  return [
    targetFinding(
      v,
      'sum-mismatch',
      match || verdict === 'loose' ? 'warning' : (v.severity ?? 'error'),
      value(s),
      value(total),
      `các thành phần liệt kê cộng lại ${expr('vi')}, nhưng tổng in ${totalText('vi')} (lệch ${fmt(diff.abs(), 'vi')}).${hintVi}`,
      `the listed parts add up to ${expr('en')}, but the printed total is ${totalText('en')} (off by ${fmt(diff.abs(), 'en')}).${hintEn}`,
    ),
  ];
}

/** A figure as a finding value: the text of an approximate figure, else the number. */
function value(r: Reading): AuditFinding['expected'] {
  return r.approximate && r.text !== undefined ? r.text : tidy(r.point);
}
