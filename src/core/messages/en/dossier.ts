// English messages of the dossier module, keyed by error code (`CODE__variant` for further texts of a code).
// Same keys and parameters in ../vi and ../en. Keys of codes shared with other modules carry a `dossier…` variant so
// that the catalogues re-exported together never collide.

// ——— records ———
export const INVALID_INPUT__dossierRecord = (p: { received: string }): string =>
  `Expected a dossier record (an object { id, receivedAt, … }), received ${p.received}`;
export const INVALID_INPUT__dossierId = (p: { received: string }): string =>
  `id must be a non-empty string or an integer, received ${p.received}`;
export const INVALID_INPUT__dossierText = (p: { key: string; received: string }): string =>
  `${p.key} must be a string, received ${p.received}`;
export const INVALID_ADMIN_LEVEL__dossier = (p: { received: string }): string =>
  `Unknown administrative level ${p.received} (use 'province' | 'district' | 'commune')`;
export const INVALID_CHANNEL = (p: { received: string }): string => `Unknown channel ${p.received} (use 'in-person', 'online' or 'postal')`;
export const INVALID_CHANNEL__missing = (): string => 'The channel is missing and the rule missingChannel is "error"';
export const INVALID_CHANNEL__code = (p: { code: string }): string =>
  `Unknown channel code ${p.code} (0 in person, 1 online, 2 postal, 3 unknown)`;
export const INVALID_DATE__dossierMissing = (p: { key: string }): string => `${p.key} is missing`;
export const INVALID_DATE__dossierEvent = (p: { received: string }): string =>
  `Expected a date "YYYY-MM-DD" or an ISO date-time with an offset (e.g. 2020-01-20T16:30:00+07:00), received ${p.received}`;
export const INVALID_SLA = (p: { received: string }): string => `slaWorkingDays must be a non-negative integer, received ${p.received}`;
export const INVALID_SUPPLEMENT__list = (p: { received: string }): string =>
  `supplements must be an array of { requestedAt, completedAt? }, received ${p.received}`;
export const INVALID_SUPPLEMENT__item = (p: { received: string }): string =>
  `Expected a supplement { requestedAt, completedAt? }, received ${p.received}`;
export const INVALID_SUPPLEMENT__completedBeforeRequest = (): string => 'The supplement was completed before it was requested';
export const INVALID_SUPPLEMENT__previousOpen = (): string => 'A new supplement request while the previous one is still open';
export const INVALID_SUPPLEMENT__order = (): string => 'Supplement requests overlap or are not in chronological order';
export const INVALID_SUPPLEMENT__afterResolution = (): string => 'A supplement was requested after the dossier was resolved';
export const INVALID_SUPPLEMENT__openOnResolved = (): string => 'The dossier is resolved but this supplement has no completion date';
export const INVALID_SUPPLEMENT__completedAfterResolution = (): string => 'The supplement was completed after the dossier was resolved';
export const EVENT_BEFORE_RECEIPT = (p: { key: string; value: string; receivedAt: string }): string =>
  `${p.key} ${p.value} is before the receipt ${p.receivedAt}`;
export const EVENT_BEFORE_RECEIPT__supplement = (): string => 'A supplement was requested before the dossier was received';
export const EVENT_BEFORE_RECEIPT__column = (): string => 'The resolution, withdrawal or return is before the receipt';
export const DUE_BEFORE_RECEIPT = (p: { due: string; receivedAt: string }): string =>
  `The due date ${p.due} is before the receipt ${p.receivedAt}`;
export const DUE_BEFORE_RECEIPT__column = (): string => 'The due date is before the receipt';
export const CONFLICTING_OUTCOMES = (): string =>
  'A dossier that was not accepted (rejectedAt) cannot also be resolved, withdrawn, returned or asked to supplement';
export const MISSING_DUE_DATE = (): string => 'An accepted dossier needs a due date (dueDate) or a processing time limit (slaWorkingDays)';
export const INVALID_SLA__column = (p: { sla: number }): string => `Negative slaWorkingDays: ${p.sla}`;

// ——— options ———
export const INVALID_INPUT__dossierOptions = (p: { expected: string; received: string }): string =>
  `Expected options ${p.expected}, received ${p.received}`;
export const INVALID_INPUT__dossierRecords = (p: { received: string }): string =>
  `Expected an iterable or async iterable of records, received ${p.received}`;
export const INVALID_INPUT__dossierRows = (p: { received: string }): string =>
  `Expected an iterable or async iterable of rows, received ${p.received}`;
export const INVALID_INPUT__dossierFunction = (p: { key: string; received: string }): string =>
  `${p.key} must be a function, received ${p.received}`;
export const INVALID_INPUT__dossierBoolean = (p: { key: string; received: string }): string =>
  `${p.key} must be true or false, received ${p.received}`;
export const INVALID_INPUT__dossierGroupBy = (p: { choices: string; received: string; suggestion: string }): string =>
  `Unknown groupBy ${p.received} (use ${p.choices} or a function)${p.suggestion ? ` — did you mean '${p.suggestion}'?` : ''}`;
export const INVALID_INPUT__dossierColumnName = (p: { received: string }): string => `Not a plain column name: ${p.received}`;
export const INVALID_DATE_RANGE__dossierBoth = (): string =>
  'Give the reporting period once: { start, end } (or a Period), without the deprecated from / to';
export const RECEIVED_AFTER_AS_OF = (p: { receivedAt: string; asOf: string }): string =>
  `The dossier was received on ${p.receivedAt}, after asOf ${p.asOf}`;
export const INVALID_CUTOFF__dossierNoTime = (): string =>
  'A receipt cut-off (receiptCutoff) needs the time of receipt (an ISO date-time with an offset)';
export const INVALID_INPUT__dossierCutoffFormat = (): string => 'A receipt cut-off must be HH:MM (00:00–23:59)';
export const INVALID_INPUT__dossierCutoff = (p: { received: string }): string => `receiptCutoff must be HH:MM, received ${p.received}`;

// ——— tallies and rates ———
export const INVALID_TALLY = (p: { received: string }): string => `Expected a DossierTally, received ${p.received}`;
export const INVALID_TALLY__group = (p: { received: string }): string => `Expected a group of counts { total, … }, received ${p.received}`;
export const INVALID_TALLY__count = (p: { received: string }): string => `A count must be a non-negative integer, received ${p.received}`;
export const INVALID_TALLY__total = (p: { group: string; total: string; sum: number }): string =>
  `${p.group}.total is ${p.total} but its parts add up to ${p.sum}`;
export const INVALID_TALLY__calendar = (p: { received: string }): string =>
  `The calendar of a tally must be a calendar name (a string), received ${p.received}`;
export const INVALID_TALLY__calendars = (p: { names: string }): string =>
  `Tallies counted on different calendars (${p.names}) cannot be merged: count them again on one calendar`;
export const INPUT_TOO_LARGE__dossierSum = (): string => 'A sum of dossiers exceeds 2^53 − 1: it cannot be added exactly';
export const INVALID_TALLY__workload = (p: { bad: number; received: number }): string =>
  `Late and overdue dossiers (${p.bad}) exceed those received (${p.received})`;
export const INVALID_TALLY__row = (p: { received: string }): string => `Expected an aggregate row (an object), received ${p.received}`;
export const INVALID_TALLY__missingColumn = (p: { column: string }): string => `Missing column ${p.column}`;
export const INVALID_TALLY__columnTotal = (p: { column: string; total: number; sum: number }): string =>
  `Column ${p.column} is ${p.total} but its parts add up to ${p.sum}`;
export const INVALID_INPUT__dossierDenominator = (p: { choices: string; received: string; suggestion: string }): string =>
  `Unknown denominator ${p.received} (use ${p.choices})${p.suggestion ? ` — did you mean '${p.suggestion}'?` : ''}`;
export const INVALID_NUMBER__dossierMaxPoints = (p: { received: string }): string =>
  `maxPoints must be a non-negative number, received ${p.received}`;

// ——— columns ———
export const INVALID_INPUT__dossierReceivedColumn = (p: { received: string }): string =>
  `columns.received must be an Int32Array of day numbers, received ${p.received}`;
export const INVALID_INPUT__dossierColumn = (p: { name: string; types: string; length: number }): string =>
  `columns.${p.name} must be ${p.types} of length ${p.length}`;
export const INVALID_INPUT__dossierColumnsRules = (): string => 'Columns carry dates only: no receipt cut-off and no date-time comparison';
export const INVALID_INPUT__dossierGroups = (p: { length: number }): string => `groups must be { codes (length ${p.length}), count }`;
export const INVALID_INPUT__dossierGroupCode = (p: { received: string }): string => `Group code out of range: ${p.received}`;
export const INVALID_INPUT__dossierNoReceipt = (): string => 'The receipt day is missing';

// ——— SQL ———
export const INVALID_INPUT__dossierDialect = (p: { received: string }): string =>
  `dialect must be 'duckdb' or 'postgres', received ${p.received}`;
export const INVALID_INPUT__dossierSqlText = (p: { received: string }): string =>
  `Expected a non-empty SQL table name or expression (without ";"), received ${p.received}`;
export const INVALID_INPUT__dossierSqlGroupBy = (p: { received: string }): string =>
  `Unknown groupBy ${p.received} (use level, agency, procedure, channel, month or { expression })`;
export const INVALID_INPUT__dossierSqlCalendar = (): string =>
  'dossierSql counts working days on a calendar table: give its name as calendarTable (calendarTableSql(calendarRows(…)) writes it)';
export const INVALID_INPUT__dossierCalendarRows = (p: { received: string }): string =>
  `Expected an iterable of calendar rows { date, isWorkingDay, workingDayIndex }, received ${p.received}`;
export const INVALID_INPUT__dossierCalendarRow = (p: { received: string }): string => `Invalid calendar row: ${p.received}`;
export const UNSUPPORTED_SQL_OPTION = (): string => 'The SQL path compares dates only (compare: "date")';
export const UNSUPPORTED_SQL_OPTION__missingChannel = (): string =>
  'SQL cannot reject rows without a channel; check the data first (dossierSqlProblems)';
export const UNSUPPORTED_SQL_OPTION__cutoff = (): string => 'A receipt cut-off needs the time of receipt (columns.receivedSecond)';

// Provisional days (issue 13: _internal/tally-schema.ts)
export const INVALID_TALLY__provisional = (p: { provisional: number; received: number }): string =>
  `provisional (${p.provisional} records resting on provisional days) cannot exceed the records received (${p.received})`;
