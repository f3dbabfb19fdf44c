// Exported schemas of the streamlining functions (progress, pace, carry-over, target progress). Every object schema
// is strict: an unknown key is `UNKNOWN_KEY` with a suggestion ("did you mean 'targetPercent'?").
import * as s from '../core/schema.js';
import { CountSchema, IsoDateSchema, RoundingModeSchema, periodDescriptionShape } from '../core/schemas.js';
import { toDecimal, type DecimalInput } from '../core/decimal.js';
import { show } from '../core/errors.js';
import type { RateInput } from '../core/rate-input.js';
import { isFiniteDecimal, percentPoints, positiveCount, rate, readRate } from '../core/fields.js';
import type { TargetProgressInput } from './target-progress.js';
import type { StreamliningMeasure, StreamliningProgressInput } from './streamlining-progress.js';
import type { StreamliningPaceInput } from './streamlining-pace.js';
import type { CarryOverTargetInput } from './carry-over-target.js';
import * as vi from '../core/messages/vi/quota.js';
import * as en from '../core/messages/en/quota.js';

/**
 * Schema of {@link TargetProgressInput} (strict).
 *
 * @example
 * ```ts
 * import { TargetProgressInputSchema } from 'cchc';
 * TargetProgressInputSchema.safeParse({ achieved: 52, target: 100 }).success; // true
 * ```
 *
 * @category Quotas
 */
export const TargetProgressInputSchema: s.Schema<TargetProgressInput> = s.object({ achieved: CountSchema, target: CountSchema });

/**
 * Schema of {@link StreamliningMeasure}.
 *
 * @example
 * ```ts
 * import { StreamliningMeasureSchema } from 'cchc';
 * StreamliningMeasureSchema.safeParse('quota-cut').success; // true
 * ```
 *
 * @category Quotas
 */
export const StreamliningMeasureSchema: s.Schema<StreamliningMeasure> = s.oneOf(['quota-cut', 'persons-settled']);

const zeroTarget = (received: string) => {
  const p = { received };
  return { code: 'RATE_OUT_OF_RANGE' as const, vi: vi.RATE_OUT_OF_RANGE__quotaZeroTarget(p), en: en.RATE_OUT_OF_RANGE__quotaZeroTarget(p) };
};

/** A target in percent points of the base, > 0 and ≤ 100. */
const targetPercent = (): s.Schema<DecimalInput> =>
  percentPoints(100).refine(
    (v) => !toDecimal(v).isZero(),
    (v) => zeroTarget(`${show(v)}%`),
  );

/** A target as a share of the base (a {@link RateInput}), > 0 and ≤ 100%. */
const targetShare = (): s.Schema<RateInput> =>
  rate({ max: 1 }).refine(
    (v) => !readRate(v).value.isZero(),
    () => zeroTarget('0%'),
  );

/** The keys of a target given as a count, a percent or a share, with the rounding of a derived count. */
const targetShape = {
  target: CountSchema.optional(),
  targetPercent: targetPercent().optional(),
  targetShare: targetShare().optional(),
  targetRounding: RoundingModeSchema.optional(),
};

/**
 * Schema of {@link StreamliningProgressInput} (strict).
 *
 * @example
 * ```ts
 * import { StreamliningProgressInputSchema } from 'cchc';
 * StreamliningProgressInputSchema.safeParse({ base: 2838, target: 284, achieved: 189 }).success; // true
 * StreamliningProgressInputSchema.safeParse({ base: -1, achieved: 0 }).success; // false
 * StreamliningProgressInputSchema.issuesOf({ base: 2838, targetPrecent: 10, achieved: 189 })[0]?.suggestion; // 'targetPercent'
 * ```
 *
 * @category Quotas
 */
export const StreamliningProgressInputSchema: s.Schema<StreamliningProgressInput> = s.object({
  base: positiveCount(),
  ...targetShape,
  measure: StreamliningMeasureSchema.optional(),
  achieved: CountSchema,
});

/**
 * Schema of {@link StreamliningPaceInput} (strict; the description keys of a `Period` are accepted with its bounds).
 *
 * @example
 * ```ts
 * import { StreamliningPaceInputSchema } from 'cchc';
 * const input = { target: 1, achieved: 0, start: '2020-01-01', end: '2020-12-31', asOf: '2020-13-01' };
 * StreamliningPaceInputSchema.safeParse(input).success; // false
 * ```
 *
 * @category Quotas
 */
export const StreamliningPaceInputSchema: s.Schema<StreamliningPaceInput> = s.object({
  target: CountSchema,
  achieved: CountSchema,
  start: IsoDateSchema,
  end: IsoDateSchema,
  asOf: IsoDateSchema,
  ...periodDescriptionShape,
}) as s.Schema<StreamliningPaceInput>;

const finiteDecimal = s.guard('decimal', isFiniteDecimal, 'một Decimal hữu hạn', 'a finite Decimal', { type: 'number' });
const ratioObject = s.object({ value: finiteDecimal, numerator: s.unknown(), denominator: s.unknown() }).anyObject();

/**
 * The earlier period of a carry-over: `{ target, achieved }`, or a result of `streamliningProgress` /
 * `targetProgress` passed back in. A result is re-validated: its figures must be counts and agree with each other.
 */
const previousPeriod = s
  .object({
    target: CountSchema,
    achieved: CountSchema,
    // The keys of a progress result (checked, not used).
    measure: StreamliningMeasureSchema.optional(),
    base: positiveCount().optional(),
    ofBase: ratioObject.optional(),
    ofTarget: ratioObject.nullable().optional(),
    remaining: CountSchema.optional(),
    surplus: CountSchema.optional(),
    met: s.boolean().optional(),
    derivedTarget: s
      .object({ percent: finiteDecimal, exact: finiteDecimal, rounding: RoundingModeSchema, meetsPercent: s.boolean() })
      .anyObject()
      .optional(),
  })
  .anyObject()
  .refine(
    (p) =>
      (p.remaining === undefined || p.remaining === Math.max(0, p.target - p.achieved)) &&
      (p.surplus === undefined || p.surplus === Math.max(0, p.achieved - p.target)) &&
      (p.met === undefined || p.met === p.achieved >= p.target),
    (p) => {
      const q = { target: p.target, achieved: p.achieved };
      return { code: 'INVALID_INPUT', vi: vi.INVALID_INPUT__quotaProgressMismatch(q), en: en.INVALID_INPUT__quotaProgressMismatch(q) };
    },
  );

/**
 * Schema of {@link CarryOverTargetInput} (strict).
 *
 * @example
 * ```ts
 * import { CarryOverTargetInputSchema } from 'cchc';
 * CarryOverTargetInputSchema.safeParse({ previous: { target: 1, achieved: 0 }, current: { base: 10, target: 1 } }).success; // true
 * ```
 *
 * @category Quotas
 */
export const CarryOverTargetInputSchema: s.Schema<CarryOverTargetInput> = s.object({
  previous: previousPeriod,
  current: s.object({ base: positiveCount(), ...targetShape }),
}) as s.Schema<CarryOverTargetInput>;
