// English messages of the audit module, keyed by error code (`CODE__variant` for further texts of a code).
// Same keys and parameters in ../vi and ../en. Parameters are already formatted values (`show(x)`), never raw input.

// ——— findings ———
export const INVALID_INPUT__findings = (p: { received: string }): string =>
  `Expected an array of findings (AuditFinding[]), received ${p.received}`;
export const INVALID_INPUT__finding = (p: { received: string }): string => `Expected a finding (AuditFinding), received ${p.received}`;
export const INVALID_INPUT__findingSeverity = (p: { index: number; received: string }): string =>
  `Finding ${p.index} needs a severity 'error', 'warning' or 'info', received ${p.received}`;
export const INVALID_INPUT__findingMessage = (): string =>
  'A finding needs a message { vi, en } (or the deprecated messageVi and messageEn)';
export const INVALID_INPUT__auditLabel = (p: { key: string }): string =>
  `Expected ${p.key} { vi, en } (or the deprecated ${p.key}Vi and ${p.key}En)`;

// ——— numbers read by the audits ———
export const INPUT_TOO_LARGE__auditDigits = (p: { max: number; digits: string }): string =>
  `A number with too many digits (${p.digits}, at most ${p.max}): not a figure of a report`;
export const TEXT_TOO_LONG__auditPrinted = (p: { max: number; length: number }): string =>
  `Printed figure too long: ${p.length} characters, at most ${p.max}`;
export const INVALID_INPUT__auditNegative = (p: { received: string }): string => `Must not be negative, received ${p.received}`;
export const INVALID_INPUT__auditZeroDenominator = (): string => 'The denominator must not be 0';
export const INVALID_INPUT__auditDecimal = (): string => 'a finite number (number, bigint or Decimal)';
export const INVALID_INPUT__auditParNumber = (): string => 'a number (number, bigint, Decimal or a number text such as "51,75")';

// ——— report model ———
export const INVALID_INPUT__figureId = (): string => 'An id of letters, digits and _ . : - (e.g. "II.5.1.disbursed")';
export const INVALID_INPUT__reportRowKey = (): string => 'A row key of letters, digits, _ and -';
export const DUPLICATE_FIGURE_ID__figure = (p: { id: string }): string => `Figure id "${p.id}" is used twice`;
export const DUPLICATE_FIGURE_ID__table = (p: { id: string }): string => `Table id "${p.id}" is used twice`;
export const DUPLICATE_FIGURE_ID__row = (p: { table: string; row: string }): string => `Table "${p.table}" has two rows "${p.row}"`;
export const DUPLICATE_FIGURE_ID__check = (p: { id: string }): string => `Check id "${p.id}" is used twice`;
export const UNKNOWN_FIGURE_REF__column = (p: { table: string; key: string }): string => `Table "${p.table}" has no column "${p.key}"`;
export const UNKNOWN_FIGURE_REF__totalRow = (p: { table: string; row: string }): string => `Table "${p.table}" has no total row "${p.row}"`;
export const UNKNOWN_FIGURE_REF = (p: { id: string }): string => `No figure ${p.id} in the report`;
export const INVALID_INPUT__shareItem = (): string => 'Each item needs a `figure` or a `labelVi`';
export const INVALID_COUNT__figure = (p: { id: string; received: string }): string =>
  `Count "${p.id}" must be an integer, received ${p.received}`;
export const INVALID_COUNT__auditCount = (p: { received: string }): string =>
  `A count must be a non-negative integer, received ${p.received}`;

// ——— dossier tables ———
export const INVALID_INPUT__dossierTableRows = (p: { received: string }): string => `Expected { rows: [...] }, received ${p.received}`;
export const INVALID_INPUT__dossierTableLabel = (): string => 'Every row needs a string label';
export const INVALID_COUNT__dossierTableGroup = (p: { received: string }): string =>
  `Expected a count or an object, received ${p.received}`;
export const INVALID_INPUT__dossierTableRate = (p: { received: string }): string =>
  `Expected the printed rate as text ("99,26%"), received ${p.received}`;
export const INVALID_INPUT__dossierTableDenominator = (p: { received: string; allowed: string }): string =>
  `Unknown denominator ${p.received} (use ${p.allowed})`;
export const INVALID_INPUT__dossierTableTotal = (p: { received: string }): string => `No row is labelled ${p.received}`;

// ——— PAR tables ———
export const INVALID_INPUT__parTableRows = (p: { received: string }): string => `Expected an array of rows, received ${p.received}`;
export const INVALID_INPUT__parTableUnit = (p: { index: number }): string => `Row ${p.index} needs a unit name`;
export const INVALID_NUMBER__parTableMaxPoints = (): string => 'maxPoints must be above 0';
export const PAR_INVALID_RANK__parTableRank = (p: { received: string }): string => `A rank must be an integer ≥ 1, received ${p.received}`;

// ——— changes, ranks, printed figures (issue 16) ———
export const INVALID_NUMBER__auditChange = (p: { received: string }): string =>
  `Cannot read the change ${p.received} (e.g. "tăng 2,1 điểm", "giảm 7 bậc", "tăng 0,85%", "+5,83%", "giữ nguyên", "from 10.85% to 1.31%")`;
export const PAR_INVALID_RANK__rankText = (p: { received: string }): string =>
  `Cannot read the rank ${p.received} (e.g. 5, "thứ 2", "9/63", "2nd out of 63", "dẫn đầu", "đứng cuối")`;
export const INVALID_INPUT__impliedBaseRate = (p: { received: string }): string =>
  `A rate of ${p.received} implies no base: the rate must be above 0`;
