import type { Decimal } from 'decimal.js';
import { issue, type CchcIssue } from '../core/errors.js';
import { toDecimal, type DecimalInput } from '../core/decimal.js';
import { ratio, type Ratio } from '../core/ratio.js';
import type { RateInput } from '../core/rate-input.js';
import { roundDecimal, type RoundingMode } from '../core/rounding.js';
import { readRate, throwIfAny } from '../core/fields.js';
import { StreamliningProgressInputSchema } from './streamlining-schema.js';
import { atMostIssue, buildTargetProgress } from './target-progress.js';
import * as vi from '../core/messages/vi/quota.js';
import * as en from '../core/messages/en/quota.js';

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
 *
 * @category Quotas
 */
export type StreamliningMeasure = 'quota-cut' | 'persons-settled';

/**
 * Input of {@link streamliningProgress}.
 *
 * @example
 * ```ts
 * import type { StreamliningProgressInput } from 'cchc';
 * const input: StreamliningProgressInput = { base: 2838, target: 284, achieved: 189 };
 * ```
 *
 * @category Quotas
 */
export interface StreamliningProgressInput {
  /** The base: the quota assigned in the base year (biên chế giao năm 2015, năm 2021), ≥ 1. */
  readonly base: number;
  /** The target as a count (số phải tinh giản), e.g. Kiên Giang's 284. Give this, `targetPercent` or `targetShare`. */
  readonly target?: number;
  /**
   * The target in **percent points** of the base (10 for "ít nhất 10%"), > 0 and ≤ 100. Give one of `target`,
   * `targetPercent`, `targetShare`; a percent needs `targetRounding`.
   */
  readonly targetPercent?: DecimalInput;
  /**
   * The target as a **share** of the base, any {@link RateInput}: `0.1`, `'10%'`, `ratio(1, 10)`. The same as
   * `targetPercent` in the library's one rate notation; needs `targetRounding`.
   */
  readonly targetShare?: RateInput;
  /**
   * How a target derived from `targetPercent` or `targetShare` becomes a count. Required with either: sources disagree
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
 * Result of {@link streamliningProgress}.
 *
 * @example
 * ```ts
 * import { streamliningProgress } from 'cchc';
 * streamliningProgress({ base: 35580, target: 3602, achieved: 2110 }).ofBase.value.times(100).toFixed(2); // '5.93'
 * ```
 *
 * @category Quotas
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
  /** achieved / base, a share: "đã tinh giản 5,93%" (the percent reports print against the base). */
  readonly ofBase: Ratio;
  /** achieved / target, a share: "đạt 52% so với mục tiêu" (`null` when a derived target rounds to 0). */
  readonly ofTarget: Ratio | null;
  /** max(0, target − achieved). */
  readonly remaining: number;
  /** max(0, achieved − target). */
  readonly surplus: number;
  /** Whether achieved ≥ target (the target count). */
  readonly met: boolean;
  /** When the target came from a percent or a share: the percent points, the exact product and the rounding used. */
  readonly derivedTarget?: {
    /** The target in percent points of the base (10 for 10%). */
    readonly percent: Decimal;
    /** base × percent / 100, before rounding. */
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
 * The target is either a count (`target`, as a province publishes it) or a percent of the base (`targetPercent` in
 * percent points as the resolutions state it, or `targetShare` as any rate input) with an explicit `targetRounding`:
 * the sources do not say how 10% × 2.838 = 283,8 becomes
 * a count (domain brief `quotas-and-targets.md` §0, "Rounding of targets"). Targets are minimums, so `met` is
 * `achieved ≥ target`. Keep `quota-cut` and `persons-settled` figures apart (see {@link StreamliningMeasure}).
 *
 * @throws {@link CchcError} `MISSING_TARGET` (none of `target`, `targetPercent`, `targetShare`), `CONFLICTING_TARGET`
 *   (more than one), `TARGET_ROUNDING_REQUIRED`, `INVALID_COUNT`, `RATE_OUT_OF_RANGE` (a percent or share of 0 or
 *   above 100%), `INVALID_INPUT` (a target or a quota cut larger than the base), `UNKNOWN_KEY` (a typo such as
 *   `targetPrecent`, with a `suggestion`) — every problem listed.
 * @example
 * ```ts
 * import { streamliningProgress, formatPercent } from 'cchc';
 * // Kiên Giang, administrative quota: base 2.838 (2015), 189 cut by 09/2019, target 284 (kiengiang.gov.vn, nid=16422)
 * const p = streamliningProgress({ base: 2838, target: 284, achieved: 189 });
 * formatPercent(p.ofBase); // '6,66%'
 * formatPercent(p.ofTarget!); // '66,55%'
 * p.remaining; // 95
 * streamliningProgress({ base: 2838, targetPercent: 10, targetRounding: 'up', achieved: 189 }).target; // 284
 * streamliningProgress({ base: 2838, targetShare: '10%', targetRounding: 'up', achieved: 189 }).target; // 284
 * streamliningProgress({ base: 2838, targetPercent: 10, achieved: 189 }); // throws CchcError TARGET_ROUNDING_REQUIRED
 * ```
 *
 * @category Quotas
 */
export function streamliningProgress(input: StreamliningProgressInput): StreamliningProgress {
  const v = StreamliningProgressInputSchema.parse(input);
  const measure = v.measure ?? 'quota-cut';
  const problems: (CchcIssue | undefined)[] = [];
  const given = (['target', 'targetPercent', 'targetShare'] as const).filter((k) => v[k] !== undefined);
  if (given.length === 0) problems.push(issue('MISSING_TARGET', ['target'], vi.MISSING_TARGET(), en.MISSING_TARGET()));
  if (given.length > 1) {
    const p = { keys: given.map((k) => `\`${k}\``).join(', ') };
    problems.push(issue('CONFLICTING_TARGET', [given[1]!], vi.CONFLICTING_TARGET(p), en.CONFLICTING_TARGET(p)));
  }
  // The target in percent points, when it is given as a percent or a share.
  const fromShare = v.targetShare !== undefined ? readRate(v.targetShare).value.times(100) : undefined;
  const percent = v.targetPercent !== undefined ? toDecimal(v.targetPercent) : fromShare;
  if (percent !== undefined && v.targetRounding === undefined) {
    problems.push(issue('TARGET_ROUNDING_REQUIRED', ['targetRounding'], vi.TARGET_ROUNDING_REQUIRED(), en.TARGET_ROUNDING_REQUIRED()));
  }
  let target = v.target ?? 0;
  let derivedTarget: StreamliningProgress['derivedTarget'];
  if (percent !== undefined && v.targetRounding !== undefined) {
    const exact = percent.times(v.base).div(100);
    target = roundDecimal(exact, 0, v.targetRounding).toNumber();
    derivedTarget = { percent, exact, rounding: v.targetRounding, meetsPercent: percent.times(v.base).lte(v.achieved * 100) };
  } else if (v.target !== undefined) {
    if (v.target === 0) {
      problems.push(issue('INVALID_COUNT', ['target'], vi.INVALID_COUNT__quotaZeroTarget(), en.INVALID_COUNT__quotaZeroTarget(), 0));
    }
    const texts = { vi: vi.INVALID_INPUT__quotaTargetAboveBase, en: en.INVALID_INPUT__quotaTargetAboveBase };
    problems.push(atMostIssue(v.target, v.base, ['target'], texts));
  }
  if (measure === 'quota-cut') {
    const texts = { vi: vi.INVALID_INPUT__quotaCutAboveBase, en: en.INVALID_INPUT__quotaCutAboveBase };
    problems.push(atMostIssue(v.achieved, v.base, ['achieved'], texts));
  }
  throwIfAny(problems);
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
