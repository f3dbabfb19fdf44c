// ——— QĐ 766 block of the dossier record (issue 15) ———
// The facts of a dossier that the QĐ 766 service index counts, kept apart in the record's `qd766` sub-object so that
// other blocks (NĐ 118 fields, …) can be added beside it. The qd766 module measures them; the dossier module only
// checks them, so that one list of records serves both the periodic report and the index.
import type { CchcIssue, CchcPath } from '../core/errors.js';
import * as s from '../core/schema.js';

/**
 * A dossier's rating by the applicant (đánh giá mức độ hài lòng): `'satisfied'` (hài lòng, rất hài lòng),
 * `'dissatisfied'` (không hài lòng), `'not-rated'` (chưa đánh giá). Only `'dissatisfied'` lowers indicator 5.3.
 *
 * @example
 * ```ts
 * import type { Qd766Satisfaction } from 'cchc';
 * const s: Qd766Satisfaction = 'not-rated';
 * ```
 *
 * @category Dossiers
 */
export type Qd766Satisfaction = 'satisfied' | 'dissatisfied' | 'not-rated';

/**
 * What a dossier record must say for the QĐ 766 indicators (the record's `qd766` sub-object), each field for the
 * indicators named. A field absent or `null` is **unknown**, never "no": an indicator whose dossiers lack a field it
 * needs is reported not measurable by `measure766`.
 *
 * - `synced` (1.4): its status is synced in real time to the National Public Service Portal (đồng bộ trạng thái);
 * - `fullProcessEligible` (3.1): its procedure is eligible for full-process online service (đủ điều kiện cung cấp DVCTT
 *   toàn trình); may come from the catalogue's `onlineService` instead;
 * - `fullProcessOnline` (3.1): submitted and handled as a full-process online service (DVCTT toàn trình);
 * - `electronicResult` (4.1): an electronic result was issued (cấp kết quả giải quyết TTHC điện tử);
 * - `digitised` (4.2): its components and result were digitised (số hóa hồ sơ, kết quả);
 * - `reusedData` (4.4): at least one component was cut or replaced by digitised data (khai thác, sử dụng lại dữ liệu);
 * - `dataStoreLinked` (4.5): a component came from, or the result was pushed to, the applicant's data store on the
 *   portal (kho quản lý dữ liệu điện tử của tổ chức, cá nhân);
 * - `populationData` (4.6, 4.7): the applicant was verified by VNeID or population-database data was used (sử dụng
 *   thông tin, dữ liệu dân cư);
 * - `feeRequired` (6.2, 6.3): the procedure carries a financial obligation (phí, lệ phí, nghĩa vụ tài chính);
 * - `paidOnline` (6.2, 6.3): paid online through the national or the provincial payment gateway;
 * - `satisfaction` (5.3): the applicant's rating, see {@link Qd766Satisfaction};
 * - `feedback` (5.3): a PAKN was raised about the dossier (absent: none recorded; a PAKN record naming the dossier in
 *   `dossierId` counts too).
 *
 * Sources: the indicator definitions of the formula document and the METRICS sheet (see `QD766_PORTAL` notes).
 *
 * @example
 * ```ts
 * import type { Qd766DossierFacts } from 'cchc';
 * const f: Qd766DossierFacts = { electronicResult: true, feeRequired: true, paidOnline: false, satisfaction: 'not-rated' };
 * ```
 *
 * @category Dossiers
 */
export interface Qd766DossierFacts {
  readonly synced?: boolean | null;
  readonly fullProcessEligible?: boolean | null;
  readonly fullProcessOnline?: boolean | null;
  readonly electronicResult?: boolean | null;
  readonly digitised?: boolean | null;
  readonly reusedData?: boolean | null;
  readonly dataStoreLinked?: boolean | null;
  readonly populationData?: boolean | null;
  readonly feeRequired?: boolean | null;
  readonly paidOnline?: boolean | null;
  readonly satisfaction?: Qd766Satisfaction | null;
  readonly feedback?: boolean | null;
}

/**
 * The fields of {@link Qd766DossierFacts}, in a stable order.
 *
 * @example
 * ```ts
 * import { QD766_DOSSIER_FACTS } from 'cchc';
 * QD766_DOSSIER_FACTS.length; // 12
 * ```
 *
 * @category Dossiers
 */
export const QD766_DOSSIER_FACTS = Object.freeze([
  'synced',
  'fullProcessEligible',
  'fullProcessOnline',
  'electronicResult',
  'digitised',
  'reusedData',
  'dataStoreLinked',
  'populationData',
  'feeRequired',
  'paidOnline',
  'satisfaction',
  'feedback',
] as const);

/**
 * A name of a field of {@link Qd766DossierFacts}.
 *
 * @example
 * ```ts
 * import type { Qd766DossierFact } from 'cchc';
 * const f: Qd766DossierFact = 'paidOnline';
 * ```
 *
 * @category Dossiers
 */
export type Qd766DossierFact = (typeof QD766_DOSSIER_FACTS)[number];

let facts: s.Schema<Qd766DossierFacts> | undefined;

/** The kit schema of the facts (strict), built on first use. @internal */
export function qd766FactsSchema(): s.Schema<Qd766DossierFacts> {
  const flag = () => s.boolean().nullish();
  facts ??= s.object({
    synced: flag(),
    fullProcessEligible: flag(),
    fullProcessOnline: flag(),
    electronicResult: flag(),
    digitised: flag(),
    reusedData: flag(),
    dataStoreLinked: flag(),
    populationData: flag(),
    feeRequired: flag(),
    paidOnline: flag(),
    satisfaction: s.oneOf(['satisfied', 'dissatisfied', 'not-rated']).nullish(),
    feedback: flag(),
  }) as unknown as s.Schema<Qd766DossierFacts>;
  return facts;
}

/** The problems of a record's `qd766` value (none for absent or `null`). @internal */
export function qd766FactsIssues(value: unknown, path: CchcPath): CchcIssue[] {
  return value === undefined || value === null ? [] : qd766FactsSchema().issuesOf(value, { path });
}

/**
 * Whether a record's `qd766` value is valid, by a quick check that never allocates (the tallies' fast path); `false`
 * sends the record to the full validator, which then says why.
 * @internal
 */
export function qd766FactsFast(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  const f = value as Record<string, unknown>;
  for (const k in f) {
    const v = f[k];
    switch (k) {
      case 'satisfaction':
        if (v !== undefined && v !== null && v !== 'satisfied' && v !== 'dissatisfied' && v !== 'not-rated') return false;
        break;
      case 'synced':
      case 'fullProcessEligible':
      case 'fullProcessOnline':
      case 'electronicResult':
      case 'digitised':
      case 'reusedData':
      case 'dataStoreLinked':
      case 'populationData':
      case 'feeRequired':
      case 'paidOnline':
      case 'feedback':
        if (v !== undefined && v !== null && typeof v !== 'boolean') return false;
        break;
      default:
        return false;
    }
  }
  return true;
}
