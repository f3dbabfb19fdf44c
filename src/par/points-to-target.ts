import type { Decimal } from 'decimal.js';
import { CchcError, fail, issue } from '../core/errors.js';
import { HUNDRED, isObject, readDecimal, typeIssue, vi, ZERO, type Problems } from './_internal/read.js';
import type { ParNumberInput } from './rule.js';
import type { AssessmentScore, ScorePart } from './score-assessment.js';

/**
 * The result of {@link pointsToTarget}.
 *
 * @example
 * ```ts
 * import { pointsToTarget, scoreAssessment, type PointsToTarget } from 'cchc';
 * const s = scoreAssessment({ id: 'x', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 100, rule: 'manual' }] }, { '1': { points: 84.58 } });
 * const t: PointsToTarget = pointsToTarget(s, 90);
 * t.gap.toString(); // '5.42'
 * ```
 */
export interface PointsToTarget {
  /** The target index (percent points). */
  readonly targetIndex: Decimal;
  /** Points that give the target index: targetIndex × max / 100. */
  readonly targetPoints: Decimal;
  readonly achieved: Decimal;
  readonly max: Decimal;
  /** Points still needed (0 when met). */
  readonly gap: Decimal;
  /** Whether achieved ≥ targetPoints. */
  readonly met: boolean;
}

/**
 * How many more points reach a target index (còn thiếu bao nhiêu điểm để đạt chỉ số mục tiêu), for the whole
 * assessment (pass the result of {@link scoreAssessment}) or any part of it (`result.nodes['3']`, `result.channels.survey`).
 * Exact: with not-applicable criteria, the target is on the applicable maximum.
 *
 * @param targetIndex - the target in percent points, 0–100 (e.g. 90 for group A)
 * @throws {@link CchcError} `PAR_INVALID_TARGET` for a target outside [0, 100]; `ZERO_DENOMINATOR` when nothing
 *   applies (max 0); `INVALID_INPUT` for something that is not a score.
 *
 * @example
 * ```ts
 * import { scoreAssessment, pointsToTarget } from 'cchc';
 * const s = scoreAssessment(
 *   { id: 'x', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 100, rule: 'manual' }] },
 *   { '1': { points: 79.13 } },
 * );
 * pointsToTarget(s, 80).gap.toString(); // '0.87'
 * pointsToTarget(s, 70).met;            // true
 * ```
 */
export function pointsToTarget(result: AssessmentScore | ScorePart, targetIndex: ParNumberInput): PointsToTarget {
  const part: unknown = isObject(result) && isObject((result as { total?: unknown }).total) ? (result as AssessmentScore).total : result;
  if (!isObject(part) || !isDecimalLike(part.achieved) || !isDecimalLike(part.max)) {
    throw new CchcError(typeIssue(['result'], 'kết quả của scoreAssessment (hoặc một phần của nó)', 'a result of scoreAssessment (or a part of it)', result));
  }
  const problems: Problems = [];
  const t = readDecimal(targetIndex, ['targetIndex'], problems);
  if (t && (t.isNegative() || t.gt(HUNDRED))) {
    problems.push(issue('PAR_INVALID_TARGET', ['targetIndex'], `Chỉ số mục tiêu phải từ 0 đến 100, nhận được ${vi(t)}`, `The target index must be from 0 to 100, received ${t.toFixed()}`, t.toFixed()));
  }
  if (!t || problems.length > 0) throw new CchcError(problems);
  const achieved = part.achieved as Decimal;
  const max = part.max as Decimal;
  if (max.isZero()) fail('ZERO_DENOMINATOR', ['result', 'max'], 'Không có điểm tối đa áp dụng (max = 0): không có chỉ số để so với mục tiêu', 'No applicable maximum (max = 0): there is no index to compare with a target', 0);
  const targetPoints = t.times(max).div(100);
  const diff = targetPoints.minus(achieved);
  return Object.freeze({ targetIndex: t, targetPoints, achieved, max, gap: diff.isPositive() && !diff.isZero() ? diff : ZERO, met: achieved.gte(targetPoints) });
}

function isDecimalLike(v: unknown): boolean {
  return isObject(v) && typeof (v as { minus?: unknown }).minus === 'function';
}
