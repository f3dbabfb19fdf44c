import { z } from 'zod';
import type { Decimal } from 'decimal.js';
import { CchcError } from '../core/errors.js';
import { isObject, typeIssue } from './_internal/read.js';
import type { NodeLevel, NodeRole } from './methodology.js';
import type { AssessmentScore } from './score-assessment.js';

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
 * Schema of {@link LostPointsOptions}.
 *
 * @example
 * ```ts
 * import { LostPointsOptionsSchema } from 'cchc';
 * LostPointsOptionsSchema.safeParse({ level: 'criterion' }).success; // true
 * ```
 */
export const LostPointsOptionsSchema = z.object({
  level: z.enum(['leaf', 'area', 'criterion', 'sub-criterion']).optional(),
  includeZero: z.boolean().optional(),
});

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
 *   '1.1.4': { ratio: 0.8 }, '1.2.1': { met: true }, '1.2.2': { met: true }, '1.3': { points: 1.5 },
 * });
 * lostPoints(s).map((l) => `${l.code} −${l.lost}`); // ['1.3 −1.5', '1.1.3 −1', '1.1.4 −1', '1.1.1 −0.5']
 * lostPoints(s, { level: 'criterion' }).map((l) => l.code); // ['1.1', '1.3']
 * ```
 */
export function lostPoints(result: AssessmentScore, options: LostPointsOptions = {}): LostPointsItem[] {
  const r: unknown = result;
  if (!isObject(r) || !isObject(r.nodes) || !Array.isArray(r.order)) {
    throw new CchcError(typeIssue(['result'], 'kết quả của scoreAssessment', 'a result of scoreAssessment', result));
  }
  if (!isObject(options)) throw new CchcError(typeIssue(['options'], 'một đối tượng tuỳ chọn', 'an options object', options));
  const level = options.level ?? 'leaf';
  if (!(['leaf', 'area', 'criterion', 'sub-criterion'] as unknown[]).includes(level)) {
    throw new CchcError(typeIssue(['level'], "'leaf', 'area', 'criterion' hoặc 'sub-criterion'", "'leaf', 'area', 'criterion' or 'sub-criterion'", level));
  }
  const items: { item: LostPointsItem; i: number }[] = [];
  result.order.forEach((code, i) => {
    const n = result.nodes[code];
    if (!n || n.status !== 'scored' || n.role === 'bonus') return;
    if (level === 'leaf' ? !n.leaf : n.level !== level) return;
    const lost = n.role === 'penalty' ? n.achieved : n.max.minus(n.achieved);
    if (lost.isZero() && !options.includeZero) return;
    items.push({ item: Object.freeze({ code: n.code, name: n.name, level: n.level, role: n.role, lost, achieved: n.achieved, max: n.max, index: n.index }), i });
  });
  items.sort((a, b) => b.item.lost.cmp(a.item.lost) || a.i - b.i);
  return items.map((x) => x.item);
}
