import { readOptions } from '../core/options.js';
import { issue, CchcError, show } from '../core/errors.js';
import * as vi from '../core/messages/vi/xlsx.js';
import * as en from '../core/messages/en/xlsx.js';
import { pickSheet } from './_internal/sheets.js';
import { sheetRows, type MergedRange, type XlsxCell, type XlsxDate } from './_internal/sheet.js';
import { openWorkbook, zipBytesOf, type XlsxSource } from './_internal/workbook.js';

export type { XlsxCell, XlsxDate, XlsxSource };

/**
 * One row of a sheet (một dòng của trang tính), as {@link readXlsxRows} gives it.
 *
 * @example
 * ```ts
 * import type { XlsxRow } from 'cchc/xlsx';
 * const r: XlsxRow = { sheet: 'Sheet1', row: 5, cells: ['HS1', { date: '2019-09-03', time: null, serial: 43711 }, 5, null] };
 * r.row; // 5
 * ```
 *
 * @category Excel
 */
export interface XlsxRow {
  /** The sheet's name. */
  readonly sheet: string;
  /** The row number Excel shows (1-based; blank rows are skipped but keep their numbers). */
  readonly row: number;
  /**
   * The cells from column A: text, a number, a boolean, a date (a number whose format is a date: `{ date, time,
   * serial }`, `date: null` for a serial that is no day, such as 60, Excel's 1900-02-29), or `null` when empty.
   * A formula cell holds the value Excel last computed; an error cell its text (`'#N/A'`).
   */
  readonly cells: readonly XlsxCell[];
}

/**
 * Options of {@link readXlsxRows}.
 *
 * @example
 * ```ts
 * import type { ReadXlsxRowsOptions } from 'cchc/xlsx';
 * const o: ReadXlsxRowsOptions = { sheet: 'Danh sách hồ sơ' };
 * ```
 *
 * @category Excel
 */
export interface ReadXlsxRowsOptions {
  /** The sheet: its name (exact, else case-insensitive) or its 1-based position. Default: the first visible sheet. */
  readonly sheet?: string | number;
}

/** Check `sheet` (a non-empty string or a positive integer). @internal */
export function checkSheetOption(sheet: unknown): string | number | undefined {
  if (sheet === undefined) return undefined;
  if ((typeof sheet === 'string' && sheet.length > 0) || (typeof sheet === 'number' && Number.isInteger(sheet) && sheet >= 1)) return sheet;
  const p = { received: show(sheet) };
  throw new CchcError(issue('INVALID_INPUT', ['options', 'sheet'], vi.INVALID_INPUT__xlsxSheet(p), en.INVALID_INPUT__xlsxSheet(p), sheet));
}

/**
 * The names of the sheets of a workbook, in tab order (chart sheets left out).
 *
 * @throws `CchcError` `INVALID_XLSX` for bytes that are not a workbook (an old `.xls` is named as such).
 * @example
 * ```ts
 * import { writeXlsx, xlsxSheetNames } from 'cchc/xlsx';
 * const book = await writeXlsx({ sheets: [{ name: 'Hồ sơ', rows: [['Mã hồ sơ']] }, { name: 'Ghi chú', rows: [] }] });
 * await xlsxSheetNames(book); // ['Hồ sơ', 'Ghi chú']
 * ```
 *
 * @category Excel
 */
export async function xlsxSheetNames(source: XlsxSource): Promise<string[]> {
  zipBytesOf(source);
  const wb = await openWorkbook(source);
  return wb.sheets.map((s) => s.name);
}

/**
 * Read the rows of a sheet of an `.xlsx` workbook (đọc các dòng của một trang tính Excel), streaming: the sheet is
 * inflated and parsed a chunk at a time, so memory holds the workbook's bytes (or none of them, for a `Blob` such as
 * Node's `fs.openAsBlob(path)`), its shared strings (every distinct text of the workbook) and one chunk of rows —
 * never the whole sheet. Works in Node ≥ 20, Deno, Bun and current browsers (Compression Streams); no dependency.
 *
 * Merged cells keep their value in their first cell only (as Excel stores them); {@link readXlsxRows} does not fill
 * them. Dates are recognised by the cell's number format (built-in or custom, e.g. `dd/mm/yyyy`), in the 1900 date
 * system (Excel's 1900-02-29 included) or the 1904 one.
 *
 * @throws `CchcError` `INVALID_XLSX` (not a workbook, damaged, an old `.xls`), `XLSX_UNSUPPORTED` (encrypted),
 *   `XLSX_SHEET_NOT_FOUND` (with the closest sheet name).
 * @example
 * ```ts
 * import { readXlsxRows, writeXlsx } from 'cchc/xlsx';
 * const book = await writeXlsx({ sheets: [{ name: 'Hồ sơ', rows: [['Mã hồ sơ', 'Ngày tiếp nhận'], ['HS1', { date: '2019-09-03' }]] }] });
 * const rows = [];
 * for await (const r of readXlsxRows(book)) rows.push(r.cells);
 * rows; // [['Mã hồ sơ', 'Ngày tiếp nhận'], ['HS1', { date: '2019-09-03', time: null, serial: 43711 }]]
 * ```
 *
 * @category Excel
 */
export function readXlsxRows(source: XlsxSource, options?: ReadXlsxRowsOptions): AsyncGenerator<XlsxRow> {
  const o = readOptions<ReadXlsxRowsOptions>(options, ['sheet']);
  const sheet = checkSheetOption(o.sheet);
  zipBytesOf(source);
  return (async function* () {
    const wb = await openWorkbook(source);
    const info = pickSheet(wb, sheet);
    const out: { merges: MergedRange[] } = { merges: [] };
    for await (const batch of sheetRows(wb, info, out))
      for (const r of batch) yield Object.freeze({ sheet: info.name, row: r.row, cells: Object.freeze(r.cells) });
  })();
}
