// Load dossier records into in-process SQL engines (DuckDB via @duckdb/node-api, PostgreSQL via PGlite).
import { DuckDBInstance } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { calendarTableSql, type DossierRecord } from 'cchc';

export interface Engine {
  readonly name: 'duckdb' | 'postgres';
  exec(sql: string): Promise<void>;
  query(sql: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

export async function duckdb(): Promise<Engine> {
  const instance = await DuckDBInstance.create(':memory:');
  const c = await instance.connect();
  return {
    name: 'duckdb',
    async exec(sql) {
      await c.run(sql);
    },
    async query(sql) {
      const r = await c.runAndReadAll(sql);
      return r.getRowObjectsJS() as Record<string, unknown>[];
    },
    async close() {
      c.closeSync();
      instance.closeSync();
    },
  };
}

export async function postgres(): Promise<Engine> {
  const db = new PGlite();
  return {
    name: 'postgres',
    async exec(sql) {
      await db.exec(sql);
    },
    async query(sql) {
      return (await db.query<Record<string, unknown>>(sql)).rows;
    },
    async close() {
      await db.close();
    },
  };
}

const lit = (v: unknown) =>
  v === undefined || v === null ? 'NULL' : typeof v === 'number' ? String(v) : `'${String(v).replace(/'/g, "''")}'`;
const dateLit = (v: unknown) => (v === undefined || v === null ? 'NULL' : `DATE '${String(v).slice(0, 10)}'`);
const secondOf = (v: string) =>
  v.length > 10 ? Number(v.slice(11, 13)) * 3600 + Number(v.slice(14, 16)) * 60 + Number(v.slice(17, 19) || 0) : null;

/**
 * Create and fill `dossiers`, `supplements` and `cal` (receipts given as +07:00 timestamps keep their second of day),
 * with the columns of NĐ 118/2025: `submitted_date`, `stopped_date`, the first extension (`extension_notified_date`,
 * `extension_new_due_date`) and the supplements' `new_due_date`.
 */
export async function loadDossiers(
  e: Engine,
  records: readonly DossierRecord[],
  calendar: readonly { date: string; isWorkingDay: boolean; workingDayIndex: number }[] | null,
  tables: { readonly dossiers: string; readonly supplements: string } = { dossiers: 'dossiers', supplements: 'supplements' },
): Promise<void> {
  await e.exec(`DROP TABLE IF EXISTS ${tables.dossiers}`);
  await e.exec(`DROP TABLE IF EXISTS ${tables.supplements}`);
  if (calendar !== null) {
    await e.exec('DROP TABLE IF EXISTS cal');
    for (const s of calendarTableSql(calendar, { table: 'cal' })) await e.exec(s);
  }
  await e.exec(
    `CREATE TABLE ${tables.dossiers} (id VARCHAR, level VARCHAR, agency VARCHAR, procedure VARCHAR, channel VARCHAR, received_date DATE, received_second INTEGER, due_date DATE, sla_working_days INTEGER, resolved_date DATE, withdrawn_date DATE, returned_date DATE, rejected_date DATE, submitted_date DATE, stopped_date DATE, extension_notified_date DATE, extension_new_due_date DATE)`,
  );
  await e.exec(`CREATE TABLE ${tables.supplements} (dossier_id VARCHAR, requested_date DATE, completed_date DATE, new_due_date DATE)`);
  const rows: string[] = [];
  const sups: string[] = [];
  for (const r of records) {
    const ext = r.extension ?? r.extensions?.[0];
    rows.push(
      `(${lit(String(r.id))}, ${lit(r.level)}, ${lit(r.agency)}, ${lit(r.procedure)}, ${lit(r.channel)}, ${dateLit(r.receivedAt)}, ${lit(secondOf(r.receivedAt))}, ${dateLit(r.dueDate)}, ${lit(r.slaWorkingDays)}, ${dateLit(r.resolvedAt)}, ${dateLit(r.withdrawnAt)}, ${dateLit(r.returnedAt)}, ${dateLit(r.rejectedAt)}, ${dateLit(r.submittedAt)}, ${dateLit(r.stoppedAt)}, ${dateLit(ext?.notifiedAt)}, ${dateLit(ext?.newDueDate)})`,
    );
    for (const s of r.supplements ?? [])
      sups.push(`(${lit(String(r.id))}, ${dateLit(s.requestedAt)}, ${dateLit(s.completedAt)}, ${dateLit(s.newDueDate)})`);
  }
  for (let i = 0; i < rows.length; i += 500) await e.exec(`INSERT INTO ${tables.dossiers} VALUES ${rows.slice(i, i + 500).join(', ')}`);
  for (let i = 0; i < sups.length; i += 500) await e.exec(`INSERT INTO ${tables.supplements} VALUES ${sups.slice(i, i + 500).join(', ')}`);
}
