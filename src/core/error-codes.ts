/**
 * The modules that raise errors: each error code belongs to one (see {@link CCHC_ERROR_CODE_MODULES}).
 *
 * @category Core
 */
export type CchcModule =
  | 'core'
  | 'calendar'
  | 'units'
  | 'dossier'
  | 'plan'
  | 'par'
  | 'quota'
  | 'indicator'
  | 'audit'
  | 'report'
  | 'cli'
  | 'qd766'
  | 'xlsx';

/**
 * Every stable error code `cchc` can raise, grouped by the module that raises it (mã lỗi theo mô-đun).
 *
 * Codes never change meaning once released; new ones are added here by the module that raises them, at the end of
 * its group. The comment after each code says why it is raised. Texts are in the message catalogues
 * (`src/core/messages/vi`, `src/core/messages/en`), keyed by code.
 *
 * @example
 * ```ts
 * import { CCHC_ERROR_CODE_MODULES } from 'cchc';
 * CCHC_ERROR_CODE_MODULES.ZERO_DENOMINATOR; // 'core'
 * CCHC_ERROR_CODE_MODULES.PAR_MISSING_INPUT; // 'par'
 * ```
 *
 * @category Core
 */
export const CCHC_ERROR_CODE_MODULES = Object.freeze({
  // core
  INVALID_INPUT: 'core', // a value does not match the schema of a public function (from zod or our own checks)
  VALIDATION_FAILED: 'core', // several problems of different kinds; see `issues`
  UNKNOWN_KEY: 'core', // an input object with a key the function does not know (a typo); `suggestion` names the likely key
  TEXT_TOO_LONG: 'core', // a text longer than a parser accepts (see the limits in the guide "Limits and guarantees")
  INPUT_TOO_LARGE: 'core', // a list or a number with more items or digits than the library accepts
  INPUT_TOO_DEEP: 'core', // an input nested deeper than MAX_INPUT_DEPTH levels
  INVALID_COUNT: 'core', // a count that is not a non-negative safe integer
  INVALID_NUMBER: 'core', // text or value that is not a number in the expected notation
  AMBIGUOUS_NUMBER: 'core', // text whose reading depends on the notation ("1.2": Vietnamese grouping or English decimal?)
  INVALID_DECIMALS: 'core', // a number of decimals outside 0..20 or not an integer
  INVALID_ROUNDING: 'core', // an unknown rounding mode
  INVALID_LOCALE: 'core', // an unknown locale
  ZERO_DENOMINATOR: 'core', // a ratio whose denominator is 0
  INVALID_DATE: 'core', // not an ISO calendar date YYYY-MM-DD that exists
  INVALID_TIMESTAMP: 'core', // not an ISO date-time with an explicit offset
  DATE_OUT_OF_RANGE: 'core', // a date outside what a function supports
  UNRECOGNIZED_PERIOD: 'core', // a period text ("Quý I/2020") that could not be read
  MISSING_YEAR: 'core', // a period text without a year and no `year` option
  INVALID_ADMIN_LEVEL: 'core', // not province / district / commune
  // calendar
  INVALID_LUNAR_DATE: 'calendar', // a lunar date that does not exist (day 30 of a 29-day month, a leap flag on a month that is not leap)
  CONFLICTING_CALENDAR_DAYS: 'calendar', // a work-calendar spec lists the same date twice with different meanings
  INVALID_CUTOFF: 'calendar', // a receipt cut-off that is not a clock time "HH:mm", or a cut-off applied to a date without a time
  PROVISIONAL_CALENDAR: 'calendar', // onProvisional: 'error' and the result crosses a day derived from the rules (no official schedule); `received` is that day
  // plan
  UNRECOGNIZED_DEADLINE: 'plan', // a deadline text ("Thời gian ban hành") with a part that could not be read; lists the parts read
  DUPLICATE_CODE: 'plan', // two tasks with the same code in one section, or two sections with the same code side by side
  INVALID_PROGRESS: 'plan', // a progress record that contradicts its task (milestone out of range, done without total …)
  UNRECOGNIZED_QUANTITY: 'plan', // a results-table figure ("34 nhiệm vụ/06 đơn vị") that could not be read
  UNIT_MISMATCH: 'plan', // planned and completed figures of one results row counted in different units
  // quota, indicator, report audit (issue 7)
  MISSING_TARGET: 'quota', // a progress figure without `target`, `targetPercent` or `targetShare`
  CONFLICTING_TARGET: 'quota', // more than one of `target`, `targetPercent`, `targetShare` given (they could disagree)
  TARGET_ROUNDING_REQUIRED: 'quota', // a target count derived from a percent without an explicit `targetRounding`
  RATE_OUT_OF_RANGE: 'core', // a rate below 0, or above the largest a function accepts (100% where a rate cannot exceed it)
  INVALID_UNIT_EVENT: 'quota', // a unit-reduction event that cannot happen (a merge into as many units as were merged, …)
  INVALID_DATE_RANGE: 'core', // an end date before its start date
  UNKNOWN_REGIME: 'quota', // a financial-autonomy regime id that is not known
  UNKNOWN_TARGET: 'quota', // a streamlining or national target id that is not known
  UNKNOWN_INDICATOR: 'indicator', // an indicator id that is not in the registry
  INVALID_INDICATOR: 'indicator', // an indicator definition that fails validation
  INDICATOR_NOT_IN_FORCE: 'indicator', // an indicator evaluated at a date outside the period its definition applies to
  UNKNOWN_FIGURE_REF: 'audit', // a report check that refers to a figure id the report does not define
  DUPLICATE_FIGURE_ID: 'audit', // two figures, tables or checks of one report with the same id
  // dossier
  INVALID_CHANNEL: 'dossier', // a dossier channel other than in-person / online / postal
  INVALID_SLA: 'dossier', // slaWorkingDays that is not a non-negative integer
  MISSING_DUE_DATE: 'dossier', // an accepted dossier with neither dueDate nor slaWorkingDays
  DUE_BEFORE_RECEIPT: 'dossier', // an appointment (due) date before the receipt date
  EVENT_BEFORE_RECEIPT: 'dossier', // resolved / withdrawn / returned / rejected / supplement dated before the receipt
  INVALID_SUPPLEMENT: 'dossier', // a supplement completed before it was requested, overlapping, or open on a resolved dossier
  CONFLICTING_OUTCOMES: 'dossier', // a dossier both not accepted (rejectedAt) and processed (resolved, withdrawn, supplements …)
  CALENDAR_REQUIRED: 'dossier', // 0.2: unused by dossier (civilServiceCalendar by default); aliased to INVALID_INPUT
  RECEIVED_AFTER_AS_OF: 'dossier', // classifyDossier asked about a dossier received after asOf
  INVALID_TALLY: 'dossier', // a tally or aggregate row whose counts are not integers or whose totals are not the sums of their parts
  CSV_MISSING_COLUMN: 'dossier', // a CSV header without a column the mapping requires (the whole file is unusable)
  INVALID_CSV_ROW: 'dossier', // a CSV row that cannot be read (unbalanced quotes, wrong number of fields)
  UNSUPPORTED_SQL_OPTION: 'dossier', // a rule option the SQL generator cannot express (e.g. date-time comparison)
  DUPLICATE_DOSSIER_ID: 'dossier', // a CSV row whose dossier id an earlier row already had (readDossiersCsv rejectDuplicateIds)
  SUBMITTED_AFTER_RECEIPT: 'dossier', // a dossier filed (submittedAt) after it was received (receivedAt)
  INVALID_EXTENSION: 'dossier', // an extension that is not { notifiedAt, newDueDate }, a new date before its notice or not after the due date, both extension and extensions
  LATE_EXTENSION_NOTICE: 'dossier', // finding: an extension notified later than the rules allow before the due date (NĐ 118 Đ19(6): at least 1 day before)
  SECOND_EXTENSION: 'dossier', // finding: the return date re-set more than once (NĐ 118 Đ19(6): at most once); the later ones are not applied
  LATE_ACCEPTANCE: 'dossier', // finding: an online filing accepted later than the rules allow (NĐ 118 Đ17(2)(c): 8 working hours)
  LATE_SUPPLEMENT_REQUEST: 'dossier', // finding: a supplement requested later than the rules allow after receipt (NĐ 118 Đ19(5): 3 working days)
  SUPPLEMENT_AFTER_WINDOW: 'dossier', // finding: a supplement completed after the dossier was due to be closed (NĐ 118 Đ19(5): 15 days)
  INVALID_TEXT_ENCODING: 'dossier', // bytes that are not text in the encoding given or detected (UTF-8, UTF-16, Windows-1258); never read as replacement characters
  AMBIGUOUS_CSV_DELIMITER: 'dossier', // a CSV whose delimiter cannot be told from its first lines (two candidates split them equally well)
  // par (PAR INDEX scoring: methodologies, assessments, classes, ranks)
  PAR_EMPTY_METHODOLOGY: 'par', // a methodology (or a rows list) without any node
  PAR_INVALID_CODE: 'par', // a node code that is not dotted segments ("1", "1.1", "1.1.2")
  PAR_DUPLICATE_CODE: 'par', // two nodes with the same code
  PAR_CODE_NOT_UNDER_PARENT: 'par', // a child whose code does not extend its parent's code by one segment ("1.2" under "2")
  PAR_MISSING_PARENT: 'par', // a row or top-level node whose parent code is absent while a shorter prefix is present ("1.1.1" with "1" but no "1.1")
  PAR_INVALID_MAX_POINTS: 'par', // maxPoints missing, not a number, or not > 0
  PAR_CHILDREN_SUM_MISMATCH: 'par', // the children's maxPoints do not add up to the parent's maxPoints
  PAR_TOTAL_MISMATCH: 'par', // the areas' maxPoints do not add up to the declared total
  PAR_MISSING_RULE: 'par', // a leaf (node without children) without a scoring rule
  PAR_RULE_ON_PARENT: 'par', // a node with children that also has a rule (parents are the sum of their children)
  PAR_INVALID_RULE: 'par', // an unknown rule kind, a malformed rule object or rule text
  PAR_DUPLICATE_OUTCOME: 'par', // a tiered rule listing the same outcome twice
  PAR_RULE_POINTS_OUT_OF_RANGE: 'par', // tier or band points below 0 or above the node's maxPoints
  PAR_RULE_MAX_UNREACHABLE: 'par', // no tier / band of a rule gives the node's maxPoints
  PAR_BAND_OUT_OF_RANGE: 'par', // a percent band whose lower bound is outside [0, 1]
  PAR_BANDS_NOT_ORDERED: 'par', // percent bands not listed from the highest lower bound down
  PAR_BANDS_NOT_COVERING: 'par', // percent bands that leave part of [0, 1] without points (lowest band not from 0 inclusive, or a gap below a band's printed max)
  PAR_BANDS_NOT_MONOTONIC: 'par', // a higher percent band giving fewer points than a lower one
  PAR_CHANNEL_CONFLICT: 'par', // a node's channel contradicts its parent's, or a survey rule on an assessed node
  PAR_ROLE_CONFLICT: 'par', // a bonus / penalty node below the top level, or a child whose role differs from its parent's
  PAR_UNKNOWN_CODE: 'par', // an input for a code the methodology does not have
  PAR_MISSING_INPUT: 'par', // a leaf without an input (and not under a not-applicable criterion)
  PAR_INPUT_MISMATCH: 'par', // an input whose shape does not fit the leaf's rule ({ met } for a manual leaf, …)
  PAR_POINTS_ABOVE_MAX: 'par', // manual points above the leaf's maxPoints
  PAR_NEGATIVE_POINTS: 'par', // manual points below 0
  PAR_UNKNOWN_OUTCOME: 'par', // an outcome that is not one of a tiered rule's outcomes
  PAR_NOT_APPLICABLE_NOT_ALLOWED: 'par', // 'not-applicable' for a node that may not be not applicable
  PAR_INPUT_UNDER_NOT_APPLICABLE: 'par', // an input for a node inside a criterion marked 'not-applicable'
  PAR_INVALID_BAND: 'par', // a class band with a bad bound (max below min, missing label, …)
  PAR_BANDS_OVERLAP: 'par', // two class bands (or two percent bands of a rule) that contain a common value
  PAR_DUPLICATE_BAND: 'par', // two class bands with the same key
  PAR_DUPLICATE_UNIT: 'par', // two items to rank with the same id
  PAR_INVALID_RANK: 'par', // a rank / group size / target range that is not consistent (rank 0, rank above "of", from > to)
  PAR_UNKNOWN_UNIT_LEVEL: 'par', // a unit level (node atUnitLevel, option unitLevel) that the methodology does not declare in unitLevels
  PAR_ALLOCATION_UNKNOWN: 'par', // an input for a part of a node whose allocation of points is unknown (score the node as a whole)
  // units (administrative units by date: provinces 63 → 34, levels, series across 01/07/2025)
  INVALID_PROVINCE_CODE: 'units', // a province code that is not a string of two digits as published ('01', '91')
  UNKNOWN_PROVINCE: 'units', // a province code never used, or a name that matches no provincial unit (suggestion: the closest name)
  PROVINCE_NOT_IN_FORCE: 'units', // a provincial unit asked for on a date it did not exist (a code closed on 30/06/2025, a name of an absorbed unit)
  AMBIGUOUS_PROVINCE_NAME: 'units', // a name that meant units with different codes over time ("An Giang": 89, then 91), looked up without `on`
  CANNOT_SPLIT_UNIT: 'units', // a figure of a merged unit mapped back to the units it was formed from (a merger cannot be undone without data)
  UNWEIGHTED_AVERAGE: 'units', // rates or scores of merged units combined without weights or counts (an unweighted mean is not the merged unit's rate)
  // qd766 (issue 15)
  QD766_NOT_IN_FORCE: 'qd766', // a date before the QĐ 766 index was in service (1/8/2022)
  QD766_NOT_MEASURABLE: 'qd766', // an indicator that the records given cannot measure (a field or a source missing), reported per indicator
  // xlsx (cchc/xlsx: reading and writing Excel workbooks)
  INVALID_XLSX: 'xlsx', // bytes that are not an .xlsx workbook (not a zip, a damaged zip, a part missing, malformed XML, an old binary .xls)
  XLSX_UNSUPPORTED: 'xlsx', // an .xlsx feature this reader does not handle (encryption, a zip compression other than deflate, ZIP64), or a host without Compression Streams
  XLSX_SHEET_NOT_FOUND: 'xlsx', // a sheet name or number the workbook does not have; `suggestion` names the closest sheet
  XLSX_TABLE_NOT_RECOGNISED: 'xlsx', // a sheet whose header row could not be found among its first rows (the message lists the headers known)
  // report (issue 18)
  MISSING_OPTIONAL_PACKAGE: 'report', // an optional peer package that a feature needs is not installed (vega and vega-lite for SVG / HTML charts); suggestion: the npm command
} as const satisfies Record<string, CchcModule>);

/**
 * A stable machine-readable error code (mã lỗi). See {@link CCHC_ERROR_CODE_MODULES}.
 *
 * @category Core
 */
export type CchcErrorCode = keyof typeof CCHC_ERROR_CODE_MODULES;

/**
 * Every stable error code, as a list (frozen).
 *
 * @example
 * ```ts
 * import { CCHC_ERROR_CODES } from 'cchc';
 * CCHC_ERROR_CODES.includes('ZERO_DENOMINATOR'); // true
 * ```
 *
 * @category Core
 */
export const CCHC_ERROR_CODES: readonly CchcErrorCode[] = Object.freeze(Object.keys(CCHC_ERROR_CODE_MODULES) as CchcErrorCode[]);
