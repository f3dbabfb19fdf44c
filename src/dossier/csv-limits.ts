/**
 * The longest field the CSV readers accept (characters): 1 MiB. A dossier field is an id, a date, a channel, an
 * agency or a procedure name, a few hundred characters at most (the longest procedure names of the national database
 * are under 1,000); a field a thousand times longer is a broken export (a quote never closed, a binary file) and is
 * reported as `INPUT_TOO_LARGE` for its row, so that one bad field never costs memory or time out of proportion.
 *
 * @example
 * ```ts
 * import { MAX_CSV_FIELD_CHARS } from 'cchc';
 * MAX_CSV_FIELD_CHARS; // 1048576
 * ```
 */
export const MAX_CSV_FIELD_CHARS = 1_048_576;

/**
 * The longest row (line, or lines of one row when multi-line fields are allowed) the CSV readers accept (characters):
 * 4 MiB. Real dossier rows are under 1 KB. A longer row is reported as `INPUT_TOO_LARGE` as soon as the limit is
 * passed, and the rest of it is skipped without being kept in memory: a 50 MB line costs 4 MiB and linear time, and
 * the rows after it are read as usual.
 *
 * @example
 * ```ts
 * import { MAX_CSV_ROW_CHARS } from 'cchc';
 * MAX_CSV_ROW_CHARS; // 4194304
 * ```
 */
export const MAX_CSV_ROW_CHARS = 4_194_304;
