// Public API of the qd766 module (the QĐ 766/QĐ-TTg service index: methodologies as data, measuring from records,
// scoring, periods, SQL, audit of printed scores).
export { QD766_SOURCES } from './sources.js';
export { QD766_PORTAL, QD766_PORTAL_SPEC, QD766_2022, QD766_2022_SPEC } from './methodologies.js';
export {
  QD766_EDITIONS,
  QD766_PORTAL_LEVEL_POLICY,
  QD766_COMMUNE_FULL_MARKS_POLICY,
  QD766_LEVEL_POLICIES,
  qd766CommuneFullMarksMethodology,
  qd766Methodology,
  type Qd766EditionStatus,
  type Qd766Edition,
  type Qd766LevelPolicy,
  type Qd766MethodologyOptions,
  type Qd766MethodologyChoice,
} from './editions.js';
export {
  QD766_PROCEDURE_COMPONENTS,
  QD766_PAKN_HANDLING_DAYS,
  QD766_PUBLICATION_LIMITS,
  type Qd766DossierRecord,
  type Qd766ProcedureComponent,
  type TthcCatalogueRecord,
  type PaknRecord,
} from './records.js';
export { QD766_NUMERATORS } from './counted.js';
export {
  measure766,
  type Qd766Sources,
  type Measure766Options,
  type Qd766IndicatorStatus,
  type Qd766Indicator,
  type Qd766Measurement,
} from './measure.js';
export { Qd766DossierFactsSchema, TthcCatalogueRecordSchema, PaknRecordSchema } from './schemas.js';
export { score766, lostPoints766, type Score766Options, type Qd766GroupScore, type Qd766Score, type Qd766LostPoints } from './score.js';
export { qd766Sql, measure766FromRows, type Qd766SqlOptions, type Qd766SqlFactColumns } from './sql.js';
export { audit766Scores, type Qd766PrintedScore, type Audit766Options } from './audit.js';
export { QD766_PORTAL_PERIODS, QD766_WEEK_END, qd766WeeklySnapshot, type Qd766WeeklySnapshotOptions } from './period.js';
export { QD766_2022_INFERRED_GROUPING, regroup766To2022 } from './regroup.js';
export { tthcCatalogueFromCsvRows, paknFromCsvRows, type Qd766CsvOptions, type Qd766RejectedRow } from './csv-rows.js';
export type { Qd766Need } from '../core/messages/en/qd766.js';
