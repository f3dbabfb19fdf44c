// `cchc dossiers` reading a CSV file with several threads (issue 18, src/cli/parallel-csv.ts) gives the output of the
// single-thread path to the byte: the same JSON (counts, groups, rows read, header row, encoding, delimiter), the same
// rejected-rows file (row and line numbers, order), the same warnings and errors. Checked on the issue-17 fixture
// files, on generated files with every awkward thing at the split points (quoted fields over lines, bad rows, CR-only
// and CRLF line ends, a byte order mark, no final line end, title rows, a U+FEFF and multi-byte characters at a range's
// start, dates outside the calendar), for every split point of small files, and on random files (fast-check).
//
// The size threshold is lowered through the internal environment variable; most cases run the ranges in this thread
// (the internal `inProcess` hook) so that thousands of splits are tried, and a few run real worker threads.
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeIO } from '../../src/cli/node-io.js';
import { lastParallelRead, parallelCsvTestHooks } from '../../src/cli/parallel-csv.js';
import { runCli } from '../../src/cli/run.js';
import { PERIOD, runDossiers, useParallelCsvTests, wasParallel } from './_parallel-csv.js';

const { dir, write } = useParallelCsvTests('cchc-parallel-');
let copyNo = 0;

/** Byte offsets of every line end (LF; CR alone; the CR of a CRLF) in `bytes`. */
function lineEnds(bytes: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10 || bytes[i] === 13) out.push(i);
  return out;
}

const HEADER = 'id,receivedAt,dueDate,resolvedAt,channel,agency,note';
/** A row of every kind the reader handles differently, chosen by `k`. */
function row(i: number, k: number): string {
  const m = String(1 + (i % 12)).padStart(2, '0');
  const d = String(1 + (i % 20)).padStart(2, '0');
  const ok = `HS${i},2024-${m}-${d},2024-${m}-${String(3 + (i % 20)).padStart(2, '0')}`;
  switch (k % 16) {
    case 0:
      return `${ok},2024-${m}-${d},online,"Sở Tư pháp",`;
    case 1:
      return `${ok},,trực tiếp,"UBND xã Hòa An","một ô có dấu phẩy, và ""ngoặc kép"""`;
    case 2:
      return `${ok},,fax,A,`; // bad channel
    case 3:
      return `HS${i},2024-${m}-31x,2024-${m}-${d},,online,A,`; // bad date
    case 4:
      return `${ok},,online,"B","ghi chú
trên hai dòng"`; // a quoted field over two lines
    case 5:
      return `${ok},,online,"C","ba
dòng,
""x"""`; // over three lines
    case 6:
      return ''; // blank row
    case 7:
      return `${ok},,online,D`; // too few fields
    case 8:
      return `${ok},,online,"E,"unclosed`; // text after a closing quote
    case 9:
      return `${ok},,online,"F,never closed`; // a quote never closed (with --multiline-fields: swallows lines, then fails)
    case 10:
      return `HS${i},2024-${m}-${d},2024-01-01,,online,A,`; // due before receipt
    case 11:
      return `\uFEFF${ok},,postal,Ủy ban,ký tự nhiều byte`; // U+FEFF at a row's start: a character, not a mark
    case 12:
      return `HS${i},2099-${m}-${d},2099-${m}-${d},,online,A,`; // outside the calendar
    case 13:
      return ' , , , , , , '; // a blank row of spaces
    case 14:
      return `${ok},2024-${m}-${d},in-person,"Cơ quan ""G""",`;
    default:
      return `${ok},,,Sở Nội vụ,"ghi chú"`;
  }
}

/** A file of `n` rows (kinds from `kinds`), with the given line end, optional BOM, title rows and final line end. */
function corpus(
  n: number,
  o: { eol?: string; bom?: boolean; title?: boolean; finalEol?: boolean; kinds?: (i: number) => number; header?: string } = {},
): string {
  const eol = o.eol ?? '\n';
  const lines = [...(o.title ? ['BÁO CÁO HỒ SƠ,,,,,,', ',,,,,,'] : []), o.header ?? HEADER];
  for (let i = 0; i < n; i++) lines.push(row(i, o.kinds ? o.kinds(i) : i));
  let text = lines.join('\n').replace(/\r?\n/g, eol) + (o.finalEol === false ? '' : eol);
  if (o.bom) text = `\uFEFF${text}`;
  return text;
}

const VARIANTS: readonly (readonly string[])[] = [
  PERIOD,
  [...PERIOD, '--multiline-fields'],
  [...PERIOD, '--by', 'agency', '--multiline-fields'],
  [...PERIOD, '--rules', 'nd118', '--by', 'month'],
];

describe('cchc dossiers --threads N: the single-thread output, whatever the split', () => {
  it('every split point of small files (LF, CRLF, CR-only, mixed; BOM; title rows; no final line end), every variant', async () => {
    const files = [
      corpus(40),
      corpus(40, { eol: '\r\n', bom: true }),
      corpus(40, { eol: '\r', finalEol: false }),
      corpus(40, { title: true, finalEol: false }),
      corpus(40, { kinds: (i) => (i % 3 === 0 ? 4 : i % 3 === 1 ? 5 : 9) }), // mostly quoted fields over lines
    ];
    let parallel = 0;
    let extended = 0;
    for (const text of files) {
      const file = write(text);
      const bytes = readFileSync(file);
      for (const args of VARIANTS) {
        const expected = await runDossiers(file, args, 1);
        for (const at of lineEnds(bytes)) {
          parallelCsvTestHooks.targets = () => [at];
          const got = await runDossiers(file, args, 2);
          if (got !== expected) expect({ at, args, got }).toEqual({ at, args, got: expected });
          if (wasParallel()) parallel++;
          if ((lastParallelRead.extendedAt ?? -1) >= 0) extended++;
        }
      }
    }
    // The parallel path really ran (and the read-on-to-the-end path for quoted fields over a split point too).
    expect(parallel).toBeGreaterThan(500);
    expect(extended).toBeGreaterThan(20);
  }, 300_000);

  it('every byte as a split point, a file mixing CR, CRLF and LF (never between the CR and LF of a CRLF)', async () => {
    const text = `${HEADER}\r\n${row(0, 0)}\r${row(1, 1)}\n${row(2, 4)}\r\n${row(3, 2)}\r\r\n${row(4, 11)}\n\r${row(5, 3)}`;
    const file = write(text);
    const size = readFileSync(file).length;
    for (const args of [PERIOD, [...PERIOD, '--multiline-fields']]) {
      const expected = await runDossiers(file, args, 1);
      for (let at = 0; at < size; at++) {
        parallelCsvTestHooks.targets = () => [at];
        const got = await runDossiers(file, args, 2);
        if (got !== expected) expect({ at, got }).toEqual({ at, got: expected });
      }
    }
  }, 120_000);

  it('random files, random split counts and points (fast-check)', async () => {
    const kinds = fc.array(fc.nat(15), { minLength: 0, maxLength: 30 });
    await fc.assert(
      fc.asyncProperty(
        kinds,
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 2, max: 4 }),
        async (ks, eol, bom, finalEol, multiline, cuts, threads) => {
          const file = write(corpus(ks.length, { eol, bom, finalEol, kinds: (i) => ks[i]! }));
          const args = multiline ? [...PERIOD, '--multiline-fields', '--by', 'agency'] : [...PERIOD, '--by', 'channel'];
          const expected = await runDossiers(file, args, 1);
          const size = readFileSync(file).length;
          parallelCsvTestHooks.targets = (start) => cuts.map((c) => start + Math.floor(c * (size - start))).sort((a, b) => a - b);
          // Often more ranges than threads: a thread reads several, handed out in order; a range that has sent a few
          // rejected rows before its turn waits for it.
          parallelCsvTestHooks.rejectsBeforeTurn = 2;
          try {
            expect(await runDossiers(file, args, threads)).toBe(expected);
          } finally {
            parallelCsvTestHooks.rejectsBeforeTurn = undefined;
          }
        },
      ),
      { numRuns: 300 },
    );
  }, 300_000);

  it('the issue-17 fixtures (UTF-8 with BOM and CRLF; Windows-1258, UTF-16 read by one thread) and their options', async () => {
    const cases: [string, string[]][] = [
      ['hoso-semicolon.csv', []],
      ['hoso-semicolon.csv', ['--delimiter', ';', '--date-format', 'dd/mm/yyyy', '--by', 'agency']],
      ['hoso-1258.csv', ['--by', 'agency']],
      ['hoso-utf16be.csv', []],
      ['hoso-utf16le.txt', ['--encoding', 'utf-16le']],
    ];
    const period = ['--from', '2019-09-01', '--to', '2019-09-30', '--format', 'json'];
    for (const [name, extra] of cases) {
      const file = join(dir(), `c${++copyNo}-${name}`);
      copyFileSync(new URL(`../fixtures/io17/${name}`, import.meta.url), file);
      const args = [...period, ...extra];
      const expected = await runDossiers(file, args, 1);
      let parallel = 0;
      for (const at of lineEnds(readFileSync(file))) {
        parallelCsvTestHooks.targets = () => [at];
        expect(await runDossiers(file, args, 2)).toBe(expected);
        if (wasParallel()) parallel++;
      }
      if (name === 'hoso-semicolon.csv') expect(parallel).toBeGreaterThan(10);
      else expect(parallel).toBe(0); // not UTF-8: one thread
    }
  }, 120_000);

  it('a row over the row limit, bytes that are not UTF-8 in a later range, a header only, errors: as with one thread', async () => {
    const long = `${corpus(30)}HS99,2024-02-01,2024-02-05,,online,"${'x'.repeat(4_194_400)}",\n${corpus(30).split('\n').slice(1).join('\n')}`;
    // Bytes that are not UTF-8 far from the start (past what the main thread reads first): a thread fails, and the
    // file is read again by one thread, which reports them as always.
    const badUtf8 = Buffer.concat([
      Buffer.from(corpus(3000)),
      Buffer.from([0xc3, 0x28, 0x0a]),
      Buffer.from(corpus(20).split('\n').slice(1).join('\n')),
    ]);
    const files = [
      write(long),
      write(badUtf8),
      write(`${HEADER}\n`),
      write(`${HEADER}\n\n\n`),
      write('a,b,c\n1,2,3\n4,5,6\n'), // no dossier header: CSV_MISSING_COLUMN
      write(`"${HEADER}\n1,2\n`), // the header itself unsplittable
    ];
    for (const file of files) {
      const expected = await runDossiers(file, PERIOD, 1);
      for (const threads of [2, 3, 4]) {
        expect(await runDossiers(file, PERIOD, threads)).toBe(expected);
        if (file === files[0] || file === files[1]) expect(wasParallel()).toBe(true);
      }
    }
  }, 120_000);

  it('a character cut by the 64 KiB decoding boundaries, then text all ASCII (read as Latin-1): the same text', async () => {
    const body: string[] = [];
    let bytes = Buffer.byteLength(`${HEADER}\n`);
    // Rows of ASCII up to just before 64 KiB, then a row whose 3-byte character straddles it, twice over.
    // (The first range starts after the header: the boundaries are counted from there.)
    const h = bytes;
    for (const boundary of [h + 65_536, h + 2 * 65_536, h + 1_048_576 + 65_536]) {
      for (;;) {
        const r = `HS${body.length},2024-03-04,2024-03-11,,online,A,x\n`;
        if (bytes + Buffer.byteLength(r) > boundary - 40) break;
        body.push(r);
        bytes += Buffer.byteLength(r);
      }
      const pad = boundary - 1 - bytes - Buffer.byteLength(`HS${body.length},2024-03-04,2024-03-11,,online,`);
      const r = `HS${body.length},2024-03-04,2024-03-11,,online,${'y'.repeat(pad)}ắ,z\n`;
      body.push(r);
      bytes += Buffer.byteLength(r);
    }
    for (let i = 0; i < 3000; i++) body.push(`HS${body.length},2024-03-04,2024-03-1x,,online,A,x\n`);
    const file = write(`${HEADER}\n${body.join('')}`);
    const expected = await runDossiers(file, [...PERIOD, '--by', 'agency'], 1);
    expect(expected).toContain('ắ');
    const raw = readFileSync(file);
    for (const at of [h + 65_536, h + 2 * 65_536, h + 1_048_576 + 65_536]) expect(raw.subarray(at - 1, at + 2).toString()).toBe('ắ');
    parallelCsvTestHooks.targets = (_, size) => [size - 1000];
    expect(await runDossiers(file, [...PERIOD, '--by', 'agency'], 2)).toBe(expected);
    expect(wasParallel()).toBe(true);
  });

  it('real worker threads: --threads 2, 3 and 4 on a few thousand rows', async () => {
    parallelCsvTestHooks.inProcess = undefined;
    const file = write(corpus(3000, { eol: '\r\n', bom: true }));
    for (const args of [PERIOD, [...PERIOD, '--multiline-fields', '--by', 'agency']]) {
      const expected = await runDossiers(file, args, 1);
      for (const threads of [2, 3, 4]) {
        expect(await runDossiers(file, args, threads)).toBe(expected);
        expect(lastParallelRead.ranges).toBe(threads);
      }
    }
    // Workers started early and stopped: a file that cannot be split (Windows-1258) is read by one thread.
    const w1258 = join(dir(), 'w-hoso-1258.csv');
    copyFileSync(new URL('../fixtures/io17/hoso-1258.csv', import.meta.url), w1258);
    const period = ['--from', '2019-09-01', '--to', '2019-09-30', '--format', 'json', '--by', 'agency'];
    expect(await runDossiers(w1258, period, 3)).toBe(await runDossiers(w1258, period, 1));
    expect(wasParallel()).toBe(false);
  }, 120_000);

  it('real worker threads, many rejected rows in a later range: it waits for its turn (bounded memory), same output', async () => {
    parallelCsvTestHooks.inProcess = undefined;
    parallelCsvTestHooks.rejectsBeforeTurn = 50;
    try {
      const file = write(corpus(4000, { kinds: (i) => (i % 2 === 0 ? 2 : 3) }));
      const expected = await runDossiers(file, PERIOD, 1);
      for (const threads of [2, 4]) {
        expect(await runDossiers(file, PERIOD, threads)).toBe(expected);
        expect(lastParallelRead.ranges).toBe(threads);
      }
      // More ranges than threads: each thread reads several, in order; this thread waits for its turn too.
      parallelCsvTestHooks.targets = (start, size) =>
        Array.from({ length: 9 }, (_, k) => start + Math.floor(((size - start) * (k + 1)) / 10));
      for (const threads of [2, 3]) {
        expect(await runDossiers(file, PERIOD, threads)).toBe(expected);
        expect(lastParallelRead).toMatchObject({ ranges: 10, threads });
      }
    } finally {
      parallelCsvTestHooks.rejectsBeforeTurn = undefined;
    }
  }, 120_000);

  it('--threads: a count from 1 to 64 or auto; anything else is INVALID_INPUT', async () => {
    const file = write(corpus(5));
    const expected = await runDossiers(file, PERIOD, 1);
    let out = '';
    const io = { ...nodeIO, out: () => {}, err: (t: string) => void (out += t), errIsTTY: false };
    for (const bad of ['0', '65', '1e3', 'two', '1.5', '2x']) {
      out = '';
      expect(await runCli(['dossiers', file, ...PERIOD, '--threads', bad], io)).toBe(2);
      expect(out).toMatch(/\[INVALID_INPUT\] --threads/);
    }
    let auto = '';
    const io2 = { ...nodeIO, out: (t: string) => void (auto += t), err: () => {}, errIsTTY: false };
    expect(await runCli(['dossiers', file, ...PERIOD, '--threads', 'auto'], io2)).toBe(0);
    expect(auto).toBe(JSON.parse(expected).out);
  });
});
