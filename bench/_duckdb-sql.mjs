// DuckDB as an analyst runs it: one process that opens an in-memory database, runs the setup statements (the
// calendar table) and the query of a SQL file, and prints the result rows as JSON. Used by bench/goals.ts, which
// times this whole process against the whole `cchc dossiers` process on the same CSV file.
//
//   node bench/_duckdb-sql.mjs QUERY.sql [SETUP.sql]
//
// SETUP.sql holds statements separated by a line with a single ';'. DuckDB uses all the machine's cores.
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';

const [queryFile, setupFile] = process.argv.slice(2);
const instance = await DuckDBInstance.create(':memory:');
const c = await instance.connect();
if (setupFile) for (const s of readFileSync(setupFile, 'utf8').split('\n;\n')) if (s.trim()) await c.run(s);
const rows = (await c.runAndReadAll(readFileSync(queryFile, 'utf8'))).getRowObjectsJS();
process.stdout.write(`${JSON.stringify(rows, (_, v) => (typeof v === 'bigint' ? Number(v) : v))}\n`);
c.closeSync();
instance.closeSync();
