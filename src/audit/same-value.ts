import { toDecimal, type DecimalInput } from '../core/decimal.js';
import type { AuditFinding } from './finding.js';
import { SameValueInputSchema } from './schemas.js';
import { targetFinding, type AuditTarget } from './target.js';
import { expression, findingValue, num } from './_internal/text.js';

/**
 * Input of {@link auditSameValue}.
 *
 * @example
 * ```ts
 * import type { SameValueInput } from 'cchc';
 * const input: SameValueInput = { label: { vi: 'TTHC', en: 'Procedures' }, values: [{ value: 1008, location: '§II.2.2' }, { value: 1008, location: '§II.6.1' }] };
 * ```
 */
export interface SameValueInput extends AuditTarget {
  /**
   * The places the same quantity is printed: the first is the one checked, the others the references. Each has its
   * location and, when it is a printed total, the parts it adds up (shown as "901 (= 276 + 625)").
   */
  readonly values: readonly { readonly value: DecimalInput; readonly location: string; readonly locationEn?: string; readonly parts?: readonly DecimalInput[] }[];
  /** Severity (default `'warning'`: two places may count slightly different scopes; say so in the note). */
  readonly severity?: 'error' | 'warning';
}

/**
 * Check that a quantity printed in several places has one value (đối chiếu số liệu giữa các phần của báo cáo): the
 * body against an appendix, a sentence against a table. One `cross-reference-mismatch` finding (a warning by
 * default) lists every place and value when they differ.
 *
 * @throws {@link CchcError} `INVALID_INPUT`.
 * @example
 * ```ts
 * import { auditSameValue } from 'cchc';
 * const [f] = auditSameValue({
 *   label: { vi: 'Số đơn vị sự nghiệp công lập toàn tỉnh', en: 'Public service units in the province' },
 *   values: [{ value: 958, location: '§II.3' }, { value: 901, location: 'Phụ lục III, dòng 2', locationEn: 'Appendix III, row 2', parts: [276, 625] }],
 * });
 * [f?.code, f?.expected, f?.actual]; // ['cross-reference-mismatch', 901, 958]
 * ```
 */
export function auditSameValue(input: SameValueInput): AuditFinding[] {
  const v = SameValueInputSchema.parse(input);
  const values = v.values.map((x) => ({ ...x, d: toDecimal(x.value) }));
  const first = values[0]!;
  if (values.every((x) => x.d.eq(first.d))) return [];
  const reference = values.find((x) => !x.d.eq(first.d))!;
  const list = (l: 'vi' | 'en') =>
    values
      .map((x) => `${l === 'en' ? (x.locationEn ?? x.location) : x.location}: ${num(x.d, l)}${x.parts && x.parts.length > 1 ? ` (= ${expression(x.parts.map((value) => ({ value })), l)})` : ''}`)
      .join('; ');
  return [
    targetFinding(
      { ...v, location: v.location ?? values.map((x) => x.location).join(' / '), locationEn: v.locationEn ?? v.location ?? values.map((x) => x.locationEn ?? x.location).join(' / ') },
      'cross-reference-mismatch',
      v.severity ?? 'warning',
      findingValue(reference.d),
      findingValue(first.d),
      `cùng một số liệu được in khác nhau — ${list('vi')}.`,
      `the same figure is printed differently — ${list('en')}.`,
    ),
  ];
}
