/**
 * National scale: the dossiers stay in the database. DuckDB (in-process here; a file or a server in practice) holds a
 * synthetic year of 60,000 dossiers for three provinces; `dossierSql` classifies and counts them inside DuckDB on the
 * civil-service working-day calendar (`calendarRows` loaded as a table), each province's rows become tallies with
 * `tallyAggregateRows`, the provinces merge with `mergeTallies`, and the country's rates come from the merged counts.
 * The same tally is then computed in TypeScript from the same records, to show that both paths agree.
 *
 * Needs the devDependency @duckdb/node-api. Run: `npx tsx examples/national-scale-sql.ts`
 */
import { DuckDBInstance } from '@duckdb/node-api';
import {
  calendarRows,
  calendarTableSql,
  civilServiceCalendar,
  dossierSql,
  emptyTally,
  formatNumber,
  formatPercent,
  mergeTallies,
  onTimeRate,
  tallyAggregateRows,
  tallyDossiers,
  toDayNumber,
  fromDayNumber,
  type DossierRecord,
} from 'cchc';

// A deterministic synthetic year: 60,000 dossiers received on the working days of 2024, SLAs of 3–15 working days,
// 92% resolved, about nine in ten of those by their due date. Dates are placed with the calendar's working-day index.
const cal = civilServiceCalendar;
const first = cal.workingDayIndex(toDayNumber('2024-01-02'));
const provinces = ['Kiên Giang', 'An Giang', 'Cà Mau'] as const;
const levels = ['province', 'district', 'commune'] as const;
const channels = ['in-person', 'online', 'postal'] as const;
const records: (DossierRecord & { province: string })[] = [];
for (let i = 0; i < 60_000; i++) {
  const received = cal.dayNumberAtWorkingDayIndex(first + ((i * 7919) % 248));
  const sla = 3 + (i % 13);
  const took = (i * 17) % 100 < 90 ? 1 + ((i * 7) % sla) : sla + 1 + (i % 5);
  const resolved = (i * 31) % 100 < 92 ? cal.addWorkingDaysToDayNumber(received, took) : undefined;
  records.push({
    id: `HS${i}`,
    province: provinces[i % 3]!,
    level: levels[Math.floor(i / 3) % 3]!,
    channel: channels[(i * 7) % 3]!,
    receivedAt: fromDayNumber(received),
    slaWorkingDays: sla,
    ...(resolved !== undefined ? { resolvedAt: fromDayNumber(resolved) } : {}),
  });
}

const db = await (await DuckDBInstance.create(':memory:')).connect();
for (const s of calendarTableSql(calendarRows('2023-12-01', '2025-03-31'), { table: 'cal' })) await db.run(s);
await db.run(`CREATE TABLE dossiers (id VARCHAR, province VARCHAR, level VARCHAR, agency VARCHAR, procedure VARCHAR, channel VARCHAR,
  received_date DATE, due_date DATE, sla_working_days INTEGER, resolved_date DATE, withdrawn_date DATE, returned_date DATE, rejected_date DATE)`);
const q = (v: string | number | null | undefined) => (v === undefined || v === null ? 'NULL' : `'${v}'`);
for (let i = 0; i < records.length; i += 5000) {
  const values = records
    .slice(i, i + 5000)
    .map(
      (r) =>
        `(${q(r.id)}, ${q(r.province)}, ${q(r.level)}, NULL, NULL, ${q(r.channel)}, DATE ${q(r.receivedAt)}, NULL, ${r.slaWorkingDays}, ${r.resolvedAt ? `DATE ${q(r.resolvedAt)}` : 'NULL'}, NULL, NULL, NULL)`,
    );
  await db.run(`INSERT INTO dossiers VALUES ${values.join(', ')}`);
}

// One query per province (in practice: one database per province, or one GROUP BY over the country).
const country = [];
for (const province of provinces) {
  const sql = dossierSql({
    dialect: 'duckdb',
    dossiers: `(SELECT * FROM dossiers WHERE province = '${province}')`,
    calendarTable: 'cal',
    start: '2024-01-01',
    end: '2024-12-31',
    groupBy: 'level',
  });
  const byLevel = tallyAggregateRows((await db.runAndReadAll(sql)).getRowObjectsJS(), { groupBy: 'group_key' });
  const tally = [...byLevel.values()].reduce((a, b) => mergeTallies(a, b), emptyTally());
  country.push(tally);
  console.log(
    `${province.padEnd(11)} received ${formatNumber(tally.received.total).padStart(7)}  on time ${formatPercent(onTimeRate(tally)!)}`,
  );
}
const national = country.reduce((a, b) => mergeTallies(a, b), emptyTally());
console.log(
  `${'Cả nước'.padEnd(11)} received ${formatNumber(national.received.total).padStart(7)}  on time ${formatPercent(onTimeRate(national)!)}` +
    `  (QĐ 766 denominator: ${formatPercent(onTimeRate(national, { denominator: 'resolved-plus-pending' })!)})`,
);

// The same tally in TypeScript, from the same records (the province is a column of our table, not a field of a dossier
// record: records are strict, so it is dropped before tallying).
const dossiers: DossierRecord[] = records.map(({ province: _province, ...record }) => record);
const inMemory = tallyDossiers(dossiers, { start: '2024-01-01', end: '2024-12-31', calendar: civilServiceCalendar });
const same = JSON.stringify(inMemory) === JSON.stringify(national);
console.log(`TypeScript over the same ${formatNumber(records.length)} records: ${same ? 'identical tally' : 'DIFFERENT tally'}`);
db.closeSync();
if (!same) process.exitCode = 1;
