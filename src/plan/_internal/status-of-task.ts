import { daysBetween, fromDayNumber, parseIsoDate, type IsoDate } from '../../core/iso-date.js';
import { ratio } from '../../core/ratio.js';
import type { ProgressRecord, Task } from '../task.js';
import type { MilestoneStatus, PartialProgress, TaskStatus, TaskStatusResult } from '../task-status.js';
import type { DueCounting } from './due-counting.js';

/** The status of a task already validated (see `taskStatus` for the rules). @internal */
export function statusOfTask(task: Task, asOf: IsoDate, counting: DueCounting): TaskStatusResult {
  const { dueSoon, calendar } = counting;
  const shift = counting.dueOnDayOff === 'next-working-day';
  const effectiveDue = (due: IsoDate): IsoDate => {
    if (!shift) return due;
    const d = parseIsoDate(due, ['deadline', 'due']);
    return calendar.isWorkingDayNumber(d) ? due : fromDayNumber(calendar.addWorkingDaysToDayNumber(d, 1));
  };
  // Days left in the unit of the due-soon window (the calendar is read only for working days).
  const left = (due: IsoDate): number => {
    const calendarDays = daysBetween(asOf, due);
    if (dueSoon.unit === 'calendar-days' || calendarDays < 0) return calendarDays;
    return calendar.workingDaysBetweenDayNumbers(parseIsoDate(asOf, ['asOf']), parseIsoDate(due, ['deadline', 'due']));
  };
  const known = (task.progress ?? []).filter(
    (r) => (r.reportedOn === undefined || r.reportedOn <= asOf) && (r.completedOn === undefined || r.completedOn <= asOf),
  );
  const completionOf = (index: number): IsoDate | undefined => {
    let best: IsoDate | undefined;
    for (const r of known) {
      if (
        r.completedOn !== undefined &&
        (r.milestone === undefined || r.milestone === index) &&
        (best === undefined || r.completedOn < best)
      ) {
        best = r.completedOn;
      }
    }
    return best;
  };

  const milestones: MilestoneStatus[] = task.deadline.milestones.map((m, index) => {
    const due = effectiveDue(m.due);
    const base = {
      index,
      due,
      ...(due !== m.due ? { scheduledDue: m.due } : {}),
      ...(m.label === undefined ? {} : { label: m.label }),
    };
    const completedOn = completionOf(index);
    if (completedOn !== undefined) {
      const late = daysBetween(due, completedOn);
      return Object.freeze(
        late > 0
          ? { ...base, status: 'done-late' as const, completedOn, daysLate: late }
          : { ...base, status: 'done-on-time' as const, completedOn },
      );
    }
    const calendarDays = daysBetween(asOf, due);
    if (calendarDays < 0) return Object.freeze({ ...base, status: 'overdue' as const, daysLate: -calendarDays });
    const status = left(due) <= dueSoon.days ? ('due-soon' as const) : ('not-due' as const);
    return Object.freeze({ ...base, status, daysLeft: calendarDays });
  });

  let status: TaskStatus;
  if (milestones.length === 0) status = 'continuous';
  else if (milestones.some((m) => m.status === 'overdue')) status = 'overdue';
  else if (milestones.every((m) => m.status === 'done-on-time' || m.status === 'done-late')) {
    status = milestones.some((m) => m.status === 'done-late') ? 'done-late' : 'done-on-time';
  } else if (milestones.some((m) => m.status === 'due-soon')) status = 'due-soon';
  else status = 'not-due';

  const open = milestones.filter((m) => m.completedOn === undefined).map((m) => m.due);
  const nextDue = open.length > 0 ? open.reduce((a, b) => (b < a ? b : a)) : undefined;
  const completedOn =
    milestones.length > 0 && open.length === 0 ? milestones.map((m) => m.completedOn!).reduce((a, b) => (b > a ? b : a)) : undefined;

  let partial: ProgressRecord | undefined;
  for (const r of known) {
    if (r.done === undefined || r.total === undefined) continue;
    if (partial === undefined || (r.reportedOn ?? '') >= (partial.reportedOn ?? '')) partial = r;
  }

  const out: { -readonly [K in keyof TaskStatusResult]: TaskStatusResult[K] } = {
    status,
    milestones: Object.freeze(milestones),
    continuous: task.deadline.continuous,
    evidence: Object.freeze(known.flatMap((r) => (r.evidence === undefined ? [] : [r.evidence]))),
    dueSoon,
    calendar: calendar.name,
  };
  if (nextDue !== undefined) out.nextDue = nextDue;
  if (completedOn !== undefined) out.completedOn = completedOn;
  if (partial !== undefined) {
    const p: { -readonly [K in keyof PartialProgress]: PartialProgress[K] } = {
      done: partial.done!,
      total: partial.total!,
      ratio: ratio(partial.done!, partial.total!),
    };
    if (partial.unit !== undefined) p.unit = partial.unit;
    if (partial.reportedOn !== undefined) p.reportedOn = partial.reportedOn;
    out.progress = Object.freeze(p);
  }
  return Object.freeze(out);
}
