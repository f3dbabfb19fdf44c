import { z } from 'zod';
import { CchcError, issue, show } from '../core/errors.js';
import { isObject, typeIssue, type Problems } from './_internal/read.js';

/**
 * Input of {@link rankTarget}: a rank among `of` units and the target range of ranks.
 *
 * @example
 * ```ts
 * import type { RankTargetInput } from 'cchc';
 * const input: RankTargetInput = { rank: 54, of: 63, target: { from: 25, to: 30 } };
 * ```
 */
export interface RankTargetInput {
  /** The rank achieved (1 = best). */
  readonly rank: number;
  /** How many units were ranked (63 provinces). */
  readonly of: number;
  /** The target: ranks `from` to `to`, both included ("nhóm từ 25–30"). */
  readonly target: { readonly from: number; readonly to: number };
}

/**
 * Schema of {@link RankTargetInput}.
 *
 * @example
 * ```ts
 * import { RankTargetInputSchema } from 'cchc';
 * RankTargetInputSchema.safeParse({ rank: 0, of: 63, target: { from: 25, to: 30 } }).success; // false
 * ```
 */
export const RankTargetInputSchema = z.object({
  rank: z.number().int().min(1),
  of: z.number().int().min(1),
  target: z.object({ from: z.number().int().min(1), to: z.number().int().min(1) }),
});

/**
 * Where a rank stands against a target range:
 * - `met`: inside the range;
 * - `above`: better than the range (a smaller rank number than `from`);
 * - `below`: worse than the range (a larger rank number than `to`).
 *
 * @example
 * ```ts
 * import type { RankTargetStatus } from 'cchc';
 * const status: RankTargetStatus = 'below';
 * ```
 */
export type RankTargetStatus = 'met' | 'above' | 'below';

/**
 * The result of {@link rankTarget}.
 *
 * @example
 * ```ts
 * import { rankTarget, type RankTargetResult } from 'cchc';
 * const r: RankTargetResult = rankTarget({ rank: 20, of: 63, target: { from: 25, to: 30 } });
 * r.status; // 'above'
 * ```
 */
export interface RankTargetResult {
  readonly status: RankTargetStatus;
  /** Positions to the nearest end of the range: 0 when met; `from − rank` above; `rank − to` below. */
  readonly positionsAway: number;
  readonly rank: number;
  readonly of: number;
  readonly target: { readonly from: number; readonly to: number };
}

/**
 * Check a rank against a target range, for goals such as the seed plan's "Phấn đấu đưa Chỉ số PAR INDEX của tỉnh
 * trong nhóm từ 25-30 các tỉnh, thành phố trực thuộc Trung ương" (Kiên Giang, kế hoạch CCHC 2020).
 *
 * @throws {@link CchcError} `PAR_INVALID_RANK` when a rank is not an integer from 1 to `of`, or `from` > `to`
 *   (every problem listed).
 *
 * @example
 * ```ts
 * import { rankTarget } from 'cchc';
 * // Kiên Giang ranked 54/63 in 2019 (https://snv.kiengiang.gov.vn/…)
 * const goal = { from: 25, to: 30 };
 * rankTarget({ rank: 54, of: 63, target: goal }); // { status: 'below', positionsAway: 24, rank: 54, of: 63, target: { from: 25, to: 30 } }
 * rankTarget({ rank: 26, of: 63, target: { from: 25, to: 30 } }).status; // 'met'
 * rankTarget({ rank: 0, of: 63, target: { from: 25, to: 30 } });          // throws CchcError PAR_INVALID_RANK
 * ```
 */
export function rankTarget(input: RankTargetInput): RankTargetResult {
  if (!isObject(input) || !isObject(input.target)) {
    throw new CchcError(typeIssue([], 'một đối tượng { rank, of, target: { from, to } }', 'an object { rank, of, target: { from, to } }', input));
  }
  const { rank, of } = input;
  const { from, to } = input.target;
  const problems: Problems = [];
  const int = (v: unknown, path: (string | number)[], name: string) => {
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 1) return true;
    problems.push(issue('PAR_INVALID_RANK', path, `${name} phải là số nguyên ≥ 1, nhận được ${show(v)}`, `${name} must be an integer ≥ 1, received ${show(v)}`, v));
    return false;
  };
  const ok = [int(rank, ['rank'], 'rank'), int(of, ['of'], 'of'), int(from, ['target', 'from'], 'target.from'), int(to, ['target', 'to'], 'target.to')].every(Boolean);
  if (ok) {
    if (rank > of) problems.push(issue('PAR_INVALID_RANK', ['rank'], `Hạng ${rank} lớn hơn số đơn vị được xếp hạng (${of})`, `Rank ${rank} exceeds the number of units ranked (${of})`, rank));
    if (from > to) problems.push(issue('PAR_INVALID_RANK', ['target'], `Khoảng mục tiêu ngược: từ ${from} đến ${to}`, `The target range is reversed: from ${from} to ${to}`, `${from}-${to}`));
    if (to > of) problems.push(issue('PAR_INVALID_RANK', ['target', 'to'], `Mục tiêu hạng ${to} vượt số đơn vị (${of})`, `Target rank ${to} exceeds the number of units (${of})`, to));
  }
  if (problems.length > 0) throw new CchcError(problems);
  const status: RankTargetStatus = rank < from ? 'above' : rank > to ? 'below' : 'met';
  const positionsAway = status === 'above' ? from - rank : status === 'below' ? rank - to : 0;
  return Object.freeze({ status, positionsAway, rank, of, target: Object.freeze({ from, to }) });
}
