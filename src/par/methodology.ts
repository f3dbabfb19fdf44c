import { z } from 'zod';
import type { Decimal } from 'decimal.js';
import { CchcError, issue, show, type CchcPath } from '../core/errors.js';
import { type IsoDate } from '../core/iso-date.js';
import { IsoDateSchema } from '../core/_zod-legacy.js';
import { zodIssuesToCchcLegacy as zodIssuesToCchc } from '../core/_zod-legacy.js';
import { CODE_PATTERN, impliedParentCode, isObject, readDecimal, typeIssue, vi, ZERO, type Problems } from './_internal/read.js';
import { indexOfMethodology, register, type MethodologyIndex } from './_internal/registry.js';
import { LeafRuleSpecSchema, normalizeRule, ParChannelSchema, ParNumberInputSchema, type LeafRule, type LeafRuleSpec, type ParChannel, type ParNumberInput } from './rule.js';

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
 * Schema of {@link NodeRole}.
 *
 * @example
 * ```ts
 * import { NodeRoleSchema } from 'cchc';
 * NodeRoleSchema.safeParse('bonus').success; // true
 * ```
 */
export const NodeRoleSchema = z.enum(['regular', 'bonus', 'penalty']);

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
 * Schema of {@link MethodologyNodeSpec} (recursive).
 *
 * @example
 * ```ts
 * import { MethodologyNodeSpecSchema } from 'cchc';
 * MethodologyNodeSpecSchema.safeParse({ code: '1.2', name: 'Báo cáo CCHC', maxPoints: 2, children: [{ code: '1.2.1', name: 'Đúng hạn', maxPoints: 2, rule: 'binary' }] }).success; // true
 * ```
 */
export const MethodologyNodeSpecSchema: z.ZodType<MethodologyNodeSpec> = z.lazy(() =>
  z.object({
    code: z.string().regex(CODE_PATTERN),
    name: z.string().min(1),
    nameEn: z.string().optional(),
    maxPoints: ParNumberInputSchema,
    channel: ParChannelSchema.optional(),
    mayBeNotApplicable: z.boolean().optional(),
    role: NodeRoleSchema.optional(),
    rule: z.union([LeafRuleSpecSchema, z.string()]).optional(),
    note: z.string().optional(),
    children: z.array(MethodologyNodeSpecSchema).optional(),
  }),
);

/**
 * A document a methodology comes from (văn bản nguồn).
 *
 * @example
 * ```ts
 * import type { MethodologySource } from 'cchc';
 * const s: MethodologySource = { document: 'Quyết định 1880/QĐ-UBND (Cà Mau, 2013)', url: 'https://thuvienphapluat.vn/…' };
 * ```
 */
export interface MethodologySource {
  /** Document number and title. */
  readonly document: string;
  /** Date of issue, when known. */
  readonly issued?: IsoDate;
  /** Where it was read. */
  readonly url?: string;
  /** What was taken from it. */
  readonly note?: string;
}

/**
 * Schema of {@link MethodologySource}.
 *
 * @example
 * ```ts
 * import { MethodologySourceSchema } from 'cchc';
 * MethodologySourceSchema.safeParse({ document: 'Quyết định 876/QĐ-BNV', issued: '2022-11-10' }).success; // true
 * ```
 */
export const MethodologySourceSchema = z.object({
  document: z.string().min(1),
  issued: IsoDateSchema.optional(),
  url: z.string().optional(),
  note: z.string().optional(),
});

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
  /** Where it comes from. */
  readonly sources?: readonly MethodologySource[];
  /** Notes: what is known, what is UNKNOWN. */
  readonly notes?: readonly string[];
  /** The top-level nodes (areas, and bonus / penalty nodes). */
  readonly nodes: readonly MethodologyNodeSpec[];
}

/**
 * Schema of {@link MethodologySpec}. `defineMethodology` checks much more (sums, codes, rules).
 *
 * @example
 * ```ts
 * import { MethodologySpecSchema } from 'cchc';
 * import { caMau2013Fragment } from 'cchc/datasets';
 * MethodologySpecSchema.safeParse(caMau2013Fragment).success; // true
 * ```
 */
export const MethodologySpecSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  maxPoints: ParNumberInputSchema.optional(),
  clampTotal: z.boolean().optional(),
  sources: z.array(MethodologySourceSchema).optional(),
  notes: z.array(z.string()).optional(),
  nodes: z.array(MethodologyNodeSpecSchema).min(1),
});

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
  readonly sources: readonly MethodologySource[];
  readonly notes: readonly string[];
  readonly nodes: readonly MethodologyNode[];
}

const CHANNELS: readonly string[] = ['assessed', 'survey'];
const ROLES: readonly string[] = ['regular', 'bonus', 'penalty'];

function levelOf(code: string): NodeLevel {
  const n = code.split('.').length;
  return n === 1 ? 'area' : n === 2 ? 'criterion' : 'sub-criterion';
}

interface Context {
  readonly problems: Problems;
  readonly seen: Map<string, CchcPath>;
}

interface ParentInfo {
  readonly code: string;
  readonly channel: ParChannel | undefined;
  readonly role: NodeRole;
}

function describe(path: CchcPath): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`)).join('').replace(/^\./, '');
}

/**
 * What walking one node gives: the validated node when it has no problem, and — even when it has some — its maxPoints
 * and role when they could be read, so that the sums above it are still checked (every problem at once).
 */
interface Walked {
  readonly node?: MethodologyNode;
  readonly maxPoints?: Decimal;
  readonly role?: NodeRole;
}

function walk(spec: unknown, path: CchcPath, parent: ParentInfo | null, depth: number, ctx: Context): Walked {
  const { problems } = ctx;
  if (!isObject(spec)) {
    problems.push(typeIssue(path, 'một nút { code, name, maxPoints, … }', 'a node { code, name, maxPoints, … }', spec));
    return {};
  }
  const before = problems.length;
  // code
  const code = spec.code;
  let codeOk = false;
  if (typeof code !== 'string' || !CODE_PATTERN.test(code)) {
    problems.push(
      issue(
        'PAR_INVALID_CODE',
        [...path, 'code'],
        `Mã ${show(code)} không hợp lệ: cần các đoạn chữ/số nối bằng dấu chấm ("1", "1.1", "1.1.2")`,
        `Code ${show(code)} is not valid: expected dotted segments of letters and digits ("1", "1.1", "1.1.2")`,
        code,
      ),
    );
  } else {
    codeOk = true;
    const first = ctx.seen.get(code);
    if (first) {
      problems.push(issue('PAR_DUPLICATE_CODE', [...path, 'code'], `Mã "${code}" trùng với nút ở ${describe(first)}`, `Code "${code}" repeats the node at ${describe(first)}`, code));
    } else ctx.seen.set(code, path);
    if (parent && impliedParentCode(code) !== parent.code) {
      problems.push(
        issue(
          'PAR_CODE_NOT_UNDER_PARENT',
          [...path, 'code'],
          `Mã "${code}" không phải mã con của "${parent.code}" (cần "${parent.code}.<số>")`,
          `Code "${code}" is not a child code of "${parent.code}" (expected "${parent.code}.<n>")`,
          code,
        ),
      );
    }
  }
  const label = codeOk ? `"${code as string}"` : describe(path);
  // name, nameEn, note
  if (typeof spec.name !== 'string' || spec.name.trim() === '') {
    problems.push(typeIssue([...path, 'name'], 'tên tiếng Việt không rỗng', 'a non-empty Vietnamese name', spec.name));
  }
  for (const key of ['nameEn', 'note'] as const) {
    if (spec[key] !== undefined && typeof spec[key] !== 'string') problems.push(typeIssue([...path, key], 'một chuỗi', 'a string', spec[key]));
  }
  // maxPoints
  let maxPoints: Decimal | undefined;
  if (spec.maxPoints === undefined || spec.maxPoints === null || (typeof spec.maxPoints === 'string' && spec.maxPoints.trim() === '')) {
    problems.push(issue('PAR_INVALID_MAX_POINTS', [...path, 'maxPoints'], `Nút ${label} thiếu điểm tối đa (maxPoints trống)`, `Node ${label} has no maxPoints (empty)`, spec.maxPoints));
  } else {
    const p: Problems = [];
    const d = readDecimal(spec.maxPoints, [...path, 'maxPoints'], p);
    if (!d || !d.gt(0)) {
      problems.push(
        issue(
          'PAR_INVALID_MAX_POINTS',
          [...path, 'maxPoints'],
          `Điểm tối đa của nút ${label} phải là số lớn hơn 0, nhận được ${show(spec.maxPoints)}${p[0] ? ` (${p[0].messageVi})` : ''}`,
          `maxPoints of node ${label} must be a number above 0, received ${show(spec.maxPoints)}${p[0] ? ` (${p[0].messageEn})` : ''}`,
          spec.maxPoints,
        ),
      );
    } else maxPoints = d;
  }
  // role
  let role: NodeRole = parent?.role ?? 'regular';
  let roleOk = true;
  if (spec.role !== undefined) {
    if (typeof spec.role !== 'string' || !ROLES.includes(spec.role)) {
      roleOk = false;
      problems.push(typeIssue([...path, 'role'], "'regular', 'bonus' hoặc 'penalty'", "'regular', 'bonus' or 'penalty'", spec.role));
    } else if (parent && spec.role !== parent.role) {
      problems.push(
        issue(
          'PAR_ROLE_CONFLICT',
          [...path, 'role'],
          `Nút ${label} là '${spec.role}' nhưng nút cha "${parent.code}" là '${parent.role}': điểm thưởng / điểm trừ chỉ đặt ở cấp cao nhất`,
          `Node ${label} is '${spec.role}' but its parent "${parent.code}" is '${parent.role}': bonus and penalty nodes stand at the top level only`,
          spec.role,
        ),
      );
    } else role = spec.role as NodeRole;
  }
  // channel (explicit, inherited)
  let explicitChannel = parent?.channel;
  if (spec.channel !== undefined) {
    if (typeof spec.channel !== 'string' || !CHANNELS.includes(spec.channel)) {
      problems.push(typeIssue([...path, 'channel'], "'assessed' hoặc 'survey'", "'assessed' or 'survey'", spec.channel));
    } else if (parent?.channel !== undefined && spec.channel !== parent.channel) {
      problems.push(
        issue(
          'PAR_CHANNEL_CONFLICT',
          [...path, 'channel'],
          `Nút ${label} thuộc kênh '${spec.channel}' nhưng nút cha "${parent.code}" thuộc kênh '${parent.channel}'`,
          `Node ${label} is on channel '${spec.channel}' but its parent "${parent.code}" is on '${parent.channel}'`,
          spec.channel,
        ),
      );
    } else explicitChannel = spec.channel as ParChannel;
  }
  // mayBeNotApplicable
  let mayBeNotApplicable = false;
  if (spec.mayBeNotApplicable !== undefined) {
    if (typeof spec.mayBeNotApplicable !== 'boolean') problems.push(typeIssue([...path, 'mayBeNotApplicable'], 'true hoặc false', 'true or false', spec.mayBeNotApplicable));
    else mayBeNotApplicable = spec.mayBeNotApplicable;
  }
  // children or rule
  const childSpecs = spec.children;
  const partial: Walked = { ...(maxPoints ? { maxPoints } : {}), ...(roleOk ? { role } : {}) };
  if (childSpecs !== undefined && !Array.isArray(childSpecs)) {
    problems.push(typeIssue([...path, 'children'], 'một mảng nút con', 'an array of child nodes', childSpecs));
    return partial;
  }
  const isLeaf = childSpecs === undefined || childSpecs.length === 0;
  let rule: LeafRule | null = null;
  let children: MethodologyNode[] = [];
  let channel: ParChannel | 'mixed';
  if (isLeaf) {
    if (spec.rule === undefined || spec.rule === null || spec.rule === '') {
      problems.push(
        issue('PAR_MISSING_RULE', [...path, 'rule'], `Tiêu chí lá ${label} không có quy tắc chấm điểm (rule)`, `Leaf ${label} has no scoring rule`),
      );
    } else {
      rule = normalizeRule(spec.rule, maxPoints, [...path, 'rule'], problems) ?? null;
    }
    if (rule?.kind === 'survey' && explicitChannel === 'assessed') {
      problems.push(
        issue(
          'PAR_CHANNEL_CONFLICT',
          [...path, 'rule'],
          `Tiêu chí ${label} chấm theo điều tra xã hội học (rule 'survey') nhưng thuộc kênh 'assessed'`,
          `Leaf ${label} has a 'survey' rule but is on the 'assessed' channel`,
          'survey',
        ),
      );
    }
    channel = explicitChannel ?? (rule?.kind === 'survey' ? 'survey' : 'assessed');
  } else {
    if (spec.rule !== undefined && spec.rule !== null && spec.rule !== '') {
      problems.push(
        issue(
          'PAR_RULE_ON_PARENT',
          [...path, 'rule'],
          `Nút ${label} có nút con nên điểm của nó là tổng điểm các nút con; bỏ quy tắc (rule) của nó`,
          `Node ${label} has children, so its points are their sum; remove its rule`,
        ),
      );
    }
    const me: ParentInfo = { code: codeOk ? (code as string) : '?', channel: explicitChannel, role };
    const kids = childSpecs.map((c: unknown, i) => walk(c, [...path, 'children', i], me, depth + 1, ctx));
    children = kids.flatMap((k) => (k.node ? [k.node] : []));
    // The sum is checked whenever every child's maxPoints could be read, even if a child has other problems
    // (a duplicate code, a bad rule): each problem is reported, none hides another.
    const maxima = kids.flatMap((k) => (k.maxPoints ? [k.maxPoints] : []));
    if (maxPoints && maxima.length === childSpecs.length) {
      const sum = maxima.reduce((a, d) => a.plus(d), ZERO);
      const codes = childSpecs.map((c: unknown, i) => (isObject(c) && typeof c.code === 'string' ? c.code : `[${i}]`));
      if (!sum.eq(maxPoints)) {
        problems.push(
          issue(
            'PAR_CHILDREN_SUM_MISMATCH',
            [...path, 'maxPoints'],
            `Điểm tối đa của ${label} là ${vi(maxPoints)} nhưng các nút con cộng lại được ${vi(sum)} (${maxima.map((d, i) => `${codes[i]}: ${vi(d)}`).join(' + ')})`,
            `${label} has maxPoints ${maxPoints.toFixed()} but its children add up to ${sum.toFixed()} (${maxima.map((d, i) => `${codes[i]}: ${d.toFixed()}`).join(' + ')})`,
            sum.toFixed(),
          ),
        );
      }
    }
    const channels = new Set(children.map((k) => k.channel));
    channel = channels.size === 1 ? [...channels][0]! : 'mixed';
  }
  if (problems.length > before || !maxPoints || !codeOk) return partial;
  const node: Record<string, unknown> = { code, name: spec.name };
  if (spec.nameEn !== undefined) node.nameEn = spec.nameEn;
  if (spec.note !== undefined) node.note = spec.note;
  Object.assign(node, {
    level: levelOf(code as string),
    depth,
    parent: parent ? parent.code : null,
    maxPoints,
    channel,
    role,
    mayBeNotApplicable,
    rule,
    children: Object.freeze(children),
  });
  return { ...partial, node: Object.freeze(node) as unknown as MethodologyNode };
}

/** Problems in the order of the top-level nodes they are about (stable); those about the whole spec keep their place. */
function inTreeOrder(problems: Problems, beforeWalk: number): Problems {
  const key = (p: Problems[number], i: number) => (p.path[0] === 'nodes' && typeof p.path[1] === 'number' ? p.path[1] : i < beforeWalk ? -1 : Number.MAX_SAFE_INTEGER);
  return problems.map((p, i) => ({ p, i, k: key(p, i) })).sort((a, b) => a.k - b.k || a.i - b.i).map(({ p }) => p);
}

/**
 * A top-level node whose code has several segments ("1.1.1") belongs under its parent when the methodology has that
 * parent ("1.1") or an ancestor of it ("1"): only a fragment that has none of them (criteria "1.1"–"1.3" without their
 * area) may stand at the top. Reported as `PAR_CODE_NOT_UNDER_PARENT` (the parent exists elsewhere in the tree) or
 * `PAR_MISSING_PARENT` (it does not, but an ancestor does).
 */
function checkTopLevelCodes(nodeSpecs: readonly unknown[], ctx: Context): void {
  nodeSpecs.forEach((spec: unknown, i) => {
    if (!isObject(spec) || typeof spec.code !== 'string' || !CODE_PATTERN.test(spec.code)) return;
    const code = spec.code;
    const parent = impliedParentCode(code);
    if (parent === null) return;
    const path: CchcPath = ['nodes', i, 'code'];
    const at = ctx.seen.get(parent);
    if (at) {
      ctx.problems.push(
        issue(
          'PAR_CODE_NOT_UNDER_PARENT',
          path,
          `Mã "${code}" đứng ở cấp cao nhất nhưng nút cha "${parent}" có ở ${describe(at)}: đặt "${code}" vào children của "${parent}"`,
          `Code "${code}" stands at the top level but its parent "${parent}" is at ${describe(at)}: put "${code}" in the children of "${parent}"`,
          code,
        ),
      );
      return;
    }
    let up = impliedParentCode(parent);
    while (up !== null && !ctx.seen.has(up)) up = impliedParentCode(up);
    if (up !== null) {
      ctx.problems.push(
        issue(
          'PAR_MISSING_PARENT',
          path,
          `Mã "${code}" thiếu nút cha "${parent}" (bộ tiêu chí có "${up}" nhưng không có "${parent}")`,
          `Code "${code}" has no parent node "${parent}" (the methodology has "${up}" but no "${parent}")`,
          code,
        ),
      );
    }
  });
}

/**
 * Validate a methodology (bộ tiêu chí) and return it in its checked form, ready for {@link scoreAssessment}.
 * Every problem is found before throwing, each with its own code and path:
 *
 * - codes: `PAR_INVALID_CODE`, `PAR_DUPLICATE_CODE`, `PAR_CODE_NOT_UNDER_PARENT`;
 * - points: `PAR_INVALID_MAX_POINTS`, `PAR_CHILDREN_SUM_MISMATCH` (children's maxima must add up to the parent's),
 *   `PAR_TOTAL_MISMATCH` (areas vs the declared total);
 * - rules: `PAR_MISSING_RULE`, `PAR_RULE_ON_PARENT`, `PAR_INVALID_RULE`, `PAR_DUPLICATE_OUTCOME`,
 *   `PAR_RULE_POINTS_OUT_OF_RANGE`, `PAR_RULE_MAX_UNREACHABLE`, and for percent bands `PAR_BAND_OUT_OF_RANGE`,
 *   `PAR_BANDS_NOT_ORDERED`, `PAR_BANDS_NOT_COVERING` (the bands must cover [0, 1], no gap), `PAR_BANDS_OVERLAP`,
 *   `PAR_BANDS_NOT_MONOTONIC`;
 * - placement: `PAR_MISSING_PARENT` for a top-level "1.1.1" when "1" exists but "1.1" does not.
 *
 * Sums are checked whenever the maxima could be read, even if a child has problems of its own: one mistake never
 * hides another.
 * - structure: `PAR_CHANNEL_CONFLICT`, `PAR_ROLE_CONFLICT`, `PAR_EMPTY_METHODOLOGY`, `INVALID_INPUT`.
 *
 * The tree shape (areas → criteria → sub-criteria, parent = sum of children, index = achieved / max × 100 at every
 * level) follows the BNV index formula — http://cchc.mard.gov.vn/Pages/hoi-nghi-trien-khai-de-an-chi-so-cchc.aspx —
 * and the annex tables of province-internal indices (Cà Mau QĐ 1880/QĐ-UBND, 2013).
 *
 * @throws {@link CchcError} listing every problem (code `VALIDATION_FAILED` when they are of several kinds).
 *
 * @example
 * ```ts
 * import { defineMethodology } from 'cchc';
 * const m = defineMethodology({
 *   id: 'demo', name: 'Minh hoạ', maxPoints: 3,
 *   nodes: [
 *     { code: '1', name: 'Ban hành kế hoạch', maxPoints: 1, rule: 'tiered: Kịp thời = 1; Không kịp thời = 0,5; Không ban hành = 0' },
 *     { code: '2', name: 'Thực hiện kế hoạch', maxPoints: 2, rule: 'percent-bands: trên 90% = 2; từ 70% = 1; từ 0% = 0' },
 *   ],
 * });
 * m.maxPoints.toString(); // '3'
 * const bad = { id: 'bad', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 5, children: [{ code: '1.1', name: 'B', maxPoints: 2, rule: 'manual' }] }] };
 * defineMethodology(bad); // throws CchcError PAR_CHILDREN_SUM_MISMATCH
 * ```
 */
export function defineMethodology(spec: MethodologySpec): Methodology {
  const problems: Problems = [];
  if (!isObject(spec)) throw new CchcError(typeIssue([], 'một bộ tiêu chí { id, name, nodes }', 'a methodology { id, name, nodes }', spec));
  if (typeof spec.id !== 'string' || spec.id.trim() === '') problems.push(typeIssue(['id'], 'một mã (id) không rỗng', 'a non-empty id', spec.id));
  if (typeof spec.name !== 'string') problems.push(typeIssue(['name'], 'một tên', 'a name', spec.name));
  if (spec.clampTotal !== undefined && typeof spec.clampTotal !== 'boolean') problems.push(typeIssue(['clampTotal'], 'true hoặc false', 'true or false', spec.clampTotal));
  for (const key of ['sources', 'notes'] as const) {
    if (spec[key] === undefined) continue;
    const schema = key === 'sources' ? z.array(MethodologySourceSchema) : z.array(z.string());
    const r = schema.safeParse(spec[key], { reportInput: true });
    if (!r.success) problems.push(...zodIssuesToCchc(r.error.issues, [key]));
  }
  let declared: Decimal | undefined;
  if (spec.maxPoints !== undefined) {
    const d = readDecimal(spec.maxPoints, ['maxPoints'], problems);
    if (d && !d.gt(0)) {
      problems.push(issue('PAR_INVALID_MAX_POINTS', ['maxPoints'], `Tổng điểm tối đa phải lớn hơn 0, nhận được ${vi(d)}`, `The total maxPoints must be above 0, received ${d.toFixed()}`, d.toFixed()));
    } else declared = d;
  }
  const nodeSpecs: unknown = spec.nodes;
  if (!Array.isArray(nodeSpecs) || nodeSpecs.length === 0) {
    problems.push(
      issue('PAR_EMPTY_METHODOLOGY', ['nodes'], 'Bộ tiêu chí không có lĩnh vực nào (nodes rỗng)', 'The methodology has no nodes', Array.isArray(nodeSpecs) ? nodeSpecs.length : nodeSpecs),
    );
    throw new CchcError(problems);
  }
  const ctx: Context = { problems, seen: new Map() };
  const beforeWalk = problems.length;
  const walked = nodeSpecs.map((n: unknown, i) => walk(n, ['nodes', i], null, 1, ctx));
  checkTopLevelCodes(nodeSpecs, ctx);
  const ok = walked.flatMap((w) => (w.node ? [w.node] : []));
  const sumOf = (role: NodeRole) => ok.filter((n) => n.role === role).reduce((a, n) => a.plus(n.maxPoints), ZERO);
  const regular = sumOf('regular');
  // Like the children's sums, the total is checked whenever every top-level maxPoints and role could be read.
  const readable = walked.every((w) => w.maxPoints !== undefined && w.role !== undefined);
  const readRegular = walked.filter((w) => w.role === 'regular').reduce((a, w) => a.plus(w.maxPoints ?? ZERO), ZERO);
  if (readable && !walked.some((w) => w.role === 'regular')) {
    problems.push(issue('PAR_EMPTY_METHODOLOGY', ['nodes'], 'Bộ tiêu chí chỉ có điểm thưởng / điểm trừ, không có lĩnh vực nào', 'The methodology has only bonus / penalty nodes, no regular area'));
  }
  if (declared && readable && !readRegular.eq(declared)) {
    problems.push(
      issue(
        'PAR_TOTAL_MISMATCH',
        ['maxPoints'],
        `Tổng điểm tối đa khai báo là ${vi(declared)} nhưng các lĩnh vực cộng lại được ${vi(readRegular)}`,
        `The declared total is ${declared.toFixed()} but the areas add up to ${readRegular.toFixed()}`,
        readRegular.toFixed(),
      ),
    );
  }
  if (problems.length > 0) throw new CchcError(inTreeOrder(problems, beforeWalk));
  const out: Record<string, unknown> = {
    id: spec.id,
    name: spec.name,
    maxPoints: regular,
    bonusMaxPoints: sumOf('bonus'),
    penaltyMaxPoints: sumOf('penalty'),
    clampTotal: spec.clampTotal ?? true,
    sources: Object.freeze((spec.sources ?? []).map((s) => Object.freeze({ ...s }))),
    notes: Object.freeze([...(spec.notes ?? [])]),
    nodes: Object.freeze(ok),
  };
  const m = Object.freeze(out) as unknown as Methodology;
  register(m);
  return m;
}

/**
 * A validated methodology and its lookups: `m` itself when it came from `defineMethodology`, otherwise `m` validated
 * as a spec.
 * @internal
 */
export function resolveMethodology(m: Methodology | MethodologySpec): { methodology: Methodology; index: MethodologyIndex } {
  const known = indexOfMethodology(m);
  if (known) return { methodology: m as Methodology, index: known };
  const methodology = defineMethodology(m as MethodologySpec);
  return { methodology, index: indexOfMethodology(methodology)! };
}
