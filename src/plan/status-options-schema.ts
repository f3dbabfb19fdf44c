// Schemas of the options of taskStatus, planProgress and overdueTasks, in their own file.
import * as s from '../core/schema.js';
import { issue, show, type CchcPath } from '../core/errors.js';
import type { IsoDate } from '../core/iso-date.js';
import { isWorkCalendar } from '../calendar/calendar-options.js';
import type { WorkCalendar } from '../calendar/work-calendar-types.js';
import type { DueSoon, DueOnDayOff } from './due-soon.js';
import type { OverdueTasksOptions } from './overdue-tasks.js';
import type { PlanProgressOptions, ProgressGroupBy } from './plan-progress.js';
import type { TaskStatusOptions } from './task-status.js';
import { deepFreeze } from '../core/_internal/freeze.js';
import { CORE_SCHEMAS } from './_internal/core-schemas.js';
import { requiredDate } from './_internal/required-date.js';
import * as vi from '../core/messages/vi/plan.js';
import * as en from '../core/messages/en/plan.js';

/**
 * Schema of {@link DueSoon}: `{ days, unit }`, both required (the unit is never guessed from other options).
 *
 * @example
 * ```ts
 * import { DueSoonSchema } from 'cchc';
 * DueSoonSchema.safeParse({ days: 5, unit: 'working-days' }).success; // true
 * DueSoonSchema.safeParse({ days: 5 }).success; // false
 * DueSoonSchema.safeParse({ days: 5, unit: 'working-day' }).success; // false (did you mean 'working-days'?)
 * ```
 *
 * @category Plans and tasks
 */
export const DueSoonSchema: s.Schema<DueSoon> = /* @__PURE__ */ s.deferredSchema(() =>
  deepFreeze(s.object({ days: s.int().min(0), unit: s.oneOf(['working-days', 'calendar-days']) }), CORE_SCHEMAS),
);

/** `asOf`: required, an ISO date; a missing one is `INVALID_INPUT` (the day of the status must be given). */
const asOf: s.Schema<IsoDate> = requiredDate();

const calendar: s.Schema<WorkCalendar> = s
  .guard('calendar', isWorkCalendar, 'lịch', 'calendar', { description: 'A WorkCalendar made by createWorkCalendar' })
  .withIssue('INVALID_INPUT', vi.INVALID_INPUT__planCalendar, en.INVALID_INPUT__planCalendar);

const dueOnDayOff: s.Schema<DueOnDayOff> = s.oneOf(['keep', 'next-working-day']);

/** The deprecated `dueSoonDays` (0.1): a non-negative integer, and not together with `dueSoon`. */
function deprecatedDueSoonDays(o: object, path: CchcPath, ctx: s.SchemaContext): void {
  if (!Object.hasOwn(o, 'dueSoonDays')) return;
  const days = (o as { dueSoonDays?: unknown }).dueSoonDays;
  if (days === undefined) return;
  if (typeof days !== 'number' || !Number.isSafeInteger(days) || days < 0) {
    const p = { received: show(days) };
    ctx.issues.push(
      issue('INVALID_INPUT', [...path, 'dueSoonDays'], vi.INVALID_INPUT__dueSoonDays(p), en.INVALID_INPUT__dueSoonDays(p), days),
    );
  } else if ((o as { dueSoon?: unknown }).dueSoon !== undefined) {
    ctx.issues.push(
      issue('INVALID_INPUT', [...path, 'dueSoonDays'], vi.INVALID_INPUT__dueSoonConflict(), en.INVALID_INPUT__dueSoonConflict(), days),
    );
  }
}

const DUE_SOON_DAYS_NOTE =
  'Deprecated (0.2): use dueSoon: { days, unit }. Alone it counts calendar days, or working days when calendar is given (as in 0.1).';

/**
 * Schema of {@link TaskStatusOptions} (strict: `calender` is `UNKNOWN_KEY`, did you mean `calendar`?).
 *
 * @example
 * ```ts
 * import { TaskStatusOptionsSchema } from 'cchc';
 * TaskStatusOptionsSchema.safeParse({ asOf: '2020-06-30', dueSoon: { days: 5, unit: 'working-days' } }).success; // true
 * TaskStatusOptionsSchema.safeParse({ asOf: '2020-06-30', dueSoonDays: -1 }).success; // false
 * const r = TaskStatusOptionsSchema.safeParse({ asOf: '2020-06-30', calender: null });
 * r.success ? '' : r.error.issues[0]?.suggestion; // 'calendar'
 * ```
 *
 * @category Plans and tasks
 */
export const TaskStatusOptionsSchema: s.Schema<TaskStatusOptions> = /* @__PURE__ */ s.deferredSchema(() =>
  deepFreeze(
    s
      .object({ asOf, dueSoon: DueSoonSchema.optional(), calendar: calendar.optional(), dueOnDayOff: dueOnDayOff.optional() })
      .deprecatedKeys({ dueSoonDays: DUE_SOON_DAYS_NOTE })
      .check(deprecatedDueSoonDays),
    CORE_SCHEMAS,
  ),
);

const groupBy: s.Schema<ProgressGroupBy> = s.oneOf(['section', 'lead', 'product']);

/**
 * Schema of {@link PlanProgressOptions} (strict).
 *
 * @example
 * ```ts
 * import { PlanProgressOptionsSchema } from 'cchc';
 * PlanProgressOptionsSchema.safeParse({ asOf: '2020-06-30', groupBy: 'lead' }).success; // true
 * PlanProgressOptionsSchema.safeParse({ asOf: '2020-06-30', groupBy: 'agency' }).success; // false
 * ```
 *
 * @category Plans and tasks
 */
export const PlanProgressOptionsSchema: s.Schema<PlanProgressOptions> = /* @__PURE__ */ s.deferredSchema(() =>
  deepFreeze(
    s
      .object({
        asOf,
        groupBy,
        sectionDepth: s.int().min(1).optional(),
        dueSoon: DueSoonSchema.optional(),
        calendar: calendar.optional(),
        dueOnDayOff: dueOnDayOff.optional(),
      })
      .deprecatedKeys({ dueSoonDays: DUE_SOON_DAYS_NOTE })
      .check(deprecatedDueSoonDays),
    CORE_SCHEMAS,
  ),
);

/**
 * Schema of {@link OverdueTasksOptions} (strict).
 *
 * @example
 * ```ts
 * import { OverdueTasksOptionsSchema } from 'cchc';
 * OverdueTasksOptionsSchema.safeParse({ asOf: '2020-06-30' }).success; // true
 * OverdueTasksOptionsSchema.safeParse({ asof: '2020-06-30' }).success; // false
 * ```
 *
 * @category Plans and tasks
 */
export const OverdueTasksOptionsSchema: s.Schema<OverdueTasksOptions> = /* @__PURE__ */ s.deferredSchema(() =>
  deepFreeze(s.object({ asOf, calendar: calendar.optional(), dueOnDayOff: dueOnDayOff.optional() }), CORE_SCHEMAS),
);
