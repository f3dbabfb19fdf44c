import type { Decimal } from 'decimal.js';
import { Decimal as DecimalClass } from 'decimal.js';
import { CchcError, issue } from '../core/errors.js';
import type { RatioLike } from '../core/ratio.js';
import * as vi from '../core/messages/vi/par.js';
import * as en from '../core/messages/en/par.js';
import {
  enNumber,
  freezeWithAliases,
  HUNDRED,
  isObject,
  readPercentPoints,
  typeIssue,
  viNumber,
  ZERO,
  type Problems,
} from './_internal/read.js';
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
 *
 * @category PAR INDEX
 */
export interface PointsToTarget {
  /** The target index in percent points (90 for group A). */
  readonly targetIndexPercent: Decimal;
  /** @deprecated Use `targetIndexPercent` (0.2; not enumerated). */
  readonly targetIndex: Decimal;
  /** Points that give the target index: targetIndexPercent × max / 100. */
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
 * @param result - a result of {@link scoreAssessment}, or one of its parts
 * @param targetIndexPercent - the target index in percent points, 0–100 (90 for group A; "90%" and "90,5" are read
 *   too, and a rate such as `ratio(9, 10)` is turned into points)
 * @throws {@link CchcError} `RATE_OUT_OF_RANGE` (0.1: `PAR_INVALID_TARGET`) for a target outside [0, 100];
 *   `ZERO_DENOMINATOR` when nothing applies (max 0); `INVALID_INPUT` for something that is not a score.
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
 * pointsToTarget(s, '80%').targetIndexPercent.toString(); // '80'
 * ```
 *
 * @category PAR INDEX
 */
export function pointsToTarget(result: AssessmentScore | ScorePart, targetIndexPercent: ParNumberInput | RatioLike): PointsToTarget {
  const part: unknown = isObject(result) && isObject((result as { total?: unknown }).total) ? (result as AssessmentScore).total : result;
  if (!isObject(part) || !isFiniteDecimal(part.achieved) || !isFiniteDecimal(part.max) || (part.max as Decimal).isNegative()) {
    throw new CchcError(typeIssue(['result'], 'scorePart', result));
  }
  const problems: Problems = [];
  const t = readPercentPoints(targetIndexPercent, ['targetIndexPercent'], problems);
  if (t && (t.isNegative() || t.gt(HUNDRED))) {
    problems.push(
      issue(
        'RATE_OUT_OF_RANGE',
        ['targetIndexPercent'],
        vi.RATE_OUT_OF_RANGE__parTarget({ received: viNumber(t) }),
        en.RATE_OUT_OF_RANGE__parTarget({ received: enNumber(t) }),
        t.toFixed(),
      ),
    );
  }
  if (!t || problems.length > 0) throw new CchcError(problems);
  const achieved = part.achieved as Decimal;
  const max = part.max as Decimal;
  if (max.isZero())
    throw new CchcError(issue('ZERO_DENOMINATOR', ['result', 'max'], vi.ZERO_DENOMINATOR__parNoMax(), en.ZERO_DENOMINATOR__parNoMax(), 0));
  const targetPoints = t.times(max).div(100);
  const diff = targetPoints.minus(achieved);
  const out = {
    targetIndexPercent: t,
    targetPoints,
    achieved,
    max,
    gap: diff.isPositive() && !diff.isZero() ? diff : ZERO,
    met: achieved.gte(targetPoints),
  };
  return freezeWithAliases(out, { targetIndex: 'targetIndexPercent' }) as PointsToTarget;
}

function isFiniteDecimal(v: unknown): boolean {
  return DecimalClass.isDecimal(v) && (v as Decimal).isFinite();
}
