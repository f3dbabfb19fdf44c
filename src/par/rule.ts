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
 *
 * @category PAR INDEX
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
 *
 * @category PAR INDEX
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
 *
 * @category PAR INDEX
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
 *
 * @category PAR INDEX
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
 * - `proportional`: max × min(1, rate), or min(max, max × rate / fullAt) with a threshold `fullAt` (same input as
 *   `percent-bands`; see {@link ProportionalRuleSpec});
 * - `survey`: max × share of the survey (input `{ rate }`, a share in [0, 1]).
 *
 * `percent-bands` and `proportional` may say what an empty ratio (0 / 0, nothing to measure) scores: `whenEmpty`
 * (see {@link WhenEmpty}). A rule may also be given as text (see {@link parseRuleText}), as in a spreadsheet column.
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
 *
 * @category PAR INDEX
 */
export type LeafRuleSpec =
  | { readonly kind: 'manual' }
  | { readonly kind: 'binary' }
  | { readonly kind: 'tiered'; readonly tiers: readonly TierSpec[] }
  | { readonly kind: 'percent-bands'; readonly bands: readonly PercentBandSpec[]; readonly whenEmpty?: WhenEmpty; readonly share?: boolean }
  | ProportionalRuleSpec
  | { readonly kind: 'survey' };

/**
 * What a rate leaf scores when there is nothing to measure (its input is `{ numerator: 0, denominator: 0 }`: no
 * feedback received, no procedure to publish, no dossier), instead of refusing the empty ratio:
 * - `'max'`: full marks (the national portal gives both feedback indicators of QĐ 766 their 6 points when a unit
 *   received no feedback — ChippedTopaz/qd766 fits over 492 observations; see `QD766_PORTAL`);
 * - `'zero'`: no points (the portal's score is `null`, counted as 0, for a unit with no procedure to publish or no
 *   dossier);
 * - `'not-applicable'`: the leaf leaves both the points and the maximum, as a leaf marked `'not-applicable'`.
 *
 * Without `whenEmpty` an empty ratio is `ZERO_DENOMINATOR`, as before.
 *
 * @example
 * ```ts
 * import type { WhenEmpty } from 'cchc';
 * const noFeedback: WhenEmpty = 'max';
 * ```
 *
 * @category PAR INDEX
 */
export type WhenEmpty = 'max' | 'zero' | 'not-applicable';

/**
 * The proportional rule as written in a spec: points = max × rate, or, with `fullAt`, full marks from that rate on and
 * proportional below it: min(max, max × rate / fullAt) ("đạt tối đa khi tỷ lệ từ 90% trở lên; dưới 90% tính theo tỷ
 * lệ"). `fullAt` is a rate in (0, 1] (0.9, "90%"). The QĐ 766 portal scores satisfaction with procedure handling this
 * way with `fullAt: 0.9` and reuse of digitised data with `fullAt: 0.8` (fits to published scores,
 * ChippedTopaz/qd766 `docs/scoring-formula-analysis.m0.json`). `whenEmpty`: see {@link WhenEmpty}.
 *
 * @example
 * ```ts
 * import type { ProportionalRuleSpec } from 'cchc';
 * const satisfaction: ProportionalRuleSpec = { kind: 'proportional', fullAt: 0.9, whenEmpty: 'zero' };
 * ```
 *
 * @category PAR INDEX
 */
export interface ProportionalRuleSpec {
  readonly kind: 'proportional';
  /** The rate from which the leaf has full marks, in (0, 1]; default 1 (points = max × rate). */
  readonly fullAt?: ParNumberInput | RateInput;
  /** What an empty ratio (0 / 0) scores; see {@link WhenEmpty}. Default: an empty ratio is refused. */
  readonly whenEmpty?: WhenEmpty;
  /**
   * Whether the rate is a share of a whole (dossiers paid online among dossiers with a fee), so that counts with the
   * numerator above the denominator are bad input (`RATE_OUT_OF_RANGE`) rather than a plan over-fulfilled (counted as
   * 100%, the default).
   */
  readonly share?: boolean;
}

/**
 * The kinds of leaf rules, in a stable order.
 *
 * @example
 * ```ts
 * import { LEAF_RULE_KINDS } from 'cchc';
 * LEAF_RULE_KINDS.length; // 6
 * ```
 *
 * @category PAR INDEX
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
 *
 * @category PAR INDEX
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
 *
 * @category PAR INDEX
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
 *
 * @category PAR INDEX
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
 *
 * @category PAR INDEX
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
 *
 * @category PAR INDEX
 */
export interface PercentBandsRule {
  readonly kind: 'percent-bands';
  readonly bands: readonly PercentBand[];
  /** What an empty ratio scores; absent: refused (see {@link WhenEmpty}). */
  readonly whenEmpty?: WhenEmpty;
  /** Counts above 1 are refused (present, `true`, when the spec said so). */
  readonly share?: boolean;
}

/**
 * A validated proportional rule: `fullAt` (a fraction in (0, 1]) and `whenEmpty` are present only when the spec gave
 * them.
 *
 * @example
 * ```ts
 * import { defineMethodology, type ProportionalRule } from 'cchc';
 * const m = defineMethodology({ id: 'x', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 6, rule: { kind: 'proportional', fullAt: '90%' } }] });
 * (m.nodes[0]?.rule as ProportionalRule).fullAt?.toString(); // '0.9'
 * ```
 *
 * @category PAR INDEX
 */
export interface ProportionalRule {
  readonly kind: 'proportional';
  /** Full marks from this rate on (a fraction in (0, 1]); absent: points = max × rate. */
  readonly fullAt?: Decimal;
  /** What an empty ratio scores; absent: refused. */
  readonly whenEmpty?: WhenEmpty;
  /** Counts above 1 are refused (present, `true`, when the spec said so). */
  readonly share?: boolean;
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
 *
 * @category PAR INDEX
 */
export type LeafRule =
  | { readonly kind: 'manual' }
  | { readonly kind: 'binary' }
  | TieredRule
  | PercentBandsRule
  | ProportionalRule
  | { readonly kind: 'survey' };
