// Public API of the core layer, by name. Internal helpers (`issue`, `fail`, `_internal/*`) are not re-exported.
export { CCHC_ERROR_CODES, type CchcErrorCode } from './error-codes.js';
export { CchcError, isCchcError, type CchcIssue, type CchcPath } from './errors.js';
export { zodIssuesToCchc } from './validate.js';
export { CchcDecimal, type DecimalInput } from './decimal.js';
export { ROUNDING_MODES, RoundingModeSchema, roundDecimal, type RoundingMode } from './rounding.js';
export { LocaleSchema, type Locale } from './locale.js';
export {
  ratio,
  quantityRatio,
  CountSchema,
  RatioInputSchema,
  type Ratio,
  type QuantityRatio,
  type RatioLike,
} from './ratio.js';
export { percent, exactPercent, type PercentOptions } from './percent.js';
export { formatNumber, type FormatNumberOptions } from './format-number.js';
export { formatPercent, formatPercentPoints, type FormatPercentOptions } from './format-percent.js';
export { parseViNumber, parseViPercent, type ParseViPercentOptions } from './parse-vi-number.js';
export {
  checkPrintedRate,
  CheckPrintedRateInputSchema,
  type CheckPrintedRateInput,
  type PrintedRateCheck,
  type PrintedRateVerdict,
} from './check-printed-rate.js';
export { checkSum, CheckSumInputSchema, type CheckSumInput, type SumCheck } from './check-sum.js';
export { largestRemainder, type LargestRemainderOptions } from './largest-remainder.js';
export {
  IsoDateSchema,
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
  IsoTimestampSchema,
  VIETNAM_OFFSET_MINUTES,
  type IsoTimestamp,
  type ParsedTimestamp,
  type ParseTimestampOptions,
} from './timestamp.js';
export {
  parsePeriod,
  periodContains,
  PeriodSchema,
  type Period,
  type PeriodKind,
  type ParsePeriodOptions,
} from './period.js';
export {
  AdminLevelSchema,
  ADMIN_LEVEL_LABELS,
  TWO_LEVEL_GOVERNMENT_FROM,
  adminLevelLabel,
  parseAdminLevel,
  adminLevelsOn,
  type AdminLevel,
} from './admin-level.js';
