import type { Decimal } from 'decimal.js';
import { Decimal as DecimalClass } from 'decimal.js';
import { CchcError } from '../core/errors.js';
import { freezeWithAliases, isObject, readChoice, readParOptions, typeIssue } from './_internal/read.js';
import type { NodeLevel, NodeRole } from './methodology.js';
import type { AssessmentScore, NodeScore } from './score-assessment.js';

/**
 * Options of {@link lostPoints}.
 *
 * @example
 * ```ts
 * import type { LostPointsOptions } from 'cchc';
 * const options: LostPointsOptions = { level: 'area', includeZero: true };
 * ```
 */
export interface LostPointsOptions {
  /**
   * Which nodes to list: `'leaf'` (default: the criteria actually scored, the most actionable), or one level
   * (`'area'`, `'criterion'`, `'sub-criterion'`).
   */
  readonly level?: 'leaf' | NodeLevel;
  /** Also list nodes that lost nothing. Default `false`. */
  readonly includeZero?: boolean;
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
 */
export function lostPoints(result: AssessmentScore, options?: LostPointsOptions): LostPointsItem[] {
  const o = readParOptions<LostPointsOptions>(options, ['level', 'includeZero']);
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
    if (!isNodeScore(n)) throw new CchcError(typeIssue(typeof code === 'string' ? ['result', 'nodes', code] : ['result', 'order', i], 'score', n));
    if (n.status !== 'scored' || n.role === 'bonus') continue;
    if (level === 'leaf' ? !n.leaf : n.level !== level) continue;
    const lost = n.role === 'penalty' ? n.achieved : n.max.minus(n.achieved);
    if (lost.isZero() && !o.includeZero) continue;
    const item = {
      code: n.code,
      name: n.name,
      level: n.level,
      role: n.role,
      lost,
      achieved: n.achieved,
      max: n.max,
      indexPercent: n.indexPercent,
    };
    items.push({ item: freezeWithAliases(item, { index: 'indexPercent' }) as LostPointsItem, i });
  }
  items.sort((a, b) => b.item.lost.cmp(a.item.lost) || a.i - b.i);
  return items.map((x) => x.item);
}

const LEVELS: readonly ('leaf' | NodeLevel)[] = ['leaf', 'area', 'criterion', 'sub-criterion'];

const finite = (v: unknown): boolean => DecimalClass.isDecimal(v) && (v as Decimal).isFinite();

function isNodeScore(n: unknown): n is NodeScore {
  if (!isObject(n)) return false;
  const ix = n.indexPercent;
  return typeof n.code === 'string' && typeof n.name === 'string' && typeof n.level === 'string' && typeof n.role === 'string' && typeof n.status === 'string' && finite(n.achieved) && finite(n.max) && (ix === null || finite(ix));
}
