/**
 * The longest deadline text {@link parseDeadline} reads (độ dài tối đa của thời hạn), in UTF-16 code units; a longer
 * text is refused with `TEXT_TOO_LONG` before it is read.
 *
 * A deadline is one cell of a plan's task table ("Thời gian ban hành / hoàn thành"): a few words, or a few lines for a
 * task with several milestones. The longest of Kế hoạch 164/KH-UBND has 61 characters; a cell naming every month of a
 * year with what is due in each stays under 500. 2,000 characters is a page of such a cell: no real deadline reaches
 * it, and the reader's work stays small and linear in the length (issue 12: 16,000 characters used to take 3 s).
 *
 * @example
 * ```ts
 * import { MAX_DEADLINE_TEXT_LENGTH, parseDeadline } from 'cchc';
 * MAX_DEADLINE_TEXT_LENGTH; // 2000
 * parseDeadline('1 '.repeat(8000), { planYear: 2020 }); // throws CchcError TEXT_TOO_LONG
 * ```
 */
export const MAX_DEADLINE_TEXT_LENGTH = 2000;

/**
 * The longest agency text {@link parseAgencies} reads (a "Cơ quan chủ trì" or "Cơ quan phối hợp" cell), in UTF-16 code
 * units; a longer text is `TEXT_TOO_LONG`. Real cells name one agency or a list of a few groups (the longest of Kế
 * hoạch 164/KH-UBND has 85 characters); 4,000 characters would name every provincial department several times over.
 *
 * @example
 * ```ts
 * import { MAX_AGENCY_TEXT_LENGTH } from 'cchc';
 * MAX_AGENCY_TEXT_LENGTH; // 4000
 * ```
 */
export const MAX_AGENCY_TEXT_LENGTH = 4000;

/**
 * The longest results-table figure {@link parseResultQuantity} reads ("179/183 lớp/toàn tỉnh (còn lại 4 lớp …)"), in
 * UTF-16 code units; a longer text is `TEXT_TOO_LONG`. The longest figure of Phụ lục I of Báo cáo 389/BC-UBND, its
 * remark included, has under 150 characters.
 *
 * @example
 * ```ts
 * import { MAX_RESULT_QUANTITY_TEXT_LENGTH } from 'cchc';
 * MAX_RESULT_QUANTITY_TEXT_LENGTH; // 1000
 * ```
 */
export const MAX_RESULT_QUANTITY_TEXT_LENGTH = 1000;
