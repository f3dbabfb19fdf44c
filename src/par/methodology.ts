// The types of a methodology (bộ tiêu chí): the spec an author writes and the validated form `defineMethodology` returns.
import type { Decimal } from 'decimal.js';
import type { IsoDate } from '../core/iso-date.js';
import type { SourceRef } from '../core/source-ref.js';
import type { LeafRule, LeafRuleSpec, ParChannel, ParNumberInput } from './rule.js';

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
 */
export interface MethodologySource extends SourceRef {
  /** @deprecated Use `date` (0.2). */
  readonly issued?: IsoDate;
}

/**
 * A methodology as written by its author (bộ tiêu chí xác định Chỉ số CCHC): metadata and the tree of areas.
 *
 * - `maxPoints`: the declared total of the regular areas (usually 100); checked against their sum when given.
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
  readonly nodes: readonly MethodologyNode[];
}
