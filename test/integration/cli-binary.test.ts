// The built command as a user runs it (`npx cchc …` resolves to dist/cli.js through the package "bin"): exit codes,
// streams, files.
import { execFile, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const exec = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string>; version: string };
const bin = join(root, pkg.bin.cchc!);
const dir = mkdtempSync(join(tmpdir(), 'cchc-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cchc(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('cchc (built binary)', () => {
  it('is the package bin, with a shebang, and prints its version', async () => {
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node')).toBe(true);
    const r = await cchc('--version');
    expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it.each(['text', 'md', 'json', 'html'])('report --format %s', async (format) => {
    const out = join(dir, `report.${format}`);
    const r = await cchc('report', '--format', format, '--out', out);
    expect(r.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.length).toBeGreaterThan(2000);
    if (format === 'json') expect(JSON.parse(text).summary.hasErrors).toBe(true);
  });

  it('dossiers: a CSV with bad rows (BOM, CRLF, quoted commas, impossible dates) counts the good ones and lists the bad', async () => {
    const csv = [
      '\uFEFFid,receivedAt,dueDate,resolvedAt,level,channel,agency',
      'HS1,2024-05-06,2024-05-13,2024-05-10,commune,online,"Phường 1, TP Rạch Giá"',
      'HS2,2024-05-06,2024-05-13,2024-05-20,commune,in-person,"Xã A"',
      'HS3,2024-02-30,2024-03-10,,district,online,"Huyện B"',
      'HS4,2024-05-07,2024-05-03,,district,online,"Huyện B"',
      'HS5,2024-05-08,2024-05-15,,province,pigeon,"Sở C"',
      'HS6,2024-05-20,2024-06-03,,province,postal,"Sở C"',
      '',
    ].join('\r\n');
    writeFileSync(join(dir, 'hoso.csv'), csv);
    const r = await cchc('dossiers', 'hoso.csv', '--from', '2024-05-01', '--to', '2024-05-31', '--by', 'level', '--format', 'json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.rejectedRows).toBe(3);
    expect(j.groups.at(-1).tally.received.total).toBe(3);
    expect(j.groups.at(-1).onTimeRate).toMatchObject({ numerator: 1, denominator: 2 });
    const side = readFileSync(join(dir, 'hoso.rejected.csv'), 'utf8').trim().split('\n');
    expect(side.slice(1).map((l) => l.split(',')[0])).toEqual(['4', '5', '6']);
  });

  it('audit exits 1 on errors and 0 on a clean table; usage errors exit 2 with one line', async () => {
    writeFileSync(
      join(dir, 'bad.json'),
      JSON.stringify({ type: 'dossier-table', rows: [{ label: 'Cấp xã', received: 10, resolved: 8, pending: 3 }] }),
    );
    writeFileSync(
      join(dir, 'ok.json'),
      JSON.stringify({ type: 'dossier-table', rows: [{ label: 'Cấp xã', received: 10, resolved: 8, pending: 2 }] }),
    );
    expect((await cchc('audit', 'bad.json')).code).toBe(1);
    expect((await cchc('audit', 'ok.json')).code).toBe(0);
    const u = await cchc('due', '2025-02-30', '3');
    expect(u.code).toBe(2);
    expect(u.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'nothing'))).toBe(false);
  });

  it('a closed pipe is not an error', async () => {
    const r = await exec('/bin/sh', ['-c', `"${process.execPath}" "${bin}" report | head -n 1`], { encoding: 'utf8' });
    expect(r.stdout.trim().length).toBeGreaterThan(0);
    expect(r.stderr).not.toMatch(/EPIPE/);
  });
});

describe('cchc (built binary): file safety (issue 12)', () => {
  const row = (i: number, bad: boolean) => (bad ? `B${i},2019-02-30,2019-03-10` : `G${i},2019-09-03,2019-09-10`);
  const rows = (n: number, bad: (i: number) => boolean) =>
    ['id,receivedAt,dueDate', ...Array.from({ length: n }, (_, i) => row(i, bad(i))), ''].join('\n');

  it('refuses to write over its input (--rejected, --out, audit --out), exit 2, the input intact', async () => {
    const csv = rows(5, (i) => i === 2);
    writeFileSync(join(dir, 'same.csv'), csv);
    for (const args of [
      ['--rejected', 'same.csv'],
      ['--out', './same.csv'],
    ]) {
      const r = await cchc('dossiers', 'same.csv', '--from', '2019-09-01', '--to', '2019-09-30', ...args);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(readFileSync(join(dir, 'same.csv'), 'utf8')).toBe(csv);
    }
    const doc = JSON.stringify({ type: 'dossier-table', rows: [{ label: 'Cấp xã', received: 10, resolved: 8, pending: 3 }] });
    writeFileSync(join(dir, 'a.json'), doc);
    const a = await cchc('audit', 'a.json', '--out', 'a.json');
    expect(a.code).toBe(2);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(doc);
  });

  it('a stale X.rejected.csv does not survive a clean run', async () => {
    writeFileSync(
      join(dir, 'X.csv'),
      rows(5, (i) => i === 1),
    );
    expect((await cchc('dossiers', 'X.csv', '--from', '2019-09-01', '--to', '2019-09-30')).code).toBe(0);
    expect(existsSync(join(dir, 'X.rejected.csv'))).toBe(true);
    writeFileSync(
      join(dir, 'X.csv'),
      rows(5, () => false),
    );
    expect((await cchc('dossiers', 'X.csv', '--from', '2019-09-01', '--to', '2019-09-30')).code).toBe(0);
    expect(existsSync(join(dir, 'X.rejected.csv'))).toBe(false);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    'interrupted by %s: exit %i, partial files removed, no rejected-rows file left',
    async (signal, code) => {
      const sub = mkdtempSync(join(dir, `sig-${signal}-`));
      writeFileSync(
        join(sub, 'big.csv'),
        rows(1_500_000, (i) => i % 3 === 0),
      );
      const args = [bin, 'dossiers', 'big.csv', '--from', '2019-09-01', '--to', '2019-09-30', '--out', 'report.txt'];
      const child = spawn(process.execPath, args, { cwd: sub, stdio: 'pipe' });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      // Wait until the rejected rows are being written (a temporary file beside the input), then interrupt.
      const start = Date.now();
      const partial = () => readdirSync(sub).some((f) => f.endsWith('.cchc-partial'));
      while (!partial() && Date.now() - start < 60_000) await new Promise((r) => setTimeout(r, 20));
      expect(partial()).toBe(true);
      child.kill(signal);
      expect(await exited).toBe(code);
      expect(readdirSync(sub)).toEqual(['big.csv']);
    },
    120_000,
  );

  it('escape sequences in a file never reach the terminal raw (standard output piped)', async () => {
    writeFileSync(join(dir, 'esc.csv'), 'id,receivedAt,dueDate,agency\nA1,2019-09-02,2019-09-09,\u001b[2J\u001b]0;x\u0007\u009b31mSở A\n');
    for (const format of ['text', 'json', 'csv']) {
      const r = await cchc('dossiers', 'esc.csv', '--from', '2019-09-01', '--to', '2019-09-30', '--by', 'agency', '--format', format);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
  });
});
