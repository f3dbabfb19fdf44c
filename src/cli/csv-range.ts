/**
 * One range of a large CSV file read by `cchc dossiers` in parallel (see `parallel-csv.ts`), what each worker thread
 * runs (`csv-worker.ts`): it reads the byte range
 * `[start, end)` of the file (split at a line end, after the header), splits it into rows, checks and tallies them
 * exactly as the single-thread reader does, and sends back its tally, its counts and its rejected rows (numbered
 * from the start of its range; the main thread adds the rows and lines of the ranges before it).
 *
 * Messages to the main thread: `rej` (rejected-row entries, in order), `prog` (running counts), `done`, `err`.
 * A thread whose range ends inside a quoted field that runs over lines (`--multiline-fields`) keeps reading to the
 * end of the file (and says so in `done`): the ranges after it were split at a line that is not a row's start.
 */
import { isAscii } from 'node:buffer';
import { read } from 'node:fs';
import { readDossiersCsvOptions } from '../dossier/csv-options.js';
import { readDossierRows } from '../dossier/csv-dossiers.js';
import type { CsvTextInfo } from '../dossier/csv-source.js';
import { CsvSplitter, type CsvPiece } from '../dossier/_internal/csv-splitter.js';
import { tallyDossiers, type DossierGroupBy, type DossierTally } from '../dossier/tally.js';
import { resolveCalendar } from './calendar-option.js';
import type { CsvWorkerData, CsvWorkerMessage, RejectTuple } from './parallel-csv.js';

/** The value of a range's `turn` cell that tells it to stop (0: wait for the turn, 1: its turn). */
export const STOP = 2;

/** `Atomics.waitAsync` (Node 16+; in the ES2024 library types, newer than this project's). */
interface AtomicsWaitAsync {
  waitAsync(array: Int32Array, index: number, value: number): { async: boolean; value: Promise<string> | string };
}

/** Bytes read at a time (one read call per MiB: fewer calls and promises than 64 KiB reads). */
const READ_BYTES = 1 << 20;
/** Bytes decoded at a time (into a young string; see node-io.ts). */
const DECODE_BYTES = 1 << 16;

/**
 * Read, check and tally the range `d`, sending what it finds to `post`. `turn[d.index]` is set (by the main thread)
 * once the ranges before this one are done. Never throws: a failure is an `err` message.
 */
export async function readCsvRange(d: CsvWorkerData, post: (m: CsvWorkerMessage) => void): Promise<void> {
  try {
    await readRange(d, post);
  } catch (e) {
    post({ t: 'err', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
  }
}

async function readRange(d: CsvWorkerData, post: (m: CsvWorkerMessage) => void): Promise<void> {
  const turn = new Int32Array(d.turn);
  let rejects: RejectTuple[] = [];
  let sent = 0;
  let pieces = 0;
  let extended = false;
  const splitter = new CsvSplitter({ delimiter: d.delimiter, multiline: d.multiline, continuation: { line: 1, width: d.width } });
  const flush = async () => {
    if (rejects.length === 0) return;
    post({ t: 'rej', rows: rejects } satisfies CsvWorkerMessage);
    sent += rejects.length;
    rejects = [];
    // Not this range's turn yet, and many entries waiting in the main thread: wait for the turn (bounded memory). An
    // asynchronous wait: the main thread reads ranges too, and must go on receiving the other threads' messages.
    if (sent >= d.rejectsBeforeTurn && Atomics.load(turn, d.index) === 0) {
      const w = (Atomics as unknown as AtomicsWaitAsync).waitAsync(turn, d.index, 0);
      if (w.async) await w.value;
    }
  };
  // The file the main thread opened (one descriptor for every thread of the process): a file saved by rename meanwhile
  // is not read, as the single-thread reader keeps the file it opened. Positional reads; the main thread closes it.
  const readAt = (buf: Buffer, length: number, position: number) =>
    new Promise<number>((resolve, reject) => read(d.fd, buf, 0, length, position, (e, n) => (e ? reject(e) : resolve(n))));
  async function* batches(info: CsvTextInfo): AsyncGenerator<CsvPiece[]> {
    info.delimiter = d.delimiter;
    // The header row, read once by the main thread: the reader finds its column layout first.
    yield [{ kind: 'record', fields: d.header.slice(), line: 0 }];
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const buf = Buffer.allocUnsafe(READ_BYTES);
    let clean = true;
    let pos = d.start;
    let end = d.end;
    let final = d.final;
    for (;;) {
      if (pos >= end) {
        if (final || !splitter.inRow) break;
        // The range ends inside a row (a quoted field over lines): this thread reads the rest of the file.
        extended = true;
        final = true;
        end = d.size;
        continue;
      }
      const bytesRead = await readAt(buf, Math.min(READ_BYTES, end - pos), pos);
      if (bytesRead === 0) break;
      pos += bytesRead;
      // Decoded 64 KiB at a time: young strings (see node-io.ts). Bytes that are all ASCII are the same text in
      // Latin-1, which Node copies 4-5 times faster than TextDecoder decodes UTF-8; only when the decoder holds no
      // part of a character (the bytes it last took ended with an ASCII byte).
      for (let at = 0; at < bytesRead; at += DECODE_BYTES) {
        const bytes = buf.subarray(at, Math.min(at + DECODE_BYTES, bytesRead));
        let text: string;
        if (clean && isAscii(bytes)) text = bytes.toString('latin1');
        else {
          text = decoder.decode(bytes, { stream: true });
          clean = bytes[bytes.length - 1]! < 0x80;
        }
        const out: CsvPiece[] = [];
        splitter.push(text, out);
        pieces += out.length;
        if (out.length > 0) yield out;
      }
      if (Atomics.load(turn, d.index) === STOP) throw new Error('stopped');
      await flush();
      if (Atomics.load(turn, d.index) === STOP) throw new Error('stopped');
    }
    const out: CsvPiece[] = [];
    splitter.push(decoder.decode(), out);
    if (final) splitter.end(out);
    pieces += out.length;
    if (out.length > 0) yield out;
  }
  {
    const o = {
      ...readDossiersCsvOptions({ dateFormat: d.dateFormat, columns: d.columns }),
      maxRejected: 0,
      onReject: (r: { row: number; line: number; field: string | null; code: string; message: { vi: string; en: string } }) => {
        rejects.push([r.row, r.line, r.field, r.code, r.message.vi, r.message.en]);
      },
    };
    const reader = readDossierRows({ batches }, o);
    // The calendar as the main thread read it (its text), never the path again.
    const calendar = await resolveCalendar(d.calendar, { readText: async () => d.calendarText ?? '' }, d.lang);
    const options = { from: d.from, to: d.to, rules: d.rules, calendar } as const;
    const timer = setInterval(() => {
      const r = reader.report;
      post({ t: 'prog', accepted: r.accepted, rejectedRows: r.rejectedRows } satisfies CsvWorkerMessage);
    }, 200);
    let result: Extract<CsvWorkerMessage, { t: 'done' }>['result'];
    try {
      result = d.groupBy
        ? ((await tallyDossiers(reader, { ...options, groupBy: d.groupBy as DossierGroupBy })) as Map<string | null, DossierTally>)
        : await tallyDossiers(reader, options);
    } finally {
      clearInterval(timer);
    }
    if (rejects.length > 0) post({ t: 'rej', rows: rejects } satisfies CsvWorkerMessage);
    const r = reader.report;
    post({
      t: 'done',
      result,
      rowsRead: r.rowsRead,
      accepted: r.accepted,
      rejectedRows: r.rejectedRows,
      pieces,
      lines: splitter.nextLine - 1,
      extended,
    } satisfies CsvWorkerMessage);
  }
}
