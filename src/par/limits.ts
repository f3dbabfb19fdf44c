// This module's limits are defined with every other limit of the library in core/limits.ts (one place, issue 12).
export { MAX_METHODOLOGY_DEPTH, MAX_CODE_LENGTH, MAX_RULE_TEXT_LENGTH } from '../core/limits.js';
