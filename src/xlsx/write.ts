import { CchcError, issue, show, type CchcIssue } from '../core/errors.js';
import { formatNumber } from '../core/format-number.js';
import { isIsoDate } from '../core/iso-date.js';
import { readInputObject, readOptions } from '../core/options.js';
import * as vi from '../core/messages/vi/xlsx.js';
import * as en from '../core/messages/en/xlsx.js';
import { isoToSerial } from './_internal/dates.js';
import { escapeXml } from './_internal/xml.js';
import { cellRef, columnName, EXCEL_COLUMNS, EXCEL_ROWS } from './_internal/sheet.js';
import { utf8, zip } from './_internal/zip-write.js';
import { hasCompressionStreams } from './_internal/streams.js';

/**
 * How a written cell looks (kiểu ô): a small fixed set, so that every workbook `cchc` writes reads the same.
 * `integer` `#,##0`; `decimal` `#,##0.00`; `percent` `0.00%` (the value is a fraction); `date` `dd/mm/yyyy`;
 * `header` bold, shaded, wrapped and bordered; `title` bold and large; `total` / `totalPercent` bold figures;
 * `bold`; `wrap` wrapped text; `error` / `warning` / `info` a finding's severity (red, amber, blue text).
 *
 * @example
 * ```ts
 * import type { XlsxCellStyle } from 'cchc/xlsx';
 * const s: XlsxCellStyle = 'percent';
 * ```
 *
 * @category Excel
 */
export type XlsxCellStyle =
  | 'text'
  | 'header'
  | 'title'
  | 'integer'
  | 'decimal'
  | 'percent'
  | 'date'
  | 'bold'
  | 'total'
  | 'totalPercent'
  | 'wrap'
  | 'error'
  | 'warning'
  | 'info';

/**
 * A cell to write: a value (text is always written as text — a text starting with `=`, `+`, `-` or `@` is never a
 * formula, and stays text when edited), a date (`{ date: 'YYYY-MM-DD' }`), or an object with a style and, for figures
 * the workbook computes, a formula over cell references (`{ formula: 'SUM(B5:B7)', value: 42 }`: `value` is the
 * result stored beside it, for readers that do not compute).
 *
 * @example
 * ```ts
 * import type { XlsxWriteCell } from 'cchc/xlsx';
 * const cells: XlsxWriteCell[] = ['Cấp xã', 446469, { value: 0.9926, style: 'percent' }, { date: '2019-09-30' }, { formula: 'SUM(B2:B4)', value: 10, style: 'total' }];
 * ```
 *
 * @category Excel
 */
export type XlsxWriteCell =
  | string
  | number
  | boolean
  | null
  | { readonly date: string; readonly style?: XlsxCellStyle }
  | { readonly value?: string | number | boolean | null; readonly formula?: string; readonly style?: XlsxCellStyle };

/**
 * One sheet to write.
 *
 * @example
 * ```ts
 * import type { XlsxSheetSpec } from 'cchc/xlsx';
 * const s: XlsxSheetSpec = { name: 'Tổng hợp', rows: [['Cấp', 'Tiếp nhận'], ['Cấp xã', 10]], columnWidths: [24, 12], freeze: { rows: 1, columns: 1 } };
 * ```
 *
 * @category Excel
 */
export interface XlsxSheetSpec {
  /** Sheet name: 1–31 characters, none of `[ ] : * ? / \`, unique in the workbook (case ignored). */
  readonly name: string;
  /** The rows from row 1; `null` cells are empty. */
  readonly rows: readonly (readonly XlsxWriteCell[])[];
  /** Column widths in characters, from column A. */
  readonly columnWidths?: readonly number[];
  /** Rows and columns kept in view when scrolling (the header rows, the label column). */
  readonly freeze?: { readonly rows?: number; readonly columns?: number };
  /** Merged ranges, e.g. `'A1:G1'` for a title over the table. */
  readonly merges?: readonly string[];
  /** Rows repeated at the top of every printed page (the header rows), e.g. `{ from: 3, to: 4 }`. */
  readonly printTitleRows?: { readonly from: number; readonly to: number };
  /** Print on A4 landscape (default portrait), scaled to the page width. */
  readonly landscape?: boolean;
}

/**
 * A workbook to write.
 *
 * @example
 * ```ts
 * import type { XlsxWorkbookSpec } from 'cchc/xlsx';
 * const w: XlsxWorkbookSpec = { sheets: [{ name: 'Sheet1', rows: [['A']] }] };
 * ```
 *
 * @category Excel
 */
export interface XlsxWorkbookSpec {
  readonly sheets: readonly XlsxSheetSpec[];
}

const STYLE_INDEX: Readonly<Record<XlsxCellStyle, number>> = {
  text: 0,
  header: 1,
  title: 2,
  integer: 3,
  decimal: 4,
  percent: 5,
  date: 6,
  bold: 7,
  total: 8,
  totalPercent: 9,
  wrap: 10,
  error: 11,
  warning: 12,
  info: 13,
};
/** The same styles with "quote prefix" (a text that looks like a formula stays text when edited). */
const QUOTED = 14;

const STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="#,##0.00"/></numFmts>
<fonts count="6"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><color rgb="FF9B1C1C"/><name val="Calibri"/><family val="2"/></font><font><sz val="11"/><color rgb="FF8A5A00"/><name val="Calibri"/><family val="2"/></font><font><sz val="11"/><color rgb="FF35506B"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFEEF3F6"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color rgb="FFB0BEC5"/></left><right style="thin"><color rgb="FFB0BEC5"/></right><top style="thin"><color rgb="FFB0BEC5"/></top><bottom style="thin"><color rgb="FFB0BEC5"/></bottom><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="15">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="3" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="10" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"/>
<xf numFmtId="3" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/>
<xf numFmtId="10" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="3" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="4" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="5" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" quotePrefix="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const FORMULA = /^[A-Z]+\([A-Z]{1,3}[0-9]{1,7}(:[A-Z]{1,3}[0-9]{1,7})?\)$|^[A-Z]{1,3}[0-9]{1,7}([+\-*/][A-Z]{1,3}[0-9]{1,7})*$/;
const BAD_SHEET_NAME = /[[\]:*?/\\]/;
const CELL_KEYS = new Set(['value', 'date', 'formula', 'style']);
/** A merged range `A1:G1` within the sheet's bounds. */
const isRange = (m: unknown): boolean => {
  if (typeof m !== 'string' || !/^[A-Z]{1,3}[0-9]{1,7}:[A-Z]{1,3}[0-9]{1,7}$/.test(m)) return false;
  const [a, b] = m.split(':').map((x) => cellRef(x));
  return a !== undefined && b !== undefined && a.row >= 1 && b.row >= 1;
};

const bad = (path: (string | number)[], vi_: string, en_: string, received: unknown): CchcIssue =>
  issue('INVALID_INPUT', path, vi_, en_, received);

/**
 * Write an `.xlsx` workbook (ghi tệp Excel): sheets of rows, with styles for headers, figures (`#,##0`, `0.00%`,
 * `dd/mm/yyyy`), frozen header rows, column widths, merged titles, rows repeated on every printed page, A4 paper.
 * Strings go to the shared-string table as Excel writes them; text is always text (a cell from the input that starts
 * with `=`, `+`, `-` or `@` is never a formula — formula injection — and is marked "quote prefix" so that it stays
 * text when edited); formulas come only from `{ formula }` cells, restricted to a function of a range (`SUM(B5:B7)`)
 * or a sum of references, and carry their computed value for readers that do not compute.
 *
 * No dependency: Compression Streams (`deflate-raw`) of Node ≥ 20, Deno, Bun and current browsers.
 *
 * @throws `CchcError` `INVALID_INPUT` for a bad sheet name (too long, forbidden characters, twice), a number
 *   that is not finite, a date that is not ISO, a formula outside the allowed forms.
 * @example
 * ```ts
 * import { readXlsxRows, writeXlsx } from 'cchc/xlsx';
 * const bytes = await writeXlsx({
 *   sheets: [{ name: 'Tổng hợp', rows: [['Cấp', 'Tiếp nhận'], ['Cấp xã', 7], ['Cấp huyện', 3], ['Tổng', { formula: 'SUM(B2:B3)', value: 10, style: 'total' }], ['=HYPERLINK("x")', 1]], freeze: { rows: 1 } }],
 * });
 * const rows = [];
 * for await (const r of readXlsxRows(bytes)) rows.push(r.cells);
 * rows[3]; // ['Tổng', 10]
 * rows[4]; // ['=HYPERLINK("x")', 1]
 * ```
 *
 * @category Excel
 */
export async function writeXlsx(workbook: XlsxWorkbookSpec): Promise<Uint8Array> {
  const spec = readInputObject<XlsxWorkbookSpec>(workbook, ['sheets'], '{ sheets }');
  const problems: CchcIssue[] = [];
  const sheets = spec.sheets;
  if (!Array.isArray(sheets) || sheets.length === 0) {
    throw new CchcError(
      bad(
        ['sheets'],
        vi.INVALID_INPUT__xlsxSheets({ received: show(sheets) }),
        en.INVALID_INPUT__xlsxSheets({ received: show(sheets) }),
        sheets,
      ),
    );
  }
  if (!hasCompressionStreams())
    throw new CchcError(issue('XLSX_UNSUPPORTED', [], vi.XLSX_UNSUPPORTED__host(), en.XLSX_UNSUPPORTED__host()));
  const names = new Set<string>();
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  let stringRefs = 0;
  const sst = (s: string): number => {
    stringRefs++;
    let k = stringIndex.get(s);
    if (k === undefined) {
      k = strings.length;
      strings.push(s);
      stringIndex.set(s, k);
    }
    return k;
  };
  const sheetXml: string[] = [];
  const sheetNames: string[] = [];
  const printTitles: string[] = [];
  const badOption = (path: (string | number)[], option: string, expected: string, received: unknown) => {
    const p = { option, expected, received: show(received) };
    problems.push(bad([...path, option], vi.INVALID_INPUT__xlsxSheetOption(p), en.INVALID_INPUT__xlsxSheetOption(p), received));
  };
  const isCount = (v: unknown, min: number, max: number): v is number =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
  // A loop over indexes, not forEach: a hole in `sheets` is a sheet without a name (an error), never a sheet skipped.
  for (let si = 0; si < sheets.length; si++) {
    const path = ['sheets', si];
    const sheet = readOptions<XlsxSheetSpec>(
      sheets[si],
      ['name', 'rows', 'columnWidths', 'freeze', 'merges', 'printTitleRows', 'landscape'],
      path,
    ) as XlsxSheetSpec;
    const name = sheet.name;
    if (
      typeof name !== 'string' ||
      name.length === 0 ||
      name.length > 31 ||
      BAD_SHEET_NAME.test(name) ||
      name.startsWith("'") ||
      names.has(name.toLowerCase())
    ) {
      problems.push(
        bad(
          [...path, 'name'],
          vi.INVALID_INPUT__xlsxSheetName({ received: show(name) }),
          en.INVALID_INPUT__xlsxSheetName({ received: show(name) }),
          name,
        ),
      );
      continue;
    }
    names.add(name.toLowerCase());
    sheetNames.push(name);
    const rowsXml: string[] = [];
    let maxCol = 0;
    if (!Array.isArray(sheet.rows)) {
      badOption(path, 'rows', 'an array of rows', sheet.rows);
      continue;
    }
    const rows: readonly (readonly XlsxWriteCell[] | null | undefined)[] = sheet.rows;
    const tooLarge = () => {
      const pVi = { rows: formatNumber(EXCEL_ROWS), columns: formatNumber(EXCEL_COLUMNS) };
      const pEn = { rows: formatNumber(EXCEL_ROWS, { locale: 'en' }), columns: formatNumber(EXCEL_COLUMNS, { locale: 'en' }) };
      problems.push(bad([...path, 'rows'], vi.INVALID_INPUT__xlsxTooLarge(pVi), en.INVALID_INPUT__xlsxTooLarge(pEn), rows.length));
    };
    if (rows.length > EXCEL_ROWS) {
      tooLarge();
      continue;
    }
    for (let ri = 0; ri < rows.length; ri++) {
      const row = rows[ri];
      if (row === null || row === undefined) continue; // an empty row (a hole too)
      if (!Array.isArray(row)) {
        problems.push(
          bad(
            [...path, 'rows', ri],
            vi.INVALID_INPUT__xlsxRow({ received: show(row) }),
            en.INVALID_INPUT__xlsxRow({ received: show(row) }),
            row,
          ),
        );
        continue;
      }
      if (row.length > EXCEL_COLUMNS) {
        tooLarge();
        break;
      }
      const r = ri + 1;
      const cells: string[] = [];
      row.forEach((cell: XlsxWriteCell, ci: number) => {
        if (cell === null || cell === undefined) return;
        const ref = `${columnName(ci)}${r}`;
        const at = [...path, 'rows', ri, ci];
        let value: unknown = cell;
        let style: XlsxCellStyle | undefined;
        let formula: string | undefined;
        let date: string | undefined;
        if (typeof cell === 'object') {
          const proto = Object.getPrototypeOf(cell) as unknown;
          if ((proto !== Object.prototype && proto !== null) || Object.keys(cell).some((k) => !CELL_KEYS.has(k))) {
            problems.push(
              bad(at, vi.INVALID_INPUT__xlsxCell({ received: show(cell) }), en.INVALID_INPUT__xlsxCell({ received: show(cell) }), cell),
            );
            return;
          }
          const o = cell as { value?: unknown; date?: unknown; formula?: unknown; style?: unknown };
          value = o.value ?? null;
          style = o.style as XlsxCellStyle | undefined;
          if (style !== undefined && !Object.hasOwn(STYLE_INDEX, style)) {
            problems.push(
              bad(
                [...at, 'style'],
                vi.INVALID_INPUT__xlsxStyle({ received: show(style), known: Object.keys(STYLE_INDEX).join(', ') }),
                en.INVALID_INPUT__xlsxStyle({ received: show(style), known: Object.keys(STYLE_INDEX).join(', ') }),
                style,
              ),
            );
            return;
          }
          if (o.date !== undefined) {
            if (!isIsoDate(o.date)) {
              problems.push(
                bad(
                  [...at, 'date'],
                  vi.INVALID_INPUT__xlsxDate({ received: show(o.date) }),
                  en.INVALID_INPUT__xlsxDate({ received: show(o.date) }),
                  o.date,
                ),
              );
              return;
            }
            date = o.date;
          }
          if (o.formula !== undefined) {
            if (typeof o.formula !== 'string' || !FORMULA.test(o.formula)) {
              problems.push(
                bad(
                  [...at, 'formula'],
                  vi.INVALID_INPUT__xlsxFormula({ received: show(o.formula) }),
                  en.INVALID_INPUT__xlsxFormula({ received: show(o.formula) }),
                  o.formula,
                ),
              );
              return;
            }
            formula = o.formula;
          }
        }
        maxCol = Math.max(maxCol, ci + 1);
        let s = style === undefined ? 0 : STYLE_INDEX[style];
        if (date !== undefined) {
          if (style === undefined) s = STYLE_INDEX.date;
          cells.push(`<c r="${ref}" s="${s}"><v>${isoToSerial(date)}</v></c>`);
          return;
        }
        const f = formula === undefined ? '' : `<f>${escapeXml(formula)}</f>`;
        if (typeof value === 'number') {
          if (!Number.isFinite(value)) {
            problems.push(
              bad(
                at,
                vi.INVALID_INPUT__xlsxNumber({ received: show(value) }),
                en.INVALID_INPUT__xlsxNumber({ received: show(value) }),
                value,
              ),
            );
            return;
          }
          if (style === undefined) s = Number.isInteger(value) ? STYLE_INDEX.integer : STYLE_INDEX.decimal;
          cells.push(`<c r="${ref}"${s ? ` s="${s}"` : ''}>${f}<v>${String(value)}</v></c>`);
        } else if (typeof value === 'boolean') {
          cells.push(`<c r="${ref}"${s ? ` s="${s}"` : ''} t="b">${f}<v>${value ? 1 : 0}</v></c>`);
        } else if (typeof value === 'string') {
          if (formula !== undefined) cells.push(`<c r="${ref}"${s ? ` s="${s}"` : ''} t="str">${f}<v>${escapeXml(value)}</v></c>`);
          else {
            // Text that a spreadsheet would take for a formula: quote prefix (stays text when the cell is edited).
            if (s === 0 && /^[=+\-@]/.test(value)) s = QUOTED;
            cells.push(`<c r="${ref}"${s ? ` s="${s}"` : ''} t="s"><v>${sst(value)}</v></c>`);
          }
        } else if (value === null) {
          if (formula !== undefined) cells.push(`<c r="${ref}"${s ? ` s="${s}"` : ''}>${f}</c>`);
          else if (s !== 0) cells.push(`<c r="${ref}" s="${s}"/>`);
        } else {
          problems.push(
            bad(at, vi.INVALID_INPUT__xlsxCell({ received: show(value) }), en.INVALID_INPUT__xlsxCell({ received: show(value) }), value),
          );
        }
      });
      if (cells.length > 0) rowsXml.push(`<row r="${r}">${cells.join('')}</row>`);
    }
    const freeze = readOptions<NonNullable<XlsxSheetSpec['freeze']>>(sheet.freeze, ['rows', 'columns'], [...path, 'freeze']);
    let fr = freeze.rows ?? 0;
    let fc = freeze.columns ?? 0;
    if (!isCount(fr, 0, EXCEL_ROWS - 1)) {
      badOption([...path, 'freeze'], 'rows', `a whole number from 0 to ${EXCEL_ROWS - 1}`, fr);
      fr = 0;
    }
    if (!isCount(fc, 0, EXCEL_COLUMNS - 1)) {
      badOption([...path, 'freeze'], 'columns', `a whole number from 0 to ${EXCEL_COLUMNS - 1}`, fc);
      fc = 0;
    }
    const pane =
      fr > 0 || fc > 0
        ? `<pane${fc > 0 ? ` xSplit="${fc}"` : ''}${fr > 0 ? ` ySplit="${fr}"` : ''} topLeftCell="${columnName(fc)}${fr + 1}" activePane="${fr > 0 && fc > 0 ? 'bottomRight' : fr > 0 ? 'bottomLeft' : 'topRight'}" state="frozen"/>`
        : '';
    let widths: readonly unknown[] = sheet.columnWidths ?? [];
    if (
      !Array.isArray(widths) ||
      widths.length > EXCEL_COLUMNS ||
      [...widths].some((w) => w !== null && w !== undefined && !(typeof w === 'number' && w > 0 && w < 256))
    ) {
      badOption(path, 'columnWidths', 'an array of widths (numbers above 0 and below 256, or null)', widths);
      widths = [];
    }
    const cols =
      widths.length > 0
        ? `<cols>${Array.from(widths, (w, i) => (typeof w === 'number' ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : '')).join('')}</cols>`
        : '';
    let merges: readonly string[] = (sheet.merges ?? []) as readonly string[];
    if (!Array.isArray(merges) || [...merges].some((m) => !isRange(m))) {
      badOption(path, 'merges', "an array of ranges such as 'A1:G1'", merges);
      merges = [];
    }
    const mergeXml =
      merges.length > 0 ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>` : '';
    const dim = rows.length > 0 && maxCol > 0 ? `A1:${columnName(maxCol - 1)}${rows.length}` : 'A1';
    sheetXml.push(
      `${XML_HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL_NS}"><sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="${dim}"/><sheetViews><sheetView workbookViewId="0"${si === 0 ? ' tabSelected="1"' : ''}>${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${rowsXml.join('')}</sheetData>${mergeXml}<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/><pageSetup paperSize="9" orientation="${sheet.landscape ? 'landscape' : 'portrait'}" fitToWidth="1" fitToHeight="0"/></worksheet>`,
    );
    if (sheet.printTitleRows !== undefined) {
      const pt = readOptions<NonNullable<XlsxSheetSpec['printTitleRows']>>(
        sheet.printTitleRows,
        ['from', 'to'],
        [...path, 'printTitleRows'],
      );
      if (isCount(pt.from, 1, EXCEL_ROWS) && isCount(pt.to, pt.from, EXCEL_ROWS)) {
        printTitles.push(
          `<definedName name="_xlnm.Print_Titles" localSheetId="${si}">'${escapeXml(name.replace(/'/g, "''"))}'!$${pt.from}:$${pt.to}</definedName>`,
        );
      } else badOption(path, 'printTitleRows', `{ from, to }, whole numbers with 1 ≤ from ≤ to ≤ ${EXCEL_ROWS}`, pt);
    }
    if (sheet.landscape !== undefined && typeof sheet.landscape !== 'boolean')
      badOption(path, 'landscape', 'true or false', sheet.landscape);
  }
  if (problems.length > 0) throw new CchcError(problems);
  const sheetEntries = sheetNames.map((n, i) => `<sheet name="${escapeXml(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const files: { name: string; data: Uint8Array }[] = [
    {
      name: '[Content_Types].xml',
      data: utf8(
        `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetNames
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join(
            '',
          )}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: utf8(
        `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: utf8(
        `${XML_HEAD}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><workbookPr/><bookViews><workbookView/></bookViews><sheets>${sheetEntries}</sheets>${printTitles.length > 0 ? `<definedNames>${printTitles.join('')}</definedNames>` : ''}<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: utf8(
        `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetNames
          .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
          .join(
            '',
          )}<Relationship Id="rId${sheetNames.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/><Relationship Id="rId${sheetNames.length + 2}" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
    },
    { name: 'xl/styles.xml', data: utf8(STYLES_XML) },
    {
      name: 'xl/sharedStrings.xml',
      data: utf8(
        `${XML_HEAD}<sst xmlns="${NS}" count="${stringRefs}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t${/^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : ''}>${escapeXml(s)}</t></si>`).join('')}</sst>`,
      ),
    },
    ...sheetXml.map((x, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: utf8(x) })),
  ];
  return zip(files);
}
