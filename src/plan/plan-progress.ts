import type { IsoDate } from '../core/iso-date.js';
import type { Ratio } from '../core/ratio.js';
import type { WorkCalendar } from '../calendar/work-calendar-types.js';
import type { PlanTask } from './plan-tasks.js';
import type { Plan } from './plan.js';
import type { DueOnDayOff, DueSoon } from './due-soon.js';
import { completionRatio, countStatuses, type StatusCounts } from './status-counts.js';
import type { TaskStatusResult } from './task-status.js';
import { PlanProgressOptionsSchema } from './status-options-schema.js';
import { agencyReader } from './agency.js';
import { flattenTasks } from './_internal/flatten-tasks.js';
import { statusOfTask } from './_internal/status-of-task.js';
import { dueCounting } from './_internal/due-counting.js';
import { checkPlan } from './_internal/check-plan.js';
import { fold } from './_internal/folded.js';

/**
 * How {@link planProgress} groups tasks: by section, by lead agency, or by product.
 *
 * @example
 * ```ts
 * import type { ProgressGroupBy } from 'cchc';
 * const by: ProgressGroupBy = 'lead';
 * ```
 *
 * @category Plans and tasks
 */
export type ProgressGroupBy = 'section' | 'lead' | 'product';

/**
 * Options of {@link planProgress}.
 *
 * @example
 * ```ts
 * import type { PlanProgressOptions } from 'cchc';
 * const options: PlanProgressOptions = { asOf: '2020-06-30', groupBy: 'section', sectionDepth: 2 };
 * ```
 *
 * @category Plans and tasks
 */
export interface PlanProgressOptions {
  /** The day of the status. */
  readonly asOf: IsoDate;
  /** `section` (by the top-level section, or deeper with `sectionDepth`), `lead` (by lead agency) or `product`. */
  readonly groupBy: ProgressGroupBy;
  /** For `groupBy: 'section'`: how many levels of sections make a group (default 1: "VI"; 2: "VI.A", "VI.B"). */
  readonly sectionDepth?: number;
  /** See `taskStatus`: the due-soon window `{ days, unit }` (default 7 calendar days). */
  readonly dueSoon?: DueSoon;
  /** See `taskStatus`: the working-day calendar (default `civilServiceCalendar`). */
  readonly calendar?: WorkCalendar;
  /** See `taskStatus`: `'next-working-day'` moves a due day off a day off (Bộ luật Dân sự 2015, Điều 148 khoản 5). */
  readonly dueOnDayOff?: DueOnDayOff;
  /** @deprecated Use `dueSoon` (0.2); see `taskStatus`. */
  readonly dueSoonDays?: number;
}

/**
 * One group of {@link PlanProgress}.
 *
 * @example
 * ```ts
 * import { type ProgressGroup, planProgress } from 'cchc';
 * import { kienGiang2020Plan } from 'cchc/datasets';
 * const g: ProgressGroup = planProgress(kienGiang2020Plan, { asOf: '2020-06-30', groupBy: 'section' }).groups[0]!;
 * [g.key, g.counts.total, g.counts.overdue]; // ['I', 3, 2]
 * [g.completionRatio?.numerator, g.completionRatio?.denominator]; // [0, 3]
 * ```
 *
 * @category Plans and tasks
 */
export interface ProgressGroup {
  /** Section path ("VI" or "VI.A"), agency key ("so-noi-vu"), or folded product text; in NFC. */
  readonly key: string;
  /** Section title, agency name (abbreviations expanded) or product as first printed. */
  readonly label: string;
  /** Tasks per status, and in total. */
  readonly counts: StatusCounts;
  /**
   * Done (on time or late) over tasks that can be done (continuous-only tasks left out), a fraction as an exact
   * `Ratio`; `null` if none can.
   */
  readonly completionRatio: Ratio | null;
  /** @deprecated Use `completionRatio` (0.2): the same `Ratio`. */
  readonly completion: Ratio | null;
  /** Ids of the tasks in the group ("I.1", "VI.A.3"), in plan order. */
  readonly taskIds: readonly string[];
}

/**
 * One task with its status, as {@link planProgress} computed it.
 *
 * @example
 * ```ts
 * import { type TaskWithStatus, planProgress } from 'cchc';
 * import { kienGiang2020Plan } from 'cchc/datasets';
 * const t: TaskWithStatus = planProgress(kienGiang2020Plan, { asOf: '2020-02-14', groupBy: 'lead' }).tasks[30]!;
 * [t.task.id, t.status.status]; // ['VII.6', 'due-soon']
 * ```
 *
 * @category Plans and tasks
 */
export interface TaskWithStatus {
  readonly task: PlanTask;
  readonly status: TaskStatusResult;
}

/**
 * Result of {@link planProgress}.
 *
 * @example
 * ```ts
 * import { type PlanProgress, planProgress } from 'cchc';
 * import { kienGiang2020Plan } from 'cchc/datasets';
 * const p: PlanProgress = planProgress(kienGiang2020Plan, { asOf: '2021-01-01', groupBy: 'product' });
 * p.total.counts.overdue; // 32
 * ```
 *
 * @category Plans and tasks
 */
export interface PlanProgress {
  readonly asOf: IsoDate;
  readonly groupBy: ProgressGroupBy;
  /** The due-soon window used, with its unit. */
  readonly dueSoon: DueSoon;
  /** The name of the working-day calendar in effect (`'civil-service'` by default). */
  readonly calendar: string;
  /** The whole plan: every task counted once. */
  readonly total: ProgressGroup;
  /** The groups, in order of first appearance in the plan. */
  readonly groups: readonly ProgressGroup[];
  /** Every task with its status, in plan order. */
  readonly tasks: readonly TaskWithStatus[];
}

interface Bucket {
  key: string;
  label: string;
  ids: string[];
  seen: Set<string>;
  statuses: TaskStatusResult['status'][];
}

function group(b: Bucket): ProgressGroup {
  const counts = countStatuses(b.statuses);
  const share = completionRatio(counts);
  const taskIds = Object.freeze([...b.ids]);
  return Object.freeze({ key: b.key, label: b.label, counts, completionRatio: share, completion: share, taskIds });
}

/**
 * Progress of a plan on a date (tiến độ thực hiện kế hoạch): every task's status (see `taskStatus`), counted per
 * status and per group, with the completion ratio — the "X/Y nhiệm vụ hoàn thành" of year-end reports.
 *
 * - `section`: by top-level section ("I" … "VII"); `sectionDepth: 2` splits "VI" into "VI.A" and "VI.B".
 * - `lead`: by lead agency (cơ quan chủ trì), normalised with `parseAgencies` ("VP UBND tỉnh" and "Văn phòng UBND
 *   tỉnh" are one group). A task led jointly by several agencies is counted under each, so group totals may add up
 *   to more than `total`.
 * - `product`: by product (sản phẩm) as printed, compared without case, accents or extra spaces.
 *
 * Group keys are in NFC, so a text typed in composed or decomposed Vietnamese ("Sở Tư pháp") makes one group; labels
 * keep the text as first given. Statuses follow `taskStatus`'s options (`dueSoon`, `calendar`, `dueOnDayOff`), and the
 * result names the window and calendar used.
 *
 * Completion is done ÷ (tasks − continuous-only tasks); a task with a dated milestone and an ongoing part counts as
 * done once its dated milestones are (see `taskStatus`).
 *
 * @throws {@link CchcError} for an invalid plan or options (every problem listed; `UNKNOWN_KEY` with a suggestion for a
 *   misspelt option such as `groupby`).
 *
 * @example
 * ```ts
 * import { planProgress } from 'cchc';
 * import { kienGiang2020Plan } from 'cchc/datasets';
 * const p = planProgress(kienGiang2020Plan, { asOf: '2020-06-30', groupBy: 'lead' });
 * p.groups.map((g) => [g.label, g.counts.total]).slice(0, 3); // [['Sở Tư pháp', 3], ['Văn phòng Ủy ban nhân dân tỉnh', 5], ['Sở Nội vụ', 13]]
 * p.total.counts.overdue; // 22
 * [p.dueSoon, p.calendar]; // [{ days: 7, unit: 'calendar-days' }, 'civil-service']
 * ```
 *
 * @category Plans and tasks
 */
export function planProgress(plan: Plan, options: PlanProgressOptions): PlanProgress {
  const valid = checkPlan(plan);
  const o = PlanProgressOptionsSchema.parse(options, { path: ['options'] });
  const depth = o.sectionDepth ?? 1;
  const counting = dueCounting(o);
  const tasks = flattenTasks(valid).map((task) => Object.freeze({ task, status: statusOfTask(task, o.asOf, counting) }));

  const buckets = new Map<string, Bucket>();
  const add = (key: string, label: string, t: TaskWithStatus) => {
    let b = buckets.get(key);
    if (!b) {
      b = { key, label, ids: [], seen: new Set(), statuses: [] };
      buckets.set(key, b);
    }
    if (b.seen.has(t.task.id)) return;
    b.seen.add(t.task.id);
    b.ids.push(t.task.id);
    b.statuses.push(t.status.status);
  };
  const agencies = agencyReader(undefined); // one reader: plans repeat the same lead and product texts
  const products = new Map<string, string>();
  for (const t of tasks) {
    if (o.groupBy === 'section') {
      const n = Math.min(depth, t.task.sectionPath.length);
      add(t.task.sectionPath.slice(0, n).join('.').normalize('NFC'), t.task.sectionTitles[n - 1] ?? '', t);
    } else if (o.groupBy === 'lead') {
      for (const a of agencies(t.task.lead)) add(a.key, a.name, t);
    } else {
      let key = products.get(t.task.product);
      if (key === undefined) {
        key = fold(t.task.product).text.normalize('NFC');
        products.set(t.task.product, key);
      }
      add(key, t.task.product.trim(), t);
    }
  }
  const total = group({
    key: '*',
    label: valid.number,
    ids: tasks.map((t) => t.task.id),
    seen: new Set(),
    statuses: tasks.map((t) => t.status.status),
  });
  return Object.freeze({
    asOf: o.asOf,
    groupBy: o.groupBy,
    dueSoon: counting.dueSoon,
    calendar: counting.calendar.name,
    total,
    groups: Object.freeze([...buckets.values()].map(group)),
    tasks: Object.freeze(tasks),
  });
}
