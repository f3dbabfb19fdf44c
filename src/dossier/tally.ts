import { z } from 'zod';
import { CchcError, fail, issue, show, type CchcIssue } from '../core/errors.js';
import { daysToCivil, parseIsoDate, type IsoDate } from '../core/iso-date.js';
import { CountSchema } from '../core/_zod-legacy.js';
import type { WorkCalendar } from './_internal/calendar-types.js';
import { checkCalendar, type DossierCalendar } from './_internal/calendar-port.js';
import { classifyCore, compileRules, CoreProblem, newCoreResult, outOfRangeField, type CompiledRules, type CoreResult } from './_internal/engine.js';
import { NO_DAY } from './_internal/fast-date.js';
import { CH_MISSING, CH_ONLINE, CH_POSTAL, newNormalized, normalizeDossier, normalizeFast, type NormalizedDossier } from './_internal/normalize.js';
import { A, accToTally, addAcc, newAcc } from './_internal/acc.js';
import { BATCH_REJECT, BATCHES, isBatched, type BatchReject } from './_internal/batches.js';
import type { DossierChannel, DossierRecord } from './record.js';
import { resolveDossierRules, type DossierRulesInput } from './rules.js';

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
 * - `processing` (optional; present when asked for with `processingTime: true`): resolved dossiers whose processing
 *   time was measured, and the sum of their working days, for the average processing time.
 *
 * For a tally made from records, `received.total = resolved.total + pending.total + withdrawnOrReturned +
 * awaitingSupplement`. Dossiers not accepted (từ chối tiếp nhận) are not counted.
 *
 * @example
 * ```ts
 * import { emptyTally, type DossierTally } from 'cchc';
 * const t: DossierTally = emptyTally();
 * t.resolved; // { total: 0, early: 0, onTime: 0, late: 0 }
 * ```
 */
export interface DossierTally {
  readonly received: { readonly total: number; readonly carriedOver: number; readonly newOnline: number; readonly newInPerson: number; readonly newPostal: number };
  readonly resolved: { readonly total: number; readonly early: number; readonly onTime: number; readonly late: number };
  readonly pending: { readonly total: number; readonly withinDue: number; readonly overdue: number };
  readonly withdrawnOrReturned: number;
  readonly awaitingSupplement: number;
  readonly processing?: { readonly count: number; readonly workingDays: number };
}

/** Schema of {@link DossierTally} (counts only; use {@link checkTally} for the identities between them).
 *
 * @example
 * ```ts
 * import { DossierTallySchema, emptyTally } from 'cchc';
 * DossierTallySchema.safeParse(emptyTally()).success; // true
 * ``` */
export const DossierTallySchema = z.object({
  received: z.object({ total: CountSchema, carriedOver: CountSchema, newOnline: CountSchema, newInPerson: CountSchema, newPostal: CountSchema }),
  resolved: z.object({ total: CountSchema, early: CountSchema, onTime: CountSchema, late: CountSchema }),
  pending: z.object({ total: CountSchema, withinDue: CountSchema, overdue: CountSchema }),
  withdrawnOrReturned: CountSchema,
  awaitingSupplement: CountSchema,
  processing: z.object({ count: CountSchema, workingDays: CountSchema }).optional(),
});

/**
 * The empty tally (all counts 0): the identity of {@link mergeTallies}.
 *
 * @example
 * ```ts
 * import { emptyTally } from 'cchc';
 * emptyTally().received.total; // 0
 * ```
 */
export function emptyTally(): DossierTally {
  return accToTally(newAcc(), false);
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/**
 * Check a tally: every count a non-negative integer, and every total the sum of its parts. `path` prefixes the issue
 * paths (an index alone, as `Array#forEach` passes it, is accepted).
 *
 * @throws {@link CchcError} `INVALID_TALLY` listing every problem.
 * @example
 * ```ts
 * import { checkTally, emptyTally } from 'cchc';
 * checkTally(emptyTally()).pending.total; // 0
 * ```
 */
export function checkTally(tally: unknown, pathIn: readonly (string | number)[] | number = []): DossierTally {
  // A callback of Array#forEach / map passes the index here: use it as the path.
  const path: readonly (string | number)[] = Array.isArray(pathIn) ? pathIn : typeof pathIn === 'number' ? [pathIn] : [];
  const problems: CchcIssue[] = [];
  const t = tally as Record<string, Record<string, unknown> | unknown>;
  if (typeof tally !== 'object' || tally === null) {
    return fail('INVALID_TALLY', path, `Cần một bảng tổng hợp hồ sơ (DossierTally), nhận được ${show(tally)}`, `Expected a DossierTally, received ${show(tally)}`, tally);
  }
  const groups: [string, string[]][] = [
    ['received', ['total', 'carriedOver', 'newOnline', 'newInPerson', 'newPostal']],
    ['resolved', ['total', 'early', 'onTime', 'late']],
    ['pending', ['total', 'withinDue', 'overdue']],
  ];
  for (const [g, fields] of groups) {
    const obj = t[g] as Record<string, unknown> | undefined;
    if (typeof obj !== 'object' || obj === null) {
      problems.push(issue('INVALID_TALLY', [...path, g], `Thiếu nhóm ${g}`, `Missing ${g}`, obj));
      continue;
    }
    let sum = 0;
    let ok = true;
    for (const f of fields) {
      const v = obj[f];
      if (!isCount(v)) {
        ok = false;
        problems.push(issue('INVALID_TALLY', [...path, g, f], `Số đếm phải là số nguyên không âm, nhận được ${show(v)}`, `A count must be a non-negative integer, received ${show(v)}`, v));
      } else if (f !== 'total') sum += v;
    }
    if (ok && obj.total !== sum) {
      problems.push(
        issue('INVALID_TALLY', [...path, g, 'total'], `${g}.total = ${show(obj.total)} nhưng tổng các thành phần là ${sum}`, `${g}.total is ${show(obj.total)} but its parts add up to ${sum}`, obj.total),
      );
    }
  }
  for (const f of ['withdrawnOrReturned', 'awaitingSupplement']) {
    if (!isCount(t[f])) problems.push(issue('INVALID_TALLY', [...path, f], `Số đếm phải là số nguyên không âm, nhận được ${show(t[f])}`, `A count must be a non-negative integer, received ${show(t[f])}`, t[f]));
  }
  const p = t.processing as Record<string, unknown> | undefined;
  if (p !== undefined) {
    if (typeof p !== 'object' || p === null || !isCount(p.count) || !isCount(p.workingDays)) {
      problems.push(issue('INVALID_TALLY', [...path, 'processing'], 'processing phải là { count, workingDays } (số nguyên không âm)', 'processing must be { count, workingDays } (non-negative integers)', p));
    }
  }
  if (problems.length > 0) throw new CchcError(problems);
  return tally as DossierTally;
}

/**
 * Add tallies (cộng các bảng tổng hợp): field by field. With {@link emptyTally} this is a monoid (associative, with
 * the empty tally as identity), so tallies from shards, months, workers or SQL `GROUP BY` rows combine, and the
 * tally of a set split in parts is the merge of the parts' tallies. `processing` is kept when any input has it.
 *
 * Takes two tallies or any number (`mergeTallies(...parts)`; none gives the empty tally), and works as an
 * `Array#reduce` callback: `parts.reduce(mergeTallies, emptyTally())` (the index and array that `reduce` passes are
 * recognised and ignored).
 *
 * @throws {@link CchcError} `INVALID_TALLY` for an input that is not a consistent tally.
 * @example
 * ```ts
 * import { emptyTally, mergeTallies, tallyDossiers } from 'cchc';
 * const a = tallyDossiers([{ id: 1, receivedAt: '2019-03-04', dueDate: '2019-03-11', resolvedAt: '2019-03-08' }], { from: '2019-01-01', to: '2019-09-30' });
 * const b = tallyDossiers([{ id: 2, receivedAt: '2019-09-20', dueDate: '2019-10-04' }], { from: '2019-01-01', to: '2019-09-30' });
 * mergeTallies(a, b).received.total; // 2
 * mergeTallies(a, b).pending.withinDue; // 1
 * [a, b, b].reduce(mergeTallies, emptyTally()).received.total; // 3
 * ```
 */
export function mergeTallies(a: DossierTally, b: DossierTally, ...more: readonly DossierTally[]): DossierTally;
export function mergeTallies(a: DossierTally, b: DossierTally, index: number, array: readonly DossierTally[]): DossierTally;
export function mergeTallies(...tallies: readonly DossierTally[]): DossierTally;
export function mergeTallies(...args: readonly unknown[]): DossierTally {
  // Called by Array#reduce as (accumulator, current, index, array): merge the first two only.
  const all = args.length === 4 && typeof args[2] === 'number' && Array.isArray(args[3]) && args[3][args[2]] === args[1] ? args.slice(0, 2) : args;
  const acc = newAcc();
  let withProcessing = false;
  all.forEach((t, i) => {
    checkTally(t, [i]);
    addTallyToAcc(acc, t as DossierTally);
    if ((t as DossierTally).processing !== undefined) withProcessing = true;
  });
  return accToTally(acc, withProcessing);
}

/** @internal */
export function addTallyToAcc(acc: Float64Array, t: DossierTally): void {
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
 * ``` */
export type DossierGroupBy = 'level' | 'agency' | 'procedure' | 'channel' | 'month';

/** Options of {@link tallyDossiers}.
 *
 * @example
 * ```ts
 * import type { TallyDossiersOptions } from 'cchc';
 * const o: TallyDossiersOptions = { from: '2019-01-01', to: '2019-09-30', rules: 'qd766', groupBy: 'level' };
 * o.rules; // 'qd766'
 * ``` */
export interface TallyDossiersOptions<K = unknown> {
  /** First day of the reporting period (inclusive). */
  readonly from: IsoDate;
  /** Last day of the reporting period (inclusive); dossiers are classified as of this day. */
  readonly to: IsoDate;
  /** Rule preset or overrides; default `'report'`. */
  readonly rules?: DossierRulesInput;
  /** Working-day calendar: needed for `slaWorkingDays`, receipt rules and processing time. */
  readonly calendar?: WorkCalendar;
  /**
   * Split the tally: by `level`, `agency`, `procedure`, `channel` (as counted: a missing channel under the rule
   * `missingChannel: 'in-person'` is `'in-person'`), `month` (month of receipt in Vietnam, `'YYYY-MM'`), or a
   * function of the record. Missing fields group under `null`. Every group's tally covers the same period, so
   * merging the groups gives the whole tally.
   */
  readonly groupBy?: DossierGroupBy | ((record: DossierRecord) => K);
  /** Measure processing time in working days (needs a calendar): adds `processing` to the tally. Default false. */
  readonly processingTime?: boolean;
  /**
   * Called for each invalid record (with the error, whose issue paths start with the record's index, and the index);
   * the record is then skipped and the run goes on. Without it, the first invalid record throws.
   */
  readonly onInvalid?: (error: CchcError, index: number, record: unknown) => void;
}

type AnyIterable<T> = Iterable<T> | AsyncIterable<T>;

/**
 * Count dossiers for a reporting period (tổng hợp tình hình giải quyết hồ sơ), as the periodic report does: received
 * (carried over and new, by channel), resolved in the period (early / on time / late), pending at its end (within /
 * past due), withdrawn or returned, awaiting supplement. Each dossier is classified with {@link classifyDossier} as of
 * `to`; dossiers received after `to`, finished before `from`, or not accepted are not counted.
 *
 * Accepts any iterable (an array, a generator) or async iterable (a Node stream, {@link readDossiersCsv}); an async
 * input gives a Promise. Records are read once, one at a time (constant memory), with no `Date` object per record.
 *
 * @throws {@link CchcError} for an invalid record (its issue paths start with the record's index) unless `onInvalid`
 *   is given; `INVALID_DATE` for `from` / `to`; `INVALID_INPUT` when `from` is after `to`; `CALENDAR_REQUIRED`.
 *
 * @example
 * ```ts
 * import { tallyDossiers } from 'cchc';
 * const records = [
 *   { id: 1, channel: 'online', receivedAt: '2019-08-20', dueDate: '2019-09-03', resolvedAt: '2019-09-03' },
 *   { id: 2, channel: 'in-person', receivedAt: '2019-09-16', dueDate: '2019-09-20', resolvedAt: '2019-09-24' },
 *   { id: 3, receivedAt: '2019-09-25', dueDate: '2019-10-02' },
 * ] as const;
 * const t = tallyDossiers(records, { from: '2019-09-01', to: '2019-09-30' });
 * t.received; // { total: 3, carriedOver: 1, newOnline: 0, newInPerson: 2, newPostal: 0 }
 * t.resolved; // { total: 2, early: 0, onTime: 1, late: 1 }
 * t.pending; // { total: 1, withinDue: 1, overdue: 0 }
 * tallyDossiers(records, { from: '2019-09-01', to: '2019-09-30', groupBy: 'channel' }).get('online')?.resolved.onTime; // 1
 * ```
 */
export function tallyDossiers(records: Iterable<DossierRecord>, options: TallyDossiersOptions & { readonly groupBy?: undefined }): DossierTally;
export function tallyDossiers(records: AsyncIterable<DossierRecord>, options: TallyDossiersOptions & { readonly groupBy?: undefined }): Promise<DossierTally>;
export function tallyDossiers(records: Iterable<DossierRecord>, options: TallyDossiersOptions & { readonly groupBy: DossierGroupBy }): Map<string | null, DossierTally>;
export function tallyDossiers(records: AsyncIterable<DossierRecord>, options: TallyDossiersOptions & { readonly groupBy: DossierGroupBy }): Promise<Map<string | null, DossierTally>>;
export function tallyDossiers<K>(records: Iterable<DossierRecord>, options: TallyDossiersOptions<K> & { readonly groupBy: (record: DossierRecord) => K }): Map<K, DossierTally>;
export function tallyDossiers<K>(records: AsyncIterable<DossierRecord>, options: TallyDossiersOptions<K> & { readonly groupBy: (record: DossierRecord) => K }): Promise<Map<K, DossierTally>>;
export function tallyDossiers<K>(
  records: AnyIterable<DossierRecord>,
  options: TallyDossiersOptions<K>,
): DossierTally | Map<unknown, DossierTally> | Promise<DossierTally | Map<unknown, DossierTally>> {
  const run = new TallyRun(options);
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
    return fail('INVALID_INPUT', ['records'], `Cần một tập hồ sơ lặp được (mảng, generator, stream), nhận được ${show(records)}`, `Expected an iterable or async iterable of records, received ${show(records)}`, records);
  }
  for (const r of records as Iterable<DossierRecord>) run.add(r);
  return run.result();
}

/** @internal Parse and check the period. */
export function readPeriod(from: unknown, to: unknown): { from: number; to: number } {
  const problems: CchcIssue[] = [];
  let f = NO_DAY;
  let t = NO_DAY;
  try {
    f = parseIsoDate(from, ['from']);
  } catch (e) {
    if (e instanceof CchcError) problems.push(...e.issues);
    else throw e;
  }
  try {
    t = parseIsoDate(to, ['to']);
  } catch (e) {
    if (e instanceof CchcError) problems.push(...e.issues);
    else throw e;
  }
  if (problems.length > 0) throw new CchcError(problems);
  if (f > t) fail('INVALID_INPUT', ['to'], `Kỳ báo cáo kết thúc (${show(to)}) trước khi bắt đầu (${show(from)})`, `The period ends (${show(to)}) before it starts (${show(from)})`, to);
  return { from: f, to: t };
}

const GROUPS: readonly string[] = ['level', 'agency', 'procedure', 'channel', 'month'];
const CHANNEL_NAMES: readonly (DossierChannel | null)[] = ['in-person', 'online', 'postal', null];

/** One tallying run (shared by the sync and async paths). @internal */
export class TallyRun {
  readonly from: number;
  readonly to: number;
  readonly cr: CompiledRules;
  readonly cal: DossierCalendar | undefined;
  readonly measure: boolean;
  readonly onInvalid: TallyDossiersOptions['onInvalid'];
  readonly groupKind: string | undefined;
  readonly groupFn: ((r: DossierRecord) => unknown) | undefined;
  readonly acc = newAcc();
  readonly groups = new Map<unknown, Float64Array>();
  readonly n: NormalizedDossier = newNormalized();
  readonly out: CoreResult = newCoreResult();
  readonly monthKeys = new Map<number, string>();
  index = 0;

  constructor(options: TallyDossiersOptions<unknown>) {
    if (typeof options !== 'object' || options === null) {
      fail('INVALID_INPUT', ['options'], `Cần tùy chọn { from, to }, nhận được ${show(options)}`, `Expected options { from, to }, received ${show(options)}`, options);
    }
    const p = readPeriod(options.from, options.to);
    this.from = p.from;
    this.to = p.to;
    this.cr = compileRules(resolveDossierRules(options.rules));
    this.cal = checkCalendar(options.calendar);
    this.measure = options.processingTime === true;
    if (this.measure && this.cal === undefined) {
      fail('CALENDAR_REQUIRED', ['calendar'], 'Cần lịch ngày làm việc (calendar) để đo thời gian giải quyết', 'A working-day calendar (the calendar option) is needed to measure processing time');
    }
    if (options.onInvalid !== undefined && typeof options.onInvalid !== 'function') {
      fail('INVALID_INPUT', ['onInvalid'], 'onInvalid phải là một hàm', 'onInvalid must be a function', options.onInvalid);
    }
    this.onInvalid = options.onInvalid;
    const g = options.groupBy;
    if (typeof g === 'function') this.groupFn = g as (r: DossierRecord) => unknown;
    else if (g !== undefined) {
      if (typeof g !== 'string' || !GROUPS.includes(g)) {
        fail('INVALID_INPUT', ['groupBy'], `groupBy không hợp lệ: ${show(g)} (dùng ${GROUPS.join(', ')} hoặc một hàm)`, `Unknown groupBy ${show(g)} (use ${GROUPS.join(', ')} or a function)`, g);
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
    if (!normalizeFast(record as unknown as Record<string, unknown>, n)) {
      const problems = normalizeDossier(record, n, [i]);
      if (problems.length > 0) {
        this.invalid(new CchcError(problems), i, record, reject);
        return;
      }
    }
    if (n.recDay > this.to || n.rejDay !== NO_DAY) return;
    if (n.channel === CH_MISSING && this.cr.missingChannelError) {
      this.invalid(
        new CchcError(issue('INVALID_CHANNEL', [i, 'channel'], 'Thiếu kênh tiếp nhận (channel) và quy tắc missingChannel là "error"', 'The channel is missing and the rule missingChannel is "error"')),
        i,
        record,
        reject,
      );
      return;
    }
    const out = this.out;
    try {
      classifyCore(n, this.cr, this.cal, this.to, this.measure, out, false);
    } catch (e) {
      if (e instanceof CoreProblem) {
        // A missing calendar is a mistake of the options, not of the row: it is never a rejected row.
        this.invalid(new CchcError({ ...e.issue, path: [i, ...e.issue.path] }), i, record, e.issue.code === 'CALENDAR_REQUIRED' ? undefined : reject);
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
    if (out.endDay !== NO_DAY && out.endDay < this.from) return;
    let acc = this.acc;
    if (this.groupKind !== undefined || this.groupFn !== undefined) {
      const key = this.groupFn !== undefined ? this.groupFn(record) : this.keyOf(record, n);
      let a = this.groups.get(key);
      if (a === undefined) {
        a = newAcc();
        this.groups.set(key, a);
      }
      acc = a;
    }
    addAcc(acc, n, out, this.from);
  }

  private keyOf(record: DossierRecord, n: NormalizedDossier): string | null {
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
      case 'level':
        return record.level ?? null;
      case 'agency':
        return record.agency ?? null;
      default:
        return record.procedure ?? null;
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
    if (this.groupKind === undefined && this.groupFn === undefined) return accToTally(this.acc, this.measure);
    const m = new Map<unknown, DossierTally>();
    for (const [k, a] of this.groups) m.set(k, accToTally(a, this.measure));
    return m;
  }
}



