// The types of a methodology (bộ tiêu chí): the spec an author writes and the validated form `defineMethodology` returns.
import type { Decimal } from 'decimal.js';
import type { IsoDate } from '../core/iso-date.js';
import type { SourceRef } from '../core/source-ref.js';
import type { RoundingMode } from '../core/rounding.js';
import type { LeafRule, LeafRuleSpec, ParChannel, ParNumberInput } from './rule.js';

/**
 * How a leaf is treated for one kind of unit (cấp / loại đơn vị được đánh giá) where it does not apply as written:
 * - `'max'`: the unit gets the leaf's maximum without an input (an indicator a methodology awards in full at that
 *   level);
 * - `'inherited'`: the unit's value comes from another unit, given by the caller as the leaf's usual input or as
 *   `{ points }` (the QĐ 766 portal gives every department and commune its province's values of indicators 1.1–1.3);
 * - `'not-applicable'`: the leaf leaves both the points and the maximum for that unit (as a leaf marked
 *   `'not-applicable'`).
 *
 * @example
 * ```ts
 * import type { UnitLevelTreatment } from 'cchc';
 * const commune: UnitLevelTreatment = 'inherited';
 * ```
 *
 * @category PAR INDEX
 */
export type UnitLevelTreatment = 'max' | 'inherited' | 'not-applicable';

/**
 * A part of a node whose allocation of points is not known (`allocation: 'unknown'`): a sub-indicator the source
 * names, with its points when the source gives them and `null` (or absent) when it does not. Parts are documentation:
 * they cannot be scored, only the node as a whole.
 *
 * @example
 * ```ts
 * import type { MethodologyPartSpec } from 'cchc';
 * const part: MethodologyPartSpec = { code: '1.2', name: 'Tỷ lệ TTHC được cập nhật, công khai đúng hạn', maxPoints: 4 };
 * ```
 *
 * @category PAR INDEX
 */
export interface MethodologyPartSpec {
  /** Code under the node ("1.2" under "1"). */
  readonly code: string;
  /** Vietnamese name. */
  readonly name: string;
  /** English name, optional. */
  readonly nameEn?: string;
  /** Points when the source gives them; `null` or absent when unknown. */
  readonly maxPoints?: ParNumberInput | null;
  /** Where the figure comes from, what is unknown. */
  readonly note?: string;
}

/**
 * A validated {@link MethodologyPartSpec}: `maxPoints` is a Decimal, or `null` when unknown.
 *
 * @example
 * ```ts
 * import type { MethodologyPart } from 'cchc';
 * const part: MethodologyPart = { code: '1.1', name: 'Tỷ lệ TTHC công bố đúng hạn', maxPoints: null };
 * ```
 *
 * @category PAR INDEX
 */
export interface MethodologyPart {
  readonly code: string;
  readonly name: string;
  readonly nameEn?: string;
  readonly maxPoints: Decimal | null;
  readonly note?: string;
}

/**
 * Rounding of each leaf's points before they are added up (as an index that publishes every indicator to 2 decimals
 * and adds the rounded figures: the QĐ 766 portal, whose group scores are sums of rounded indicator scores).
 *
 * @example
 * ```ts
 * import type { LeafRounding } from 'cchc';
 * const r: LeafRounding = { decimals: 2, mode: 'half-up' };
 * ```
 *
 * @category PAR INDEX
 */
export interface LeafRounding {
  /** Digits after the decimal mark, 0–20. */
  readonly decimals: number;
  /** Rounding mode; default `'half-up'`. */
  readonly mode?: RoundingMode;
}

/**
 * What a node counts as (vai trò):
 * - `regular`: part of the index; its maxPoints add up to the total (usually 100);
 * - `bonus` (điểm thưởng): points added on top, up to its maxPoints, not part of the total's maximum;
 * - `penalty` (điểm trừ): points deducted, up to its maxPoints, not part of the total's maximum.
 *
 * Bonus and penalty nodes stand at the top level, beside the areas (Hà Nội 5666/QĐ-UBND, 17/11/2025, adds a 9th
 * content "điểm thưởng, điểm trừ" to 8 contents — https://sovhtt.hanoi.gov.vn/en/?p=30628 ; the amounts were not
 * retrieved, so they are data in each methodology). The BNV rule for deductions in the provincial index is UNKNOWN.
 *
 * @example
 * ```ts
 * import type { NodeRole } from 'cchc';
 * const role: NodeRole = 'penalty';
 * ```
 *
 * @category PAR INDEX
 */
export type NodeRole = 'regular' | 'bonus' | 'penalty';

/**
 * The level a code names, by its number of segments: "1" an area (lĩnh vực), "1.1" a criterion (tiêu chí),
 * "1.1.1" and deeper a sub-criterion (tiêu chí thành phần).
 *
 * @example
 * ```ts
 * import type { NodeLevel } from 'cchc';
 * const level: NodeLevel = 'criterion';
 * ```
 *
 * @category PAR INDEX
 */
export type NodeLevel = 'area' | 'criterion' | 'sub-criterion';

/**
 * One node of a methodology as written by its author (lĩnh vực / tiêu chí / tiêu chí thành phần): a code, the
 * Vietnamese name, the maximum points, and either children or (for a leaf) a scoring rule.
 *
 * - `code`: dotted segments; a child's code is its parent's code plus one segment ("1.1" under "1").
 * - `maxPoints`: > 0; a parent's maxPoints must equal the sum of its children's.
 * - `channel`: `assessed` or `survey`; inherited by children; when no node on the path says, a leaf with a `survey`
 *   rule is `survey` and any other leaf `assessed`.
 * - `mayBeNotApplicable`: whether an assessment may mark it `'not-applicable'` (default `false`).
 * - `role`: `regular` (default), `bonus` or `penalty` (top level only; children inherit it).
 * - `rule`: for leaves only, an object or its text form; see {@link LeafRuleSpec} and {@link parseRuleText}.
 * - `atUnitLevel`: for leaves, the treatment at some unit levels (see {@link UnitLevelTreatment}).
 * - `allocation: 'unknown'` and `parts`: a node whose maximum is known but not its split (see
 *   {@link MethodologyPartSpec}); it is scored as a whole.
 *
 * Any other key is refused (`UNKNOWN_KEY`, with the closest known key as suggestion). A tree has at most
 * {@link MAX_METHODOLOGY_DEPTH} levels and a code at most {@link MAX_CODE_LENGTH} characters.
 *
 * @example
 * ```ts
 * import type { MethodologyNodeSpec } from 'cchc';
 * const node: MethodologyNodeSpec = {
 *   code: '1.2', name: 'Báo cáo CCHC', maxPoints: 2,
 *   children: [
 *     { code: '1.2.1', name: 'Báo cáo gửi đúng thời gian', maxPoints: 1, rule: { kind: 'binary' } },
 *     { code: '1.2.2', name: 'Báo cáo đầy đủ nội dung theo hướng dẫn', maxPoints: 1, rule: 'binary' },
 *   ],
 * };
 * ```
 *
 * @category PAR INDEX
 */
export interface MethodologyNodeSpec {
  /** Code as printed in the annex ("1", "1.1", "1.1.2"). */
  readonly code: string;
  /** Vietnamese name (tên lĩnh vực / tiêu chí). */
  readonly name: string;
  /** English name, optional. */
  readonly nameEn?: string;
  /** Maximum points (điểm tối đa), > 0. */
  readonly maxPoints: ParNumberInput;
  /** Assessment channel; inherited by children. */
  readonly channel?: ParChannel;
  /** Whether the node may be marked not applicable (không phát sinh). Default `false`. */
  readonly mayBeNotApplicable?: boolean;
  /** Role; top-level nodes only may be `bonus` or `penalty`. Default `regular` (or the parent's role). */
  readonly role?: NodeRole;
  /** The scoring rule of a leaf (object or text). */
  readonly rule?: LeafRuleSpec | string;
  /** A note (e.g. where the rule comes from, what is unknown). */
  readonly note?: string;
  /** Children; absent or empty for a leaf. */
  readonly children?: readonly MethodologyNodeSpec[];
  /**
   * For a leaf: how it is treated for some kinds of units, by unit level (one of the methodology's `unitLevels`); see
   * {@link UnitLevelTreatment}. Levels not listed score the leaf by its rule.
   */
  readonly atUnitLevel?: Readonly<Record<string, UnitLevelTreatment>>;
  /**
   * `'unknown'` when the source gives the node's maximum but not how its points are split among its indicators: the
   * node is then scored as a whole by its `rule` (usually `'manual'`: the group's points), and its indicators are
   * listed as `parts` (documentation, not scorable). Default `'known'`.
   */
  readonly allocation?: 'known' | 'unknown';
  /** With `allocation: 'unknown'`: the indicators the source names, with their points where known. */
  readonly parts?: readonly MethodologyPartSpec[];
}

/**
 * A document a methodology comes from, in the 0.1 shape: a {@link SourceRef} whose date could be given as `issued`.
 *
 * @deprecated Use {@link SourceRef} (0.2): the one citation shape of `cchc`; its `date` replaces `issued`, which is
 * still read (as `date`) for now.
 *
 * @example
 * ```ts
 * import type { MethodologySource } from 'cchc';
 * const s: MethodologySource = { document: 'Quyết định 1880/QĐ-UBND (Cà Mau, 2013)', issued: '2013-11-11' };
 * ```
 *
 * @category PAR INDEX
 */
export interface MethodologySource extends SourceRef {
  /** @deprecated Use `date` (0.2). */
  readonly issued?: IsoDate;
}

/**
 * A methodology as written by its author (bộ tiêu chí xác định Chỉ số CCHC): metadata and the tree of areas.
 *
 * - `maxPoints`: the declared total of the regular areas (usually 100); checked against their sum when given.
 * - `unitLevels` and `rounding`: see the fields below.
 * - `clampTotal`: whether the total after bonus and penalty points is kept within [0, maxPoints] (default `true`,
 *   so that the index stays a percentage). The sources found do not say how bonus points above the maximum are
 *   treated (Hà Nội 5666/QĐ-UBND: amounts and caps not retrieved), so this is a parameter; set `false` to let a bonus
 *   push the index above 100.
 *
 * @example
 * ```ts
 * import type { MethodologySpec } from 'cchc';
 * const spec: MethodologySpec = {
 *   id: 'demo', name: 'Bộ tiêu chí minh hoạ', maxPoints: 3,
 *   nodes: [
 *     { code: '1', name: 'Ban hành kế hoạch', maxPoints: 1, rule: 'tiered: Kịp thời = 1; Không kịp thời = 0,5; Không ban hành = 0' },
 *     { code: '2', name: 'Mức độ thực hiện kế hoạch', maxPoints: 2, rule: 'percent-bands: trên 90% = 2; từ 70% = 1; từ 0% = 0' },
 *   ],
 * };
 * ```
 *
 * @category PAR INDEX
 */
export interface MethodologySpec {
  /** Stable identifier, e.g. `'ca-mau-1880-2013'`. */
  readonly id: string;
  /** Vietnamese name. */
  readonly name: string;
  /** Declared total maximum of the regular areas, e.g. 100. */
  readonly maxPoints?: ParNumberInput;
  /** Keep the total within [0, maxPoints] after bonus and penalty. Default `true`. */
  readonly clampTotal?: boolean;
  /** Where it comes from: {@link SourceRef}s (the 0.1 key `issued` is still read as `date`). */
  readonly sources?: readonly (SourceRef | MethodologySource)[];
  /** Notes: what is known, what is UNKNOWN. */
  readonly notes?: readonly string[];
  /**
   * The kinds of units the methodology scores (e.g. `['province', 'department', 'commune']`), named by the nodes'
   * `atUnitLevel` and by the `unitLevel` option of `scoreAssessment`.
   */
  readonly unitLevels?: readonly string[];
  /** Round each leaf's points before adding them up; see {@link LeafRounding}. Default: exact. */
  readonly rounding?: LeafRounding;
  /** The top-level nodes (areas, and bonus / penalty nodes). */
  readonly nodes: readonly MethodologyNodeSpec[];
}

/**
 * A validated node: numbers are Decimals, channel, role, level and the not-applicable flag are explicit.
 * A parent's `channel` is `'mixed'` when its leaves are not all on one channel.
 *
 * @example
 * ```ts
 * import { defineMethodology } from 'cchc';
 * const m = defineMethodology({ id: 'x', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 2, rule: 'manual' }] });
 * m.nodes[0]?.level; // 'area'
 * ```
 *
 * @category PAR INDEX
 */
export interface MethodologyNode {
  readonly code: string;
  readonly name: string;
  readonly nameEn?: string;
  readonly note?: string;
  /** Level named by the code's number of segments. */
  readonly level: NodeLevel;
  /** Depth in this methodology's tree (1 for top-level nodes). */
  readonly depth: number;
  /** Code of the parent node, `null` at the top. */
  readonly parent: string | null;
  readonly maxPoints: Decimal;
  readonly channel: ParChannel | 'mixed';
  readonly role: NodeRole;
  readonly mayBeNotApplicable: boolean;
  /** The rule of a leaf; `null` for a parent. */
  readonly rule: LeafRule | null;
  readonly children: readonly MethodologyNode[];
  /** Treatments by unit level (leaves only; present when the spec gave them). */
  readonly atUnitLevel?: Readonly<Record<string, UnitLevelTreatment>>;
  /** `'unknown'` for a node scored as a whole because its split is not known (present only then). */
  readonly allocation?: 'unknown';
  /** The indicators of a node whose allocation is unknown (present only then). */
  readonly parts?: readonly MethodologyPart[];
}

/**
 * A validated methodology, made by {@link defineMethodology} or {@link methodologyFromRows}.
 *
 * @example
 * ```ts
 * import { defineMethodology } from 'cchc';
 * const m = defineMethodology({ id: 'x', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 2, rule: 'manual' }] });
 * m.maxPoints.toString(); // '2'
 * ```
 *
 * @category PAR INDEX
 */
export interface Methodology {
  readonly id: string;
  readonly name: string;
  /** Sum of the regular top-level nodes' maxPoints (the index's 100%). */
  readonly maxPoints: Decimal;
  /** Sum of the bonus nodes' maxPoints (0 when none). */
  readonly bonusMaxPoints: Decimal;
  /** Sum of the penalty nodes' maxPoints (0 when none). */
  readonly penaltyMaxPoints: Decimal;
  readonly clampTotal: boolean;
  /** Where it comes from (a 0.1 `issued` date is given as `date`). */
  readonly sources: readonly SourceRef[];
  readonly notes: readonly string[];
  /** The kinds of units scored (present when the spec gave them). */
  readonly unitLevels?: readonly string[];
  /** Rounding of each leaf's points (present when the spec gave it; `mode` explicit). */
  readonly rounding?: Required<LeafRounding>;
  readonly nodes: readonly MethodologyNode[];
}
