/**
 * The deepest methodology tree accepted (số cấp tối đa của bộ tiêu chí), counting the top level as 1. Published
 * frameworks have three levels (lĩnh vực → tiêu chí → tiêu chí thành phần), four or five where an annex letters its
 * items (1.1.2.a); 12 leaves room for any of them. A deeper tree (or a code with more segments) is refused with
 * `INPUT_TOO_DEEP` before anything walks it, so that no input can overflow the stack.
 *
 * @example
 * ```ts
 * import { MAX_METHODOLOGY_DEPTH } from 'cchc';
 * MAX_METHODOLOGY_DEPTH; // 12
 * ```
 */
export const MAX_METHODOLOGY_DEPTH = 12;

/**
 * The longest node code accepted, in characters. Annex codes are a few characters ("1.1.2", "7.3.1.a"); a longer
 * code is refused with `TEXT_TOO_LONG`.
 *
 * @example
 * ```ts
 * import { MAX_CODE_LENGTH } from 'cchc';
 * MAX_CODE_LENGTH; // 64
 * ```
 */
export const MAX_CODE_LENGTH = 64;

/**
 * The longest rule text {@link parseRuleText} reads, in characters. A rule cell of an annex holds a few tiers or bands
 * (under 300 characters in the frameworks read; 2 000 would be a page of text); a longer text is refused with
 * `TEXT_TOO_LONG` rather than parsed.
 *
 * @example
 * ```ts
 * import { MAX_RULE_TEXT_LENGTH } from 'cchc';
 * MAX_RULE_TEXT_LENGTH; // 10000
 * ```
 */
export const MAX_RULE_TEXT_LENGTH = 10_000;
