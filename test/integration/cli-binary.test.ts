// The built command as a user runs it (`npx cchc …` resolves to dist/cli.js through the package "bin"): exit codes,
// streams, files.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
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
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ type: 'dossier-table', rows: [{ label: 'Cấp xã', received: 10, resolved: 8, pending: 3 }] }));
    writeFileSync(join(dir, 'ok.json'), JSON.stringify({ type: 'dossier-table', rows: [{ label: 'Cấp xã', received: 10, resolved: 8, pending: 2 }] }));
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
