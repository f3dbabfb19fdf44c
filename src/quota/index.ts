// Public API of the quota module, by name: streamlining (tinh giản biên chế), unit reductions, disbursement,
// financial autonomy.
export {
  STREAMLINING_TARGETS,
  getStreamliningTarget,
  type StreamliningTarget,
  type StreamliningScope,
} from './streamlining-targets.js';
export {
  STAFFING_TARGETS_2026_2031,
  provincialStaffingCuts,
  type StaffingTarget,
  type StaffingCutRule,
} from './staffing-targets.js';
export { STREAMLINING_REGIMES, streamliningRegimeOn, type StreamliningRegime } from './streamlining-regimes.js';
export { targetProgress, type TargetProgress, type TargetProgressInput } from './target-progress.js';
export {
  streamliningProgress,
  type StreamliningProgress,
  type StreamliningProgressInput,
  type StreamliningMeasure,
} from './streamlining-progress.js';
export { streamliningPace, type StreamliningPace, type StreamliningPaceInput } from './streamlining-pace.js';
export { carryOverTarget, KL40_CARRY_OVER_SOURCE, type CarryOverTarget, type CarryOverTargetInput } from './carry-over-target.js';
export {
  TargetProgressInputSchema,
  StreamliningProgressInputSchema,
  StreamliningMeasureSchema,
  StreamliningPaceInputSchema,
  CarryOverTargetInputSchema,
} from './streamlining-schema.js';
export {
  unitReduction,
  UNIT_EVENT_KINDS,
  type UnitEvent,
  type UnitEventInfo,
  type UnitEventEffect,
  type UnitReduction,
  type UnitReductionOptions,
} from './unit-reduction.js';
export { UnitEventSchema, UnitReductionOptionsSchema } from './unit-reduction-schema.js';
export {
  disbursementRate,
  disbursementDeadline,
  DISBURSEMENT_TARGET_95,
  type DisbursementRate,
  type DisbursementRateInput,
  type DisbursementPlanKind,
  type DisbursementTarget,
} from './disbursement.js';
export { DisbursementRateInputSchema, DisbursementPlanKindSchema, DisbursementTargetSchema } from './disbursement-schema.js';
export {
  AUTONOMY_REGIMES,
  type AutonomyRegime,
  type AutonomyRegimeId,
  type AutonomyBand,
  type AutonomyBound,
} from './autonomy-regimes.js';
export {
  autonomyGroup,
  selfFinancingRatio,
  type AutonomyClassification,
  type AutonomyGroupOptions,
  type SelfFinancingRatioInput,
} from './autonomy-group.js';
export { AutonomyRegimeIdSchema, AutonomyGroupOptionsSchema, SelfFinancingRatioInputSchema } from './autonomy-schema.js';
// SourceRef moved to the core layer (one citation shape for every module); kept here for existing imports.
export type { SourceRef, SourceReliability } from '../core/source-ref.js';
export { SourceRefSchema } from '../core/schemas.js';
