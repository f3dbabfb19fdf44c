// Leaf rules of a methodology (quy tắc chấm điểm): the shapes an author writes, and their validated form.
import type { Decimal } from 'decimal.js';
import type { DecimalInput } from '../core/decimal.js';
import type { RateInput } from '../core/rate-input.js';

/**
 * The two assessment channels of a PAR INDEX (kênh đánh giá):
 * - `assessed`: the unit scores itself (tự đánh giá, chấm điểm) and the Sở Nội vụ / Bộ Nội vụ appraises the score
 *   (thẩm định);
 * - `survey`: the points come from the sociological survey (điều tra xã hội học, ĐTXHH), not from self-scoring.
 *
 * Source: the two channels and the survey share (e.g. 32/100 points for provinces under 876/QĐ-BNV) —
 * https://vietnambiz.vn/quang-ninh-dung-dau-ca-4-chi-so-ve-cai-cach-hanh-chinh-202341916234832.htm ;
 * "Điểm thẩm định (65) | Điểm ĐTXHH (35)" in Bình Dương's 2017 table — http://baubang.binhduong.gov.vn/Default.aspx?tabid=175&ID=1881
 *
 * @example
 * ```ts
 * import type { ParChannel } from 'cchc';
 * const channel: ParChannel = 'survey';
 * ```
 */
export type ParChannel = 'assessed' | 'survey';

/**
 * A number as the methodology accepts it: a finite number, a bigint, a Decimal or a Vietnamese-notation text ("0,5").
 *
 * @example
 * ```ts
 * import type { ParNumberInput } from 'cchc';
 * const points: ParNumberInput = '14,5';
 * ```
 */
export type ParNumberInput = DecimalInput | string;

/**
 * One outcome of a tiered rule and the points it gives, as written in a spec ("Ban hành kịp thời" → 1).
 *
 * @example
 * ```ts
 * import type { TierSpec } from 'cchc';
 * const tier: TierSpec = { outcome: 'Không kịp thời', points: '0,5' };
 * ```
 */
export interface TierSpec {
  /** The outcome (kết quả), matched accent- and case-insensitively against the input's `outcome`. */
  readonly outcome: string;
  /** Points for this outcome, 0 ≤ points ≤ the leaf's maxPoints. */
  readonly points: ParNumberInput;
}

/**
 * One band of a percent-bands rule, as written in a spec: ratios from `min` up to the next band's `min`.
 *
 * @example
 * ```ts
 * import type { PercentBandSpec } from 'cchc';
 * const band: PercentBandSpec = { min: 0.9, minInclusive: false, points: 2 };
 * ```
 */
export interface PercentBandSpec {
  /** The band's lower bound, a rate in [0, 1]: 0.9, "90%" or a Decimal (a Vietnamese text without "%" is deprecated). */
  readonly min: ParNumberInput | RateInput;
  /** Whether `min` itself is in the band: `true` (default) for "từ 70%", `false` for "trên 90%". */
  readonly minInclusive?: boolean;
  /**
   * Optional upper bound, for annexes that print both ends ("từ 70% đến 90%"). The band's top is always the next band's
   * `min` (1 for the highest band); a `max` given is checked against it, so that a gap ("70%–80%" then "từ 90%") or an
   * overlap is reported rather than silently closed.
   */
  readonly max?: ParNumberInput | RateInput;
  /** Whether `max` is in the band. Default: `true` for a `max` of 1 (100%), `false` otherwise ("dưới 90%"). */
  readonly maxInclusive?: boolean;
  /** Points for a ratio in this band. */
  readonly points: ParNumberInput;
}

/**
 * How a leaf criterion is scored, as written in a spec (quy tắc chấm điểm). Every kind, with its input:
 * - `manual`: the assessor enters the points (input `{ points }`, 0 ≤ points ≤ max);
 * - `binary`: met → max, not met → 0 (input `{ met }`; "Đạt yêu cầu: 1; không đạt: 0");
 * - `tiered`: a fixed list of outcomes with points (input `{ outcome }`; "kịp thời: 1; không kịp thời: 0,5; không ban
 *   hành: 0");
 * - `percent-bands`: points by the band a rate falls in (input `{ rate }`, any {@link RateInput}: `ratio(46, 50)`,
 *   `{ numerator, denominator }`, 0.92 or "92%"; "trên 90%: 2; từ 70% - 90%: 1; dưới 70%: 0"); bands listed from the
 *   highest down, the last starting at 0 inclusive;
 * - `proportional`: max × min(1, rate) (same input as `percent-bands`);
 * - `survey`: max × share of the survey (input `{ rate }`, a share in [0, 1]).
 *
 * A rule may also be given as text (see {@link parseRuleText}), as in a spreadsheet column.
 *
 * Sources of the shapes: Cà Mau QĐ 1880/QĐ-UBND (2013), criteria 1.1.1–1.2.2 —
 * https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-1880-QD-UBND-nam-2013-xac-dinh-Chi-so-Cai-cach-hanh-chinh-Ca-Mau-229973.aspx
 *
 * @example
 * ```ts
 * import type { LeafRuleSpec } from 'cchc';
 * // Cà Mau 2013, 1.1.4 "Mức độ thực hiện kế hoạch CCHC": trên 90%: 2; từ 70% - 90%: 1; dưới 70%: 0
 * const rule: LeafRuleSpec = {
 *   kind: 'percent-bands',
 *   bands: [
 *     { min: 0.9, minInclusive: false, points: 2 },
 *     { min: 0.7, points: 1 },
 *     { min: 0, points: 0 },
 *   ],
 * };
 * ```
 */
export type LeafRuleSpec =
  | { readonly kind: 'manual' }
  | { readonly kind: 'binary' }
  | { readonly kind: 'tiered'; readonly tiers: readonly TierSpec[] }
  | { readonly kind: 'percent-bands'; readonly bands: readonly PercentBandSpec[] }
  | { readonly kind: 'proportional' }
  | { readonly kind: 'survey' };

/**
 * The kinds of leaf rules, in a stable order.
 *
 * @example
 * ```ts
 * import { LEAF_RULE_KINDS } from 'cchc';
 * LEAF_RULE_KINDS.length; // 6
 * ```
 */
export const LEAF_RULE_KINDS = Object.freeze(['manual', 'binary', 'tiered', 'percent-bands', 'proportional', 'survey'] as const);

/**
 * A kind of leaf rule; see {@link LeafRuleSpec}.
 *
 * @example
 * ```ts
 * import type { LeafRuleKind } from 'cchc';
 * const kind: LeafRuleKind = 'percent-bands';
 * ```
 */
export type LeafRuleKind = (typeof LEAF_RULE_KINDS)[number];

/**
 * A tier of a validated {@link TieredRule}.
 *
 * @example
 * ```ts
 * import { CchcDecimal, type Tier } from 'cchc';
 * const tier: Tier = { outcome: 'Không kịp thời', points: new CchcDecimal('0.5') };
 * ```
 */
export interface Tier {
  /** The outcome as written in the methodology. */
  readonly outcome: string;
  /** Its points (exact). */
  readonly points: Decimal;
}

/**
 * A band of a validated {@link PercentBandsRule}.
 *
 * @example
 * ```ts
 * import { CchcDecimal, type PercentBand } from 'cchc';
 * const band: PercentBand = { min: new CchcDecimal('0.7'), minInclusive: true, points: new CchcDecimal(1) };
 * ```
 */
export interface PercentBand {
  /** Lower bound, a fraction in [0, 1]. */
  readonly min: Decimal;
  /** Whether the lower bound belongs to the band. */
  readonly minInclusive: boolean;
  /** Points for a ratio in the band. */
  readonly points: Decimal;
}

/**
 * A validated tiered rule.
 *
 * @example
 * ```ts
 * import { defineMethodology, type TieredRule } from 'cchc';
 * const m = defineMethodology({ id: 'x', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 1, rule: 'tiered: Đạt = 1; Không đạt = 0' }] });
 * (m.nodes[0]?.rule as TieredRule).tiers.length; // 2
 * ```
 */
export interface TieredRule {
  readonly kind: 'tiered';
  readonly tiers: readonly Tier[];
}

/**
 * A validated percent-bands rule: bands from the highest lower bound down to 0.
 *
 * @example
 * ```ts
 * import { defineMethodology, type PercentBandsRule } from 'cchc';
 * const m = defineMethodology({ id: 'x', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 2, rule: 'percent-bands: trên 90% = 2; từ 0% = 0' }] });
 * (m.nodes[0]?.rule as PercentBandsRule).bands[0]?.minInclusive; // false
 * ```
 */
export interface PercentBandsRule {
  readonly kind: 'percent-bands';
  readonly bands: readonly PercentBand[];
}

/**
 * A validated leaf rule, as stored in a {@link Methodology}: numbers are Decimals, `minInclusive` is explicit.
 *
 * @example
 * ```ts
 * import { defineMethodology } from 'cchc';
 * const m = defineMethodology({ id: 'x', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 1, rule: 'binary' }] });
 * m.nodes[0]?.rule; // { kind: 'binary' }
 * ```
 */
export type LeafRule =
  | { readonly kind: 'manual' }
  | { readonly kind: 'binary' }
  | TieredRule
  | PercentBandsRule
  | { readonly kind: 'proportional' }
  | { readonly kind: 'survey' };
