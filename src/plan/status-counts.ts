import { ratio, type Ratio } from '../core/ratio.js';
import { countIssue } from '../core/ratio.js';
import { CchcError, issue, show, type CchcIssue, type CchcPath } from '../core/errors.js';
import { pushUnknownKeys } from '../core/options.js';
import { TASK_STATUSES, type TaskStatus } from './task-status.js';
import * as vi from '../core/messages/vi/plan.js';
import * as en from '../core/messages/en/plan.js';

/**
 * Number of tasks in each {@link TaskStatus} (thống kê theo tình trạng), plus the total. A monoid: start from
 * {@link emptyStatusCounts}, combine with {@link mergeStatusCounts} (associative, commutative), so counts can be made
 * per shard, per worker or per SQL group and added up.
 *
 * @example
 * ```ts
 * import type { StatusCounts } from 'cchc';
 * const c: StatusCounts = { total: 3, 'not-due': 1, 'due-soon': 0, overdue: 1, 'done-on-time': 1, 'done-late': 0, continuous: 0 };
 * ```
 *
 * @category Plans and tasks
 */
export type StatusCounts = { readonly total: number } & { readonly [S in TaskStatus]: number };

/**
 * Counts with every status at 0 (the identity of {@link mergeStatusCounts}).
 *
 * @example
 * ```ts
 * import { emptyStatusCounts } from 'cchc';
 * emptyStatusCounts().total; // 0
 * ```
 *
 * @category Plans and tasks
 */
export function emptyStatusCounts(): StatusCounts {
  return Object.freeze({ total: 0, 'not-due': 0, 'due-soon': 0, overdue: 0, 'done-on-time': 0, 'done-late': 0, continuous: 0 });
}

const COUNT_KEYS: readonly string[] = Object.freeze(['total', ...TASK_STATUSES]);

/** The problems of counts at `path`: not an object, an unknown key, a count that is not one, a wrong total. */
function check(c: unknown, path: CchcPath): CchcIssue[] {
  if (typeof c !== 'object' || c === null || Array.isArray(c)) {
    const p = { received: show(c) };
    return [issue('INVALID_INPUT', path, vi.INVALID_INPUT__statusCounts(p), en.INVALID_INPUT__statusCounts(p), c)];
  }
  const rec = c as Record<string, unknown>;
  const problems: CchcIssue[] = [];
  pushUnknownKeys(problems, rec, (k) => COUNT_KEYS.includes(k), path, COUNT_KEYS);
  for (const k of COUNT_KEYS) {
    const p = countIssue(Object.hasOwn(rec, k) ? rec[k] : undefined, [...path, k]);
    if (p) problems.push(p);
  }
  if (problems.length === 0) {
    const sum = TASK_STATUSES.reduce((a, s) => a + (rec[s] as number), 0);
    if (sum !== rec.total) {
      const p = { total: show(rec.total), sum };
      const [viText, enText] = [vi.INVALID_COUNT__statusTotal(p), en.INVALID_COUNT__statusTotal(p)];
      problems.push(issue('INVALID_COUNT', [...path, 'total'], viText, enText, rec.total));
    }
  }
  return problems;
}

/**
 * Add {@link StatusCounts}: two (`mergeStatusCounts(a, b)`) or any number (`mergeStatusCounts(...parts)`; none gives
 * {@link emptyStatusCounts}), like `mergeTallies`. Works as an `Array#reduce` callback too:
 * `parts.reduce(mergeStatusCounts, emptyStatusCounts())` (the index and array that `reduce` passes are recognised and
 * ignored).
 *
 * @throws {@link CchcError} `INVALID_COUNT` for a count that is not a non-negative integer, or a total that is not the
 *   sum of the per-status counts; `INVALID_INPUT` for what is not counts; `UNKNOWN_KEY` for a key that is not a status.
 *   Paths start with the argument's index.
 * @example
 * ```ts
 * import { emptyStatusCounts, mergeStatusCounts, countStatuses } from 'cchc';
 * mergeStatusCounts(countStatuses(['overdue']), countStatuses(['overdue', 'not-due'])).overdue; // 2
 * mergeStatusCounts(countStatuses(['overdue']), countStatuses(['not-due']), countStatuses(['continuous'])).total; // 3
 * [countStatuses(['overdue']), countStatuses(['done-late'])].reduce(mergeStatusCounts, emptyStatusCounts()).total; // 2
 * mergeStatusCounts().total; // 0
 * ```
 *
 * @category Plans and tasks
 */
export function mergeStatusCounts(a: StatusCounts, b: StatusCounts, ...more: readonly StatusCounts[]): StatusCounts;
export function mergeStatusCounts(a: StatusCounts, b: StatusCounts, index: number, array: readonly StatusCounts[]): StatusCounts;
export function mergeStatusCounts(...counts: readonly StatusCounts[]): StatusCounts;
export function mergeStatusCounts(...args: readonly unknown[]): StatusCounts {
  // Called by Array#reduce as (accumulator, current, index, array): merge the first two only.
  const byReduce = args.length === 4 && typeof args[2] === 'number' && Array.isArray(args[3]) && args[3][args[2]] === args[1];
  const all = byReduce ? args.slice(0, 2) : args;
  const problems: CchcIssue[] = [];
  for (let i = 0; i < all.length; i++) problems.push(...check(all[i], [i]));
  if (problems.length > 0) throw new CchcError(problems);
  const out: Record<string, number> = { total: 0 };
  for (const s of TASK_STATUSES) out[s] = 0;
  for (const c of all as readonly StatusCounts[]) {
    out.total! += c.total;
    for (const s of TASK_STATUSES) out[s]! += c[s];
  }
  for (const k of COUNT_KEYS) {
    if (!Number.isSafeInteger(out[k])) {
      const p = { key: k };
      throw new CchcError(issue('INVALID_COUNT', [k], vi.INVALID_COUNT__statusSumTooLarge(p), en.INVALID_COUNT__statusSumTooLarge(p)));
    }
  }
  return Object.freeze(out) as StatusCounts;
}

/**
 * Count a list of statuses.
 *
 * @example
 * ```ts
 * import { countStatuses } from 'cchc';
 * countStatuses(['overdue', 'done-on-time', 'overdue']).overdue; // 2
 * ```
 *
 * @category Plans and tasks
 */
export function countStatuses(statuses: Iterable<TaskStatus>): StatusCounts {
  if (
    typeof (statuses as { [Symbol.iterator]?: unknown } | null | undefined)?.[Symbol.iterator] !== 'function' ||
    typeof statuses === 'string'
  ) {
    const p = { received: show(statuses) };
    throw new CchcError(issue('INVALID_INPUT', ['statuses'], vi.INVALID_INPUT__statusList(p), en.INVALID_INPUT__statusList(p), statuses));
  }
  const out: Record<string, number> = { total: 0 };
  for (const s of TASK_STATUSES) out[s] = 0;
  for (const s of statuses) {
    if (!TASK_STATUSES.includes(s)) {
      const p = { received: show(s), choices: TASK_STATUSES.join(', ') };
      throw new CchcError(issue('INVALID_INPUT', ['statuses'], vi.INVALID_INPUT__status(p), en.INVALID_INPUT__status(p), s));
    }
    out[s]! += 1;
    out.total! += 1;
  }
  return Object.freeze(out) as StatusCounts;
}

/**
 * Completion (tỷ lệ hoàn thành) of a set of tasks: tasks done (on time or late) over tasks that can be done — every
 * task except the purely continuous ones, which have no date to complete by. `null` when there is none.
 *
 * @example
 * ```ts
 * import { completionRatio, countStatuses, formatPercent } from 'cchc';
 * formatPercent(completionRatio(countStatuses(['done-on-time', 'done-late', 'overdue', 'continuous']))!); // '66,67%'
 * ```
 *
 * @category Plans and tasks
 */
export function completionRatio(counts: StatusCounts): Ratio | null {
  const problems = check(counts, ['counts']);
  if (problems.length > 0) throw new CchcError(problems);
  const denominator = counts.total - counts.continuous;
  if (denominator <= 0) return null;
  return ratio(counts['done-on-time'] + counts['done-late'], denominator);
}
