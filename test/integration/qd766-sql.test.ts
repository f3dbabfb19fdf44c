// The generated QĐ 766 SQL counts, inside DuckDB and PostgreSQL (PGlite), what measure766 counts from the records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarRows, measure766, measure766FromRows, qd766Sql, QD766_DOSSIER_FACTS, type Qd766DossierRecord } from 'cchc';
import { duckdb, loadDossiers, postgres, type Engine } from './_sql-engines.js';
import { catalogue, generate766, pakn } from '../qd766/_generate.js';

const records: Qd766DossierRecord[] = [
  ...generate766({ count: 2500, seed: 21, start: '2024-11-01', spanDays: 250, unknown: 0 }),
  // 1.4's fact unknown on some, some procedures written decomposed (NFC keys), a few without a procedure
  ...generate766({ count: 500, seed: 22, start: '2025-01-01', spanDays: 120 }).map((r, i) => ({
    ...r,
    qd766: i % 13 === 0 ? { ...r.qd766, synced: null } : r.qd766,
    id: `U${r.id}`,
    procedure: i % 17 === 0 ? null : i % 5 === 0 ? 'Thủ tục Ế'.normalize('NFD') : r.procedure,
  })),
];
const cat = [
  ...catalogue(31, '2025-01-10'),
  { code: 'Thủ tục Ế', feeRequired: true, onlinePaymentIntegrated: false, citizenApplicants: true },
];
const feedback = pakn(32, '2025-01-01', 200).map((p, i) => (i % 7 === 0 ? { ...p, dossierId: records[i * 3]!.id } : p));
const engines: Engine[] = [];

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const lit = (v: unknown) =>
  v === undefined || v === null ? 'NULL' : typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : `'${String(v).replace(/'/g, "''")}'`;

beforeAll(async () => {
  engines.push(await duckdb(), await postgres());
  for (const e of engines) {
    await loadDossiers(e, records, calendarRows('2024-06-01', '2025-12-31'));
    await e.exec('DROP TABLE IF EXISTS facts');
    const cols = QD766_DOSSIER_FACTS.map((f) => `${snake(f)} ${f === 'satisfaction' ? 'VARCHAR' : 'BOOLEAN'}`).join(', ');
    await e.exec(`CREATE TABLE facts (id VARCHAR, ${cols})`);
    const rows = records.map((r) => `(${lit(String(r.id))}, ${QD766_DOSSIER_FACTS.map((f) => lit(r.qd766?.[f])).join(', ')})`);
    for (let i = 0; i < rows.length; i += 500) await e.exec(`INSERT INTO facts VALUES ${rows.slice(i, i + 500).join(', ')}`);
    await e.exec('DROP TABLE IF EXISTS pakn_dossiers');
    await e.exec('CREATE TABLE pakn_dossiers (dossier_id VARCHAR)');
    const ids = feedback.filter((p) => p.dossierId != null).map((p) => `(${lit(String(p.dossierId))})`);
    if (ids.length > 0) await e.exec(`INSERT INTO pakn_dossiers VALUES ${ids.join(', ')}`);
  }
});
afterAll(async () => {
  for (const e of engines) await e.close();
});

const joined = `(SELECT d0.*, ${QD766_DOSSIER_FACTS.map((f) => `f.${snake(f)}`).join(', ')} FROM dossiers AS d0 LEFT JOIN facts AS f ON f.id = d0.id)`;

const cases = [
  {
    label: 'year 2025 to 10/10 (a running figure)',
    period: { start: '2025-01-01', end: '2025-12-31' },
    asOf: '2025-05-10',
    level: 'province',
  },
  { label: 'quarter I/2025', period: { start: '2025-01-01', end: '2025-03-31' }, level: 'department' },
  { label: 'month 2/2025, a commune', period: { start: '2025-02-01', end: '2025-02-28' }, level: 'commune' },
] as const;

describe.each(['duckdb', 'postgres'] as const)('qd766Sql on %s', (dialect) => {
  const engine = () => engines.find((e) => e.name === dialect)!;
  it.each(cases)('equals measure766: $label', async ({ period, level, ...rest }) => {
    const asOf = 'asOf' in rest ? rest.asOf : undefined;
    const options = { period, level, ...(asOf ? { asOf } : {}) };
    const expected = measure766({ dossiers: records, catalogue: cat, pakn: feedback }, options);
    const sql = qd766Sql({
      dialect,
      dossiers: joined,
      calendarTable: 'cal',
      supplements: 'supplements',
      period,
      ...(asOf ? { asOf } : {}),
      paknDossiers: 'pakn_dossiers',
    });
    const rows = await engine().query(sql);
    const got = measure766FromRows(rows, { catalogue: cat, pakn: feedback }, options);
    expect(got.inputs).toEqual(expected.inputs);
    expect(got.counts).toEqual(expected.counts);
    expect(got.indicators).toEqual(expected.indicators);
    expect(got.records).toEqual(expected.records);
    // the comparison is not empty
    expect(Object.keys(expected.inputs).length).toBeGreaterThan(12);
    expect(expected.indicators['1.4']?.status).toBe('not-measurable');
    expect(expected.records.dossiers).toBeGreaterThan(100);
  });

  it('reads fact columns under other names', async () => {
    const period = { start: '2025-01-01', end: '2025-03-31' };
    const renamed = `(SELECT d0.*, f.paid_online AS tt_truc_tuyen, f.fee_required AS co_phi FROM dossiers AS d0 LEFT JOIN facts AS f ON f.id = d0.id)`;
    const sql = qd766Sql({
      dialect,
      dossiers: renamed,
      calendarTable: 'cal',
      supplements: 'supplements',
      period,
      factColumns: {
        paidOnline: 'd.tt_truc_tuyen',
        feeRequired: 'd.co_phi',
        synced: 'NULL',
        fullProcessEligible: 'NULL',
        fullProcessOnline: 'NULL',
        electronicResult: 'NULL',
        digitised: 'NULL',
        reusedData: 'NULL',
        dataStoreLinked: 'NULL',
        populationData: 'NULL',
        satisfaction: 'NULL',
        feedback: 'NULL',
      },
    });
    const got = measure766FromRows(await engine().query(sql), {}, { period, level: 'province' });
    const expected = measure766({ dossiers: records }, { period, level: 'province' });
    expect(got.counts['6.3']).toEqual(expected.counts['6.3']);
    expect(got.counts['2.1']).toEqual(expected.counts['2.1']);
  });
});
