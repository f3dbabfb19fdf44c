// Issue 17, Excel out: `cchc report|dossiers|audit --format xlsx` write workbooks that hold the right numbers (read back
// with cchc/xlsx, and with openpyxl — another tool — when Python has it), in the report form's layout, with findings
// on their own sheet, sums as formulas that carry their values, and no formula from input text.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readXlsxRows, xlsxSheetNames, type XlsxCell } from 'cchc/xlsx';
import { runCli } from '../../src/cli/run.js';
import { memoryIO } from './_io.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/io17/${name}`, import.meta.url)));
const PERIOD = ['--from', '2019-09-01', '--to', '2019-09-30'];

async function rowsOf(book: Uint8Array, sheet: string | number): Promise<XlsxCell[][]> {
  const out: XlsxCell[][] = [];
  for await (const r of readXlsxRows(book, { sheet })) out.push([...r.cells]);
  return out;
}
const bytesOf = (v: string | Uint8Array | undefined): Uint8Array => {
  expect(v).toBeInstanceOf(Uint8Array);
  return v as Uint8Array;
};

// openpyxl, when present, reads what we wrote: the values (and formulas) as another tool sees them.
let python: string | undefined;
try {
  execFileSync('python3', ['-c', 'import openpyxl'], { stdio: 'ignore' });
  python = 'python3';
} catch {
  console.warn('files-out: python3 with openpyxl not found; the cross-check with another reader is skipped.');
}
const dir = mkdtempSync(join(tmpdir(), 'cchc-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function openpyxlDump(book: Uint8Array): Record<
  string,
  {
    cells: (string | number | null)[][];
    formulas: string[];
    freeze: string | null;
    widths: Record<string, number>;
    printTitles: string | null;
  }
> {
  const f = join(dir, `b${Math.random().toString(36).slice(2)}.xlsx`);
  writeFileSync(f, book);
  const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    cells = [[(c if not hasattr(c, 'isoformat') else c.isoformat()) for c in row] for row in ws.iter_rows(values_only=True)]
    formulas = [c.value for row in ws.iter_rows() for c in row if c.data_type == 'f']
    out[ws.title] = {'cells': cells, 'formulas': formulas, 'freeze': ws.freeze_panes, 'widths': {k: v.width for k, v in ws.column_dimensions.items() if v.width}, 'printTitles': ws.print_title_rows}
print(json.dumps(out))`;
  return JSON.parse(execFileSync(python!, ['-c', script, f], { encoding: 'utf8' }));
}

describe('cchc dossiers --format xlsx', () => {
  it('the tally in the report form layout: Vietnamese headers, counts as numbers, sums as formulas with values, rates as percents, rejected rows on their own sheet', async () => {
    const m = memoryIO({ 'hoso.xlsx': fixture('hoso.xlsx') });
    expect(
      await runCli(['dossiers', 'hoso.xlsx', ...PERIOD, '--by', 'agency', '--format', 'xlsx', '--out', 'tonghop.xlsx'], m.io),
      m.err,
    ).toBe(0);
    const book = bytesOf(m.written.get('tonghop.xlsx'));
    const names = await xlsxSheetNames(book);
    expect(names.length).toBe(2);
    const rows = await rowsOf(book, 1);
    const flat = rows.flat().filter((c): c is string => typeof c === 'string');
    for (const h of [
      'Cơ quan',
      'Số hồ sơ nhận giải quyết',
      'Tổng số',
      'Số hồ sơ đã giải quyết',
      'Trước hạn',
      'Đúng hạn',
      'Quá hạn',
      'Tỷ lệ đúng hạn',
    ])
      expect(
        flat.some((c) => c.includes(h)),
        h,
      ).toBe(true);
    const line = (label: string) => rows.find((r) => r[1] === label);
    // STT, agency; received: total, carried over, online, in person, postal; resolved: total, early, on time, late;
    // pending: total, within due, overdue; withdrawn/returned, awaiting supplement; on-time and late rates
    expect(line('UBND xã Hòa An')).toEqual([1, 'UBND xã Hòa An', 6, 0, 3, 2, 1, 4, 2, 1, 1, 2, 2, 0, 0, 0, 0.75, 0.25]);
    expect(line('UBND xã Hóa An')).toEqual([2, 'UBND xã Hóa An', 5, 0, 1, 3, 1, 4, 0, 3, 1, 1, 0, 1, 0, 0, 0.75, 0.25]);
    expect(line('Tổng cộng')).toEqual([null, 'Tổng cộng', 11, 0, 4, 5, 2, 8, 2, 4, 2, 3, 2, 1, 0, 0, 0.75, 0.25]);
    // rejected rows: sheet and row of the input
    const rejected = (await rowsOf(book, 2)).flat();
    expect(rejected).toContain('Danh sách hồ sơ');
    expect(rejected).toContain(16);
    expect(rejected).toContain('DUE_BEFORE_RECEIPT');
    if (python) {
      const d = openpyxlDump(book);
      const first = d[names[0]!]!;
      expect(first.freeze).not.toBeNull();
      expect(Object.keys(first.widths).length).toBeGreaterThan(3);
      const formulas = first.formulas;
      expect(formulas.length).toBeGreaterThan(5);
      expect(formulas.every((f) => /^=SUM\([A-Z]+\d+:[A-Z]+\d+\)$/.test(f))).toBe(true);
    }
  });
  it('text from the input that looks like a formula stays text', async () => {
    const csv =
      'Mã hồ sơ,Ngày tiếp nhận,Ngày hẹn trả,Cơ quan giải quyết\nHS1,03/09/2019,10/09/2019,"=HYPERLINK(""http://x"",""y"")"\nHS2,03/09/2019,10/09/2019,+1+2\n';
    const m = memoryIO({ 'h.csv': csv });
    expect(await runCli(['dossiers', 'h.csv', ...PERIOD, '--by', 'agency', '--format', 'xlsx', '--out', 'o.xlsx'], m.io), m.err).toBe(0);
    const book = bytesOf(m.written.get('o.xlsx'));
    const cells = (await rowsOf(book, 1)).flat();
    expect(cells).toContain('=HYPERLINK("http://x","y")');
    expect(cells).toContain('+1+2');
    if (python) {
      const d = openpyxlDump(book);
      const formulas = Object.values(d).flatMap((s) => s.formulas);
      expect(formulas.length).toBeGreaterThan(0);
      expect(formulas.every((f) => /^=SUM\([A-Z]+\d+:[A-Z]+\d+\)$/.test(f))).toBe(true);
      expect(Object.values(d).flatMap((s) => s.cells.flat())).toContain('=HYPERLINK("http://x","y")'); // as text
    }
  });
  it('--format xlsx without --out is a usage error', async () => {
    const m = memoryIO({ 'hoso.xlsx': fixture('hoso.xlsx') });
    expect(await runCli(['dossiers', 'hoso.xlsx', ...PERIOD, '--format', 'xlsx'], m.io)).toBe(2);
    expect(m.err).toContain('--out');
  });
});

describe('cchc audit on an .xlsx report table, --format xlsx', () => {
  it('reads the Biểu II.06a table made by XlsxWriter (merged 3-row header, column numbers, a count as text): the finding on Excel row 10, on a findings sheet', async () => {
    const m = memoryIO({ 'bieu.xlsx': fixture('bieu-06a.xlsx') });
    expect(await runCli(['audit', 'bieu.xlsx', '--format', 'json'], m.io)).toBe(1);
    const j = JSON.parse(m.out) as { sheet: string; summary: { errors: number }; findings: { row: string; code: string }[] };
    expect(j.sheet).toBe('Biểu II.06a');
    expect(j.summary.errors).toBe(1);
    const text = memoryIO({ 'bieu.xlsx': fixture('bieu-06a.xlsx') });
    await runCli(['audit', 'bieu.xlsx'], text.io);
    expect(text.out).toContain('dòng 10: Cấp huyện');
    expect(text.out).toContain('2.228 = 109.650');
    const m2 = memoryIO({ 'bieu.xlsx': fixture('bieu-06a.xlsx') });
    await runCli(['audit', 'bieu.xlsx', '--format', 'xlsx', '--out', 'kq.xlsx'], m2.io);
    const book = bytesOf(m2.written.get('kq.xlsx'));
    const names = await xlsxSheetNames(book);
    expect(names).toContain('Phát hiện');
    const findings = await rowsOf(book, 'Phát hiện');
    const error = findings.find((r) => r[1] === 'Lỗi')!;
    expect(error).toContain(10);
    expect(error.some((c) => typeof c === 'string' && c.includes('109.650'))).toBe(true);
    if (python) expect(Object.keys(openpyxlDump(book))).toEqual(names);
  });
});

describe('cchc report --format xlsx', () => {
  it('the dashboard tables and the findings on their own sheet, numbers as numbers', async () => {
    const m = memoryIO();
    expect(await runCli(['report', '--format', 'xlsx', '--out', 'r.xlsx'], m.io), m.err).toBe(0);
    const book = bytesOf(m.written.get('r.xlsx'));
    const names = await xlsxSheetNames(book);
    expect(names).toContain('Phát hiện');
    const all = (await Promise.all(names.map((n) => rowsOf(book, n)))).flat(2);
    // Kiên Giang 2019, district level: 120,780 received, 109,649 resolved, 107,422 on time (the dashboard's figures)
    expect(all).toEqual(expect.arrayContaining([120780, 109649]));
    const findings = await rowsOf(book, 'Phát hiện');
    expect(findings.filter((r) => r[1] === 'Lỗi').length).toBe(11);
    expect(findings.filter((r) => r[1] === 'Cảnh báo').length).toBe(11);
    if (python) {
      const d = openpyxlDump(book);
      expect(d['Phát hiện']!.freeze).not.toBeNull();
      expect(d['Phát hiện']!.printTitles).not.toBeNull();
      expect(d['Phát hiện']!.cells.flat()).toContain('Lỗi');
    }
  });
});
