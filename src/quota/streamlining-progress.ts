import { z } from 'zod';
import type { Decimal } from 'decimal.js';
import { issue, type CchcIssue } from '../core/errors.js';
import { toDecimal, type DecimalInput } from '../core/decimal.js';
import { ratio, type Ratio } from '../core/ratio.js';
import { roundDecimal, type RoundingMode } from '../core/rounding.js';
import { RoundingModeSchema } from '../core/_zod-legacy.js';
import { parseWithSchema } from '../core/_zod-legacy.js';
import { countField, percentField, positiveCountField, throwIfAny } from './_internal/fields.js';
import { atMostIssue, buildTargetProgress } from './target-progress.js';

/**
 * Which streamlining figure is measured (thước đo tinh giản). The two are different things and must not be mixed:
 * - `quota-cut`: the reduction of the assigned quota (biên chế giao) — what the Party and Government targets count;
 * - `persons-settled`: the number of people whose streamlining benefits were settled (số người đã giải quyết chính
 *   sách tinh giản theo NĐ 108/2014, NĐ 29/2023 …).
 *
 * Source: the Government reports both, e.g. a civil-servant quota cut of 5,381 (−5.03% vs 2021) and 95,954 people
 * settled in 2015–2024 (Lao Động, https://news.laodong.vn/thoi-su/thuc-hien-tinh-gian-5-bien-che-cong-chuc-den-nam-2026-1592818.ldo).
 *
 * @example
 * ```ts
 * import type { StreamliningMeasure } from 'cchc';
 * const measure: StreamliningMeasure = 'persons-settled';
 * ```
 */
export type StreamliningMeasure = 'quota-cut' | 'persons-settled';

/**
 * Schema of {@link StreamliningMeasure}.
 *
 * @example
 * ```ts
 * import { StreamliningMeasureSchema } from 'cchc';
 * StreamliningMeasureSchema.safeParse('quota-cut').success; // true
 * ```
 */
export const StreamliningMeasureSchema = z.enum(['quota-cut', 'persons-settled']);

/**
 * Input of {@link streamliningProgress}.
 *
 * @example
 * ```ts
 * import type { StreamliningProgressInput } from 'cchc';
 * const input: StreamliningProgressInput = { base: 2838, target: 284, achieved: 189 };
 * ```
 */
export interface StreamliningProgressInput {
  /** The base: the quota assigned in the base year (biên chế giao năm 2015, năm 2021), ≥ 1. */
  readonly base: number;
  /** The target as a count (số phải tinh giản), e.g. Kiên Giang's 284. Give this or `targetPercent`. */
  readonly target?: number;
  /** The target as a percent of the base (10 for "ít nhất 10%"). Give this or `target`; needs `targetRounding`. */
  readonly targetPercent?: DecimalInput;
  /**
   * How a target derived from `targetPercent` becomes a count. Required with `targetPercent`: sources disagree
   * (Kiên Giang's 284 = 10% × 2.838 = 283,8 rounded up, but its 3.318 is 10,13% of 32.742), so there is no default.
   * `'up'` is the exact reading of "at least p%".
   */
  readonly targetRounding?: RoundingMode;
  /** What `achieved` counts; default `'quota-cut'` (the measure the targets are set in). */
  readonly measure?: StreamliningMeasure;
  /** The cut so far (a count). */
  readonly achieved: number;
}

/**
 * Schema of {@link StreamliningProgressInput}.
 *
 * @example
 * ```ts
 * import { StreamliningProgressInputSchema } from 'cchc';
 * StreamliningProgressInputSchema.safeParse({ base: 2838, target: 284, achieved: 189 }).success; // true
 * StreamliningProgressInputSchema.safeParse({ base: -1, achieved: 0 }).success; // false
 * ```
 */
export const StreamliningProgressInputSchema = z.object({
  base: positiveCountField('Biên chế gốc (base)', 'The base'),
  target: countField().optional(),
  targetPercent: percentField(100).optional(),
  targetRounding: RoundingModeSchema.optional(),
  measure: StreamliningMeasureSchema.optional(),
  achieved: countField(),
});

/**
 * Result of {@link streamliningProgress}.
 *
 * @example
 * ```ts
 * import { streamliningProgress } from 'cchc';
 * streamliningProgress({ base: 35580, target: 3602, achieved: 2110 }).ofBase.value.times(100).toFixed(2); // '5.93'
 * ```
 */
export interface StreamliningProgress {
  /** The measure `achieved` counts. */
  readonly measure: StreamliningMeasure;
  /** The base quota. */
  readonly base: number;
  /** The target count (given, or derived from the percent with the explicit rounding). */
  readonly target: number;
  /** The cut so far. */
  readonly achieved: number;
  /** achieved / base: "đã tinh giản 5,93%" (the percent reports print against the base). */
  readonly ofBase: Ratio;
  /** achieved / target: "đạt 52% so với mục tiêu" (`null` when a derived target rounds to 0). */
  readonly ofTarget: Ratio | null;
  /** max(0, target − achieved). */
  readonly remaining: number;
  /** max(0, achieved − target). */
  readonly surplus: number;
  /** Whether achieved ≥ target (the target count). */
  readonly met: boolean;
  /** When the target came from a percent: the percent, the exact product and the rounding used. */
  readonly derivedTarget?: {
    readonly percent: Decimal;
    readonly exact: Decimal;
    readonly rounding: RoundingMode;
    /** Whether achieved / base ≥ percent exactly (independent of the rounding of the count). */
    readonly meetsPercent: boolean;
  };
}

/**
 * Streamlining progress (tiến độ tinh giản biên chế) against a base quota and a target, in both denominators reports
 * use: the share of the base ("đã tinh giản 5,93% so với biên chế giao năm 2015") and the share of the target ("đạt
 * 52% so với kế hoạch").
 *
 * The target is either a count (`target`, as a province publishes it) or a percent of the base (`targetPercent`, as
 * the resolutions state it) with an explicit `targetRounding`: the sources do not say how 10% × 2.838 = 283,8 becomes
 * a count (domain brief `quotas-and-targets.md` §0, "Rounding of targets"). Targets are minimums, so `met` is
 * `achieved ≥ target`. Keep `quota-cut` and `persons-settled` figures apart (see {@link StreamliningMeasure}).
 *
 * @throws {@link CchcError} `MISSING_TARGET` (neither `target` nor `targetPercent`), `CONFLICTING_TARGET` (both),
 *   `TARGET_ROUNDING_REQUIRED`, `INVALID_COUNT`, `INVALID_PERCENT`, `INVALID_INPUT` (a target or a quota cut larger
 *   than the base) — every problem listed.
 * @example
 * ```ts
 * import { streamliningProgress, formatPercent } from 'cchc';
 * // Kiên Giang, administrative quota: base 2.838 (2015), 189 cut by 09/2019, target 284 (kiengiang.gov.vn, nid=16422)
 * const p = streamliningProgress({ base: 2838, target: 284, achieved: 189 });
 * formatPercent(p.ofBase); // '6,66%'
 * formatPercent(p.ofTarget!); // '66,55%'
 * p.remaining; // 95
 * streamliningProgress({ base: 2838, targetPercent: 10, targetRounding: 'up', achieved: 189 }).target; // 284
 * streamliningProgress({ base: 2838, targetPercent: 10, achieved: 189 }); // throws CchcError TARGET_ROUNDING_REQUIRED
 * ```
 */
export function streamliningProgress(input: StreamliningProgressInput): StreamliningProgress {
  const v = parseWithSchema(StreamliningProgressInputSchema, input);
  const measure = v.measure ?? 'quota-cut';
  const problems: (CchcIssue | undefined)[] = [];
  if (v.target === undefined && v.targetPercent === undefined) {
    problems.push(issue('MISSING_TARGET', ['target'], 'Cần mục tiêu: `target` (số lượng) hoặc `targetPercent` (% so với biên chế gốc)', 'A target is needed: `target` (a count) or `targetPercent` (percent of the base)'));
  }
  if (v.target !== undefined && v.targetPercent !== undefined) {
    problems.push(issue('CONFLICTING_TARGET', ['targetPercent'], 'Chỉ truyền một trong hai: `target` hoặc `targetPercent` (hai giá trị có thể mâu thuẫn)', 'Give either `target` or `targetPercent`, not both (they could disagree)'));
  }
  if (v.targetPercent !== undefined && v.targetRounding === undefined) {
    problems.push(
      issue(
        'TARGET_ROUNDING_REQUIRED',
        ['targetRounding'],
        'Mục tiêu tính từ tỷ lệ % cần chỉ rõ cách làm tròn (`targetRounding`): các nguồn làm tròn khác nhau, "ít nhất p%" tương ứng với `up`',
        'A target derived from a percent needs an explicit `targetRounding`: sources round differently; "at least p%" reads as `up`',
      ),
    );
  }
  let target = v.target ?? 0;
  let derivedTarget: StreamliningProgress['derivedTarget'];
  if (v.targetPercent !== undefined && v.targetRounding !== undefined) {
    const percent = toDecimal(v.targetPercent);
    const exact = percent.times(v.base).div(100);
    target = roundDecimal(exact, 0, v.targetRounding).toNumber();
    derivedTarget = { percent, exact, rounding: v.targetRounding, meetsPercent: percent.times(v.base).lte(v.achieved * 100) };
  } else if (v.target !== undefined) {
    if (v.target === 0) problems.push(issue('INVALID_COUNT', ['target'], 'Mục tiêu phải lớn hơn 0', 'The target must be greater than 0', 0));
    problems.push(atMostIssue(v.target, v.base, ['target'], 'Mục tiêu', 'The target', 'biên chế gốc', 'the base'));
  }
  if (measure === 'quota-cut') {
    problems.push(atMostIssue(v.achieved, v.base, ['achieved'], 'Số biên chế đã cắt giảm', 'The quota cut', 'biên chế gốc', 'the base'));
  }
  throwIfAny(problems.filter((p): p is CchcIssue => p !== undefined));
  const progress = buildTargetProgress(v.achieved, target);
  const out: StreamliningProgress = {
    measure,
    base: v.base,
    target,
    achieved: v.achieved,
    ofBase: ratio(v.achieved, v.base),
    ofTarget: progress.ofTarget,
    remaining: progress.remaining,
    surplus: progress.surplus,
    met: progress.met,
    ...(derivedTarget ? { derivedTarget: Object.freeze(derivedTarget) } : {}),
  };
  return Object.freeze(out);
}
