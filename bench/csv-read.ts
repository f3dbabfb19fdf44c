/**
 * CSV reader throughput (rows/s) on a generated 1M-row dossier file, read from a file stream as the CLI reads it.
 * Prints figures; no assertions. `npx tsx bench/csv-read.ts`
 *
 * 1. read only: `readDossiersCsv` iterated to the end (splitting, value readers, validation);
 * 2. read + tally: the same file through `tallyDossiers` (what `cchc dossiers` does);
 * 3. read only, a file whose agency column is quoted on every row (the slow path of the splitter).
 *
 * Options (environment): CSV_ROWS (default 1 000 000), RUNS (default 3; the best run is printed, the machine is
 * shared), CCHC_SRC (the library entry to measure, default ../src/index.ts: point it at a checkout of an older
 * commit to compare before and after on the same machine, in the same minute).
 */
import { createReadStream, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { rng } from '../test/dossier/_generate.js';

const CSV_ROWS = Number(process.env.CSV_ROWS ?? 1_000_000);
const RUNS = Number(process.env.RUNS ?? 3);
const entry = process.env.CCHC_SRC ? pathToFileURL(resolve(process.env.CCHC_SRC)).href : new URL('../src/index.ts', import.meta.url).href;
const lib = (await import(entry)) as typeof import('../src/index.js');
const { readDossiersCsv, tallyDossiers, civilServiceCalendar, fromDayNumber, toDayNumber } = lib;

const out = fileURLToPath(new URL('./out/', import.meta.url));
mkdirSync(out, { recursive: true });
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

function generate(path: string, quoted: boolean): void {
  const r = rng(2);
  const first = toDayNumber('2023-11-01');
  const span = toDayNumber('2024-12-31') - first + 1;
  const days: string[] = [];
  for (let d = 0; d < span + 60; d++) days.push(fromDayNumber(first + d));
  const CH = ['online', 'in-person', 'postal', ''];
  const LV = ['province', 'district', 'commune'];
  const lines = ['id,level,channel,agency,receivedAt,dueDate,slaWorkingDays,resolvedAt'];
  for (let i = 0; i < CSV_ROWS; i++) {
    const rec = Math.floor(r() * span);
    const sla = r() < 0.5;
    const due = sla ? '' : days[rec + Math.floor(r() * 20)];
    const s = sla ? String(1 + Math.floor(r() * 10)) : '';
    const res = r() < 0.8 ? days[rec + Math.floor(r() * 25)] : '';
    const agency = `Sở ${Math.floor(r() * 20)}, tỉnh A`;
    const a = quoted ? `"${agency}"` : agency.replace(',', '');
    lines.push(`HS${i},${LV[Math.floor(r() * 3)]},${CH[Math.floor(r() * 4)]},${a},${days[rec]},${due},${s},${res}`);
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}

/** CPU milliseconds of this process: on a shared, loaded machine a steadier measure than the wall clock. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

async function best(fn: () => Promise<number>): Promise<{ ms: number; cpu: number; rows: number }> {
  let ms = Infinity;
  let cpu = Infinity;
  let rows = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const c0 = cpuMs();
    rows = await fn();
    ms = Math.min(ms, performance.now() - t0);
    cpu = Math.min(cpu, cpuMs() - c0);
  }
  return { ms, cpu, rows };
}
const line = (label: string, r: { ms: number; cpu: number; rows: number }) =>
  console.log(
    `${label.padEnd(24)} ${fmt((r.rows / r.ms) * 1000).padStart(10)} rows/s wall (${(r.ms / 1000).toFixed(2)} s), ` +
      `${fmt((r.rows / r.cpu) * 1000).padStart(10)} rows per CPU-second`,
  );

const plain = join(out, 'csv-read-plain.csv');
const quoted = join(out, 'csv-read-quoted.csv');
generate(plain, false);
generate(quoted, true);
const stream = (p: string) => createReadStream(p, { highWaterMark: 1 << 16 });

async function readOnly(p: string): Promise<number> {
  const reader = readDossiersCsv(stream(p));
  let n = 0;
  for await (const _ of reader) n++;
  if (reader.report.rejectedRows !== 0) throw new Error(`rejected ${reader.report.rejectedRows}`);
  return n;
}

console.log(
  `Node ${process.version}; ${entry}; ${fmt(CSV_ROWS)} rows (${(statSync(plain).size / 2 ** 20).toFixed(0)} MiB), best of ${RUNS}`,
);
const a = await best(() => readOnly(plain));
line('1. read only:', a);
const b = await best(async () => {
  const reader = readDossiersCsv(stream(plain));
  const t = await tallyDossiers(reader, { from: '2024-01-01', to: '2024-12-31', calendar: civilServiceCalendar });
  return reader.report.accepted + 0 * t.received.total;
});
line('2. read + tally:', b);
const c = await best(() => readOnly(quoted));
line('3. read only, quoted:', c);
