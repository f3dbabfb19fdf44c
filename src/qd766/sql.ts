import { CchcError, issue, show, type CchcIssue, type CchcPath } from '../core/errors.js';
import { fromDayNumber, parseIsoDate } from '../core/iso-date.js';
import { readOptions } from '../core/options.js';
import { isPlainObject } from '../core/schema.js';
import * as vi from '../core/messages/vi/qd766.js';
import * as en from '../core/messages/en/qd766.js';
import { tallyFromRow } from '../dossier/aggregate-rows.js';
import { dossierSql, type DossierSqlColumns, type SqlDialect } from '../dossier/sql.js';
import type { DossierRulesInput } from '../dossier/rules.js';
import type { DossierTally } from '../dossier/tally.js';
import { build, readMeasureOptions, type Measure766Options, type Qd766Measurement, type Qd766Sources } from './measure.js';
import { QD766_DOSSIER_FACTS, type Qd766DossierFact } from '../dossier/qd766-facts.js';

/**
 * SQL expressions (over the dossier table, aliased `d`) of the QĐ 766 facts of {@link Qd766DossierFacts}: BOOLEAN
 * columns (NULL = unknown), and `satisfaction` as text (`'satisfied'`, `'dissatisfied'`, `'not-rated'`, NULL).
 * Defaults: the snake_case names (`d.synced`, `d.full_process_eligible`, `d.electronic_result`, `d.paid_online` …).
 *
 * @example
 * ```ts
 * import type { Qd766SqlFactColumns } from 'cchc';
 * const c: Qd766SqlFactColumns = { paidOnline: "(d.payment_channel = 'online')", satisfaction: 'd.rating' };
 * ```
 *
 * @category QĐ 766 service index
 */
export type Qd766SqlFactColumns = Readonly<Partial<Record<Qd766DossierFact, string>>>;

/**
 * Options of {@link qd766Sql}: the tables and columns of {@link dossierSql}, the period, and the fact columns.
 *
 * @example
 * ```ts
 * import type { Qd766SqlOptions } from 'cchc';
 * const o: Qd766SqlOptions = { dialect: 'duckdb', dossiers: 'dossiers', calendarTable: 'cal', period: { start: '2025-01-01', end: '2025-12-31' } };
 * ```
 *
 * @category QĐ 766 service index
 */
export interface Qd766SqlOptions {
  readonly dialect: SqlDialect;
  /** The dossier table (or a parenthesised subquery), one row per dossier. */
  readonly dossiers: string;
  /** The calendar table (see {@link calendarTableSql}), covering every date of the dossiers. */
  readonly calendarTable: string;
  /** Supplement requests table, if any (as {@link dossierSql}). */
  readonly supplements?: string;
  /** The period measured; with `asOf`, the dossiers are classified as of min(end, asOf), as {@link measure766} does. */
  readonly period: { readonly start: string; readonly end: string };
  readonly asOf?: string;
  /** Dossier rules; default `'qd766'`. */
  readonly rules?: DossierRulesInput;
  /** Column expressions of the dossier table (as {@link dossierSql}). */
  readonly columns?: DossierSqlColumns;
  /** Column expressions of the facts; see {@link Qd766SqlFactColumns}. */
  readonly factColumns?: Qd766SqlFactColumns;
  /**
   * A table or parenthesised subquery with a column `dossier_id`: the dossiers a PAKN is about (they count as
   * `feedback`, as PAKN records with a `dossierId` do in {@link measure766}).
   */
  readonly paknDossiers?: string;
  readonly supplementColumns?: { readonly dossierId?: string; readonly requestedAt?: string; readonly completedAt?: string };
  readonly calendarColumns?: { readonly date?: string; readonly isWorkingDay?: string; readonly workingDayIndex?: string };
}

const SNAKE: Readonly<Record<Qd766DossierFact, string>> = Object.freeze({
  synced: 'd.synced',
  fullProcessEligible: 'd.full_process_eligible',
  fullProcessOnline: 'd.full_process_online',
  electronicResult: 'd.electronic_result',
  digitised: 'd.digitised',
  reusedData: 'd.reused_data',
  dataStoreLinked: 'd.data_store_linked',
  populationData: 'd.population_data',
  feeRequired: 'd.fee_required',
  paidOnline: 'd.paid_online',
  satisfaction: 'd.satisfaction',
  feedback: 'd.feedback',
});

const OPTION_KEYS: readonly string[] = [
  'dialect',
  'dossiers',
  'calendarTable',
  'supplements',
  'period',
  'asOf',
  'rules',
  'columns',
  'factColumns',
  'paknDossiers',
  'supplementColumns',
  'calendarColumns',
];

function sqlText(v: unknown, path: CchcPath, problems: CchcIssue[]): string {
  if (typeof v === 'string' && v.trim() !== '' && !v.includes(';')) return v;
  const p = { received: show(v) };
  problems.push(issue('INVALID_INPUT', path, vi.INVALID_INPUT__qd766SqlText(p), en.INVALID_INPUT__qd766SqlText(p), v));
  return 'NULL';
}

/**
 * The SQL group key of {@link measure766}'s record path, over the dossier table: one character per fact, then the
 * procedure. @internal
 */
export function groupKeySql(
  facts: Qd766SqlFactColumns,
  procedure: string,
  idColumn: string,
  paknDossiers: string | undefined,
  dialect: SqlDialect,
): string {
  const text = dialect === 'duckdb' ? 'VARCHAR' : 'TEXT';
  const parts = QD766_DOSSIER_FACTS.map((f) => {
    const c = facts[f] ?? SNAKE[f];
    if (f === 'satisfaction')
      return `(CASE ${c} WHEN 'satisfied' THEN 's' WHEN 'dissatisfied' THEN 'd' WHEN 'not-rated' THEN 'n' ELSE '?' END)`;
    const flag = `(CASE WHEN ${c} IS NULL THEN '?' WHEN ${c} THEN '1' ELSE '0' END)`;
    if (f === 'feedback' && paknDossiers !== undefined) {
      return `(CASE WHEN CAST(${idColumn} AS ${text}) IN (SELECT CAST(p.dossier_id AS ${text}) FROM ${paknDossiers} AS p WHERE p.dossier_id IS NOT NULL) THEN '1' ELSE ${flag} END)`;
    }
    return flag;
  });
  parts.push(`(CASE WHEN ${procedure} IS NULL THEN '|' ELSE '|#' || CAST(${procedure} AS ${text}) END)`);
  return parts.join(' || ');
}

/**
 * Generate SQL (DuckDB or PostgreSQL) that counts the dossier-derived QĐ 766 indicators inside the database, for
 * national-scale data: the {@link dossierSql} tally (same rules, same due dates from SLAs through the calendar table)
 * grouped by the dossier's facts and procedure, one row per group. Read the rows with {@link measure766FromRows},
 * which gives the same {@link Qd766Measurement} as {@link measure766} on the same records (tested equal on DuckDB and
 * PGlite). The catalogue and PAKN indicators come from their records, passed to `measure766FromRows`.
 *
 * @throws {@link CchcError} as {@link dossierSql}, and `INVALID_INPUT` for a fact column that is not SQL text.
 *
 * @example
 * ```ts
 * import { qd766Sql } from 'cchc';
 * const sql = qd766Sql({ dialect: 'duckdb', dossiers: 'dossiers', calendarTable: 'cal', period: { start: '2025-01-01', end: '2025-12-31' } });
 * sql.includes('group_key'); // true
 * sql.includes('d.paid_online'); // true
 * ```
 *
 * @category QĐ 766 service index
 */
export function qd766Sql(options: Qd766SqlOptions): string {
  const o = readOptions<Qd766SqlOptions>(options, OPTION_KEYS);
  const problems: CchcIssue[] = [];
  const facts = readOptions<Record<string, unknown>>(o.factColumns, QD766_DOSSIER_FACTS, ['options', 'factColumns']);
  const factColumns: Record<string, string> = {};
  for (const [k, v] of Object.entries(facts)) factColumns[k] = sqlText(v, ['options', 'factColumns', k], problems);
  const paknDossiers = o.paknDossiers === undefined ? undefined : sqlText(o.paknDossiers, ['options', 'paknDossiers'], problems);
  if (!isPlainObject(o.period)) {
    const p = { received: show(o.period) };
    problems.push(
      issue('INVALID_INPUT', ['options', 'period'], vi.INVALID_INPUT__qd766Period(p), en.INVALID_INPUT__qd766Period(p), o.period),
    );
  }
  if (problems.length > 0 || !o.period) throw new CchcError(problems);
  const start = parseIsoDate(o.period.start, ['options', 'period', 'start']);
  const end = parseIsoDate(o.period.end, ['options', 'period', 'end']);
  const last = o.asOf === undefined ? end : Math.min(end, parseIsoDate(o.asOf, ['options', 'asOf']));
  const columns = o.columns ?? {};
  const procedure = (columns as { procedure?: string }).procedure ?? 'd.procedure';
  const id = (columns as { id?: string }).id ?? 'd.id';
  const dialect = o.dialect as SqlDialect;
  return dossierSql({
    dialect,
    dossiers: o.dossiers as string,
    calendarTable: o.calendarTable as string,
    ...(o.supplements !== undefined ? { supplements: o.supplements } : {}),
    start: fromDayNumber(start),
    end: fromDayNumber(Math.max(start, last)),
    rules: o.rules ?? 'qd766',
    columns,
    ...(o.supplementColumns !== undefined ? { supplementColumns: o.supplementColumns } : {}),
    ...(o.calendarColumns !== undefined ? { calendarColumns: o.calendarColumns } : {}),
    groupBy: { expression: groupKeySql(factColumns, procedure, id, paknDossiers, dialect === 'postgres' ? 'postgres' : 'duckdb') },
  });
}

/**
 * The {@link Qd766Measurement} of the rows {@link qd766Sql} returned, with the catalogue and PAKN records (as
 * `measure766`'s sources without `dossiers`) and `measure766`'s options. Equal to `measure766` on the same records.
 *
 * @throws {@link CchcError} as {@link measure766}, and `INVALID_TALLY` / `INVALID_COUNT` for a row that is not a tally.
 *
 * @example
 * ```ts
 * import { measure766FromRows } from 'cchc';
 * const rows = [{ group_key: '????????10n?|#P1', carried_over: 0, new_online: 2, new_in_person: 0, new_postal: 0,
 *   resolved_early: 1, resolved_on_time: 1, resolved_late: 0, pending_within_due: 0, pending_overdue: 0,
 *   withdrawn_or_returned: 0, awaiting_supplement: 0 }];
 * const m = measure766FromRows(rows, { pakn: [] }, { period: { start: '2025-11-01', end: '2025-11-30' }, level: 'province' });
 * m.inputs['2.1']; // { numerator: 2, denominator: 2 }
 * m.inputs['6.3']; // { numerator: 0, denominator: 2 }
 * ```
 *
 * @category QĐ 766 service index
 */
export function measure766FromRows(
  rows: Iterable<Readonly<Record<string, unknown>>>,
  sources: Omit<Qd766Sources, 'dossiers'>,
  options: Measure766Options,
): Qd766Measurement {
  const r = readMeasureOptions(sources, options);
  if (r.dossiers !== undefined) {
    throw new CchcError(
      issue(
        'INVALID_INPUT',
        ['sources', 'dossiers'],
        vi.INVALID_INPUT__qd766RowsAndDossiers(),
        en.INVALID_INPUT__qd766RowsAndDossiers(),
        'dossiers',
      ),
    );
  }
  if (rows === null || typeof rows !== 'object' || !(Symbol.iterator in rows)) {
    const p = { key: 'rows', received: show(rows) };
    throw new CchcError(issue('INVALID_INPUT', ['rows'], vi.INVALID_INPUT__qd766List(p), en.INVALID_INPUT__qd766List(p), rows));
  }
  const entries: [unknown, DossierTally][] = [];
  let i = 0;
  for (const row of rows) {
    if (!isPlainObject(row)) {
      const p = { key: `rows[${i}]`, received: show(row) };
      throw new CchcError(issue('INVALID_INPUT', ['rows', i], vi.INVALID_INPUT__qd766List(p), en.INVALID_INPUT__qd766List(p), row));
    }
    const { group_key: key, ...counts } = row;
    entries.push([key, tallyFromRow(counts)]);
    i++;
  }
  // A key may come twice (a procedure typed composed and decomposed): the groups are merged by their NFC form.
  return build(r, entries);
}
