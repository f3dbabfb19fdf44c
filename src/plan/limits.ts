// This module's limits are defined with every other limit of the library in core/limits.ts (one place, issue 12).
export { MAX_DEADLINE_TEXT_LENGTH, MAX_AGENCY_TEXT_LENGTH, MAX_RESULT_QUANTITY_TEXT_LENGTH } from '../core/limits.js';
