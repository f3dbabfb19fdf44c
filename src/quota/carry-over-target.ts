import type { Decimal } from 'decimal.js';
import type { DecimalInput } from '../core/decimal.js';
import type { RateInput } from '../core/rate-input.js';
import type { RoundingMode } from '../core/rounding.js';
import { deepFreeze } from '../core/_internal/freeze.js';
import { withDeprecated, withPathPrefix } from '../core/fields.js';
import { CarryOverTargetInputSchema } from './streamlining-schema.js';
import { streamliningProgress, type StreamliningProgress } from './streamlining-progress.js';
import type { TargetProgress } from './target-progress.js';
import type { SourceRef } from './source-ref.js';

/**
 * Input of {@link carryOverTarget}.
 *
 * @example
 * ```ts
 * import type { CarryOverTargetInput } from 'cchc';
 * const input: CarryOverTargetInput = { previous: { target: 284, achieved: 250 }, current: { base: 2600, target: 130 } };
 * ```
 *
 * @category Quotas
 */
export interface CarryOverTargetInput {
  /**
   * The earlier period (2016–2021): its target count and the cut achieved, same scope — or the result of
   * `streamliningProgress` / `targetProgress` for it, passed back in (re-validated: its figures must agree).
   */
  readonly previous: { readonly target: number; readonly achieved: number } | StreamliningProgress | TargetProgress;
  /**
   * The current period (2022–2026): its base (the 2021 quota) and its own target, as a count, as percent points
   * (`targetPercent`) or as a share (`targetShare`), a percent or share with an explicit rounding (5% for cán bộ,
   * công chức; 10% for budget-paid viên chức under KL 40-KL/TW).
   */
  readonly current: {
    readonly base: number;
    readonly target?: number;
    readonly targetPercent?: DecimalInput;
    readonly targetShare?: RateInput;
    readonly targetRounding?: RoundingMode;
  };
}

/**
 * Result of {@link carryOverTarget}.
 *
 * @example
 * ```ts
 * import { carryOverTarget } from 'cchc';
 * carryOverTarget({ previous: { target: 10, achieved: 12 }, current: { base: 100, target: 5 } }).previousSurplus; // 2
 * ```
 *
 * @category Quotas
 */
export interface CarryOverTarget {
  /** What the earlier period still owes: max(0, previous.target − previous.achieved). */
  readonly previousShortfall: number;
  /** What the earlier period did beyond its target: max(0, previous.achieved − previous.target). */
  readonly previousSurplus: number;
  /** The current period's own target count. */
  readonly currentTarget: number;
  /** When the current target came from a percent: the exact product before rounding. */
  readonly currentTargetExact?: Decimal;
  /** The cut required in the current period: max(0, currentTarget + previousShortfall − previousSurplus). */
  readonly required: number;
  /** The rule's sources, with the caveat on its reading. */
  readonly sources: readonly SourceRef[];
  /** @deprecated Use `sources[0]` (0.2). */
  readonly source: SourceRef;
}

/**
 * The carry-over rule of KL 40-KL/TW as cited.
 *
 * @example
 * ```ts
 * import { KL40_CARRY_OVER_SOURCE } from 'cchc';
 * KL40_CARRY_OVER_SOURCE.date; // '2022-07-18'
 * ```
 *
 * @category Quotas
 */
export const KL40_CARRY_OVER_SOURCE: SourceRef = deepFreeze({
  document: 'Kết luận 40-KL/TW',
  date: '2022-07-18',
  url: 'https://infographics.vn/den-nam-2026-tinh-gian-it-nhat-5-bien-che-can-bo-cong-chuc-trong-he-thong-chinh-tri/104642.vna',
  reliability: 'B',
  note: 'Our reading of the summary: units that did not reach the 2016–2021 10% cut must still make up the shortfall in addition to the 2022–2026 target; a surplus over the 2016–2021 target counts toward 2022–2026. Confirm with Ministry of Home Affairs guidance before relying on it.',
});

const SOURCES: readonly SourceRef[] = Object.freeze([KL40_CARRY_OVER_SOURCE]);

/**
 * The cut required in a period whose target carries over the previous period's result (chuyển tiếp chỉ tiêu tinh
 * giản), as Kết luận 40-KL/TW (18/7/2022) sets for 2022–2026: the 2016–2021 shortfall is added to the new target and
 * a 2016–2021 surplus is credited against it.
 *
 * `required = max(0, currentTarget + shortfall − surplus)`. This is our reading of the KL 40 summary (TTXVN
 * infographic; domain brief §0 "Carry-over between periods"); the full text was not read.
 *
 * @throws {@link CchcError} as {@link streamliningProgress} for the current target (`MISSING_TARGET`,
 *   `CONFLICTING_TARGET`, `TARGET_ROUNDING_REQUIRED`), `INVALID_COUNT`, `INVALID_INPUT` (a progress result passed
 *   as `previous` whose figures disagree), `UNKNOWN_KEY`.
 * @example
 * ```ts
 * import { carryOverTarget, streamliningProgress } from 'cchc';
 * // A hypothetical province: 2016–2021 target 284, achieved 250; 2021 quota 2.600, KL 40 asks ≥ 5%
 * const t = carryOverTarget({ previous: { target: 284, achieved: 250 }, current: { base: 2600, targetPercent: 5, targetRounding: 'up' } });
 * t.previousShortfall; // 34
 * t.currentTarget; // 130
 * t.required; // 164
 * carryOverTarget({ previous: { target: 284, achieved: 300 }, current: { base: 2600, target: 130 } }).required; // 114
 * // The 2016–2021 result of streamliningProgress can be passed as it is
 * const p2021 = streamliningProgress({ base: 2838, target: 284, achieved: 250 });
 * carryOverTarget({ previous: p2021, current: { base: 2600, targetShare: '5%', targetRounding: 'up' } }).required; // 164
 * ```
 *
 * @category Quotas
 */
export function carryOverTarget(input: CarryOverTargetInput): CarryOverTarget {
  const v = CarryOverTargetInputSchema.parse(input);
  const c = v.current;
  // Reuse the target rules (explicit rounding, no silent default) of streamliningProgress.
  const cur = withPathPrefix(['current'], () =>
    streamliningProgress({
      base: c.base,
      ...(c.target !== undefined ? { target: c.target } : {}),
      ...(c.targetPercent !== undefined ? { targetPercent: c.targetPercent } : {}),
      ...(c.targetShare !== undefined ? { targetShare: c.targetShare } : {}),
      ...(c.targetRounding !== undefined ? { targetRounding: c.targetRounding } : {}),
      achieved: 0,
    }),
  );
  const previousShortfall = Math.max(0, v.previous.target - v.previous.achieved);
  const previousSurplus = Math.max(0, v.previous.achieved - v.previous.target);
  const out: CarryOverTarget = {
    previousShortfall,
    previousSurplus,
    currentTarget: cur.target,
    ...(cur.derivedTarget ? { currentTargetExact: cur.derivedTarget.exact } : {}),
    required: Math.max(0, cur.target + previousShortfall - previousSurplus),
    sources: SOURCES,
  } as CarryOverTarget;
  return Object.freeze(withDeprecated(out, { source: KL40_CARRY_OVER_SOURCE }));
}
