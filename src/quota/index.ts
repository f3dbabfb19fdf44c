// Public API of the quota module, by name: streamlining (tinh giản biên chế), unit reductions, disbursement,
// financial autonomy.
export {
  STREAMLINING_TARGETS,
  getStreamliningTarget,
  type StreamliningTarget,
  type StreamliningScope,
} from './streamlining-targets.js';
export { targetProgress, TargetProgressInputSchema, type TargetProgress, type TargetProgressInput } from './target-progress.js';
export {
  streamliningProgress,
  StreamliningProgressInputSchema,
  StreamliningMeasureSchema,
  type StreamliningProgress,
  type StreamliningProgressInput,
  type StreamliningMeasure,
} from './streamlining-progress.js';
export { streamliningPace, StreamliningPaceInputSchema, type StreamliningPace, type StreamliningPaceInput } from './streamlining-pace.js';
export {
  carryOverTarget,
  CarryOverTargetInputSchema,
  KL40_CARRY_OVER_SOURCE,
  type CarryOverTarget,
  type CarryOverTargetInput,
} from './carry-over-target.js';
export {
  unitReduction,
  UnitEventSchema,
  UnitReductionOptionsSchema,
  UNIT_EVENT_KINDS,
  type UnitEvent,
  type UnitEventInfo,
  type UnitEventEffect,
  type UnitReduction,
  type UnitReductionOptions,
} from './unit-reduction.js';
export {
  disbursementRate,
  disbursementDeadline,
  DISBURSEMENT_TARGET_95,
  DisbursementRateInputSchema,
  DisbursementPlanKindSchema,
  DisbursementTargetSchema,
  type DisbursementRate,
  type DisbursementRateInput,
  type DisbursementPlanKind,
  type DisbursementTarget,
} from './disbursement.js';
export {
  AUTONOMY_REGIMES,
  AutonomyRegimeIdSchema,
  type AutonomyRegime,
  type AutonomyRegimeId,
  type AutonomyBand,
  type AutonomyBound,
} from './autonomy-regimes.js';
export {
  autonomyGroup,
  selfFinancingRatio,
  AutonomyGroupOptionsSchema,
  SelfFinancingRatioInputSchema,
  type AutonomyClassification,
  type AutonomyGroupOptions,
  type SelfFinancingRatioInput,
} from './autonomy-group.js';
