import { issue, type CchcIssue, type CchcPath } from '../core/errors.js';
import { ratio, type Ratio } from '../core/ratio.js';
import { TargetProgressInputSchema } from './streamlining-schema.js';

/**
 * Input of {@link targetProgress}.
 *
 * @example
 * ```ts
 * import type { TargetProgressInput } from 'cchc';
 * const input: TargetProgressInput = { achieved: 52, target: 100 };
 * ```
 *
 * @category Quotas
 */
export interface TargetProgressInput {
  /** What has been done so far: posts cut, units reduced (a count). */
  readonly achieved: number;
  /** The target count. 0 only when a derived target rounds to nothing (then `ofTarget` is `null`). */
  readonly target: number;
}

/**
 * Progress against a target count ("đạt X% so với kế hoạch / lộ trình"). Targets in CCHC are minimums, so a target
 * is met when `achieved ≥ target`; `ofTarget` may exceed 1.
 *
 * @example
 * ```ts
 * import { targetProgress } from 'cchc';
 * targetProgress({ achieved: 120, target: 100 }).surplus; // 20
 * ```
 *
 * @category Quotas
 */
export interface TargetProgress {
  /** The count achieved. */
  readonly achieved: number;
  /** The target count. */
  readonly target: number;
  /** achieved / target, a share (`null` when the target is 0). */
  readonly ofTarget: Ratio | null;
  /** What is still to do: max(0, target − achieved). */
  readonly remaining: number;
  /** How far the target was exceeded: max(0, achieved − target). */
  readonly surplus: number;
  /** Whether achieved ≥ target. */
  readonly met: boolean;
}

/**
 * Progress of a count against a target count (tiến độ so với mục tiêu), e.g. "giảm 52 đơn vị, đạt 52% so với lộ
 * trình (kế hoạch giảm 100 đơn vị)".
 *
 * @throws {@link CchcError} `INVALID_COUNT` for a count that is not a non-negative integer (every problem listed),
 *   `INVALID_INPUT` (not an object), `UNKNOWN_KEY`.
 * @example
 * ```ts
 * import { targetProgress, formatPercent } from 'cchc';
 * const p = targetProgress({ achieved: 52, target: 100 }); // Kiên Giang, public service units, 2019
 * formatPercent(p.ofTarget!, { decimals: 0 }); // '52%'
 * p.remaining; // 48
 * ```
 *
 * @category Quotas
 */
export function targetProgress(input: TargetProgressInput): TargetProgress {
  const { achieved, target } = TargetProgressInputSchema.parse(input);
  return buildTargetProgress(achieved, target);
}

/** @internal */
export function buildTargetProgress(achieved: number, target: number): TargetProgress {
  return Object.freeze({
    achieved,
    target,
    ofTarget: target === 0 ? null : ratio(achieved, target),
    remaining: Math.max(0, target - achieved),
    surplus: Math.max(0, achieved - target),
    met: achieved >= target,
  });
}

type AtMostTexts = Readonly<Record<'vi' | 'en', (p: { value: number; limit: number }) => string>>;

/** @internal A count no larger than another, as an issue (texts from the catalogue). */
export function atMostIssue(value: number, limit: number, path: CchcPath, texts: AtMostTexts): CchcIssue | undefined {
  const p = { value, limit };
  return value <= limit ? undefined : issue('INVALID_INPUT', path, texts.vi(p), texts.en(p), value);
}
