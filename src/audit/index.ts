// Public API of the audit layer, by name.
export {
  makeFinding,
  summarizeFindings,
  sortFindings,
  type AuditFinding,
  type FindingSeverity,
  type FindingValue,
  type MakeFindingInput,
} from './finding.js';
export { AuditFindingSchema, MakeFindingInputSchema } from './finding-schema.js';
export { MAX_AUDIT_NUMBER_DIGITS, MAX_PRINTED_FIGURE_LENGTH } from './limits.js';
export type { AuditTarget } from './target.js';
export { auditTableSums, type SumTable, type SumTableColumn, type SumTableRow } from './table-sums.js';
export { auditIdentity, type IdentityInput } from './identity.js';
export { auditPrintedRate, type PrintedRateInput } from './printed-rate.js';
export { auditShares, type SharesInput, type SharesItem } from './shares.js';
export { auditParts, type PartsInput, type PartsExplanation } from './parts.js';
export { auditSameValue, type SameValueInput } from './same-value.js';
export { auditClaim, type ClaimInput } from './claim.js';
export {
  AuditTargetSchema,
  SumTableSchema,
  IdentityInputSchema,
  PrintedRateInputSchema,
  SharesInputSchema,
  PartsInputSchema,
  SameValueInputSchema,
  ClaimInputSchema,
  ParTableRowSchema,
  AuditParTableOptionsSchema,
} from './schemas.js';
export {
  ReportSchema,
  ReportSectionSchema,
  ReportFigureSchema,
  ReportTableSchema,
  ReportCheckSchema,
  ReportDossierTableSchema,
  FigureIdSchema,
  FigureRefSchema,
  getReportFigure,
  type Report,
  type ReportSection,
  type ReportFigure,
  type ReportTable,
  type ReportCheck,
  type ReportDossierTable,
  type FigureRef,
  type ReportLabelled,
  type ReportCheckBase,
  type ResolvedFigure,
} from './report-schema.js';
export { auditReport, toDossierTableInput, isDossierTableFinding, DOSSIER_TABLE_LOCATION_PREFIX } from './report.js';
export {
  auditDossierTable,
  type AuditDossierTableInput,
  type DossierTableRow,
  type DossierTableCount,
  type PrintedDossierRate,
  type PrintedOverdueRate,
  type PrintedShareRate,
} from './dossier-table.js';
export { auditParTable, type ParTableRow, type AuditParTableOptions } from './par-table.js';
export type { PrintedFigure } from './printed-figure.js';
export { auditChange, type ChangeInput } from './change.js';
export type { ChangeReading } from './_internal/changes.js';
export { ChangeInputSchema } from './schemas.js';
export { auditSipasTable, SIPAS_COMPONENTS, type SipasTableRow, type SipasComponent, type AuditSipasTableOptions } from './sipas-table.js';
export { SipasTableRowSchema, AuditSipasTableOptionsSchema } from './schemas.js';
export { impliedBase, auditImpliedBase, type ImpliedBase, type ImpliedBaseOptions, type ImpliedBaseInput } from './implied-base.js';
export { ImpliedBaseInputSchema } from './schemas.js';
export { auditTaskSummary, type TaskSummaryInput, type TaskRate, type TaskRateDenominator } from './task-summary.js';
export { TaskSummaryInputSchema } from './schemas.js';
export { auditDocument, AUDIT_DOCUMENT_TYPES, AUDIT_CHECK_KINDS, type AuditDocument, type AuditCheck } from './document.js';
export { AuditDocumentSchema, AuditCheckSchema, AuditDossierTableInputSchema, auditInputJsonSchema } from './document-schema.js';
export { AUDIT_FINDING_CODES, type AuditFindingCode, type AuditFindingCodeInfo } from './finding-codes.js';
