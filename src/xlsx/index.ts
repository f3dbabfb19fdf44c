/**
 * `cchc/xlsx`: Excel workbooks in and out (đọc và ghi tệp Excel .xlsx), a separate entry so that an application that
 * never touches Excel loads none of it. No dependency: a zip reader and writer over the Compression Streams of
 * Node ≥ 20, Deno, Bun and current browsers, and a streaming SpreadsheetML reader.
 *
 * - {@link readDossiersXlsx}: dossier lists (the one-stop export) → the dossier reader of `readDossiersCsv`;
 * - {@link readDossierTableXlsx}, {@link readParTableXlsx}, {@link readMethodologyXlsx}: report-form tables, PAR INDEX
 *   results tables and methodology annexes → the inputs of `auditDossierTable`, `auditParTable`, `methodologyFromRows`;
 * - {@link readXlsxRows}, {@link xlsxSheetNames}: any sheet, row by row;
 * - {@link writeXlsx}: workbooks with styled, frozen headers, number formats and no formula from input text.
 *
 * @packageDocumentation
 */
export { MAX_XLSX_PART_BYTES, MAX_XLSX_SHEET_BYTES, MAX_XLSX_TAG_CHARS } from './limits.js';
export type { BlobLike } from './_internal/streams.js';
export {
  readXlsxRows,
  xlsxSheetNames,
  type XlsxRow,
  type XlsxCell,
  type XlsxDate,
  type XlsxSource,
  type ReadXlsxRowsOptions,
} from './read-rows.js';
export { readDossiersXlsx, type ReadDossiersXlsxOptions } from './read-dossiers.js';
export { writeXlsx, type XlsxWriteCell, type XlsxCellStyle, type XlsxSheetSpec, type XlsxWorkbookSpec } from './write.js';
export {
  readDossierTableXlsx,
  readParTableXlsx,
  readMethodologyXlsx,
  type ReadXlsxTableOptions,
  type XlsxTableSource,
  type XlsxDossierTable,
  type XlsxParTable,
  type XlsxMethodologyRows,
} from './read-tables.js';
