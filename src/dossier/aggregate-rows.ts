import { CchcError, issue, show, type CchcIssue } from '../core/errors.js';
import { readOptions } from '../core/options.js';
import * as vi from '../core/messages/vi/dossier.js';
import * as en from '../core/messages/en/dossier.js';
import { A, accToTally, newAcc } from './_internal/acc.js';
import { NfcKeys } from './_internal/options.js';
import { MAX_COUNT_TEXT_LENGTH } from './limits.js';
import { checkTally, type DossierTally } from './tally.js';

/**
 * The flat column names of a tally (one `GROUP BY` output row), as {@link dossierSql} produces them and
 * {@link tallyFromRow} reads them. `*_total` columns are optional on input (checked against their parts when present);
 * so are the processing columns, the NĐ 118/2025 counts (`paused`, `stopped_on_request`,
 * `closed_without_supplement`), which a tally has only under rules such as `nd118`, and `provisional` (records resting
 * on provisional days of the calendar; absent or empty means none).
 *
 * @example
 * ```ts
 * import { TALLY_COLUMNS } from 'cchc';
 * TALLY_COLUMNS.withinDue; // 'pending_within_due'
 * TALLY_COLUMNS.paused; // 'paused'
 * ```
 *
 * @category Dossiers
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
  paused: 'paused',
  stoppedOnRequest: 'stopped_on_request',
  closedWithoutSupplement: 'closed_without_supplement',
  provisional: 'provisional',
} as const);

/** A key of {@link TALLY_COLUMNS}.
 *
 * @example
 * ```ts
 * import type { TallyColumn } from 'cchc';
 * const c: TallyColumn = 'overdue';
 * c; // 'overdue'
 * ```
 *
 * @category Dossiers
 */
export type TallyColumn = keyof typeof TALLY_COLUMNS;

/** Options of {@link tallyFromRow} and {@link tallyAggregateRows}.
 *
 * @example
 * ```ts
 * import type { TallyRowOptions } from 'cchc';
 * const o: TallyRowOptions = { columns: { early: 'DaXuLyTruocHan', onTime: 'DaXuLyDungHan' } };
 * o.columns?.early; // 'DaXuLyTruocHan'
 * ```
 *
 * @category Dossiers
 */
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
const MAX_COUNT_TEXT = MAX_COUNT_TEXT_LENGTH;
const COUNT_TEXT = /^(-?)(\d+)(?:\.0+)?$/;

function readCount(v: unknown, path: (string | number)[], problems: CchcIssue[]): number | undefined {
  let n: number | undefined;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'bigint') n = v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= 0n ? Number(v) : -1;
  else if (typeof v === 'string') {
    // Trimmed first (a regular expression with \s* on both sides of the digits backtracks on long spaces); a cell four
    // times the longest count is not one, and is not copied.
    const t = v.length <= 4 * MAX_COUNT_TEXT ? v.trim() : '';
    const m = t.length <= MAX_COUNT_TEXT ? COUNT_TEXT.exec(t) : null;
    // "-0" and "-0.0" (as Python writes a negative zero) are 0; any other negative count is refused below.
    if (m) n = m[1] === '-' && Number(m[2]) !== 0 ? -1 : Number(m[2]);
  }
  if (n === undefined || !Number.isSafeInteger(n) || n < 0) {
    problems.push(
      issue('INVALID_TALLY', path, vi.INVALID_TALLY__count({ received: show(v) }), en.INVALID_TALLY__count({ received: show(v) }), v),
    );
    return undefined;
  }
  return n;
}

const TALLY_COLUMN_KEYS: readonly string[] = Object.freeze(Object.keys(TALLY_COLUMNS));

/** The column names of the options: every key a {@link TallyColumn} (`UNKNOWN_KEY` with a suggestion), every name a string. */
function names(o: Partial<TallyAggregateRowsOptions>): Record<TallyColumn, string> {
  const columns = o.columns;
  if (columns === undefined) return { ...TALLY_COLUMNS };
  const c = readOptions<Record<string, unknown>>(columns, TALLY_COLUMN_KEYS, ['options', 'columns']);
  const problems: CchcIssue[] = [];
  for (const [k, v] of Object.entries(c)) {
    if (typeof v !== 'string' || v === '') {
      const p = { received: show(v) };
      problems.push(
        issue(
          'INVALID_INPUT',
          ['options', 'columns', k],
          vi.INVALID_INPUT__dossierColumnName(p),
          en.INVALID_INPUT__dossierColumnName(p),
          v,
        ),
      );
    }
  }
  if (problems.length > 0) throw new CchcError(problems);
  return { ...TALLY_COLUMNS, ...(c as Partial<Record<TallyColumn, string>>) };
}

/** A cell of a row, own properties only (a column named `toString` is read from the row, never from its prototype). */
function cell(r: Record<string, unknown>, col: string): unknown {
  return Object.hasOwn(r, col) ? r[col] : undefined;
}

/** Add one row to `acc`; returns 1 when it has the processing columns, plus 2 when it has the NĐ 118 counts. */
function rowToAcc(row: unknown, cols: Record<TallyColumn, string>, path: (string | number)[], acc: Float64Array): number {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) {
    throw new CchcError(
      issue('INVALID_TALLY', path, vi.INVALID_TALLY__row({ received: show(row) }), en.INVALID_TALLY__row({ received: show(row) }), row),
    );
  }
  const r = row as Record<string, unknown>;
  const problems: CchcIssue[] = [];
  const local = newAcc();
  for (const [key, slot] of PARTS) {
    const col = cols[key];
    if (!Object.hasOwn(r, col)) {
      problems.push(
        issue(
          'INVALID_TALLY',
          [...path, col],
          vi.INVALID_TALLY__missingColumn({ column: col }),
          en.INVALID_TALLY__missingColumn({ column: col }),
        ),
      );
      continue;
    }
    const n = readCount(r[col], [...path, col], problems);
    if (n !== undefined) local[slot] = n;
  }
  let withProcessing = false;
  let withNd118 = false;
  for (const [key, slot] of ND118_PARTS) {
    const v = cell(r, cols[key]);
    if (v === undefined || v === null || v === '') continue;
    withNd118 = true;
    const n = readCount(v, [...path, cols[key]], problems);
    if (n !== undefined) local[slot] = n;
  }
  const pc = cell(r, cols.processingCount);
  if (pc !== undefined && pc !== null && pc !== '') {
    withProcessing = true;
    const c = readCount(pc, [...path, cols.processingCount], problems);
    const w = readCount(cell(r, cols.processingWorkingDays), [...path, cols.processingWorkingDays], problems);
    if (c !== undefined) local[A.processingCount] = c;
    if (w !== undefined) local[A.processingWorkingDays] = w;
  }
  // Records resting on provisional days (issue 13): optional, at most the records received.
  const pv = cell(r, cols.provisional);
  if (pv !== undefined && pv !== null && pv !== '') {
    const p = readCount(pv, [...path, cols.provisional], problems);
    if (p !== undefined) local[A.provisional] = p;
  }
  if (problems.length === 0) {
    const totals: [TallyColumn, number][] = [
      ['receivedTotal', local[A.carriedOver]! + local[A.newOnline]! + local[A.newInPerson]! + local[A.newPostal]!],
      ['resolvedTotal', local[A.early]! + local[A.onTime]! + local[A.late]!],
      ['pendingTotal', local[A.withinDue]! + local[A.overdue]!],
    ];
    for (const [key, sum] of totals) {
      const col = cols[key];
      const v = cell(r, col);
      if (v === null || v === undefined || v === '') continue; // totals are optional
      const t = readCount(v, [...path, col], problems);
      if (t !== undefined && t !== sum) {
        const p = { column: col, total: t, sum };
        problems.push(issue('INVALID_TALLY', [...path, col], vi.INVALID_TALLY__columnTotal(p), en.INVALID_TALLY__columnTotal(p), v));
      }
    }
    if (local[A.provisional]! > totals[0]![1]) {
      const p = { provisional: local[A.provisional]!, received: totals[0]![1] };
      problems.push(
        issue('INVALID_TALLY', [...path, cols.provisional], vi.INVALID_TALLY__provisional(p), en.INVALID_TALLY__provisional(p), pv),
      );
    }
  }
  if (problems.length > 0) throw new CchcError(problems);
  for (let i = 0; i < local.length; i++) acc[i]! += local[i]!;
  return (withProcessing ? 1 : 0) | (withNd118 ? 2 : 0);
}

/** The NĐ 118/2025 counts: optional columns (a tally has them only under rules such as `nd118`). */
const ND118_PARTS: readonly [TallyColumn, number][] = [
  ['paused', A.paused],
  ['stoppedOnRequest', A.stoppedOnRequest],
  ['closedWithoutSupplement', A.closedWithoutSupplement],
];

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
 *
 * @category Dossiers
 */
export function tallyFromRow(row: Readonly<Record<string, unknown>>, options?: TallyRowOptions): DossierTally {
  const o = readOptions<TallyRowOptions>(options, ['columns']);
  const acc = newAcc();
  const has = rowToAcc(row, names(o), [], acc);
  return accToTally(acc, (has & 1) !== 0, undefined, (has & 2) !== 0);
}

/**
 * Write a tally as one flat row with the {@link TALLY_COLUMNS} names (the inverse of {@link tallyFromRow}). The tally
 * is checked first ({@link checkTally}): `null` or a tally with a NaN count is an error, never a row of `NaN`s. Every
 * row has a `provisional` column (0 when no record rests on provisional days), so rows of several tallies line up.
 *
 * @throws {@link CchcError} `INVALID_TALLY`.
 * @example
 * ```ts
 * import { tallyToRow, emptyTally } from 'cchc';
 * tallyToRow(emptyTally()).pending_overdue; // 0
 * tallyToRow(emptyTally()).provisional; // 0
 * tallyToRow(null as never); // throws CchcError INVALID_TALLY
 * ```
 *
 * @category Dossiers
 */
export function tallyToRow(tally: DossierTally): Record<string, number> {
  checkTally(tally);
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
    provisional: tally.provisional ?? 0,
  };
  if (tally.paused !== undefined || tally.stoppedOnRequest !== undefined || tally.closedWithoutSupplement !== undefined) {
    out.paused = tally.paused ?? 0;
    out.stopped_on_request = tally.stoppedOnRequest ?? 0;
    out.closed_without_supplement = tally.closedWithoutSupplement ?? 0;
  }
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
 * ```
 *
 * @category Dossiers
 */
export interface TallyAggregateRowsOptions extends TallyRowOptions {
  /** A column whose value keys the result (rows with the same key are merged); without it, all rows are merged. */
  readonly groupBy?: string;
}

const AGGREGATE_OPTION_KEYS: readonly string[] = Object.freeze(['columns', 'groupBy']);

/**
 * Merge pre-aggregated rows (tallies from a database `GROUP BY`, shards, monthly exports) into one tally, or into a
 * map of tallies keyed by the `groupBy` column. Accepts any iterable or async iterable of row objects (e.g. the rows
 * of {@link readCsvRecords}, or of a database cursor); an async input gives a Promise. Text keys of `groupBy` are
 * grouped by their NFC form (an agency name typed composed or decomposed is one group).
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
 *
 * @category Dossiers
 */
export function tallyAggregateRows(
  rows: Iterable<Readonly<Record<string, unknown>>>,
  options?: TallyRowOptions & { readonly groupBy?: undefined },
): DossierTally;
export function tallyAggregateRows(
  rows: AsyncIterable<Readonly<Record<string, unknown>>>,
  options?: TallyRowOptions & { readonly groupBy?: undefined },
): Promise<DossierTally>;
export function tallyAggregateRows(
  rows: Iterable<Readonly<Record<string, unknown>>>,
  options: TallyAggregateRowsOptions & { readonly groupBy: string },
): Map<unknown, DossierTally>;
export function tallyAggregateRows(
  rows: AsyncIterable<Readonly<Record<string, unknown>>>,
  options: TallyAggregateRowsOptions & { readonly groupBy: string },
): Promise<Map<unknown, DossierTally>>;
export function tallyAggregateRows(
  rows: Iterable<Readonly<Record<string, unknown>>> | AsyncIterable<Readonly<Record<string, unknown>>>,
  options?: TallyAggregateRowsOptions,
): DossierTally | Map<unknown, DossierTally> | Promise<DossierTally | Map<unknown, DossierTally>> {
  const o = readOptions<TallyAggregateRowsOptions>(options, AGGREGATE_OPTION_KEYS);
  const cols = names(o);
  const groupBy = o.groupBy;
  if (groupBy !== undefined && (typeof groupBy !== 'string' || groupBy === '')) {
    const p = { received: show(groupBy) };
    throw new CchcError(
      issue(
        'INVALID_INPUT',
        ['options', 'groupBy'],
        vi.INVALID_INPUT__dossierColumnName(p),
        en.INVALID_INPUT__dossierColumnName(p),
        groupBy,
      ),
    );
  }
  const nfc = new NfcKeys();
  const acc = newAcc();
  const groups = new Map<unknown, { acc: Float64Array; has: number }>();
  let has = 0;
  let i = 0;
  const add = (row: Readonly<Record<string, unknown>>) => {
    const index = i++;
    if (groupBy === undefined) {
      has |= rowToAcc(row, cols, [index], acc);
      return;
    }
    const own = typeof row === 'object' && row !== null && Object.hasOwn(row, groupBy);
    const raw = own ? (row as Record<string, unknown>)[groupBy] : undefined;
    const key = raw ?? null;
    const k = typeof key === 'bigint' ? Number(key) : typeof key === 'string' ? nfc.key(key) : key;
    let g = groups.get(k);
    if (g === undefined) {
      g = { acc: newAcc(), has: 0 };
      groups.set(k, g);
    }
    g.has |= rowToAcc(row, cols, [index], g.acc);
  };
  const finish = () => {
    if (groupBy === undefined) return accToTally(acc, (has & 1) !== 0, undefined, (has & 2) !== 0);
    const m = new Map<unknown, DossierTally>();
    for (const [k, g] of groups) m.set(k, accToTally(g.acc, (g.has & 1) !== 0, undefined, (g.has & 2) !== 0));
    return m;
  };
  if (rows !== null && typeof rows === 'object' && Symbol.asyncIterator in rows) {
    return (async () => {
      for await (const r of rows as AsyncIterable<Readonly<Record<string, unknown>>>) add(r);
      return finish();
    })();
  }
  if (rows === null || typeof rows !== 'object' || !(Symbol.iterator in rows)) {
    const p = { received: show(rows) };
    throw new CchcError(issue('INVALID_INPUT', ['rows'], vi.INVALID_INPUT__dossierRows(p), en.INVALID_INPUT__dossierRows(p), rows));
  }
  for (const r of rows as Iterable<Readonly<Record<string, unknown>>>) add(r);
  return finish();
}
