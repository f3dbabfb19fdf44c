// The `cchc …` command lines shown in README.md and docs/*.md run as shown (against the built binary), with small
// input files standing in for the ones they name. A `# → value` style comment after a command is checked when it is
// a plain date.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kienGiang2019DossierTable, kienGiang2019Report } from 'cchc/datasets';

const exec = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'dist/cli.js');
const dir = mkdtempSync(join(tmpdir(), 'cchc-docs-sh-'));

interface ShellCommand {
  readonly where: string;
  readonly args: string[];
  readonly comment: string;
}

/** Split a shell line into words (double and single quotes; no expansion). */
function words(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}

function commands(): ShellCommand[] {
  const files = [
    'README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  const out: ShellCommand[] = [];
  for (const file of files) {
    const lines = readFileSync(join(root, file), 'utf8').split('\n');
    let inSh = false;
    let pending = '';
    let start = 0;
    lines.forEach((raw, i) => {
      if (/^```(sh|bash)\s*$/.test(raw.trim())) return void (inSh = true);
      if (inSh && raw.trim() === '```') return void (inSh = false);
      if (!inSh) return;
      if (pending === '') start = i + 1;
      const line = raw.replace(/\\$/, '');
      pending += ` ${line}`;
      if (raw.endsWith('\\')) return;
      const full = pending.trim();
      pending = '';
      const hash = full.search(/\s#\s/);
      const code = (hash >= 0 ? full.slice(0, hash) : full).split(/\s(?:&&|\|\|)\s/)[0]!.trim();
      const comment = hash >= 0 ? full.slice(hash + 3).trim() : '';
      const w = words(code);
      const at = w[0] === 'npx' ? 1 : 0;
      if (w[at] !== 'cchc' || w.includes('…') || (w[at + 1] === undefined && w[0] !== 'npx')) return;
      out.push({ where: `${file}:${start}`, args: w.slice(at + 1), comment });
    });
  }
  return out;
}

const cmds = commands();

beforeAll(() => {
  const dossiersCsv = [
    'id,receivedAt,dueDate,resolvedAt,level,channel',
    'HS1,2019-09-02,2019-09-09,2019-09-06,commune,online',
    'HS2,2019-09-03,2019-09-10,2019-09-12,district,in-person',
    'HS3,2019-09-25,2019-10-02,,province,postal',
    'HS4,2019-02-30,2019-03-10,,province,postal',
  ].join('\n');
  writeFileSync(join(dir, 'hoso.csv'), dossiersCsv);
  writeFileSync(join(dir, 'dossiers.csv'), dossiersCsv);
  writeFileSync(
    join(dir, 'export.csv'),
    [
      'MaHoSo;NgayTiepNhan;NgayHenTra;NgayTra;KenhNop',
      'X1;02/05/2024;09/05/2024;08/05/2024;trực tuyến',
      'X2;03/06/2024;10/06/2024;;trực tiếp',
    ].join('\n'),
  );
  const report = JSON.stringify({ type: 'report', ...kienGiang2019Report });
  for (const f of ['bao-cao.json', 'bao-cao-cchc-2025.json', 'report-2019.json']) writeFileSync(join(dir, f), report);
  const table = {
    type: 'dossier-table',
    rows: kienGiang2019DossierTable.rows.map((r) => ({
      label: r.label,
      received: r.received,
      resolved: { total: r.resolved, onTimeOrEarly: r.onTimeOrEarly, late: r.late },
      pending: r.pending,
      printed: r.printed,
    })),
  };
  for (const f of ['bang-ho-so.json', 'dossier-table.json']) writeFileSync(join(dir, f), JSON.stringify(table));
  // docs/excel.md: the issue 17 fixtures (made by openpyxl and XlsxWriter; test/fixtures/io17/make.py)
  for (const [from, to] of [
    ['hoso.xlsx', 'hoso.xlsx'],
    ['bieu-06a.xlsx', 'bieu-06a.xlsx'],
    ['hoso-semicolon.csv', 'hoso-excel.csv'],
  ] as const) {
    writeFileSync(join(dir, to), readFileSync(new URL(`../fixtures/io17/${from}`, import.meta.url)));
  }
  writeFileSync(
    join(dir, 'tinh-x.json'),
    JSON.stringify({
      base: 'civil-service',
      name: 'tinh-x',
      days: [{ date: '2020-01-31', kind: 'day-off', nameVi: 'Nghỉ theo QĐ của UBND tỉnh' }],
    }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('command lines in the guides', () => {
  it('found them', () => expect(cmds.length).toBeGreaterThan(20));

  it.each(cmds.map((c) => [`${c.where}: cchc ${c.args.join(' ')}`, c] as const))('%s', async (_label, c) => {
    let code = 0;
    let stdout = '';
    let stderr = '';
    try {
      ({ stdout, stderr } = await exec(process.execPath, [bin, ...c.args], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26 }));
    } catch (e) {
      ({ code, stdout, stderr } = e as { code: number; stdout: string; stderr: string });
    }
    // 1 is the audit's "errors found" (the seed report has them); 2 would be a usage or input error.
    expect(code, stderr).toBeLessThan(2);
    expect(stdout.length + stderr.length).toBeGreaterThan(0);
    const date = /^(\d{4}-\d{2}-\d{2})\b/.exec(c.comment)?.[1];
    if (date) expect(stdout.split('\n')[0]).toBe(date);
  });
});
