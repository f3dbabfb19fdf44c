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
  auditDossierTable,
  type AuditDossierTableInput,
  type DossierTableRow,
  type PrintedDossierRate,
  type PrintedOverdueRate,
} from './dossier-table.js';
