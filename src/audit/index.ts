// Public API of the audit layer, by name.
export {
  AuditFindingSchema,
  makeFinding,
  summarizeFindings,
  sortFindings,
  type AuditFinding,
  type FindingSeverity,
  type FindingValue,
} from './finding.js';
export {
  auditParTable,
  ParTableRowSchema,
  AuditParTableOptionsSchema,
  type ParTableRow,
  type AuditParTableOptions,
} from './par-table.js';
