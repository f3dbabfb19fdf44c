import { markdownText } from './sanitize.js';

/**
 * Cells written for spreadsheets (CSV, Markdown tables) must not start with = + - @ (or a tab / carriage return):
 * Excel, LibreOffice and Google Sheets would run them as formulas (CSV/formula injection, OWASP). Such a cell gets a
 * leading apostrophe, unless it is a plain number ("-3.746", "-0,5").
 *
 * @category Reports
 */
export function escapeSpreadsheetCell(cell: string): string {
  if (/^[=+\-@\t\r]/.test(cell) && !/^[-+]?\d[\d.,\s]*%?$/.test(cell)) return `'${cell}`;
  return cell;
}

/**
 * A CSV field: escaped for spreadsheets, quoted when it contains the delimiter, a quote or a line break.
 *
 * @category Reports
 */
export function csvField(cell: string, delimiter = ','): string {
  const safe = escapeSpreadsheetCell(cell);
  return /["\r\n]/.test(safe) || safe.includes(delimiter) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A Markdown table cell: escaped for spreadsheets, pipes and line breaks neutralised, control characters made visible,
 * and no raw HTML or link (see `markdownText`).
 *
 * @category Reports
 */
export function mdCell(cell: string): string {
  return markdownText(escapeSpreadsheetCell(cell)).replace(/\|/g, '\\|');
}
