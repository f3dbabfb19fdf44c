import { show } from '../../core/errors.js';
import { suggestKey } from '../../core/suggest.js';
import * as vi from '../../core/messages/vi/xlsx.js';
import * as en from '../../core/messages/en/xlsx.js';
import { xfail } from './fail.js';
import type { SheetInfo, Workbook } from './workbook.js';

/** The sheet asked for: a name (case and accents ignored when no exact match), a 1-based number, or the first visible sheet. @internal */
export function pickSheet(wb: Workbook, sheet: string | number | undefined): SheetInfo {
  const sheets = wb.sheets;
  if (sheets.length === 0) xfail('XLSX_SHEET_NOT_FOUND', vi.XLSX_SHEET_NOT_FOUND__none(), en.XLSX_SHEET_NOT_FOUND__none());
  if (sheet === undefined) return sheets.find((s) => !s.hidden) ?? sheets[0]!;
  if (typeof sheet === 'number') {
    const s = sheets[sheet - 1];
    if (s !== undefined) return s;
  } else {
    const exact = sheets.find((s) => s.name === sheet) ?? sheets.find((s) => s.name.normalize('NFC').trim().toLowerCase() === sheet.normalize('NFC').trim().toLowerCase());
    if (exact !== undefined) return exact;
  }
  const names = sheets.map((s) => s.name);
  const p = { sheet: show(sheet), sheets: names.map((n) => show(n)).join(', '), suggestion: typeof sheet === 'string' ? (suggestKey(sheet, names) ?? '') : '' };
  return xfail('XLSX_SHEET_NOT_FOUND', vi.XLSX_SHEET_NOT_FOUND__name(p), en.XLSX_SHEET_NOT_FOUND__name(p), ['options', 'sheet']);
}
