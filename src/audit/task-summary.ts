import type { BilingualText } from '../core/bilingual.js';
import { CchcError, type CchcIssue, type CchcPath } from '../core/errors.js';
import type { Locale } from '../core/locale.js';
import * as viF from '../core/messages/vi/audit-findings.js';
import * as enF from '../core/messages/en/audit-findings.js';
import type { AuditFinding } from './finding.js';
import type { PrintedFigure } from './printed-figure.js';
import { TaskSummaryInputSchema } from './schemas.js';
import { targetFinding, type AuditTarget } from './target.js';
import type { FindingSpec } from './_internal/changes.js';
import { rateFindings, type RateCandidate } from './_internal/rates.js';
import { judge, minus, readFigure, shown, sum, tidy, valueOfReading, type ReadContext, type Reading } from './_internal/reading.js';

/**
 * What a printed task rate is a share of (mẫu số của tỷ lệ nhiệm vụ): `assigned` (tổng số nhiệm vụ được giao),
 * `due` (nhiệm vụ đến hạn: completed + overdue), `completed` (đã hoàn thành), `not-completed` (chưa hoàn thành).
 *
 * @example
 * ```ts
 * import type { TaskRateDenominator } from 'cchc';
 * const d: TaskRateDenominator = 'due';
 * ```
 *
 * @category Audits
 */
export type TaskRateDenominator = 'assigned' | 'due' | 'completed' | 'not-completed';

/**
 * A printed task rate: its text ("87,5%", "gần 50%"), or the text with the base it is over. Without a base, the bases
 * it can be over are tried in turn and a note names the one that explains it.
 *
 * @example
 * ```ts
 * import type { TaskRate } from 'cchc';
 * const r: TaskRate = { text: '98,62%', denominator: 'due' };
 * ```
 *
 * @category Audits
 */
export type TaskRate = string | { readonly text: string; readonly denominator?: TaskRateDenominator };

/**
 * Input of {@link auditTaskSummary}: a printed summary of tasks (kết quả thực hiện nhiệm vụ) such as "giao 21.914
 * nhiệm vụ; đã hoàn thành 16.051 (đúng hạn 14.068, quá hạn 1.983); chưa hoàn thành 5.863 (trong hạn 5.640, quá hạn
 * 223)" or "hoàn thành 28/32 nhiệm vụ (87,5%)".
 *
 * @example
 * ```ts
 * import type { TaskSummaryInput } from 'cchc';
 * const input: TaskSummaryInput = { label: { vi: 'Nhiệm vụ năm 2024', en: 'Tasks 2024' }, completed: '28/32', printed: { completedRate: '87,5%' } };
 * ```
 *
 * @category Audits
 */
export interface TaskSummaryInput extends AuditTarget {
  /** Tasks assigned (tổng số nhiệm vụ được giao). */
  readonly assigned?: PrintedFigure;
  /** Completed: a count, "28/32" (completed of the assigned), or its parts (on time, late). */
  readonly completed?: PrintedFigure | { readonly total?: PrintedFigure; readonly onTime?: PrintedFigure; readonly late?: PrintedFigure };
  /** Not completed: a count or its parts (still within the deadline, overdue). */
  readonly notCompleted?:
    | PrintedFigure
    | { readonly total?: PrintedFigure; readonly withinDeadline?: PrintedFigure; readonly overdue?: PrintedFigure };
  /** Tasks that fell due (đến hạn phải hoàn thành): the completed ones among them and the overdue ones. */
  readonly due?: PrintedFigure;
  /** Rates as printed. */
  readonly printed?: {
    /** Completed over assigned or due ("87,5%", "98,62%"). */
    readonly completedRate?: TaskRate;
    /** Completed on time over completed, assigned or due. */
    readonly onTimeRate?: TaskRate;
    /** Completed late over completed, assigned or due. */
    readonly lateRate?: TaskRate;
    /** Overdue and not completed over due, assigned or not completed ("chỉ chiếm 3,56%"). */
    readonly overdueRate?: TaskRate;
    /** Not completed over assigned. */
    readonly notCompletedRate?: TaskRate;
  };
}

const BASES: Readonly<Record<TaskRateDenominator, BilingualText>> = {
  assigned: { vi: 'tổng số nhiệm vụ được giao', en: 'the tasks assigned' },
  due: { vi: 'số nhiệm vụ đến hạn', en: 'the tasks due' },
  completed: { vi: 'số nhiệm vụ đã hoàn thành', en: 'the tasks completed' },
  'not-completed': { vi: 'số nhiệm vụ chưa hoàn thành', en: 'the tasks not completed' },
};
const NAMES: Readonly<Record<string, BilingualText>> = {
  completedRate: { vi: 'Tỷ lệ hoàn thành', en: 'The completion rate' },
  onTimeRate: { vi: 'Tỷ lệ hoàn thành đúng hạn', en: 'The on-time rate' },
  lateRate: { vi: 'Tỷ lệ hoàn thành quá hạn', en: 'The late rate' },
  overdueRate: { vi: 'Tỷ lệ nhiệm vụ quá hạn chưa hoàn thành', en: 'The overdue rate' },
  notCompletedRate: { vi: 'Tỷ lệ chưa hoàn thành', en: 'The rate not completed' },
};
const DEFAULT_BASES: Readonly<Record<string, readonly TaskRateDenominator[]>> = {
  completedRate: ['assigned', 'due'],
  onTimeRate: ['completed', 'assigned', 'due'],
  lateRate: ['completed', 'assigned', 'due'],
  overdueRate: ['due', 'assigned', 'not-completed'],
  notCompletedRate: ['assigned'],
};
const PART_NAMES: Readonly<Record<string, BilingualText>> = {
  assigned: { vi: 'giao', en: 'assigned' },
  completed: { vi: 'hoàn thành', en: 'completed' },
  notCompleted: { vi: 'chưa hoàn thành', en: 'not completed' },
  onTime: { vi: 'đúng hạn', en: 'on time' },
  late: { vi: 'quá hạn', en: 'late' },
  withinDeadline: { vi: 'trong hạn', en: 'within the deadline' },
  overdue: { vi: 'quá hạn chưa hoàn thành', en: 'overdue' },
  due: { vi: 'đến hạn', en: 'due' },
};

const isParts = (v: unknown): v is Record<string, PrintedFigure> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;

/**
 * Check a printed summary of tasks (kiểm tra số liệu thực hiện nhiệm vụ): "hoàn thành 28/32 nhiệm vụ (87,5%)",
 * "1.420 + 265 = 1.686", or the Prime Minister's working group's figures (assigned = completed + not completed;
 * completed = on time + late; not completed = within the deadline + overdue; due = completed + overdue).
 *
 * Findings:
 * - `tasks-sum-mismatch` (error; warning when only a loose reading of an approximate figure fits): a total that is
 *   not the sum of its printed parts;
 * - `tasks-part-exceeds` (error): a part larger than its whole (a part the report leaves out would be negative);
 * - `tasks-due-mismatch` (error): more tasks due than completed + overdue, or fewer than overdue; `tasks-due-early`
 *   (info): fewer due than completed + overdue (some tasks were completed before they fell due);
 * - printed rates: `rate-mismatch` (error) when no base explains the printed rate (the message names the whole bases
 *   that would), `rate-truncated` / `rate-rounded` (info), `rate-base` (info: the rate is over another base than the
 *   first tried — "98,62%" of the tasks due, not of those assigned), `rate-unverifiable` (info).
 *
 * @throws {@link CchcError} `INVALID_INPUT` / `UNKNOWN_KEY`, `INVALID_COUNT`, `INVALID_NUMBER` / `AMBIGUOUS_NUMBER`.
 * @example
 * ```ts
 * import { auditTaskSummary } from 'cchc';
 * const label = { vi: 'Nhiệm vụ Chính phủ giao năm 2017', en: 'Tasks assigned by the Government, 2017' };
 * // Báo cáo 1270/BC-TCTTTg (27/12/2017)
 * const findings = auditTaskSummary({
 *   label,
 *   assigned: '21.914',
 *   completed: { total: '16.051', onTime: '14.068', late: '1983' },
 *   notCompleted: { total: '5.863', withinDeadline: '5.640', overdue: '223' },
 *   printed: { completedRate: '98,62%', overdueRate: '1,38%' },
 * });
 * findings.map((f) => [f.code, f.severity]); // [['rate-base', 'info'], ['rate-truncated', 'info'], ['rate-mismatch', 'error']]
 * auditTaskSummary({ label, completed: '28/32', printed: { completedRate: '87,5%' } }); // []
 * auditTaskSummary({ label, assigned: '1.686', completed: '1.420', notCompleted: '265' })[0]?.code; // 'tasks-sum-mismatch'
 * ```
 *
 * @category Audits
 */
export function auditTaskSummary(input: TaskSummaryInput): AuditFinding[] {
  const v = TaskSummaryInputSchema.parse(input);
  const ctx: ReadContext = { locale: v.locale ?? 'vi', tolerance: v.approximateTolerance ?? 0.1 };
  const problems: CchcIssue[] = [];
  const count = (x: PrintedFigure | undefined, path: CchcPath): Reading | undefined =>
    x === undefined ? undefined : readFigure(x, path, 'count', ctx, problems);
  // "28/32": completed of assigned
  const fraction = (x: PrintedFigure | undefined, path: CchcPath): { part?: Reading; of?: Reading } => {
    if (typeof x !== 'string' || !x.includes('/')) return { part: count(x, path) };
    const m = /^(.*?)\s*\/\s*([^/]+)$/.exec(x)!;
    const part = count(m[1]!, path);
    const of = count(m[2]!.replace(/\s*(nhiệm vụ|nhiem vu|tasks?)\s*$/i, ''), path);
    return { ...(part ? { part } : {}), ...(of ? { of } : {}) };
  };
  const parts = (x: TaskSummaryInput['completed'] | TaskSummaryInput['notCompleted'], key: string) => {
    if (x === undefined) return {} as Record<string, Reading | undefined> & { of?: Reading };
    if (isParts(x))
      return Object.fromEntries(Object.entries(x).map(([k, y]) => [k, count(y, [key, k])])) as Record<string, Reading | undefined>;
    const f = fraction(x as PrintedFigure, [key]);
    return { total: f.part, ...(f.of ? { of: f.of } : {}) } as Record<string, Reading | undefined> & { of?: Reading };
  };
  const completed = parts(v.completed, 'completed');
  const notCompleted = parts(v.notCompleted, 'notCompleted');
  let assigned = count(v.assigned, ['assigned']);
  const due = count(v.due, ['due']);
  const printedRates = Object.entries(v.printed ?? {}).map(([key, r]) => {
    const text = typeof r === 'string' ? r : r.text;
    const denominator = typeof r === 'string' ? undefined : r.denominator;
    return { key, denominator, read: readFigure(text, ['printed', key], 'percent', ctx, problems) };
  });
  if (problems.length > 0) throw new CchcError(problems);

  const specs: FindingSpec[] = [];
  const name = (k: string, l: Locale) => PART_NAMES[k]![l];
  const fromOf = (completed as { of?: Reading }).of ?? (notCompleted as { of?: Reading }).of;
  if (fromOf) {
    if (assigned && judge(fromOf, assigned) === 'mismatch') specs.push(sumSpec('assigned', [], fromOf, assigned));
    assigned ??= fromOf;
  }
  // identities: a total against its parts (each reported once); a total the report leaves out is their sum
  const identity = (
    totalKey: string,
    total: Reading | undefined,
    partKeys: string[],
    partValues: (Reading | undefined)[],
  ): Reading | undefined => {
    if (partValues.every((p) => p !== undefined)) {
      const s = sum(partValues as Reading[]);
      if (!total) return s;
      const verdict = judge(s, total);
      if (verdict === 'loose' || verdict === 'mismatch')
        specs.push(
          sumSpec(
            totalKey,
            partKeys.map((k, i) => [k, partValues[i]!]),
            s,
            total,
            verdict === 'loose',
          ),
        );
      return total;
    }
    // one part missing: it is the total less the others, and cannot be negative
    const missing = partValues.filter((p) => p === undefined).length;
    if (total && missing === 1) {
      const known = partValues.filter((p): p is Reading => p !== undefined);
      const rest = minus(total, sum(known));
      if (rest.core.hi?.isNegative()) {
        const p = (l: Locale) => ({
          total: `${name(totalKey, l)} ${shown(total, l)}`,
          parts: known.map((k, i) => `${name(partKeys[partValues.indexOf(k)] ?? partKeys[i]!, l)} ${shown(k, l)}`).join(' + '),
        });
        specs.push({
          code: 'tasks-part-exceeds',
          severity: 'error',
          field: totalKey,
          expected: valueOfReading(total),
          actual: tidy(sum(known).point),
          vi: viF.tasksPartExceeds(p('vi')),
          en: enF.tasksPartExceeds(p('en')),
        });
      }
    }
    return total;
  };
  const completedTotal = identity('completed', completed.total, ['onTime', 'late'], [completed.onTime, completed.late]);
  const notCompletedTotal = identity(
    'notCompleted',
    notCompleted.total,
    ['withinDeadline', 'overdue'],
    [notCompleted.withinDeadline, notCompleted.overdue],
  );
  identity('assigned', assigned, ['completed', 'notCompleted'], [completedTotal, notCompletedTotal]);
  // tasks due: the completed ones among them and the overdue ones
  const overdue = notCompleted.overdue;
  if (due && completedTotal && overdue) {
    const upper = sum([completedTotal, overdue]);
    const above = due.core.lo !== null && upper.core.hi !== null && due.core.lo.gt(upper.core.hi);
    const below = due.core.hi !== null && overdue.core.lo !== null && due.core.hi.lt(overdue.core.lo);
    const p = (l: Locale) => ({
      due: shown(due, l),
      completed: shown(completedTotal, l),
      overdue: shown(overdue, l),
      sum: shown(upper, l),
    });
    if (above || below)
      specs.push({
        code: 'tasks-due-mismatch',
        severity: 'error',
        field: 'due',
        expected: valueOfReading(upper),
        actual: valueOfReading(due),
        vi: viF.tasksDueMismatch(p('vi')),
        en: enF.tasksDueMismatch(p('en')),
      });
    else if (judge(upper, due) === 'mismatch')
      specs.push({
        code: 'tasks-due-early',
        severity: 'info',
        field: 'due',
        expected: valueOfReading(upper),
        actual: valueOfReading(due),
        vi: viF.tasksDueEarly(p('vi')),
        en: enF.tasksDueEarly(p('en')),
      });
  }
  // printed rates over their bases
  const dueBase = due ?? (completedTotal && overdue ? sum([completedTotal, overdue]) : undefined);
  const baseOf: Readonly<Record<TaskRateDenominator, Reading | undefined>> = {
    assigned,
    due: dueBase,
    completed: completedTotal,
    'not-completed': notCompletedTotal,
  };
  const numOf: Readonly<Record<string, Reading | undefined>> = {
    completedRate: completedTotal,
    onTimeRate: completed.onTime,
    lateRate: completed.late ?? (completedTotal && completed.onTime ? minus(completedTotal, completed.onTime) : undefined),
    overdueRate: overdue,
    notCompletedRate: notCompletedTotal,
  };
  for (const r of printedRates) {
    if (!r.read) continue;
    const bases = r.denominator ? [r.denominator] : DEFAULT_BASES[r.key]!;
    const candidates: RateCandidate[] = bases.map((b) => ({ base: BASES[b], num: numOf[r.key], den: baseOf[b] }));
    specs.push(...rateFindings(NAMES[r.key]!, r.read, candidates, `printed.${r.key}`));
  }
  return specs.map((s) => targetFinding({ ...v, field: v.field ?? s.field }, s.code, s.severity, s.expected, s.actual, s.vi, s.en));

  function sumSpec(totalKey: string, terms: [string, Reading][], computed: Reading, total: Reading, loose = false): FindingSpec {
    const p = (l: Locale) => ({
      total: `${name(totalKey, l)} ${shown(total, l)}`,
      expr:
        terms.length > 0
          ? `${terms.map(([k, x]) => `${name(k, l)} ${shown(x, l)}`).join(' + ')} = ${shown(computed, l)}`
          : shown(computed, l),
    });
    return {
      code: 'tasks-sum-mismatch',
      severity: loose ? 'warning' : 'error',
      field: totalKey,
      expected: valueOfReading(computed),
      actual: valueOfReading(total),
      vi: viF.tasksSumMismatch(p('vi')),
      en: enF.tasksSumMismatch(p('en')),
    };
  }
}
