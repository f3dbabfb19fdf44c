import { CchcError, issue, readPath, show, type CchcIssue, type CchcPath } from '../core/errors.js';
import type { DateRange } from '../core/date-range.js';
import { daysToCivil, type IsoDate } from '../core/iso-date.js';
import type { Period } from '../core/period.js';
import { suggestKey } from '../core/suggest.js';
import { readCalendar } from '../calendar/calendar-options.js';
import * as vi from '../core/messages/vi/dossier.js';
import * as en from '../core/messages/en/dossier.js';
import type { WorkCalendar } from './_internal/calendar-types.js';
import type { DossierCalendar } from './_internal/calendar-port.js';
import {
  classifyCore,
  compileRules,
  CoreProblem,
  newCoreResult,
  outOfRangeField,
  type CompiledRules,
  type CoreResult,
} from './_internal/engine.js';
import { NO_DAY, NO_MINUTE } from '../core/read-date.js';
import { CH_MISSING, newNormalized, normalizeDossier, normalizeFast, type NormalizedDossier } from './_internal/normalize.js';
import { A, ACC_SIZE, accToTally, addAcc, newAcc } from './_internal/acc.js';
import { BATCH_REJECT, BATCHES, isBatched, isSinkable, RECORD_SINK, type BatchReject } from './_internal/batches.js';
import { NfcKeys, opt, RANGE_KEYS, readBoolean, readFunction, readRange, readRequiredOptions } from './_internal/options.js';
import { tallySchema } from './_internal/tally-schema.js';
import { restsOnProvisional } from './_internal/provisional.js';
import type { DossierChannel, DossierRecord } from './record.js';
import type { DossierRulesInput } from './rules.js';
import { resolveRuleSet } from './rules-in-force.js';
import { collectFindings } from './_internal/nd118.js';
import type { DossierFinding } from './findings.js';

/**
 * The counts of the periodic report "Tình hình, kết quả giải quyết TTHC" (Biểu II.06a/VPCP/KSTT) for one period and
 * one group of dossiers (bảng tổng hợp hồ sơ):
 *
 * - `received` (tiếp nhận): `total` = `carriedOver` (từ kỳ trước chuyển sang) + `newOnline` (mới tiếp nhận trực
 *   tuyến) + `newInPerson` (trực tiếp) + `newPostal` (qua bưu chính công ích);
 * - `resolved` (đã giải quyết) in the period: `total` = `early` (trước hạn) + `onTime` (đúng hạn) + `late` (quá hạn);
 * - `pending` (đang giải quyết) at the end of the period: `total` = `withinDue` (trong hạn) + `overdue` (quá hạn);
 * - `withdrawnOrReturned` (rút / trả lại) in the period and `awaitingSupplement` (chờ bổ sung) at its end, kept
 *   apart so that each report variant can fold them in or out;
 * - under rules with the outcomes of NĐ 118/2025/NĐ-CP (`nd118`, `'in-force'`): `paused` (waiting on the applicant at
 *   the end of the period, the time limit to restart, Đ19(5)), `stoppedOnRequest` (stopped at the applicant's request
 *   in the period, Đ21) and `closedWithoutSupplement` (closed in the period because the supplement did not come within
 *   15 days, Đ19(5)). Present (possibly 0) on every tally counted under such rules, absent otherwise; none of them
 *   enters an on-time rate but the `workload` one (see {@link OnTimeDenominator});
 * - `processing` (optional; present when asked for with `processingTime: true`): resolved dossiers whose processing
 *   time was measured, and the sum of their working days, for the average processing time.
 *
 * For a tally made from records, `received.total = resolved.total + pending.total + withdrawnOrReturned +
 * awaitingSupplement (+ paused + stoppedOnRequest + closedWithoutSupplement)`. Dossiers not accepted (từ chối tiếp
 * nhận) are not counted. `calendar` names the working-day calendar the counts rest on; `provisional` (tạm tính),
 * present when not 0, counts the records among them whose figures rest on provisional days of that calendar (see
 * {@link DossierTally.provisional}).
 *
 * @example
 * ```ts
 * import { emptyTally, type DossierTally } from 'cchc';
 * const t: DossierTally = emptyTally();
 * t.resolved; // { total: 0, early: 0, onTime: 0, late: 0 }
 * ```
 *
 * @category Dossiers
 */
export interface DossierTally {
  readonly received: {
    readonly total: number;
    readonly carriedOver: number;
    readonly newOnline: number;
    readonly newInPerson: number;
    readonly newPostal: number;
  };
  readonly resolved: { readonly total: number; readonly early: number; readonly onTime: number; readonly late: number };
  readonly pending: { readonly total: number; readonly withinDue: number; readonly overdue: number };
  readonly withdrawnOrReturned: number;
  readonly awaitingSupplement: number;
  /** NĐ 118/2025: waiting on the applicant at the end of the period (tạm dừng chờ bổ sung). */
  readonly paused?: number;
  /** NĐ 118/2025 Đ21: stopped at the applicant's request in the period (dừng theo yêu cầu). */
  readonly stoppedOnRequest?: number;
  /** NĐ 118/2025 Đ19(5): closed in the period, the supplement not completed in time (đóng hồ sơ). */
  readonly closedWithoutSupplement?: number;
  /**
   * Records counted here whose figures rest on provisional days of the calendar (số hồ sơ tạm tính: days derived from
   * the rules, in a year without an official schedule, 2027 onwards today; {@link isProvisional}): a due date
   * counted from `slaWorkingDays`, or a processing time, that crosses such a day. Present only when not 0 (absent
   * means none), so tallies of settled years keep their shape; summed by {@link mergeTallies}; never more than
   * `received.total`. Such counts may change when the year's schedule is announced.
   */
  readonly provisional?: number;
  readonly processing?: { readonly count: number; readonly workingDays: number };
  /**
   * The name of the working-day calendar the dossiers were counted on (`'civil-service'` for the default
   * {@link civilServiceCalendar}): set on every tally made by {@link tallyDossiers} / {@link tallyDossierColumns} and
   * kept by {@link mergeTallies}. It is not enumerable, so tallies compare and serialise by their counts (a tally read
   * back from SQL rows equals the one counted in memory), but `t.calendar` tells which calendar was used.
   */
  readonly calendar?: string;
}

/**
 * The empty tally (all counts 0): the identity of {@link mergeTallies}.
 *
 * @example
 * ```ts
 * import { emptyTally } from 'cchc';
 * emptyTally().received.total; // 0
 * ```
 *
 * @category Dossiers
 */
export function emptyTally(): DossierTally {
  return accToTally(newAcc(), false);
}

/**
 * Check a tally (a library result passed back in, or one built by hand): every count a non-negative safe integer
 * (never NaN or Infinity), every total the sum of its parts, no unknown key (`UNKNOWN_KEY` with a suggestion), an
 * optional `calendar` name. `path` prefixes the issue paths (an index alone, as `Array#forEach` passes it, is
 * accepted).
 *
 * @throws {@link CchcError} `INVALID_TALLY` listing every problem (`UNKNOWN_KEY` for a key a tally does not have).
 * @example
 * ```ts
 * import { checkTally, emptyTally } from 'cchc';
 * checkTally(emptyTally()).pending.total; // 0
 * checkTally({ ...emptyTally(), awaitingSupplement: Number.NaN }); // throws CchcError INVALID_TALLY
 * ```
 *
 * @category Dossiers
 */
export function checkTally(tally: unknown, pathIn: readonly (string | number)[] | number = []): DossierTally {
  // A callback of Array#forEach / map passes the index here: use it as the path.
  const path: CchcPath = Array.isArray(pathIn)
    ? readPath(pathIn)
    : typeof pathIn === 'number' && Number.isSafeInteger(pathIn)
      ? [pathIn]
      : [];
  const problems = tallySchema().issuesOf(tally, { path });
  if (problems.length > 0) throw new CchcError(problems);
  return tally as DossierTally;
}

/**
 * Add tallies (cộng các bảng tổng hợp): field by field. With {@link emptyTally} this is a monoid (associative, with
 * the empty tally as identity), so tallies from shards, months, workers or SQL `GROUP BY` rows combine, and the
 * tally of a set split in parts is the merge of the parts' tallies. `processing` is kept when any input has it; so
 * is `calendar` (tallies counted on two different calendars are refused rather than mixed).
 *
 * Takes two tallies (`mergeTallies(a, b)`) or any number (`mergeTallies(...parts)`; none gives the empty tally), and
 * works as an `Array#reduce` callback: `parts.reduce(mergeTallies, emptyTally())` (the index and array that `reduce`
 * passes are recognised and ignored). Every input is checked ({@link checkTally}): a NaN count or a hole in the list
 * is an error at its index, never a NaN in the result.
 *
 * @throws {@link CchcError} `INVALID_TALLY` for an input that is not a consistent tally (its path starts with its
 *   index), or for tallies counted on different calendars; `INPUT_TOO_LARGE` when a sum passes 2^53 − 1.
 * @example
 * ```ts
 * import { emptyTally, mergeTallies, tallyDossiers } from 'cchc';
 * const a = tallyDossiers(
   [{ id: 1, receivedAt: '2019-03-04', dueDate: '2019-03-11', resolvedAt: '2019-03-08' }],
   { start: '2019-01-01', end: '2019-09-30' },
 );
 * const b = tallyDossiers([{ id: 2, receivedAt: '2019-09-20', dueDate: '2019-10-04' }], { start: '2019-01-01', end: '2019-09-30' });
 * mergeTallies(a, b).received.total; // 2
 * mergeTallies(a, b).pending.withinDue; // 1
 * mergeTallies(a, b).calendar; // 'civil-service'
 * mergeTallies(a, b, b).received.total; // 3
 * [a, b, b].reduce(mergeTallies, emptyTally()).received.total; // 3
 * ```
 *
 * @category Dossiers
 */
export function mergeTallies(a: DossierTally, b: DossierTally, ...more: readonly DossierTally[]): DossierTally;
export function mergeTallies(a: DossierTally, b: DossierTally, index: number, array: readonly DossierTally[]): DossierTally;
export function mergeTallies(...tallies: readonly DossierTally[]): DossierTally;
export function mergeTallies(...args: readonly unknown[]): DossierTally {
  // Called by Array#reduce as (accumulator, current, index, array): merge the first two only.
  const all =
    args.length === 4 && typeof args[2] === 'number' && Array.isArray(args[3]) && args[3][args[2]] === args[1] ? args.slice(0, 2) : args;
  const acc = newAcc();
  let withProcessing = false;
  let withNd118 = false;
  let calendar: string | undefined;
  // An index loop: a hole (`mergeTallies(...[a, , b])`) is checked, and refused, like any other value.
  for (let i = 0; i < all.length; i++) {
    const t = checkTally(all[i], [i]);
    addTallyToAcc(acc, t);
    if (t.processing !== undefined) withProcessing = true;
    if (hasNd118Counts(t)) withNd118 = true;
    const c = Object.hasOwn(t, 'calendar') ? t.calendar : undefined;
    if (c !== undefined && calendar !== undefined && c !== calendar) {
      const p = { names: `${show(calendar)}, ${show(c)}` };
      throw new CchcError(issue('INVALID_TALLY', [i, 'calendar'], vi.INVALID_TALLY__calendars(p), en.INVALID_TALLY__calendars(p), c));
    }
    calendar ??= c;
  }
  for (let k = 0; k < ACC_SIZE; k++) {
    if (acc[k]! > Number.MAX_SAFE_INTEGER) {
      throw new CchcError(issue('INPUT_TOO_LARGE', [], vi.INPUT_TOO_LARGE__dossierSum(), en.INPUT_TOO_LARGE__dossierSum()));
    }
  }
  return accToTally(acc, withProcessing, calendar, withNd118);
}

/** Whether a tally carries the NĐ 118/2025 counts. @internal */
export function hasNd118Counts(t: DossierTally): boolean {
  return t.paused !== undefined || t.stoppedOnRequest !== undefined || t.closedWithoutSupplement !== undefined;
}

/** @internal */
export function addTallyToAcc(acc: Float64Array, t: DossierTally): void {
  acc[A.paused]! += t.paused ?? 0;
  acc[A.stoppedOnRequest]! += t.stoppedOnRequest ?? 0;
  acc[A.closedWithoutSupplement]! += t.closedWithoutSupplement ?? 0;
  acc[A.carriedOver]! += t.received.carriedOver;
  acc[A.newOnline]! += t.received.newOnline;
  acc[A.newInPerson]! += t.received.newInPerson;
  acc[A.newPostal]! += t.received.newPostal;
  acc[A.early]! += t.resolved.early;
  acc[A.onTime]! += t.resolved.onTime;
  acc[A.late]! += t.resolved.late;
  acc[A.withinDue]! += t.pending.withinDue;
  acc[A.overdue]! += t.pending.overdue;
  acc[A.withdrawnOrReturned]! += t.withdrawnOrReturned;
  acc[A.awaitingSupplement]! += t.awaitingSupplement;
  acc[A.provisional]! += t.provisional ?? 0;
  if (t.processing) {
    acc[A.processingCount]! += t.processing.count;
    acc[A.processingWorkingDays]! += t.processing.workingDays;
  }
}

/** A built-in grouping of {@link tallyDossiers}: by a record field, or `month` (the month of receipt, `'YYYY-MM'`).
 *
 * @example
 * ```ts
 * import type { DossierGroupBy } from 'cchc';
 * const g: DossierGroupBy = 'month';
 * g; // 'month'
 * ```
 *
 * @category Dossiers
 */
export type DossierGroupBy = 'level' | 'agency' | 'procedure' | 'channel' | 'month';

/**
 * The reporting period of a tally (kỳ báo cáo): `{ start, end }`, inclusive ISO dates, the one range shape of `cchc`.
 * A {@link Period} from {@link parsePeriod} is one, with its description (`kind`, `year`, `quarter`, `label` …), so
 * `tallyDossiers(records, parsePeriod('Quý I/2020'))` and `{ ...parsePeriod('Quý I/2020'), calendar }` work as they
 * read. The 0.1 spelling `{ from, to }` still works (deprecated); giving both spellings, or an end before the start, is
 * `INVALID_DATE_RANGE`.
 *
 * @example
 * ```ts
 * import { parsePeriod, type DossierPeriodOptions } from 'cchc';
 * const q1: DossierPeriodOptions = parsePeriod('Quý I/2020');
 * const september: DossierPeriodOptions = { start: '2019-09-01', end: '2019-09-30' };
 * q1.start; // '2020-01-01'
 * ```
 *
 * @category Dossiers
 */
export type DossierPeriodOptions =
  | (DateRange & Partial<Omit<Period, 'start' | 'end'>> & { readonly from?: undefined; readonly to?: undefined })
  | {
      /** @deprecated Use `start` (0.2): the one range shape is `{ start, end }`. */
      readonly from: IsoDate;
      /** @deprecated Use `end` (0.2): the one range shape is `{ start, end }`. */
      readonly to: IsoDate;
      readonly start?: undefined;
      readonly end?: undefined;
    };

/** The settings of {@link tallyDossiers} besides its period.
 *
 * @example
 * ```ts
 * import type { TallyDossiersSettings } from 'cchc';
 * const s: TallyDossiersSettings = { rules: 'qd766', groupBy: 'level', processingTime: true };
 * s.rules; // 'qd766'
 * ```
 *
 * @category Dossiers
 */
export interface TallyDossiersSettings<K = unknown> {
  /** Rule preset or overrides; default `'report'`. */
  readonly rules?: DossierRulesInput;
  /**
   * Working-day calendar, for `slaWorkingDays`, receipt rules and processing time; default {@link civilServiceCalendar}.
   * The tally names it (`tally.calendar`).
   */
  readonly calendar?: WorkCalendar;
  /**
   * Split the tally: by `level`, `agency`, `procedure`, `channel` (as counted: a missing channel under the rule
   * `missingChannel: 'in-person'` is `'in-person'`), `month` (month of receipt in Vietnam, `'YYYY-MM'`), or a
   * function of the record. Missing fields group under `null`. Agency and procedure texts group by their NFC form (the
   * same name typed composed or decomposed is one group). Every group's tally covers the same period, so merging the
   * groups gives the whole tally.
   */
  readonly groupBy?: DossierGroupBy | ((record: DossierRecord) => K);
  /** Measure processing time in working days (on the calendar): adds `processing` to the tally. Default false. */
  readonly processingTime?: boolean;
  /**
   * Called for each invalid record (with the error, whose issue paths start with the record's index, and the index);
   * the record is then skipped and the run goes on. Without it, the first invalid record throws.
   */
  readonly onInvalid?: (error: CchcError, index: number, record: unknown) => void;
  /**
   * Called for each finding of the rules (a dossier that breaks a rule of NĐ 118/2025 without being invalid: late
   * acceptance, late supplement request, late or second extension …, see {@link DossierFindingCode}), with its path
   * starting with the record's index. The dossier is counted. Findings are looked for only when `onFinding` or
   * `strict` is given (they cost time).
   */
  readonly onFinding?: (finding: DossierFinding, index: number, record: DossierRecord) => void;
  /** Make a dossier with findings invalid (`onInvalid`, or a throw; a rejected row in a CSV reader). Default `false`. */
  readonly strict?: boolean;
}

/** Options of {@link tallyDossiers}: the period ({@link DossierPeriodOptions}) and the settings.
 *
 * @example
 * ```ts
 * import type { TallyDossiersOptions } from 'cchc';
 * const o: TallyDossiersOptions = { start: '2019-01-01', end: '2019-09-30', rules: 'qd766', groupBy: 'level' };
 * o.rules; // 'qd766'
 * ```
 *
 * @category Dossiers
 */
export type TallyDossiersOptions<K = unknown> = DossierPeriodOptions & TallyDossiersSettings<K>;

type AnyIterable<T> = Iterable<T> | AsyncIterable<T>;

/**
 * Count dossiers for a reporting period (tổng hợp tình hình giải quyết hồ sơ), as the periodic report does: received
 * (carried over and new, by channel), resolved in the period (early / on time / late), pending at its end (within /
 * past due), withdrawn or returned, awaiting supplement. Each dossier is classified with {@link classifyDossier} as of
 * `end`; dossiers received after `end`, finished before `start`, or not accepted are not counted. Working days are
 * counted on `calendar` (default {@link civilServiceCalendar}), which the tally names (`tally.calendar`).
 *
 * Accepts any iterable (an array, a generator) or async iterable (a Node stream, {@link readDossiersCsv}); an async
 * input gives a Promise. Records are read once, one at a time (constant memory), with no `Date` object per record.
 * A hole in an array is an invalid record at its index.
 *
 * @throws {@link CchcError} for an invalid record (its issue paths start with the record's index) unless `onInvalid`
 *   is given; `INVALID_DATE` for `start` / `end`; `INVALID_DATE_RANGE` when `end` is before `start` (or both `start`
 *   / `end` and the deprecated `from` / `to` are given); `UNKNOWN_KEY` for an unknown option (`calender` → did you
 *   mean `calendar`?); `INVALID_INPUT` for a bad option value.
 *
 * @example
 * ```ts
 * import { parsePeriod, tallyDossiers } from 'cchc';
 * const records = [
 *   { id: 1, channel: 'online', receivedAt: '2019-08-20', dueDate: '2019-09-03', resolvedAt: '2019-09-03' },
 *   { id: 2, channel: 'in-person', receivedAt: '2019-09-16', dueDate: '2019-09-20', resolvedAt: '2019-09-24' },
 *   { id: 3, receivedAt: '2019-09-25', slaWorkingDays: 5 },
 * ] as const;
 * const t = tallyDossiers(records, parsePeriod('Tháng 9/2019'));
 * t.received; // { total: 3, carriedOver: 1, newOnline: 0, newInPerson: 2, newPostal: 0 }
 * t.resolved; // { total: 2, early: 0, onTime: 1, late: 1 }
 * t.pending; // { total: 1, withinDue: 1, overdue: 0 }
 * t.calendar; // 'civil-service'
 * tallyDossiers(records, { start: '2019-09-01', end: '2019-09-30', groupBy: 'channel' }).get('online')?.resolved.onTime; // 1
 * tallyDossiers(records, { start: '2019-09-30', end: '2019-09-01' }); // throws CchcError INVALID_DATE_RANGE
 * ```
 *
 * @category Dossiers
 */
export function tallyDossiers(
  records: Iterable<DossierRecord>,
  options: TallyDossiersOptions & { readonly groupBy?: undefined },
): DossierTally;
export function tallyDossiers(
  records: AsyncIterable<DossierRecord>,
  options: TallyDossiersOptions & { readonly groupBy?: undefined },
): Promise<DossierTally>;
export function tallyDossiers(
  records: Iterable<DossierRecord>,
  options: TallyDossiersOptions & { readonly groupBy: DossierGroupBy },
): Map<string | null, DossierTally>;
export function tallyDossiers(
  records: AsyncIterable<DossierRecord>,
  options: TallyDossiersOptions & { readonly groupBy: DossierGroupBy },
): Promise<Map<string | null, DossierTally>>;
export function tallyDossiers<K>(
  records: Iterable<DossierRecord>,
  options: TallyDossiersOptions<K> & { readonly groupBy: (record: DossierRecord) => K },
): Map<K, DossierTally>;
export function tallyDossiers<K>(
  records: AsyncIterable<DossierRecord>,
  options: TallyDossiersOptions<K> & { readonly groupBy: (record: DossierRecord) => K },
): Promise<Map<K, DossierTally>>;
export function tallyDossiers<K>(
  records: AnyIterable<DossierRecord>,
  options: TallyDossiersOptions<K>,
): DossierTally | Map<unknown, DossierTally> | Promise<DossierTally | Map<unknown, DossierTally>> {
  const run = new TallyRun(options);
  if (isSinkable(records)) {
    // A CSV reader: each record is counted as soon as it is read, from the form the reader checked (read once).
    return (async () => {
      await records[RECORD_SINK]((r, n, reject) => run.addNormalized(r, n, reject));
      return run.result();
    })();
  }
  if (isBatched<DossierRecord>(records)) {
    return (async () => {
      for await (const batch of records[BATCHES]()) {
        // A CSV reader takes back the records found invalid here, as rejected rows: a bad row never aborts the run.
        const reject = (batch as { [BATCH_REJECT]?: BatchReject })[BATCH_REJECT];
        if (reject === undefined) for (const r of batch) run.add(r);
        else for (let k = 0; k < batch.length; k++) run.add(batch[k]!, (e) => reject(k, e));
      }
      return run.result();
    })();
  }
  if (records !== null && typeof records === 'object' && Symbol.asyncIterator in records) {
    return (async () => {
      for await (const r of records as AsyncIterable<DossierRecord>) run.add(r);
      return run.result();
    })();
  }
  if (records === null || (typeof records !== 'object' && typeof records !== 'function') || !(Symbol.iterator in (records as object))) {
    const p = { received: show(records) };
    throw new CchcError(
      issue('INVALID_INPUT', ['records'], vi.INVALID_INPUT__dossierRecords(p), en.INVALID_INPUT__dossierRecords(p), records),
    );
  }
  if (isPlainArray(records)) run.addArray(records);
  else for (const r of records as Iterable<DossierRecord>) run.add(r);
  return run.result();
}

const ARRAY_VALUES = Array.prototype[Symbol.iterator];
const ARRAY_ITERATOR = Object.getPrototypeOf([][Symbol.iterator]()) as { next: unknown };
const ARRAY_NEXT = ARRAY_ITERATOR.next;

/**
 * Whether `for…of` over `records` is the array's own index walk (an array whose iterator is the built-in one): then
 * an index loop reads the same elements in the same order (`length` read before each, a hole read as `records[i]`),
 * without an iterator result per record.
 */
function isPlainArray(records: unknown): records is readonly unknown[] {
  return Array.isArray(records) && records[Symbol.iterator] === ARRAY_VALUES && ARRAY_ITERATOR.next === ARRAY_NEXT;
}

/** The accumulator slot of a new dossier by channel code (in person, online, postal, missing: in person). */
const CHANNEL_SLOT = Int32Array.of(A.newInPerson, A.newOnline, A.newPostal, A.newInPerson);
/** Internal switch of the inline classification of {@link TallyRun.addArray} (tests turn it off to compare). @internal */
export const SLIM = { on: true };

const GROUPS: readonly string[] = ['level', 'agency', 'procedure', 'channel', 'month'];
const NO_PATH: readonly (string | number)[] = Object.freeze([]);
const CHANNEL_NAMES: readonly (DossierChannel | null)[] = ['in-person', 'online', 'postal', null];
/** The options {@link tallyDossiers} knows (a Period's description keys included). @internal */
export const TALLY_OPTION_KEYS: readonly string[] = Object.freeze([
  ...RANGE_KEYS,
  'rules',
  'calendar',
  'groupBy',
  'processingTime',
  'onInvalid',
  'onFinding',
  'strict',
]);

/** One tallying run (shared by the sync and async paths). @internal */
export class TallyRun {
  readonly from: number;
  readonly to: number;
  /** The rules of dossiers received before `switchDay`, and from it (the same but under `'in-force'`). */
  readonly cr: CompiledRules;
  readonly crFrom: CompiledRules;
  readonly switchDay: number;
  readonly nd118Counts: boolean;
  readonly onFinding: TallyDossiersSettings['onFinding'];
  readonly strict: boolean;
  readonly wantFindings: boolean;
  readonly cal: DossierCalendar;
  readonly measure: boolean;
  readonly onInvalid: TallyDossiersSettings['onInvalid'];
  readonly groupKind: string | undefined;
  readonly groupFn: ((r: DossierRecord) => unknown) | undefined;
  readonly acc = newAcc();
  readonly groups = new Map<unknown, Float64Array>();
  readonly n: NormalizedDossier = newNormalized();
  readonly out: CoreResult = newCoreResult();
  readonly monthKeys = new Map<number, string>();
  readonly nfc = new NfcKeys();
  index = 0;

  constructor(options: unknown) {
    const o = readRequiredOptions(options, TALLY_OPTION_KEYS, '{ start, end, … }');
    const p = readRange(o);
    this.from = p.start;
    this.to = p.end;
    const set = resolveRuleSet(opt(o, 'rules') as DossierRulesInput | undefined, ['options', 'rules']);
    this.cr = compileRules(set.before);
    this.crFrom = set.from === set.before ? this.cr : compileRules(set.from);
    this.switchDay = set.switchDay;
    this.nd118Counts = this.cr.nd118Counts || this.crFrom.nd118Counts;
    this.cal = readCalendar(opt(o, 'calendar'));
    this.measure = readBoolean(o, 'processingTime') === true;
    this.onInvalid = readFunction(o, 'onInvalid');
    this.onFinding = readFunction(o, 'onFinding');
    this.strict = readBoolean(o, 'strict') === true;
    this.wantFindings = (this.strict || this.onFinding !== undefined) && (this.cr.findings || this.crFrom.findings);
    const g = opt(o, 'groupBy');
    if (typeof g === 'function') this.groupFn = g as (r: DossierRecord) => unknown;
    else if (g !== undefined) {
      if (typeof g !== 'string' || !GROUPS.includes(g)) {
        const suggestion = typeof g === 'string' ? (suggestKey(g, GROUPS) ?? '') : '';
        const m = { choices: GROUPS.join(', '), received: show(g), suggestion };
        const it = issue(
          'INVALID_INPUT',
          ['options', 'groupBy'],
          vi.INVALID_INPUT__dossierGroupBy(m),
          en.INVALID_INPUT__dossierGroupBy(m),
          g,
        );
        throw new CchcError(suggestion ? { ...it, suggestion } : it);
      }
      this.groupKind = g;
    }
  }

  /**
   * Add one record; invalid records go to `reject` (a CSV reader's rejected rows) and onInvalid, or to onInvalid, or
   * throw.
   */
  add(record: DossierRecord, reject?: (error: CchcError) => void): void {
    const i = this.index++;
    const n = this.n;
    if (!normalizeFast(record as unknown as Record<string, unknown>, n)) this.addChecked(record, i, reject);
    else this.addValid(record, n, i, reject);
  }

  /**
   * Add the records of an array, in order (what `for…of` and {@link add} would do, see {@link isPlainArray}). A record
   * the fast reader accepts and that has no withdrawal, return or stop (no supplement, extension or refusal either: the
   * fast reader leaves those to the validator) is classified and counted here, inline, with the same results as
   * classifyCore and addAcc (test/dossier/tally-slim.test.ts compares the two on random records, rules and options);
   * any other record, or one whose calendar arithmetic throws, takes the general path ({@link addValid}).
   */
  addArray(list: readonly unknown[]): void {
    const n = this.n;
    const to = this.to;
    const from = this.from;
    const switchDay = this.switchDay;
    const crA = this.cr;
    const crB = this.crFrom;
    const cal = this.cal;
    const measure = this.measure;
    const grouped = this.groupKind !== undefined || this.groupFn !== undefined;
    // Findings and receipt cut-offs need the whole engine.
    const slim = SLIM.on && !this.wantFindings && crA.cutoff < 0 && crB.cutoff < 0;
    // The calendar's first provisional day: no working-day count ending before it rests on one (no call to ask).
    const firstProvisional = cal.firstProvisionalDayNumber(cal.firstDayNumber, cal.lastDayNumber) ?? Number.POSITIVE_INFINITY;
    // The run's index is left alone: a run takes its records either here, once, or one by one through `add`.
    for (let i = 0; i < list.length; i++) {
      const record = list[i] as DossierRecord;
      if (!normalizeFast(record as unknown as Record<string, unknown>, n)) {
        this.addChecked(record, i);
        continue;
      }
      if (!slim || n.retDay !== NO_DAY || n.wdrDay !== NO_DAY || n.stopDay !== NO_DAY) {
        this.addValid(record, n, i);
        continue;
      }
      const rec = n.recDay;
      if (rec > to) continue;
      const cr = rec < switchDay ? crA : crB;
      if (n.channel === CH_MISSING && cr.missingChannelError) {
        this.addValid(record, n, i);
        continue;
      }
      // classifyCore without supplements, extensions, withdrawal, return, stop or refusal (see engine.ts).
      let due = n.dueDay;
      let eff = rec;
      let slot: number;
      let worked = -1;
      let provisional = false;
      const res = n.resDay;
      const resolved = res !== NO_DAY && res <= to;
      try {
        if ((due === NO_DAY || measure) && cr.nextWorkingDay && !cal.isWorkingDayNumber(eff)) eff = cal.addWorkingDaysToDayNumber(eff, 0);
        if (due === NO_DAY) {
          due = cal.addWorkingDaysToDayNumber(eff, n.sla);
          provisional = due >= firstProvisional && cal.firstProvisionalDayNumber(rec, due) !== undefined;
        }
        if (resolved) {
          const cmp =
            cr.datetime && n.resMin !== NO_MINUTE && n.dueMin !== NO_MINUTE ? (res - due) * 1440 + n.resMin - n.dueMin : res - due;
          slot = cmp > 0 ? A.late : cmp < 0 ? A.early : A.onTime;
          if (measure) {
            const w = cal.workingDayIndex(res) - cal.workingDayIndex(eff);
            worked = w > 0 ? w : 0;
            if (!provisional && res >= firstProvisional && cal.firstProvisionalDayNumber(rec, res) !== undefined) provisional = true;
          }
          // Finished before the period (after the calendar's checks, as in the general path).
          if (res < from) continue;
        } else slot = due < to ? A.overdue : A.withinDue;
      } catch {
        // A day outside the calendar: the general path says which field.
        this.addValid(record, n, i);
        continue;
      }
      const acc = grouped ? this.groupAcc(record, n) : this.acc;
      acc[rec < from ? A.carriedOver : CHANNEL_SLOT[n.channel]!]!++;
      acc[slot]!++;
      if (worked >= 0) {
        acc[A.processingCount]!++;
        acc[A.processingWorkingDays]! += worked;
      }
      if (provisional) acc[A.provisional]!++;
    }
  }

  /** Validate a record the fast reader refused (the validator says what is wrong, or reads it) and add it. */
  private addChecked(record: DossierRecord, i: number, reject?: (error: CchcError) => void): void {
    const n = this.n;
    const problems = normalizeDossier(record, n, NO_PATH);
    if (problems.length > 0) {
      // The record's index is put in front of the paths only now: a valid record costs no path array.
      this.invalid(new CchcError(problems.map((p) => Object.freeze({ ...p, path: [i, ...p.path] }))), i, record, reject);
      return;
    }
    this.addValid(record, n, i, reject);
  }

  /**
   * Add a record already checked and normalized into `n` (by a reader that hands its records over with
   * `RECORD_SINK`, or by {@link add}).
   */
  addNormalized(record: DossierRecord, n: NormalizedDossier, reject?: (error: CchcError) => void): void {
    this.addValid(record, n, this.index++, reject);
  }

  private addValid(record: DossierRecord, n: NormalizedDossier, i: number, reject?: (error: CchcError) => void): void {
    if (n.recDay > this.to || n.rejDay !== NO_DAY) return;
    const cr = n.recDay < this.switchDay ? this.cr : this.crFrom;
    if (n.channel === CH_MISSING && cr.missingChannelError) {
      this.invalid(
        new CchcError(issue('INVALID_CHANNEL', [i, 'channel'], vi.INVALID_CHANNEL__missing(), en.INVALID_CHANNEL__missing())),
        i,
        record,
        reject,
      );
      return;
    }
    const out = this.out;
    let findings: CchcIssue[] | undefined;
    try {
      classifyCore(n, cr, this.cal, this.to, this.measure, out, false);
      if (this.wantFindings && cr.findings) findings = collectFindings(n, cr, this.cal, this.to, out, [i]);
    } catch (e) {
      if (e instanceof CoreProblem) {
        this.invalid(new CchcError({ ...e.issue, path: [i, ...e.issue.path] }), i, record, reject);
        return;
      }
      if (e instanceof CchcError) {
        // The calendar names a day number; say which field of the record is outside its range.
        const where = (p: readonly (string | number)[]) => (e.code === 'DATE_OUT_OF_RANGE' ? outOfRangeField(n, this.cal) : p);
        this.invalid(new CchcError(e.issues.map((x) => ({ ...x, path: [i, ...where(x.path)] }))), i, record, reject);
        return;
      }
      throw e;
    }
    if (findings !== undefined && findings.length > 0) {
      if (this.strict) {
        this.invalid(new CchcError(findings), i, record, reject);
        return;
      }
      for (const f of findings) this.onFinding!(f as DossierFinding, i, record);
    }
    if (out.endDay !== NO_DAY && out.endDay < this.from) return;
    const acc = this.groupKind !== undefined || this.groupFn !== undefined ? this.groupAcc(record, n) : this.acc;
    addAcc(acc, n, out, this.from);
    if (restsOnProvisional(n, out, this.cal)) acc[A.provisional]!++;
  }

  /** The accumulator of a record's group. */
  private groupAcc(record: DossierRecord, n: NormalizedDossier): Float64Array {
    const key = this.groupFn !== undefined ? this.groupFn(record) : this.keyOf(record as unknown as Record<string, unknown>, n);
    let a = this.groups.get(key);
    if (a === undefined) {
      a = newAcc();
      this.groups.set(key, a);
    }
    return a;
  }

  private keyOf(record: Record<string, unknown>, n: NormalizedDossier): string | null {
    switch (this.groupKind) {
      case 'month': {
        let k = this.monthKeys.get(n.recDay);
        if (k === undefined) {
          const c = daysToCivil(n.recDay);
          k = `${String(c.year).padStart(4, '0')}-${c.month < 10 ? '0' : ''}${c.month}`;
          this.monthKeys.set(n.recDay, k);
        }
        return k;
      }
      case 'channel':
        return CHANNEL_NAMES[n.channel === CH_MISSING ? 0 : n.channel]!;
      default: {
        // level, agency or procedure: an own property of the validated record; texts group by their NFC form.
        const field = this.groupKind!;
        const v = Object.hasOwn(record, field) ? record[field] : undefined;
        if (typeof v !== 'string') return null;
        return field === 'level' ? v : this.nfc.key(v);
      }
    }
  }

  private invalid(error: CchcError, index: number, record: unknown, reject?: (error: CchcError) => void): void {
    if (reject !== undefined) {
      reject(error);
      this.onInvalid?.(error, index, record);
      return;
    }
    if (this.onInvalid === undefined) throw error;
    this.onInvalid(error, index, record);
  }

  result(): DossierTally | Map<unknown, DossierTally> {
    const name = this.cal.name;
    if (this.groupKind === undefined && this.groupFn === undefined) return accToTally(this.acc, this.measure, name, this.nd118Counts);
    const m = new Map<unknown, DossierTally>();
    for (const [k, a] of this.groups) m.set(k, accToTally(a, this.measure, name, this.nd118Counts));
    return m;
  }
}
