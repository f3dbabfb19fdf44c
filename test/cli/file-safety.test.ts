// Issue 12, CLI file safety: an input is never an output, outputs appear complete or not at all, a stale side file
// never survives, and nothing read from a file can drive the terminal.
import { existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIO } from '../../src/cli/node-io.js';
import { runCli } from '../../src/cli/run.js';
import type { CliIO } from '../../src/cli/io.js';
import { memoryIO } from './_io.js';

const dir = mkdtempSync(join(tmpdir(), 'cchc-safety-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The real files, in `dir`; terminal output collected. */
function realIO(overrides: Partial<CliIO> = {}) {
  let out = '';
  let err = '';
  const io: CliIO = {
    ...nodeIO,
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    errIsTTY: false,
    ...overrides,
  };
  return {
    io,
    get out() {
      return out;
    },
    get err() {
      return err;
    },
  };
}

const CSV = [
  'id,receivedAt,dueDate,agency',
  'A1,2019-09-02,2019-09-09,Sở A',
  'A2,2019-09-31,2019-10-09,Sở A',
  'A3,2019-09-03,2019-09-10,Sở B',
  '',
].join('\n');
const CLEAN = ['id,receivedAt,dueDate', 'A1,2019-09-02,2019-09-09', ''].join('\n');
const PERIOD = ['--from', '2019-09-01', '--to', '2019-09-30'];

describe('an output is never an input', () => {
  it('dossiers X.csv --rejected X.csv (or --out; ./X.csv, absolute, symlink, hard link) refuses, exit 2, input intact', async () => {
    const input = join(dir, 'in.csv');
    writeFileSync(input, CSV);
    symlinkSync(input, join(dir, 'link.csv'));
    linkSync(input, join(dir, 'hard.csv'));
    const spellings = [input, join(dir, '.', 'in.csv'), join(dir, 'sub', '..', 'in.csv'), join(dir, 'link.csv'), join(dir, 'hard.csv')];
    for (const option of ['--rejected', '--out']) {
      for (const target of spellings) {
        const m = realIO();
        expect(await runCli(['dossiers', input, ...PERIOD, option, target], m.io), `${option} ${target}`).toBe(2);
        expect(m.err.trim().split('\n')).toHaveLength(1);
        expect(m.err).toMatch(/in\.csv/);
        expect(readFileSync(input, 'utf8')).toBe(CSV);
      }
    }
  });

  it('cchc audit a.json --out a.json refuses, exit 2, input intact', async () => {
    const a = join(dir, 'a.json');
    const doc = JSON.stringify({ type: 'dossier-table', rows: [{ label: 'Cấp xã', received: 10, resolved: 8, pending: 3 }] });
    writeFileSync(a, doc);
    for (const target of [a, join(dir, '.', 'a.json')]) {
      const m = realIO();
      expect(await runCli(['audit', a, '--out', target, '--lang', 'en'], m.io)).toBe(2);
      expect(m.err).toMatch(/^cchc audit: .*a\.json/);
      expect(readFileSync(a, 'utf8')).toBe(doc);
    }
  });

  it('--out and --rejected naming one file, or --out naming the --calendar file, is refused', async () => {
    const input = join(dir, 'in2.csv');
    writeFileSync(input, CSV);
    const m = realIO();
    expect(
      await runCli(['dossiers', input, ...PERIOD, '--out', join(dir, 'same.txt'), '--rejected', join(dir, '.', 'same.txt')], m.io),
    ).toBe(2);
    expect(existsSync(join(dir, 'same.txt'))).toBe(false);
    const cal = join(dir, 'cal.json');
    writeFileSync(cal, '{"base":"civil-service"}');
    const c = realIO();
    expect(await runCli(['dossiers', input, ...PERIOD, '--calendar', cal, '--out', cal], c.io)).toBe(2);
    expect(readFileSync(cal, 'utf8')).toBe('{"base":"civil-service"}');
  });
});

describe('outputs appear complete or not at all', () => {
  it('a run that fails while reading leaves no rejected-rows file, no temporary file, no report', async () => {
    const sub = mkdtempSync(join(dir, 'fail-'));
    const input = join(sub, 'd.csv');
    writeFileSync(input, CSV);
    const failing = realIO({
      readChunks: () =>
        (async function* () {
          yield CSV; // bad rows first: the rejected-rows writer is open
          throw new Error('EIO: read error');
        })(),
    });
    expect(await runCli(['dossiers', input, ...PERIOD, '--out', join(sub, 'report.txt')], failing.io)).toBe(2);
    expect(readdirSync(sub)).toEqual(['d.csv']);
  });

  it('a complete run renames its outputs into place and leaves no temporary file', async () => {
    const sub = mkdtempSync(join(dir, 'ok-'));
    const input = join(sub, 'd.csv');
    writeFileSync(input, CSV);
    const m = realIO();
    expect(await runCli(['dossiers', input, ...PERIOD, '--out', join(sub, 'report.txt')], m.io)).toBe(0);
    expect(readdirSync(sub).sort()).toEqual(['d.csv', 'd.rejected.csv', 'report.txt']);
    expect(readFileSync(join(sub, 'd.rejected.csv'), 'utf8').trim().split('\n')).toHaveLength(2);
    expect(readFileSync(join(sub, 'report.txt'), 'utf8')).toContain('3 dòng đọc được, 1 dòng bị loại');
  });

  it('in memory: the rejected-rows file is written under a temporary name and only renamed at the end', async () => {
    const m = memoryIO({ 'd.csv': CSV }, { failAfterChunks: 14 }); // after the bad row A2, before the end
    expect(await runCli(['dossiers', 'd.csv', ...PERIOD], m.io)).toBe(2);
    expect([...m.written.keys()]).toEqual([]);
  });
});

describe('a stale rejected-rows file never survives', () => {
  it('a clean run removes an earlier X.rejected.csv (the default side file is written only when rows are rejected)', async () => {
    const sub = mkdtempSync(join(dir, 'stale-'));
    const input = join(sub, 'X.csv');
    writeFileSync(input, CSV);
    expect(await runCli(['dossiers', input, ...PERIOD], realIO().io)).toBe(0);
    expect(existsSync(join(sub, 'X.rejected.csv'))).toBe(true);
    writeFileSync(input, CLEAN); // fixed
    const m = realIO();
    expect(await runCli(['dossiers', input, ...PERIOD, '--format', 'json'], m.io)).toBe(0);
    expect(JSON.parse(m.out)).toMatchObject({ rejectedRows: 0, rejectedFile: null });
    expect(existsSync(join(sub, 'X.rejected.csv'))).toBe(false);
  });

  it('--rejected FILE is always written: on a clean run it holds the header only', async () => {
    const m = memoryIO({ 'c.csv': CLEAN, 'r.csv': 'row,line,field,code,reason\n9,9,x,OLD,stale\n' });
    expect(await runCli(['dossiers', 'c.csv', ...PERIOD, '--rejected', 'r.csv', '--lang', 'en'], m.io)).toBe(0);
    expect(m.written.get('r.csv')).toBe('row,line,field,code,reason\n');
  });

  it('a run that fails removes the earlier side file rather than leave one that looks like its result', async () => {
    const m = memoryIO({ 'd.csv': CSV, 'd.rejected.csv': 'dong,dong_van_ban,cot,ma,ly_do\n' }, { failAfterChunks: 3 });
    expect(await runCli(['dossiers', 'd.csv', ...PERIOD], m.io)).toBe(2);
    expect(m.files['d.rejected.csv']).toBeUndefined();
    expect(m.written.has('d.rejected.csv')).toBe(false);
  });
});

describe('nothing from a file drives the terminal', () => {
  const ESC = '\u001b';
  const nasty = `Sở ${ESC}[2J${ESC}]0;pwned\u0007 A\u009b31m\b\u202eB`; // a line break would end the CSV row: see below
  const hasControl = (s: string) => /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(s);
  it.each(['text', 'md', 'csv', 'json'])('labels and cell values are escaped on standard output (--format %s)', async (format) => {
    const m = memoryIO({ 'd.csv': `id,receivedAt,dueDate,agency\nA1,2019-09-02,2019-09-09,"${nasty}"\n` });
    expect(await runCli(['dossiers', 'd.csv', ...PERIOD, '--by', 'agency', '--format', format], m.io)).toBe(0);
    expect(hasControl(m.out)).toBe(false);
    if (format === 'text' || format === 'md') {
      // The report renderers remove escape sequences whole and show other controls as control pictures (␈ for \b).
      expect(m.out).toContain('Sở');
      expect(m.out).toContain('\u2408');
      expect(m.out).not.toContain('[2J');
    } else {
      expect(m.out.toLowerCase()).toContain('\\u001b[2j'); // JSON.stringify writes \u001b, we write \u001B
    }
    if (format === 'json') expect(JSON.parse(m.out).groups[0].label).toBe(nasty); // JSON stays equal: escapes are JSON escapes
  });
  it('file names and messages on standard error are escaped too', async () => {
    const m = memoryIO();
    expect(await runCli(['dossiers', `x${ESC}[31m.csv`, ...PERIOD], m.io)).toBe(2);
    expect(hasControl(m.err)).toBe(false);
    expect(m.err).toContain('\\u001B[31m');
    const a = memoryIO({
      'a.json': JSON.stringify({ type: 'dossier-table', rows: [{ label: `${nasty}\rFAKE`, received: 10, resolved: 8, pending: 3 }] }),
    });
    expect(await runCli(['audit', 'a.json'], a.io)).toBe(1);
    expect(hasControl(a.out)).toBe(false);
  });
});

describe('cchc audit: a bounded input', () => {
  it('a JSON file over the audit limit is refused before it is parsed (INPUT_TOO_LARGE, exit 2)', async () => {
    const row = '{"label":"x","received":1,"resolved":1,"pending":0}';
    const big = `{"type":"dossier-table","rows":[${`${row},`.repeat(400_000)}${row}]}`;
    expect(big.length).toBeGreaterThan(16 * 2 ** 20);
    const m = memoryIO({ 'big.json': big });
    expect(await runCli(['audit', 'big.json', '--lang', 'en'], m.io)).toBe(2);
    expect(m.err).toMatch(/^cchc audit: \[INPUT_TOO_LARGE\] .*big\.json/);
    expect(m.err.trim().split('\n')).toHaveLength(1);
  });
  it('on real files too (the size is read before the content)', async () => {
    const p = join(dir, 'big.json');
    writeFileSync(p, `{"type":"dossier-table","rows":[]}${' '.repeat(17 * 2 ** 20)}`);
    const m = realIO();
    expect(await runCli(['audit', p], m.io)).toBe(2);
    expect(m.err).toContain('[INPUT_TOO_LARGE]');
  });
});
