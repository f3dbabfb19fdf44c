import { CchcError, fail, issue, show, type CchcIssue } from '../core/errors.js';
import { A, accToTally, newAcc } from './_internal/acc.js';
import type { DossierTally } from './tally.js';

/**
 * The flat column names of a tally (one `GROUP BY` output row), as {@link dossierSql} produces them and
 * {@link tallyFromRow} reads them. `*_total` columns are optional on input (checked against their parts when present).
 *
 * @example
 * ```ts
 * import { TALLY_COLUMNS } from 'cchc';
 * TALLY_COLUMNS.withinDue; // 'pending_within_due'
 * ```
 */
export const TALLY_COLUMNS = Object.freeze({
  receivedTotal: 'received_total',
  carriedOver: 'carried_over',
  newOnline: 'new_online',
  newInPerson: 'new_in_person',
  newPostal: 'new_postal',
  resolvedTotal: 'resolved_total',
  early: 'resolved_early',
  onTime: 'resolved_on_time',
  late: 'resolved_late',
  pendingTotal: 'pending_total',
  withinDue: 'pending_within_due',
  overdue: 'pending_overdue',
  withdrawnOrReturned: 'withdrawn_or_returned',
  awaitingSupplement: 'awaiting_supplement',
  processingCount: 'processing_count',
  processingWorkingDays: 'processing_working_days',
} as const);

/** A key of {@link TALLY_COLUMNS}.
 *
 * @example
 * ```ts
 * import type { TallyColumn } from 'cchc';
 * const c: TallyColumn = 'overdue';
 * c; // 'overdue'
 * ``` */
export type TallyColumn = keyof typeof TALLY_COLUMNS;

/** Options of {@link tallyFromRow} and {@link tallyAggregateRows}.
 *
 * @example
 * ```ts
 * import type { TallyRowOptions } from 'cchc';
 * const o: TallyRowOptions = { columns: { early: 'DaXuLyTruocHan', onTime: 'DaXuLyDungHan' } };
 * o.columns?.early; // 'DaXuLyTruocHan'
 * ``` */
export interface TallyRowOptions {
  /** Column names that differ from {@link TALLY_COLUMNS}, e.g. `{ early: 'DaXuLyTruocHan' }`. */
  readonly columns?: Partial<Record<TallyColumn, string>>;
}

const PARTS: readonly [TallyColumn, number][] = [
  ['carriedOver', A.carriedOver],
  ['newOnline', A.newOnline],
  ['newInPerson', A.newInPerson],
  ['newPostal', A.newPostal],
  ['early', A.early],
  ['onTime', A.onTime],
  ['late', A.late],
  ['withinDue', A.withinDue],
  ['overdue', A.overdue],
  ['withdrawnOrReturned', A.withdrawnOrReturned],
  ['awaitingSupplement', A.awaitingSupplement],
];

/** Read a count from what databases return: number, bigint (DuckDB BIGINT), or a decimal string (Postgres numeric). */
function readCount(v: unknown, path: (string | number)[], problems: CchcIssue[]): number | undefined {
  let n: number | undefined;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'bigint') n = v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= 0n ? Number(v) : -1;
  else if (typeof v === 'string' && /^\s*\d+(\.0+)?\s*$/.test(v)) n = Number(v);
  if (n === undefined || !Number.isSafeInteger(n) || n < 0) {
    problems.push(issue('INVALID_TALLY', path, `Số đếm phải là số nguyên không âm, nhận được ${show(v)}`, `A count must be a non-negative integer, received ${show(v)}`, v));
    return undefined;
  }
  return n;
}

function names(options: TallyRowOptions | undefined): Record<TallyColumn, string> {
  return { ...TALLY_COLUMNS, ...(options?.columns ?? {}) };
}

function rowToAcc(row: unknown, cols: Record<TallyColumn, string>, path: (string | number)[], acc: Float64Array): boolean {
  if (typeof row !== 'object' || row === null) {
    throw new CchcError(issue('INVALID_TALLY', path, `Cần một dòng tổng hợp (đối tượng), nhận được ${show(row)}`, `Expected an aggregate row (an object), received ${show(row)}`, row));
  }
  const r = row as Record<string, unknown>;
  const problems: CchcIssue[] = [];
  const local = newAcc();
  for (const [key, slot] of PARTS) {
    const col = cols[key];
    if (!(col in r)) {
      problems.push(issue('INVALID_TALLY', [...path, col], `Thiếu cột ${col}`, `Missing column ${col}`));
      continue;
    }
    const n = readCount(r[col], [...path, col], problems);
    if (n !== undefined) local[slot] = n;
  }
  let withProcessing = false;
  if (cols.processingCount in r && r[cols.processingCount] !== null && r[cols.processingCount] !== '') {
    withProcessing = true;
    const c = readCount(r[cols.processingCount], [...path, cols.processingCount], problems);
    const w = readCount(r[cols.processingWorkingDays], [...path, cols.processingWorkingDays], problems);
    if (c !== undefined) local[A.processingCount] = c;
    if (w !== undefined) local[A.processingWorkingDays] = w;
  }
  if (problems.length === 0) {
    const totals: [TallyColumn, number][] = [
      ['receivedTotal', local[A.carriedOver]! + local[A.newOnline]! + local[A.newInPerson]! + local[A.newPostal]!],
      ['resolvedTotal', local[A.early]! + local[A.onTime]! + local[A.late]!],
      ['pendingTotal', local[A.withinDue]! + local[A.overdue]!],
    ];
    for (const [key, sum] of totals) {
      const col = cols[key];
      if (!(col in r) || r[col] === null || r[col] === undefined || r[col] === '') continue; // totals are optional
      const t = readCount(r[col], [...path, col], problems);
      if (t !== undefined && t !== sum) {
        problems.push(issue('INVALID_TALLY', [...path, col], `Cột ${col} = ${t} nhưng tổng các thành phần là ${sum}`, `Column ${col} is ${t} but its parts add up to ${sum}`, r[col]));
      }
    }
  }
  if (problems.length > 0) throw new CchcError(problems);
  for (let i = 0; i < local.length; i++) acc[i]! += local[i]!;
  return withProcessing;
}

/**
 * Read one pre-aggregated row (a `GROUP BY` output row, a line of an exported summary) into a {@link DossierTally}.
 * Counts may be numbers, bigints (DuckDB) or integer strings (Postgres `numeric`); totals are optional and checked.
 *
 * @throws {@link CchcError} `INVALID_TALLY` (missing column, not a count, a total that is not the sum of its parts).
 * @example
 * ```ts
 * import { tallyFromRow } from 'cchc';
 * const t = tallyFromRow({ carried_over: 5, new_online: 10n, new_in_person: '20', new_postal: 0,
 *   resolved_early: 3, resolved_on_time: 20, resolved_late: 2, pending_within_due: 8, pending_overdue: 1,
 *   withdrawn_or_returned: 1, awaiting_supplement: 0 });
 * t.received.total; // 35
 * t.resolved; // { total: 25, early: 3, onTime: 20, late: 2 }
 * ```
 */
export function tallyFromRow(row: Readonly<Record<string, unknown>>, options: TallyRowOptions = {}): DossierTally {
  const acc = newAcc();
  const withProcessing = rowToAcc(row, names(options), [], acc);
  return accToTally(acc, withProcessing);
}

/**
 * Write a tally as one flat row with the {@link TALLY_COLUMNS} names (the inverse of {@link tallyFromRow}).
 *
 * @example
 * ```ts
 * import { tallyToRow, emptyTally } from 'cchc';
 * tallyToRow(emptyTally()).pending_overdue; // 0
 * ```
 */
export function tallyToRow(tally: DossierTally): Record<string, number> {
  const out: Record<string, number> = {
    received_total: tally.received.total,
    carried_over: tally.received.carriedOver,
    new_online: tally.received.newOnline,
    new_in_person: tally.received.newInPerson,
    new_postal: tally.received.newPostal,
    resolved_total: tally.resolved.total,
    resolved_early: tally.resolved.early,
    resolved_on_time: tally.resolved.onTime,
    resolved_late: tally.resolved.late,
    pending_total: tally.pending.total,
    pending_within_due: tally.pending.withinDue,
    pending_overdue: tally.pending.overdue,
    withdrawn_or_returned: tally.withdrawnOrReturned,
    awaiting_supplement: tally.awaitingSupplement,
  };
  if (tally.processing) {
    out.processing_count = tally.processing.count;
    out.processing_working_days = tally.processing.workingDays;
  }
  return out;
}

/** Options of {@link tallyAggregateRows}.
 *
 * @example
 * ```ts
 * import type { TallyAggregateRowsOptions } from 'cchc';
 * const o: TallyAggregateRowsOptions = { groupBy: 'group_key' };
 * o.groupBy; // 'group_key'
 * ``` */
export interface TallyAggregateRowsOptions extends TallyRowOptions {
  /** A column whose value keys the result (rows with the same key are merged); without it, all rows are merged. */
  readonly groupBy?: string;
}

/**
 * Merge pre-aggregated rows (tallies from a database `GROUP BY`, shards, monthly exports) into one tally, or into a
 * map of tallies keyed by the `groupBy` column. Accepts any iterable or async iterable of row objects (e.g. the rows
 * of {@link readCsvRecords}, or of a database cursor); an async input gives a Promise.
 *
 * @throws {@link CchcError} `INVALID_TALLY` for a bad row (its issue paths start with the row's index).
 * @example
 * ```ts
 * import { tallyAggregateRows } from 'cchc';
 * const rows = [
 *   { level: 'province', carried_over: 0, new_online: 2, new_in_person: 1, new_postal: 0, resolved_early: 1, resolved_on_time: 1, resolved_late: 0, pending_within_due: 1, pending_overdue: 0, withdrawn_or_returned: 0, awaiting_supplement: 0 },
 *   { level: 'commune', carried_over: 1, new_online: 0, new_in_person: 4, new_postal: 0, resolved_early: 0, resolved_on_time: 4, resolved_late: 1, pending_within_due: 0, pending_overdue: 0, withdrawn_or_returned: 0, awaiting_supplement: 0 },
 * ];
 * tallyAggregateRows(rows).resolved.total; // 7
 * tallyAggregateRows(rows, { groupBy: 'level' }).get('commune')?.received.total; // 5
 * ```
 */
export function tallyAggregateRows(rows: Iterable<Readonly<Record<string, unknown>>>, options?: TallyRowOptions & { readonly groupBy?: undefined }): DossierTally;
export function tallyAggregateRows(rows: AsyncIterable<Readonly<Record<string, unknown>>>, options?: TallyRowOptions & { readonly groupBy?: undefined }): Promise<DossierTally>;
export function tallyAggregateRows(rows: Iterable<Readonly<Record<string, unknown>>>, options: TallyAggregateRowsOptions & { readonly groupBy: string }): Map<unknown, DossierTally>;
export function tallyAggregateRows(rows: AsyncIterable<Readonly<Record<string, unknown>>>, options: TallyAggregateRowsOptions & { readonly groupBy: string }): Promise<Map<unknown, DossierTally>>;
export function tallyAggregateRows(
  rows: Iterable<Readonly<Record<string, unknown>>> | AsyncIterable<Readonly<Record<string, unknown>>>,
  options: TallyAggregateRowsOptions = {},
): DossierTally | Map<unknown, DossierTally> | Promise<DossierTally | Map<unknown, DossierTally>> {
  const cols = names(options);
  const groupBy = options?.groupBy;
  if (groupBy !== undefined && typeof groupBy !== 'string') fail('INVALID_INPUT', ['groupBy'], 'groupBy phải là tên cột', 'groupBy must be a column name', groupBy);
  const acc = newAcc();
  const groups = new Map<unknown, { acc: Float64Array; processing: boolean }>();
  let processing = false;
  let i = 0;
  const add = (row: Readonly<Record<string, unknown>>) => {
    const index = i++;
    if (groupBy === undefined) {
      if (rowToAcc(row, cols, [index], acc)) processing = true;
      return;
    }
    const key = (row as Record<string, unknown>)[groupBy] ?? null;
    const k = typeof key === 'bigint' ? Number(key) : key;
    let g = groups.get(k);
    if (g === undefined) {
      g = { acc: newAcc(), processing: false };
      groups.set(k, g);
    }
    if (rowToAcc(row, cols, [index], g.acc)) g.processing = true;
  };
  const finish = () => {
    if (groupBy === undefined) return accToTally(acc, processing);
    const m = new Map<unknown, DossierTally>();
    for (const [k, g] of groups) m.set(k, accToTally(g.acc, g.processing));
    return m;
  };
  if (rows !== null && typeof rows === 'object' && Symbol.asyncIterator in rows) {
    return (async () => {
      for await (const r of rows as AsyncIterable<Readonly<Record<string, unknown>>>) add(r);
      return finish();
    })();
  }
  if (rows === null || typeof rows !== 'object' || !(Symbol.iterator in rows)) {
    return fail('INVALID_INPUT', ['rows'], `Cần một tập dòng lặp được, nhận được ${show(rows)}`, `Expected an iterable or async iterable of rows, received ${show(rows)}`, rows);
  }
  for (const r of rows as Iterable<Readonly<Record<string, unknown>>>) add(r);
  return finish();
}
