// The limits of the Excel reader live with every other documented limit in src/core/limits.ts (issue 12: one place,
// listed in LIMITS and in docs/limits-and-guarantees.md); `cchc/xlsx` exports them from here by name.
export { MAX_XLSX_PART_BYTES, MAX_XLSX_SHEET_BYTES, MAX_XLSX_TAG_CHARS } from '../core/limits.js';
