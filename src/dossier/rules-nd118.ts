// The rules of Nghị định 118/2025/NĐ-CP (one-stop processing, in force from 01/07/2025) as a dossier rule preset, the
// civil-service office hours its 8-working-hour check needs, and the table that picks the rules in force by receipt
// date (`rules: 'in-force'`). Kept apart from rules.ts so that the 0.2 presets read as they did.
import type { IsoDate } from '../core/iso-date.js';
import type { SourceRef } from '../core/source-ref.js';
import type { DossierOfficeHours, DossierRulePreset, DossierRules } from './rules.js';

/**
 * Office hours of the civil service (giờ làm việc hành chính), the default clock of the "8 working hours" rule of
 * NĐ 118/2025 Đ17(2)(c): 07:30–11:30 and 13:30–17:30 on working days, 8 hours a day (40 hours over a five-day week,
 * Quyết định 188/1999/QĐ-TTg). The decree sets no national clock and provinces publish their own (some start at 07:00
 * in summer, some end at 17:00): pass yours as `officeHours` in the rules. Unverified as a national rule
 * (`verified: false` in the preset's sources).
 *
 * @example
 * ```ts
 * import { CIVIL_SERVICE_OFFICE_HOURS } from 'cchc';
 * CIVIL_SERVICE_OFFICE_HOURS; // [{ start: '07:30', end: '11:30' }, { start: '13:30', end: '17:30' }]
 * ```
 *
 * @category Dossiers
 */
export const CIVIL_SERVICE_OFFICE_HOURS: readonly DossierOfficeHours[] = Object.freeze([
  Object.freeze({ start: '07:30', end: '11:30' }),
  Object.freeze({ start: '13:30', end: '17:30' }),
]);

const S1_URL =
  'https://github.com/neornotl/rightly-beta/blob/541591727d441d7033a4077d98fbfb373feea787/legal-sources/decrees-n-decisions/118-2025-N%C4%90-CP%20Ngh%E1%BB%8B%20%C4%91%E1%BB%8Bnh%20V%E1%BB%81%20th%E1%BB%B1c%20hi%E1%BB%87n%20th%E1%BB%A7%20t%E1%BB%A5c%20h%C3%A0nh%20ch%C3%ADnh%20theo%20c%C6%A1%20ch%E1%BA%BF%20m%E1%BB%99t%20c%E1%BB%ADa%2C%20m%E1%BB%99t%20c%E1%BB%ADa%20li%C3%AAn%20th%C3%B4ng%20t%E1%BA%A1i%20B%E1%BB%99%20ph%E1%BA%ADn%20M%E1%BB%99t%20c%E1%BB%ADa%20v%C3%A0%20C%E1%BB%95ng%20D%E1%BB%8Bch%20v%E1%BB%A5%20c%C3%B4ng%20qu%E1%BB%91c%20gia.txt';

const ND118_TEXT = (article: string, note: string): SourceRef =>
  Object.freeze({
    document: 'Nghị định 118/2025/NĐ-CP về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông',
    date: '2025-06-09' as IsoDate,
    article,
    url: S1_URL,
    reliability: 'D' as const,
    note: `${note} Read in one unofficial full plain-text copy (no header or signature block; commit 541591727d44, read 2026-12-05); number, date and Điều 1–2 confirmed by hethongphapluat.vn; Điều 15–28 not yet compared with an official copy (vanban.chinhphu.vn / Công báo).`,
  });

const SRC_ND118_RECEIPT = ND118_TEXT(
  'Điều 17(3), Điều 18(2), Điều 40(1)',
  'The time limit runs from the receipt of a complete, valid dossier, as the receipt slip shows (Đ17(3)): the due date counts from receivedAt, never from submittedAt. Paper received after 15:00 is handed to the deciding agency at the start of the next working day (Đ18(2)): a hand-over rule, so no receipt cut-off. In force from 01/07/2025, replacing NĐ 61/2018 and NĐ 107/2021 (Đ40(1)); no transitional rule for dossiers pending on that day.',
);
const SRC_ND118_SUPPLEMENT = ND118_TEXT(
  'Điều 19(5)',
  '"Thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ": the time limit restarts (slaWorkingDays counted after the completion day) rather than pausing. The return notice is due "không quá 03 ngày làm việc kể từ ngày tiếp nhận hồ sơ" (supplementRequestWorkingDays 3, a finding when late). "Sau 15 ngày kể từ khi thông báo … thực hiện đóng hồ sơ": plain "ngày" next to "ngày làm việc" in the same clause, read as calendar days (BLDS 2015 Đ145(2)), the notice day not counted (Đ147(3)), ending on the next working day when day 15 is a day off (Đ148(5)): supplementWindow { days: 15, unit: calendar-days }.',
);
const SRC_ND118_EXTENSION = ND118_TEXT(
  'Điều 19(6), Điều 12(5)',
  '"trong thời hạn chậm nhất 01 ngày trước ngày hết hạn … Việc hẹn lại ngày trả kết quả được thực hiện không quá một lần": the first extension notified at least 1 calendar day before the due date re-sets it (extensionNoticeDays 1; the text does not say working day); a later notice or a second re-setting is a finding and is not applied (the text states no consequence). Whether a dossier returned by the new date counts as on time is not stated: rated against the new date, the rating against the original date is reported beside it (classifyDossier withoutExtension).',
);
const SRC_ND118_STOP = ND118_TEXT(
  'Điều 21',
  'The applicant may ask to stop the procedure from the receipt slip until the decision (Đ21(1), in person or by post; Đ21(2), online through the portal); the system keeps the status "dừng thực hiện thủ tục hành chính" (Đ21(3)). Its own count, outside the on-time rates (no rating follows from the text).',
);
const SRC_ND118_ONLINE = ND118_TEXT(
  'Điều 15(3), Điều 17(2)(c)',
  'Online means through the National Public Service Portal (Đ15(3)). The desk accepts an online filing, or asks for a supplement, "không muộn hơn 08 (tám) giờ làm việc kể từ khi Hệ thống thông tin giải quyết thủ tục hành chính tiếp nhận hồ sơ" (acceptanceWorkingHours 8, from submittedAt to receivedAt, on officeHours).',
);
const SRC_BLDS: SourceRef = Object.freeze({
  document: 'Bộ luật Dân sự 2015 (91/2015/QH13)',
  article: 'Điều 145(2), 147(2)–(3), 148(1), (5), (6)',
  url: 'https://github.com/neornotl/rightly-beta/blob/541591727d441d7033a4077d98fbfb373feea787/legal-sources/laws-n-codes/91-2015-QH13%20B%E1%BB%99%20lu%E1%BA%ADt%20D%C3%A2n%20s%E1%BB%B1.txt',
  reliability: 'D',
  note: 'Day counting where the decree is silent: calendar days, the first day (or the day of the event) not counted, a period ending on a day off ends on the next working day. Whether the Civil Code governs administrative time limits is itself not stated: the documented default.',
});
const SRC_OFFICE_HOURS: SourceRef = Object.freeze({
  document: 'Office hours 07:30–11:30, 13:30–17:30 (8 working hours a day)',
  note: 'No national clock for the 8 working hours of NĐ 118 Đ17(2)(c); provinces set their own. A parameter (officeHours), default as in the research note on issue 14 (worked example E4).',
  verified: false,
});
const SRC_ND367: SourceRef = Object.freeze({
  document: 'Nghị định 367/2025/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định 118/2025/NĐ-CP',
  date: '2025-12-31' as IsoDate,
  url: 'https://cafef.vn/nguoi-dan-duoc-lam-thu-tuc-hanh-chinh-truc-tuyen-qua-vneid-188260106094328931.chn',
  reliability: 'C',
  verified: false,
  note: 'Amendment NOT READ: the text and its effective date were not found. Press (06/01/2026) reports changes to Đ3(5), Đ7, Đ10 and a VNeID channel in Đ15; whether it touches Đ17–Đ23 is unknown. Its khoản 9 Điều 1 is repealed from 01/07/2026 by NĐ 224/2026 Đ89(3). The preset follows the original text of NĐ 118.',
});
const SRC_ND309: SourceRef = Object.freeze({
  document: 'Nghị định 309/2026/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định 118/2025/NĐ-CP',
  reliability: 'D',
  verified: false,
  note: 'Amendment NOT READ: known only from mentions in public files (said to be in force from 05/08/2026, 16 articles; a consolidated text VBHN 6050/2026/VBHN-BTP is mentioned). Whether it changes the 8 working hours, the restart, the 15 days or the extension rule is unknown: results for receipts from 2026-08-05 rest on the original text.',
});

/** The `nd118` preset (see {@link DOSSIER_RULE_PRESETS}). @internal */
export const ND118_PRESET: DossierRules = Object.freeze({
  name: 'nd118',
  label: Object.freeze({
    vi: 'Giải quyết TTHC theo cơ chế một cửa (Nghị định 118/2025/NĐ-CP)',
    en: 'One-stop processing of administrative procedures (Decree 118/2025/NĐ-CP)',
  }),
  compare: 'date',
  supplementTime: 'restart',
  awaitingSupplement: 'paused',
  unfinishedSupplementPauses: true,
  secondSupplementIsLate: false,
  withdrawnOrReturned: 'separate',
  receiptCutoff: null,
  nonWorkingDayReceipt: 'as-is',
  missingChannel: 'in-person',
  supplementWindow: Object.freeze({ days: 15, unit: 'calendar-days' }),
  stoppedOnRequest: 'separate',
  extensions: 'once',
  extensionNoticeDays: 1,
  acceptanceWorkingHours: 8,
  supplementRequestWorkingDays: 3,
  officeHours: CIVIL_SERVICE_OFFICE_HOURS,
  validity: Object.freeze({ start: '2025-07-01' as IsoDate }),
  sources: Object.freeze([
    SRC_ND118_RECEIPT,
    SRC_ND118_SUPPLEMENT,
    SRC_ND118_EXTENSION,
    SRC_ND118_STOP,
    SRC_ND118_ONLINE,
    SRC_BLDS,
    SRC_OFFICE_HOURS,
    SRC_ND367,
    SRC_ND309,
  ]),
} satisfies DossierRules);

/**
 * The rule presets in force by receipt date (quy tắc áp dụng theo ngày tiếp nhận), what `rules: 'in-force'` follows:
 * `report` (NĐ 61/2018 and NĐ 107/2021, as the periodic report reads them) for dossiers received up to 2025-06-30,
 * `nd118` from 2025-07-01 (NĐ 118/2025 Đ40(1)). NĐ 118 has no transitional rule for dossiers pending on 01/07/2025
 * (research note on issue 14, open point O1): a dossier keeps the rules of its receipt date throughout.
 *
 * @example
 * ```ts
 * import { DOSSIER_RULES_IN_FORCE } from 'cchc';
 * DOSSIER_RULES_IN_FORCE.map((r) => r.preset); // ['report', 'nd118']
 * DOSSIER_RULES_IN_FORCE[1]?.validity.start; // '2025-07-01'
 * ```
 *
 * @category Dossiers
 */
export const DOSSIER_RULES_IN_FORCE: readonly {
  readonly preset: DossierRulePreset;
  readonly validity: { readonly start?: IsoDate; readonly end?: IsoDate };
}[] = Object.freeze([
  Object.freeze({ preset: 'report' as const, validity: Object.freeze({ end: '2025-06-30' as IsoDate }) }),
  Object.freeze({ preset: 'nd118' as const, validity: Object.freeze({ start: '2025-07-01' as IsoDate }) }),
]);

/** The first receipt date of the `nd118` rules under `'in-force'`. @internal */
export const ND118_START: IsoDate = '2025-07-01' as IsoDate;
