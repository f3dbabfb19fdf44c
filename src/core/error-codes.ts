/**
 * Every stable error code `cchc` can raise, in one place, so callers can switch on them.
 *
 * Codes never change meaning once released; new ones are added here by the module that raises them.
 * The comment after each code says which module raises it and why.
 *
 * @example
 * ```ts
 * import { CCHC_ERROR_CODES } from 'cchc';
 * CCHC_ERROR_CODES.includes('ZERO_DENOMINATOR'); // true
 * ```
 */
export const CCHC_ERROR_CODES = [
  // core
  'INVALID_INPUT', // a value does not match the schema of a public function (from zod or our own checks)
  'VALIDATION_FAILED', // several problems of different kinds; see `issues`
  'INVALID_COUNT', // a count that is not a non-negative safe integer
  'INVALID_NUMBER', // text or value that is not a number in the expected notation
  'AMBIGUOUS_NUMBER', // text whose reading depends on the notation ("1.2": Vietnamese grouping or English decimal?)
  'INVALID_DECIMALS', // a number of decimals outside 0..20 or not an integer
  'INVALID_ROUNDING', // an unknown rounding mode
  'INVALID_LOCALE', // an unknown locale
  'ZERO_DENOMINATOR', // a ratio whose denominator is 0
  'INVALID_DATE', // not an ISO calendar date YYYY-MM-DD that exists
  'INVALID_TIMESTAMP', // not an ISO date-time with an explicit offset
  'DATE_OUT_OF_RANGE', // a date outside what a function supports
  'UNRECOGNIZED_PERIOD', // a period text ("Quý I/2020") that could not be read
  'MISSING_YEAR', // a period text without a year and no `year` option
  'INVALID_ADMIN_LEVEL', // not province / district / commune
  // calendar
  'INVALID_LUNAR_DATE', // a lunar date that does not exist (day 30 of a 29-day month, a leap flag on a month that is not leap)
  'CONFLICTING_CALENDAR_DAYS', // a work-calendar spec lists the same date twice with different meanings
  'INVALID_CUTOFF', // a receipt cut-off that is not a clock time "HH:mm", or a cut-off applied to a date without a time
  // plan
  'UNRECOGNIZED_DEADLINE', // a deadline text ("Thời gian ban hành") with a part that could not be read; lists the parts read
  'DUPLICATE_CODE', // two tasks with the same code in one section, or two sections with the same code side by side
  'INVALID_PROGRESS', // a progress record that contradicts its task (milestone out of range, done without total …)
  'UNRECOGNIZED_QUANTITY', // a results-table figure ("34 nhiệm vụ/06 đơn vị") that could not be read
  'UNIT_MISMATCH', // planned and completed figures of one results row counted in different units
  // quota, indicator, report audit (issue 7)
  'MISSING_TARGET', // a progress figure without `target` or `targetPercent`
  'CONFLICTING_TARGET', // both `target` and `targetPercent` given (they could disagree)
  'TARGET_ROUNDING_REQUIRED', // a target count derived from a percent without an explicit `targetRounding`
  'INVALID_PERCENT', // a percentage outside the range a function accepts (negative, or above 100 where that is impossible)
  'INVALID_UNIT_EVENT', // a unit-reduction event that cannot happen (a merge into as many units as were merged, …)
  'INVALID_DATE_RANGE', // an end date before its start date
  'UNKNOWN_REGIME', // a financial-autonomy regime id that is not known
  'UNKNOWN_TARGET', // a streamlining or national target id that is not known
  'UNKNOWN_INDICATOR', // an indicator id that is not in the registry
  'INVALID_INDICATOR', // an indicator definition that fails validation
  'INDICATOR_NOT_IN_FORCE', // an indicator evaluated at a date outside the period its definition applies to
  'UNKNOWN_FIGURE_REF', // a report check that refers to a figure id the report does not define
  'DUPLICATE_FIGURE_ID', // two figures, tables or checks of one report with the same id
  // dossier
  'INVALID_CHANNEL', // a dossier channel other than in-person / online / postal
  'INVALID_SLA', // slaWorkingDays that is not a non-negative integer
  'MISSING_DUE_DATE', // an accepted dossier with neither dueDate nor slaWorkingDays
  'DUE_BEFORE_RECEIPT', // an appointment (due) date before the receipt date
  'EVENT_BEFORE_RECEIPT', // resolved / withdrawn / returned / rejected / supplement dated before the receipt
  'INVALID_SUPPLEMENT', // a supplement completed before it was requested, overlapping, or open on a resolved dossier
  'CONFLICTING_OUTCOMES', // a dossier both not accepted (rejectedAt) and processed (resolved, withdrawn, supplements …)
  'CALENDAR_REQUIRED', // working days are needed (slaWorkingDays, a receipt cut-off, processing time) but no calendar was given
  'RECEIVED_AFTER_AS_OF', // classifyDossier asked about a dossier received after asOf
  'INVALID_TALLY', // a tally or aggregate row whose counts are not integers or whose totals are not the sums of their parts
  'CSV_MISSING_COLUMN', // a CSV header without a column the mapping requires (the whole file is unusable)
  'INVALID_CSV_ROW', // a CSV row that cannot be read (unbalanced quotes, wrong number of fields)
  'UNSUPPORTED_SQL_OPTION', // a rule option the SQL generator cannot express (e.g. date-time comparison)
] as const;

/** A stable machine-readable error code (mã lỗi). See {@link CCHC_ERROR_CODES}. */
export type CchcErrorCode = (typeof CCHC_ERROR_CODES)[number];
