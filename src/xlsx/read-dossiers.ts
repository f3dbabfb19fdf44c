import { CchcError } from '../core/errors.js';
import { unknownKeyIssue } from '../core/options.js';
import { tryLayout } from '../dossier/csv-columns.js';
import { HEADER_SEARCH_ROWS, readDossierRows, type DossierCsvReader } from '../dossier/csv-dossiers.js';
import { readDossiersCsvOptions, type ReadDossiersCsvOptions } from '../dossier/csv-options.js';
import type { CsvPiece } from '../dossier/_internal/csv-splitter.js';
import { checkSheetOption } from './read-rows.js';
import { pickSheet } from './_internal/sheets.js';
import { sheetRows, type MergedRange, type XlsxCell } from './_internal/sheet.js';
import { openWorkbook, zipBytesOf, type SheetInfo, type Workbook, type XlsxSource } from './_internal/workbook.js';

/**
 * Options of {@link readDossiersXlsx}: those of `readDossiersCsv` that concern values (`columns`, `dateFormat`,
 * `channelValues`, `maxRejected`, `rejectDuplicateIds`, `onReject`), and the sheet.
 *
 * @example
 * ```ts
 * import type { ReadDossiersXlsxOptions } from 'cchc/xlsx';
 * const o: ReadDossiersXlsxOptions = { sheet: 'Danh sách hồ sơ', columns: { agency: 'Phòng ban' } };
 * ```
 *
 * @category Excel
 */
export interface ReadDossiersXlsxOptions extends Omit<ReadDossiersCsvOptions, 'delimiter' | 'encoding' | 'multilineFields'> {
  /**
   * The sheet: its name or 1-based position. Default: the first visible sheet with a dossier header (`id` and
   * `receivedAt` columns, by name, mapping or one-stop header) among its first rows; else the first visible sheet.
   */
  readonly sheet?: string | number;
}

const NOT_FOR_XLSX = ['delimiter', 'encoding', 'multilineFields'] as const;

/** A cell as the dossier reader reads text: dates in ISO (a time of day at Vietnam's +07:00), numbers as written. @internal */
export function dossierCellText(c: XlsxCell, date1904: boolean): string {
  if (c === null) return '';
  if (typeof c === 'string') return c;
  if (typeof c === 'number') return String(c);
  if (typeof c === 'boolean') return c ? 'TRUE' : 'FALSE';
  if (c.date === null) return !date1904 && Math.floor(c.serial) === 60 ? '1900-02-29' : String(c.serial);
  return c.time === null ? c.date : `${c.date}T${c.time}+07:00`;
}

/** Whether the first rows of a sheet hold a dossier header. */
async function hasDossierHeader(wb: Workbook, sheet: SheetInfo, columns: ReadDossiersCsvOptions['columns']): Promise<boolean> {
  let seen = 0;
  const out: { merges: MergedRange[] } = { merges: [] };
  for await (const batch of sheetRows(wb, sheet, out)) {
    for (const r of batch) {
      if (
        tryLayout(
          r.cells.map((c) => dossierCellText(c, wb.date1904)),
          columns,
        ).layout !== undefined
      )
        return true;
      if (++seen >= HEADER_SEARCH_ROWS) return false;
    }
  }
  return false;
}

/**
 * Read dossier records from a sheet of an `.xlsx` workbook (đọc danh sách hồ sơ từ tệp Excel): the one-stop export
 * as it comes — a title and merged cells above the table, the header row somewhere in the first 30 rows, Vietnamese
 * headers recognised without a mapping ("Mã hồ sơ", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả kết quả", "Cơ quan
 * giải quyết", "Hình thức nộp", …, in any case, accents or spacing; `columns` maps the others), dates as Excel dates
 * (serials with a date format, 1900 or 1904 system; a time of day is read at Vietnam's +07:00) or as text
 * `dd/mm/yyyy` / ISO.
 *
 * The same reader as `readDossiersCsv`: it yields valid records, rejects bad rows without stopping, and keeps the
 * same report — each rejected row with its `sheet` and its `row` number as Excel shows it; `rowsRead === accepted +
 * rejectedRows`. Memory: the workbook's bytes (none for a `Blob`/`File`, read by slices: Node's `fs.openAsBlob`),
 * its shared strings (every distinct text of the workbook: ids and names that are text) and one chunk of rows; the
 * sheet is streamed. No dependency: Compression Streams of Node ≥ 20, Deno, Bun and current browsers.
 *
 * @throws `CchcError` at the call for bad options or a source that is not bytes; during the iteration
 *   `INVALID_XLSX` / `XLSX_UNSUPPORTED` (not a workbook, an old `.xls`, encrypted), `XLSX_SHEET_NOT_FOUND`,
 *   `CSV_MISSING_COLUMN` (no header in the first rows: the message lists the headers known).
 * @example
 * ```ts
 * import { tallyDossiers } from 'cchc';
 * import { readDossiersXlsx, writeXlsx } from 'cchc/xlsx';
 * const book = await writeXlsx({ sheets: [{ name: 'Hồ sơ', rows: [
 *   ['DANH SÁCH HỒ SƠ THÁNG 9/2019'],
 *   [],
 *   ['Mã hồ sơ', 'Ngày tiếp nhận', 'Ngày hẹn trả', 'Ngày trả kết quả', 'Hình thức nộp'],
 *   ['HS1', { date: '2019-09-03' }, { date: '2019-09-10' }, { date: '2019-09-09' }, 'Trực tuyến'],
 *   ['HS2', '04/09/2019', '11/09/2019', null, 'Trực tiếp'],
 *   ['HS3', { date: '2019-09-05' }, { date: '2019-09-01' }, null, 'Bưu chính'],
 * ] }] });
 * const reader = readDossiersXlsx(book);
 * const t = await tallyDossiers(reader, { start: '2019-09-01', end: '2019-09-30' });
 * t.received.total; // 2
 * reader.report.rejected.map((r) => [r.sheet, r.row, r.field, r.code]); // [['Hồ sơ', 6, 'dueDate', 'DUE_BEFORE_RECEIPT']]
 * ```
 *
 * @category Excel
 */
export function readDossiersXlsx(source: XlsxSource, options?: ReadDossiersXlsxOptions): DossierCsvReader {
  let sheetOption: string | number | undefined;
  let rest: unknown = options;
  if (options !== null && typeof options === 'object' && !Array.isArray(options)) {
    const { sheet, ...others } = options as ReadDossiersXlsxOptions & Record<string, unknown>;
    const wrong = NOT_FOR_XLSX.filter((k) => Object.hasOwn(others, k));
    if (wrong.length > 0)
      throw new CchcError(
        wrong.map((k) =>
          unknownKeyIssue(['options', k], k, [
            'sheet',
            'columns',
            'dateFormat',
            'channelValues',
            'maxRejected',
            'rejectDuplicateIds',
            'onReject',
          ]),
        ),
      );
    sheetOption = checkSheetOption(sheet);
    rest = others;
  }
  const o = readDossiersCsvOptions(rest);
  zipBytesOf(source);
  return readDossierRows(
    {
      ragged: true,
      async *batches(info) {
        const wb = await openWorkbook(source);
        let sheet: SheetInfo | undefined;
        if (sheetOption !== undefined) sheet = pickSheet(wb, sheetOption);
        else {
          for (const s of wb.sheets)
            if (!s.hidden && (await hasDossierHeader(wb, s, o.columns))) {
              sheet = s;
              break;
            }
          sheet ??= pickSheet(wb, undefined);
        }
        info.sheet = sheet.name;
        const out: { merges: MergedRange[] } = { merges: [] };
        for await (const batch of sheetRows(wb, sheet, out)) {
          const pieces: CsvPiece[] = batch.map((r) => ({
            kind: 'record',
            line: r.row,
            fields: r.cells.map((c) => dossierCellText(c, wb.date1904)),
          }));
          yield pieces;
        }
      },
    },
    o,
  );
}
