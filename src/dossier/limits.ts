// This module's limits are defined with every other limit of the library in core/limits.ts (one place, issue 12).
export { MAX_EVENT_TEXT_LENGTH, MAX_COUNT_TEXT_LENGTH } from '../core/limits.js';
