// Public API of the indicator module, by name: indicator definitions, evaluation, the registry, national targets.
export {
  defineIndicator,
  IndicatorSpecSchema,
  IndicatorTargetSchema,
  type IndicatorDefinition,
  type IndicatorSpec,
  type IndicatorTarget,
  type IndicatorTerm,
} from './define-indicator.js';
export {
  evaluateIndicator,
  evaluateIndicatorByLevel,
  IndicatorValuesSchema,
  EvaluateIndicatorOptionsSchema,
  type IndicatorValues,
  type IndicatorValuesByLevel,
  type EvaluateIndicatorOptions,
  type IndicatorEvaluation,
  type IndicatorStatus,
} from './evaluate-indicator.js';
export { INDICATORS, getIndicator } from './registry.js';
export {
  NATIONAL_TARGETS,
  findNationalTargets,
  getNationalTarget,
  NationalTargetFilterSchema,
  type NationalTarget,
  type NationalTargetFilter,
  type NationalProgramme,
} from './national-targets.js';
