import type { CchcIssue } from '../core/errors.js';

/**
 * The codes of the checks of NĐ 118/2025/NĐ-CP that a dossier can fail without its dates changing (phát hiện):
 * - `LATE_ACCEPTANCE`: an online filing accepted (or sent back) later than `acceptanceWorkingHours` (8) working hours
 *   after it was filed (Đ17(2)(c));
 * - `LATE_SUPPLEMENT_REQUEST`: a supplement requested later than `supplementRequestWorkingDays` (3) working days after
 *   the receipt (Đ19(5));
 * - `LATE_EXTENSION_NOTICE`: an extension notified less than `extensionNoticeDays` (1) day before the due date
 *   (Đ19(6)): not applied;
 * - `SECOND_EXTENSION`: a second (or later) extension (Đ19(6): "không quá một lần"): not applied;
 * - `INVALID_EXTENSION`: an extension whose new date is not after the due date: not applied;
 * - `SUPPLEMENT_AFTER_WINDOW`: a supplement completed after the day the dossier was due to be closed (Đ19(5)); the
 *   time limit still restarts from it.
 *
 * @example
 * ```ts
 * import { DOSSIER_FINDING_CODES, type DossierFindingCode } from 'cchc';
 * const c: DossierFindingCode = 'SECOND_EXTENSION';
 * DOSSIER_FINDING_CODES.includes(c); // true
 * ```
 *
 * @category Dossiers
 */
export type DossierFindingCode =
  | 'LATE_ACCEPTANCE'
  | 'LATE_SUPPLEMENT_REQUEST'
  | 'LATE_EXTENSION_NOTICE'
  | 'SECOND_EXTENSION'
  | 'INVALID_EXTENSION'
  | 'SUPPLEMENT_AFTER_WINDOW';

/** The finding codes, in the order of {@link DossierFindingCode}.
 *
 * @example
 * ```ts
 * import { DOSSIER_FINDING_CODES } from 'cchc';
 * DOSSIER_FINDING_CODES.length; // 6
 * ```
 *
 * @category Dossiers
 */
export const DOSSIER_FINDING_CODES: readonly DossierFindingCode[] = Object.freeze([
  'LATE_ACCEPTANCE',
  'LATE_SUPPLEMENT_REQUEST',
  'LATE_EXTENSION_NOTICE',
  'SECOND_EXTENSION',
  'INVALID_EXTENSION',
  'SUPPLEMENT_AFTER_WINDOW',
] as const);

/**
 * A rule of the dossier's rule set that the dossier breaks (phát hiện), without making the record invalid: the shape
 * of a {@link CchcIssue} (`code`, `path` inside the record, `messageVi`, `messageEn`), so that with `strict: true` the
 * findings are the issues of the `CchcError` thrown. Returned by {@link classifyDossier} (`findings`) and passed to the
 * `onFinding` option of {@link tallyDossiers}.
 *
 * @example
 * ```ts
 * import { classifyDossier, type DossierFinding } from 'cchc';
 * const d = { id: 1, receivedAt: '2025-10-06', slaWorkingDays: 10, extensions: [
 *   { notifiedAt: '2025-10-17', newDueDate: '2025-10-24' }, { notifiedAt: '2025-10-23', newDueDate: '2025-10-31' }] };
 * const f: readonly DossierFinding[] = classifyDossier(d, { asOf: '2025-10-31', rules: 'nd118' }).findings;
 * f.map((x) => [x.code, x.path]); // [['SECOND_EXTENSION', ['record', 'extensions', 1]]]
 * ```
 *
 * @category Dossiers
 */
export interface DossierFinding extends CchcIssue {
  readonly code: DossierFindingCode;
}
