import type { Decimal } from 'decimal.js';
import { Decimal as DecimalClass } from 'decimal.js';
import { CchcError } from '../core/errors.js';
import { freezeWithAliases, isObject, readChoice, readParOptions, typeIssue } from './_internal/read.js';
import type { Methodology, MethodologyNode, MethodologySpec, NodeLevel, NodeRole } from './methodology.js';
import type { AssessmentInputs, AssessmentScore, NodeScore } from './score-assessment.js';
import { evaluateLeaf } from './_internal/evaluate-leaf.js';
import { resolveMethodology } from './_internal/resolve.js';
import type { MethodologyIndex } from './_internal/registry.js';
import { roundDecimal } from '../core/rounding.js';

/**
 * Options of {@link lostPoints}.
 *
 * @example
 * ```ts
 * import type { LostPointsOptions } from 'cchc';
 * const options: LostPointsOptions = { level: 'area', includeZero: true };
 * ```
 *
 * @category PAR INDEX
 */
export interface LostPointsOptions {
  /**
   * Which nodes to list: `'leaf'` (default: the criteria actually scored, the most actionable), or one level
   * (`'area'`, `'criterion'`, `'sub-criterion'`).
   */
  readonly level?: 'leaf' | NodeLevel;
  /** Also list nodes that lost nothing. Default `false`. */
  readonly includeZero?: boolean;
  /**
   * The methodology and inputs the result was scored from: with them, each leaf scored from counts
   * (`{ numerator, denominator }`, or a `rate` given as counts) by a proportional or percent-bands rule gets
   * `recover`, the count that would win its lost points back ("12 more dossiers paid online → +0,8").
   */
  readonly recovery?: { readonly methodology: Methodology | MethodologySpec; readonly inputs: AssessmentInputs };
}

/**
 * What would win a leaf's lost points back, for a leaf scored from counts: `count` more in the numerator (the
 * denominator unchanged: dossiers already received, now handled on time or paid online) gives `points` (all the points
 * lost, after the methodology's rounding); below any threshold, each one more is worth `perUnit` points.
 *
 * @example
 * ```ts
 * import { lostPoints, scoreAssessment } from 'cchc';
 * const m = { id: 'x', name: 'x', nodes: [{ code: '1', name: 'Hồ sơ thanh toán trực tuyến', maxPoints: 6, rule: 'proportional' }] };
 * const inputs = { '1': { numerator: 90, denominator: 100 } };
 * const [item] = lostPoints(scoreAssessment(m, inputs), { recovery: { methodology: m, inputs } });
 * item?.recover?.count; // 10
 * item?.recover?.points.toString(); // '0.6'
 * item?.recover?.perUnit?.toString(); // '0.06'
 * ```
 *
 * @category PAR INDEX
 */
export interface PointsRecovery {
  /** How many more in the numerator win all the lost points back. */
  readonly count: number;
  /** The points they win back (the points lost). */
  readonly points: Decimal;
  /** The numerator and denominator the leaf was scored from. */
  readonly numerator: number;
  readonly denominator: number;
  /** Points one more is worth below the threshold (proportional rules); `null` for percent bands. */
  readonly perUnit: Decimal | null;
}

/**
 * One line of {@link lostPoints}.
 *
 * @example
 * ```ts
 * import { lostPoints, scoreAssessment, type LostPointsItem } from 'cchc';
 * const s = scoreAssessment({ id: 'x', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 4, rule: 'manual' }] }, { '1': { points: 2.5 } });
 * const first: LostPointsItem | undefined = lostPoints(s)[0];
 * first?.lost.toString(); // '1.5'
 * ```
 *
 * @category PAR INDEX
 */
export interface LostPointsItem {
  readonly code: string;
  readonly name: string;
  readonly level: NodeLevel;
  readonly role: NodeRole;
  /** Points lost: max − achieved; for a penalty node, the points deducted. */
  readonly lost: Decimal;
  readonly achieved: Decimal;
  readonly max: Decimal;
  /** achieved / max × 100 in percent points; `null` when max is 0. */
  readonly indexPercent: Decimal | null;
  /** @deprecated Use `indexPercent` (0.2; not enumerated). */
  readonly index: Decimal | null;
  /** With the `recovery` option, for a leaf scored from counts: what would win the lost points back. */
  readonly recover?: PointsRecovery;
}

/**
 * The criteria sorted by points lost (điểm bị trừ / chưa đạt), largest first: the list a Sở Nội vụ needs to plan next
 * year's work. Only scored nodes are listed (not-applicable and excluded ones lose nothing); bonus nodes are left out
 * (a bonus not earned is not a loss); a penalty node's loss is the points it deducted. Equal losses keep the
 * methodology's order.
 *
 * @example
 * ```ts
 * import { scoreAssessment, lostPoints } from 'cchc';
 * import { caMau2013Fragment } from 'cchc/datasets';
 * const s = scoreAssessment(caMau2013Fragment, {
 *   '1.1.1': { outcome: 'Không kịp thời' }, '1.1.2': { met: true }, '1.1.3': { met: false },
 *   '1.1.4': { rate: 0.8 }, '1.2.1': { met: true }, '1.2.2': { met: true }, '1.3': { points: 1.5 },
 * });
 * lostPoints(s).map((l) => `${l.code} −${l.lost}`); // ['1.3 −1.5', '1.1.3 −1', '1.1.4 −1', '1.1.1 −0.5']
 * lostPoints(s, { level: 'criterion' }).map((l) => l.code); // ['1.1', '1.3']
 * ```
 *
 * @category PAR INDEX
 */
export function lostPoints(result: AssessmentScore, options?: LostPointsOptions): LostPointsItem[] {
  const o = readParOptions<LostPointsOptions>(options, ['level', 'includeZero', 'recovery']);
  const recovery = o.recovery === undefined ? undefined : readRecovery(o.recovery);
  const level = readChoice<'leaf' | NodeLevel>(o.level, LEVELS, 'leaf', ['options', 'level']);
  if (o.includeZero !== undefined && typeof o.includeZero !== 'boolean')
    throw new CchcError(typeIssue(['options', 'includeZero'], 'boolean', o.includeZero));
  const r: unknown = result;
  if (!isObject(r) || !isObject(r.nodes) || !Array.isArray(r.order)) throw new CchcError(typeIssue(['result'], 'score', result));
  const nodes = r.nodes as Record<string, unknown>;
  const items: { item: LostPointsItem; i: number }[] = [];
  for (let i = 0; i < r.order.length; i++) {
    const code: unknown = r.order[i];
    const n = typeof code === 'string' && Object.hasOwn(nodes, code) ? nodes[code] : undefined;
    // A result rebuilt by hand is checked, not trusted: every node listed must carry finite Decimal points.
    if (!isNodeScore(n))
      throw new CchcError(typeIssue(typeof code === 'string' ? ['result', 'nodes', code] : ['result', 'order', i], 'score', n));
    if (n.status !== 'scored' || n.role === 'bonus') continue;
    if (level === 'leaf' ? !n.leaf : n.level !== level) continue;
    const lost = n.role === 'penalty' ? n.achieved : n.max.minus(n.achieved);
    if (lost.isZero() && !o.includeZero) continue;
    const item: Record<string, unknown> = {
      code: n.code,
      name: n.name,
      level: n.level,
      role: n.role,
      lost,
      achieved: n.achieved,
      max: n.max,
      indexPercent: n.indexPercent,
    };
    if (recovery && n.leaf && n.role === 'regular' && n.basis === 'input' && lost.gt(0)) {
      const r = recoveryOf(recovery.methodology, recovery.index.byCode.get(n.code), recovery.inputs, lost);
      if (r) item.recover = r;
    }
    items.push({ item: freezeWithAliases(item, { index: 'indexPercent' }) as unknown as LostPointsItem, i });
  }
  items.sort((a, b) => b.item.lost.cmp(a.item.lost) || a.i - b.i);
  return items.map((x) => x.item);
}

const LEVELS: readonly ('leaf' | NodeLevel)[] = ['leaf', 'area', 'criterion', 'sub-criterion'];

const finite = (v: unknown): boolean => DecimalClass.isDecimal(v) && (v as Decimal).isFinite();

function isNodeScore(n: unknown): n is NodeScore {
  if (!isObject(n)) return false;
  const ix = n.indexPercent;
  return (
    typeof n.code === 'string' &&
    typeof n.name === 'string' &&
    typeof n.level === 'string' &&
    typeof n.role === 'string' &&
    typeof n.status === 'string' &&
    finite(n.achieved) &&
    finite(n.max) &&
    (ix === null || finite(ix))
  );
}

function readRecovery(raw: unknown): { methodology: Methodology; index: MethodologyIndex; inputs: AssessmentInputs } {
  if (!isObject(raw)) throw new CchcError(typeIssue(['options', 'recovery'], 'inputs', raw));
  const r = readParOptions<{ methodology: Methodology | MethodologySpec; inputs: AssessmentInputs }>(raw, ['methodology', 'inputs']);
  const { methodology, index } = resolveMethodology(r.methodology as Methodology);
  if (!isObject(r.inputs)) throw new CchcError(typeIssue(['options', 'recovery', 'inputs'], 'inputs', r.inputs));
  return { methodology, index, inputs: r.inputs };
}

/** The integer numerator and denominator of a leaf input given as counts, or `undefined`. */
function countsOf(input: unknown): { n: number; d: number } | undefined {
  if (!isObject(input)) return undefined;
  const src = Object.hasOwn(input, 'numerator') ? input : Object.hasOwn(input, 'rate') && isObject(input.rate) ? input.rate : undefined;
  if (!src) return undefined;
  const n = toCount(src.numerator);
  const d = toCount(src.denominator);
  return n !== undefined && d !== undefined && d > 0 && n <= d ? { n, d } : undefined;
}

function toCount(v: unknown): number | undefined {
  const x = typeof v === 'number' ? v : DecimalClass.isDecimal(v) ? (v as Decimal).toNumber() : typeof v === 'bigint' ? Number(v) : NaN;
  return Number.isSafeInteger(x) && x >= 0 ? x : undefined;
}

/**
 * The smallest k such that the leaf scored from (n + k) / d reaches its maximum (after the methodology's rounding): a
 * binary search over k in [0, d − n], the points being non-decreasing in the numerator.
 */
function recoveryOf(
  m: Methodology,
  node: MethodologyNode | undefined,
  inputs: AssessmentInputs,
  lost: Decimal,
): PointsRecovery | undefined {
  if (!node?.rule || (node.rule.kind !== 'proportional' && node.rule.kind !== 'percent-bands')) return undefined;
  const input = Object.hasOwn(inputs, node.code) ? inputs[node.code] : undefined;
  const counts = countsOf(input);
  if (!counts) return undefined;
  const { n, d } = counts;
  const pointsAt = (k: number): Decimal => {
    const out = evaluateLeaf(node, { numerator: n + k, denominator: d }, []);
    const p = out && 'points' in out ? out.points : node.maxPoints.times(0);
    return m.rounding ? roundDecimal(p, m.rounding.decimals, m.rounding.mode) : p;
  };
  const max = node.maxPoints;
  let lo = 0;
  let hi = d - n;
  if (!pointsAt(hi).gte(max)) return undefined;
  while (lo < hi) {
    const mid = lo + Math.floor((hi - lo) / 2);
    if (pointsAt(mid).gte(max)) hi = mid;
    else lo = mid + 1;
  }
  const rule = node.rule;
  const perUnit = rule.kind === 'proportional' ? max.div(d).div(rule.fullAt ?? 1) : null;
  return Object.freeze({ count: lo, points: lost, numerator: n, denominator: d, perUnit });
}
