// English messages of the xlsx module (cchc/xlsx), keyed by error code (`CODE__variant`). Same keys and parameters in
// ../vi/xlsx.ts. Parameters are already formatted.

const didYouMean = (s: string): string => (s ? ` — did you mean '${s}'?` : '');

// Not an .xlsx workbook.
export const INVALID_XLSX__notZip = (): string =>
  'Not an .xlsx file: it lacks the zip structure of an Excel workbook (a CSV or text file named .xlsx?)';
export const INVALID_XLSX__oldXls = (): string =>
  'This is an old binary Excel file (.xls, Excel 97–2003) or a password-protected .xlsx: open it in Excel and save it as "Excel Workbook (.xlsx)" (without a password), or export it as CSV UTF-8';
export const INVALID_XLSX__damaged = (p: { detail: string }): string =>
  `The .xlsx file is damaged (${p.detail}); open it in Excel and save it again`;
export const INVALID_XLSX__missingPart = (p: { part: string }): string =>
  `The .xlsx file lacks its part ${p.part}; open it in Excel and save it again`;
export const INVALID_XLSX__xml = (p: { part: string; detail: string }): string => `Malformed XML in ${p.part}: ${p.detail}`;
export const INVALID_XLSX__tooLarge = (p: { part: string; max: string }): string =>
  `Part ${p.part} of the .xlsx file is too large once inflated (over ${p.max} bytes): a damaged file or a "zip bomb"`;
export const INVALID_XLSX__tableTooLong = (p: { sheet: string; max: string }): string =>
  `Sheet "${p.sheet}" has more than ${p.max} rows: a report table, an annex or a results table is far smaller. For a list of dossiers use readDossiersXlsx (or cchc dossiers), which streams any number of rows`;
export const INVALID_XLSX__source = (p: { received: string }): string =>
  `Expected the bytes of an .xlsx file (a Uint8Array, an ArrayBuffer or a Blob/File), received ${p.received}`;
export const INVALID_XLSX__cellRef = (p: { ref: string; part: string }): string => `Invalid cell reference ${p.ref} in ${p.part}`;
export const INVALID_XLSX__cellTooLong = (p: { part: string; row: number; what: 'cell' | 'row'; max: string }): string =>
  `${p.what === 'cell' ? 'A cell of row' : 'Row'} ${p.row} of ${p.part} holds over ${p.max} characters (Excel allows 32,767 per cell): a damaged or crafted file`;

// Unsupported features.
export const XLSX_UNSUPPORTED__method = (p: { part: string; method: number }): string =>
  `Part ${p.part} is compressed with method ${p.method}; only deflate (8) and stored (0) are read: open it in Excel and save it again`;
export const XLSX_UNSUPPORTED__encrypted = (): string => 'The .xlsx file is encrypted: remove the password in Excel and save it again';
export const XLSX_UNSUPPORTED__zip64 = (): string => 'ZIP64 .xlsx files (over 4 GB) are not supported; export the sheet as CSV UTF-8';
export const XLSX_UNSUPPORTED__host = (): string =>
  'This runtime lacks Compression Streams (DecompressionStream "deflate-raw"): use Node.js ≥ 20, Deno, Bun or a current browser';

// Sheets.
export const XLSX_SHEET_NOT_FOUND__name = (p: { sheet: string; sheets: string; suggestion: string }): string =>
  `The workbook has no sheet ${p.sheet}${didYouMean(p.suggestion)}. Sheets: ${p.sheets}`;
export const XLSX_SHEET_NOT_FOUND__none = (): string => 'The workbook has no worksheet';

// Tables not recognised.
export const XLSX_TABLE_NOT_RECOGNISED__header = (p: { sheet: string; rows: number; what: string; known: string }): string =>
  `No header row of ${p.what} found in the first ${p.rows} rows of sheet ${p.sheet}. Headers recognised: ${p.known}`;
export const XLSX_TABLE_NOT_RECOGNISED__noRows = (p: { sheet: string; what: string }): string =>
  `Sheet ${p.sheet} has the header row of ${p.what} but no data row below it`;

// Options.
export const INVALID_INPUT__xlsxSheet = (p: { received: string }): string =>
  `The sheet must be a sheet name or a number from 1, received ${p.received}`;
export const INVALID_INPUT__xlsxSheets = (p: { received: string }): string =>
  `Expected at least one sheet in sheets, received ${p.received}`;
export const INVALID_INPUT__xlsxSheetName = (p: { received: string }): string =>
  `Invalid sheet name ${p.received}: 1–31 characters, none of [ ] : * ? / \\, not the name of another sheet`;
export const INVALID_INPUT__xlsxStyle = (p: { received: string; known: string }): string =>
  `Unknown cell style ${p.received}; use one of ${p.known}`;
export const INVALID_INPUT__xlsxDate = (p: { received: string }): string => `A date must be an existing YYYY-MM-DD, received ${p.received}`;
export const INVALID_INPUT__xlsxFormula = (p: { received: string }): string =>
  `A formula may only be a function of a range (SUM(B2:B9)) or a sum of cells (B2+C2), received ${p.received}`;
export const INVALID_INPUT__xlsxNumber = (p: { received: string }): string => `A number must be finite, received ${p.received}`;
export const INVALID_INPUT__xlsxCell = (p: { received: string }): string =>
  `A cell must be text, a number, true/false, null, { date } or { value, formula, style }, received ${p.received}`;
export const INVALID_INPUT__xlsxSheetOption = (p: { option: string; expected: string; received: string }): string =>
  `The sheet option ${p.option} must be ${p.expected}, received ${p.received}`;
export const INVALID_INPUT__xlsxRow = (p: { received: string }): string =>
  `A row must be an array of cells (or null for an empty row), received ${p.received}`;
export const INVALID_INPUT__xlsxTooLarge = (p: { rows: string; columns: string }): string =>
  `The sheet exceeds Excel's limits: at most ${p.rows} rows and ${p.columns} columns`;
