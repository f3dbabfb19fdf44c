/**
 * The largest part of an .xlsx workbook read whole, once inflated (bytes): 256 MiB. The shared-string table (every
 * distinct text of the workbook), the styles and the workbook description are held in memory; a worksheet is not (it
 * is streamed, row by row). A part larger than this once inflated is a damaged file or a "zip bomb": `INVALID_XLSX`.
 *
 * @example
 * ```ts
 * import { MAX_XLSX_PART_BYTES } from 'cchc/xlsx';
 * MAX_XLSX_PART_BYTES; // 268435456
 * ```
 */
export const MAX_XLSX_PART_BYTES = 256 * 2 ** 20;

/**
 * The largest worksheet read, once inflated (bytes): 4 GiB, far above Excel's own limit of 1,048,576 rows of a few
 * cells. The sheet is streamed, so this bounds time, not memory: a "zip bomb" stops with `INVALID_XLSX` instead of
 * running for hours.
 *
 * @example
 * ```ts
 * import { MAX_XLSX_SHEET_BYTES } from 'cchc/xlsx';
 * MAX_XLSX_SHEET_BYTES; // 4294967296
 * ```
 */
export const MAX_XLSX_SHEET_BYTES = 4 * 2 ** 30;
