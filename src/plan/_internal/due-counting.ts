import { readCalendar } from '../../calendar/calendar-options.js';
import type { WorkCalendarImpl } from '../../calendar/work-calendar.js';
import type { WorkCalendar } from '../../calendar/work-calendar-types.js';
import { DEFAULT_DUE_SOON, type DueOnDayOff, type DueSoon } from '../due-soon.js';

/** How due days are counted: the due-soon window, the calendar and the day-off rule. @internal */
export interface DueCounting {
  readonly dueSoon: DueSoon;
  readonly calendar: WorkCalendarImpl;
  readonly dueOnDayOff: DueOnDayOff;
}

/**
 * How due days are counted under validated options (shared by `taskStatus`, `planProgress`, `overdueTasks`). The
 * calendar defaults to `civilServiceCalendar`; the due-soon window to {@link DEFAULT_DUE_SOON}. The deprecated
 * `dueSoonDays` keeps its 0.1 meaning: calendar days, or working days when a calendar is passed.
 * @internal
 */
export function dueCounting(o: {
  readonly dueSoon?: DueSoon;
  readonly dueSoonDays?: number;
  readonly calendar?: WorkCalendar;
  readonly dueOnDayOff?: DueOnDayOff;
}): DueCounting {
  const calendar = readCalendar(o.calendar, ['options', 'calendar']);
  let dueSoon: DueSoon = DEFAULT_DUE_SOON;
  if (o.dueSoon !== undefined) dueSoon = Object.freeze({ days: o.dueSoon.days, unit: o.dueSoon.unit });
  else if (o.dueSoonDays !== undefined)
    dueSoon = Object.freeze({ days: o.dueSoonDays, unit: o.calendar === undefined ? 'calendar-days' : 'working-days' });
  return { dueSoon, calendar, dueOnDayOff: o.dueOnDayOff ?? 'keep' };
}
