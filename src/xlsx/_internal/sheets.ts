import { CchcError, issue, show } from '../../core/errors.js';
import { foldVi } from '../../core/_internal/fold-vi.js';
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
    const exact =
      sheets.find((s) => s.name === sheet) ??
      sheets.find((s) => s.name.normalize('NFC').trim().toLowerCase() === sheet.normalize('NFC').trim().toLowerCase());
    if (exact !== undefined) return exact;
    // Typed without accents ("Danh sach ho so"): the one sheet whose name folds to the same letters.
    const folded = sheets.filter((s) => foldVi(s.name.trim()) === foldVi(sheet.trim()));
    if (folded.length === 1) return folded[0]!;
  }
  const names = sheets.map((s) => s.name);
  const p = {
    sheet: show(sheet),
    sheets: names.map((n) => show(n)).join(', '),
    suggestion: typeof sheet === 'string' ? (suggestKey(sheet, names) ?? '') : '',
  };
  const found = issue(
    'XLSX_SHEET_NOT_FOUND',
    ['options', 'sheet'],
    vi.XLSX_SHEET_NOT_FOUND__name(p),
    en.XLSX_SHEET_NOT_FOUND__name(p),
    sheet,
  );
  throw new CchcError(p.suggestion !== '' ? Object.freeze({ ...found, suggestion: p.suggestion }) : found);
}
