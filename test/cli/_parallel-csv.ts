// Shared set-up of the tests of `cchc dossiers` reading a CSV file with several threads (parallel-csv*.test.ts): a
// temporary directory, the size threshold lowered through the internal environment variable, the ranges read in this
// thread by default (the internal `inProcess` hook), and one run of the real CLI on a real file.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { nodeIO } from '../../src/cli/node-io.js';
import { lastParallelRead, PARALLEL_MIN_BYTES_ENV, parallelCsvTestHooks } from '../../src/cli/parallel-csv.js';
import { runCli } from '../../src/cli/run.js';

/** A period and JSON output: the arguments most cases use. */
export const PERIOD = ['--from', '2024-01-01', '--to', '2024-12-31', '--format', 'json'];

/** Register the hooks of a parallel-CSV test file; `dir()` is its temporary directory (once `beforeAll` ran). */
export function useParallelCsvTests(prefix: string): { dir: () => string; write: (content: string | Uint8Array, ext?: string) => string } {
  let dir = '';
  let saved: string | undefined;
  let fileNo = 0;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), prefix));
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
  return {
    dir: () => dir,
    /** A new file in the directory with `content`. */
    write: (content, ext = 'csv') => {
      const path = join(dir, `f${++fileNo}.${ext}`);
      writeFileSync(path, content);
      return path;
    },
  };
}

/** One run of the real CLI on a real file: exit code, standard output and error, the rejected-rows file. */
export async function runDossiers(file: string, args: readonly string[], threads: number, o: { tty?: boolean } = {}): Promise<string> {
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

/** Whether the last run really read the file in more than one range. */
export const wasParallel = (): boolean => (lastParallelRead.ranges ?? 0) > 1;
