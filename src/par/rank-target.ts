import { CchcError, issue, show } from '../core/errors.js';
import * as vi from '../core/messages/vi/par.js';
import * as en from '../core/messages/en/par.js';
import { checkKeys, isPlainObject, own, typeIssue, type Problems } from './_internal/read.js';

/**
 * Input of {@link rankTarget}: a rank among `of` units and the target range of ranks.
 *
 * @example
 * ```ts
 * import type { RankTargetInput } from 'cchc';
 * const input: RankTargetInput = { rank: 54, of: 63, target: { from: 25, to: 30 } };
 * ```
 *
 * @category PAR INDEX
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
 *
 * @category PAR INDEX
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
 *
 * @category PAR INDEX
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
 *
 * @category PAR INDEX
 */
export function rankTarget(input: RankTargetInput): RankTargetResult {
  if (!isPlainObject(input)) throw new CchcError(typeIssue([], 'rankTarget', input));
  const problems: Problems = [];
  checkKeys(input, ['rank', 'of', 'target'], [], problems);
  const target = own(input, 'target');
  if (!isPlainObject(target)) problems.push(typeIssue(['target'], 'rankRange', target));
  else checkKeys(target, ['from', 'to'], ['target'], problems);
  if (problems.length > 0) throw new CchcError(problems);
  const rank = own(input, 'rank');
  const of = own(input, 'of');
  const from = own(target as Record<string, unknown>, 'from');
  const to = own(target as Record<string, unknown>, 'to');
  const int = (v: unknown, path: (string | number)[], name: string): v is number => {
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 1) return true;
    problems.push(
      issue(
        'PAR_INVALID_RANK',
        path,
        vi.PAR_INVALID_RANK({ name, received: show(v) }),
        en.PAR_INVALID_RANK({ name, received: show(v) }),
        v,
      ),
    );
    return false;
  };
  const ok = [
    int(rank, ['rank'], 'rank'),
    int(of, ['of'], 'of'),
    int(from, ['target', 'from'], 'target.from'),
    int(to, ['target', 'to'], 'target.to'),
  ].every(Boolean);
  if (problems.length > 0 || !ok) throw new CchcError(problems);
  const [r, n, a, b] = [rank, of, from, to] as number[] as [number, number, number, number];
  if (r > n)
    problems.push(
      issue(
        'PAR_INVALID_RANK',
        ['rank'],
        vi.PAR_INVALID_RANK__aboveOf({ rank: r, of: n }),
        en.PAR_INVALID_RANK__aboveOf({ rank: r, of: n }),
        r,
      ),
    );
  if (a > b)
    problems.push(
      issue(
        'PAR_INVALID_RANK',
        ['target'],
        vi.PAR_INVALID_RANK__reversed({ from: a, to: b }),
        en.PAR_INVALID_RANK__reversed({ from: a, to: b }),
        `${a}-${b}`,
      ),
    );
  if (b > n)
    problems.push(
      issue(
        'PAR_INVALID_RANK',
        ['target', 'to'],
        vi.PAR_INVALID_RANK__targetAboveOf({ to: b, of: n }),
        en.PAR_INVALID_RANK__targetAboveOf({ to: b, of: n }),
        b,
      ),
    );
  if (problems.length > 0) throw new CchcError(problems);
  const status: RankTargetStatus = r < a ? 'above' : r > b ? 'below' : 'met';
  const positionsAway = status === 'above' ? a - r : status === 'below' ? r - b : 0;
  return Object.freeze({ status, positionsAway, rank: r, of: n, target: Object.freeze({ from: a, to: b }) });
}
