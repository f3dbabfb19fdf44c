import { z } from 'zod';
import type { Decimal } from 'decimal.js';
import { Decimal as DecimalClass } from 'decimal.js';
import { CchcError, issue, show, type CchcPath } from '../core/errors.js';
import type { DecimalInput } from '../core/decimal.js';
import { foldVi } from '../core/_internal/fold-vi.js';
import { isObject, ONE, readDecimal, vi, type Problems } from './_internal/read.js';
import { parseRuleText } from './rule-text.js';

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
 * Schema of {@link ParChannel}.
 *
 * @example
 * ```ts
 * import { ParChannelSchema } from 'cchc';
 * ParChannelSchema.safeParse('survey').success; // true
 * ```
 */
export const ParChannelSchema = z.enum(['assessed', 'survey']);

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
 * Schema of {@link ParNumberInput}.
 *
 * @example
 * ```ts
 * import { ParNumberInputSchema } from 'cchc';
 * ParNumberInputSchema.safeParse('0,5').success; // true
 * ```
 */
export const ParNumberInputSchema = z.union([z.number(), z.bigint(), z.instanceof(DecimalClass), z.string()]);

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
  /** The band's lower bound as a fraction in [0, 1] (0,9 = 90%). */
  readonly min: ParNumberInput;
  /** Whether `min` itself is in the band: `true` (default) for "từ 70%", `false` for "trên 90%". */
  readonly minInclusive?: boolean;
  /**
   * Optional upper bound, for annexes that print both ends ("từ 70% đến 90%"). The band's top is always the next band's
   * `min` (1 for the highest band); a `max` given is checked against it, so that a gap ("70%–80%" then "từ 90%") or an
   * overlap is reported rather than silently closed.
   */
  readonly max?: ParNumberInput;
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
 * - `percent-bands`: points by the band a ratio falls in (input `{ ratio }` in [0, 1] or `{ numerator, denominator }`;
 *   "trên 90%: 2; từ 70% - 90%: 1; dưới 70%: 0"); bands listed from the highest down, the last starting at 0 inclusive;
 * - `proportional`: max × min(1, ratio) (same inputs as `percent-bands`);
 * - `survey`: max × share of the survey (input `{ share }` in [0, 1] or `{ numerator, denominator }`).
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
 * Schema of {@link LeafRuleSpec} in object form (the text form is any string; see {@link parseRuleText}).
 *
 * @example
 * ```ts
 * import { LeafRuleSpecSchema } from 'cchc';
 * LeafRuleSpecSchema.safeParse({ kind: 'tiered', tiers: [{ outcome: 'Đạt', points: 1 }] }).success; // true
 * ```
 */
export const LeafRuleSpecSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('manual') }),
  z.object({ kind: z.literal('binary') }),
  z.object({ kind: z.literal('tiered'), tiers: z.array(z.object({ outcome: z.string(), points: ParNumberInputSchema })).min(1) }),
  z.object({
    kind: z.literal('percent-bands'),
    bands: z
      .array(
        z.object({
          min: ParNumberInputSchema,
          minInclusive: z.boolean().optional(),
          max: ParNumberInputSchema.optional(),
          maxInclusive: z.boolean().optional(),
          points: ParNumberInputSchema,
        }),
      )
      .min(1),
  }),
  z.object({ kind: z.literal('proportional') }),
  z.object({ kind: z.literal('survey') }),
]);

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

/**
 * Validate a rule spec (object or text) against the leaf's maxPoints; problems go to `problems`.
 * @internal
 */
export function normalizeRule(spec: unknown, maxPoints: Decimal | undefined, path: CchcPath, problems: Problems): LeafRule | undefined {
  if (typeof spec === 'string') {
    try {
      return normalizeRule(parseRuleText(spec), maxPoints, path, problems);
    } catch (e) {
      if (e instanceof CchcError) {
        problems.push(...e.issues.map((i) => issue(i.code, [...path, ...i.path], i.messageVi, i.messageEn, i.received)));
        return undefined;
      }
      throw e;
    }
  }
  if (!isObject(spec) || typeof spec.kind !== 'string' || !(LEAF_RULE_KINDS as readonly string[]).includes(spec.kind)) {
    const kind = isObject(spec) ? spec.kind : spec;
    problems.push(
      issue(
        'PAR_INVALID_RULE',
        isObject(spec) ? [...path, 'kind'] : path,
        `Quy tắc chấm điểm không hợp lệ: ${show(kind)} (dùng ${LEAF_RULE_KINDS.map((k) => `'${k}'`).join(', ')})`,
        `Not a scoring rule: ${show(kind)} (use ${LEAF_RULE_KINDS.map((k) => `'${k}'`).join(', ')})`,
        kind,
      ),
    );
    return undefined;
  }
  const kind = spec.kind as LeafRuleKind;
  switch (kind) {
    case 'manual':
    case 'binary':
    case 'proportional':
    case 'survey':
      return Object.freeze({ kind });
    case 'tiered':
      return normalizeTiered(spec, maxPoints, path, problems);
    case 'percent-bands':
      return normalizeBands(spec, maxPoints, path, problems);
  }
}

/** A fraction written as a percentage for messages ("0,9" → "90%"). */
function pctVi(d: Decimal): string {
  return `${vi(d.times(100))}%`;
}
function pctEn(d: Decimal): string {
  return `${d.times(100).toFixed()}%`;
}

function pointsInRange(points: Decimal, maxPoints: Decimal | undefined, path: CchcPath, problems: Problems): void {
  if (points.isNegative() || (maxPoints !== undefined && points.gt(maxPoints))) {
    problems.push(
      issue(
        'PAR_RULE_POINTS_OUT_OF_RANGE',
        path,
        `Điểm của quy tắc phải từ 0 đến điểm tối đa${maxPoints ? ` ${vi(maxPoints)}` : ''}, nhận được ${vi(points)}`,
        `Rule points must be between 0 and the maximum${maxPoints ? ` ${maxPoints.toFixed()}` : ''}, received ${points.toFixed()}`,
        points.toFixed(),
      ),
    );
  }
}

function maxReachable(best: Decimal | undefined, maxPoints: Decimal | undefined, path: CchcPath, problems: Problems): void {
  if (best === undefined || maxPoints === undefined || best.eq(maxPoints)) return;
  problems.push(
    issue(
      'PAR_RULE_MAX_UNREACHABLE',
      path,
      `Mức điểm cao nhất của quy tắc là ${vi(best)}, không bằng điểm tối đa ${vi(maxPoints)}: không bao giờ đạt được điểm tối đa`,
      `The rule's highest points are ${best.toFixed()}, not the maximum ${maxPoints.toFixed()}: the maximum can never be reached`,
      best.toFixed(),
    ),
  );
}

function normalizeTiered(spec: Record<string, unknown>, maxPoints: Decimal | undefined, path: CchcPath, problems: Problems): LeafRule | undefined {
  const tiers = spec.tiers;
  if (!Array.isArray(tiers) || tiers.length === 0) {
    problems.push(issue('PAR_INVALID_RULE', [...path, 'tiers'], `Quy tắc 'tiered' cần ít nhất một mức { outcome, points }`, `A 'tiered' rule needs at least one tier { outcome, points }`, tiers));
    return undefined;
  }
  const before = problems.length;
  const out: Tier[] = [];
  const seen = new Map<string, number>();
  tiers.forEach((t: unknown, i) => {
    const p = [...path, 'tiers', i];
    if (!isObject(t)) {
      problems.push(issue('PAR_INVALID_RULE', p, `Cần một mức { outcome, points }, nhận được ${show(t)}`, `Expected a tier { outcome, points }, received ${show(t)}`, t));
      return;
    }
    const outcome = t.outcome;
    if (typeof outcome !== 'string' || outcome.trim() === '') {
      problems.push(issue('PAR_INVALID_RULE', [...p, 'outcome'], `Mức cần một kết quả (outcome) không rỗng, nhận được ${show(outcome)}`, `A tier needs a non-empty outcome, received ${show(outcome)}`, outcome));
    } else {
      const key = foldVi(outcome);
      const first = seen.get(key);
      if (first !== undefined) {
        problems.push(
          issue('PAR_DUPLICATE_OUTCOME', [...p, 'outcome'], `Kết quả "${outcome}" trùng với mức ${first}`, `Outcome "${outcome}" repeats tier ${first}`, outcome),
        );
      } else seen.set(key, i);
    }
    const points = readDecimal(t.points, [...p, 'points'], problems);
    if (points) pointsInRange(points, maxPoints, [...p, 'points'], problems);
    if (typeof outcome === 'string' && points) out.push(Object.freeze({ outcome, points }));
  });
  if (problems.length > before) return undefined;
  maxReachable(DecimalClass.max(...out.map((t) => t.points)), maxPoints, [...path, 'tiers'], problems);
  return problems.length > before ? undefined : Object.freeze({ kind: 'tiered', tiers: Object.freeze(out) });
}

function normalizeBands(spec: Record<string, unknown>, maxPoints: Decimal | undefined, path: CchcPath, problems: Problems): LeafRule | undefined {
  const bands = spec.bands;
  if (!Array.isArray(bands) || bands.length === 0) {
    problems.push(
      issue('PAR_INVALID_RULE', [...path, 'bands'], `Quy tắc 'percent-bands' cần ít nhất một khoảng { min, points }`, `A 'percent-bands' rule needs at least one band { min, points }`, bands),
    );
    return undefined;
  }
  const before = problems.length;
  const tops = new Map<number, { max: Decimal; maxInclusive: boolean }>();
  const out: (PercentBand | undefined)[] = bands.map((b: unknown, i) => {
    const p = [...path, 'bands', i];
    if (!isObject(b)) {
      problems.push(issue('PAR_INVALID_RULE', p, `Cần một khoảng { min, points }, nhận được ${show(b)}`, `Expected a band { min, points }, received ${show(b)}`, b));
      return undefined;
    }
    const min = readDecimal(b.min, [...p, 'min'], problems);
    let minInclusive = true;
    if (b.minInclusive !== undefined) {
      if (typeof b.minInclusive === 'boolean') minInclusive = b.minInclusive;
      else {
        problems.push(issue('PAR_INVALID_RULE', [...p, 'minInclusive'], `minInclusive phải là true hoặc false, nhận được ${show(b.minInclusive)}`, `minInclusive must be true or false, received ${show(b.minInclusive)}`, b.minInclusive));
      }
    }
    if (min && (min.isNegative() || min.gt(ONE) || (min.eq(ONE) && !minInclusive))) {
      problems.push(
        issue(
          'PAR_BAND_OUT_OF_RANGE',
          [...p, 'min'],
          `Cận dưới của khoảng phải là tỷ lệ trong [0, 1] (0,9 = 90%), nhận được ${vi(min)}${min.eq(ONE) ? ' (không tính chính nó: khoảng rỗng)' : ''}`,
          `A band's lower bound must be a fraction in [0, 1] (0.9 = 90%), received ${min.toFixed()}${min.eq(ONE) ? ' (exclusive: the band is empty)' : ''}`,
          min.toFixed(),
        ),
      );
    }
    let top: { max: Decimal; maxInclusive: boolean } | undefined;
    if (b.max !== undefined && b.max !== null && b.max !== '') {
      const max = readDecimal(b.max, [...p, 'max'], problems);
      let maxInclusive = max ? max.eq(ONE) : false;
      if (b.maxInclusive !== undefined) {
        if (typeof b.maxInclusive === 'boolean') maxInclusive = b.maxInclusive;
        else problems.push(issue('PAR_INVALID_RULE', [...p, 'maxInclusive'], `maxInclusive phải là true hoặc false, nhận được ${show(b.maxInclusive)}`, `maxInclusive must be true or false, received ${show(b.maxInclusive)}`, b.maxInclusive));
      }
      if (max && (max.isNegative() || max.gt(ONE))) {
        problems.push(
          issue('PAR_BAND_OUT_OF_RANGE', [...p, 'max'], `Cận trên của khoảng phải là tỷ lệ trong [0, 1] (0,9 = 90%), nhận được ${vi(max)}`, `A band's upper bound must be a fraction in [0, 1] (0.9 = 90%), received ${max.toFixed()}`, max.toFixed()),
        );
      } else if (max && min && (max.lt(min) || (max.eq(min) && !(minInclusive && maxInclusive)))) {
        problems.push(
          issue('PAR_BAND_OUT_OF_RANGE', [...p, 'max'], `Khoảng ${i} rỗng: cận trên ${vi(max)} không lớn hơn cận dưới ${vi(min)}`, `Band ${i} is empty: its upper bound ${max.toFixed()} is not above its lower bound ${min.toFixed()}`, max.toFixed()),
        );
      } else if (max) top = { max, maxInclusive };
    }
    const points = readDecimal(b.points, [...p, 'points'], problems);
    if (points) pointsInRange(points, maxPoints, [...p, 'points'], problems);
    if (top && min && points) tops.set(i, top);
    return min && points ? Object.freeze({ min, minInclusive, points }) : undefined;
  });
  if (problems.length > before) return undefined;
  const list = out as PercentBand[];
  for (let i = 1; i < list.length; i++) {
    const hi = list[i - 1]!;
    const lo = list[i]!;
    const ordered = hi.min.gt(lo.min) || (hi.min.eq(lo.min) && !hi.minInclusive && lo.minInclusive);
    if (hi.min.eq(lo.min) && hi.minInclusive === lo.minInclusive) {
      problems.push(
        issue(
          'PAR_BANDS_OVERLAP',
          [...path, 'bands', i],
          `Khoảng ${i} và khoảng ${i - 1} cùng bắt đầu ${lo.minInclusive ? 'từ' : 'trên'} ${pctVi(lo.min)}: hai khoảng chồng nhau, một tỷ lệ không biết được bao nhiêu điểm`,
          `Bands ${i - 1} and ${i} both start at ${lo.minInclusive ? '≥' : '>'} ${pctEn(lo.min)}: they overlap, so a ratio there has no single points value`,
          lo.min.toFixed(),
        ),
      );
    } else if (!ordered) {
      problems.push(
        issue(
          'PAR_BANDS_NOT_ORDERED',
          [...path, 'bands', i],
          `Các khoảng phải xếp từ cận dưới cao nhất xuống thấp nhất: khoảng ${i} (${vi(lo.min)}) không thấp hơn khoảng ${i - 1} (${vi(hi.min)})`,
          `Bands must be listed from the highest lower bound down: band ${i} (${lo.min.toFixed()}) is not below band ${i - 1} (${hi.min.toFixed()})`,
          lo.min.toFixed(),
        ),
      );
    } else if (hi.points.lt(lo.points)) {
      problems.push(
        issue(
          'PAR_BANDS_NOT_MONOTONIC',
          [...path, 'bands', i],
          `Khoảng cao hơn phải cho điểm không thấp hơn: khoảng ${i - 1} cho ${vi(hi.points)} điểm, khoảng ${i} cho ${vi(lo.points)} điểm`,
          `A higher band must not give fewer points: band ${i - 1} gives ${hi.points.toFixed()}, band ${i} gives ${lo.points.toFixed()}`,
          lo.points.toFixed(),
        ),
      );
    }
  }
  // Upper bounds given: each must meet the band above (the top one, 1 = 100%), with no gap and no overlap.
  const ordered = problems.length === before;
  for (const [i, t] of ordered ? tops : []) {
    const b = list[i]!;
    const above = i === 0 ? { min: ONE, minInclusive: false } : list[i - 1]!;
    const want = i === 0 ? 'lên đến 100%' : `đến ${above.minInclusive ? 'dưới' : 'hết'} ${pctVi(above.min)}, nơi khoảng ${i - 1} bắt đầu`;
    const wantEn = i === 0 ? '100%' : `${above.minInclusive ? 'just under' : 'and include'} ${pctEn(above.min)}, where band ${i - 1} starts`;
    const range = `${b.minInclusive ? 'từ' : 'trên'} ${pctVi(b.min)} đến ${t.maxInclusive ? 'hết' : 'dưới'} ${pctVi(t.max)}`;
    const rangeEn = `${b.minInclusive ? '≥' : '>'} ${pctEn(b.min)} to ${t.maxInclusive ? '≤' : '<'} ${pctEn(t.max)}`;
    // the values between this band's top and the next band's bottom: none when max = above.min and exactly one includes it
    const meets = t.max.eq(above.min) && t.maxInclusive !== above.minInclusive;
    if (meets) continue;
    const gap = t.max.lt(above.min) || (t.max.eq(above.min) && !t.maxInclusive && !above.minInclusive);
    problems.push(
      issue(
        gap ? 'PAR_BANDS_NOT_COVERING' : 'PAR_BANDS_OVERLAP',
        [...path, 'bands', i, 'max'],
        gap
          ? `Khoảng ${i} (${range}) để hở: các tỷ lệ từ ${pctVi(t.max)} đến ${pctVi(above.min)} không được điểm nào; khoảng cần kéo ${want}`
          : `Khoảng ${i} (${range}) chồng lên khoảng phía trên; khoảng chỉ được kéo ${want}`,
        gap
          ? `Band ${i} (${rangeEn}) leaves a gap: ratios from ${pctEn(t.max)} to ${pctEn(above.min)} get no points; the band must extend to ${wantEn}`
          : `Band ${i} (${rangeEn}) overlaps the band above; it may only extend to ${wantEn}`,
        t.max.toFixed(),
      ),
    );
  }
  const last = list[list.length - 1]!;
  if (!last.min.isZero() || !last.minInclusive) {
    problems.push(
      issue(
        'PAR_BANDS_NOT_COVERING',
        [...path, 'bands', list.length - 1],
        `Các khoảng phải phủ kín [0, 1]: khoảng thấp nhất phải bắt đầu từ 0 (tính cả 0), nhận được ${last.minInclusive ? 'từ' : 'trên'} ${vi(last.min)}`,
        `Bands must cover [0, 1]: the lowest band must start at 0 inclusive, received ${last.minInclusive ? '≥' : '>'} ${last.min.toFixed()}`,
        last.min.toFixed(),
      ),
    );
  }
  if (problems.length > before) return undefined;
  maxReachable(DecimalClass.max(...list.map((b) => b.points)), maxPoints, [...path, 'bands'], problems);
  return problems.length > before ? undefined : Object.freeze({ kind: 'percent-bands', bands: Object.freeze(list) });
}

