import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { dossierSql } from './src/index.js';
const csv = '/tmp/cchc-bench/dossiers-5000000.csv';
const cols = "{'id': 'VARCHAR', 'level': 'VARCHAR', 'channel': 'VARCHAR', 'receivedAt': 'DATE', 'dueDate': 'DATE', 'slaWorkingDays': 'INTEGER', 'resolvedAt': 'DATE'}";
const inst = await DuckDBInstance.create(':memory:'); const c = await inst.connect();
for (const s of readFileSync('/tmp/cchc-bench/calendar.sql', 'utf8').split('\n;\n')) if (s.trim()) await c.run(s);
if (process.env.T1) await c.run('SET threads = 1');
await c.run(`CREATE TABLE d AS SELECT * FROM read_csv('${csv}', header = true, columns = ${cols})`);
const columns = { receivedAt: 'd."receivedAt"', dueDate: 'd."dueDate"', slaWorkingDays: 'd."slaWorkingDays"', resolvedAt: 'd."resolvedAt"', withdrawnAt: 'CAST(NULL AS DATE)', returnedAt: 'CAST(NULL AS DATE)', rejectedAt: 'CAST(NULL AS DATE)' };
const gen = dossierSql({ dialect: 'duckdb', dossiers: 'd', calendarTable: 'cal', from: '2024-01-01', to: '2024-12-31', columns });
const variants: Record<string, string> = { gen, sumcase: gen.replace(/COUNT\(\*\) FILTER \(WHERE (.*)\) AS/g, 'CAST(COALESCE(SUM(CASE WHEN $1 THEN 1 ELSE 0 END), 0) AS BIGINT) AS') };
const extra = process.argv[2]; if (extra) variants.extra = readFileSync(extra, 'utf8');
const hand = readFileSync('/tmp/p5/hand.sql', 'utf8'); variants.hand = hand;
const times: Record<string, number[]> = {};
for (let r = 0; r < 8; r++) for (const [k, q] of Object.entries(variants)) { const t0 = performance.now(); await c.runAndReadAll(q); if (r > 0) (times[k] ??= []).push(performance.now() - t0); }
const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1]!;
for (const [k, v] of Object.entries(times)) console.log(k.padEnd(8), med(v).toFixed(0), 'ms', (med(v) / med(times.hand!)).toFixed(2));
