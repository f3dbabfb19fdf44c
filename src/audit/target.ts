import type { BilingualText } from '../core/bilingual.js';
import type { Locale } from '../core/locale.js';
import { buildFinding, type AuditFinding, type FindingSeverity } from './finding.js';
import { withNote } from './_internal/text.js';
import { labelOf } from './schemas.js';

/**
 * Where a finding points and how the checked thing is named, shared by every check primitive: a `label`
 * `{ vi, en }` (the 0.1 pair `labelVi` / `labelEn` is still read), where it is printed, and a `note` appended to the
 * message.
 *
 * @example
 * ```ts
 * import type { AuditTarget } from 'cchc';
 * const target: AuditTarget = { label: { vi: 'Tỷ lệ giải ngân', en: 'Disbursement rate' }, location: '§II.5.1' };
 * ```
 *
 * @category Audits
 */
export interface AuditTarget {
  /** Name of the figure, row or check ("Tỷ lệ giải ngân đến 30/11/2019"). */
  readonly label?: BilingualText;
  /** Vietnamese name. @deprecated Use `label: { vi, en }` (0.2). */
  readonly labelVi?: string;
  /** English name. @deprecated Use `label: { vi, en }` (0.2). */
  readonly labelEn?: string;
  /** Where it is printed ("§II.5.1", "Phụ lục II, dòng 6"). */
  readonly location?: string;
  /** The same in English ("Appendix II, row 6"); default: `location`. */
  readonly locationEn?: string;
  /** `row` of the findings. */
  readonly row?: string | number;
  /** `field` of the findings. */
  readonly field?: string;
  /** A sentence appended to the message (context the data knows, e.g. a possible explanation). */
  readonly note?: BilingualText;
  /** @deprecated Use `note: { vi, en }` (0.2). */
  readonly noteVi?: string;
  /** @deprecated Use `note: { vi, en }` (0.2). */
  readonly noteEn?: string;
  /**
   * The notation of the printed figures given as text: `'vi'` (default: "4.561", "97,4%") or `'en'` ("4,561",
   * "97.4%"), for sources in English. Never guessed: a text that reads only in the other notation is an error.
   */
  readonly locale?: Locale;
  /**
   * How far an approximate figure ("gần", "khoảng", "hơn" …) may be read from its printed number, as a fraction
   * (default 0.1; see {@link parseViApproximate}).
   */
  readonly approximateTolerance?: number;
}

/** A finding about a target: location, label and note around the two sentences. @internal */
export function targetFinding(
  t: AuditTarget,
  code: string,
  severity: FindingSeverity,
  expected: AuditFinding['expected'],
  actual: AuditFinding['actual'],
  vi: string,
  en: string,
): AuditFinding {
  const label = labelOf(t);
  const where = t.location ? `${t.location} — ` : '';
  const whereEn = (t.locationEn ?? t.location) ? `${t.locationEn ?? t.location} — ` : '';
  return buildFinding({
    code,
    severity,
    row: t.row,
    field: t.field,
    expected,
    actual,
    vi: withNote(`${where}${label.vi}: ${vi}`, t.note?.vi ?? t.noteVi),
    en: withNote(`${whereEn}${label.en}: ${en}`, t.note?.en ?? t.noteEn),
    location: t.location,
  });
}
