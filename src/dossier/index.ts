// Public API of the dossier module, by name.
export {
  DossierRecordSchema,
  DossierSupplementSchema,
  DossierExtensionSchema,
  DossierChannelSchema,
  DateOrTimestampSchema,
  DossierRulesInputSchema,
  DossierTallySchema,
} from './schemas.js';
export {
  DOSSIER_CHANNELS,
  KENH_THUC_HIEN_CHANNELS,
  parseDossierRecord,
  type DossierRecord,
  type DossierSupplement,
  type DossierExtension,
  type DossierChannel,
} from './record.js';
export {
  DOSSIER_RULE_PRESETS,
  resolveDossierRules,
  type DossierRules,
  type DossierRulesInput,
  type DossierRulePreset,
  type DossierSupplementWindow,
  type DossierOfficeHours,
  type RuleSource,
} from './rules.js';
export { CIVIL_SERVICE_OFFICE_HOURS, DOSSIER_RULES_IN_FORCE } from './rules-nd118.js';
export { dossierRulesInForce } from './rules-in-force.js';
export { DOSSIER_FINDING_CODES, type DossierFinding, type DossierFindingCode } from './findings.js';
export {
  classifyDossier,
  DOSSIER_STATUSES,
  type DossierStatus,
  type DossierClassification,
  type ClassifyDossierOptions,
} from './classify.js';
export {
  tallyDossiers,
  emptyTally,
  mergeTallies,
  checkTally,
  type DossierTally,
  type DossierGroupBy,
  type DossierPeriodOptions,
  type TallyDossiersOptions,
  type TallyDossiersSettings,
} from './tally.js';
export {
  onTimeRate,
  lateRate,
  overduePendingRate,
  qd766ProgressScore,
  averageProcessingTime,
  ON_TIME_DENOMINATORS,
  type OnTimeDenominator,
  type RateOptions,
  type OverduePendingRateOptions,
  type Qd766ProgressScoreOptions,
} from './rates.js';
export {
  tallyFromRow,
  tallyToRow,
  tallyAggregateRows,
  TALLY_COLUMNS,
  type TallyColumn,
  type TallyRowOptions,
  type TallyAggregateRowsOptions,
} from './aggregate-rows.js';
export {
  readDossiersCsv,
  readCsvRecords,
  MAX_CSV_FIELD_CHARS,
  MAX_CSV_ROW_CHARS,
  type CsvSource,
  type ReadCsvRecordsOptions,
  type DossierCsvField,
  type ReadDossiersCsvOptions,
  type RejectedCsvRow,
  type DossierCsvReport,
  type DossierCsvReader,
} from './csv.js';
export { DOSSIER_CSV_HEADER_ALIASES } from './csv-columns.js';
export {
  dossierSql,
  dossierSqlProblems,
  calendarTableSql,
  type DossierSqlProblemsOptions,
  type DossierSqlOptions,
  type DossierSqlSettings,
  type DossierSqlColumns,
  type SqlDialect,
} from './sql.js';
export {
  tallyDossierColumns,
  NO_DATE,
  CHANNEL_CODES,
  type DossierColumns,
  type TallyDossierColumnsOptions,
  type TallyDossierColumnsSettings,
} from './columnar.js';
export { MAX_EVENT_TEXT_LENGTH, MAX_COUNT_TEXT_LENGTH } from './limits.js';
export { QD766_DOSSIER_FACTS, type Qd766DossierFacts, type Qd766DossierFact, type Qd766Satisfaction } from './qd766-facts.js';
