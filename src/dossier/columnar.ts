import { CchcError, issue, show, type CchcIssue } from '../core/errors.js';
import { readCalendar } from '../calendar/calendar-options.js';
import * as vi from '../core/messages/vi/dossier.js';
import * as en from '../core/messages/en/dossier.js';
import * as vi8 from '../core/messages/vi/dossier-nd118.js';
import * as en8 from '../core/messages/en/dossier-nd118.js';
import { A, accToTally, newAcc } from './_internal/acc.js';
import type { WorkCalendar } from './_internal/calendar-types.js';
import { dayTable } from './_internal/calendar-port.js';
import { opt, RANGE_KEYS, readFunction, readRange, readRequiredOptions } from './_internal/options.js';
import type { DossierRulesInput } from './rules.js';
import { resolveRuleSet, ruleSetMembers } from './rules-in-force.js';
import { closingDay, compileRules, EXT_APPLIED, extensionOutcome, type CompiledRules } from './_internal/engine.js';
import type { DossierPeriodOptions, DossierTally } from './tally.js';

/** Accumulator slot of a resolved dossier by 1 + sign(end − due), and of a pending one by whether it is overdue. */
const RESOLVED_SLOT = Int32Array.of(A.early, A.onTime, A.late);
const PENDING_SLOT = Int32Array.of(A.withinDue, A.overdue);
/** Accumulator slot of a new receipt by channel code (unknown counts as in person). */
const CHANNEL_SLOT = Int32Array.of(A.newInPerson, A.newOnline, A.newPostal, A.newInPerson);

/** The "no date" value of day-number columns (the smallest Int32).
 *
 * @example
 * ```ts
 * import { NO_DATE } from 'cchc';
 * NO_DATE; // -2147483648
 * ```
 *
 * @category Dossiers
 */
export const NO_DATE = -2147483648;

/** Channel codes of the `channel` column of {@link DossierColumns}.
 *
 * @example
 * ```ts
 * import { CHANNEL_CODES } from 'cchc';
 * CHANNEL_CODES.online; // 1
 * ```
 *
 * @category Dossiers
 */
export const CHANNEL_CODES: Readonly<{ 'in-person': 0; online: 1; postal: 2; unknown: 3 }> = Object.freeze(
  // No prototype: a channel read from a file ('toString') finds no code rather than a function.
  Object.assign(Object.create(null) as object, { 'in-person': 0, online: 1, postal: 2, unknown: 3 } as const),
);

/**
 * Dossiers as columns (dữ liệu dạng cột): one typed array per field, one position per dossier, dates as day numbers
 * (days since 1970-01-01, see `toDayNumber`; {@link NO_DATE} where absent). What a columnar engine (DuckDB
 * `getColumns()`, Arrow, Parquet readers) hands over without building an object per row.
 *
 * @example
 * ```ts
 * import { toDayNumber, type DossierColumns } from 'cchc';
 * const c: DossierColumns = { received: Int32Array.of(toDayNumber('2019-09-03')), due: Int32Array.of(toDayNumber('2019-09-10')) };
 * c.received.length; // 1
 * ```
 *
 * @category Dossiers
 */
export interface DossierColumns {
  /** Receipt day (ngày tiếp nhận). Required. */
  readonly received: Int32Array;
  /** Appointment day (ngày hẹn trả), or NO_DATE (then `slaWorkingDays` is used). */
  readonly due?: Int32Array;
  /** Time limit in working days, or −1 where absent (needs a calendar). */
  readonly slaWorkingDays?: Int32Array;
  /** Resolution day, or NO_DATE. */
  readonly resolved?: Int32Array;
  /** Day the dossier was withdrawn or returned without a result, or NO_DATE. */
  readonly withdrawnOrReturned?: Int32Array;
  /** {@link CHANNEL_CODES}: 0 in person, 1 online, 2 postal, 3 unknown. Absent: all unknown. */
  readonly channel?: Uint8Array;
  /** 1 where the dossier was not accepted (từ chối tiếp nhận). */
  readonly notAccepted?: Uint8Array;
  /** Supplement requests made (as of the end of the period). */
  readonly supplementRequests?: Uint8Array | Uint16Array | Int32Array;
  /** Calendar days spent waiting on completed supplements (as of the end of the period). */
  readonly supplementDays?: Int32Array;
  /** Day of the supplement request still open at the end of the period, or NO_DATE. */
  readonly openSupplementRequested?: Int32Array;
  /** Day the applicant asked to stop (NĐ 118/2025 Đ21, `stoppedAt`), or NO_DATE. */
  readonly stopped?: Int32Array;
  /**
   * Day the last supplement completed by the end of the period was completed, or NO_DATE: where the time limit
   * restarts under `supplementTime: 'restart'` (NĐ 118/2025 Đ19(5)).
   */
  readonly supplementCompleted?: Int32Array;
  /**
   * The new due date given on that supplement (`newDueDate`; when several were completed that day, the latest given
   * among them), or NO_DATE (then counted from `slaWorkingDays`).
   */
  readonly supplementNewDue?: Int32Array;
  /** Day the first extension was notified (NĐ 118/2025 Đ19(6)), or NO_DATE; with `extensionNewDue`. */
  readonly extensionNotified?: Int32Array;
  /** The new return date of the first extension, or NO_DATE. */
  readonly extensionNewDue?: Int32Array;
}

/** The settings of {@link tallyDossierColumns} besides its period (`rules` may be `'in-force'`: the rules by each
 * dossier's receipt day).
 *
 * @example
 * ```ts
 * import type { TallyDossierColumnsSettings } from 'cchc';
 * const s: TallyDossierColumnsSettings = { rules: 'qd766', groups: { codes: Uint8Array.of(0, 1), count: 2 } };
 * s.groups?.count; // 2
 * ```
 *
 * @category Dossiers
 */
export interface TallyDossierColumnsSettings {
  /** Rule preset or overrides; default `'report'`. Columns carry dates only: no receipt cut-off, `compare: 'date'`. */
  readonly rules?: DossierRulesInput;
  /** Working-day calendar, for `slaWorkingDays`; default {@link civilServiceCalendar}. The tally names it. */
  readonly calendar?: WorkCalendar;
  /** Group code of each dossier (0 … groupCount − 1); the result is then one tally per code. */
  readonly groups?: { readonly codes: ArrayLike<number>; readonly count: number };
  /** Called for each invalid position (then skipped); without it the first invalid position throws. */
  readonly onInvalid?: (error: CchcError, index: number) => void;
}

/** Options of {@link tallyDossierColumns}: the period (`{ start, end }`, a Period, or the deprecated `{ from, to }`)
 * and the settings.
 *
 * @example
 * ```ts
 * import type { TallyDossierColumnsOptions } from 'cchc';
 * const o: TallyDossierColumnsOptions = { start: '2019-01-01', end: '2019-12-31', groups: { codes: Uint8Array.of(0, 1), count: 2 } };
 * o.groups?.count; // 2
 * ```
 *
 * @category Dossiers
 */
export type TallyDossierColumnsOptions = DossierPeriodOptions & TallyDossierColumnsSettings;

const COLUMN_OPTION_KEYS: readonly string[] = Object.freeze([...RANGE_KEYS, 'rules', 'calendar', 'groups', 'onInvalid']);

/**
 * {@link tallyDossiers} on columns of day numbers: the same classification and counts, with no object and no string
 * per dossier, for tens of millions of rows. Supplement columns describe the state at the end of the period.
 * Processing time is not measured on this path, nor are the findings of NĐ 118/2025 (a second extension is simply
 * not a column: only the first one counts). Due dates from `slaWorkingDays` are counted on `calendar` (default
 * {@link civilServiceCalendar}), which the tally names; those that cross a provisional day of it are counted in
 * `provisional`, as {@link tallyDossiers} does. Under `nd118` or `'in-force'`, give `stopped`,
 * `supplementCompleted` (and `supplementNewDue` for rows without an SLA) and `extensionNotified` / `extensionNewDue`
 * where the data has them.
 *
 * @throws {@link CchcError} `INVALID_INPUT` (columns of different lengths, a cut-off or datetime rule),
 *   `INVALID_DATE_RANGE`, `UNKNOWN_KEY`, and per position (unless `onInvalid`): `MISSING_DUE_DATE`,
 *   `DUE_BEFORE_RECEIPT`, `EVENT_BEFORE_RECEIPT`, `INVALID_SLA`, `INVALID_CHANNEL`, `INVALID_INPUT` (no receipt, a
 *   group code out of range).
 * @example
 * ```ts
 * import { tallyDossierColumns, toDayNumber, NO_DATE } from 'cchc';
 * const d = (s: string) => toDayNumber(s);
 * const t = tallyDossierColumns(
 *   {
 *     received: Int32Array.of(d('2019-09-02'), d('2019-09-03'), d('2019-09-20')),
 *     due: Int32Array.of(d('2019-09-09'), d('2019-09-10'), d('2019-10-04')),
 *     resolved: Int32Array.of(d('2019-09-06'), d('2019-09-12'), NO_DATE),
 *     channel: Uint8Array.of(1, 0, 2),
 *   },
 *   { start: '2019-09-01', end: '2019-09-30' },
 * );
 * t.resolved; // { total: 2, early: 1, onTime: 0, late: 1 }
 * t.received.newOnline; // 1
 * t.calendar; // 'civil-service'
 * // NĐ 118/2025: received 6/10/2025 with 5 working days, supplement completed 13/10: the time limit restarts (due 20/10).
 * const r = tallyDossierColumns(
 *   { received: Int32Array.of(d('2025-10-06')), slaWorkingDays: Int32Array.of(5), resolved: Int32Array.of(d('2025-10-20')),
 *     supplementRequests: Uint8Array.of(1), supplementCompleted: Int32Array.of(d('2025-10-13')) },
 *   { start: '2025-10-01', end: '2025-10-31', rules: 'nd118' },
 * );
 * r.resolved.onTime; // 1
 * r.paused; // 0
 * ```
 *
 * @category Dossiers
 */
export function tallyDossierColumns(
  columns: DossierColumns,
  options: TallyDossierColumnsOptions & { readonly groups?: undefined },
): DossierTally;
export function tallyDossierColumns(
  columns: DossierColumns,
  options: TallyDossierColumnsOptions & { readonly groups: { readonly codes: ArrayLike<number>; readonly count: number } },
): DossierTally[];
export function tallyDossierColumns(columns: DossierColumns, options: TallyDossierColumnsOptions): DossierTally | DossierTally[] {
  if (typeof columns !== 'object' || columns === null || !(columns.received instanceof Int32Array)) {
    const got = typeof columns === 'object' && columns !== null ? (columns as { received?: unknown }).received : columns;
    const p = { received: show(got) };
    throw new CchcError(
      issue(
        'INVALID_INPUT',
        ['columns', 'received'],
        vi.INVALID_INPUT__dossierReceivedColumn(p),
        en.INVALID_INPUT__dossierReceivedColumn(p),
        got,
      ),
    );
  }
  const o = readRequiredOptions(options, COLUMN_OPTION_KEYS, '{ start, end, … }');
  const period = readRange(o);
  const from = period.start;
  const to = period.end;
  const set = resolveRuleSet(opt(o, 'rules') as DossierRulesInput | undefined, ['options', 'rules']);
  for (const rules of ruleSetMembers(set)) {
    if (rules.receiptCutoff !== null || rules.compare === 'datetime') {
      throw new CchcError(
        issue(
          'INVALID_INPUT',
          ['options', 'rules'],
          vi.INVALID_INPUT__dossierColumnsRules(),
          en.INVALID_INPUT__dossierColumnsRules(),
          rules.name,
        ),
      );
    }
  }
  const cal = readCalendar(opt(o, 'calendar'));
  const onInvalid = readFunction<(error: CchcError, index: number) => void>(o, 'onInvalid');
  const R = columns.received;
  const n = R.length;
  const problems: CchcIssue[] = [];
  const col = <T extends ArrayLike<number>>(name: keyof DossierColumns, ctor: string[]): T | undefined => {
    const c = columns[name] as unknown as T | undefined;
    if (c === undefined) return undefined;
    if (!ctor.includes((c as object)?.constructor?.name ?? '') || c.length !== n) {
      const p = { name, types: ctor.join(' | '), length: n };
      problems.push(issue('INVALID_INPUT', ['columns', name], vi.INVALID_INPUT__dossierColumn(p), en.INVALID_INPUT__dossierColumn(p), c));
      return undefined;
    }
    return c;
  };
  const D = col<Int32Array>('due', ['Int32Array']);
  const S = col<Int32Array>('slaWorkingDays', ['Int32Array']);
  const RES = col<Int32Array>('resolved', ['Int32Array']);
  const CL = col<Int32Array>('withdrawnOrReturned', ['Int32Array']);
  const CH = col<Uint8Array>('channel', ['Uint8Array']);
  const NA = col<Uint8Array>('notAccepted', ['Uint8Array']);
  const SR = col<ArrayLike<number>>('supplementRequests', ['Uint8Array', 'Uint16Array', 'Int32Array']);
  const SD = col<Int32Array>('supplementDays', ['Int32Array']);
  const OR = col<Int32Array>('openSupplementRequested', ['Int32Array']);
  const ST = col<Int32Array>('stopped', ['Int32Array']);
  const SC = col<Int32Array>('supplementCompleted', ['Int32Array']);
  const SN = col<Int32Array>('supplementNewDue', ['Int32Array']);
  const EN = col<Int32Array>('extensionNotified', ['Int32Array']);
  const ED = col<Int32Array>('extensionNewDue', ['Int32Array']);
  if ((EN === undefined) !== (ED === undefined) && problems.length === 0) {
    const missing = EN === undefined ? 'extensionNotified' : 'extensionNewDue';
    const p = { name: missing, types: 'Int32Array', length: n };
    problems.push(issue('INVALID_INPUT', ['columns', missing], vi.INVALID_INPUT__dossierColumn(p), en.INVALID_INPUT__dossierColumn(p)));
  }
  const groups = opt(o, 'groups') as { readonly codes?: ArrayLike<number>; readonly count?: number } | undefined;
  let codes: ArrayLike<number> | undefined;
  let groupCount = 0;
  if (groups !== undefined) {
    const isObject = typeof groups === 'object' && groups !== null;
    const codesOk = isObject && Object.hasOwn(groups, 'codes') && typeof groups.codes === 'object' && groups.codes !== null;
    const keysOk = isObject && Object.keys(groups).every((k) => k === 'codes' || k === 'count');
    if (!codesOk || !keysOk || !Number.isSafeInteger(groups.count) || groups.count! < 0 || groups.codes!.length !== n) {
      const p = { length: n };
      problems.push(
        issue('INVALID_INPUT', ['options', 'groups'], vi.INVALID_INPUT__dossierGroups(p), en.INVALID_INPUT__dossierGroups(p), groups),
      );
    } else {
      codes = groups.codes;
      groupCount = groups.count!;
    }
  }
  if (problems.length > 0) throw new CchcError(problems);
  type PositionCode = 'MISSING_DUE_DATE' | 'DUE_BEFORE_RECEIPT' | 'EVENT_BEFORE_RECEIPT' | 'INVALID_SLA' | 'INVALID_CHANNEL';
  type PositionProblem = PositionCode | 'INVALID_INPUT';
  const invalid = (i: number, code: PositionProblem, messageVi: string, messageEn: string) => {
    const err = new CchcError(issue(code, [i], messageVi, messageEn));
    if (onInvalid === undefined) throw err;
    onInvalid(err, i);
  };

  // The rules of each row: `ra` before `switchDay`, `rb` from it (the same object for one rule set).
  const ra = columnRules(compileRules(set.before));
  const rb = set.from === set.before ? ra : columnRules(compileRules(set.from));
  const switchDay = set.switchDay;
  const nd118Counts = ra.nd118Counts || rb.nd118Counts;
  const table = S !== undefined || D === undefined ? dayTable(cal) : undefined;
  const tFirst = table?.first ?? 0;
  const tLast = table?.last ?? -1;
  // Working-day index the SLA counts from, per receipt day: for n ≥ 1 (the receipt's index, plus one on a day off
  // under nextWorkingDay) and for n = 0 (plus one on a day off: the next working day). One load per row.
  const tFromA = table !== undefined ? (ra.nextWD ? table.fromIndexNext : table.fromIndex) : undefined;
  const tFromB = table !== undefined ? (rb.nextWD ? table.fromIndexNext : table.fromIndex) : undefined;
  const tFrom0 = table?.fromIndexNext;
  const tAt = table?.atIndex;
  const tLastIndex = table?.lastIndex ?? 0;
  // Provisional days before each day: a due date counted from the SLA rests on them when [receipt, due] holds one.
  const tProv = table?.provisionalBefore;
  const accs: Float64Array[] = [];
  const single = newAcc();
  if (codes !== undefined) for (let g = 0; g < groupCount; g++) accs.push(newAcc());

  for (let i = 0; i < n; i++) {
    const rec = R[i]!;
    if (rec > to || rec === NO_DATE) {
      if (rec === NO_DATE) invalid(i, 'INVALID_INPUT', vi.INVALID_INPUT__dossierNoReceipt(), en.INVALID_INPUT__dossierNoReceipt());
      continue;
    }
    if (NA !== undefined && NA[i] === 1) continue;
    const c = rec < switchDay ? ra : rb;
    let due = D !== undefined ? D[i]! : NO_DATE;
    let provisional = false;
    const res = RES !== undefined ? RES[i]! : NO_DATE;
    const clo = CL !== undefined ? CL[i]! : NO_DATE;
    const stop = ST !== undefined ? ST[i]! : NO_DATE;
    if ((res !== NO_DATE && res < rec) || (clo !== NO_DATE && clo < rec) || (stop !== NO_DATE && stop < rec)) {
      invalid(i, 'EVENT_BEFORE_RECEIPT', vi.EVENT_BEFORE_RECEIPT__column(), en.EVENT_BEFORE_RECEIPT__column());
      continue;
    }
    if (due === NO_DATE) {
      const sla = S !== undefined ? S[i]! : -1;
      if (sla < 0) {
        if (S !== undefined && sla !== -1) invalid(i, 'INVALID_SLA', vi.INVALID_SLA__column({ sla }), en.INVALID_SLA__column({ sla }));
        else invalid(i, 'MISSING_DUE_DATE', vi.MISSING_DUE_DATE(), en.MISSING_DUE_DATE());
        continue;
      }
      // n-th working day after the receipt (n = 0: the receipt day if working, else the next working day), by table.
      const i0 = rec - tFirst;
      if (i0 < 0 || rec > tLast) {
        due = cal.addWorkingDaysToDayNumber(rec, sla); // throws DATE_OUT_OF_RANGE
      } else {
        const k = sla === 0 ? tFrom0![i0]! : (rec < switchDay ? tFromA : tFromB)![i0]! + sla;
        if (k < 1 || k > tLastIndex) due = cal.addWorkingDaysToDayNumber(cal.dayNumberAtWorkingDayIndex(k), 0);
        else due = tAt![k]!;
        provisional = tProv![due + 1 - tFirst]! > tProv![i0]!;
      }
    } else if (due < rec) {
      invalid(i, 'DUE_BEFORE_RECEIPT', vi.DUE_BEFORE_RECEIPT__column(), en.DUE_BEFORE_RECEIPT__column());
      continue;
    }
    const ch = CH !== undefined ? CH[i]! : 3;
    if (ch > 3 || (ch === 3 && c.missingError)) {
      invalid(i, 'INVALID_CHANNEL', vi.INVALID_CHANNEL__code({ code: String(ch) }), en.INVALID_CHANNEL__code({ code: String(ch) }));
      continue;
    }
    const nReq = SR !== undefined ? SR[i]! : 0;
    const pause = c.subtract && SD !== undefined ? SD[i]! : 0;
    const open = OR !== undefined ? OR[i]! : NO_DATE;
    const late2 = c.secondLate && nReq >= 2;
    // NĐ 118/2025 Đ19(5): the time limit restarts from the last completed supplement.
    if (c.restart && SC !== undefined) {
      const done = SC[i]!;
      if (done !== NO_DATE && done <= to) {
        const given = SN !== undefined ? SN[i]! : NO_DATE;
        const sla = S !== undefined ? S[i]! : -1;
        if (given !== NO_DATE) due = given;
        else if (sla >= 0) {
          due = cal.addWorkingDaysToDayNumber(done, sla);
          // A due date counted anew rests on provisional days when [completion, due] holds one (as tallyDossiers).
          if (!provisional && cal.firstProvisionalDayNumber(done, due) !== undefined) provisional = true;
        } else {
          invalid(i, 'MISSING_DUE_DATE', vi8.MISSING_DUE_DATE__restart(), en8.MISSING_DUE_DATE__restart());
          continue;
        }
      }
    }
    // NĐ 118/2025 Đ19(6): the first extension, notified in time and to a later date, re-sets the due date.
    if (c.extOnce && EN !== undefined) {
      const notified = EN[i]!;
      if (notified !== NO_DATE && notified <= to) {
        const later = ED![i]!;
        if (extensionOutcome(notified, later, due, c.extNoticeDays) === EXT_APPLIED) due = later;
      }
    }
    let slot: number;
    let end = NO_DATE;
    if (res !== NO_DATE && res <= to) {
      end = res;
      const j = end - pause;
      // early / on time / late by the sign of j − due, without a branch per outcome
      slot = late2 ? A.late : RESOLVED_SLOT[1 + +(j > due) - +(j < due)]!;
    } else if ((clo !== NO_DATE && clo <= to) || (!c.stopSeparate && stop !== NO_DATE && stop <= to)) {
      end = clo !== NO_DATE && clo <= to ? clo : stop;
      if (c.withdrawnMode === 0) slot = A.withdrawnOrReturned;
      else if (c.withdrawnMode === 2) slot = A.onTime;
      else {
        const j = end - pause;
        slot = late2 || j > due ? A.late : j === due ? A.onTime : A.early;
      }
    } else if (stop !== NO_DATE && stop <= to) {
      end = stop;
      slot = A.stoppedOnRequest;
    } else if (open !== NO_DATE && open <= to) {
      const close = c.windowDays >= 0 ? closingDay(open, c, cal) : NO_DATE;
      if (close !== NO_DATE && close <= to) {
        end = close;
        slot = A.closedWithoutSupplement;
      } else if (c.awaitingMode === 3) slot = A.paused;
      else if (c.awaitingMode === 0) slot = A.awaitingSupplement;
      else if (c.awaitingMode === 1) {
        end = open;
        const j = end - pause;
        slot = late2 || j > due ? A.late : j === due ? A.onTime : A.early;
      } else {
        const j = (c.pauses ? open : to) - pause;
        slot = late2 || due < j ? A.overdue : A.withinDue;
      }
    } else {
      slot = late2 ? A.overdue : PENDING_SLOT[+(due < to - pause)]!;
    }
    if (end !== NO_DATE && end < from) continue;
    let acc = single;
    if (codes !== undefined) {
      const g = codes[i]!;
      // A hole or a code that is not a group index (NaN, 1.5, 'x', 'toString') is an invalid position.
      const a = Number.isInteger(g) ? accs[g] : undefined;
      if (a === undefined) {
        invalid(
          i,
          'INVALID_INPUT',
          vi.INVALID_INPUT__dossierGroupCode({ received: show(g) }),
          en.INVALID_INPUT__dossierGroupCode({ received: show(g) }),
        );
        continue;
      }
      acc = a;
    }
    acc[rec < from ? A.carriedOver : CHANNEL_SLOT[ch]!]!++;
    acc[slot]!++;
    if (provisional) acc[A.provisional]!++;
  }
  if (codes !== undefined) return accs.map((a) => accToTally(a, false, cal.name, nd118Counts));
  return accToTally(single, false, cal.name, nd118Counts);
}

/** The rules as the column loop reads them. */
interface ColumnRules {
  readonly subtract: boolean;
  readonly secondLate: boolean;
  /** 0 separate, 1 ends-processing, 2 on-time */
  readonly withdrawnMode: number;
  /** 0 separate, 1 ends-at-request, 2 pending, 3 paused */
  readonly awaitingMode: number;
  readonly pauses: boolean;
  readonly nextWD: boolean;
  readonly missingError: boolean;
  readonly restart: boolean;
  readonly windowDays: number;
  readonly windowWorking: boolean;
  readonly stopSeparate: boolean;
  readonly extOnce: boolean;
  readonly extNoticeDays: number;
  readonly nd118Counts: boolean;
}

function columnRules(cr: CompiledRules): ColumnRules {
  return {
    subtract: cr.subtract,
    secondLate: cr.secondLate,
    withdrawnMode: cr.withdrawn,
    awaitingMode: cr.awaiting,
    pauses: cr.pauses,
    nextWD: cr.nextWorkingDay,
    missingError: cr.missingChannelError,
    restart: cr.restart,
    windowDays: cr.windowDays,
    windowWorking: cr.windowWorking,
    stopSeparate: cr.stopSeparate,
    extOnce: cr.extOnce,
    extNoticeDays: cr.extNoticeDays,
    nd118Counts: cr.nd118Counts,
  };
}
