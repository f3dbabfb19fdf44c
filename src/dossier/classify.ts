import { CchcError, issue, type CchcIssue } from '../core/errors.js';
import { fromDayNumber, parseIsoDate, type IsoDate } from '../core/iso-date.js';
import { readCalendar } from '../calendar/calendar-options.js';
import * as vi from '../core/messages/vi/dossier.js';
import * as en from '../core/messages/en/dossier.js';
import type { WorkCalendar } from './_internal/calendar-types.js';
import { classifyCore, compileRules, CoreProblem, newCoreResult, outOfRangeField, STATUS_NAMES } from './_internal/engine.js';
import { NO_DAY } from '../core/read-date.js';
import { newNormalized, normalizeDossier } from './_internal/normalize.js';
import { opt, readBoolean, readRequiredOptions } from './_internal/options.js';
import { collectFindings } from './_internal/nd118.js';
import type { DossierFinding } from './findings.js';
import type { DossierRecord } from './record.js';
import type { DossierRules, DossierRulesInput } from './rules.js';
import { resolveRuleSet } from './rules-in-force.js';
import { restsOnProvisional } from './_internal/provisional.js';

/**
 * Where a dossier stands on a date (tình trạng hồ sơ), the columns of the periodic report:
 * - `resolved-early` (giải quyết trước hạn), `resolved-on-time` (đúng hạn), `resolved-late` (quá hạn);
 * - `pending-within` (đang giải quyết trong hạn), `pending-overdue` (đang giải quyết quá hạn);
 * - `awaiting-supplement` (chờ bổ sung hồ sơ), `withdrawn-or-returned` (rút / trả lại hồ sơ);
 * - `not-accepted` (từ chối tiếp nhận);
 * - under rules such as `nd118` (NĐ 118/2025/NĐ-CP): `paused` (tạm dừng, chờ tổ chức, cá nhân bổ sung: the time limit
 *   will restart, Đ19(5)), `stopped-on-request` (dừng thực hiện TTHC theo yêu cầu, Đ21), `closed-without-supplement`
 *   (đóng hồ sơ do không bổ sung trong 15 ngày, Đ19(5)).
 *
 * @example
 * ```ts
 * import { classifyDossier, type DossierStatus } from 'cchc';
 * const s: DossierStatus = classifyDossier({ id: 1, receivedAt: '2019-09-03', dueDate: '2019-09-10' }, { asOf: '2019-09-30' }).status;
 * s; // 'pending-overdue'
 * ```
 *
 * @category Dossiers
 */
export type DossierStatus =
  | 'resolved-early'
  | 'resolved-on-time'
  | 'resolved-late'
  | 'pending-within'
  | 'pending-overdue'
  | 'awaiting-supplement'
  | 'withdrawn-or-returned'
  | 'not-accepted'
  | 'paused'
  | 'stopped-on-request'
  | 'closed-without-supplement';

/** The statuses, in report column order.
 *
 * @example
 * ```ts
 * import { DOSSIER_STATUSES } from 'cchc';
 * DOSSIER_STATUSES.length; // 11
 * ```
 *
 * @category Dossiers
 */
export const DOSSIER_STATUSES: readonly DossierStatus[] = Object.freeze([...STATUS_NAMES]);

/** Options of {@link classifyDossier}.
 *
 * @example
 * ```ts
 * import { civilServiceCalendar, type ClassifyDossierOptions } from 'cchc';
 * const o: ClassifyDossierOptions = { asOf: '2019-09-30', rules: 'qd766', calendar: civilServiceCalendar };
 * o.asOf; // '2019-09-30'
 * ```
 *
 * @category Dossiers
 */
export interface ClassifyDossierOptions {
  /** The date the status is asked for, usually the last day of the reporting period (ngày chốt số liệu). */
  readonly asOf: IsoDate;
  /** Rule preset or overrides; default `'report'`. See {@link DOSSIER_RULE_PRESETS}. */
  readonly rules?: DossierRulesInput;
  /**
   * Working-day calendar, for `slaWorkingDays`, receipt rules and working days of delay; default
   * {@link civilServiceCalendar}. The result names it (`calendar`).
   */
  readonly calendar?: WorkCalendar;
  /**
   * Make every finding of the rules (late acceptance, late supplement request, late or second extension …, see
   * {@link DossierFindingCode}) an error: `CchcError` with the findings as its issues. Default `false`: the findings
   * are returned in `findings` and the dossier is classified.
   */
  readonly strict?: boolean;
}

/** Result of {@link classifyDossier}.
 *
 * @example
 * ```ts
 * import { classifyDossier, type DossierClassification } from 'cchc';
 * const c: DossierClassification = classifyDossier({ id: 1, receivedAt: '2019-09-03', dueDate: '2019-09-10', resolvedAt: '2019-09-09' }, { asOf: '2019-09-30' });
 * c.status; // 'resolved-early'
 * ```
 *
 * @category Dossiers
 */
export interface DossierClassification {
  /** See {@link DossierStatus}. */
  readonly status: DossierStatus;
  /** The due date used (the appointment date, or the one computed from `slaWorkingDays`); `null` for `not-accepted` without one. */
  readonly dueDate: IsoDate | null;
  /** The receipt date the time limit counts from (after the receipt cut-off rules). */
  readonly effectiveReceiptDate: IsoDate;
  /**
   * The day the dossier was judged on: its end (resolution, withdrawal, return, or the supplement request it ended
   * at) or, for a pending dossier, `asOf`; minus the supplement waiting time under `supplementTime: 'subtract'`.
   * `null` for `not-accepted`.
   */
  readonly judgedDate: IsoDate | null;
  /** Calendar days past the due date (late or overdue), else 0. */
  readonly delayDays: number;
  /** Working days past the due date (late or overdue) on the calendar, else 0; `null` for `not-accepted`. */
  readonly delayWorkingDays: number | null;
  /** Supplement requests made up to `asOf`. */
  readonly supplementRequests: number;
  /** The rules applied (under `'in-force'`: the preset in force on the receipt date). */
  readonly rules: DossierRules;
  /** The name of the working-day calendar used (`'civil-service'` by default). */
  readonly calendar: string;
  /**
   * Under `supplementTime: 'restart'`: the completion date the time limit restarted from (the last supplement
   * completed by `asOf`), else `null`.
   */
  readonly restartedFrom: IsoDate | null;
  /** Under `extensions: 'once'`: the due date an applied extension replaced, else `null`. */
  readonly extendedFrom: IsoDate | null;
  /**
   * When an extension was applied: the classification against the due date it replaced (the decree does not say which
   * date rates the dossier; both are given), else `null`.
   */
  readonly withoutExtension: {
    readonly status: DossierStatus;
    readonly dueDate: IsoDate | null;
    readonly delayDays: number;
    readonly delayWorkingDays: number | null;
  } | null;
  /** The rules the dossier breaks without being invalid (empty for the `report` and `qd766` rules). */
  readonly findings: readonly DossierFinding[];
  /**
   * `true` (tạm tính) when a working-day count of this result crosses a provisional day of the calendar (a day derived
   * from the rules, in a year without an official schedule, 2027 onwards today; {@link isProvisional}): the due date
   * counted from `slaWorkingDays`, or the working days of delay. Such a result may change when the year's schedule is
   * announced.
   */
  readonly provisional: boolean;
}

/**
 * Classify one dossier as of a date (phân loại hồ sơ): resolved early / on time / late, pending within or past its
 * due date, awaiting supplement, withdrawn or returned, or not accepted; with the due date used and the working days
 * of delay. Events after `asOf` are ignored (they had not happened yet).
 *
 * Rules (`rules`): `'report'` (default; Biểu II.06a, TT 01/2020/TT-VPCP: early if finished before the due date, on
 * time on it, late after; pending within if the due date is on or after `asOf`), `'qd766'` (QĐ 766/QĐ-TTg:
 * supplement time subtracted; a second supplement request counts as late; a dossier waiting on the applicant ends at
 * the request), `'nd118'` (NĐ 118/2025/NĐ-CP: the time limit restarts after a supplement; waiting on the applicant
 * is `paused`, closed after 15 days; one extension notified in time re-sets the due date; stops at the applicant's
 * request counted apart; checks reported as `findings`), or `'in-force'` (`report` for a dossier received before
 * 2025-07-01, `nd118` from then). See {@link DossierRules} for every option and its source. Working days (due dates from
 * `slaWorkingDays`, receipt rules, working days of delay) are counted on `calendar`, default
 * {@link civilServiceCalendar}; the result names it.
 *
 * @throws {@link CchcError} for an invalid record (see {@link parseDossierRecord}), `INVALID_DATE` for `asOf`,
 *   `RECEIVED_AFTER_AS_OF`, `MISSING_DUE_DATE` (a restart with neither `slaWorkingDays` nor the supplement's
 *   `newDueDate`), the findings' codes with `strict: true`, `DATE_OUT_OF_RANGE` (a date outside the calendar), `UNKNOWN_KEY` for an unknown option
 *   (`calender` → did you mean `calendar`?), `INVALID_INPUT` for a bad option value.
 *
 * @example
 * ```ts
 * import { classifyDossier } from 'cchc';
 * const d = { id: 'HS-1', receivedAt: '2019-09-03', dueDate: '2019-09-10', resolvedAt: '2019-09-12' };
 * classifyDossier(d, { asOf: '2019-09-30' }).status; // 'resolved-late'
 * classifyDossier(d, { asOf: '2019-09-30' }).delayDays; // 2
 * classifyDossier(d, { asOf: '2019-09-10' }).status; // 'pending-within'
 * classifyDossier({ id: 'HS-2', receivedAt: '2019-09-03', slaWorkingDays: 5 }, { asOf: '2019-09-30' }).dueDate; // '2019-09-10'
 * classifyDossier(d, { asOf: '2019-09-30' }).calendar; // 'civil-service'
 * classifyDossier(d, { asOf: '2019-09-30' }).provisional; // false
 * classifyDossier({ id: 'HS-3', receivedAt: '2026-12-28', slaWorkingDays: 5 }, { asOf: '2027-01-15' }).dueDate; // '2027-01-05'
 * classifyDossier({ id: 'HS-3', receivedAt: '2026-12-28', slaWorkingDays: 5 }, { asOf: '2027-01-15' }).provisional; // true
 * classifyDossier({ ...d, supplements: [{ requestedAt: '2019-09-04', completedAt: '2019-09-06' }] }, { asOf: '2019-09-30', rules: 'qd766' }).status; // 'resolved-on-time'
 * // NĐ 118/2025 Đ19(5): the time limit restarts when the supplement is completed (Mon 13/10 → 5 working days → 20/10).
 * const r = { id: 'HS-3', receivedAt: '2025-10-06', slaWorkingDays: 5, resolvedAt: '2025-10-20', supplements: [{ requestedAt: '2025-10-07', completedAt: '2025-10-13' }] };
 * classifyDossier(r, { asOf: '2025-10-31', rules: 'nd118' }).dueDate; // '2025-10-20'
 * classifyDossier(r, { asOf: '2025-10-31', rules: 'nd118' }).status; // 'resolved-on-time'
 * classifyDossier(r, { asOf: '2025-10-31', rules: 'report' }).dueDate; // '2025-10-13'
 * classifyDossier(r, { asOf: '2025-10-31', rules: 'in-force' }).rules.name; // 'nd118'
 * classifyDossier({ ...r, resolvedAt: null, stoppedAt: '2025-10-15' }, { asOf: '2025-10-31', rules: 'nd118' }).status; // 'stopped-on-request'
 * ```
 *
 * @category Dossiers
 */
export function classifyDossier(record: DossierRecord, options: ClassifyDossierOptions): DossierClassification {
  const o = readRequiredOptions(options, ['asOf', 'rules', 'calendar', 'strict'], '{ asOf, rules?, calendar?, strict? }');
  const problems: CchcIssue[] = [];
  let asOf = NO_DAY;
  try {
    asOf = parseIsoDate(opt(o, 'asOf'), ['options', 'asOf']);
  } catch (e) {
    if (e instanceof CchcError) problems.push(...e.issues);
    else throw e;
  }
  const ruleSet = resolveRuleSet(opt(o, 'rules') as DossierRulesInput | undefined, ['options', 'rules']);
  const cal = readCalendar(opt(o, 'calendar'));
  const strict = readBoolean(o, 'strict') === true;
  const n = newNormalized();
  problems.push(...normalizeDossier(record, n, ['record']));
  if (problems.length > 0) throw new CchcError(problems);
  if (n.recDay > asOf) {
    const p = { receivedAt: fromDayNumber(n.recDay), asOf: fromDayNumber(asOf) };
    throw new CchcError(
      issue('RECEIVED_AFTER_AS_OF', ['record', 'receivedAt'], vi.RECEIVED_AFTER_AS_OF(p), en.RECEIVED_AFTER_AS_OF(p), record.receivedAt),
    );
  }
  const rules = n.recDay < ruleSet.switchDay ? ruleSet.before : ruleSet.from;
  const cr = compileRules(rules);
  const out = newCoreResult();
  let findings: CchcIssue[] = [];
  let withoutExtension: DossierClassification['withoutExtension'] = null;
  try {
    classifyCore(n, cr, cal, asOf, false, out);
    findings = collectFindings(n, cr, cal, asOf, out, ['record']);
    if (out.extendedFrom !== NO_DAY) {
      const w = newCoreResult();
      classifyCore(n, { ...cr, extOnce: false }, cal, asOf, false, w);
      withoutExtension = Object.freeze({
        status: STATUS_NAMES[w.status]!,
        dueDate: w.dueDay === NO_DAY ? null : fromDayNumber(w.dueDay),
        delayDays: w.delayDays,
        delayWorkingDays: w.delayWorkingDays < 0 ? null : w.delayWorkingDays,
      });
    }
  } catch (e) {
    if (e instanceof CoreProblem) throw new CchcError({ ...e.issue, path: ['record', ...e.issue.path] });
    // The calendar names a day number; say which field of the record is outside its range.
    if (e instanceof CchcError && e.code === 'DATE_OUT_OF_RANGE')
      throw new CchcError(e.issues.map((x) => ({ ...x, path: ['record', ...outOfRangeField(n, cal)] })));
    throw e;
  }
  if (strict && findings.length > 0) throw new CchcError(findings);
  return Object.freeze({
    status: STATUS_NAMES[out.status]!,
    dueDate: out.dueDay === NO_DAY ? null : fromDayNumber(out.dueDay),
    effectiveReceiptDate: fromDayNumber(out.effectiveReceiptDay),
    judgedDate: out.judgedDay === NO_DAY ? null : fromDayNumber(out.judgedDay),
    delayDays: out.delayDays,
    delayWorkingDays: out.delayWorkingDays < 0 ? null : out.delayWorkingDays,
    supplementRequests: out.supplementRequests,
    rules,
    calendar: cal.name,
    restartedFrom: out.restartDay === NO_DAY ? null : fromDayNumber(out.restartDay),
    extendedFrom: out.extendedFrom === NO_DAY ? null : fromDayNumber(out.extendedFrom),
    withoutExtension,
    findings: Object.freeze(findings as DossierFinding[]),
    provisional: restsOnProvisional(n, out, cal),
  });
}
