/**
 * `cchc dossiers` on a large CSV file, read by several threads (issue 18): the tally is a monoid, so the file is cut
 * into byte ranges at line ends, each range is read and tallied by a worker thread (`csv-worker.ts`), and the tallies
 * are merged. The output is the single-thread reader's, to the byte: the same counts, the same rejected rows with the
 * same row and line numbers in the same order, the same notes.
 *
 * How it stays the same:
 * - The main thread reads the start of the file with the single-thread reader's own code (encoding, delimiter
 *   detection, header search) and finds the byte where the header row ends. Anything unusual there (not UTF-8, a row
 *   that cannot be split before the header, a header over several lines, no header in the first bytes) and the file
 *   is read by the single-thread path instead.
 * - Ranges start after a line end (LF, CRLF, or a CR not followed by LF), never between the CR and LF of a CRLF. In
 *   UTF-8 those bytes are never part of another character. Without `--multiline-fields` every line end ends a row. With
 *   it, a range may start inside a quoted field that runs over lines: the thread of the range before sees it (its
 *   splitter is inside a row at its end) and reads on to the end of the file itself; the later ranges' results are
 *   dropped (slower, never wrong).
 * - Row and line numbers: each thread numbers from the start of its range; the main thread adds the rows and lines
 *   of the ranges before it once they are done, and passes the rejected rows on (to `onReject`, the report) in the
 *   file's order. A thread whose rejected rows are waiting for an earlier range stops after a bounded number of them
 *   until its turn (memory stays bounded whatever the file).
 * - A thread that fails (bytes that are not UTF-8, a read error, …) stops the parallel read: the caller reads the file
 *   again on the single-thread path, which reports the problem exactly as it always did.
 */
import { availableParallelism } from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { CchcErrorCode } from '../core/error-codes.js';
import type { Locale } from '../core/locale.js';
import { tryLayout, type DossierCsvField } from '../dossier/csv-columns.js';
import { HEADER_SEARCH_ROWS } from '../dossier/csv-dossiers.js';
import type { TextEncodingName } from '../dossier/csv-encoding.js';
import { CsvReportBuilder, type DossierCsvReport, type RejectedCsvRow } from '../dossier/csv-report.js';
import { csvPieceBatches, type CsvTextInfo } from '../dossier/csv-source.js';
import type { CsvPiece } from '../dossier/_internal/csv-splitter.js';
import { readCsvRange, STOP } from './csv-range.js';
import { mergeTallies, type DossierTally } from '../dossier/tally.js';

/**
 * The smallest CSV file `cchc dossiers` reads with several threads by default (bytes): 64 MiB, about 1.3 million rows
 * of a plain export. Below it, starting the threads costs more than it saves: reading a worker's code and warming it
 * up is about 0.3 s of CPU, and a 16 MiB file took 1.4× the single-thread wall with two threads on this 2-core machine
 * at load average 6 (medians of 9, in turn). Stdin and other non-regular files are always read by one thread.
 */
export const PARALLEL_CSV_MIN_BYTES = 64 * 2 ** 20;

/** The most threads `--threads` accepts. */
export const MAX_CSV_THREADS = 64;

/** The most threads the automatic choice uses (the merge and the main thread's work grow with their number). */
const AUTO_THREADS_MAX = 8;

/**
 * Internal, for tests only: an environment variable that lowers {@link PARALLEL_CSV_MIN_BYTES} (a byte count), so
 * that small test files take the parallel path. Not a documented option.
 */
export const PARALLEL_MIN_BYTES_ENV = 'CCHC_INTERNAL_PARALLEL_MIN_BYTES';

/** How many bytes of the file's start are read to find the encoding, the delimiter and the header. */
const PRESCAN_MAX_BYTES = 4 * 2 ** 20;
/** Bytes read at a time, as the single-thread path reads them (the delimiter detection depends on the chunking). */
const READ_BYTES = 1 << 16;
/**
 * Rejected-row entries a range sends before it waits for its turn (the main thread keeps them until the ranges
 * before it are done): about 10 MB at most per range, whatever the file (100,000 let a file of bad rows take
 * 100 MB more per thread).
 */
const REJECTS_BEFORE_TURN = 10_000;
/**
 * Address space a worker thread reserves (MiB), with its code space limited to {@link WORKER_CODE_RANGE_MB}: measured
 * 160-210 MiB on Node 20 (650 MiB with V8's default code space), rounded up. Under an address-space limit
 * (`ulimit -v`), the threads are as many as fit: a worker that cannot reserve its memory aborts the whole process.
 */
const WORKER_ADDRESS_SPACE_MB = 256;
/** The code space of a worker thread (MiB): ample for the reader's compiled code (V8's default is 512 on x64). */
const WORKER_CODE_RANGE_MB = 64;
/** How far past a would-be split point a line end is looked for. */
const MAX_SEEK_BYTES = 16 * 2 ** 20;

/** A rejected-row entry from a worker: row and line in its range, field, code, Vietnamese and English messages. */
export type RejectTuple = [number, number, string | null, string, string, string];

/** What a worker is given: the job's reading options, and its range. @internal */
export interface CsvWorkerData
  extends Pick<
    ParallelCsvJob,
    'file' | 'multiline' | 'dateFormat' | 'columns' | 'from' | 'to' | 'rules' | 'calendar' | 'calendarText' | 'groupBy' | 'lang'
  > {
  /** The file descriptor the main thread opened (shared by the threads of the process; read by position). */
  readonly fd: number;
  readonly size: number;
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly final: boolean;
  readonly turn: SharedArrayBuffer;
  readonly rejectsBeforeTurn: number;
  /** The delimiter found at the file's start (the job's may be `auto`). */
  readonly delimiter: string;
  readonly width: number;
  readonly header: readonly string[];
}

/** What a worker says. @internal */
export type CsvWorkerMessage =
  | { readonly t: 'rej'; readonly rows: RejectTuple[] }
  | { readonly t: 'prog'; readonly accepted: number; readonly rejectedRows: number }
  | {
      readonly t: 'done';
      readonly result: DossierTally | Map<string | null, DossierTally>;
      readonly rowsRead: number;
      readonly accepted: number;
      readonly rejectedRows: number;
      /** Rows (pieces: records, blank rows, unsplittable rows) in the range. */
      readonly pieces: number;
      /** Physical lines in the range. */
      readonly lines: number;
      /** Whether the worker read on to the end of the file (its range ended inside a row). */
      readonly extended: boolean;
    }
  | { readonly t: 'err'; readonly message: string };

/** A parallel read of `cchc dossiers`. */
export interface ParallelCsvJob {
  readonly file: string;
  readonly threads: number;
  readonly delimiter: string;
  readonly encoding: TextEncodingName;
  readonly multiline: boolean;
  readonly dateFormat: 'auto' | 'iso' | 'dd/mm/yyyy';
  readonly columns: Partial<Record<DossierCsvField, string>>;
  readonly maxRejected: number;
  readonly onReject: (r: RejectedCsvRow) => void;
  readonly from: string;
  readonly to: string;
  readonly rules: 'report' | 'qd766' | 'nd118' | 'in-force';
  readonly calendar: string | undefined;
  /** The text of the `--calendar` file, read once by the caller (`undefined` for a named calendar). */
  readonly calendarText: string | undefined;
  readonly groupBy: string | undefined;
  readonly lang: Locale;
}

/** The running counts, for the progress line (the sum over the threads). */
export interface ParallelCsvProgress {
  accepted: number;
  rejectedRows: number;
}

/**
 * Internal, for tests: how the last parallel read went (ranges started, and the range read on to the end of the file
 * because a quoted field ran over its end, or −1). `undefined` until one ran.
 */
export const lastParallelRead: { ranges?: number; threads?: number; extendedAt?: number } = {};

/**
 * Internal, for tests: run the ranges in this thread one after another's awaits (no worker threads, so that a test can
 * try thousands of splits), and choose the split points (`targets`: byte positions, each moved to the next line
 * start; the threads count is then one more than the targets).
 */
export const parallelCsvTestHooks: {
  inProcess?: boolean;
  targets?: (bodyStart: number, size: number) => readonly number[];
  rejectsBeforeTurn?: number;
} = {};

/** Raised when the parallel read stopped after passing rejected rows on: the caller starts over on one thread. */
export class ParallelCsvAbandoned extends Error {
  override readonly name = 'ParallelCsvAbandoned';
}

/** The threshold in bytes (the internal test variable, when set to a count). */
export function parallelMinBytes(): number {
  const v = process.env[PARALLEL_MIN_BYTES_ENV];
  return v !== undefined && /^[0-9]{1,15}$/.test(v) ? Number(v) : PARALLEL_CSV_MIN_BYTES;
}

/**
 * How many worker threads fit under the process's address-space limit (`ulimit -v`; Linux, from /proc), or
 * `Infinity` when there is none or it cannot be read.
 */
export function workersThatFit(): number {
  let limits: string;
  let status: string;
  try {
    limits = readFileSync('/proc/self/limits', 'utf8');
    status = readFileSync('/proc/self/status', 'utf8');
  } catch {
    return Number.POSITIVE_INFINITY;
  }
  const limit = /^Max address space\s+(\d+|unlimited)/m.exec(limits)?.[1];
  const used = /^VmSize:\s+(\d+)\s+kB/m.exec(status)?.[1];
  if (limit === undefined || limit === 'unlimited' || used === undefined) return Number.POSITIVE_INFINITY;
  // What is left, less a margin for the main thread's own growth (its heap, the file's buffers).
  const leftMb = Number(limit) / 2 ** 20 - Number(used) / 1024 - 512;
  return Math.max(0, Math.floor(leftMb / WORKER_ADDRESS_SPACE_MB));
}

/**
 * How many threads read a file of `size` bytes: `requested` (`--threads`), else automatic (one per available core,
 * up to 8, when there are several and the file is large enough). Never more than one per half of the size
 * threshold (32 MiB by default: a thread costs about 0.3 s of CPU to start), nor more than fit under an address-space
 * limit. 1: the single-thread path.
 */
export function csvThreads(requested: number | undefined, size: number | undefined): number {
  const min = parallelMinBytes();
  if (requested === 1 || size === undefined || size < min) return 1;
  const cores = availableParallelism();
  const wanted = requested ?? (cores > 1 ? Math.min(cores, AUTO_THREADS_MAX) : 1);
  const bySize = min > 0 ? Math.max(1, Math.floor(size / (min / 2))) : wanted;
  const threads = Math.min(wanted, bySize, 1 + workersThatFit());
  return threads >= 2 ? threads : 1;
}

/** What the start of the file says: where the rows after the header start, and how to read them. */
interface Prefix {
  readonly info: CsvTextInfo;
  readonly header: readonly string[];
  readonly headerRow: number;
  /** Line number of the header (1-based); the header is one line. */
  readonly headerLine: number;
  /** Fields of the file's first record (the splitter's width). */
  readonly width: number;
  readonly bytes: Uint8Array;
}

/** Read the file's start with the single-thread reader's code; `undefined` when anything there is unusual. */
async function readPrefix(job: ParallelCsvJob, size: number, file: FileHandle): Promise<Prefix | undefined> {
  const chunks: Uint8Array[] = [];
  let read = 0;
  async function* source(): AsyncGenerator<Uint8Array> {
    while (read < size && read < PRESCAN_MAX_BYTES) {
      const buf = new Uint8Array(Math.min(READ_BYTES, size - read));
      const { bytesRead } = await file.read(buf, 0, buf.length, read);
      if (bytesRead === 0) return;
      read += bytesRead;
      const b = buf.subarray(0, bytesRead);
      chunks.push(b);
      yield b;
    }
  }
  const info: CsvTextInfo = {};
  let rows = 0;
  let seen = 0;
  let width = -1;
  let header: { fields: readonly string[]; row: number; line: number } | undefined;
  let confirmed = false;
  try {
    const options = { delimiter: job.delimiter, multiline: job.multiline, encoding: job.encoding };
    for await (const batch of csvPieceBatches(source(), options, info)) {
      // (The encoding is known once the first text has been split: read on until then.)
      if (confirmed && info.encoding !== undefined) break;
      for (const p of batch as CsvPiece[]) {
        if (confirmed) break;
        rows++;
        if (header !== undefined) {
          // The header must be one line (the rows after it start on the next one).
          if (p.line !== header.line + 1) return undefined;
          confirmed = true;
          break;
        }
        if (p.kind === 'blank') continue;
        if (p.kind === 'error') return undefined;
        if (width < 0) width = p.fields.length;
        seen++;
        if (tryLayout(p.fields, job.columns).layout !== undefined) header = { fields: p.fields, row: rows, line: p.line };
        else if (seen >= HEADER_SEARCH_ROWS) return undefined;
      }
    }
  } catch {
    return undefined;
  }
  if (header === undefined || !confirmed || info.encoding?.encoding !== 'utf-8' || info.delimiter === undefined) return undefined;
  const bytes = new Uint8Array(read);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { info, header: header.fields, headerRow: header.row, headerLine: header.line, width, bytes };
}

/** The byte after the `n`-th line end of `bytes` (LF, CRLF, or a CR alone), or −1. */
function afterLines(bytes: Uint8Array, n: number): number {
  let count = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 10 || b === 13) {
      if (b === 13) {
        if (i + 1 >= bytes.length) return -1;
        if (bytes[i + 1] === 10) i++;
      }
      if (++count === n) return i + 1;
    }
  }
  return -1;
}

/** The first byte after a line end at or after `pos` (never between a CR and its LF), or −1 when none is near. */
async function lineStartAfter(file: FileHandle, pos: number, size: number): Promise<number> {
  const buf = Buffer.allocUnsafe(READ_BYTES + 1);
  for (let at = pos; at < size && at < pos + MAX_SEEK_BYTES; at += READ_BYTES) {
    const { bytesRead } = await file.read(buf, 0, Math.min(READ_BYTES + 1, size - at), at);
    for (let i = 0; i < Math.min(bytesRead, READ_BYTES); i++) {
      const b = buf[i];
      if (b === 10) return at + i + 1;
      if (b === 13) {
        if (i + 1 < bytesRead) return buf[i + 1] === 10 ? at + i + 2 : at + i + 1;
        return at + i + 1 === size ? size : -1;
      }
    }
  }
  return -1;
}

/** A worker started before its range is known (it loads its code meanwhile), and how it failed, if it did. */
interface EarlyWorker {
  readonly worker: Worker;
  failure?: string;
  onFailure?: (message: string) => void;
}

/**
 * Start a worker: the built script beside the CLI, or the source (loaded through tsx) when running from the sources.
 * It waits for its range (a {@link CsvWorkerData} message).
 */
function startWorker(): EarlyWorker {
  const built = new URL('./csv-worker.js', import.meta.url);
  let worker: Worker;
  const resourceLimits = { codeRangeSizeMb: WORKER_CODE_RANGE_MB };
  if (existsSync(fileURLToPath(built))) worker = new Worker(built, { resourceLimits });
  else {
    const source = new URL('./csv-worker.ts', import.meta.url).href;
    const code = `import('tsx/esm/api').then((m) => m.tsImport(${JSON.stringify(source)}, ${JSON.stringify(source)}))`;
    worker = new Worker(code, { eval: true, resourceLimits });
  }
  const early: EarlyWorker = { worker };
  const failed = (message: string) => {
    if (early.failure !== undefined) return;
    early.failure = message;
    early.onFailure?.(message);
  };
  worker.on('error', (e) => failed(String(e)));
  worker.on('exit', (code) => failed(`worker exited (${code})`));
  return early;
}

/**
 * Tally a CSV file with `job.threads` threads. Resolves to `undefined` (before passing on anything) when the file
 * cannot be split safely; rejects with {@link ParallelCsvAbandoned} when a thread failed after rejected rows were
 * passed on. In both cases the caller reads the file on the single-thread path.
 */
export async function tallyCsvFileInParallel(
  job: ParallelCsvJob,
  progress: ParallelCsvProgress,
): Promise<{ result: DossierTally | Map<string | null, DossierTally>; report: DossierCsvReport } | undefined> {
  const inProcess = parallelCsvTestHooks.inProcess === true;
  // The workers start now and load their code while this thread reads the file's start (the first range is read
  // here); they are stopped if the file cannot be split.
  const early = inProcess ? [] : Array.from({ length: job.threads - 1 }, startWorker);
  // The file is opened once, here: every range reads this descriptor (a file saved by rename meanwhile is not read,
  // as the single-thread reader keeps the file it opened), and the size is the opened file's.
  let file: FileHandle | undefined;
  const running: Promise<unknown>[] = []; // ranges read by this thread
  try {
    file = await open(job.file, 'r');
    const opened = await file.stat();
    if (!opened.isFile()) return undefined;
    return await readAndMerge(job, opened.size, progress, early, file, running);
  } catch (e) {
    if (e instanceof ParallelCsvAbandoned || file !== undefined) throw e;
    return undefined; // could not open it: the single-thread path reports that as always
  } finally {
    // Every thread stopped before the descriptor is closed (a read after the close could reach another file).
    await Promise.all([...early.map((e) => e.worker.terminate()), ...running]);
    await file?.close();
  }
}

async function readAndMerge(
  job: ParallelCsvJob,
  size: number,
  progress: ParallelCsvProgress,
  early: readonly EarlyWorker[],
  file: FileHandle,
  running: Promise<unknown>[],
): Promise<{ result: DossierTally | Map<string | null, DossierTally>; report: DossierCsvReport } | undefined> {
  const prefix = await readPrefix(job, size, file);
  if (prefix === undefined) return undefined;
  const bodyStart = afterLines(prefix.bytes, prefix.headerLine);
  if (bodyStart < 0 || bodyStart >= size) return undefined;
  // The split points: evenly spaced, each moved to the next line start, one range per thread. (Four ranges per thread,
  // handed out as threads become free, balance better on paper but cost 12% more CPU and wall on the 5M-row file,
  // measured in turn at load average 3-4, for a reason not investigated. The dispatch below still
  // takes any number of ranges, which the tests use.)
  const body = size - bodyStart;
  const count = job.threads;
  const starts = [bodyStart];
  const targets =
    parallelCsvTestHooks.targets?.(bodyStart, size) ??
    Array.from({ length: count - 1 }, (_, k) => bodyStart + Math.floor((body * (k + 1)) / count));
  for (const target of targets) {
    if (target < starts[starts.length - 1]!) continue;
    const s = await lineStartAfter(file, target, size);
    if (s > starts[starts.length - 1]! && s < size) starts.push(s);
  }
  if (starts.length < 2) return undefined;
  const n = starts.length;
  const threads = Math.min(job.threads, n);
  lastParallelRead.ranges = n;
  lastParallelRead.threads = threads;
  lastParallelRead.extendedAt = -1;
  const turn = new SharedArrayBuffer(4 * n);
  const turns = new Int32Array(turn);
  turns[0] = 1;
  for (let k = threads; k <= early.length; k++) void early[k - 1]!.worker.terminate();

  const rep = new CsvReportBuilder(job.maxRejected, job.onReject);
  rep.headerRow = prefix.headerRow;
  rep.encoding = prefix.info.encoding;
  rep.delimiter = prefix.info.delimiter;
  const waiting: RejectTuple[][][] = Array.from({ length: n }, () => []);
  const seen: ParallelCsvProgress[] = Array.from({ length: n }, () => ({ accepted: 0, rejectedRows: 0 }));
  const done: (Extract<CsvWorkerMessage, { t: 'done' }> | undefined)[] = new Array(n).fill(undefined);
  let head = 0;
  let last = n - 1; // the last range whose result counts (a range read to the end of the file drops the later ones)
  let next = 0; // the next range to hand out
  let rowBase = prefix.headerRow - 1;
  let lineBase = prefix.headerLine;
  const results: (DossierTally | Map<string | null, DossierTally>)[] = [];

  const pass = (rows: readonly RejectTuple[]) => {
    for (const [row, line, field, code, vi, en] of rows) rep.reject(rowBase + row, lineBase + line, field, code as CchcErrorCode, vi, en);
  };
  // Tell a range to stop (it sees STOP at its next chunk, or while it waits for its turn).
  const stop = (k: number) => {
    Atomics.store(turns, k, STOP);
    Atomics.notify(turns, k);
  };
  const stopAll = () => {
    for (let k = 0; k < n; k++) stop(k);
  };
  const sum = () => {
    progress.accepted = rep.accepted;
    progress.rejectedRows = rep.rejectedRows;
    for (let k = head; k <= last; k++) {
      progress.accepted += seen[k]!.accepted;
      progress.rejectedRows += seen[k]!.rejectedRows;
    }
  };
  const dataOf = (k: number): CsvWorkerData => ({
    file: job.file,
    fd: file.fd,
    size,
    index: k,
    start: starts[k]!,
    end: k + 1 < n ? starts[k + 1]! : size,
    final: k + 1 === n,
    turn,
    rejectsBeforeTurn: parallelCsvTestHooks.rejectsBeforeTurn ?? REJECTS_BEFORE_TURN,
    delimiter: prefix.info.delimiter!,
    multiline: job.multiline,
    width: prefix.width,
    header: prefix.header,
    dateFormat: job.dateFormat,
    columns: job.columns,
    from: job.from,
    to: job.to,
    rules: job.rules,
    calendar: job.calendar,
    calendarText: job.calendarText,
    groupBy: job.groupBy,
    lang: job.lang,
  });

  await new Promise<void>((resolve, reject) => {
    let settled = false;
    const fail = (e: Error) => {
      if (settled) return;
      settled = true;
      stopAll();
      reject(e);
    };
    // The head range is done: take its counts and result, and give the turn to the next one.
    const advance = () => {
      while (head <= last && done[head] !== undefined) {
        const d = done[head]!;
        pass(waiting[head]!.flat());
        waiting[head] = [];
        rep.rowsRead += d.rowsRead;
        rep.accepted += d.accepted;
        rep.rejectedRows += d.rejectedRows;
        results.push(d.result);
        if (d.extended) {
          lastParallelRead.extendedAt = head;
          for (let k = head + 1; k <= last; k++) stop(k);
          last = head;
        }
        rowBase += d.pieces;
        lineBase += d.lines;
        head++;
        if (head <= last) {
          pass(waiting[head]!.flat());
          waiting[head] = [];
          Atomics.store(turns, head, 1);
          Atomics.notify(turns, head);
        }
      }
      sum();
      if (head > last && !settled) {
        settled = true;
        stopAll();
        resolve();
      }
    };
    const onMessage = (k: number, m: CsvWorkerMessage) => {
      if (settled || k > last) return;
      if (m.t === 'rej') {
        if (k === head) pass(m.rows);
        else waiting[k]!.push(m.rows);
      } else if (m.t === 'prog') {
        seen[k] = { accepted: m.accepted, rejectedRows: m.rejectedRows };
        sum();
      } else if (m.t === 'done') {
        // Its final counts shown until it is merged (then `rep` holds them and `sum` skips it): never backwards.
        seen[k] = { accepted: m.accepted, rejectedRows: m.rejectedRows };
        done[k] = m;
        advance();
      } else fail(new ParallelCsvAbandoned(m.message));
    };
    // The ranges are handed out in order (so the head range is always being read: it never waits), each to the
    // first free thread. This thread reads ranges too (already started, its code loaded: one worker fewer to start);
    // in tests (`inProcess`) every "thread" is this one.
    const inThisThread = () => {
      const go = (): void => {
        if (settled || next > last) return;
        const k = next++;
        const reading = readCsvRange(dataOf(k), (m) => onMessage(k, m));
        running.push(reading);
        void reading.then(go);
      };
      go();
    };
    const inWorker = (e: EarlyWorker) => {
      let current = -1;
      const go = (): void => {
        current = -1;
        if (settled || next > last) return;
        current = next++;
        e.worker.postMessage(dataOf(current));
      };
      e.worker.on('message', (m: CsvWorkerMessage) => {
        const k = current;
        onMessage(k, m);
        if (m.t === 'done' || m.t === 'err') go();
      });
      e.onFailure = (message) => {
        if (!settled && current >= 0 && current <= last && done[current] === undefined) fail(new ParallelCsvAbandoned(message));
      };
      if (e.failure !== undefined) e.onFailure(e.failure);
      go();
    };
    const inProcess = early.length === 0;
    for (let t = 0; t < threads; t++) {
      if (inProcess || t === 0) inThisThread();
      else inWorker(early[t - 1]!);
    }
  });

  let result: DossierTally | Map<string | null, DossierTally>;
  if (job.groupBy === undefined) result = results.length === 1 ? results[0]! : mergeTallies(...(results as DossierTally[]));
  else {
    const m = new Map<string | null, DossierTally>();
    for (const part of results as Map<string | null, DossierTally>[])
      for (const [key, t] of part) {
        const before = m.get(key);
        m.set(key, before === undefined ? t : mergeTallies(before, t));
      }
    result = m;
  }
  return { result, report: rep.report() };
}
