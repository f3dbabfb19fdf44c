import { csvField, mdCell } from './escape.js';
import { inlineText } from './sanitize.js';

/**
 * A table of text cells (bảng): a header, rows, and the alignment of each column (`right` for numbers).
 *
 * @example
 * ```ts
 * import type { TextTable } from 'cchc';
 * const t: TextTable = { header: ['Cấp', 'Tiếp nhận'], rows: [['Cấp xã', '446.469']], align: ['left', 'right'] };
 * ```
 *
 * @category Reports
 */
export interface TextTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  readonly align?: readonly ('left' | 'right')[];
}

/** Visible width of a string (Vietnamese letters are one column each once composed). */
function width(s: string): number {
  return [...s.normalize('NFC')].length;
}

function pad(s: string, w: number, right: boolean): string {
  const fill = ' '.repeat(Math.max(0, w - width(s)));
  return right ? fill + s : s + fill;
}

/**
 * Render a table as aligned plain text (cells on one line, control characters and terminal escapes made harmless).
 *
 * @category Reports
 */
export function renderText(t: TextTable): string {
  const header = t.header.map(inlineText);
  const rows = t.rows.map((r) => r.map(inlineText));
  const widths = header.map((h, i) => rows.reduce((m, r) => Math.max(m, width(r[i] ?? '')), width(h)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => pad(c, widths[i]!, t.align?.[i] === 'right'))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * Render a table as GitHub Markdown (cells escaped for spreadsheets).
 *
 * @category Reports
 */
export function renderMarkdown(t: TextTable): string {
  const sep = t.header.map((_, i) => (t.align?.[i] === 'right' ? '---:' : '---'));
  const row = (cells: readonly string[]) => `| ${cells.map(mdCell).join(' | ')} |`;
  return [row(t.header), `| ${sep.join(' | ')} |`, ...t.rows.map(row)].join('\n');
}

/**
 * Render a table as CSV (cells escaped for spreadsheets).
 *
 * @category Reports
 */
export function renderCsv(t: TextTable, delimiter = ','): string {
  return [t.header, ...t.rows].map((r) => r.map((c) => csvField(c, delimiter)).join(delimiter)).join('\n');
}
