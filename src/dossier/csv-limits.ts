// This module's limits are defined with every other limit of the library in core/limits.ts (one place, issue 12).
export { MAX_CSV_FIELD_CHARS, MAX_CSV_ROW_CHARS } from '../core/limits.js';
