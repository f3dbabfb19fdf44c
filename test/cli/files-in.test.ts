// Issue 17, the user's own scenarios: real files made by other tools (test/fixtures/io17/make.py: openpyxl, XlsxWriter,
// Python's codecs) given to the CLI as they come — `cchc dossiers hoso.xlsx`, a `;` CSV from Excel in a Vietnamese
// locale, UTF-16 from Excel's "Unicode Text", and Windows-1258 from an older system whose two communes "Hòa An" and
// "Hóa An" must never merge.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { memoryIO } from './_io.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/io17/${name}`, import.meta.url)));
const PERIOD = ['--from', '2019-09-01', '--to', '2019-09-30'];

interface Group {
  label: string;
  tally: {
    received: { total: number };
    resolved: { total: number; early: number; onTime: number; late: number };
    pending: { total: number; overdue: number };
  };
}
async function tally(file: string, bytes: Uint8Array, extra: string[] = []) {
  const m = memoryIO({ [file]: bytes }, { chunk: 97 });
  const code = await runCli(['dossiers', file, ...PERIOD, '--by', 'agency', '--format', 'json', ...extra], m.io);
  return {
    code,
    m,
    json:
      code === 0
        ? (JSON.parse(m.out) as {
            rows: number;
            rejectedRows: number;
            encoding: string;
            delimiter: string;
            headerRow: number;
            sheet?: string;
            groups: Group[];
          })
        : undefined,
  };
}
/** The expected tally of the 12 rows (11 valid, 1 due before receipt) by commune. */
function expectTally(groups: Group[]) {
  const by = Object.fromEntries(groups.map((g) => [g.label, g.tally]));
  expect(Object.keys(by).sort()).toEqual(['Tổng cộng', 'UBND xã Hòa An', 'UBND xã Hóa An'].sort());
  expect(by['UBND xã Hòa An']).toMatchObject({
    received: { total: 6 },
    resolved: { total: 4, early: 2, onTime: 1, late: 1 },
    pending: { total: 2, overdue: 0 },
  });
  expect(by['UBND xã Hóa An']).toMatchObject({
    received: { total: 5 },
    resolved: { total: 4, early: 0, onTime: 3, late: 1 },
    pending: { total: 1, overdue: 1 },
  });
  expect(by['Tổng cộng']).toMatchObject({
    received: { total: 11 },
    resolved: { total: 8, early: 2, onTime: 4, late: 2 },
    pending: { total: 3, overdue: 1 },
  });
}

describe('cchc dossiers on real files (issue 17)', () => {
  it('cchc dossiers hoso.xlsx: the one-stop export (merged title, header on row 4, Excel dates and dd/mm/yyyy text), sheet and row numbers in the rejected rows', async () => {
    const { code, m, json } = await tally('hoso.xlsx', fixture('hoso.xlsx'));
    expect(code, m.err).toBe(0);
    expect(json).toMatchObject({ rows: 12, rejectedRows: 1, sheet: 'Danh sách hồ sơ', headerRow: 4 });
    expectTally(json!.groups);
    const rejected = String(m.written.get('hoso.rejected.csv'));
    expect(rejected.split('\n')[0]).toBe('trang,dong,dong_van_ban,cot,ma,ly_do');
    expect(rejected).toContain('Danh sách hồ sơ,16,16,dueDate,DUE_BEFORE_RECEIPT');
  });
  it('cchc dossiers hoso.xlsx without a period: a one-line usage error, never the zip bytes', async () => {
    const m = memoryIO({ 'hoso.xlsx': fixture('hoso.xlsx') });
    expect(await runCli(['dossiers', 'hoso.xlsx'], m.io)).toBe(2);
    expect(m.err.trim().split('\n')).toHaveLength(1);
    expect(m.err).toContain('--from');
    expect(m.err).not.toMatch(/PK|\u0003|\u0004|[\u0000-\u0008]/);
  });
  it('an .xlsx named .csv, or a binary .xls, is named for what it is, never printed', async () => {
    const asCsv = memoryIO({ 'hoso.csv': fixture('hoso.xlsx') });
    const code = await runCli(['dossiers', 'hoso.csv', ...PERIOD, '--format', 'json'], asCsv.io);
    expect(code === 0 ? JSON.parse(asCsv.out).rows : asCsv.err).toBe(12);
    const xls = memoryIO({ 'old.xls': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]) });
    expect(await runCli(['dossiers', 'old.xls', ...PERIOD], xls.io)).not.toBe(0);
    expect(xls.err).toMatch(/\.xls/);
    expect(xls.err).not.toMatch(/[\u0000-\u0008\u00d0\u00cf]/);
  });
  it('a ";" CSV saved by Excel in a Vietnamese locale (UTF-8 with BOM, CRLF): delimiter detected, same counts', async () => {
    const { code, m, json } = await tally('hoso.csv', fixture('hoso-semicolon.csv'));
    expect(code, m.err).toBe(0);
    expect(json).toMatchObject({ rows: 12, rejectedRows: 1, delimiter: ';', encoding: 'utf-8' });
    expectTally(json!.groups);
  });
  it('a ";" CSV with the wrong --delimiter: the error names --delimiter ";", not a library option', async () => {
    const m = memoryIO({ 'hoso.csv': fixture('hoso-semicolon.csv') });
    expect(await runCli(['dossiers', 'hoso.csv', ...PERIOD, '--delimiter', ','], m.io)).not.toBe(0);
    expect(m.err).toContain('--delimiter');
    expect(m.err).toContain(';');
    expect(m.err).not.toMatch(/delimiter option|tùy chọn delimiter|columns option/);
  });
  it('UTF-16 LE (Excel "Unicode Text", tab) and UTF-16 BE (comma), by their BOM', async () => {
    const le = await tally('hoso.txt', fixture('hoso-utf16le.txt'));
    expect(le.code, le.m.err).toBe(0);
    expect(le.json).toMatchObject({ rows: 12, encoding: 'utf-16le', delimiter: '\t' });
    expectTally(le.json!.groups);
    const be = await tally('hoso.csv', fixture('hoso-utf16be.csv'));
    expect(be.code, be.m.err).toBe(0);
    expect(be.json).toMatchObject({ rows: 12, encoding: 'utf-16be', delimiter: ',' });
    expectTally(be.json!.groups);
  });
  it('Windows-1258 (tone marks as combining bytes): detected, normalised to NFC, the two communes kept apart', async () => {
    const { code, m, json } = await tally('hoso.csv', fixture('hoso-1258.csv'));
    expect(code, m.err).toBe(0);
    expect(json).toMatchObject({ rows: 12, encoding: 'windows-1258' });
    expectTally(json!.groups);
    const named = await tally('hoso.csv', fixture('hoso-1258.csv'), ['--encoding', 'windows-1258']);
    expectTally(named.json!.groups);
  });
  it('Windows-1258 read as UTF-8 (--encoding utf-8): an error naming --encoding windows-1258, never a merge of the two communes', async () => {
    const m = memoryIO({ 'hoso.csv': fixture('hoso-1258.csv') });
    expect(await runCli(['dossiers', 'hoso.csv', ...PERIOD, '--by', 'agency', '--encoding', 'utf-8'], m.io)).not.toBe(0);
    expect(m.err).toContain('--encoding');
    expect(m.err).toContain('windows-1258');
    expect(m.out).toBe('');
  });
  it('a file that is no text we know (TCVN3 bytes): a clear error, no result', async () => {
    // "Hµ Néi" in TCVN3 (ABC): bytes of Latin-1 letters that are no Vietnamese in Windows-1258
    const tcvn3 = new Uint8Array([
      ...new TextEncoder().encode('id,receivedAt,agency\r\n1,2019-09-03,'),
      0x48,
      0xb5,
      0x20,
      0x4e,
      0xe9,
      0x69,
      0x0d,
      0x0a,
    ]);
    const m = memoryIO({ 'hoso.csv': tcvn3 });
    expect(await runCli(['dossiers', 'hoso.csv', ...PERIOD], m.io)).not.toBe(0);
    expect(m.err).toMatch(/TCVN3|--encoding/);
    expect(m.out).toBe('');
  });
  it('an unknown header lists the headers known and --map', async () => {
    const m = memoryIO({ 'hoso.csv': 'Số TT,Mã số,Ngày vào sổ\n1,HS1,03/09/2019\n' });
    expect(await runCli(['dossiers', 'hoso.csv', ...PERIOD], m.io)).not.toBe(0);
    expect(m.err).toContain('Mã hồ sơ');
    expect(m.err).toContain('Ngày tiếp nhận');
    expect(m.err).toContain('--map');
  });
  it('an empty file or a header without rows is said, never an empty tally', async () => {
    for (const text of ['', '\ufeff', 'Mã hồ sơ;Ngày tiếp nhận\r\n']) {
      const m = memoryIO({ 'hoso.csv': text });
      const code = await runCli(['dossiers', 'hoso.csv', ...PERIOD], m.io);
      if (code === 0) expect(m.out + m.err).toMatch(/0 dòng|không có dòng|no rows/i);
      else expect(m.err.length).toBeGreaterThan(0);
    }
  });
});
