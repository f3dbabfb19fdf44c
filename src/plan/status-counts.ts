import { ratio, type Ratio } from '../core/ratio.js';
import { countIssue } from '../core/ratio.js';
import { CchcError, issue, show, type CchcIssue } from '../core/errors.js';
import { TASK_STATUSES, type TaskStatus } from './task-status.js';

/**
 * Number of tasks in each {@link TaskStatus} (thống kê theo tình trạng), plus the total. A monoid: start from
 * {@link emptyStatusCounts}, combine with {@link mergeStatusCounts} (associative, commutative), so counts can be made
 * per shard, per worker or per SQL group and added up.
 *
 * @example
 * ```ts
 * const c: StatusCounts = { total: 3, 'not-due': 1, 'due-soon': 0, overdue: 1, 'done-on-time': 1, 'done-late': 0, continuous: 0 };
 * ```
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
 */
export function emptyStatusCounts(): StatusCounts {
  return Object.freeze({ total: 0, 'not-due': 0, 'due-soon': 0, overdue: 0, 'done-on-time': 0, 'done-late': 0, continuous: 0 });
}

function check(c: unknown, name: string): CchcIssue[] {
  const problems: CchcIssue[] = [];
  const rec = (typeof c === 'object' && c !== null ? c : {}) as Record<string, unknown>;
  for (const k of ['total', ...TASK_STATUSES]) {
    const p = countIssue(rec[k], [name, k]);
    if (p) problems.push(p);
  }
  if (problems.length === 0) {
    const sum = TASK_STATUSES.reduce((a, s) => a + (rec[s] as number), 0);
    if (sum !== rec.total) {
      problems.push(
        issue(
          'INVALID_COUNT',
          [name, 'total'],
          `Tổng ${show(rec.total)} khác tổng các tình trạng (${sum})`,
          `The total ${show(rec.total)} is not the sum of the statuses (${sum})`,
          rec.total,
        ),
      );
    }
  }
  return problems;
}

/**
 * Add two {@link StatusCounts}.
 *
 * @throws {@link CchcError} `INVALID_COUNT` for a count that is not a non-negative integer, or a total that is not the
 *   sum of the per-status counts.
 * @example
 * ```ts
 * import { emptyStatusCounts, mergeStatusCounts, countStatuses } from 'cchc';
 * mergeStatusCounts(countStatuses(['overdue']), countStatuses(['overdue', 'not-due'])).overdue; // 2
 * ```
 */
export function mergeStatusCounts(a: StatusCounts, b: StatusCounts): StatusCounts {
  const problems = [...check(a, 'a'), ...check(b, 'b')];
  if (problems.length > 0) throw new CchcError(problems);
  const out: Record<string, number> = { total: a.total + b.total };
  for (const s of TASK_STATUSES) out[s] = a[s] + b[s];
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
 */
export function countStatuses(statuses: Iterable<TaskStatus>): StatusCounts {
  if (typeof (statuses as { [Symbol.iterator]?: unknown } | null | undefined)?.[Symbol.iterator] !== 'function' || typeof statuses === 'string') {
    throw new CchcError(
      issue('INVALID_INPUT', ['statuses'], `Cần một danh sách tình trạng, nhận được ${show(statuses)}`, `Expected a list of statuses, received ${show(statuses)}`, statuses),
    );
  }
  const out: Record<string, number> = { total: 0 };
  for (const s of TASK_STATUSES) out[s] = 0;
  for (const s of statuses) {
    if (!TASK_STATUSES.includes(s)) {
      throw new CchcError(
        issue(
          'INVALID_INPUT',
          ['statuses'],
          `Tình trạng không hợp lệ: ${show(s)} (dùng ${TASK_STATUSES.join(', ')})`,
          `Unknown status: ${show(s)} (use ${TASK_STATUSES.join(', ')})`,
          s,
        ),
      );
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
 */
export function completionRatio(counts: StatusCounts): Ratio | null {
  const problems = check(counts, 'counts');
  if (problems.length > 0) throw new CchcError(problems);
  const denominator = counts.total - counts.continuous;
  if (denominator <= 0) return null;
  return ratio(counts['done-on-time'] + counts['done-late'], denominator);
}
