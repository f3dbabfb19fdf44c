// Public API of the core layer, by name. Internal helpers (`issue`, `fail`, `_internal/*`) are not re-exported.
export { CCHC_ERROR_CODES, CCHC_ERROR_CODE_MODULES, type CchcErrorCode, type CchcModule } from './error-codes.js';
export { CCHC_ERROR_CODE_ALIASES } from './error-code-aliases.js';
export { CchcError, isCchcError, MAX_ISSUES, type CchcIssue, type CchcPath } from './errors.js';
export { zodIssuesToCchc, type ZodIssueLike } from './validate.js';
export {
  Schema,
  MAX_INPUT_DEPTH,
  type Infer,
  type SafeParseResult,
  type ParseOptions,
  type SchemaContext,
  type JsonSchemaDefs,
  type AnySchema,
  type Shape,
  type ObjectOf,
  type OptionalKeys,
  type RequiredKeys,
  type Simplify,
  type OptionalSchema,
  type ObjectSchema,
  type StringSchema,
  type NumberSchema,
  type BooleanSchema,
  type LiteralSchema,
  type UnknownSchema,
  type CustomSchema,
  type ArraySchema,
  type RecordSchema,
  type UnionSchema,
  type DiscriminatedUnionSchema,
  type LazySchema,
} from './schema.js';
export { suggestKey } from './suggest.js';
export type { BilingualText } from './bilingual.js';
export type { SourceRef, SourceReliability } from './source-ref.js';
export { dateRangeContains, type DateRange } from './date-range.js';
export { rateOf, type RateInput, type RateOfOptions } from './rate-input.js';
export {
  IsoDateSchema,
  IsoTimestampSchema,
  AdminLevelSchema,
  LocaleSchema,
  RoundingModeSchema,
  CountSchema,
  RatioInputSchema,
  RateInputSchema,
  DateRangeSchema,
  PeriodSchema,
  BilingualTextSchema,
  SourceRefSchema,
  CheckPrintedRateInputSchema,
  CheckSumInputSchema,
} from './schemas.js';
export { PublicCchcDecimal as CchcDecimal, type DecimalInput } from './decimal.js';
export {
  MAX_TEXT_LENGTH,
  MAX_NUMBER_DIGITS,
  MAX_APPROXIMATE_TEXT_LENGTH,
  MAX_UNKNOWN_KEYS,
  MAX_PROVINCE_NAME_LENGTH,
  LIMITS,
} from './limits.js';
export { ROUNDING_MODES, roundDecimal, type RoundingMode } from './rounding.js';
export type { Locale } from './locale.js';
export {
  ratio,
  quantityRatio,
  type Ratio,
  type QuantityRatio,
  type RatioLike,
} from './ratio.js';
export { percent, exactPercent, type PercentOptions } from './percent.js';
export { formatNumber, type FormatNumberOptions } from './format-number.js';
export { formatPercent, formatPercentPoints, type FormatPercentOptions } from './format-percent.js';
export { parseViNumber, parseViPercent, type ParseViPercentOptions } from './parse-vi-number.js';
export {
  parseViApproximate,
  type ApproximateFigure,
  type ApproximateQualifier,
  type ParseViApproximateOptions,
} from './parse-vi-approximate.js';
export {
  checkPrintedRate,
  type CheckPrintedRateInput,
  type PrintedRateCheck,
  type PrintedRateVerdict,
} from './check-printed-rate.js';
export { checkSum, type CheckSumInput, type SumCheck } from './check-sum.js';
export { largestRemainder, type LargestRemainderOptions } from './largest-remainder.js';
export {
  isIsoDate,
  parseIsoDate,
  toDayNumber,
  fromDayNumber,
  addDays,
  daysBetween,
  dayOfWeek,
  type IsoDate,
} from './iso-date.js';
export {
  parseTimestamp,
  isIsoTimestamp,
  VIETNAM_OFFSET_MINUTES,
  type IsoTimestamp,
  type ParsedTimestamp,
  type ParseTimestampOptions,
} from './timestamp.js';
export {
  parsePeriod,
  periodContains,
  weekPeriod,
  type Period,
  type PeriodKind,
  type ParsePeriodOptions,
  type WeekPeriodOptions,
} from './period.js';
export {
  ADMIN_LEVEL_LABELS,
  TWO_LEVEL_GOVERNMENT_FROM,
  adminLevelLabel,
  parseAdminLevel,
  adminLevelsOn,
  type AdminLevel,
  type AdminLevelLabelOptions,
} from './admin-level.js';
