/**
 * The goals of issue 18, measured in one run (npm run bench:goals): every row of the table, its figure and its goal,
 * with DuckDB side by side. `--write-docs` writes the table into docs/performance.md (between the bench markers).
 *
 * Needs the built package (`npm run build`; `npm start` builds when needed). Whole-process timings are taken from
 * outside (spawn to exit, monotonic clock), with the two commands of a comparison run in turn (A B A B …) and the
 * ratio of their medians reported. The machine is shared: other processes slow every figure down (the load average
 * is printed).
 *
 * Environment: ROWS (CSV rows, default 5 000 000), OBJECTS (default 2 000 000), RUNS (whole-process runs per command,
 * default 5), SKIP (comma-separated rows to skip: bundle,import,install,csv,objects,start,sql), BENCH_DIR (where the
 * generated CSV is kept, default the system's temporary directory).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  calendarRows,
  calendarTableSql,
  civilServiceCalendar,
  dossierSql,
  fromDayNumber,
  NO_DATE,
  tallyAggregateRows,
  tallyDossiers,
  toDayNumber,
  type DossierRecord,
  type DossierTally,
} from 'cchc';
import { rng } from '../test/dossier/_generate.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const ROWS = Number(process.env.ROWS ?? 5_000_000);
const OBJECTS = Number(process.env.OBJECTS ?? 2_000_000);
const RUNS = Number(process.env.RUNS ?? 5);
const SKIP = new Set((process.env.SKIP ?? '').split(',').filter(Boolean));
const WRITE_DOCS = process.argv.includes('--write-docs');
const FROM = '2024-01-01';
const TO = '2024-12-31';

const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');
const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');
const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

interface Row {
  readonly measure: string;
  readonly figure: string;
  readonly goal: string;
  readonly met: boolean | undefined;
}
const rows: Row[] = [];
function report(measure: string, figure: string, goal: string, met: boolean | undefined): void {
  rows.push({ measure, figure, goal, met });
  console.log(`${met === undefined ? '·' : met ? '✓' : '✗'} ${measure}: ${figure} (goal ${goal})`);
}

/** Wall time of a whole process, in ms; throws when it fails. */
function timeProcess(cmd: string, args: readonly string[], options: { cwd?: string; out?: (stdout: string) => void } = {}): number {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: options.cwd ?? root, encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status}: ${r.stderr}`);
  options.out?.(r.stdout);
  return ms;
}

/** Run A and B in turn `runs` times (after one warm-up each): medians of each and the ratio of the medians. */
function compare(runs: number, a: () => number, b: () => number): { a: number; b: number; ratio: number } {
  a();
  b();
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < runs; i++) {
    as.push(a());
    bs.push(b());
  }
  return { a: median(as), b: median(bs), ratio: median(as) / median(bs) };
}

console.log(`Node ${process.version}, ${cpus().length} cores, load average ${load()} at start\n`);

// 1–2. Bundles of single-function imports, from the built package as an application gets it.
if (!SKIP.has('bundle')) {
  const { build } = await import('esbuild');
  for (const [name, kb] of [
    ['addWorkingDays', 12],
    ['ratio', 15],
  ] as const) {
    const r = await build({
      stdin: { contents: `import { ${name} } from 'cchc';\nconsole.log(${name});\n`, resolveDir: root, sourcefile: 'entry.js' },
      bundle: true,
      minify: true,
      write: false,
      logLevel: 'silent',
      tsconfigRaw: '{}',
    });
    const gz = gzipSync(r.outputFiles[0]!.contents).length;
    report(
      `bundle of \`import { ${name} } from 'cchc'\`, esbuild --bundle --minify, gzip`,
      `${(gz / 1000).toFixed(1)} KB`,
      `≤ ${kb} KB`,
      gz <= kb * 1000,
    );
  }
}

// 3. Import cost over bare node.
if (!SKIP.has('import')) {
  const c = compare(
    10,
    () => timeProcess(process.execPath, ['-e', "import('cchc')"]),
    () => timeProcess(process.execPath, ['-e', '0']),
  );
  const extra = c.a - c.b;
  report(
    '`node -e "import(\'cchc\')"` over `node -e 0` (wall, median of 10)',
    `+${extra.toFixed(0)} ms (${c.a.toFixed(0)} vs ${c.b.toFixed(0)} ms)`,
    '≤ +60 ms',
    extra <= 60,
  );
}

// 4. Packages added by `npm install cchc` in an empty project (the packed tarball).
if (!SKIP.has('install')) {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-install-'));
  try {
    const tgz = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: root, encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop()!;
    const app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), '{"name":"app","version":"1.0.0","private":true}\n');
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent', join(dir, tgz)], { cwd: app, stdio: 'ignore' });
    const nm = join(app, 'node_modules');
    const names = readdirSync(nm)
      .filter((n) => !n.startsWith('.'))
      .flatMap((n) => (n.startsWith('@') ? readdirSync(join(nm, n)).map((m) => `${n}/${m}`) : [n]));
    const du = Number(execFileSync('du', ['-sk', nm], { encoding: 'utf8' }).split('\t')[0]) / 1024;
    report(
      'packages added by `npm install cchc` in an empty project',
      `${names.length} packages, ${du.toFixed(0)} MB (${names.join(', ')})`,
      'the runtime dependencies only (cchc, decimal.js); charts rendering opt-in',
      names.length === 2,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// The generated dossiers: the same generator as bench/dossiers.ts.
const first = toDayNumber('2023-11-01');
const span = toDayNumber(TO) - first + 1;
const dayStr: string[] = [];
for (let d = first; d < first + span + 120; d++) dayStr[d - first] = fromDayNumber(d);
const CHANNELS = ['online', 'in-person', 'postal', undefined] as const;
const LEVELS = ['province', 'district', 'commune'] as const;
interface Gen {
  rec: number;
  due: number;
  sla: number;
  res: number;
  ch: number;
  lv: number;
}
function gen(r: () => number, g: Gen): void {
  g.rec = first + Math.floor(r() * span);
  if (r() < 0.5) {
    g.due = g.rec + Math.floor(r() * 20);
    g.sla = -1;
  } else {
    g.due = NO_DATE;
    g.sla = 1 + Math.floor(r() * 10);
  }
  g.res = r() < 0.8 ? g.rec + Math.floor(r() * 25) : NO_DATE;
  g.ch = Math.floor(r() * 4);
  g.lv = Math.floor(r() * 3);
}

const counts = (t: DossierTally) =>
  JSON.stringify({ received: t.received, resolved: t.resolved, pending: t.pending, w: t.withdrawnOrReturned, a: t.awaitingSupplement });

// 5. `cchc dossiers` on a CSV file vs DuckDB running the generated SQL on the same file, whole processes. The CLI runs
//    as a user runs it (no --threads): a file this large is read by one thread per core (src/cli/parallel-csv.ts).
const benchDir = process.env.BENCH_DIR ?? join(tmpdir(), 'cchc-bench');
const csv = join(benchDir, `dossiers-${ROWS}.csv`);
const csvColumns =
  "{'id': 'VARCHAR', 'level': 'VARCHAR', 'channel': 'VARCHAR', 'receivedAt': 'DATE', 'dueDate': 'DATE', 'slaWorkingDays': 'INTEGER', 'resolvedAt': 'DATE'}";
const sqlColumns = {
  receivedAt: 'd."receivedAt"',
  dueDate: 'd."dueDate"',
  slaWorkingDays: 'd."slaWorkingDays"',
  resolvedAt: 'd."resolvedAt"',
  withdrawnAt: 'CAST(NULL AS DATE)',
  returnedAt: 'CAST(NULL AS DATE)',
  rejectedAt: 'CAST(NULL AS DATE)',
};
const setupFile = join(benchDir, 'calendar.sql');
if (!SKIP.has('csv') || !SKIP.has('sql')) {
  mkdirSync(benchDir, { recursive: true });
  if (!existsSync(csv)) {
    const t0 = performance.now();
    const r = rng(2);
    const g = {} as Gen;
    const parts: string[] = ['id,level,channel,receivedAt,dueDate,slaWorkingDays,resolvedAt\n'];
    let chunk = '';
    for (let i = 0; i < ROWS; i++) {
      gen(r, g);
      chunk += `HS${i},${LEVELS[g.lv]},${CHANNELS[g.ch] ?? ''},${dayStr[g.rec - first]},${g.due !== NO_DATE ? dayStr[g.due - first] : ''},${g.sla >= 0 ? g.sla : ''},${g.res !== NO_DATE ? dayStr[g.res - first] : ''}\n`;
      if (chunk.length > 1 << 20) {
        parts.push(chunk);
        chunk = '';
      }
    }
    parts.push(chunk);
    writeFileSync(`${csv}.part`, parts.join(''));
    execFileSync('mv', [`${csv}.part`, csv]);
    console.log(
      `(generated ${csv}: ${fmt(ROWS)} rows, ${(statSync(csv).size / 2 ** 20).toFixed(0)} MiB, in ${sec(performance.now() - t0)})`,
    );
  }
  writeFileSync(setupFile, calendarTableSql(calendarRows('2023-01-01', '2025-12-31'), { table: 'cal' }).join('\n;\n'));
}

if (!SKIP.has('csv')) {
  const queryFile = join(benchDir, 'dossiers-generated.sql');
  writeFileSync(
    queryFile,
    dossierSql({
      dialect: 'duckdb',
      dossiers: `read_csv('${csv}', header = true, columns = ${csvColumns})`,
      calendarTable: 'cal',
      from: FROM,
      to: TO,
      columns: sqlColumns,
    }),
  );
  let ours = '';
  let duck = '';
  const c = compare(
    RUNS,
    () =>
      timeProcess(process.execPath, [join(root, 'dist/cli.js'), 'dossiers', csv, '--from', FROM, '--to', TO, '--format', 'json'], {
        out: (s) => (ours = s),
      }),
    () => timeProcess(process.execPath, [join(root, 'bench/_duckdb-sql.mjs'), queryFile, setupFile], { out: (s) => (duck = s) }),
  );
  const oursTally = (JSON.parse(ours) as { groups: { tally: DossierTally }[] }).groups[0]!.tally;
  const duckTally = tallyAggregateRows(JSON.parse(duck) as Record<string, unknown>[]);
  const same = counts(oursTally) === counts(duckTally);
  report(
    `\`cchc dossiers\` on a ${ROWS / 1e6}M-row CSV vs DuckDB running the generated SQL on the same file (wall, medians of ${RUNS}, in turn)`,
    `${c.ratio.toFixed(2)}× (${sec(c.a)} vs ${sec(c.b)}; the default path: ${Math.min(availableParallelism(), 8)} reading threads); same counts: ${same ? 'yes' : 'NO'}`,
    '≤ 1.2× DuckDB, same counts',
    c.ratio <= 1.2 && same,
  );
}

// 6. In-memory tallyDossiers over record objects vs a plain loop doing the same classification.
if (!SKIP.has('objects')) {
  const r = rng(1);
  const g = {} as Gen;
  const records: DossierRecord[] = new Array(OBJECTS);
  for (let i = 0; i < OBJECTS; i++) {
    gen(r, g);
    records[i] = {
      id: i,
      level: LEVELS[g.lv]!,
      channel: CHANNELS[g.ch] ?? null,
      receivedAt: dayStr[g.rec - first]!,
      dueDate: g.due !== NO_DATE ? dayStr[g.due - first]! : null,
      slaWorkingDays: g.due === NO_DATE ? g.sla : null,
      resolvedAt: g.res !== NO_DATE ? dayStr[g.res - first]! : null,
    };
  }
  const cal = civilServiceCalendar;
  const from = toDayNumber(FROM);
  const to = toDayNumber(TO);
  /** Day number of a well-formed ISO date, as a plain loop would read it: character codes, no checks. */
  const dayOf = (s: string): number => {
    let y = (s.charCodeAt(0) - 48) * 1000 + (s.charCodeAt(1) - 48) * 100 + (s.charCodeAt(2) - 48) * 10 + s.charCodeAt(3) - 48;
    const m = (s.charCodeAt(5) - 48) * 10 + s.charCodeAt(6) - 48;
    const d = (s.charCodeAt(8) - 48) * 10 + s.charCodeAt(9) - 48;
    if (m <= 2) y--;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
  };
  /** The yardstick: the report's classification written as one loop, no validation, no options, no engine. */
  function plainLoop(list: readonly DossierRecord[]) {
    let carriedOver = 0;
    let newOnline = 0;
    let newInPerson = 0;
    let newPostal = 0;
    let early = 0;
    let onTime = 0;
    let late = 0;
    let withinDue = 0;
    let overdue = 0;
    for (let i = 0; i < list.length; i++) {
      const d = list[i]!;
      const rec = dayOf(d.receivedAt as string);
      if (rec > to) continue;
      const res = d.resolvedAt ? dayOf(d.resolvedAt as string) : NO_DATE;
      if (res !== NO_DATE && res < from) continue;
      const due = d.dueDate ? dayOf(d.dueDate as string) : cal.addWorkingDaysToDayNumber(rec, d.slaWorkingDays as number);
      if (rec < from) carriedOver++;
      else if (d.channel === 'online') newOnline++;
      else if (d.channel === 'postal') newPostal++;
      else newInPerson++;
      if (res !== NO_DATE && res <= to) {
        if (res < due) early++;
        else if (res === due) onTime++;
        else late++;
      } else if (due < to) overdue++;
      else withinDue++;
    }
    return {
      received: { total: carriedOver + newOnline + newInPerson + newPostal, carriedOver, newOnline, newInPerson, newPostal },
      resolved: { total: early + onTime + late, early, onTime, late },
      pending: { total: withinDue + overdue, withinDue, overdue },
      withdrawnOrReturned: 0,
      awaitingSupplement: 0,
    };
  }
  const opts = { start: FROM, end: TO, calendar: cal };
  const time = (fn: () => unknown) => {
    const t0 = performance.now();
    fn();
    return performance.now() - t0;
  };
  let ours: DossierTally | undefined;
  let loop: ReturnType<typeof plainLoop> | undefined;
  const c = compare(
    RUNS,
    () => time(() => (ours = tallyDossiers(records, opts))),
    () => time(() => (loop = plainLoop(records))),
  );
  const same = counts(ours!) === counts(loop as unknown as DossierTally);
  report(
    `in-memory \`tallyDossiers\` over ${OBJECTS / 1e6}M objects vs a plain loop doing the same classification (medians of ${RUNS}, in turn)`,
    `${c.ratio.toFixed(2)}× (${sec(c.a)} vs ${sec(c.b)}); same counts: ${same ? 'yes' : 'NO'}`,
    '≤ 1.3×',
    c.ratio <= 1.3 && same,
  );
  records.length = 0;
}

// 7. `npm start` a second time (nothing changed since the last build).
if (!SKIP.has('start')) {
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
  const times: number[] = [];
  timeProcess('npm', ['start', '--silent']);
  for (let i = 0; i < RUNS; i++) times.push(timeProcess('npm', ['start', '--silent']));
  const m = median(times);
  report("`npm start` (the README's main job) a second time", `${sec(m)} (median of ${RUNS})`, '≤ 3 s when nothing changed', m <= 3000);
}

// 8. The generated SQL vs hand-written SQL on DuckDB, same table (the CSV loaded once), same counts.
if (!SKIP.has('sql')) {
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const c = await instance.connect();
  for (const s of readFileSync(setupFile, 'utf8').split('\n;\n')) if (s.trim()) await c.run(s);
  await c.run(`CREATE TABLE d AS SELECT * FROM read_csv('${csv}', header = true, columns = ${csvColumns})`);
  const generated = dossierSql({ dialect: 'duckdb', dossiers: 'd', calendarTable: 'cal', from: FROM, to: TO, columns: sqlColumns });
  const f = `DATE '${FROM}'`;
  const t = `DATE '${TO}'`;
  // What an analyst would write for the report's columns: the SLA due date by the working-day index, FILTER counts.
  const handWritten = `
WITH cw AS (SELECT working_day_index AS wi, date FROM cal WHERE is_working_day),
x AS (
  SELECT d."receivedAt" AS rec, d."resolvedAt" AS res, d.channel,
    COALESCE(d."dueDate", cw.date) AS due
  FROM d
  LEFT JOIN cal AS cr ON cr.date = d."receivedAt"
  LEFT JOIN cw ON cw.wi = cr.working_day_index + d."slaWorkingDays" + CASE WHEN d."slaWorkingDays" = 0 AND NOT cr.is_working_day THEN 1 ELSE 0 END
  WHERE d."receivedAt" <= ${t} AND (d."resolvedAt" IS NULL OR d."resolvedAt" >= ${f})
)
SELECT
  count(*) AS received_total,
  count(*) FILTER (WHERE rec < ${f}) AS carried_over,
  count(*) FILTER (WHERE rec >= ${f} AND channel = 'online') AS new_online,
  count(*) FILTER (WHERE rec >= ${f} AND (channel IS NULL OR channel NOT IN ('online', 'postal'))) AS new_in_person,
  count(*) FILTER (WHERE rec >= ${f} AND channel = 'postal') AS new_postal,
  count(*) FILTER (WHERE res <= ${t}) AS resolved_total,
  count(*) FILTER (WHERE res <= ${t} AND res < due) AS resolved_early,
  count(*) FILTER (WHERE res <= ${t} AND res = due) AS resolved_on_time,
  count(*) FILTER (WHERE res <= ${t} AND res > due) AS resolved_late,
  count(*) FILTER (WHERE res IS NULL OR res > ${t}) AS pending_total,
  count(*) FILTER (WHERE (res IS NULL OR res > ${t}) AND due >= ${t}) AS pending_within_due,
  count(*) FILTER (WHERE (res IS NULL OR res > ${t}) AND due < ${t}) AS pending_overdue,
  0 AS withdrawn_or_returned,
  0 AS awaiting_supplement
FROM x`;
  const run = async (sql: string) => {
    const t0 = performance.now();
    const out = (await c.runAndReadAll(sql)).getRowObjectsJS() as Record<string, unknown>[];
    return { ms: performance.now() - t0, out };
  };
  await run(generated);
  await run(handWritten);
  const gs: number[] = [];
  const hs: number[] = [];
  let gOut: Record<string, unknown>[] = [];
  let hOut: Record<string, unknown>[] = [];
  for (let i = 0; i < RUNS; i++) {
    const a = await run(generated);
    const b = await run(handWritten);
    gs.push(a.ms);
    hs.push(b.ms);
    gOut = a.out;
    hOut = b.out;
  }
  const same = counts(tallyAggregateRows(gOut)) === counts(tallyAggregateRows(hOut));
  const ratio = median(gs) / median(hs);
  report(
    `generated SQL vs hand-written SQL on DuckDB, ${ROWS / 1e6}M rows in a table (medians of ${RUNS}, in turn)`,
    `${ratio.toFixed(2)}× (${median(gs).toFixed(0)} vs ${median(hs).toFixed(0)} ms); same counts: ${same ? 'yes' : 'NO'}`,
    '≤ 1.1×',
    ratio <= 1.1 && same,
  );
  c.closeSync();
  instance.closeSync();
}

console.log(`\nload average ${load()} at the end`);

if (WRITE_DOCS) {
  const doc = join(root, 'docs/performance.md');
  const start = '<!-- bench:goals:start -->';
  const end = '<!-- bench:goals:end -->';
  const text = readFileSync(doc, 'utf8');
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`docs/performance.md has no ${start} … ${end} section`);
  const table = [
    `Measured by \`npm run bench:goals\` (Node ${process.version}, ${cpus().length} cores, load average ${load()} at the end of the run).`,
    '',
    '| measure | figure | goal | |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${r.measure} | ${r.figure} | ${r.goal} | ${r.met === undefined ? '' : r.met ? 'met' : 'not met'} |`),
  ].join('\n');
  writeFileSync(doc, `${text.slice(0, i + start.length)}\n${table}\n${text.slice(j)}`);
  console.log('docs/performance.md updated');
}
