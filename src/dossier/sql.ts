import { CchcError, issue, show, type CchcIssue, type CchcPath } from '../core/errors.js';
import { fromDayNumber, isIsoDate } from '../core/iso-date.js';
import type { IsoDate } from '../core/iso-date.js';
import { readOptions } from '../core/options.js';
import * as vi from '../core/messages/vi/dossier.js';
import * as en from '../core/messages/en/dossier.js';
import { opt, RANGE_KEYS, readBoolean, readRange, readRequiredOptions } from './_internal/options.js';
import { cutoffMinutes, type DossierRulesInput } from './rules.js';
import { resolveRuleSet, ruleSetMembers } from './rules-in-force.js';
import { compileRules, type CompiledRules } from './_internal/engine.js';
import type { DossierGroupBy, DossierPeriodOptions } from './tally.js';

/** SQL dialects {@link dossierSql} writes.
 *
 * @example
 * ```ts
 * import type { SqlDialect } from 'cchc';
 * const d: SqlDialect = 'postgres';
 * d; // 'postgres'
 * ```
 *
 * @category Dossiers
 */
export type SqlDialect = 'duckdb' | 'postgres';

/**
 * SQL expressions (over the dossier table, aliased `d`) giving each field. Dates must be SQL `DATE`s in Vietnam's
 * calendar (for a `TIMESTAMPTZ` column write e.g. `CAST(timezone('Asia/Ho_Chi_Minh', d.received_at) AS DATE)`).
 * Defaults: the snake_case column names below.
 *
 * @example
 * ```ts
 * import type { DossierSqlColumns } from 'cchc';
 * const c: DossierSqlColumns = { receivedAt: 'CAST(d.ngay_tiep_nhan AS DATE)', dueDate: 'd.ngay_hen_tra' };
 * c.dueDate; // 'd.ngay_hen_tra'
 * ```
 *
 * @category Dossiers
 */
export interface DossierSqlColumns {
  /** Dossier id, to join supplements. Default `d.id`. */
  readonly id?: string;
  /** Default `d.level`. */
  readonly level?: string;
  /** Default `d.agency`. */
  readonly agency?: string;
  /** Default `d.procedure`. */
  readonly procedure?: string;
  /** `'in-person' | 'online' | 'postal'` or NULL. Default `d.channel`. */
  readonly channel?: string;
  /** DATE. Default `d.received_date`. */
  readonly receivedAt?: string;
  /** Seconds since midnight (Vietnam) of the receipt; only needed with a receipt cut-off. Default none. */
  readonly receivedSecond?: string;
  /** DATE or NULL. Default `d.due_date`. */
  readonly dueDate?: string;
  /** INTEGER or NULL. Default `d.sla_working_days`. */
  readonly slaWorkingDays?: string;
  /** DATE or NULL. Default `d.resolved_date`. */
  readonly resolvedAt?: string;
  /** DATE or NULL. Default `d.withdrawn_date`. */
  readonly withdrawnAt?: string;
  /** DATE or NULL. Default `d.returned_date`. */
  readonly returnedAt?: string;
  /** DATE or NULL. Default `d.rejected_date`. */
  readonly rejectedAt?: string;
  /**
   * DATE or NULL: stopped at the applicant's request (NĐ 118/2025 Đ21). Default `d.stopped_date` under rules that use
   * a rule of NĐ 118 (`nd118`, `'in-force'`, or any rules with stops apart, a restart, extensions, `paused` or a closing
   * window), none otherwise (name it to count stops as withdrawals under `report`).
   */
  readonly stoppedAt?: string;
  /** DATE or NULL: the first extension's notice (NĐ 118/2025 Đ19(6)). Default `d.extension_notified_date` under `nd118` / `'in-force'`. */
  readonly extensionNotifiedAt?: string;
  /** DATE or NULL: the first extension's new return date. Default `d.extension_new_due_date` under `nd118` / `'in-force'`. */
  readonly extensionNewDueDate?: string;
  /** DATE or NULL: filed, when it differs from the receipt; read by {@link dossierSqlProblems} only (no default). */
  readonly submittedAt?: string;
}

/** Whether compiled rules use a rule of NĐ 118/2025 (then the table is read with its columns by default). */
const usesNd118 = (c: CompiledRules): boolean => c.stopSeparate || c.extOnce || c.restart || c.nd118Counts;

/** The columns NĐ 118/2025 brought: read only when the rules need them or when named. */
type Nd118Columns = 'stoppedAt' | 'extensionNotifiedAt' | 'extensionNewDueDate' | 'submittedAt';

/** The tables, columns and settings of {@link dossierSql} besides its period.
 *
 * @example
 * ```ts
 * import type { DossierSqlSettings } from 'cchc';
 * const o: DossierSqlSettings = { dialect: 'duckdb', dossiers: 'dossiers', calendarTable: 'cal', groupBy: 'agency' };
 * o.groupBy; // 'agency'
 * ```
 *
 * @category Dossiers
 */
export interface DossierSqlSettings {
  /** `'duckdb'` or `'postgres'`. */
  readonly dialect: SqlDialect;
  /** The dossier table (or a parenthesised subquery); one row per dossier. */
  readonly dossiers: string;
  /**
   * The calendar table: the rows of `calendarRows` with columns `date` (DATE), `is_working_day` (BOOLEAN) and
   * `working_day_index` (INTEGER), and, for the `provisional` count, `is_provisional` (BOOLEAN) and
   * `provisional_index` (INTEGER), e.g. made with {@link calendarTableSql}. It must cover every receipt, due and
   * resolution date. Working days are counted on the calendar whose rows it holds.
   */
  readonly calendarTable?: string;
  /** @deprecated Use `calendarTable` (0.2): `calendar` names a `WorkCalendar` everywhere else. The table name. */
  readonly calendar?: string;
  /**
   * Supplement requests table (one row per request), if any: `dossier_id`, `requested_date`, `completed_date`, and,
   * under rules that restart the time limit (`nd118`, `'in-force'`), `new_due_date` (the due date set at the restart,
   * NULL to count `sla_working_days` from the completion).
   */
  readonly supplements?: string;
  /** As {@link tallyDossiers}: `level`, `agency`, `procedure`, `channel`, `month`, or `{ expression }` (SQL over `d`). */
  readonly groupBy?: DossierGroupBy | { readonly expression: string };
  /** Rule preset or overrides; default `'report'`. `compare: 'datetime'` and `missingChannel: 'error'` are not supported. */
  readonly rules?: DossierRulesInput;
  /** Add `processing_count` and `processing_working_days` (working days from receipt to resolution). */
  readonly processingTime?: boolean;
  /**
   * Add the `provisional` column: the records whose due date from the SLA (or processing time) crosses a provisional
   * day of the calendar, as {@link tallyDossiers} counts them in `provisional`. Needs the calendar table's
   * `is_provisional` and `provisional_index` columns (written by {@link calendarTableSql}). Default `true`; `false`
   * for a calendar table without them.
   */
  readonly provisional?: boolean;
  /** Column expressions of the dossier table; see {@link DossierSqlColumns}. */
  readonly columns?: DossierSqlColumns;
  /** Column names of the supplement table. */
  readonly supplementColumns?: {
    readonly dossierId?: string;
    readonly requestedAt?: string;
    readonly completedAt?: string;
    readonly newDueDate?: string;
  };
  /** Column names of the calendar table. */
  readonly calendarColumns?: {
    readonly date?: string;
    readonly isWorkingDay?: string;
    readonly workingDayIndex?: string;
    readonly isProvisional?: string;
    readonly provisionalIndex?: string;
  };
}

/** Options of {@link dossierSql}: the period (`{ start, end }`, a Period, or the deprecated `{ from, to }`) and the
 * settings.
 *
 * @example
 * ```ts
 * import type { DossierSqlOptions } from 'cchc';
 * const o: DossierSqlOptions = {
   dialect: 'duckdb',
   dossiers: 'dossiers',
   calendarTable: 'cal',
   start: '2024-01-01',
   end: '2024-12-31',
   groupBy: 'agency',
 };
 * o.groupBy; // 'agency'
 * ```
 *
 * @category Dossiers
 */
export type DossierSqlOptions = DossierPeriodOptions & DossierSqlSettings;

const TABLE_KEYS = ['dialect', 'dossiers', 'calendarTable', 'calendar', 'supplements', 'columns', 'supplementColumns', 'calendarColumns'];
const SQL_OPTION_KEYS: readonly string[] = Object.freeze([
  ...RANGE_KEYS,
  ...TABLE_KEYS,
  'groupBy',
  'rules',
  'processingTime',
  'provisional',
]);
const COLUMN_KEYS = [
  'id',
  'level',
  'agency',
  'procedure',
  'channel',
  'receivedAt',
  'receivedSecond',
  'dueDate',
  'slaWorkingDays',
  'resolvedAt',
  'withdrawnAt',
  'returnedAt',
  'rejectedAt',
  'stoppedAt',
  'extensionNotifiedAt',
  'extensionNewDueDate',
  'submittedAt',
];

const DEFAULT_COLUMNS: Required<Omit<DossierSqlColumns, 'receivedSecond' | Nd118Columns>> = {
  id: 'd.id',
  level: 'd.level',
  agency: 'd.agency',
  procedure: 'd.procedure',
  channel: 'd.channel',
  receivedAt: 'd.received_date',
  dueDate: 'd.due_date',
  slaWorkingDays: 'd.sla_working_days',
  resolvedAt: 'd.resolved_date',
  withdrawnAt: 'd.withdrawn_date',
  returnedAt: 'd.returned_date',
  rejectedAt: 'd.rejected_date',
};

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

function quoteIdent(name: unknown, path: CchcPath): string {
  if (typeof name !== 'string' || !IDENT.test(name)) {
    const p = { received: show(name) };
    throw new CchcError(issue('INVALID_INPUT', path, vi.INVALID_INPUT__dossierColumnName(p), en.INVALID_INPUT__dossierColumnName(p), name));
  }
  return `"${name}"`;
}

function nonEmpty(v: unknown, path: CchcPath): string {
  if (typeof v !== 'string' || v.trim() === '' || v.includes(';')) {
    const p = { received: show(v) };
    throw new CchcError(issue('INVALID_INPUT', path, vi.INVALID_INPUT__dossierSqlText(p), en.INVALID_INPUT__dossierSqlText(p), v));
  }
  return v;
}

/** The tables and columns shared by {@link dossierSql} and {@link dossierSqlProblems}, checked. */
function readTables(o: Record<string, unknown>) {
  const dialect = opt(o, 'dialect');
  if (dialect !== 'duckdb' && dialect !== 'postgres') {
    const p = { received: show(dialect) };
    throw new CchcError(
      issue('INVALID_INPUT', ['options', 'dialect'], vi.INVALID_INPUT__dossierDialect(p), en.INVALID_INPUT__dossierDialect(p), dialect),
    );
  }
  const problems: CchcIssue[] = [];
  const collect = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (e) {
      if (!(e instanceof CchcError)) throw e;
      problems.push(...e.issues);
      return undefined;
    }
  };
  const sub = (key: string, known: readonly string[]) =>
    collect(() => readOptions<Record<string, unknown>>(opt(o, key), known, ['options', key])) ?? {};
  const columns = sub('columns', COLUMN_KEYS);
  const supplementColumns = sub('supplementColumns', ['dossierId', 'requestedAt', 'completedAt', 'newDueDate']);
  const calendarColumns = sub('calendarColumns', ['date', 'isWorkingDay', 'workingDayIndex', 'isProvisional', 'provisionalIndex']);
  const cols = { ...DEFAULT_COLUMNS, ...columns } as Required<Omit<DossierSqlColumns, 'receivedSecond' | Nd118Columns>> &
    Pick<DossierSqlColumns, 'receivedSecond' | Nd118Columns>;
  for (const [k, v] of Object.entries(cols)) collect(() => nonEmpty(v, ['options', 'columns', k]));
  const dossiers = collect(() => nonEmpty(opt(o, 'dossiers'), ['options', 'dossiers']));
  // `calendar` (a table name) is the deprecated spelling of `calendarTable`; a WorkCalendar there, or both keys, is a
  // mistake worth its own message.
  const legacy = opt(o, 'calendar');
  const tableKey = opt(o, 'calendarTable') !== undefined || legacy === undefined ? 'calendarTable' : 'calendar';
  if ((legacy !== undefined && typeof legacy !== 'string') || (tableKey === 'calendarTable' && legacy !== undefined)) {
    problems.push(
      issue(
        'INVALID_INPUT',
        ['options', 'calendar'],
        vi.INVALID_INPUT__dossierSqlCalendar(),
        en.INVALID_INPUT__dossierSqlCalendar(),
        legacy,
      ),
    );
  }
  const calendar = collect(() => nonEmpty(opt(o, tableKey), ['options', tableKey]));
  const supplements =
    opt(o, 'supplements') === undefined ? undefined : collect(() => nonEmpty(opt(o, 'supplements'), ['options', 'supplements']));
  const cc = {
    date: collect(() => quoteIdent(calendarColumns.date ?? 'date', ['options', 'calendarColumns', 'date'])),
    w: collect(() => quoteIdent(calendarColumns.isWorkingDay ?? 'is_working_day', ['options', 'calendarColumns', 'isWorkingDay'])),
    wi: collect(() =>
      quoteIdent(calendarColumns.workingDayIndex ?? 'working_day_index', ['options', 'calendarColumns', 'workingDayIndex']),
    ),
    p: collect(() => quoteIdent(calendarColumns.isProvisional ?? 'is_provisional', ['options', 'calendarColumns', 'isProvisional'])),
    pi: collect(() =>
      quoteIdent(calendarColumns.provisionalIndex ?? 'provisional_index', ['options', 'calendarColumns', 'provisionalIndex']),
    ),
  };
  const sc = {
    id: collect(() => quoteIdent(supplementColumns.dossierId ?? 'dossier_id', ['options', 'supplementColumns', 'dossierId'])),
    req: collect(() => quoteIdent(supplementColumns.requestedAt ?? 'requested_date', ['options', 'supplementColumns', 'requestedAt'])),
    comp: collect(() => quoteIdent(supplementColumns.completedAt ?? 'completed_date', ['options', 'supplementColumns', 'completedAt'])),
    newDue:
      supplementColumns.newDueDate === undefined
        ? undefined
        : collect(() => quoteIdent(supplementColumns.newDueDate, ['options', 'supplementColumns', 'newDueDate'])),
  };
  if (problems.length > 0) throw new CchcError(problems);
  return {
    dialect,
    cols,
    dossiers: dossiers!,
    calendar: calendar!,
    supplements,
    cc: cc as Record<keyof typeof cc, string>,
    sc: sc as Record<'id' | 'req' | 'comp', string> & { readonly newDue: string | undefined },
  };
}

// Codes of the generated SQL (internal to one query). How a dossier stands at the end of the period:
const K_P = 0; // pending
const K_E = 1; // ended (resolution, or an end the rules judge like one)
const K_W = 2; // withdrawn or returned, counted apart
const K_T = 3; // withdrawn or returned, counted on time
const K_A = 4; // awaiting a supplement, counted apart
const K_S = 5; // stopped on request (NĐ 118)
const K_C = 6; // closed, no supplement (NĐ 118)
const K_Z = 7; // paused for a supplement (NĐ 118)
// Its status (resolved early / on time / late first, so that "resolved" is status <= ST_LATE):
const ST_EARLY = 0;
const ST_ON_TIME = 1;
const ST_LATE = 2;
const ST_WITHIN = 3;
const ST_OVERDUE = 4;
const ST_WITHDRAWN = 5;
const ST_AWAITING = 6;
const ST_PAUSED = 7;
const ST_STOPPED = 8;
const ST_CLOSED = 9;

/**
 * Generate SQL that computes the dossier tally inside a database (DuckDB or PostgreSQL), for national-scale data:
 * the same classification as {@link tallyDossiers} (same rules, same due dates from `slaWorkingDays` through the
 * working-day index of the calendar table, same supplement handling), one output row per group with the
 * {@link TALLY_COLUMNS} (plus `group_key` when grouped). Read the rows with {@link tallyFromRow} /
 * {@link tallyAggregateRows} and combine them with {@link mergeTallies}.
 *
 * Due dates from an SLA follow the calendar contract: the n-th working day after the receipt (the working day whose
 * `working_day_index` is the receipt's index + n; n = 0: the receipt day if working, else the next working day).
 * Dates are compared as dates (`compare: 'date'`). SQL cannot reject rows: validate the data first
 * ({@link dossierSqlProblems} lists the rows {@link tallyDossiers} would reject).
 *
 * The period is `{ start, end }` (a {@link Period} fits; the deprecated `{ from, to }` still works); the calendar
 * table is named by `calendarTable` (the deprecated `calendar` still works).
 *
 * @throws {@link CchcError} `UNSUPPORTED_SQL_OPTION` (`compare: 'datetime'`, `missingChannel: 'error'`, a receipt
 *   cut-off without `columns.receivedSecond`), `INVALID_DATE`, `INVALID_DATE_RANGE`, `UNKNOWN_KEY`, `INVALID_INPUT`.
 * @example
 * ```ts
 * import { dossierSql, parsePeriod } from 'cchc';
 * const sql = dossierSql(
   { dialect: 'duckdb', dossiers: 'dossiers', calendarTable: 'cal', start: '2019-01-01', end: '2019-09-30', groupBy: 'level' },
 );
 * sql.includes('GROUP BY'); // true
 * sql.startsWith('WITH cal AS'); // true
 * const q3 = dossierSql({ dialect: 'duckdb', dossiers: 'dossiers', calendarTable: 'cal', ...parsePeriod('Quý III/2019') });
 * q3.includes('received_total'); // true
 * ```
 *
 * @category Dossiers
 */
export function dossierSql(options: DossierSqlOptions): string {
  const o = readRequiredOptions(options, SQL_OPTION_KEYS, '{ dialect, dossiers, calendarTable, start, end, … }');
  const { dialect, cols, dossiers, calendar, supplements: supplementTable, cc, sc } = readTables(o);
  const period = readRange(o);
  const FROM = String(period.start);
  const TO = String(period.end);
  const toLit = `DATE '${fromDayNumber(period.end)}'`;
  const set = resolveRuleSet(opt(o, 'rules') as DossierRulesInput | undefined, ['options', 'rules']);
  const members = ruleSetMembers(set);
  for (const rules of members) {
    if (rules.compare === 'datetime') {
      throw new CchcError(
        issue(
          'UNSUPPORTED_SQL_OPTION',
          ['options', 'rules', 'compare'],
          vi.UNSUPPORTED_SQL_OPTION(),
          en.UNSUPPORTED_SQL_OPTION(),
          rules.compare,
        ),
      );
    }
    if (rules.missingChannel === 'error') {
      throw new CchcError(
        issue(
          'UNSUPPORTED_SQL_OPTION',
          ['options', 'rules', 'missingChannel'],
          vi.UNSUPPORTED_SQL_OPTION__missingChannel(),
          en.UNSUPPORTED_SQL_OPTION__missingChannel(),
          rules.missingChannel,
        ),
      );
    }
  }
  const cutoffs = members.map((r) => cutoffMinutes(r));
  if (cutoffs.some((c) => c >= 0) && cols.receivedSecond === undefined) {
    throw new CchcError(
      issue(
        'UNSUPPORTED_SQL_OPTION',
        ['options', 'columns', 'receivedSecond'],
        vi.UNSUPPORTED_SQL_OPTION__cutoff(),
        en.UNSUPPORTED_SQL_OPTION__cutoff(),
      ),
    );
  }
  const dn = (expr: string) => `CAST((${expr}) - DATE '1970-01-01' AS INTEGER)`;
  let groupExpr: string | undefined;
  const g = opt(o, 'groupBy');
  if (g !== undefined) {
    if (typeof g === 'object' && g !== null && !Array.isArray(g)) {
      const e = readOptions<{ expression?: unknown }>(g, ['expression'], ['options', 'groupBy']);
      groupExpr = nonEmpty(e.expression, ['options', 'groupBy', 'expression']);
    } else if (g === 'month') {
      groupExpr = dialect === 'duckdb' ? `strftime(${cols.receivedAt}, '%Y-%m')` : `to_char(${cols.receivedAt}, 'YYYY-MM')`;
    } else if (g === 'channel') groupExpr = `COALESCE(${cols.channel}, 'in-person')`;
    else if (g === 'level' || g === 'agency' || g === 'procedure') groupExpr = cols[g];
    else {
      const p = { received: show(g) };
      throw new CchcError(
        issue('INVALID_INPUT', ['options', 'groupBy'], vi.INVALID_INPUT__dossierSqlGroupBy(p), en.INVALID_INPUT__dossierSqlGroupBy(p), g),
      );
    }
  }
  const measure = readBoolean(o, 'processingTime') === true;
  // Issue 13: records resting on provisional days, from the calendar table's running count of them.
  const prov = readBoolean(o, 'provisional') !== false;
  const withSup = supplementTable !== undefined;
  const supplements = supplementTable ?? '';
  const crs = members.map((r) => compileRules(r));
  const any = (f: (c: CompiledRules) => boolean) => crs.some(f);
  const nd118Counts = any((c) => c.nd118Counts);
  // The columns NĐ 118/2025 brought are read when the rules use them (or when named): a table of 0.2 works as it did.
  const NULL_DAY = 'CAST(NULL AS INTEGER)';
  const stopCol = cols.stoppedAt ?? (any(usesNd118) ? 'd.stopped_date' : undefined);
  const extNotCol = cols.extensionNotifiedAt ?? (any((c) => c.extOnce) ? 'd.extension_notified_date' : undefined);
  const extNewCol = cols.extensionNewDueDate ?? (any((c) => c.extOnce) ? 'd.extension_new_due_date' : undefined);
  const restartSql = withSup && any((c) => c.restart);
  const newDueCol = sc.newDue ?? (restartSql ? '"new_due_date"' : undefined);

  /** A rule-dependent expression: the same for every member, or chosen by the receipt day under 'in-force'. */
  const pick = (alias: string, f: (c: CompiledRules, k: number) => string): string => {
    const parts = crs.map(f);
    if (parts.length === 1 || parts[0] === parts[1]) return parts[0]!;
    return `(CASE WHEN ${alias}.rec >= ${set.switchDay} THEN ${parts[1]} ELSE ${parts[0]} END)`;
  };
  const shift = pick('j', (c, k) => {
    const conds: string[] = [];
    if (cutoffs[k]! >= 0) conds.push(`(j.rec_sec IS NOT NULL AND j.rec_sec > ${cutoffs[k]! * 60})`);
    if (cutoffs[k]! >= 0 || c.nextWorkingDay) conds.push('NOT j.rec_w');
    return conds.length > 0 ? `CASE WHEN ${conds.join(' OR ')} THEN 1 ELSE 0 END` : '0';
  });
  const recSec = cutoffs.some((c) => c >= 0)
    ? `CAST(${cols.receivedSecond} AS ${dialect === 'duckdb' ? 'DOUBLE' : 'DOUBLE PRECISION'})`
    : 'NULL';

  const lines: string[] = [];
  lines.push(`WITH cal AS (`);
  const provCols = prov ? `, c.${cc.p} AS p, CAST(c.${cc.pi} AS INTEGER) AS pi` : '';
  lines.push(`  SELECT ${dn(`c.${cc.date}`)} AS dn, c.${cc.w} AS w, CAST(c.${cc.wi} AS INTEGER) AS wi${provCols} FROM ${calendar} AS c`);
  lines.push(`), src AS (`);
  lines.push(`  SELECT`);
  lines.push(`    ${cols.id} AS id,`);
  lines.push(`    ${groupExpr ?? 'NULL'} AS group_key,`);
  lines.push(`    ${cols.channel} AS channel,`);
  lines.push(`    ${dn(cols.receivedAt)} AS rec,`);
  lines.push(`    ${recSec} AS rec_sec,`);
  lines.push(`    ${dn(cols.dueDate)} AS due0,`);
  lines.push(`    CAST(${cols.slaWorkingDays} AS INTEGER) AS sla,`);
  lines.push(`    ${dn(cols.resolvedAt)} AS res,`);
  lines.push(`    ${dn(cols.returnedAt)} AS ret,`);
  lines.push(`    ${dn(cols.withdrawnAt)} AS wdr,`);
  lines.push(`    ${stopCol !== undefined ? dn(stopCol) : NULL_DAY} AS stp,`);
  lines.push(`    ${extNotCol !== undefined ? dn(extNotCol) : NULL_DAY} AS ext_not,`);
  lines.push(`    ${extNewCol !== undefined ? dn(extNewCol) : NULL_DAY} AS ext_new`);
  lines.push(`  FROM ${dossiers} AS d`);
  lines.push(`  WHERE ${cols.receivedAt} <= ${toLit} AND ${cols.rejectedAt} IS NULL`);
  if (withSup) {
    lines.push(`), sup0 AS (`);
    lines.push(
      `  SELECT s.${sc.id} AS id, ${dn(`s.${sc.req}`)} AS req, ${dn(`s.${sc.comp}`)} AS comp, ${newDueCol !== undefined ? dn(`s.${newDueCol}`) : NULL_DAY} AS new_due FROM ${supplements} AS s`,
    );
    lines.push(`), sup AS (`);
    lines.push(`  SELECT s.id,`);
    lines.push(`    COUNT(*) AS n_req,`);
    lines.push(`    SUM(CASE WHEN s.comp IS NOT NULL AND s.comp <= ${TO} THEN s.comp - s.req ELSE 0 END) AS pause,`);
    lines.push(`    MAX(CASE WHEN s.comp IS NULL OR s.comp > ${TO} THEN s.req END) AS open_req,`);
    lines.push(`    SUM(CASE WHEN s.comp IS NOT NULL AND s.comp <= ${TO} THEN cc.wi - cq.wi ELSE 0 END) AS pause_wd`);
    lines.push(`  FROM sup0 AS s LEFT JOIN cal AS cq ON cq.dn = s.req LEFT JOIN cal AS cc ON cc.dn = s.comp`);
    lines.push(`  WHERE s.req <= ${TO}`);
    lines.push(`  GROUP BY s.id`);
    if (restartSql) {
      // The last supplement completed by the end of the period: where the time limit restarts (NĐ 118/2025 Đ19(5)).
      lines.push(`), sup_last AS (`);
      lines.push(`  SELECT s.id, s.comp AS last_comp, s.new_due AS last_new,`);
      // Several completed on that day: the latest new due date given among them (as tallyDossiers).
      lines.push(`    ROW_NUMBER() OVER (PARTITION BY s.id ORDER BY s.comp DESC, s.new_due DESC NULLS LAST, s.req DESC) AS rn`);
      lines.push(`  FROM sup0 AS s`);
      lines.push(`  WHERE s.req <= ${TO} AND s.comp IS NOT NULL AND s.comp <= ${TO}`);
    }
  }
  lines.push(`), j AS (`);
  lines.push(`  SELECT src.*,`);
  lines.push(
    withSup
      ? `    COALESCE(sup.n_req, 0) AS n_req, COALESCE(sup.pause, 0) AS pause_raw, sup.open_req AS open_req, COALESCE(sup.pause_wd, 0) AS pause_wd,`
      : `    0 AS n_req, 0 AS pause_raw, ${NULL_DAY} AS open_req, 0 AS pause_wd,`,
  );
  lines.push(
    restartSql ? `    sl.last_comp AS last_comp, sl.last_new AS last_new,` : `    ${NULL_DAY} AS last_comp, ${NULL_DAY} AS last_new,`,
  );
  lines.push(`    cr.w AS rec_w, cr.wi AS rec_wi${prov ? ', cr.pi - CASE WHEN cr.p THEN 1 ELSE 0 END AS rec_pb' : ''}`);
  lines.push(
    `  FROM src${withSup ? ' LEFT JOIN sup ON sup.id = src.id' : ''}${restartSql ? ' LEFT JOIN sup_last AS sl ON sl.id = src.id AND sl.rn = 1' : ''} LEFT JOIN cal AS cr ON cr.dn = src.rec`,
  );
  lines.push(`), k AS (`);
  lines.push(`  SELECT j.*, ${shift} AS shift FROM j`);
  lines.push(`), k2 AS (`);
  lines.push(
    `  SELECT k.*, CASE WHEN k.due0 IS NULL THEN k.rec_wi + k.shift + k.sla + CASE WHEN k.sla = 0 AND k.shift = 0 AND NOT k.rec_w THEN 1 ELSE 0 END END AS due_wi FROM k`,
  );
  lines.push(`), calw AS (`);
  lines.push(`  SELECT cal.dn, cal.wi${prov ? ', cal.pi' : ''} FROM cal WHERE cal.w`);
  lines.push(`), x AS (`);
  // rec_pb: provisional days before the receipt; a due date from the SLA rests on them when [receipt, due] holds one.
  const provDue = prov ? `, CASE WHEN k2.due0 IS NULL AND cd.pi > k2.rec_pb THEN 1 ELSE 0 END AS prov_due0` : '';
  lines.push(`  SELECT k2.*, COALESCE(k2.due0, cd.dn) AS due_base${provDue}`);
  lines.push(`  FROM k2 LEFT JOIN calw AS cd ON cd.wi = k2.due_wi`);
  if (restartSql) {
    // The slaWorkingDays-th working day after the completion (0: the completion day if working, else the next), or the
    // new due date given on the supplement.
    lines.push(`), xr AS (`);
    // A due date counted anew rests on provisional days when [completion, due] holds one (as tallyDossiers).
    const provRestart = prov
      ? `, CASE WHEN x.last_comp IS NOT NULL AND x.last_new IS NULL AND crd.pi > clc.pi - CASE WHEN clc.p THEN 1 ELSE 0 END THEN 1 ELSE 0 END AS prov_restart`
      : '';
    lines.push(
      `  SELECT x.*, CASE WHEN x.last_comp IS NULL THEN NULL WHEN x.last_new IS NOT NULL THEN x.last_new ELSE crd.dn END AS due_restart${provRestart}`,
    );
    lines.push(`  FROM x LEFT JOIN cal AS clc ON clc.dn = x.last_comp`);
    lines.push(`    LEFT JOIN calw AS crd ON crd.wi = clc.wi + x.sla + CASE WHEN x.sla = 0 AND NOT clc.w THEN 1 ELSE 0 END`);
  } else {
    lines.push(`), xr AS (`);
    lines.push(`  SELECT x.*, ${NULL_DAY} AS due_restart${prov ? ', 0 AS prov_restart' : ''} FROM x`);
  }
  lines.push(`), xe AS (`);
  const provCol = prov
    ? `, ${pick('xr', (c) => (c.restart ? 'GREATEST(xr.prov_due0, xr.prov_restart)' : 'xr.prov_due0'))} AS prov_due`
    : '';
  lines.push(
    `  SELECT xr.*, ${pick('xr', (c) => (c.restart ? 'COALESCE(xr.due_restart, xr.due_base)' : 'xr.due_base'))} AS due_r${provCol} FROM xr`,
  );
  lines.push(`), xd AS (`);
  // NĐ 118/2025 Đ19(6): the first extension, notified at least N days before the due date and to a later date.
  const extDue = pick('xe', (c) =>
    c.extOnce
      ? `CASE WHEN xe.ext_not IS NOT NULL AND xe.ext_not <= ${TO} AND xe.ext_new > xe.due_r AND xe.ext_not <= xe.due_r - ${c.extNoticeDays} THEN xe.ext_new ELSE xe.due_r END`
      : 'xe.due_r',
  );
  lines.push(`  SELECT xe.*, ${extDue} AS due FROM xe`);
  // The day a dossier waiting on the applicant is closed (NĐ 118/2025 Đ19(5)), per rule set with a window.
  const closeJoins: string[] = [];
  const closeExpr = pick('xd', (c, k) => {
    if (c.windowDays < 0) return NULL_DAY;
    if (c.windowWorking) {
      closeJoins.push(
        `LEFT JOIN cal AS wq${k} ON wq${k}.dn = xd.open_req LEFT JOIN calw AS we${k} ON we${k}.wi = wq${k}.wi + ${c.windowDays}`,
      );
      return `(we${k}.dn + 1)`;
    }
    closeJoins.push(
      `LEFT JOIN cal AS wl${k} ON wl${k}.dn = xd.open_req + ${c.windowDays} LEFT JOIN calw AS wn${k} ON wn${k}.wi = wl${k}.wi + 1`,
    );
    return `(CASE WHEN wl${k}.w THEN wl${k}.dn ELSE wn${k}.dn END + 1)`;
  });
  lines.push(`), y AS (`);
  lines.push(`  SELECT xd.*,`);
  lines.push(`    (xd.res IS NOT NULL AND xd.res <= ${TO}) AS has_res,`);
  const closed = pick(
    'xd',
    (c) =>
      `CASE WHEN xd.ret IS NOT NULL AND xd.ret <= ${TO} THEN xd.ret WHEN xd.wdr IS NOT NULL AND xd.wdr <= ${TO} THEN xd.wdr${c.stopSeparate ? '' : ` WHEN xd.stp IS NOT NULL AND xd.stp <= ${TO} THEN xd.stp`} END`,
  );
  lines.push(`    ${closed} AS closed,`);
  lines.push(
    `    ${pick('xd', (c) => (c.stopSeparate ? `CASE WHEN xd.stp IS NOT NULL AND xd.stp <= ${TO} THEN xd.stp END` : NULL_DAY))} AS stopped,`,
  );
  lines.push(`    CASE WHEN xd.open_req IS NOT NULL THEN ${closeExpr} END AS close_day,`);
  lines.push(`    ${pick('xd', (c) => (c.subtract ? 'xd.pause_raw' : '0'))} AS pause,`);
  lines.push(`    ${pick('xd', (c) => (c.secondLate ? 'xd.n_req >= 2' : 'FALSE'))} AS late2,`);
  lines.push(`    ${pick('xd', (c) => (c.subtract || c.restart ? 'xd.pause_wd' : '0'))} AS net_wd`);
  lines.push(`  FROM xd${closeJoins.length > 0 ? ` ${closeJoins.join(' ')}` : ''}`);
  lines.push(`), z AS (`);
  lines.push(`  SELECT y.*,`);
  // How each dossier stands, then its status, as small integers (K_*, ST_*): compared in every count below, an integer
  // costs DuckDB a fraction of a text comparison (issue 18: the generated SQL within 1.1× of hand-written SQL).
  const withdrawnKind = pick('y', (c) => String(c.withdrawn === 0 ? K_W : c.withdrawn === 2 ? K_T : K_E));
  const awaitingKind = pick('y', (c) => String(c.awaiting === 0 ? K_A : c.awaiting === 1 ? K_E : c.awaiting === 2 ? K_P : K_Z));
  const openEnds = pick('y', (c) => (c.awaiting === 1 ? 'TRUE' : 'FALSE'));
  const openPauses = pick('y', (c) => (c.awaiting === 2 && c.pauses ? 'TRUE' : 'FALSE'));
  const isClosed = `y.open_req IS NOT NULL AND y.close_day IS NOT NULL AND y.close_day <= ${TO}`;
  lines.push(
    `    CASE WHEN y.has_res THEN ${K_E} WHEN y.closed IS NOT NULL THEN ${withdrawnKind} WHEN y.stopped IS NOT NULL THEN ${K_S} WHEN ${isClosed} THEN ${K_C} WHEN y.open_req IS NOT NULL THEN ${awaitingKind} ELSE ${K_P} END AS kind,`,
  );
  lines.push(
    `    CASE WHEN y.has_res THEN y.res WHEN y.closed IS NOT NULL THEN y.closed WHEN y.stopped IS NOT NULL THEN y.stopped WHEN ${isClosed} THEN y.close_day WHEN y.open_req IS NOT NULL AND ${openEnds} THEN y.open_req END AS end_day,`,
  );
  lines.push(
    `    CASE WHEN ${openPauses} AND NOT y.has_res AND y.closed IS NULL AND y.open_req IS NOT NULL THEN y.open_req ELSE ${TO} END AS now_day`,
  );
  lines.push(`  FROM y`);
  lines.push(`), s AS (`);
  lines.push(`  SELECT z.*,`);
  lines.push(`    CASE z.kind`);
  lines.push(`      WHEN ${K_W} THEN ${ST_WITHDRAWN} WHEN ${K_T} THEN ${ST_ON_TIME} WHEN ${K_A} THEN ${ST_AWAITING}`);
  lines.push(`      WHEN ${K_S} THEN ${ST_STOPPED} WHEN ${K_C} THEN ${ST_CLOSED} WHEN ${K_Z} THEN ${ST_PAUSED}`);
  lines.push(
    `      WHEN ${K_E} THEN CASE WHEN z.late2 OR z.end_day - z.pause > z.due THEN ${ST_LATE} WHEN z.end_day - z.pause = z.due THEN ${ST_ON_TIME} ELSE ${ST_EARLY} END`,
  );
  lines.push(`      ELSE CASE WHEN z.late2 OR z.due < z.now_day - z.pause THEN ${ST_OVERDUE} ELSE ${ST_WITHIN} END`);
  lines.push(`    END AS status`);
  lines.push(`  FROM z`);
  lines.push(`  WHERE z.end_day IS NULL OR z.end_day >= ${FROM}`);
  // The counts in two steps: first the dossiers grouped by the few small values the counts depend on (carried over
  // or new, channel, status, provisional), then the report's columns summed from those groups. Evaluating fifteen
  // conditions on every dossier cost DuckDB more than reading them (issue 18: within 1.1× of hand-written SQL).
  const provCond = prov ? `s.prov_due = 1${measure ? ' OR (s.has_res AND cres.pi > s.rec_pb)' : ''}` : undefined;
  const keys: string[] = [];
  if (groupExpr !== undefined) keys.push('s.group_key AS group_key');
  keys.push(`s.rec < ${FROM} AS carried`);
  keys.push(`CASE WHEN s.channel = 'online' THEN 1 WHEN s.channel = 'postal' THEN 3 ELSE 2 END AS ch`);
  keys.push('s.status AS st');
  if (provCond !== undefined) keys.push(`CASE WHEN ${provCond} THEN 1 ELSE 0 END AS pv`);
  const partial = [...keys, 'COUNT(*) AS n'];
  if (measure) {
    partial.push('SUM(CASE WHEN s.has_res THEN 1 ELSE 0 END) AS pc');
    partial.push('SUM(CASE WHEN s.has_res THEN GREATEST(0, cres.wi - (s.rec_wi + s.shift) - s.net_wd) ELSE 0 END) AS pwd');
  }
  lines.push(`), t AS (`);
  lines.push(`  SELECT ${partial.join(', ')}`);
  lines.push(`  FROM ${measure ? 's LEFT JOIN cal AS cres ON cres.dn = s.res' : 's'}`);
  lines.push(`  GROUP BY ${keys.map((_, k) => k + 1).join(', ')}`);
  lines.push(`)`);
  const sum = (expr: string) => `CAST(COALESCE(SUM(${expr}), 0) AS BIGINT)`;
  const count = (cond: string) => sum(cond === 'TRUE' ? 't.n' : `CASE WHEN ${cond} THEN t.n ELSE 0 END`);
  const out: string[] = [];
  if (groupExpr !== undefined) out.push('t.group_key AS group_key');
  out.push(`${count('TRUE')} AS received_total`);
  out.push(`${count('t.carried')} AS carried_over`);
  out.push(`${count('NOT t.carried AND t.ch = 1')} AS new_online`);
  out.push(`${count('NOT t.carried AND t.ch = 2')} AS new_in_person`);
  out.push(`${count('NOT t.carried AND t.ch = 3')} AS new_postal`);
  out.push(`${count(`t.st <= ${ST_LATE}`)} AS resolved_total`);
  out.push(`${count(`t.st = ${ST_EARLY}`)} AS resolved_early`);
  out.push(`${count(`t.st = ${ST_ON_TIME}`)} AS resolved_on_time`);
  out.push(`${count(`t.st = ${ST_LATE}`)} AS resolved_late`);
  out.push(`${count(`t.st IN (${ST_WITHIN}, ${ST_OVERDUE})`)} AS pending_total`);
  out.push(`${count(`t.st = ${ST_WITHIN}`)} AS pending_within_due`);
  out.push(`${count(`t.st = ${ST_OVERDUE}`)} AS pending_overdue`);
  out.push(`${count(`t.st = ${ST_WITHDRAWN}`)} AS withdrawn_or_returned`);
  out.push(`${count(`t.st = ${ST_AWAITING}`)} AS awaiting_supplement`);
  if (nd118Counts) {
    out.push(`${count(`t.st = ${ST_PAUSED}`)} AS paused`);
    out.push(`${count(`t.st = ${ST_STOPPED}`)} AS stopped_on_request`);
    out.push(`${count(`t.st = ${ST_CLOSED}`)} AS closed_without_supplement`);
  }
  if (provCond !== undefined) out.push(`${count('t.pv = 1')} AS provisional`);
  if (measure) {
    out.push(`${sum('t.pc')} AS processing_count`);
    out.push(`${sum('t.pwd')} AS processing_working_days`);
  }
  lines.push(`SELECT`);
  lines.push(out.map((o) => `  ${o}`).join(',\n'));
  lines.push(`FROM t`);
  if (groupExpr !== undefined) {
    lines.push(`GROUP BY t.group_key`);
    lines.push(`ORDER BY t.group_key`);
  }
  return lines.join('\n');
}

/** Options of {@link dossierSqlProblems}: the table and column options of {@link dossierSql}.
 *
 * @example
 * ```ts
 * import type { DossierSqlProblemsOptions } from 'cchc';
 * const o: DossierSqlProblemsOptions = { dialect: 'duckdb', dossiers: 'dossiers', calendarTable: 'cal', supplements: 'supplements' };
 * o.dialect; // 'duckdb'
 * ```
 *
 * @category Dossiers
 */
export type DossierSqlProblemsOptions = Pick<
  DossierSqlSettings,
  'dialect' | 'dossiers' | 'calendarTable' | 'calendar' | 'supplements' | 'columns' | 'supplementColumns' | 'calendarColumns' | 'rules'
>;

/**
 * SQL listing the dossiers that {@link tallyDossiers} would reject (SQL itself cannot reject rows): one row
 * `(id, code)` per problem, with the codes of {@link parseDossierRecord}: `DUE_BEFORE_RECEIPT`,
 * `EVENT_BEFORE_RECEIPT`, `INVALID_SLA`, `MISSING_DUE_DATE`, `INVALID_CHANNEL`, `INVALID_ADMIN_LEVEL`,
 * `CONFLICTING_OUTCOMES`, `INVALID_SUPPLEMENT`, and `DATE_OUT_OF_RANGE` for a receipt outside the calendar table;
 * with the columns of NĐ 118/2025 (named in `columns`, or read by default under `rules: 'nd118'` / `'in-force'`):
 * `SUBMITTED_AFTER_RECEIPT`, `INVALID_EXTENSION` (half an extension, a new date before its notice) and, under rules
 * that restart the time limit, `MISSING_DUE_DATE` for a completed supplement of a dossier without
 * `sla_working_days` and without `new_due_date`. Run it before {@link dossierSql} and fix or exclude what it lists.
 *
 * @example
 * ```ts
 * import { dossierSqlProblems } from 'cchc';
 * dossierSqlProblems({ dialect: 'postgres', dossiers: 'dossiers', calendarTable: 'cal' }).includes("'DUE_BEFORE_RECEIPT'"); // true
 * ```
 *
 * @category Dossiers
 */
export function dossierSqlProblems(options: DossierSqlProblemsOptions): string {
  const o = readRequiredOptions(options, [...TABLE_KEYS, 'rules'], '{ dialect, dossiers, calendarTable, … }');
  const { cols, dossiers, calendar, supplements: supplementTable, cc, sc } = readTables(o);
  const set = resolveRuleSet(opt(o, 'rules') as DossierRulesInput | undefined, ['options', 'rules']);
  const crs = ruleSetMembers(set).map((r) => compileRules(r));
  // Rows under rules that restart: all, or (under 'in-force') those received on the side of the switch that does.
  const switchLit = () => `DATE '${fromDayNumber(set.switchDay)}'`;
  const restartRows =
    crs.length === 1
      ? 'TRUE'
      : crs[1]!.restart
        ? crs[0]!.restart
          ? 'TRUE'
          : `${cols.receivedAt} >= ${switchLit()}`
        : `${cols.receivedAt} < ${switchLit()}`;
  const date = cc.date;
  const checks: [string, string][] = [
    ['DUE_BEFORE_RECEIPT', `${cols.dueDate} < ${cols.receivedAt}`],
    [
      'EVENT_BEFORE_RECEIPT',
      `${cols.resolvedAt} < ${cols.receivedAt} OR ${cols.withdrawnAt} < ${cols.receivedAt} OR ${cols.returnedAt} < ${cols.receivedAt} OR ${cols.rejectedAt} < ${cols.receivedAt}`,
    ],
    ['INVALID_SLA', `${cols.slaWorkingDays} < 0`],
    ['MISSING_DUE_DATE', `${cols.dueDate} IS NULL AND ${cols.slaWorkingDays} IS NULL AND ${cols.rejectedAt} IS NULL`],
    ['INVALID_CHANNEL', `${cols.channel} IS NOT NULL AND ${cols.channel} NOT IN ('in-person', 'online', 'postal')`],
    ['INVALID_ADMIN_LEVEL', `${cols.level} IS NOT NULL AND ${cols.level} NOT IN ('province', 'district', 'commune')`],
    [
      'CONFLICTING_OUTCOMES',
      `${cols.rejectedAt} IS NOT NULL AND (${cols.resolvedAt} IS NOT NULL OR ${cols.withdrawnAt} IS NOT NULL OR ${cols.returnedAt} IS NOT NULL)`,
    ],
    ['INVALID_DATE', `${cols.receivedAt} IS NULL`],
    [
      'DATE_OUT_OF_RANGE',
      `${cols.receivedAt} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${calendar} AS c WHERE c.${date} = ${cols.receivedAt})`,
    ],
  ];
  // The columns of NĐ 118/2025, where named or where the rules read them by default (as dossierSql does).
  const stop = cols.stoppedAt ?? (crs.some(usesNd118) ? 'd.stopped_date' : undefined);
  const extNot = cols.extensionNotifiedAt ?? (crs.some((c) => c.extOnce) ? 'd.extension_notified_date' : undefined);
  const extNew = cols.extensionNewDueDate ?? (crs.some((c) => c.extOnce) ? 'd.extension_new_due_date' : undefined);
  if (cols.submittedAt !== undefined) checks.push(['SUBMITTED_AFTER_RECEIPT', `${cols.submittedAt} > ${cols.receivedAt}`]);
  if (stop !== undefined) {
    checks.push(['EVENT_BEFORE_RECEIPT', `${stop} < ${cols.receivedAt}`]);
    checks.push(['CONFLICTING_OUTCOMES', `${cols.rejectedAt} IS NOT NULL AND ${stop} IS NOT NULL`]);
  }
  if (extNot !== undefined && extNew !== undefined) {
    checks.push(['INVALID_EXTENSION', `(${extNot} IS NULL) <> (${extNew} IS NULL) OR ${extNew} < ${extNot}`]);
    checks.push(['EVENT_BEFORE_RECEIPT', `${extNot} < ${cols.receivedAt}`]);
    checks.push(['CONFLICTING_OUTCOMES', `${cols.rejectedAt} IS NOT NULL AND ${extNot} IS NOT NULL`]);
  }
  const parts = checks.map(([code, cond]) => `SELECT ${cols.id} AS id, '${code}' AS code FROM ${dossiers} AS d WHERE ${cond}`);
  if (supplementTable !== undefined) {
    const supplements = supplementTable;
    const { id: sid, req, comp } = sc;
    const restart = crs.some((c) => c.restart);
    const newDue = sc.newDue ?? (restart ? '"new_due_date"' : undefined);
    if (newDue !== undefined) {
      const js = `FROM ${supplements} AS s JOIN ${dossiers} AS d ON s.${sid} = ${cols.id}`;
      parts.push(
        `SELECT ${cols.id} AS id, 'INVALID_SUPPLEMENT' AS code ${js} WHERE s.${newDue} IS NOT NULL AND (s.${comp} IS NULL OR s.${newDue} < s.${comp})`,
      );
      if (restart) {
        parts.push(
          `SELECT ${cols.id} AS id, 'MISSING_DUE_DATE' AS code ${js} WHERE s.${comp} IS NOT NULL AND s.${newDue} IS NULL AND ${cols.slaWorkingDays} IS NULL AND ${cols.rejectedAt} IS NULL AND ${restartRows}`,
        );
      }
    }
    const j = `FROM ${supplements} AS s JOIN ${dossiers} AS d ON s.${sid} = ${cols.id}`;
    parts.push(
      `SELECT ${cols.id} AS id, 'INVALID_SUPPLEMENT' AS code ${j} WHERE s.${req} IS NULL OR s.${comp} < s.${req} OR s.${req} > ${cols.resolvedAt} OR (${cols.resolvedAt} IS NOT NULL AND (s.${comp} IS NULL OR s.${comp} > ${cols.resolvedAt}))`,
    );
    parts.push(`SELECT ${cols.id} AS id, 'EVENT_BEFORE_RECEIPT' AS code ${j} WHERE s.${req} < ${cols.receivedAt}`);
    parts.push(`SELECT ${cols.id} AS id, 'CONFLICTING_OUTCOMES' AS code ${j} WHERE ${cols.rejectedAt} IS NOT NULL`);
    parts.push(
      `SELECT a.${sid} AS id, 'INVALID_SUPPLEMENT' AS code FROM ${supplements} AS a JOIN ${supplements} AS b ON a.${sid} = b.${sid} AND a.${req} < b.${req} WHERE a.${comp} IS NULL OR a.${comp} > b.${req}`,
    );
  }
  return `SELECT DISTINCT id, code FROM (\n${parts.join('\nUNION ALL\n')}\n) AS problems\nORDER BY id, code`;
}

/**
 * Statements that create and fill a calendar table for {@link dossierSql} from calendar rows (the output of
 * `calendarRows`, or any `{ date, isWorkingDay, workingDayIndex }` rows). Same SQL for DuckDB and PostgreSQL. The
 * table also says which days are provisional (`is_provisional`, from the rows' `isProvisional`; a row without it is
 * official) with their running count (`provisional_index`: the rows' `provisionalIndex`, or counted over the rows in
 * the order given).
 *
 * @throws {@link CchcError} `INVALID_INPUT` for rows that are not an iterable of calendar rows (the path names the
 *   row), a bad table name, or options that are not an object.
 * @example
 * ```ts
 * import { calendarTableSql } from 'cchc';
 * const [create, insert] = calendarTableSql([{ date: '2024-05-03', isWorkingDay: true, workingDayIndex: 10 }], { table: 'cal' });
 * create; // 'CREATE TABLE cal ("date" DATE PRIMARY KEY, is_working_day BOOLEAN NOT NULL, working_day_index INTEGER NOT NULL, is_provisional BOOLEAN NOT NULL, provisional_index INTEGER NOT NULL)'
 * insert; // "INSERT INTO cal VALUES (DATE '2024-05-03', TRUE, 10, FALSE, 0)"
 * ```
 *
 * @category Dossiers
 */
export function calendarTableSql(
  rows: Iterable<{
    readonly date: IsoDate;
    readonly isWorkingDay: boolean;
    readonly workingDayIndex: number;
    readonly isProvisional?: boolean;
    readonly provisionalIndex?: number;
  }>,
  options?: { readonly table?: string },
): string[] {
  const o = readOptions<{ table?: unknown }>(options, ['table']);
  const table = nonEmpty(o.table ?? 'cal', ['options', 'table']);
  if (rows === null || typeof rows !== 'object' || !(Symbol.iterator in rows)) {
    const p = { received: show(rows) };
    throw new CchcError(
      issue('INVALID_INPUT', ['rows'], vi.INVALID_INPUT__dossierCalendarRows(p), en.INVALID_INPUT__dossierCalendarRows(p), rows),
    );
  }
  const values: string[] = [];
  let i = 0;
  let provisionalSoFar = 0;
  for (const r of rows as Iterable<unknown>) {
    const row = r as {
      date?: unknown;
      isWorkingDay?: unknown;
      workingDayIndex?: unknown;
      isProvisional?: unknown;
      provisionalIndex?: unknown;
    } | null;
    const valid = typeof row === 'object' && row !== null && isIsoDate(row.date);
    const p = valid ? row.isProvisional : undefined;
    const pi = valid ? row.provisionalIndex : undefined;
    const provOk = (p === undefined || typeof p === 'boolean') && (pi === undefined || Number.isSafeInteger(pi));
    if (!valid || typeof row.isWorkingDay !== 'boolean' || !Number.isSafeInteger(row.workingDayIndex) || !provOk) {
      const p = { received: show(r) };
      throw new CchcError(
        issue('INVALID_INPUT', ['rows', i], vi.INVALID_INPUT__dossierCalendarRow(p), en.INVALID_INPUT__dossierCalendarRow(p), r),
      );
    }
    if (p === true) provisionalSoFar++;
    const index = pi === undefined ? provisionalSoFar : (pi as number);
    values.push(
      `(DATE '${row.date}', ${row.isWorkingDay ? 'TRUE' : 'FALSE'}, ${row.workingDayIndex as number}, ${p === true ? 'TRUE' : 'FALSE'}, ${index})`,
    );
    i++;
  }
  const out = [
    `CREATE TABLE ${table} ("date" DATE PRIMARY KEY, is_working_day BOOLEAN NOT NULL, working_day_index INTEGER NOT NULL, is_provisional BOOLEAN NOT NULL, provisional_index INTEGER NOT NULL)`,
  ];
  for (let k = 0; k < values.length; k += 1000) out.push(`INSERT INTO ${table} VALUES ${values.slice(k, k + 1000).join(', ')}`);
  return out;
}
