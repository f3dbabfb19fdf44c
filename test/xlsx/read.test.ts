// cchc/xlsx reading: workbooks made by other tools (test/fixtures/io17/make.py: openpyxl, XlsxWriter) read with the
// right counts; the memory bound (the sheet is streamed: the first rows come before the file is read through); the
// errors that name what is wrong.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditDossierTable, auditParTable, tallyDossiers, isCchcError } from 'cchc';
import {
  MAX_XLSX_PART_BYTES,
  readDossiersXlsx,
  readDossierTableXlsx,
  readParTableXlsx,
  readXlsxRows,
  writeXlsx,
  xlsxSheetNames,
} from 'cchc/xlsx';
import { openWorkbook } from '../../src/xlsx/_internal/workbook.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/io17/${name}`, import.meta.url)));

async function codeOf(p: Promise<unknown> | (() => Promise<unknown>)): Promise<string> {
  try {
    await (typeof p === 'function' ? p() : p);
  } catch (e) {
    return isCchcError(e) ? e.code : `not a CchcError: ${String(e)}`;
  }
  return 'no error';
}

/** A Blob over bytes that counts what was read from it (by `arrayBuffer` and by `stream`). */
function countingBlob(bytes: Uint8Array, counter = { read: 0 }, start = 0, end = bytes.length) {
  return {
    counter,
    size: end - start,
    slice: (s = 0, e = end - start) => countingBlob(bytes, counter, start + s, start + Math.min(e, end - start)),
    arrayBuffer: async () => {
      counter.read += end - start;
      return bytes.slice(start, end).buffer;
    },
    stream: () => {
      let at = start;
      return new ReadableStream<Uint8Array>({
        pull(c) {
          if (at >= end) return c.close();
          const n = Math.min(16384, end - at);
          counter.read += n;
          c.enqueue(bytes.slice(at, at + n));
          at += n;
        },
      });
    },
  };
}

describe('readDossiersXlsx on the one-stop export made by openpyxl', () => {
  it('finds the dossier sheet and its header on row 4 under a merged title; Excel dates and dd/mm/yyyy text; sheet and row of the rejected row', async () => {
    const book = fixture('hoso.xlsx');
    expect(await xlsxSheetNames(book)).toEqual(['Hướng dẫn', 'Danh sách hồ sơ']);
    const reader = readDossiersXlsx(book);
    const records = [];
    for await (const r of reader) records.push(r);
    expect(records).toHaveLength(11);
    expect(records[0]).toMatchObject({
      id: '000.00.12.H33-190903-0001',
      agency: 'UBND xã Hòa An',
      channel: 'online',
      receivedAt: '2019-09-03',
      dueDate: '2019-09-10',
      resolvedAt: '2019-09-09',
    });
    expect(records[3]).toMatchObject({ id: '000.00.12.H33-190905-0004', receivedAt: '2019-09-05' }); // dates as text
    expect(reader.report).toMatchObject({ rowsRead: 12, accepted: 11, rejectedRows: 1, headerRow: 4, sheet: 'Danh sách hồ sơ' });
    expect(reader.report.rejected.map((r) => [r.sheet, r.row, r.field, r.code])).toEqual([
      ['Danh sách hồ sơ', 16, 'dueDate', 'DUE_BEFORE_RECEIPT'],
    ]);
    const t = await tallyDossiers(readDossiersXlsx(book), { start: '2019-09-01', end: '2019-09-30' });
    expect(t).toMatchObject({
      received: { total: 11 },
      resolved: { total: 8, early: 2, onTime: 4, late: 2 },
      pending: { total: 3, overdue: 1 },
    });
  });
  it('a sheet without a dossier header: CSV_MISSING_COLUMN listing the headers known', async () => {
    const reader = readDossiersXlsx(fixture('hoso.xlsx'), { sheet: 'Hướng dẫn' });
    let err: unknown;
    try {
      for await (const _ of reader) void _;
    } catch (e) {
      err = e;
    }
    expect(isCchcError(err) && err.code).toBe('CSV_MISSING_COLUMN');
    expect((err as Error).message).toContain('Mã hồ sơ');
    expect((err as Error).message).toContain('Ngày tiếp nhận');
  });
  it('a sheet named without accents is found; a sheet that does not exist: XLSX_SHEET_NOT_FOUND with the closest name', async () => {
    const named = [];
    for await (const r of readXlsxRows(fixture('hoso.xlsx'), { sheet: 'danh sach ho so' })) named.push(r.sheet);
    expect(new Set(named)).toEqual(new Set(['Danh sách hồ sơ']));
    const e = await (async () => {
      try {
        for await (const _ of readXlsxRows(fixture('hoso.xlsx'), { sheet: 'Danh sách hồ' })) void _;
      } catch (x) {
        return x;
      }
    })();
    expect(isCchcError(e) && e.code).toBe('XLSX_SHEET_NOT_FOUND');
    expect(isCchcError(e) && e.issues[0]!.suggestion).toBe('Danh sách hồ sơ');
    expect((e as Error).message).toContain('Hướng dẫn');
  });
});

describe('report tables made by XlsxWriter', () => {
  it('Biểu II.06a by level: three merged header rows, a row of column numbers, a section row and a count printed as text', async () => {
    const { table, source } = await readDossierTableXlsx(fixture('bieu-06a.xlsx'));
    expect(table.rows.map((r) => r.label)).toEqual(['Cấp tỉnh', 'Cấp huyện', 'Cấp xã']);
    expect(source).toMatchObject({ sheet: 'Biểu II.06a', headerRows: [4, 6], rowNumbers: [9, 10, 11] });
    expect(table.rows[1]).toMatchObject({
      received: { total: 120780, carriedOver: 3000, newOnline: 20000, newInPersonOrPostal: 97780 },
      resolved: { total: 109649, early: 60000, onTime: 47422, late: 2228 },
      pending: { withinDue: 10800, overdue: 331 },
    });
    expect(table.rows[0]).toMatchObject({ received: { total: '72.428' } });
    const findings = auditDossierTable(table);
    expect(findings.filter((f) => f.severity === 'error').map((f) => f.row)).toEqual(['Cấp huyện']);
  });
  it('PAR INDEX results: maxima from the headers, rows and ranks', async () => {
    const t = await readParTableXlsx(fixture('par-ketqua.xlsx'));
    expect(t.options).toEqual({ componentMax: { appraisal: 65, survey: 35 }, maxPoints: 100 });
    expect(t.rows).toHaveLength(3);
    expect(t.source.rowNumbers).toEqual([4, 5, 6]);
    // Sở Y tế: 45.5 + 29 = 74.5, printed 75.75 (the fixture's deliberate slip)
    expect(
      auditParTable(t.rows, t.options)
        .filter((f) => f.severity === 'error')
        .map((f) => [f.row, f.code]),
    ).toEqual([['Sở Y tế', 'par-total-mismatch']]);
  });
  it('a dossier list is not a report table: XLSX_TABLE_NOT_RECOGNISED naming the headers known', async () => {
    const e = await readDossierTableXlsx(fixture('hoso.xlsx')).catch((x: unknown) => x);
    expect(isCchcError(e) && e.code).toBe('XLSX_TABLE_NOT_RECOGNISED');
    expect((e as Error).message).toContain('Số hồ sơ nhận giải quyết');
  });
  it('a table sheet over 20,000 rows is refused, never cut short', async () => {
    const rows = Array.from({ length: 20_001 }, (_, i) => [`Xã ${i}`, i, i]);
    const book = await writeXlsx({ sheets: [{ name: 'Biểu', rows: [['Đơn vị', 'Số hồ sơ nhận giải quyết', 'Đúng hạn'], ...rows] }] });
    const e = await readDossierTableXlsx(book).catch((x: unknown) => x);
    expect(isCchcError(e) && e.code).toBe('INVALID_XLSX');
    expect((e as Error).message).toContain('20000');
  });
});

describe('memory bound: the sheet is streamed', () => {
  it('the first rows come when a small part of a large sheet has been read, from a Blob (never the whole file)', async () => {
    // numbers only: no shared strings (those are read whole, and are part of the stated bound), so the file is the sheet
    const rows: number[][] = [];
    for (let i = 0; i < 60_000; i++) rows.push([i, 43711 + (i % 300), (i * 2654435761) % 1e9]);
    const book = await writeXlsx({ sheets: [{ name: 'Hồ sơ', rows }] });
    expect(book.length).toBeGreaterThan(300_000);
    const blob = countingBlob(book);
    let first = -1;
    let n = 0;
    for await (const _r of readXlsxRows(blob)) {
      if (first < 0) first = blob.counter.read;
      n++;
    }
    expect(n).toBe(60_000);
    expect(blob.counter.read).toBeGreaterThanOrEqual(book.length * 0.9);
    expect(first).toBeLessThan(book.length / 10);
  }, 60_000);
  it('a part over its bound once inflated is INVALID_XLSX (a "zip bomb" stops, it is not held)', async () => {
    const book = await writeXlsx({ sheets: [{ name: 'A', rows: Array.from({ length: 2000 }, (_, i) => [i, i * 2]) }] });
    const wb = await openWorkbook(book);
    const part = wb.sheets[0]!.part;
    expect(await codeOf(wb.scan(part, { open() {}, close() {}, text() {} }, 1000))).toBe('INVALID_XLSX');
    expect(MAX_XLSX_PART_BYTES).toBe(268435456);
  });
});

describe('bytes that are not a workbook', () => {
  it('text, an old .xls, a truncated zip: INVALID_XLSX, the message never holds the bytes', async () => {
    const book = fixture('hoso.xlsx');
    for (const bytes of [
      new TextEncoder().encode('Mã hồ sơ,Ngày tiếp nhận\n'),
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]),
      book.subarray(0, book.length - 100),
    ]) {
      const e = await (async () => {
        try {
          for await (const _ of readXlsxRows(bytes)) void _;
        } catch (x) {
          return x;
        }
      })();
      expect(isCchcError(e) && e.code).toBe('INVALID_XLSX');
      expect((e as Error).message).not.toMatch(/[\u0000-\u0008]|PK\u0003/);
    }
  });
});
