import { CchcError, issue, show, type CchcPath } from '../core/errors.js';
import type { BilingualText } from '../core/bilingual.js';
import type { IsoDate } from '../core/iso-date.js';
import type { SourceRef } from '../core/source-ref.js';
import * as vi from '../core/messages/vi/dossier.js';
import * as en from '../core/messages/en/dossier.js';
import * as vi8 from '../core/messages/vi/dossier-nd118.js';
import * as en8 from '../core/messages/en/dossier-nd118.js';
import { CUTOFF_PATTERN, rulesInputSchema, rulesPresetSchema } from './_internal/rules-schema.js';
import { CIVIL_SERVICE_OFFICE_HOURS, ND118_PRESET } from './rules-nd118.js';

/**
 * A source a rule comes from.
 *
 * @deprecated Use {@link SourceRef} (0.2): the one citation shape of `cchc`. Every `RuleSource` is a `SourceRef`
 *   (`document`, `note`, `url`); rule presets now carry `SourceRef`s.
 * @example
 * ```ts
 * import { DOSSIER_RULE_PRESETS, type RuleSource } from 'cchc';
 * const s: RuleSource = DOSSIER_RULE_PRESETS.qd766.sources[0]!;
 * s.document.startsWith('Quyết định 766'); // true
 * ```
 *
 * @category Dossiers
 */
export type RuleSource = SourceRef;

/**
 * The rules that turn dossier events into report columns (quy tắc phân loại hồ sơ). Everything the sources leave
 * open is a field here; the two presets ({@link DOSSIER_RULE_PRESETS}) fix them with a cited reason.
 *
 * @example
 * ```ts
 * import { DOSSIER_RULE_PRESETS, type DossierRules } from 'cchc';
 * const r: DossierRules = { ...DOSSIER_RULE_PRESETS.report, name: 'my-province', receiptCutoff: '15:00' };
 * r.compare; // 'date'
 * ```
 *
 * @category Dossiers
 */
export interface DossierRules {
  /** Name of the rule set (`'report'`, `'qd766'`, or your own; `'report+custom'` for a preset with overrides). */
  readonly name: string;
  /** What the rule set is, in Vietnamese and English (for report headers and legends). */
  readonly label: BilingualText;
  /**
   * How the end of processing is compared with the due date:
   * - `'date'`: by calendar date in Vietnam (an end on the due date is on time, whatever the hour);
   * - `'datetime'`: by instant when both the end and the due date carry a time, by date otherwise.
   * The sources do not say which the reporting systems use (domain brief §6: "Do not fix it without a source");
   * both presets use `'date'`, the only comparison that works when the appointment slip carries a date only.
   * Pending dossiers are always judged by date (the period ends on a date).
   */
  readonly compare: 'date' | 'datetime';
  /**
   * Supplement waiting time (thời gian chờ bổ sung):
   * - `'ignore'`: the end is compared with the due date as recorded;
   * - `'subtract'`: the time between each request and its completion is subtracted from the end
   *   (calendar days in `'date'` mode, minutes in `'datetime'` mode), as the QĐ 766 formula description does
   *   ("end = end − (completed − requested)");
   * - `'restart'`: the time limit starts again when a supplement is completed (NĐ 118/2025 Đ19(5): "thời hạn giải
   *   quyết được tính lại từ đầu sau khi nhận đủ hồ sơ"): the due date becomes the `slaWorkingDays`-th working day
   *   after the completion day (not counted), or the supplement's `newDueDate` when the record gives one (a record
   *   with a `dueDate` and no `slaWorkingDays` must give it: `MISSING_DUE_DATE` otherwise). The last supplement
   *   completed by the date asked about sets the due date; the waiting time is not subtracted (the clock restarts).
   */
  readonly supplementTime: 'ignore' | 'subtract' | 'restart';
  /**
   * A dossier waiting on the applicant at the end of the period (đang chờ bổ sung):
   * - `'separate'`: status `awaiting-supplement`, its own count (neither resolved nor pending);
   * - `'ends-at-request'`: processing ends at the request (QĐ 766: "a dossier still waiting for the citizen takes the
   *   request date as its end date"): it is classified and counted as resolved early / on time / late;
   * - `'pending'`: counted as pending; within or overdue as {@link DossierRules.unfinishedSupplementPauses} says;
   * - `'paused'`: status `paused`, its own count (NĐ 118: the time limit stops and will restart; the dossier is with
   *   the applicant, not the agency), until the dossier is completed or, after {@link DossierRules.supplementWindow},
   *   closed (`closed-without-supplement`).
   */
  readonly awaitingSupplement: 'separate' | 'ends-at-request' | 'pending' | 'paused';
  /**
   * With `awaitingSupplement: 'pending'`: whether an unfinished supplement pauses the clock (the dossier is judged at
   * the request, so waiting on the applicant never makes it overdue) or not (judged at the end of the period).
   * No source settles it (domain brief §2.2); the default `true` follows QĐ 766, which stops the clock at the request.
   */
  readonly unfinishedSupplementPauses: boolean;
  /** Whether a second supplement request makes the dossier late (QĐ 766: "yêu cầu bổ sung hơn 01 lần" counts as late). */
  readonly secondSupplementIsLate: boolean;
  /**
   * A dossier withdrawn by the applicant or returned without a result:
   * - `'separate'`: status `withdrawn-or-returned`, its own count;
   * - `'ends-processing'`: processing ends then and the dossier is judged early / on time / late like a resolved one
   *   (QĐ 766 formula description: withdrawal and stopping end processing, for accepted dossiers);
   * - `'on-time'`: counted as resolved on time (the Thanh Hóa implementation of Biểu II.06a folds "trả lại / rút"
   *   into its "đúng hạn" column).
   */
  readonly withdrawnOrReturned: 'separate' | 'ends-processing' | 'on-time';
  /**
   * Receipt cut-off in Vietnam time, `'HH:MM'`, or `null` for none: a dossier received at or after this time counts
   * as received on the next working day when its due date is computed from `slaWorkingDays` (and for processing
   * time). Only procedure-specific rules set one (chứng thực: after 15:00 → next working day, from ND 23/2015/NĐ-CP as
   * quoted by provincial procedure pages); no general one-stop rule was found (domain brief §2.1), so both presets
   * use `null`.
   */
  readonly receiptCutoff: string | null;
  /**
   * A dossier received on a non-working day (online, on a Sunday), for due dates computed from `slaWorkingDays`:
   * - `'as-is'`: the receipt date is the date of receipt (domain brief §6, variant "none"); the n working days are
   *   counted after it;
   * - `'next-working-day'`: it counts as received on the next working day (the rule customs applies to filings
   *   outside working hours, QĐ 2988/QĐ-TCHQ 2018 k5 Đ7).
   * Both presets use `'as-is'` (no general rule was found).
   */
  readonly nonWorkingDayReceipt: 'as-is' | 'next-working-day';
  /**
   * Where a dossier without a channel is counted among new receipts: `'in-person'` (QĐ 766 formula description 3.3
   * counts "in person + unknown channel" together) or `'error'` (reject the record).
   */
  readonly missingChannel: 'in-person' | 'error';
  /**
   * How long a dossier may wait on the applicant before it is closed (đóng hồ sơ), or `null` for never. NĐ 118/2025
   * Đ19(5): "Sau 15 ngày kể từ khi thông báo …, nếu tổ chức, cá nhân không hoàn thành việc hoàn thiện hồ sơ, … thực
   * hiện đóng hồ sơ". `days` are counted after the request day: `'calendar-days'` (the plain reading of "ngày",
   * BLDS 2015 Đ145(2)), ending on the next working day when the last day is a day off (Đ148(5)); or
   * `'working-days'`. A dossier still waiting on the day after the window is `closed-without-supplement` from that
   * day. A completion after the window is kept (the time limit restarts) and is a finding (`SUPPLEMENT_AFTER_WINDOW`).
   */
  readonly supplementWindow: DossierSupplementWindow | null;
  /**
   * A stop at the applicant's request (`stoppedAt`, NĐ 118/2025 Đ21): `'separate'` (status `stopped-on-request`, its
   * own count) or `'as-withdrawn'` (a withdrawal: counted as {@link DossierRules.withdrawnOrReturned} says).
   */
  readonly stoppedOnRequest: 'separate' | 'as-withdrawn';
  /**
   * Extensions of the return date (gia hạn, hẹn lại ngày trả kết quả; `extension` / `extensions` of a record):
   * - `'ignore'`: the dossier is rated against its due date as recorded (the report and QĐ 766 rules);
   * - `'once'` (NĐ 118/2025 Đ19(6)): the first extension, notified at least {@link DossierRules.extensionNoticeDays}
   *   days before the due date and with a later date, re-sets the due date; a later notice (`LATE_EXTENSION_NOTICE`),
   *   a date not after the due date (`INVALID_EXTENSION`) or a second extension (`SECOND_EXTENSION`) is a finding and
   *   is not applied.
   */
  readonly extensions: 'ignore' | 'once';
  /** With `extensions: 'once'`: the notice must come at least this many calendar days before the due date (NĐ 118: 1). */
  readonly extensionNoticeDays: number;
  /**
   * The longest time, in working hours on {@link DossierRules.officeHours}, between an online filing (`submittedAt`)
   * and its acceptance (`receivedAt`), or `null` for no check (NĐ 118/2025 Đ17(2)(c): 8). Longer is a finding
   * (`LATE_ACCEPTANCE`), never a change of dates. A date without a time is taken at the end of the day for the filing
   * and at the start of the day for the acceptance, so that only what is certainly late is reported.
   */
  readonly acceptanceWorkingHours: number | null;
  /**
   * The latest supplement request, in working days after the receipt (after the previous completion, for a later
   * request under `'restart'`), or `null` for no check (NĐ 118/2025 Đ19(5): 3). Later is a finding
   * (`LATE_SUPPLEMENT_REQUEST`).
   */
  readonly supplementRequestWorkingDays: number | null;
  /** Office hours of a working day, for {@link DossierRules.acceptanceWorkingHours}; default {@link CIVIL_SERVICE_OFFICE_HOURS}. */
  readonly officeHours: readonly DossierOfficeHours[];
  /** The dates of validity of the rule set (`start`, `end` inclusive; absent: open), what `'in-force'` follows. */
  readonly validity: { readonly start?: IsoDate; readonly end?: IsoDate };
  /** Where each choice comes from (the one citation shape, {@link SourceRef}). */
  readonly sources: readonly SourceRef[];
}

/**
 * How long a dossier may wait on the applicant before it is closed ({@link DossierRules.supplementWindow}).
 *
 * @example
 * ```ts
 * import { DOSSIER_RULE_PRESETS, type DossierSupplementWindow } from 'cchc';
 * const w: DossierSupplementWindow | null = DOSSIER_RULE_PRESETS.nd118.supplementWindow;
 * w; // { days: 15, unit: 'calendar-days' }
 * ```
 *
 * @category Dossiers
 */
export interface DossierSupplementWindow {
  /** Days after the request (the request day not counted). */
  readonly days: number;
  /** `'calendar-days'` (with the roll-over to the next working day) or `'working-days'`. */
  readonly unit: 'calendar-days' | 'working-days';
}

/**
 * One span of office hours in Vietnam time (`'HH:MM'`, start before end), for counting working hours.
 *
 * @example
 * ```ts
 * import type { DossierOfficeHours } from 'cchc';
 * const morning: DossierOfficeHours = { start: '07:30', end: '11:30' };
 * morning.end; // '11:30'
 * ```
 *
 * @category Dossiers
 */
export interface DossierOfficeHours {
  readonly start: string;
  readonly end: string;
}

const SRC_BIEU_06A: SourceRef = Object.freeze({
  document:
    'Biểu số II.06a/VPCP/KSTT (TT 01/2020/TT-VPCP), as implemented in HuanVu201/DichVuCong_KhoaLuan_PASETO (BaoCaoSo06WhereBuilder.cs)',
  note: 'resolved early if NgayTra < NgayHenTra, on time if equal, late if after; pending within if NgayHenTra >= DenNgay; returned/withdrawn and awaiting supplement kept as separate counters',
  url: 'https://thuvienphapluat.vn/van-ban/Cong-nghe-thong-tin/Thong-tu-01-2020-TT-VPCP-che-do-bao-cao-va-quan-ly-su-dung-khai-thac-He-thong-thong-tin-bao-cao-455746.aspx?tab=3',
});
const SRC_766: SourceRef = Object.freeze({
  document: 'Quyết định 766/QĐ-TTg ngày 23/06/2022, "Mô tả công thức tính chỉ số 766" as transcribed in ChippedTopaz/qd766',
  note: 'on time if end ≤ appointment; supplement time subtracted; a dossier waiting on the citizen ends at the request; a second supplement request counts as late; withdrawal/stop ends processing',
  url: 'https://thuviennhadat.vn/vbpl/quyet-dinh-766-qd-ttg-2022-bo-chi-so-danh-gia-chat-luong-phuc-vu-thu-tuc-hanh-chinh-dien-tu-518821.html',
});
const SRC_CHANNEL: SourceRef = Object.freeze({
  document: 'QĐ 766 formula description 3.3 (ChippedTopaz/qd766)',
  note: 'in-person share = (in person + unknown channel) / total',
});
const SRC_RECEIPT: SourceRef = Object.freeze({
  document: 'Domain brief §2.1 (chứng thực 15:00 cut-off; QĐ 2988/QĐ-TCHQ k5 Đ7)',
  note: 'receipt cut-offs are procedure-specific; no general one-stop rule found, so none by default',
  url: 'https://dichvucong.laocai.gov.vn/yenbai/tra-cuu/chi-tiet-thu-tuc?ma-thu-tuc=26455',
});

const SRC_ND61: SourceRef = Object.freeze({
  document: 'Nghị định 61/2018/NĐ-CP (amended by Nghị định 107/2021/NĐ-CP), repealed from 01/07/2025 by Nghị định 118/2025/NĐ-CP Đ40(1)',
  note: "the one-stop rules the periodic report was read under until 30/06/2025; `rules: 'in-force'` uses this preset for dossiers received until then",
});

/** The fields NĐ 118/2025 added, as the rules before it read them: none of its checks, stops as withdrawals, no extensions. */
const BEFORE_ND118 = {
  supplementWindow: null,
  stoppedOnRequest: 'as-withdrawn',
  extensions: 'ignore',
  extensionNoticeDays: 1,
  acceptanceWorkingHours: null,
  supplementRequestWorkingDays: null,
  officeHours: CIVIL_SERVICE_OFFICE_HOURS,
} as const;

/**
 * The rule presets:
 *
 * - `report`: the periodic report "Tình hình, kết quả giải quyết TTHC" (Biểu II.06a/VPCP/KSTT, TT 01/2020/TT-VPCP).
 *   Resolved early if finished before the due date, on time on it, late after; pending within due if the due date is
 *   on or after the end of the period, overdue otherwise; withdrawn/returned and awaiting-supplement dossiers are
 *   their own counts; no supplement adjustment (the report compares the return date with the appointment date).
 * - `qd766`: the "tiến độ giải quyết" indicator of Quyết định 766/QĐ-TTg (2022): supplement time subtracted from the
 *   end; a second supplement request counts as late; a dossier waiting on the applicant ends at the request;
 *   withdrawal and return end processing and are judged like a resolution.
 *
 * - `nd118`: Nghị định 118/2025/NĐ-CP, in force from 01/07/2025: the time limit restarts once a supplement is
 *   completed (Đ19(5)); a dossier waiting on the applicant is `paused`, and `closed-without-supplement` 15 calendar days
 *   after the request (Đ19(5)); one extension notified at least 1 day before the due date re-sets it (Đ19(6)); a stop
 *   at the applicant's request is `stopped-on-request` (Đ21); checks (findings): acceptance within 8 working hours of
 *   an online filing (Đ17(2)(c)), a supplement request within 3 working days (Đ19(5)). Read from the original text:
 *   its amendments NĐ 367/2025 and NĐ 309/2026 could not be read (`verified: false` in its sources).
 *
 * All three compare by date, apply no receipt cut-off, count the n working days after the receipt date, and count a
 * missing channel as in person; see {@link DossierRules} for each choice and its source. Each carries its dates of
 * validity (`validity`); `rules: 'in-force'` picks `report` or `nd118` by each dossier's receipt date
 * ({@link DOSSIER_RULES_IN_FORCE}).
 *
 * @example
 * ```ts
 * import { DOSSIER_RULE_PRESETS } from 'cchc';
 * DOSSIER_RULE_PRESETS.qd766.supplementTime; // 'subtract'
 * DOSSIER_RULE_PRESETS.report.awaitingSupplement; // 'separate'
 * DOSSIER_RULE_PRESETS.nd118.supplementTime; // 'restart'
 * DOSSIER_RULE_PRESETS.nd118.validity; // { start: '2025-07-01' }
 * ```
 *
 * @category Dossiers
 */
export const DOSSIER_RULE_PRESETS: Readonly<Record<'report' | 'qd766' | 'nd118', DossierRules>> = Object.freeze({
  report: Object.freeze({
    name: 'report',
    label: Object.freeze({
      vi: 'Báo cáo định kỳ tình hình, kết quả giải quyết TTHC (Biểu II.06a/VPCP/KSTT)',
      en: 'Periodic report on the handling of administrative procedures (form II.06a/VPCP/KSTT)',
    }),
    compare: 'date',
    supplementTime: 'ignore',
    awaitingSupplement: 'separate',
    unfinishedSupplementPauses: true,
    secondSupplementIsLate: false,
    withdrawnOrReturned: 'separate',
    receiptCutoff: null,
    nonWorkingDayReceipt: 'as-is',
    missingChannel: 'in-person',
    ...BEFORE_ND118,
    validity: Object.freeze({ end: '2025-06-30' as IsoDate }),
    sources: Object.freeze([SRC_BIEU_06A, SRC_CHANNEL, SRC_RECEIPT, SRC_ND61]),
  }),
  qd766: Object.freeze({
    name: 'qd766',
    label: Object.freeze({
      vi: 'Chỉ số tiến độ giải quyết hồ sơ (Quyết định 766/QĐ-TTg)',
      en: 'Processing progress indicator (Decision 766/QĐ-TTg)',
    }),
    compare: 'date',
    supplementTime: 'subtract',
    awaitingSupplement: 'ends-at-request',
    unfinishedSupplementPauses: true,
    secondSupplementIsLate: true,
    withdrawnOrReturned: 'ends-processing',
    receiptCutoff: null,
    nonWorkingDayReceipt: 'as-is',
    missingChannel: 'in-person',
    ...BEFORE_ND118,
    validity: Object.freeze({ start: '2022-06-23' as IsoDate }),
    sources: Object.freeze([SRC_766, SRC_CHANNEL, SRC_RECEIPT]),
  }),
  nd118: ND118_PRESET,
});

/** The name of a rule preset.
 *
 * @example
 * ```ts
 * import type { DossierRulePreset } from 'cchc';
 * const p: DossierRulePreset = 'qd766';
 * p; // 'qd766'
 * ```
 *
 * @category Dossiers
 */
export type DossierRulePreset = keyof typeof DOSSIER_RULE_PRESETS;

/** What `rules` options accept: a preset name, `'in-force'` (the preset in force on each dossier's receipt date:
 * `report` before 2025-07-01, `nd118` from then, {@link DOSSIER_RULES_IN_FORCE}), or a preset with some fields
 * overridden (`{ preset: 'report', compare: 'datetime' }`).
 *
 * @example
 * ```ts
 * import type { DossierRulesInput } from 'cchc';
 * const r: DossierRulesInput = { preset: 'report', awaitingSupplement: 'pending' };
 * const byDate: DossierRulesInput = 'in-force';
 * r; // { preset: 'report', awaitingSupplement: 'pending' }
 * ```
 *
 * @category Dossiers
 */
export type DossierRulesInput =
  | DossierRulePreset
  | 'in-force'
  | (Partial<Omit<DossierRules, 'sources' | 'label'>> & {
      readonly preset?: DossierRulePreset;
      readonly label?: BilingualText;
      readonly sources?: readonly SourceRef[];
    });

const CUTOFF = CUTOFF_PATTERN;

/**
 * Resolve a `rules` option to a full rule set (a preset, or a preset with overrides; default `report`). A preset with
 * overrides is named `'<preset>+custom'` and labelled as such unless `name` / `label` are given.
 *
 * @throws {@link CchcError} `INVALID_INPUT` for an unknown preset (with a suggestion), a bad value, or `'in-force'`
 *   (which depends on each dossier's receipt date: see {@link dossierRulesInForce}); `UNKNOWN_KEY` for an unknown
 *   field (`awaitingSuplement` → did you mean `awaitingSupplement`?).
 * @example
 * ```ts
 * import { resolveDossierRules } from 'cchc';
 * resolveDossierRules({ preset: 'qd766', secondSupplementIsLate: false }).supplementTime; // 'subtract'
 * resolveDossierRules({ preset: 'qd766', secondSupplementIsLate: false }).name; // 'qd766+custom'
 * resolveDossierRules('qd766').label.en; // 'Processing progress indicator (Decision 766/QĐ-TTg)'
 * resolveDossierRules({ preset: 'report', awaitingSuplement: 'pending' } as never); // throws CchcError UNKNOWN_KEY
 * resolveDossierRules('in-force'); // throws CchcError INVALID_INPUT
 * ```
 *
 * @category Dossiers
 */
export function resolveDossierRules(input: DossierRulesInput | undefined = 'report', path: CchcPath = []): DossierRules {
  if (input === 'in-force') {
    throw new CchcError(issue('INVALID_INPUT', path, vi8.INVALID_INPUT__dossierInForce(), en8.INVALID_INPUT__dossierInForce(), input));
  }
  if (typeof input === 'string') {
    rulesPresetSchema().parse(input, { path });
    return DOSSIER_RULE_PRESETS[input];
  }
  const v = rulesInputSchema().parse(input, { path }) as Exclude<DossierRulesInput, string>;
  const base = DOSSIER_RULE_PRESETS[v.preset ?? 'report'];
  const { preset: _p, ...given } = v;
  // A key given as undefined is no override (it would otherwise wipe the preset's value: `{ compare: undefined }`).
  const overrides = Object.fromEntries(Object.entries(given).filter(([, x]) => x !== undefined)) as typeof given;
  const custom = Object.keys(overrides).length > 0;
  if (!custom) return base;
  const customLabel = () => Object.freeze({ vi: `${base.label.vi} (tùy chỉnh)`, en: `${base.label.en} (customised)` });
  const label = overrides.label ?? customLabel();
  const name = overrides.name ?? `${base.name}+custom`;
  const out: DossierRules = { ...base, ...overrides, name, label } as DossierRules;
  return Object.freeze(out);
}

/** @internal Minutes since midnight of a cut-off, or −1. */
export function cutoffMinutes(rules: DossierRules): number {
  if (rules.receiptCutoff === null) return -1;
  const m = CUTOFF.exec(rules.receiptCutoff);
  if (!m) {
    const p = { received: show(rules.receiptCutoff) };
    throw new CchcError(
      issue(
        'INVALID_INPUT',
        ['rules', 'receiptCutoff'],
        vi.INVALID_INPUT__dossierCutoff(p),
        en.INVALID_INPUT__dossierCutoff(p),
        rules.receiptCutoff,
      ),
    );
  }
  return Number(m[1]) * 60 + Number(m[2]);
}
