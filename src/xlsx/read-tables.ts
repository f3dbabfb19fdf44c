import { foldVi } from '../core/_internal/fold-vi.js';
import { readOptions } from '../core/options.js';
import * as vi from '../core/messages/vi/xlsx.js';
import * as en from '../core/messages/en/xlsx.js';
import type { AuditDossierTableInput, DossierTableCount, DossierTableRow } from '../audit/dossier-table.js';
import type { AuditParTableOptions, ParTableRow } from '../audit/par-table.js';
import type { MethodologyRow } from '../par/methodology-rows.js';
import { checkSheetOption } from './read-rows.js';
import { xfail } from './_internal/fail.js';
import type { FormatInfo } from './_internal/dates.js';
import { pickSheet } from './_internal/sheets.js';
import { columnName, sheetRows, type MergedRange, type RawRow, type XlsxCell } from './_internal/sheet.js';
import { openWorkbook, zipBytesOf, type XlsxSource } from './_internal/workbook.js';

/** The most rows a table sheet may have (report tables, annexes and results tables are far smaller). */
const MAX_TABLE_ROWS = 20_000;
/** The most cells all the formulas of a sheet read when they are computed here (a report table's totals read a few thousand). */
const FORMULA_CELL_BUDGET = 2_000_000;
/** How many rows from the top the header is looked for in. */
const HEADER_ROWS = 30;

/**
 * Options of the table readers ({@link readDossierTableXlsx}, {@link readParTableXlsx}, {@link readMethodologyXlsx}).
 *
 * @example
 * ```ts
 * import type { ReadXlsxTableOptions } from 'cchc/xlsx';
 * const o: ReadXlsxTableOptions = { sheet: 'Biểu II.06a' };
 * ```
 *
 * @category Excel
 */
export interface ReadXlsxTableOptions {
  /** The sheet: its name or 1-based position. Default: the first visible sheet where such a table is recognised. */
  readonly sheet?: string | number;
}

/**
 * Where a table read from a sheet came from: the sheet, the header rows, each row's number as Excel shows it, and the
 * column each field was read from.
 *
 * @example
 * ```ts
 * import type { XlsxTableSource } from 'cchc/xlsx';
 * const s: XlsxTableSource = { sheet: 'Biểu 06a', headerRows: [4, 6], rowNumbers: [8, 9], columns: [{ column: 'C', header: 'Số hồ sơ nhận giải quyết / Tổng số', field: 'received.total' }] };
 * ```
 *
 * @category Excel
 */
export interface XlsxTableSource {
  readonly sheet: string;
  /** First and last header row. */
  readonly headerRows: readonly [number, number];
  /** The row number of each table row (same order as the rows). */
  readonly rowNumbers: readonly number[];
  /** Each recognised column: its letter, its header as printed (levels joined by " / "), and the field read from it. */
  readonly columns: readonly { readonly column: string; readonly header: string; readonly field: string }[];
}

interface Grid {
  readonly sheet: string;
  readonly rows: RawRow[];
  readonly merges: MergedRange[];
}

async function readGrids(source: XlsxSource, sheet: string | number | undefined): Promise<Grid[]> {
  const wb = await openWorkbook(source);
  const sheets = sheet !== undefined ? [pickSheet(wb, sheet)] : wb.sheets.filter((s) => !s.hidden);
  if (sheets.length === 0) pickSheet(wb, undefined);
  const out: Grid[] = [];
  for (const s of sheets) {
    const rows: RawRow[] = [];
    const m: { merges: MergedRange[] } = { merges: [] };
    for await (const batch of sheetRows(wb, s, m)) {
      for (const r of batch) rows.push(r);
      // A table sheet longer than this is not a report table: refused, never cut short (nothing is silently lost).
      if (rows.length > MAX_TABLE_ROWS) {
        const p = { sheet: s.name, max: String(MAX_TABLE_ROWS) };
        xfail('INVALID_XLSX', vi.INVALID_XLSX__tableTooLong(p), en.INVALID_XLSX__tableTooLong(p), ['sheet']);
      }
    }
    evaluateFormulas(rows);
    out.push({ sheet: s.name, rows, merges: m.merges });
  }
  return out;
}

const REF = /^\$?([A-Z]{1,3})\$?([0-9]{1,7})$/;
const colOf = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/**
 * Formulas written without their computed value (openpyxl and other tools write `=SUM(C9:C11)` and leave the
 * computing to Excel): the sums and differences of cells are computed here (`SUM` of ranges, `A1+B2-C3`), so that a
 * total row reads as Excel would show it. Anything else stays empty.
 */
function evaluateFormulas(rows: RawRow[]): void {
  if (!rows.some((r) => r.formulas)) return;
  const byRow = new Map(rows.map((r) => [r.row, r]));
  // Each formula cell is computed once (memo), and the cells read by all the formulas of a sheet are counted: past
  // FORMULA_CELL_BUDGET the remaining formulas stay empty, so that crafted formulas (thousands of sums over the
  // largest ranges, or chains of sums over sums) cost a bounded time instead of hours.
  const memo = new Map<number, number | undefined>();
  let budget = FORMULA_CELL_BUDGET;
  const valueAt = (row: number, col: number, depth: number): number | undefined => {
    if (--budget < 0) return undefined;
    const r = byRow.get(row);
    if (!r) return 0;
    const c = r.cells[col];
    if (typeof c === 'number') return c;
    const f = r.formulas?.[col];
    if (f !== undefined && depth < 8) {
      const key = row * 16_384 + col;
      if (!memo.has(key)) {
        memo.set(key, undefined); // a cycle reads as no value
        memo.set(key, evaluate(f, depth + 1));
      }
      const v = memo.get(key);
      if (v !== undefined) return v;
      if (budget < 0) return undefined;
    }
    return 0;
  };
  const term = (t: string, depth: number): number | undefined => {
    const x = t.trim();
    if (/^[0-9]+(\.[0-9]+)?$/.test(x)) return Number(x);
    const ref = REF.exec(x);
    if (ref) return valueAt(Number(ref[2]), colOf(ref[1]!), depth);
    if (budget < 0) return undefined;
    const sum = /^SUM\((.*)\)$/i.exec(x);
    if (sum) {
      let total = 0;
      for (const part of sum[1]!.split(/[,;]/)) {
        const [a, b] = part.trim().split(':');
        const p = REF.exec(a ?? '');
        const q = b === undefined ? p : REF.exec(b);
        if (!p || !q) return undefined;
        const r0 = Math.min(Number(p[2]), Number(q[2]));
        const r1 = Math.max(Number(p[2]), Number(q[2]));
        const c0 = Math.min(colOf(p[1]!), colOf(q[1]!));
        const c1 = Math.max(colOf(p[1]!), colOf(q[1]!));
        if ((r1 - r0 + 1) * (c1 - c0 + 1) > 100_000) return undefined;
        if ((r1 - r0 + 1) * (c1 - c0 + 1) > budget) return undefined;
        for (let r = r0; r <= r1; r++) {
          for (let c = c0; c <= c1; c++) {
            const v = valueAt(r, c, depth);
            if (v === undefined) return undefined;
            total += v;
          }
        }
      }
      return total;
    }
    return undefined;
  };
  const evaluate = (f: string, depth: number): number | undefined => {
    const body = f.replace(/^=/, '').replace(/\s+/g, '');
    if (body.length > 2000) return undefined;
    const parts = body.split(/(?=[+-])/);
    let total = 0;
    for (const p of parts) {
      const sign = p.startsWith('-') ? -1 : 1;
      const v = term(p.replace(/^[+-]/, ''), depth);
      if (v === undefined) return undefined;
      total += sign * v;
    }
    return total;
  };
  for (const r of rows) {
    if (!r.formulas) continue;
    r.formulas.forEach((f, col) => {
      if (f === undefined || (r.cells[col] !== undefined && r.cells[col] !== null)) return;
      const v = evaluate(f, 0);
      if (v === undefined) return;
      while (r.cells.length < col) r.cells.push(null);
      r.cells[col] = Math.round(v * 1e9) / 1e9;
    });
  }
}

const text = (c: XlsxCell | undefined): string => {
  if (c === null || c === undefined) return '';
  if (typeof c === 'string') return c.trim();
  if (typeof c === 'number' || typeof c === 'boolean') return String(c);
  return c.date ?? String(c.serial);
};

/** Header texts of rows `from..to` with merged cells filled, per column: the distinct levels, top to bottom. */
function headerPaths(g: Grid, from: number, to: number, width: number): string[][] {
  const byRow = new Map(g.rows.map((r) => [r.row, r]));
  const paths: string[][] = Array.from({ length: width }, () => []);
  for (let r = from; r <= to; r++) {
    const row = byRow.get(r);
    for (let c = 0; c < width; c++) {
      let t = text(row?.cells[c]);
      if (t === '') {
        const m = g.merges.find((x) => x.top <= r && r <= x.bottom && x.left <= c && c <= x.right);
        if (m) t = text(byRow.get(m.top)?.cells[m.left]);
      }
      const p = paths[c]!;
      if (t !== '' && p[p.length - 1] !== t) p.push(t);
    }
  }
  return paths;
}

/** A row of column numbers under a header: "(1) (2) (3)", "1 2 3 …", "(3)=(4)+(5)". */
function isNumberingRow(r: RawRow): boolean {
  const cells = r.cells.filter((c) => c !== null && c !== '');
  if (cells.length < 2) return false;
  let prev = 0;
  return cells.every((c) => {
    if (typeof c === 'number') {
      const ok = Number.isInteger(c) && c === prev + 1;
      prev = c;
      return ok;
    }
    return typeof c === 'string' && /^\(?[0-9]{1,2}\)?(\s*=.*)?$|^\([A-Z0-9]{1,3}\)$/i.test(c.trim());
  });
}

/** A count as printed: a number, or a Vietnamese number text; `undefined` for an empty cell or a dash. */
function count(c: XlsxCell | undefined): DossierTableCount | undefined {
  if (c === null || c === undefined || typeof c === 'boolean') return undefined;
  if (typeof c === 'number') return c;
  if (typeof c === 'string') {
    const t = c.trim();
    return t === '' || /^[-–—x]$/i.test(t) ? undefined : t;
  }
  return undefined;
}

/** A printed rate as text ("99,26%"): a percent cell shows its value × 100 at the format's decimals. */
function printedRate(c: XlsxCell | undefined, f: FormatInfo | undefined): string | undefined {
  if (c === null || c === undefined || typeof c === 'boolean' || typeof c === 'object') return undefined;
  if (typeof c === 'string') {
    const t = c.trim();
    if (t === '' || /^[-–—]$/.test(t)) return undefined;
    return t.endsWith('%') ? t : `${t}%`;
  }
  const points = f?.percent ? c * 100 : c;
  const decimals = f?.decimals ?? Math.min(10, (String(points).split('.')[1] ?? '').length);
  return `${points.toFixed(decimals).replace('.', ',')}%`;
}

const has = (t: string, ...words: string[]) => words.some((w) => t.includes(w));

/** The field of a dossier-table column from its folded header path. */
function dossierField(path: readonly string[]): string | undefined {
  const t = foldVi(path.join(' / '));
  const last = foldVi(path[path.length - 1] ?? '');
  if (/^(s?tt|stt|so tt|so thu tu)\b/.test(last)) return 'stt';
  if (has(t, 'ty le', '(%)', ' %')) {
    if (has(t, 'dang giai quyet', 'dang xu ly') && has(t, 'qua han')) return 'printed.overduePendingRate';
    if (has(t, 'dung han', 'dung thoi han', 'dung hen')) return 'printed.onTimeRate';
    if (has(t, 'truoc han')) return 'printed.earlyRate';
    if (has(t, 'qua han', 'tre han', 'cham')) return 'printed.lateRate';
    return undefined;
  }
  if (has(t, 'dang giai quyet', 'dang xu ly', 'chua giai quyet', 'dang thu ly')) {
    if (has(last, 'chua den han', 'trong han', 'chua qua han', 'con han')) return 'pending.withinDue';
    if (has(last, 'qua han', 'tre han')) return 'pending.overdue';
    return 'pending.total';
  }
  if (has(t, 'rut ho so', 'rut', 'tra lai')) return 'withdrawnOrReturned';
  if (has(t, 'cho bo sung', 'bo sung')) return 'awaitingSupplement';
  if (has(t, 'da giai quyet', 'da xu ly', 'giai quyet xong', 'da tra ket qua', 'ket qua giai quyet')) {
    if (has(last, 'truoc han') && has(last, 'dung han', 'dung thoi han')) return 'resolved.onTimeOrEarly';
    if (has(last, 'truoc han')) return 'resolved.early';
    if (has(last, 'dung han', 'dung thoi han', 'dung hen'))
      return has(last, 'gom', 'bao gom', 'ke ca') ? 'resolved.onTimeOrEarly' : 'resolved.onTime';
    if (has(last, 'qua han', 'tre han', 'cham')) return 'resolved.late';
    return 'resolved.total';
  }
  if (has(t, 'den han giai quyet') && !has(t, 'chua den han')) return 'dueInPeriod';
  if (has(t, 'tiep nhan', 'nhan giai quyet', 'so ho so nhan', 'ho so nhan', 'thu ly')) {
    if (has(last, 'ky truoc', 'chuyen qua', 'chuyen sang', 'ton ky truoc')) return 'received.carriedOver';
    if (has(last, 'truc tuyen', 'qua mang')) return 'received.newOnline';
    if (has(last, 'truc tiep') && has(last, 'buu chinh', 'buu dien')) return 'received.newInPersonOrPostal';
    if (has(last, 'truc tiep')) return 'received.newInPerson';
    if (has(last, 'buu chinh', 'buu dien')) return 'received.newPostal';
    if (has(last, 'moi tiep nhan', 'trong ky', 'moi')) return 'received.new';
    return 'received.total';
  }
  if (has(t, 'linh vuc', 'don vi', 'co quan', 'cap ', 'noi dung', 'ten ', 'dia phuong', 'so nganh', 'chi tieu') || t === 'cap')
    return 'label';
  return undefined;
}

/** The field of a PAR results-table column; `max`: the maximum printed in the header ("Điểm thẩm định (65)"). */
function parField(path: readonly string[]): { field: string; max?: number } | undefined {
  const t = foldVi(path.join(' / '));
  const last = foldVi(path[path.length - 1] ?? '');
  const m = /\((?:toi da\s*)?([0-9]+(?:[.,][0-9]+)?)\s*(?:diem)?\)/.exec(t);
  const max = m ? Number(m[1]!.replace(',', '.')) : undefined;
  const withMax = (field: string) => (max !== undefined ? { field, max } : { field });
  if (/^(s?tt|stt|so tt|so thu tu)\b/.test(last)) return { field: 'stt' };
  if (has(t, 'xep hang', 'thu hang', 'thu tu xep hang') || last === 'hang') return { field: 'rank' };
  if (has(t, 'xep loai', 'phan loai', 'nhom')) return { field: 'class' };
  if (has(t, 'chi so')) return { field: 'index' };
  if (has(t, 'xa hoi hoc', 'dtxhh', 'dieu tra', 'khao sat')) return withMax('components.survey');
  if (has(t, 'tham dinh', 'tu danh gia')) return withMax('components.appraisal');
  if (has(t, 'tong diem', 'tong so diem', 'diem dat', 'tong cong diem')) return withMax('total');
  if (has(t, 'don vi', 'co quan', 'dia phuong', 'so nganh', 'so, ban, nganh', 'huyen', 'tinh', 'ten')) return { field: 'unit' };
  return undefined;
}

/** The field of a methodology-annex column. */
function methodologyField(path: readonly string[]): string | undefined {
  const t = foldVi(path.join(' / '));
  if (/^(s?tt|stt|so tt|ma|ma so|so thu tu|ma tieu chi)\b/.test(t)) return 'code';
  if (has(t, 'diem toi da', 'diem chuan', 'thang diem', 'diem so toi da') || t === 'diem' || /^diem\b/.test(t)) return 'maxPoints';
  if (has(t, 'cach cham', 'phuong phap cham', 'huong dan cham', 'cach tinh', 'cach thuc cham', 'quy tac cham')) return 'rule';
  if (has(t, 'kenh')) return 'channel';
  if (has(t, 'linh vuc', 'tieu chi', 'noi dung', 'ten ')) return 'name';
  return undefined;
}

interface Recognised {
  readonly grid: Grid;
  readonly from: number;
  readonly to: number;
  readonly fields: Map<string, number>;
  readonly columns: XlsxTableSource['columns'];
  readonly extra: Map<string, number>;
}

/**
 * The header block of a table: the first row (of the first {@link HEADER_ROWS}) where `need` fields are recognised,
 * growing downwards over the header rows (merged group cells filled) until the first data row.
 */
function recognise(
  g: Grid,
  classify: (path: string[]) => string | { field: string; max?: number } | undefined,
  need: (fields: Set<string>) => boolean,
): Recognised | undefined {
  const rows = g.rows;
  const width = rows.reduce((w, r) => Math.max(w, r.cells.length), 0);
  for (let i = 0; i < rows.length && i < HEADER_ROWS; i++) {
    const from = rows[i]!.row;
    // A title, a date line, a form number: a header row names several columns.
    if (rows[i]!.cells.filter((c) => c !== null && c !== '').length < 3) continue;
    // Header rows: text only (a numbering row ends them too), at most 5.
    for (let j = i; j < rows.length && j < i + 5; j++) {
      const r = rows[j]!;
      if (j > i && (isNumberingRow(r) || r.cells.some((c) => typeof c === 'number'))) break;
      const to = r.row;
      const paths = headerPaths(g, from, to, width);
      const fields = new Map<string, number>();
      const extra = new Map<string, number>();
      const columns: { column: string; header: string; field: string }[] = [];
      paths.forEach((p, c) => {
        if (p.length === 0) return;
        const x = classify(p);
        if (x === undefined) return;
        const field = typeof x === 'string' ? x : x.field;
        if (fields.has(field)) return;
        fields.set(field, c);
        if (typeof x === 'object' && x.max !== undefined) extra.set(field, x.max);
        columns.push({ column: columnName(c), header: p.join(' / '), field });
      });
      if (need(new Set(fields.keys()))) {
        // Take in the header rows below as long as they are text (sub-headers under merged groups).
        let end = j;
        for (let k = j + 1; k < rows.length && k < i + 5; k++) {
          const r2 = rows[k]!;
          if (isNumberingRow(r2) || r2.cells.some((c) => typeof c === 'number')) break;
          const more = headerPaths(g, from, r2.row, width);
          const n = more.filter((p) => p.length > 0 && classify(p) !== undefined).length;
          if (n < fields.size) break;
          end = k;
        }
        if (end !== j) return recogniseAt(g, from, rows[end]!.row, width, classify);
        return { grid: g, from, to, fields, columns: Object.freeze(columns.map((c) => Object.freeze(c))), extra };
      }
    }
  }
  return undefined;
}

function recogniseAt(
  g: Grid,
  from: number,
  to: number,
  width: number,
  classify: (path: string[]) => string | { field: string; max?: number } | undefined,
): Recognised {
  const paths = headerPaths(g, from, to, width);
  const fields = new Map<string, number>();
  const extra = new Map<string, number>();
  const columns: { column: string; header: string; field: string }[] = [];
  paths.forEach((p, c) => {
    if (p.length === 0) return;
    const x = classify(p);
    if (x === undefined) return;
    const field = typeof x === 'string' ? x : x.field;
    if (fields.has(field)) return;
    fields.set(field, c);
    if (typeof x === 'object' && x.max !== undefined) extra.set(field, x.max);
    columns.push({ column: columnName(c), header: p.join(' / '), field });
  });
  return { grid: g, from, to, fields, columns: Object.freeze(columns.map((c) => Object.freeze(c))), extra };
}

/** Data rows under a recognised header: numbering rows skipped. */
function dataRows(rec: Recognised): RawRow[] {
  return rec.grid.rows.filter((r) => r.row > rec.to && !isNumberingRow(r));
}

async function findTable(
  source: XlsxSource,
  options: ReadXlsxTableOptions | undefined,
  what: { vi: string; en: string; known: string },
  classify: (path: string[]) => string | { field: string; max?: number } | undefined,
  need: (fields: Set<string>) => boolean,
): Promise<Recognised> {
  const o = readOptions<ReadXlsxTableOptions>(options, ['sheet']);
  const sheet = checkSheetOption(o.sheet);
  zipBytesOf(source);
  const grids = await readGrids(source, sheet);
  for (const g of grids) {
    const rec = recognise(g, classify, need);
    if (rec !== undefined) return rec;
  }
  const g = grids[0];
  const name = g ? `"${g.sheet}"` : '';
  return xfail(
    'XLSX_TABLE_NOT_RECOGNISED',
    vi.XLSX_TABLE_NOT_RECOGNISED__header({ sheet: name, rows: HEADER_ROWS, what: what.vi, known: what.known }),
    en.XLSX_TABLE_NOT_RECOGNISED__header({ sheet: name, rows: HEADER_ROWS, what: what.en, known: what.known }),
  );
}

function sourceOf(rec: Recognised, rowNumbers: number[]): XlsxTableSource {
  return Object.freeze({
    sheet: rec.grid.sheet,
    headerRows: Object.freeze([rec.from, rec.to] as const),
    rowNumbers: Object.freeze(rowNumbers),
    columns: rec.columns,
  });
}

/**
 * The result of {@link readDossierTableXlsx}: the table as `auditDossierTable` takes it, and where it came from.
 *
 * @example
 * ```ts
 * import type { XlsxDossierTable } from 'cchc/xlsx';
 * const t: XlsxDossierTable | undefined = undefined;
 * ```
 *
 * @category Excel
 */
export interface XlsxDossierTable {
  readonly table: AuditDossierTableInput;
  readonly source: XlsxTableSource;
}

const DOSSIER_KNOWN =
  '"Số hồ sơ nhận giải quyết / tiếp nhận" (Tổng số, Kỳ trước chuyển qua, Trực tuyến, Trực tiếp, dịch vụ bưu chính), "Đã giải quyết" (Tổng số, Trước hạn, Đúng hạn, Quá hạn), "Đang giải quyết" (Tổng số, Chưa đến hạn / Trong hạn, Quá hạn), "Tỷ lệ … đúng hạn (%)", and a label column ("Lĩnh vực", "Đơn vị", "Cơ quan", "Cấp")';

/**
 * Read a dossier report table from a sheet (đọc biểu số liệu hồ sơ TTHC từ Excel): the report form's layout (Biểu
 * II.06a and its provincial variants: by level, by agency or by sector), with its header over two or three rows of
 * merged cells ("Số hồ sơ nhận giải quyết" over "Tổng số", "Trong đó: Số kỳ trước chuyển qua", "Số mới tiếp nhận" over
 * "Trực tuyến" and "Trực tiếp, dịch vụ bưu chính"; "Kết quả giải quyết" over "Đã giải quyết" and "Đang giải quyết"
 * with their parts), a row of column numbers ("(1) (2) (3)") skipped, the rows below it read until the end of the
 * sheet. Counts are numbers, or Vietnamese number texts as printed ("72.428"); printed rates are read as displayed
 * ("99,26%" from a cell 0.9926 formatted `0.00%`). The result goes straight to `auditDossierTable`.
 *
 * Rows without any count (a section title "I. CẤP TỈNH", a note) are left out; `source.rowNumbers` gives the Excel
 * row of each table row, `source.columns` the column each field was read from.
 *
 * @throws `CchcError` `XLSX_TABLE_NOT_RECOGNISED` when no sheet (or not the one named) has such a header in its
 *   first 30 rows (the message lists the headers known); the errors of {@link readXlsxRows}.
 * @example
 * ```ts
 * import { auditDossierTable } from 'cchc';
 * import { readDossierTableXlsx, writeXlsx } from 'cchc/xlsx';
 * const book = await writeXlsx({ sheets: [{ name: 'Biểu 06a', rows: [
 *   ['KẾT QUẢ GIẢI QUYẾT TTHC'],
 *   ['STT', 'Cấp', 'Số hồ sơ nhận giải quyết', null, 'Đã giải quyết', null, null, 'Đang giải quyết'],
 *   [null, null, 'Tổng số', 'Trực tuyến', 'Tổng số', 'Đúng hạn', 'Quá hạn', 'Tổng số'],
 *   ['1', 'Cấp tỉnh', 100, 40, 90, 88, 2, 10],
 *   ['2', 'Cấp xã', 50, 5, 45, 45, 0, 6],
 * ], merges: ['C2:D2', 'E2:G2'] }] });
 * const { table, source } = await readDossierTableXlsx(book);
 * table.rows.map((r) => r.label); // ['Cấp tỉnh', 'Cấp xã']
 * source.rowNumbers; // [4, 5]
 * auditDossierTable(table).map((f) => [f.row, f.code]); // [['Cấp xã', 'exceeds-received']]
 * ```
 *
 * @category Excel
 */
export async function readDossierTableXlsx(source: XlsxSource, options?: ReadXlsxTableOptions): Promise<XlsxDossierTable> {
  const rec = await findTable(
    source,
    options,
    { vi: 'bảng số liệu hồ sơ TTHC', en: 'a dossier table', known: DOSSIER_KNOWN },
    dossierField,
    (f) =>
      (f.has('label') || f.has('stt')) &&
      [...f].filter((x) => x.startsWith('received.') || x.startsWith('resolved.') || x.startsWith('pending.')).length >= 2,
  );
  const at = rec.fields;
  const rows: DossierTableRow[] = [];
  const rowNumbers: number[] = [];
  for (const r of dataRows(rec)) {
    const get = (field: string) => {
      const c = at.get(field);
      return c === undefined ? undefined : count(r.cells[c]);
    };
    const group = (prefix: string, parts: readonly string[]) => {
      const o: Record<string, DossierTableCount> = {};
      for (const p of parts) {
        const v = get(`${prefix}.${p}`);
        if (v !== undefined) o[p] = v;
      }
      return Object.keys(o).length > 0 ? o : undefined;
    };
    const received = group('received', ['total', 'carriedOver', 'new', 'newOnline', 'newInPerson', 'newPostal', 'newInPersonOrPostal']);
    const resolved = group('resolved', ['total', 'early', 'onTime', 'onTimeOrEarly', 'late']);
    const pending = group('pending', ['total', 'withinDue', 'overdue']);
    const single = (k: string) => get(k);
    const withdrawn = single('withdrawnOrReturned');
    const awaiting = single('awaitingSupplement');
    const due = single('dueInPeriod');
    if (!received && !resolved && !pending && withdrawn === undefined && awaiting === undefined) continue;
    // A row of figures: at least one count is a number (a note or a signature line under the table is not a row).
    const numeric = [...at.entries()].some(
      ([k, c]) =>
        /^(received|resolved|pending)\.|^withdrawn|^awaiting/.test(k) &&
        (typeof r.cells[c] === 'number' || (typeof r.cells[c] === 'string' && /^[0-9][0-9.,\s]*$/.test((r.cells[c] as string).trim()))),
    );
    if (!numeric) continue;
    const printed: Record<string, string> = {};
    for (const k of ['onTimeRate', 'earlyRate', 'lateRate', 'overduePendingRate']) {
      const c = at.get(`printed.${k}`);
      if (c === undefined) continue;
      const v = printedRate(r.cells[c], r.formats[c]);
      if (v !== undefined) printed[k] = v;
    }
    const labelCol = at.get('label');
    const sttCol = at.get('stt');
    const label =
      (labelCol !== undefined ? text(r.cells[labelCol]) : '') || (sttCol !== undefined ? text(r.cells[sttCol]) : '') || `#${r.row}`;
    const row: Record<string, unknown> = { label };
    if (received) row.received = received;
    if (resolved) row.resolved = resolved;
    if (pending) row.pending = pending;
    if (withdrawn !== undefined) row.withdrawnOrReturned = withdrawn;
    if (awaiting !== undefined) row.awaitingSupplement = awaiting;
    if (due !== undefined) row.dueInPeriod = due;
    if (Object.keys(printed).length > 0) row.printed = printed;
    rows.push(row as unknown as DossierTableRow);
    rowNumbers.push(r.row);
  }
  if (rows.length === 0) {
    const p = { sheet: `"${rec.grid.sheet}"` };
    xfail(
      'XLSX_TABLE_NOT_RECOGNISED',
      vi.XLSX_TABLE_NOT_RECOGNISED__noRows({ ...p, what: 'bảng số liệu hồ sơ TTHC' }),
      en.XLSX_TABLE_NOT_RECOGNISED__noRows({ ...p, what: 'a dossier table' }),
    );
  }
  return Object.freeze({ table: { rows, location: `${rec.grid.sheet}` }, source: sourceOf(rec, rowNumbers) });
}

/**
 * The result of {@link readParTableXlsx}: the rows and the options (the maxima printed in the header) as
 * `auditParTable` takes them, and where they came from.
 *
 * @example
 * ```ts
 * import type { XlsxParTable } from 'cchc/xlsx';
 * const t: XlsxParTable | undefined = undefined;
 * ```
 *
 * @category Excel
 */
export interface XlsxParTable {
  readonly rows: readonly ParTableRow[];
  readonly options: AuditParTableOptions;
  readonly source: XlsxTableSource;
}

const PAR_KNOWN =
  '"Đơn vị" / "Sở, ngành" / "Địa phương", "Điểm thẩm định (65)", "Điểm điều tra XHH (35)", "Tổng điểm", "Chỉ số CCHC (%)", "Xếp hạng", "Xếp loại"';

/**
 * Read a PAR INDEX results table from a sheet (đọc bảng kết quả Chỉ số CCHC từ Excel): a unit column and any of
 * appraisal points ("Điểm thẩm định"), survey points ("Điểm điều tra xã hội học", "ĐTXHH"), total ("Tổng điểm"),
 * index ("Chỉ số CCHC"), rank ("Xếp hạng") and class ("Xếp loại"). A maximum printed in a header ("Điểm thẩm định
 * (65)", "Tổng điểm (100)") becomes `componentMax` / `maxPoints` of the options. The result goes to `auditParTable`.
 *
 * @throws `CchcError` `XLSX_TABLE_NOT_RECOGNISED` (the message lists the headers known); the errors of
 *   {@link readXlsxRows}.
 * @example
 * ```ts
 * import { auditParTable } from 'cchc';
 * import { readParTableXlsx, writeXlsx } from 'cchc/xlsx';
 * const book = await writeXlsx({ sheets: [{ name: 'Kết quả', rows: [
 *   ['STT', 'Đơn vị', 'Điểm thẩm định (65)', 'Điểm ĐTXHH (35)', 'Tổng điểm (100)', 'Xếp hạng'],
 *   [1, 'TP Thủ Dầu Một', 51.75, 32.83, 84.58, 1],
 *   [2, 'TX Tân Uyên', 48.75, 33.25, 82.5, 2],
 * ] }] });
 * const t = await readParTableXlsx(book);
 * t.options; // { componentMax: { appraisal: 65, survey: 35 }, maxPoints: 100 }
 * auditParTable(t.rows, t.options).map((f) => f.code); // ['par-total-mismatch']
 * ```
 *
 * @category Excel
 */
export async function readParTableXlsx(source: XlsxSource, options?: ReadXlsxTableOptions): Promise<XlsxParTable> {
  const rec = await findTable(
    source,
    options,
    { vi: 'bảng kết quả Chỉ số CCHC', en: 'a PAR INDEX results table', known: PAR_KNOWN },
    parField,
    (f) => f.has('unit') && ['total', 'index', 'components.appraisal', 'components.survey'].some((k) => f.has(k)),
  );
  const at = rec.fields;
  const rows: ParTableRow[] = [];
  const rowNumbers: number[] = [];
  const num = (c: XlsxCell | undefined): number | string | undefined => {
    if (typeof c === 'number') return c;
    if (typeof c === 'string' && c.trim() !== '' && !/^[-–—]$/.test(c.trim())) return c.trim();
    return undefined;
  };
  for (const r of dataRows(rec)) {
    const cell = (f: string) => {
      const c = at.get(f);
      return c === undefined ? undefined : r.cells[c];
    };
    const unit = text(cell('unit'));
    const total = num(cell('total'));
    const indexCol = at.get('index');
    const index =
      indexCol === undefined
        ? undefined
        : r.formats[indexCol]?.percent && typeof r.cells[indexCol] === 'number'
          ? printedRate(r.cells[indexCol], r.formats[indexCol])
          : num(r.cells[indexCol]);
    const appraisal = num(cell('components.appraisal'));
    const survey = num(cell('components.survey'));
    if (unit === '' || (total === undefined && index === undefined && appraisal === undefined && survey === undefined)) continue;
    const row: Record<string, unknown> = { unit };
    const components: Record<string, number | string> = {};
    if (appraisal !== undefined) components.appraisal = appraisal;
    if (survey !== undefined) components.survey = survey;
    if (Object.keys(components).length > 0) row.components = components;
    if (total !== undefined) row.total = total;
    if (index !== undefined) row.index = index;
    const rank = cell('rank');
    if (typeof rank === 'number' && Number.isInteger(rank)) row.rank = rank;
    else if (typeof rank === 'string' && /^\d+$/.test(rank.trim())) row.rank = Number(rank.trim());
    const cls = text(cell('class'));
    if (cls !== '') row.class = cls;
    rows.push(row as unknown as ParTableRow);
    rowNumbers.push(r.row);
  }
  const opts: Record<string, unknown> = {};
  const componentMax: Record<string, number> = {};
  for (const [k, v] of rec.extra) {
    if (k === 'total') opts.maxPoints = v;
    else componentMax[k.slice('components.'.length)] = v;
  }
  if (Object.keys(componentMax).length > 0) opts.componentMax = componentMax;
  const ordered: Record<string, unknown> = {};
  if (opts.componentMax) ordered.componentMax = opts.componentMax;
  if (opts.maxPoints !== undefined) ordered.maxPoints = opts.maxPoints;
  return Object.freeze({ rows, options: ordered as AuditParTableOptions, source: sourceOf(rec, rowNumbers) });
}

/**
 * The result of {@link readMethodologyXlsx}: the rows as `methodologyFromRows` takes them, and where they came from.
 *
 * @example
 * ```ts
 * import type { XlsxMethodologyRows } from 'cchc/xlsx';
 * const t: XlsxMethodologyRows | undefined = undefined;
 * ```
 *
 * @category Excel
 */
export interface XlsxMethodologyRows {
  readonly rows: readonly MethodologyRow[];
  readonly source: XlsxTableSource;
}

const METHODOLOGY_KNOWN =
  '"STT" / "Mã", "Lĩnh vực / tiêu chí / tiêu chí thành phần" / "Nội dung", "Điểm tối đa" / "Điểm chuẩn", "Cách chấm" / "Phương pháp chấm"';

/**
 * Read a PAR methodology annex from a sheet (đọc phụ lục bộ tiêu chí từ Excel): code, name, maximum points and the
 * scoring rule, as `methodologyFromRows` takes them (it builds the tree from the codes, joins a rule split over merged
 * lines, and reads the total row). A code cell Excel stored as a number is passed as such (a whole number is its text;
 * a fraction such as 1.1 is refused by `methodologyFromRows`, since "1.10" would read the same: type the codes as text).
 * Errors of `methodologyFromRows` point at `['rows', i]`: `source.rowNumbers[i]` is its Excel row.
 *
 * @throws `CchcError` `XLSX_TABLE_NOT_RECOGNISED` (the message lists the headers known); the errors of
 *   {@link readXlsxRows}.
 * @example
 * ```ts
 * import { methodologyFromRows } from 'cchc';
 * import { readMethodologyXlsx, writeXlsx } from 'cchc/xlsx';
 * const book = await writeXlsx({ sheets: [{ name: 'Phụ lục', rows: [
 *   ['STT', 'Lĩnh vực, tiêu chí, tiêu chí thành phần', 'Điểm tối đa', 'Cách chấm'],
 *   ['1', 'Báo cáo CCHC', 2, null],
 *   ['1.1', 'Báo cáo gửi đúng thời gian', 1, 'binary'],
 *   ['1.2', 'Báo cáo đầy đủ nội dung', 1, 'binary'],
 *   [null, 'Tổng cộng', 2, null],
 * ] }] });
 * const { rows } = await readMethodologyXlsx(book);
 * methodologyFromRows(rows, { id: 'demo' }).maxPoints.toString(); // '2'
 * ```
 *
 * @category Excel
 */
export async function readMethodologyXlsx(source: XlsxSource, options?: ReadXlsxTableOptions): Promise<XlsxMethodologyRows> {
  const rec = await findTable(
    source,
    options,
    { vi: 'phụ lục bộ tiêu chí', en: 'a methodology annex', known: METHODOLOGY_KNOWN },
    methodologyField,
    (f) => f.has('code') && f.has('name') && f.has('maxPoints'),
  );
  const at = rec.fields;
  const rows: MethodologyRow[] = [];
  const rowNumbers: number[] = [];
  for (const r of dataRows(rec)) {
    const cell = (f: string) => {
      const c = at.get(f);
      return c === undefined ? null : (r.cells[c] ?? null);
    };
    const code = cell('code');
    const name = cell('name');
    const max = cell('maxPoints');
    const rule = cell('rule');
    const channel = cell('channel');
    if (code === null && name === null && max === null && rule === null) continue;
    const scalar = (c: XlsxCell): string | number | null =>
      c === null || typeof c === 'boolean' ? null : typeof c === 'object' ? (c.date ?? null) : c;
    const row: Record<string, unknown> = {
      code: typeof code === 'number' ? code : (scalar(code) ?? ''),
      name: scalar(name) === null ? '' : String(scalar(name)),
      maxPoints: scalar(max) ?? '',
    };
    if (rule !== null) row.rule = String(scalar(rule) ?? '');
    if (channel !== null) row.channel = String(scalar(channel) ?? '');
    rows.push(row as unknown as MethodologyRow);
    rowNumbers.push(r.row);
  }
  return Object.freeze({ rows, source: sourceOf(rec, rowNumbers) });
}
