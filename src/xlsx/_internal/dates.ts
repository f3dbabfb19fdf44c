/**
 * Excel date serials and number formats. A serial counts days from the workbook's epoch: the 1900 date system
 * (Windows Excel; serial 1 = 1900-01-01, and serial 60 is 1900-02-29, a day that never was — Lotus 1-2-3's leap-year
 * bug, kept by Excel — so serials from 61 on are one day ahead of a plain count) or the 1904 date system
 * (`<workbookPr date1904="1"/>`, old Mac Excel; serial 0 = 1904-01-01). A fraction is the time of day. Computed in UTC
 * arithmetic (no host time zone).
 * @internal
 */

/**
 * An ISO date and time of day from a serial: `{ date: 'YYYY-MM-DD', time: 'HH:mm:ss' | null }`, or `null` for a serial that is no day.
 *
 * @category Excel
 */
export function serialToIso(serial: number, date1904: boolean): { readonly date: string; readonly time: string | null } | null {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2958466) return null;
  let days = Math.floor(serial);
  let seconds = Math.round((serial - days) * 86400);
  if (seconds >= 86400) {
    days += 1;
    seconds -= 86400;
  }
  let ms: number;
  if (date1904) ms = Date.UTC(1904, 0, 1) + days * 86400000;
  else {
    if (days === 60 || (days === 0 && seconds === 0)) return null; // 1900-02-29 (never existed); 1900-01-00
    if (days === 0) return null;
    ms = Date.UTC(1899, 11, days < 60 ? 31 : 30) + days * 86400000;
  }
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  if (y < 1900 || y > 9999) return null;
  const date = `${String(y).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
  if (seconds === 0) return { date, time: null };
  const hh = Math.floor(seconds / 3600);
  const mm = Math.floor((seconds % 3600) / 60);
  const ss = seconds % 60;
  return { date, time: `${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:${String(ss).padStart(2, '0')}` };
}

/**
 * The 1900-system serial of an ISO date (for writing).
 *
 * @category Excel
 */
export function isoToSerial(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const days = Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
  return days < 61 ? days - 1 : days;
}

/** Built-in number formats that are dates or times (ECMA-376 Part 1 §18.8.30, and the East Asian ids). */
const BUILTIN_DATE = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);
/** Built-in percent formats: 9 `0%`, 10 `0.00%`. */
const BUILTIN_FORMATS: Readonly<Record<number, string>> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
};

/**
 * What a number format does to a number: a date, a percent with so many decimals, or a number with so many decimals.
 *
 * @category Excel
 */
export interface FormatInfo {
  readonly date: boolean;
  readonly percent: boolean;
  /** Decimals shown (from the first section), or `null` for General. */
  readonly decimals: number | null;
}

const GENERAL: FormatInfo = Object.freeze({ date: false, percent: false, decimals: null });

/**
 * Read a number format code (the first section; quoted text, escapes, colours and locales ignored).
 *
 * @category Excel
 */
export function formatInfo(id: number, code: string | undefined): FormatInfo {
  if (code === undefined) {
    if (BUILTIN_DATE.has(id)) return { date: true, percent: false, decimals: null };
    code = BUILTIN_FORMATS[id];
    if (code === undefined) return GENERAL;
  }
  const first = sectionOf(code);
  const bare = first
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/_./g, '')
    .replace(/\*./g, '')
    .replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, '');
  if (/general/i.test(bare)) return GENERAL;
  if (/[dmyhs]/i.test(bare.replace(/E[+-]/gi, ''))) return { date: true, percent: false, decimals: null };
  const percent = bare.includes('%');
  const dot = bare.indexOf('.');
  let decimals = 0;
  if (dot >= 0) for (let i = dot + 1; i < bare.length && /[0#?]/.test(bare[i]!); i++) decimals++;
  return { date: false, percent, decimals };
}

/** The first section of a format code (sections are separated by unquoted `;`). */
function sectionOf(code: string): string {
  let q = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '"') q = !q;
    else if (c === '\\') i++;
    else if (c === ';' && !q) return code.slice(0, i);
  }
  return code;
}
