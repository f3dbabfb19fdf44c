import type { AdminLevel } from '../core/admin-level.js';
import { CchcError } from '../core/errors.js';
import type { IsoDate } from '../core/iso-date.js';
import type { IsoTimestamp } from '../core/timestamp.js';
import { newNormalized, normalizeDossier } from './_internal/normalize.js';
import type { Qd766DossierFacts } from './qd766-facts.js';

/**
 * How a dossier reached the desk (kênh tiếp nhận / hình thức nộp), the three columns of the periodic report:
 * - `in-person`: trực tiếp (at the one-stop desk);
 * - `online`: trực tuyến (online public service);
 * - `postal`: qua dịch vụ bưu chính công ích (BCCI, public postal service).
 *
 * The national synchronisation data codes these as `KenhThucHien` 1 = trực tiếp, 2 = trực tuyến, 3 = bưu chính công
 * ích (QĐ 766 formula description, as transcribed in `ChippedTopaz/qd766`); see {@link KENH_THUC_HIEN_CHANNELS}.
 *
 * @example
 * ```ts
 * import type { DossierChannel } from 'cchc';
 * const c: DossierChannel = 'online';
 * ```
 *
 * @category Dossiers
 */
export type DossierChannel = 'in-person' | 'online' | 'postal';

/** The channels, in the order of the report's columns (online, then in person, then postal are all "mới tiếp nhận").
 *
 * @example
 * ```ts
 * import { DOSSIER_CHANNELS } from 'cchc';
 * DOSSIER_CHANNELS; // ['in-person', 'online', 'postal']
 * ```
 *
 * @category Dossiers
 */
export const DOSSIER_CHANNELS: readonly DossierChannel[] = Object.freeze(['in-person', 'online', 'postal'] as const);

/**
 * The `KenhThucHien` codes of the national dossier synchronisation data (1 = trực tiếp, 2 = trực tuyến, 3 = bưu
 * chính công ích), for mapping exported data. Source: "Mô tả công thức tính chỉ số 766" as transcribed in
 * `ChippedTopaz/qd766` (domain brief §1.2).
 *
 * @example
 * ```ts
 * import { KENH_THUC_HIEN_CHANNELS } from 'cchc';
 * KENH_THUC_HIEN_CHANNELS['2']; // 'online'
 * KENH_THUC_HIEN_CHANNELS['toString']; // undefined
 * ```
 *
 * @category Dossiers
 */
export const KENH_THUC_HIEN_CHANNELS: Readonly<Record<string, DossierChannel>> = Object.freeze(
  // No prototype: a code read from a file ('toString', '__proto__') finds nothing rather than a function.
  Object.assign(Object.create(null) as Record<string, DossierChannel>, { '1': 'in-person', '2': 'online', '3': 'postal' } as const),
);

/**
 * One request to supplement a dossier (yêu cầu bổ sung, hoàn thiện hồ sơ: Mẫu 02 of TT 01/2018/TT-VPCP and
 * TT 03/2025/TT-VPCP): when it was sent to the applicant and, once they supplied the papers, when that was.
 *
 * @example
 * ```ts
 * import type { DossierSupplement } from 'cchc';
 * const s: DossierSupplement = { requestedAt: '2019-09-04', completedAt: '2019-09-06' };
 * s.completedAt; // '2019-09-06'
 * ```
 *
 * @category Dossiers
 */
export interface DossierSupplement {
  /** When the request was issued (ngày yêu cầu bổ sung). */
  readonly requestedAt: IsoDate | IsoTimestamp;
  /** When the applicant completed it (ngày bổ sung xong); absent while the dossier waits on the applicant. */
  readonly completedAt?: IsoDate | IsoTimestamp | null;
  /**
   * The due date set when the time limit restarted after this supplement (ngày hẹn trả mới), under rules with
   * `supplementTime: 'restart'` (NĐ 118/2025 Đ19(5)). Needed for a record with a `dueDate` and no `slaWorkingDays`
   * (otherwise the new due date is counted from the completion); only on a completed supplement, not before it.
   */
  readonly newDueDate?: IsoDate | IsoTimestamp | null;
}

/**
 * An extension of the return date (gia hạn thời gian giải quyết, hẹn lại ngày trả kết quả: the "Phiếu đề nghị gia hạn
 * thời gian giải quyết" of NĐ 118/2025/NĐ-CP Đ19(6), with the apology to the applicant): when the applicant was
 * notified and the new return date. The decree allows it once, notified at least 1 day before the due date; a record
 * holds one as `extension`, or several as `extensions` so that a second one can be reported.
 *
 * @example
 * ```ts
 * import type { DossierExtension } from 'cchc';
 * const e: DossierExtension = { notifiedAt: '2025-10-17', newDueDate: '2025-10-24' };
 * e.newDueDate; // '2025-10-24'
 * ```
 *
 * @category Dossiers
 */
export interface DossierExtension {
  /** When the applicant (and the desk) were notified (ngày thông báo gia hạn / văn bản xin lỗi). */
  readonly notifiedAt: IsoDate | IsoTimestamp;
  /** The new return date (ngày hẹn trả kết quả mới). */
  readonly newDueDate: IsoDate | IsoTimestamp;
}

/**
 * One administrative-procedure dossier (hồ sơ thủ tục hành chính) as a one-stop system records it.
 *
 * Every event is an ISO date (`'2020-01-20'`) or a date-time with an offset (`'2020-01-20T16:30:00+07:00'`), read in
 * Vietnam's time (UTC+7). `null` is accepted wherever a field is optional (database exports).
 *
 * - `receivedAt`: ngày tiếp nhận (Mẫu 01, giấy tiếp nhận hồ sơ và hẹn trả kết quả);
 * - `dueDate`: ngày hẹn trả kết quả, the appointment date on the receipt; or `slaWorkingDays`: the procedure's time
 *   limit in working days (thời hạn giải quyết, "05 ngày làm việc kể từ ngày tiếp nhận"), from which the due date is
 *   computed on a working-day calendar. When both are given, `dueDate` wins (it is the appointment the applicant holds);
 * - `resolvedAt`: ngày có kết quả giải quyết (đã giải quyết xong / đã trả kết quả);
 * - `withdrawnAt`: the applicant withdrew the dossier (công dân xin rút hồ sơ);
 * - `returnedAt`: returned to the applicant without a result (trả lại hồ sơ, dừng giải quyết);
 * - `supplements`: requests to supplement (yêu cầu bổ sung), in chronological order;
 * - `rejectedAt`: not accepted at the desk (từ chối tiếp nhận, Mẫu 03); such a dossier is never counted as received;
 * - `submittedAt`: when the dossier was filed (nộp hồ sơ), where it differs from the receipt (an online filing accepted
 *   later): never moves the due date (NĐ 118/2025 Đ17(3): the time limit runs from the receipt slip), used for the
 *   8-working-hour check of Đ17(2)(c);
 * - `stoppedAt`: the applicant asked to stop the procedure (dừng thực hiện thủ tục hành chính, NĐ 118/2025 Đ21);
 * - `extension` (one) or `extensions` (a list, when the return date was re-set more than once): see
 *   {@link DossierExtension}.
 *
 * @example
 * ```ts
 * import type { DossierRecord } from 'cchc';
 * const d: DossierRecord = { id: 'HS-1', level: 'commune', channel: 'online', receivedAt: '2019-09-03T09:15:00+07:00', dueDate: '2019-09-10', resolvedAt: '2019-09-09' };
 * d.channel; // 'online'
 * ```
 *
 * @category Dossiers
 */
export interface DossierRecord {
  /** Dossier code (mã hồ sơ). */
  readonly id: string | number;
  /** Level of the agency that resolves it (cấp tỉnh / huyện / xã). */
  readonly level?: AdminLevel | null;
  /** The resolving agency (cơ quan giải quyết), any identifier. */
  readonly agency?: string | null;
  /** The procedure (thủ tục hành chính), any identifier (e.g. its code in the national TTHC database). */
  readonly procedure?: string | null;
  /** See {@link DossierChannel}. Missing: counted as in person by default (see the rules). */
  readonly channel?: DossierChannel | null;
  /** Receipt (ngày tiếp nhận). */
  readonly receivedAt: IsoDate | IsoTimestamp;
  /** Appointment date (ngày hẹn trả). */
  readonly dueDate?: IsoDate | IsoTimestamp | null;
  /** Time limit in working days (thời hạn giải quyết), 0 = same day. */
  readonly slaWorkingDays?: number | null;
  /** Resolution (ngày giải quyết xong). */
  readonly resolvedAt?: IsoDate | IsoTimestamp | null;
  /** Withdrawal by the applicant (ngày rút hồ sơ). */
  readonly withdrawnAt?: IsoDate | IsoTimestamp | null;
  /** Returned without a result (ngày trả lại hồ sơ). */
  readonly returnedAt?: IsoDate | IsoTimestamp | null;
  /** Supplement requests (yêu cầu bổ sung). */
  readonly supplements?: readonly DossierSupplement[] | null;
  /** Refused at the desk (ngày từ chối tiếp nhận). */
  readonly rejectedAt?: IsoDate | IsoTimestamp | null;
  /** Filed (ngày nộp), when it differs from the receipt; not after it. */
  readonly submittedAt?: IsoDate | IsoTimestamp | null;
  /** Stopped at the applicant's request (ngày dừng thực hiện TTHC theo yêu cầu, NĐ 118/2025 Đ21). */
  readonly stoppedAt?: IsoDate | IsoTimestamp | null;
  /** The extension of the return date (gia hạn, NĐ 118/2025 Đ19(6)); `extensions` instead to record more than one. */
  readonly extension?: DossierExtension | null;
  /** Extensions of the return date in the order notified; the decree allows one, a second is a finding. */
  readonly extensions?: readonly DossierExtension[] | null;
  // ——— QĐ 766 block (issue 15): the facts the service index counts, checked here, measured by `measure766` ———
  /** What the QĐ 766 indicators count about the dossier; see {@link Qd766DossierFacts}. */
  readonly qd766?: Qd766DossierFacts | null;
}

/**
 * Validate one dossier record and return it typed (kiểm tra một hồ sơ). Collects every problem of the record before
 * throwing. The same check as {@link DossierRecordSchema} (`DossierRecordSchema.parse(input)`), and the one the
 * tallies and the CSV reader apply to every record.
 *
 * @throws {@link CchcError} with one issue per problem: `UNKNOWN_KEY` (a key a record does not have, with a
 *   suggestion: `resolvedOn` → `resolvedAt`), `INVALID_DATE` / `INVALID_TIMESTAMP` (malformed dates),
 *   `INVALID_CHANNEL` (anything but `'in-person'`, `'online'`, `'postal'`: `'toString'` too), `INVALID_SLA`
 *   (negative or fractional), `MISSING_DUE_DATE`, `DUE_BEFORE_RECEIPT`, `EVENT_BEFORE_RECEIPT` (resolved before
 *   received …), `INVALID_SUPPLEMENT`, `CONFLICTING_OUTCOMES`, `SUBMITTED_AFTER_RECEIPT`, `INVALID_EXTENSION` (not
 *   `{ notifiedAt, newDueDate }`, a new date before its notice, extensions out of order, or both `extension` and
 *   `extensions`) (`VALIDATION_FAILED` when problems of several kinds were found).
 *
 * @example
 * ```ts
 * import { parseDossierRecord } from 'cchc';
 * parseDossierRecord({ id: 'A1', receivedAt: '2019-03-04', dueDate: '2019-03-11', channel: 'online' }).id; // 'A1'
 * parseDossierRecord({ id: 'A2', receivedAt: '2019-03-04', resolvedAt: '2019-03-01', dueDate: '2019-03-11' }); // throws CchcError EVENT_BEFORE_RECEIPT
 * parseDossierRecord({ id: 'A3', receivedAt: '2019-03-04', dueDate: '2019-03-11', chanel: 'online' }); // throws CchcError UNKNOWN_KEY
 * parseDossierRecord({ id: 'A4', receivedAt: '2025-10-06', slaWorkingDays: 10, extension: { notifiedAt: '2025-10-17', newDueDate: '2025-10-24' } }).id; // 'A4'
 * parseDossierRecord({ id: 'A5', receivedAt: '2025-10-06', slaWorkingDays: 10, extension: { notifiedAt: '2025-10-17' } }); // throws CchcError INVALID_EXTENSION
 * parseDossierRecord({ id: 'A6', receivedAt: '2025-10-06', slaWorkingDays: 10, extension: { notifiedAt: '2025-10-17', newDueDate: '2025-10-10' } }); // throws CchcError INVALID_EXTENSION
 * ```
 *
 * @category Dossiers
 */
export function parseDossierRecord(input: unknown): DossierRecord {
  const problems = normalizeDossier(input, newNormalized());
  if (problems.length > 0) throw new CchcError(problems);
  return input as DossierRecord;
}
