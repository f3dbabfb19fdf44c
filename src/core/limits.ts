// Every documented limit of the library, in one place (issue 12): what each bounds, its value, and why real documents
// never reach it. The modules import their limits from here (and re-export them by name), the page
// docs/limits-and-guarantees.md lists them, and LIMITS gathers them for a program that wants them all. No imports: this
// file is constants only (the checks that raise the errors live with the code that reads).
/**
 * The longest text a parser of `cchc` reads (độ dài tối đa của văn bản cần đọc): a number ("639.677"), a percentage,
 * a period ("6 tháng đầu năm 2020"), a date-time. Longer text is refused with `TEXT_TOO_LONG` before any work is done.
 *
 * Why real documents never hit it: the longest such value in the seed plan and report is under 100 characters (a
 * range "từ ngày 16/12/2018 đến ngày 15/9/2019" has 37), and a figure has at most a few dozen digits. The limit is
 * there so that a hostile or corrupted cell (a megabyte of digits) costs nothing; every parser is linear in its input
 * below it.
 *
 * @example
 * ```ts
 * import { MAX_TEXT_LENGTH, parseViNumber, isCchcError } from 'cchc';
 * MAX_TEXT_LENGTH; // 10000
 * let code = '';
 * try { parseViNumber('1'.repeat(MAX_TEXT_LENGTH + 1)); } catch (e) { if (isCchcError(e)) code = e.code; }
 * code; // 'TEXT_TOO_LONG'
 * ```
 *
 * @category Core
 */
export const MAX_TEXT_LENGTH = 10_000;

/**
 * The most digits a number may have when written out in full (số chữ số tối đa): integer digits plus decimals, e.g.
 * 10^(10^9) as a Decimal, or a bigint of a million digits. Such a number is refused with `INPUT_TOO_LARGE` at once,
 * rather than exhausting memory when it is written out or rounded.
 *
 * Why real documents never hit it: figures of administrative reports are counts and amounts below 10^20 (a
 * provincial budget in đồng has 15 digits) and rates computed with 40 significant digits; the limit is 100,000.
 *
 * @example
 * ```ts
 * import { MAX_NUMBER_DIGITS, formatNumber, isCchcError } from 'cchc';
 * MAX_NUMBER_DIGITS; // 100000
 * let code = '';
 * try { formatNumber(10n ** 200000n); } catch (e) { if (isCchcError(e)) code = e.code; }
 * code; // 'INPUT_TOO_LARGE'
 * ```
 *
 * @category Core
 */
export const MAX_NUMBER_DIGITS = 100_000;

/**
 * The longest text `parseViApproximate` reads ("khoảng 1,2 triệu", "gần 40%"), in characters; a longer text is refused
 * with `TEXT_TOO_LONG`. An approximate figure printed in a report is a few words around a number; 200 characters is a
 * sentence.
 *
 * @example
 * ```ts
 * import { MAX_APPROXIMATE_TEXT_LENGTH } from 'cchc';
 * MAX_APPROXIMATE_TEXT_LENGTH; // 200
 * ```
 *
 * @category Core
 */
export const MAX_APPROXIMATE_TEXT_LENGTH = 200;

// ————————————————————————————————— Errors —————————————————————————————————

/**
 * The most problems one `CchcError` lists (số lỗi tối đa trong một lần báo lỗi). Validation stops collecting
 * there, and stops scanning the input: a file with a million bad rows or an object with 100,000 unknown keys gives an
 * error of 1,000 issues in milliseconds, not a million issues in seconds. Such an error says "1000 problems or more".
 *
 * Why real documents never hit it: an input with a thousand distinct problems is the wrong file or the wrong object;
 * the first problems tell what is wrong with it. (Rejected rows of a CSV file are not an error: every one is reported.)
 *
 * @example
 * ```ts
 * import { MAX_ISSUES, checkSum, isCchcError } from 'cchc';
 * MAX_ISSUES; // 1000
 * let issues = 0;
 * try { checkSum({ parts: new Array(1_000_000), total: 1 }); } catch (e) { if (isCchcError(e)) issues = e.issues.length; }
 * issues; // 1000
 * ```
 *
 * @category Core
 */
export const MAX_ISSUES = 1000;

// ————————————————————————————————— Any input —————————————————————————————————

/**
 * The deepest nesting of arrays and objects any schema walks (profondeur maximale). Real inputs are a few levels
 * deep (a methodology tree has at most 5); anything deeper than this is refused with `INPUT_TOO_DEEP` instead of
 * overflowing the stack.
 *
 * @category Core
 */
export const MAX_INPUT_DEPTH = 64;

// ————————————————————————————————— PAR methodologies (par) —————————————————————————————————

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
 *
 * @category Core
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
 *
 * @category Core
 */
export const MAX_CODE_LENGTH = 64;

/**
 * The longest rule text `parseRuleText` reads, in characters. A rule cell of an annex holds a few tiers or bands
 * (under 300 characters in the frameworks read; 2 000 would be a page of text); a longer text is refused with
 * `TEXT_TOO_LONG` rather than parsed.
 *
 * @example
 * ```ts
 * import { MAX_RULE_TEXT_LENGTH } from 'cchc';
 * MAX_RULE_TEXT_LENGTH; // 10000
 * ```
 *
 * @category Core
 */
export const MAX_RULE_TEXT_LENGTH = 10_000;

// ————————————————————————————————— Plans (plan) —————————————————————————————————

/**
 * The longest deadline text `parseDeadline` reads (độ dài tối đa của thời hạn), in UTF-16 code units; a longer
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
 *
 * @category Core
 */
export const MAX_DEADLINE_TEXT_LENGTH = 2000;

/**
 * The longest agency text `parseAgencies` reads (a "Cơ quan chủ trì" or "Cơ quan phối hợp" cell), in UTF-16 code
 * units; a longer text is `TEXT_TOO_LONG`. Real cells name one agency or a list of a few groups (the longest of Kế
 * hoạch 164/KH-UBND has 85 characters); 4,000 characters would name every provincial department several times over.
 *
 * @example
 * ```ts
 * import { MAX_AGENCY_TEXT_LENGTH } from 'cchc';
 * MAX_AGENCY_TEXT_LENGTH; // 4000
 * ```
 *
 * @category Core
 */
export const MAX_AGENCY_TEXT_LENGTH = 4000;

/**
 * The longest results-table figure `parseResultQuantity` reads ("179/183 lớp/toàn tỉnh (còn lại 4 lớp …)"), in
 * UTF-16 code units; a longer text is `TEXT_TOO_LONG`. The longest figure of Phụ lục I of Báo cáo 389/BC-UBND, its
 * remark included, has under 150 characters.
 *
 * @example
 * ```ts
 * import { MAX_RESULT_QUANTITY_TEXT_LENGTH } from 'cchc';
 * MAX_RESULT_QUANTITY_TEXT_LENGTH; // 1000
 * ```
 *
 * @category Core
 */
export const MAX_RESULT_QUANTITY_TEXT_LENGTH = 1000;

// ————————————————————————————————— Dossiers (dossier) —————————————————————————————————

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
 *
 * @category Core
 */
export const MAX_EVENT_TEXT_LENGTH = 64;

/**
 * The longest count cell of an aggregate row, spaces trimmed (`tallyFromRow`): a count has at most 16 digits
 * (2^53 − 1), and 64 characters leave room for the zeros a database prints after the point ("1234.0000"). A longer
 * cell is `INVALID_TALLY`, refused without being converted.
 *
 * @example
 * ```ts
 * import { MAX_COUNT_TEXT_LENGTH } from 'cchc';
 * MAX_COUNT_TEXT_LENGTH; // 64
 * ```
 *
 * @category Core
 */
export const MAX_COUNT_TEXT_LENGTH = 64;

// ————————————————————————————————— CSV files (dossier) —————————————————————————————————

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
 *
 * @category Core
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
 *
 * @category Core
 */
export const MAX_CSV_ROW_CHARS = 4_194_304;

// ————————————————————————————————— Excel workbooks (cchc/xlsx) —————————————————————————————————

/**
 * The largest part of an .xlsx workbook read whole, once inflated (bytes): 256 MiB. The shared-string table (every
 * distinct text of the workbook), the styles and the workbook description are held in memory; a worksheet is not (it
 * is streamed, row by row). A part larger than this once inflated (or declared larger in the zip directory) is a
 * damaged file or a "zip bomb": `INVALID_XLSX`, before it is held.
 *
 * Why real workbooks never hit it: the shared strings of a one-stop export of a whole province for a year (a million
 * dossiers, each with its own id) are about 40 MB; Excel's own files of 1,048,576 rows of distinct texts stay under
 * 200 MB. Exported by `cchc/xlsx` (and listed in `LIMITS`).
 *
 * @example
 * ```ts
 * import { MAX_XLSX_PART_BYTES } from 'cchc/xlsx';
 * MAX_XLSX_PART_BYTES; // 268435456
 * ```
 *
 * @category Core
 */
export const MAX_XLSX_PART_BYTES = 256 * 2 ** 20;

/**
 * The largest worksheet read, once inflated (bytes): 4 GiB, far above Excel's own limit of 1,048,576 rows of a few
 * cells. The sheet is streamed, so this bounds time, not memory: a "zip bomb" stops with `INVALID_XLSX` instead of
 * running for hours. (Memory is bounded per row: a cell holds at most `MAX_CSV_FIELD_CHARS` characters and a row
 * `MAX_CSV_ROW_CHARS`, as in a CSV file; more is `INVALID_XLSX`.) Exported by `cchc/xlsx` (and listed in `LIMITS`).
 *
 * @example
 * ```ts
 * import { MAX_XLSX_SHEET_BYTES } from 'cchc/xlsx';
 * MAX_XLSX_SHEET_BYTES; // 4294967296
 * ```
 *
 * @category Core
 */
export const MAX_XLSX_SHEET_BYTES = 4 * 2 ** 30;

/**
 * The longest XML tag, comment or processing instruction of an .xlsx part (characters): 1 MiB. The XML reader keeps an
 * unfinished tag between inflated chunks; a tag longer than this (a cell tag's attributes are a few dozen characters,
 * a relationship's a few hundred) is a damaged or crafted file: `INVALID_XLSX`. Exported by `cchc/xlsx` (and listed in
 * `LIMITS`).
 *
 * @example
 * ```ts
 * import { MAX_XLSX_TAG_CHARS } from 'cchc/xlsx';
 * MAX_XLSX_TAG_CHARS; // 1048576
 * ```
 *
 * @category Core
 */
export const MAX_XLSX_TAG_CHARS = 1_048_576;

// ————————————————————————————————— Report audits (audit) —————————————————————————————————

/**
 * The most digits a number read by the audits may have (số chữ số tối đa): 40, the precision of the library's
 * decimals, before and after the decimal mark together. A real figure has at most 16 digits before the mark (a
 * national amount in đồng is below 10^16) and a handful after it (rates are printed with up to 4 decimals), so no
 * report comes near; a longer digit string is a pasted or generated mistake, and is refused with `INPUT_TOO_LARGE`
 * before any arithmetic, so that no input can make an audit slow.
 *
 * @example
 * ```ts
 * import { auditPrintedRate, MAX_AUDIT_NUMBER_DIGITS, isCchcError } from 'cchc';
 * MAX_AUDIT_NUMBER_DIGITS; // 40
 * try {
 *   auditPrintedRate({ label: { vi: 'x', en: 'x' }, numerator: 1, denominator: 2, printed: `${'1'.repeat(50)}%` });
 * } catch (e) {
 *   isCchcError(e, 'INPUT_TOO_LARGE'); // true
 * }
 * ```
 *
 * @category Core
 */
export const MAX_AUDIT_NUMBER_DIGITS = 40;

/**
 * The longest printed figure the audits read, in characters (độ dài tối đa của số liệu in): 64. A printed rate or
 * count ("99,26%", "1.464.185", "0,0695%") is a dozen characters; 64 leaves room for spaces and a unit, and a longer
 * text is not a printed figure: it is refused with `TEXT_TOO_LONG` (`INPUT_TOO_LARGE` when it is a long run of digits).
 *
 * @example
 * ```ts
 * import { MAX_PRINTED_FIGURE_LENGTH } from 'cchc';
 * MAX_PRINTED_FIGURE_LENGTH; // 64
 * ```
 *
 * @category Core
 */
export const MAX_PRINTED_FIGURE_LENGTH = 64;

// ————————————————————————————————— Units (units) —————————————————————————————————

/**
 * The largest number of points `mapSeries` takes (`INPUT_TOO_LARGE` beyond). A series by province over ten years of
 * months is 63 × 120 points; a million leaves room for communes by day, and refuses a runaway generator at once.
 *
 * @category Core
 */
export const MAX_SERIES_POINTS = 1_000_000;

/**
 * The longest province name the lookups read (`provinceByName`, `findProvinces`); longer text is `TEXT_TOO_LONG`. The
 * longest official name, "Thành phố Hồ Chí Minh" with its level, has under 30 characters.
 *
 * @category Core
 */
export const MAX_PROVINCE_NAME_LENGTH = 200;

// ————————————————————————————————— Unknown keys —————————————————————————————————

/**
 * The most `UNKNOWN_KEY` issues reported for one object (số khóa lạ tối đa được liệt kê cho một đối tượng): the first
 * 20 unknown keys are listed, each with its "did you mean" suggestion, and one more issue at the object's path says how
 * many other unknown keys it has. An object of 100,000 unknown keys (the wrong object, a whole JSON file given as
 * options) gives a short error at once, not 100,000 suggestions.
 *
 * Why real inputs never hit it: a misspelt option or column is one or two keys; twenty unknown keys in one object means
 * the object is not the one expected, and the first keys say so.
 *
 * @example
 * ```ts
 * import { MAX_UNKNOWN_KEYS, formatNumber, isCchcError } from 'cchc';
 * MAX_UNKNOWN_KEYS; // 20
 * const options = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, i]));
 * let issues = 0;
 * try { formatNumber(1, options as never); } catch (e) { if (isCchcError(e)) issues = e.issues.length; }
 * issues; // 21
 * ```
 *
 * @category Core
 */
export const MAX_UNKNOWN_KEYS = 20;

// ————————————————————————————————— All of them —————————————————————————————————

/**
 * Every limit above, by name, for a program that wants them all (a form that warns before it sends, a table in a
 * manual). Frozen. The constants themselves are the API (exported by `cchc`, the `MAX_XLSX_` ones by `cchc/xlsx`);
 * this is a summary of them.
 *
 * @example
 * ```ts
 * import { LIMITS, MAX_TEXT_LENGTH } from 'cchc';
 * LIMITS.MAX_TEXT_LENGTH === MAX_TEXT_LENGTH; // true
 * Object.keys(LIMITS).length; // 23
 * ```
 *
 * @category Core
 */
export const LIMITS = /* @__PURE__ */ Object.freeze({
  MAX_TEXT_LENGTH,
  MAX_NUMBER_DIGITS,
  MAX_APPROXIMATE_TEXT_LENGTH,
  MAX_ISSUES,
  MAX_UNKNOWN_KEYS,
  MAX_INPUT_DEPTH,
  MAX_METHODOLOGY_DEPTH,
  MAX_CODE_LENGTH,
  MAX_RULE_TEXT_LENGTH,
  MAX_DEADLINE_TEXT_LENGTH,
  MAX_AGENCY_TEXT_LENGTH,
  MAX_RESULT_QUANTITY_TEXT_LENGTH,
  MAX_EVENT_TEXT_LENGTH,
  MAX_COUNT_TEXT_LENGTH,
  MAX_CSV_FIELD_CHARS,
  MAX_CSV_ROW_CHARS,
  MAX_XLSX_PART_BYTES,
  MAX_XLSX_SHEET_BYTES,
  MAX_XLSX_TAG_CHARS,
  MAX_AUDIT_NUMBER_DIGITS,
  MAX_PRINTED_FIGURE_LENGTH,
  MAX_SERIES_POINTS,
  MAX_PROVINCE_NAME_LENGTH,
});
