// Public API of the par module (PAR INDEX scoring: methodologies as data, scores, classes, ranks, targets, gaps).
export {
  ParChannelSchema,
  ParNumberInputSchema,
  LeafRuleSpecSchema,
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
  type LeafRule,
} from './rule.js';
export { parseRuleText, formatRuleText } from './rule-text.js';
export {
  defineMethodology,
  NodeRoleSchema,
  MethodologyNodeSpecSchema,
  MethodologySourceSchema,
  MethodologySpecSchema,
  type NodeRole,
  type NodeLevel,
  type MethodologyNodeSpec,
  type MethodologySource,
  type MethodologySpec,
  type MethodologyNode,
  type Methodology,
} from './methodology.js';
export {
  methodologyFromRows,
  methodologyToRows,
  MethodologyRowSchema,
  MethodologyFromRowsOptionsSchema,
  MethodologyToRowsOptionsSchema,
  type MethodologyRow,
  type MethodologyRowOut,
  type MethodologyFromRowsOptions,
  type MethodologyToRowsOptions,
} from './methodology-rows.js';
export {
  scoreAssessment,
  LeafInputSchema,
  AssessmentInputsSchema,
  ScoreAssessmentOptionsSchema,
  type LeafInput,
  type AssessmentInputs,
  type ScoreAssessmentOptions,
  type NodeScoreStatus,
  type NodeScore,
  type ScorePart,
  type ScoreTotal,
  type AssessmentScore,
} from './score-assessment.js';
export {
  compareAssessments,
  CompareAssessmentsInputSchema,
  CompareAssessmentsOptionsSchema,
  type CompareAssessmentsInput,
  type CompareAssessmentsOptions,
  type NodeComparison,
  type AssessmentComparison,
} from './compare-assessments.js';
export { classify, ClassBandSchema, ClassSchemeSchema, type ClassBand, type ClassScheme } from './classify.js';
export { PAR_INDEX_GROUPS, HUE_PAR_CLASSES } from './class-presets.js';
export { rankUnits, RankItemSchema, RankUnitsOptionsSchema, type RankItem, type RankUnitsOptions, type RankedUnit } from './rank-units.js';
export {
  gradeDistribution,
  GradeDistributionOptionsSchema,
  GradeDistributionValuesSchema,
  type GradeDistributionOptions,
  type GradeCount,
  type GradeDistribution,
} from './grade-distribution.js';
export { rankTarget, RankTargetInputSchema, type RankTargetInput, type RankTargetStatus, type RankTargetResult } from './rank-target.js';
export { pointsToTarget, type PointsToTarget } from './points-to-target.js';
export { lostPoints, LostPointsOptionsSchema, type LostPointsOptions, type LostPointsItem } from './lost-points.js';
