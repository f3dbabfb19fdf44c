/**
 * The rows of a worksheet, streamed: the part is inflated and scanned a chunk at a time, and each chunk's complete
 * rows are handed on as one batch. Memory: the shared-string table, the current chunk and its rows.
 * @internal
 */
import * as vi from '../../core/messages/vi/xlsx.js';
import * as en from '../../core/messages/en/xlsx.js';
import { formatNumber } from '../../core/format-number.js';
import { isIsoDate } from '../../core/iso-date.js';
import { MAX_CSV_FIELD_CHARS, MAX_CSV_ROW_CHARS, MAX_XLSX_SHEET_BYTES } from '../../core/limits.js';
import { isoToSerial, serialToIso, type FormatInfo } from './dates.js';
import { xfail } from './fail.js';
import type { SheetInfo, Workbook } from './workbook.js';
import { attribute, decodeOoxmlText, decodeXml, escapeCdata } from './xml.js';

/**
 * A date cell: the ISO date, and the time of day when it has one; `date: null` when the serial is no day (1900-02-29).
 *
 * @category Excel
 */
export interface XlsxDate {
  readonly date: string | null;
  readonly time: string | null;
  readonly serial: number;
}

/**
 * A cell's value: text, a number, a boolean, a date (a number with a date format), or `null` (empty). Error cells are their text (`'#N/A'`).
 *
 * @category Excel
 */
export type XlsxCell = string | number | boolean | XlsxDate | null;

/**
 * One row as read. `row`: the row number Excel shows (1-based).
 *
 * @category Excel
 */
export interface RawRow {
  readonly row: number;
  readonly cells: XlsxCell[];
  /** The number format of each numeric cell (for the displayed decimals of printed figures). */
  readonly formats: (FormatInfo | undefined)[];
  /** Formulas of cells written without a computed value (as some tools write them), by column. */
  readonly formulas?: (string | undefined)[];
}

export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * Excel's grid (ECMA-376 and Excel's specifications): rows 1–1,048,576, columns A–XFD (16,384).
 *
 * @category Excel
 */
export const EXCEL_ROWS = 1_048_576;
export const EXCEL_COLUMNS = 16_384;

/**
 * "AB12" → { col: 27 (0-based), row: 12 }; `undefined` when malformed or outside Excel's grid (XFE1, A1048577).
 *
 * @category Excel
 */
export function cellRef(ref: string): { col: number; row: number } | undefined {
  let i = 0;
  let col = 0;
  const n = ref.length;
  while (i < n) {
    let c = ref.charCodeAt(i);
    if (c === 36) {
      i++;
      continue;
    }
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
    i++;
    if (col > 16384) return undefined;
  }
  if (ref.charCodeAt(i) === 36) i++;
  const rowText = ref.slice(i);
  if (col === 0 || !/^[0-9]{1,7}$/.test(rowText)) return col > 0 && rowText === '' ? { col: col - 1, row: 0 } : undefined;
  const row = Number(rowText);
  return row > EXCEL_ROWS ? undefined : { col: col - 1, row };
}

/**
 * The column letters of a 0-based column index.
 *
 * @category Excel
 */
export function columnName(col: number): string {
  let s = '';
  let c = col + 1;
  while (c > 0) {
    const m = (c - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    c = Math.floor((c - 1) / 26);
  }
  return s;
}

/**
 * The rows of a sheet, a batch per inflated chunk (blank rows are not reported: Excel writes only rows with content or
 * formatting, and a row of formatted empty cells has no values). The merged ranges, written after the rows in the
 * part, are in `out.merges` once the iteration has ended.
 *
 * @category Excel
 */
export async function* sheetRows(wb: Workbook, sheet: SheetInfo, out: { merges: MergedRange[] }): AsyncGenerator<RawRow[]> {
  const sst = await wb.sharedStrings();
  const formats = wb.formats;
  const date1904 = wb.date1904;
  const merges = out.merges;
  let batch: RawRow[] = [];
  let rowNo = 0;
  let cells: XlsxCell[] = [];
  let fmts: (FormatInfo | undefined)[] = [];
  let inRow = false;
  let col = -1;
  let type = '';
  let style = 0;
  let inV = false;
  let inIs = false;
  let isUsed = false;
  let inT = false;
  let phonetic = 0;
  let raw: string[] = [];
  let isParts: string[] = [];
  let hasValue = false;
  let any = false;
  let inF = false;
  let fRaw: string[] = [];
  let formulas: (string | undefined)[] | undefined;
  const part = sheet.part;
  const badRef = (ref: string): never =>
    xfail('INVALID_XLSX', vi.INVALID_XLSX__cellRef({ ref, part }), en.INVALID_XLSX__cellRef({ ref, part }));
  // Text held for the current cell and row: bounded like a CSV field and row (MAX_CSV_FIELD_CHARS, MAX_CSV_ROW_CHARS),
  // so that one crafted cell of gigabytes never sits in memory (Excel itself stops a cell at 32,767 characters).
  let cellChars = 0;
  let rowChars = 0;
  const tooLong = (what: 'cell' | 'row'): never => {
    const p = { part, row: rowNo, what, max: formatNumber(what === 'cell' ? MAX_CSV_FIELD_CHARS : MAX_CSV_ROW_CHARS, { locale: 'en' }) };
    return xfail('INVALID_XLSX', vi.INVALID_XLSX__cellTooLong(p), en.INVALID_XLSX__cellTooLong(p));
  };
  const hold = (list: string[], t: string) => {
    cellChars += t.length;
    rowChars += t.length;
    if (cellChars > MAX_CSV_FIELD_CHARS) tooLong('cell');
    if (rowChars > MAX_CSV_ROW_CHARS) tooLong('row');
    list.push(t);
  };
  const endCell = () => {
    if (col < 0) return;
    let value: XlsxCell = null;
    let fmt: FormatInfo | undefined;
    if (isUsed) value = isParts.join('');
    else if (hasValue) {
      const text = raw.length === 1 ? raw[0]! : raw.join('');
      switch (type) {
        case 's': {
          // An index outside the shared-string table is a damaged file, never an empty cell (the text would be lost).
          const k = text.trim() === '' ? Number.NaN : Number(text);
          if (!(Number.isInteger(k) && k >= 0 && k < sst.length)) {
            const detail = `${part}: cell ${columnName(col)}${rowNo} refers to shared string ${text.trim().slice(0, 20)} of ${sst.length}`;
            xfail('INVALID_XLSX', vi.INVALID_XLSX__damaged({ detail }), en.INVALID_XLSX__damaged({ detail }));
          }
          value = sst[k]!;
          break;
        }
        case 'str':
        case 'inlineStr':
          value = decodeOoxmlText(decodeXml(text));
          break;
        case 'b':
          value = text.trim() === '1' || text.trim().toLowerCase() === 'true';
          break;
        case 'e':
          value = decodeXml(text).trim();
          break;
        case 'd': {
          const t = decodeXml(text).trim();
          const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}:\d{2}))?/.exec(t);
          // An ISO date cell (t="d"): its serial computed from the date and time (never NaN), in the workbook's system.
          const serial = m && isIsoDate(m[1]) ? dateSerial(m[1]!, m[2], date1904) : undefined;
          value = m && serial !== undefined ? { date: m[1]!, time: m[2] && m[2] !== '00:00:00' ? m[2] : null, serial } : t;
          break;
        }
        default: {
          const t = text.trim();
          const x = t === '' ? Number.NaN : Number(t);
          if (!Number.isFinite(x)) value = t === '' ? null : t;
          else {
            fmt = formats[style];
            if (fmt?.date) {
              const d = serialToIso(x, date1904);
              value = { date: d?.date ?? null, time: d?.time ?? null, serial: x };
            } else value = x;
          }
        }
      }
    }
    if (value === null && !hasValue && !isUsed && fRaw.length > 0) {
      (formulas ??= [])[col] = decodeXml(fRaw.join('')).trim();
      any = true;
    }
    if (value !== null && value !== '') {
      while (cells.length < col) {
        cells.push(null);
        fmts.push(undefined);
      }
      cells[col] = value;
      fmts[col] = fmt;
      any = true;
    }
  };
  const handler = {
    open(name: string, attrs: string, self: boolean) {
      switch (name) {
        case 'row': {
          const r = attribute(attrs, 'r');
          rowNo = r === undefined ? rowNo + 1 : Number(r);
          if (!Number.isInteger(rowNo) || rowNo < 1 || rowNo > 1048576) badRef(String(r));
          cells = [];
          fmts = [];
          formulas = undefined;
          any = false;
          col = -1;
          rowChars = 0;
          inRow = !self;
          return;
        }
        case 'c': {
          if (!inRow) return;
          const ref = attribute(attrs, 'r');
          if (ref === undefined) {
            col++;
            if (col >= EXCEL_COLUMNS) badRef(`${columnName(col)}${rowNo}`);
          } else {
            const c = cellRef(ref) ?? badRef(ref);
            col = c.col;
          }
          type = attribute(attrs, 't') ?? 'n';
          const s = attribute(attrs, 's');
          style = s === undefined ? 0 : Number(s);
          hasValue = false;
          isUsed = false;
          raw = [];
          fRaw = [];
          cellChars = 0;
          return;
        }
        case 'f':
          if (inRow && !self) inF = true;
          return;
        case 'v':
          if (inRow && !self) {
            inV = true;
            raw = [];
            hasValue = true;
          }
          return;
        case 'is':
          if (inRow && !self) {
            inIs = true;
            isUsed = true;
            isParts = [];
          }
          return;
        case 'rPh':
          if (!self) phonetic++;
          return;
        case 't':
          if (inIs && phonetic === 0 && !self) {
            inT = true;
            raw = [];
          }
          return;
        case 'mergeCell': {
          const ref = attribute(attrs, 'ref');
          if (ref === undefined) return;
          const [a, b] = ref.split(':');
          const p = cellRef(a ?? '');
          const q = b === undefined ? p : cellRef(b);
          if (p && q && p.row > 0 && q.row > 0) merges.push({ top: p.row, left: p.col, bottom: q.row, right: q.col });
          return;
        }
      }
    },
    close(name: string) {
      switch (name) {
        case 'v':
          inV = false;
          return;
        case 'f':
          inF = false;
          return;
        case 't':
          if (inT) {
            inT = false;
            isParts.push(decodeOoxmlText(decodeXml(raw.length === 1 ? raw[0]! : raw.join(''))));
            raw = [];
          }
          return;
        case 'rPh':
          if (phonetic > 0) phonetic--;
          return;
        case 'is':
          inIs = false;
          return;
        case 'c':
          if (inRow) endCell();
          return;
        case 'row':
          if (any) batch.push(formulas ? { row: rowNo, cells, formats: fmts, formulas } : { row: rowNo, cells, formats: fmts });
          inRow = false;
          return;
      }
    },
    text(t: string, decoded: boolean) {
      if (inV || inT) hold(raw, decoded ? escapeCdata(t) : t);
      else if (inF) hold(fRaw, decoded ? escapeCdata(t) : t);
    },
  };
  for await (const _ of wb.scanChunks(part, handler, MAX_XLSX_SHEET_BYTES)) {
    if (batch.length > 0) {
      const b = batch;
      batch = [];
      yield b;
    }
  }
  if (batch.length > 0) yield batch;
}

/** The serial of an ISO date and time of day in the workbook's date system (1900, or 1904: 1,462 days fewer). */
function dateSerial(date: string, time: string | undefined, date1904: boolean): number | undefined {
  const days = isoToSerial(date) - (date1904 ? 1462 : 0);
  if (!Number.isFinite(days)) return undefined;
  if (time === undefined) return days;
  const [h, m, sec] = time.split(':').map(Number) as [number, number, number];
  return days + (h * 3600 + m * 60 + sec) / 86400;
}
