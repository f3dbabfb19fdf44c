// Adversarial review of the parallel CSV reader of `cchc dossiers` (issue 18, src/cli/parallel-csv.ts): cases where
// `--threads N` (N > 1) does not give the output of `--threads 1` to the byte. Each test is a minimal reproduction of
// one discrepancy found with real processes (the size threshold lowered through the internal environment variable).
// Same helpers and style as test/cli/parallel-csv.test.ts.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { nodeIO } from '../../src/cli/node-io.js';
import { lastParallelRead, PARALLEL_MIN_BYTES_ENV, parallelCsvTestHooks } from '../../src/cli/parallel-csv.js';
import { runCli } from '../../src/cli/run.js';

const PERIOD = ['--from', '2024-01-01', '--to', '2024-12-31', '--format', 'json'];
let dir = '';
let saved: string | undefined;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cchc-parallel-adv-'));
  saved = process.env[PARALLEL_MIN_BYTES_ENV];
  process.env[PARALLEL_MIN_BYTES_ENV] = '0';
});
afterAll(() => {
  if (saved === undefined) delete process.env[PARALLEL_MIN_BYTES_ENV];
  else process.env[PARALLEL_MIN_BYTES_ENV] = saved;
  parallelCsvTestHooks.inProcess = undefined;
  parallelCsvTestHooks.targets = undefined;
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  parallelCsvTestHooks.inProcess = true;
  parallelCsvTestHooks.targets = undefined;
});

/** One run of the real CLI on a real file: exit code, standard output and error, the rejected-rows file. */
async function run(file: string, args: readonly string[], threads: number, o: { tty?: boolean } = {}): Promise<string> {
  let out = '';
  let err = '';
  const io = {
    ...nodeIO,
    out: (t: string) => {
      out += t;
    },
    err: (t: string) => {
      err += t;
    },
    rawErr: (t: string) => {
      err += t;
    },
    errIsTTY: o.tty ?? false,
  };
  delete lastParallelRead.ranges;
  const code = await runCli(['dossiers', file, ...args, '--threads', String(threads)], io);
  const rejectedFile = `${file.replace(/\.(csv|tsv|txt)$/i, '')}.rejected.csv`;
  const rejected = existsSync(rejectedFile) ? readFileSync(rejectedFile, 'utf8') : null;
  return JSON.stringify({ code, out, err, rejected }, null, 1);
}

let fileNo = 0;
function write(content: string | Uint8Array, ext = 'csv'): string {
  const path = join(dir, `f${++fileNo}.${ext}`);
  writeFileSync(path, content);
  return path;
}

const HEADER = 'id,receivedAt,dueDate,resolvedAt,channel,agency,note';
const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => `HS${i},2024-03-${String(1 + (i % 20)).padStart(2, '0')},2024-03-25,,online,A,`).join('\n');

describe('cchc dossiers --threads N: adversarial cases', () => {
  it('on a terminal, an invalid period (--from after --to): the same standard error as --threads 1', async () => {
    // `--threads 1` starts its progress line before the tally checks its options, so a terminal gets a final
    // "0 records" progress line before the error; the parallel path checks the options first and prints none.
    const file = write(`${HEADER}\n${rows(20)}\n`);
    const args = ['--from', '2024-12-31', '--to', '2024-01-01', '--format', 'json'];
    const expected = await run(file, args, 1, { tty: true });
    expect(await run(file, args, 2, { tty: true })).toBe(expected);
  });
});
