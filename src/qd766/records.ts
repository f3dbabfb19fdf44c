// The records QĐ 766 is measured from, beyond what a one-stop dossier already holds: the facts of each dossier the
// index counts, the TTHC catalogue and the PAKN (phản ánh, kiến nghị) records.
import type { IsoDate } from '../core/iso-date.js';
import type { DossierRecord } from '../dossier/record.js';
import type { Qd766Satisfaction } from '../dossier/qd766-facts.js';

/**
 * A dossier record with its QĐ 766 facts: the `qd766` sub-object of {@link DossierRecord} (the index's fields kept
 * apart from the one-stop record's, in their own block; see {@link Qd766DossierFacts}).
 *
 * @example
 * ```ts
 * import type { Qd766DossierRecord } from 'cchc';
 * const d: Qd766DossierRecord = {
 *   id: 'HS-1', receivedAt: '2025-12-01', dueDate: '2025-12-05', resolvedAt: '2025-12-04', procedure: '1.001234',
 *   qd766: { electronicResult: true, digitised: true, feeRequired: false, satisfaction: 'satisfied' },
 * };
 * ```
 *
 * @category QĐ 766 service index
 */
export type Qd766DossierRecord = DossierRecord;

/**
 * The components a disclosed procedure must show (bộ phận tạo thành của TTHC, khoản 2 Điều 8 Nghị định 63/2010/NĐ-CP
 * as cited by the formula document, indicator 1.3): name, sequence of steps, channels, dossier parts, time limit,
 * applicants, agency.
 *
 * @example
 * ```ts
 * import { QD766_PROCEDURE_COMPONENTS } from 'cchc';
 * QD766_PROCEDURE_COMPONENTS.length; // 7
 * ```
 *
 * @category QĐ 766 service index
 */
export const QD766_PROCEDURE_COMPONENTS = Object.freeze([
  'name',
  'sequence',
  'channels',
  'dossierParts',
  'timeLimit',
  'applicants',
  'agency',
] as const);

/**
 * A component of a disclosed procedure; see {@link QD766_PROCEDURE_COMPONENTS}.
 *
 * @example
 * ```ts
 * import type { Qd766ProcedureComponent } from 'cchc';
 * const c: Qd766ProcedureComponent = 'timeLimit';
 * ```
 *
 * @category QĐ 766 service index
 */
export type Qd766ProcedureComponent = (typeof QD766_PROCEDURE_COMPONENTS)[number];

/**
 * One procedure of a unit's TTHC catalogue (thủ tục hành chính trong Cơ sở dữ liệu quốc gia về TTHC), as the
 * indicators of groups 1, 3, 4 and 6 need it. Absent or `null` fields are unknown:
 *
 * - `code` (mã TTHC): matched against the dossiers' `procedure`;
 * - `legalBasisEffectiveAt` (1.1): the date the legal document providing the procedure takes effect;
 * - `publishedAt` (1.1, 1.2): the date of the publication decision (quyết định công bố);
 * - `disclosedAt` (1.2, 1.3): the date it was disclosed ("công khai") on the national TTHC database;
 * - `components` (1.3): the components its disclosure shows ({@link QD766_PROCEDURE_COMPONENTS});
 * - `onlineService` (3.1): `'full'` (toàn trình), `'partial'` (một phần) or `'none'`;
 * - `feeRequired` (6.1, 6.2): it carries a financial obligation;
 * - `onlinePaymentIntegrated` (6.1): integrated for online payment on the National Public Service Portal;
 * - `citizenApplicants` (4.7): its applicants are citizens (đối tượng thực hiện là công dân).
 *
 * @example
 * ```ts
 * import type { TthcCatalogueRecord } from 'cchc';
 * const p: TthcCatalogueRecord = { code: '1.001234', publishedAt: '2025-11-20', legalBasisEffectiveAt: '2025-12-01', disclosedAt: '2025-11-24', feeRequired: true, onlinePaymentIntegrated: true };
 * ```
 *
 * @category QĐ 766 service index
 */
export interface TthcCatalogueRecord {
  readonly code: string;
  readonly name?: string | null;
  readonly legalBasisEffectiveAt?: IsoDate | null;
  readonly publishedAt?: IsoDate | null;
  readonly disclosedAt?: IsoDate | null;
  readonly components?: readonly Qd766ProcedureComponent[] | null;
  readonly onlineService?: 'full' | 'partial' | 'none' | null;
  readonly feeRequired?: boolean | null;
  readonly onlinePaymentIntegrated?: boolean | null;
  readonly citizenApplicants?: boolean | null;
}

/**
 * One piece of feedback (phản ánh, kiến nghị, PAKN) on administrative rules or their handling, as indicators 5.1 and
 * 5.2 count it:
 *
 * - `receivedAt`: first receipt (ngày tiếp nhận lần đầu); the PAKN of the period are those received in it;
 * - `dueDate`: the date it must be handled by; absent, {@link QD766_PAKN_HANDLING_DAYS} working days after receipt;
 * - `handledAt`: the date it was handled (đã xử lý); absent or `null`: not yet;
 * - `satisfaction` (5.2): the sender's rating ({@link Qd766Satisfaction}); absent is unknown;
 * - `reraised` (5.2): raised again about the same matter (phản ánh lại); absent: no;
 * - `dossierId` (5.3): the dossier it is about, if any.
 *
 * @example
 * ```ts
 * import type { PaknRecord } from 'cchc';
 * const p: PaknRecord = { id: 'PA-7', receivedAt: '2025-12-01', handledAt: '2025-12-10', satisfaction: 'satisfied' };
 * ```
 *
 * @category QĐ 766 service index
 */
export interface PaknRecord {
  readonly id: string | number;
  readonly receivedAt: IsoDate;
  readonly dueDate?: IsoDate | null;
  readonly handledAt?: IsoDate | null;
  readonly satisfaction?: Qd766Satisfaction | null;
  readonly reraised?: boolean | null;
  readonly dossierId?: string | number | null;
}

/**
 * The working-day limit for handling a PAKN when its record gives no `dueDate`: 15 working days ("xử lý ≤ 15 ngày làm
 * việc" in the formula document, indicator 5.2 of the docx numbering; refusal ≤ 2, request for more ≤ 5 and
 * publication ≤ 2 working days are not separate events of a {@link PaknRecord}).
 *
 * @example
 * ```ts
 * import { QD766_PAKN_HANDLING_DAYS } from 'cchc';
 * QD766_PAKN_HANDLING_DAYS; // 15
 * ```
 *
 * @category QĐ 766 service index
 */
export const QD766_PAKN_HANDLING_DAYS = 15;

/**
 * Working-day limits of indicators 1.1 and 1.2, by kind of unit (formula document 1.1, 1.2): a publication decision
 * must be dated at least `publishBefore` working days before its legal basis takes effect; the procedure must be
 * disclosed within `discloseWithin` working days of the decision. Ministries 20 / 10, provinces (and their units) 5 / 5.
 *
 * @example
 * ```ts
 * import { QD766_PUBLICATION_LIMITS } from 'cchc';
 * QD766_PUBLICATION_LIMITS.ministry.publishBefore; // 20
 * QD766_PUBLICATION_LIMITS.province.discloseWithin; // 5
 * ```
 *
 * @category QĐ 766 service index
 */
export const QD766_PUBLICATION_LIMITS = Object.freeze({
  ministry: Object.freeze({ publishBefore: 20, discloseWithin: 10 }),
  province: Object.freeze({ publishBefore: 5, discloseWithin: 5 }),
});
