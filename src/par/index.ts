// Public API of the par module (PAR INDEX scoring: methodologies as data, scores, classes, ranks, targets, gaps).
export {
  LEAF_RULE_KINDS,
  type ParChannel,
  type ParNumberInput,
  type TierSpec,
  type PercentBandSpec,
  type LeafRuleSpec,
  type LeafRuleKind,
  type Tier,
  type PercentBand,
  type TieredRule,
  type PercentBandsRule,
  type ProportionalRuleSpec,
  type ProportionalRule,
  type WhenEmpty,
  type LeafRule,
} from './rule.js';
export { parseRuleText, formatRuleText } from './rule-text.js';
export type {
  NodeRole,
  NodeLevel,
  MethodologyNodeSpec,
  MethodologySource,
  MethodologySpec,
  MethodologyNode,
  Methodology,
  UnitLevelTreatment,
  MethodologyPartSpec,
  MethodologyPart,
  LeafRounding,
} from './methodology.js';
export { defineMethodology } from './define-methodology.js';
export { withUnitLevelTreatments, type UnitLevelTreatments, type WithUnitLevelTreatmentsOptions } from './with-unit-level-treatments.js';
export { MAX_METHODOLOGY_DEPTH, MAX_CODE_LENGTH, MAX_RULE_TEXT_LENGTH } from './limits.js';
export {
  methodologyFromRows,
  methodologyToRows,
  type MethodologyRow,
  type MethodologyRowOut,
  type MethodologyFromRowsOptions,
  type MethodologyToRowsOptions,
} from './methodology-rows.js';
export {
  scoreAssessment,
  type LeafInput,
  type AssessmentInputs,
  type ScoreAssessmentOptions,
  type NodeScoreStatus,
  type ScoreBasis,
  type NodeScore,
  type ScorePart,
  type ScoreTotal,
  type AssessmentScore,
} from './score-assessment.js';
export {
  compareAssessments,
  type CompareAssessmentsInput,
  type CompareAssessmentsOptions,
  type NodeComparison,
  type AssessmentComparison,
} from './compare-assessments.js';
export { classify } from './classify.js';
export type { ClassBand, ClassBandSpec, ClassBoundInput, ClassScheme, ClassPreset, UnknownClass } from './class-scheme.js';
export { PAR_INDEX_GROUPS, HUE_PAR_CLASSES } from './class-presets.js';
export { rankUnits, type RankItem, type RankUnitsOptions, type RankedUnit } from './rank-units.js';
export { gradeDistribution, type GradeDistributionOptions, type GradeCount, type GradeDistribution } from './grade-distribution.js';
export { rankTarget, type RankTargetInput, type RankTargetStatus, type RankTargetResult } from './rank-target.js';
export { pointsToTarget, type PointsToTarget } from './points-to-target.js';
export { lostPoints, type LostPointsOptions, type LostPointsItem, type PointsRecovery } from './lost-points.js';
export {
  ParChannelSchema,
  ParNumberInputSchema,
  LeafRuleSpecSchema,
  NodeRoleSchema,
  MethodologyNodeSpecSchema,
  MethodologySourceSchema,
  MethodologySpecSchema,
  MethodologyRowSchema,
  MethodologyFromRowsOptionsSchema,
  MethodologyToRowsOptionsSchema,
  LeafInputSchema,
  AssessmentInputsSchema,
  ScoreAssessmentOptionsSchema,
  CompareAssessmentsInputSchema,
  CompareAssessmentsOptionsSchema,
  ClassBandSchema,
  ClassSchemeSchema,
  RankItemSchema,
  RankUnitsOptionsSchema,
  GradeDistributionOptionsSchema,
  GradeDistributionValuesSchema,
  RankTargetInputSchema,
  LostPointsOptionsSchema,
} from './schemas.js';
