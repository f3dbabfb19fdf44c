// Public API of the indicator module, by name: indicator definitions, evaluation, the registry, national targets.
export {
  defineIndicator,
  type IndicatorDefinition,
  type IndicatorSpec,
  type IndicatorSpecFields,
  type IndicatorSpecName,
  type IndicatorSpecSources,
  type IndicatorTarget,
  type IndicatorTerm,
  type IndicatorValidity,
} from './define-indicator.js';
export {
  evaluateIndicator,
  evaluateIndicatorByLevel,
  type IndicatorValues,
  type IndicatorValuesByLevel,
  type EvaluateIndicatorOptions,
  type IndicatorEvaluation,
  type IndicatorStatus,
} from './evaluate-indicator.js';
export { IndicatorSpecSchema, IndicatorTargetSchema, IndicatorValuesSchema, EvaluateIndicatorOptionsSchema } from './indicator-schema.js';
export { INDICATORS, getIndicator } from './registry.js';
export {
  NATIONAL_TARGETS,
  findNationalTargets,
  getNationalTarget,
  type NationalTarget,
  type NationalTargetFilter,
  type NationalProgramme,
} from './national-targets.js';
export { NationalTargetFilterSchema } from './national-targets-schema.js';
