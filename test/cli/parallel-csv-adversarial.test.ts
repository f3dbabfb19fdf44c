// Regression tests from an adversarial review of the parallel CSV reader of `cchc dossiers` (issue 18,
// src/cli/parallel-csv.ts): cases where `--threads N` (N > 1) did not give the output of `--threads 1` to the byte
// (a hang, a crash, counts changed by a file saved during the run, a different standard error). Each test is a minimal
// reproduction found with real processes (the size threshold lowered through the internal environment variable).
import { spawn, spawnSync } from 'node:child_process';
import { renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PARALLEL_MIN_BYTES_ENV, parallelCsvTestHooks } from '../../src/cli/parallel-csv.js';
import { PERIOD, runDossiers, useParallelCsvTests } from './_parallel-csv.js';

const { dir, write } = useParallelCsvTests('cchc-parallel-adv-');

const HEADER = 'id,receivedAt,dueDate,resolvedAt,channel,agency,note';
const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => `HS${i},2024-03-${String(1 + (i % 20)).padStart(2, '0')},2024-03-25,,online,A,`).join('\n');

describe('cchc dossiers --threads N: adversarial cases', () => {
  it('on a terminal, an invalid period (--from after --to): the same standard error as --threads 1', async () => {
    // `--threads 1` starts its progress line before the tally checks its options, so a terminal gets a final
    // "0 records" progress line before the error; the parallel path checks the options first and prints none.
    const file = write(`${HEADER}\n${rows(20)}\n`);
    const args = ['--from', '2024-12-31', '--to', '2024-01-01', '--format', 'json'];
    const expected = await runDossiers(file, args, 1, { tty: true });
    expect(await runDossiers(file, args, 2, { tty: true })).toBe(expected);
  });

  it('--calendar naming a FIFO (read once by the main thread): no hang, the output of --threads 1', async () => {
    // The main thread reads the calendar once; every range (worker) resolves `--calendar` again from its path. A FIFO
    // (or any file that can be read once) then blocks the second open forever: `--threads 1` finishes, `--threads 2`
    // hangs. The test feeds the FIFO once per run, and feeds it again only after a generous delay, to free the run.
    if (process.platform === 'win32') return;
    const file = write(`${HEADER}\n${rows(20)}\n`);
    const calendar = write(
      '{ "base": "civil-service", "name": "tinh-x", "days": [{ "date": "2024-05-03", "kind": "day-off", "nameVi": "Nghỉ", "source": "QĐ 1" }] }',
      'json',
    );
    const fifo = join(dir(), 'calendar.fifo');
    await new Promise<void>((resolve, reject) =>
      spawn('mkfifo', [fifo]).on('exit', (c) => (c === 0 ? resolve() : reject(new Error(`mkfifo: ${c}`)))),
    );
    const feed = () => spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', calendar, fifo], { stdio: 'ignore' });
    const once = async (threads: number): Promise<{ result: string; fedAgain: boolean }> => {
      feed();
      let fedAgain = false;
      let finished = false;
      const p = runDossiers(file, [...PERIOD, '--calendar', fifo], threads).finally(() => {
        finished = true;
      });
      // Not a speed bound: a run of 20 rows that has not finished after 15 s is blocked; feed the FIFO until it ends.
      await Promise.race([p, new Promise((r) => setTimeout(r, 15_000))]);
      while (!finished) {
        fedAgain = true;
        const w = feed();
        await Promise.race([p, new Promise((r) => w.on('exit', r))]);
      }
      return { result: await p, fedAgain };
    };
    const expected = await once(1);
    expect(expected.fedAgain).toBe(false);
    const got = await once(2);
    expect(got.fedAgain).toBe(false); // the parallel run waited for a second writer of the FIFO (a hang)
    expect(got.result).toBe(expected.result);
  }, 60_000);

  it('--calendar file rewritten while the CSV file is read: the calendar read at the start, as with one thread', async () => {
    // The single-thread run reads the calendar once, before the CSV file. The parallel run reads it once in the main
    // thread and again in every range: a calendar saved in between (an editor, a sync tool) is half-applied. The
    // rewrite is simulated at the moment the split points are chosen (after the main thread read the calendar).
    // Due dates counted in working days (slaWorkingDays): the calendar decides on-time and late.
    const sla = Array.from(
      { length: 40 },
      (_, i) => `HS${i},2024-04-${String(1 + (i % 28)).padStart(2, '0')},5,2024-05-0${1 + (i % 9)},online,A`,
    );
    const file = write(`id,receivedAt,slaWorkingDays,resolvedAt,channel,agency\n${sla.join('\n')}\n`);
    const before =
      '{ "base": "civil-service", "name": "tinh-x", "days": [{ "date": "2024-05-03", "kind": "day-off", "nameVi": "Nghỉ", "source": "QĐ 1" }] }';
    const after = '{ "base": "labour-code", "name": "tinh-y", "days": [] }';
    const calendar = write(before, 'json');
    const args = [...PERIOD, '--calendar', calendar];
    const expected = await runDossiers(file, args, 1);
    parallelCsvTestHooks.targets = (start, size) => {
      writeFileSync(calendar, after);
      return [start + Math.floor((size - start) / 2)];
    };
    let got: string;
    try {
      got = await runDossiers(file, args, 2);
    } finally {
      writeFileSync(calendar, before);
    }
    expect(got).toBe(expected);
  });

  it('under an address-space limit (ulimit -v): --threads 8 does not kill the process where --threads 1 works', () => {
    // The workers start before the file is known to be splittable (even for a file of one row, read by one thread).
    // Each worker's V8 isolate reserves virtual memory; under `ulimit -v` V8 aborts the whole process ("Fatal process
    // OOM in Failed to reserve virtual memory for CodeRange", SIGTRAP, exit 133) instead of the read falling back to
    // one thread. The built CLI in a child process (the limit applies to it only).
    if (process.platform !== 'linux') return;
    const cli = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
    const file = write(`${HEADER}\n${rows(3)}\n`);
    const once = (threads: number) => {
      const r = spawnSync(
        'sh',
        ['-c', 'ulimit -v 3000000 && exec "$@"', 'sh', process.execPath, cli, 'dossiers', file, ...PERIOD, '--threads', String(threads)],
        { encoding: 'utf8', env: { ...process.env, [PARALLEL_MIN_BYTES_ENV]: '0' } },
      );
      return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
    };
    const expected = once(1);
    expect(expected.status).toBe(0);
    expect(once(8)).toEqual(expected);
  }, 60_000);

  it('the CSV file replaced (saved by rename) while it is read: the file that was opened, as with one thread', async () => {
    // The single-thread run opens the file once and reads that file to its end, whatever is saved over its name in the
    // meantime (an export tool writing a new version and renaming it into place). The parallel run opens the file by
    // name again for the split points and in every range, and reads the new file's bytes at the old file's offsets.
    // The replacement is simulated at the moment the split points are chosen.
    const original = `${HEADER}\n${rows(40)}\n`;
    const replacement = `${HEADER}\n${rows(40).replaceAll('online', 'fax')}\n`; // every row rejected (bad channel)
    const file = write(original);
    const expected = await runDossiers(file, PERIOD, 1);
    parallelCsvTestHooks.targets = (start, size) => {
      const next = join(dir(), 'next.csv');
      writeFileSync(next, replacement);
      renameSync(next, file);
      return [start + Math.floor((size - start) / 2)];
    };
    const got = await runDossiers(file, PERIOD, 2);
    expect(got).toBe(expected);
  });
});
