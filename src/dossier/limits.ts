/**
 * The longest text read as the date or date-time of a dossier event (giới hạn độ dài ngày giờ). The longest ISO form a
 * system writes, "2020-01-20T16:30:00.123456789+07:00", has 35 characters; a longer text is `TEXT_TOO_LONG`, refused
 * before it is parsed, so that a huge cell costs nothing.
 *
 * @example
 * ```ts
 * import { MAX_EVENT_TEXT_LENGTH, parseDossierRecord } from 'cchc';
 * MAX_EVENT_TEXT_LENGTH; // 64
 * const receivedAt = `2019-09-03T10:00:00.${'1'.repeat(60)}+07:00`;
 * parseDossierRecord({ id: 1, receivedAt, dueDate: '2019-09-10' }); // throws CchcError TEXT_TOO_LONG
 * ```
 */
export const MAX_EVENT_TEXT_LENGTH = 64;

/**
 * The longest count cell of an aggregate row, spaces trimmed ({@link tallyFromRow}): a count has at most 16 digits
 * (2^53 − 1), and 64 characters leave room for the zeros a database prints after the point ("1234.0000"). A longer
 * cell is `INVALID_TALLY`, refused without being converted.
 *
 * @example
 * ```ts
 * import { MAX_COUNT_TEXT_LENGTH } from 'cchc';
 * MAX_COUNT_TEXT_LENGTH; // 64
 * ```
 */
export const MAX_COUNT_TEXT_LENGTH = 64;
