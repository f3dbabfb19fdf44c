import { fail, show } from '../../core/errors.js';

import type { WorkCalendar } from '../../calendar/work-calendar-types.js';

/**
 * The part of the calendar module's `WorkCalendar` that the dossier module uses (the day-number fast path of
 * docs/calendar.md): working-day test, working-day index, the working day at an index, n working days after a day.
 * @internal
 */
export type DossierCalendar = Pick<
  WorkCalendar,
  'name' | 'firstDayNumber' | 'lastDayNumber' | 'isWorkingDayNumber' | 'workingDayIndex' | 'dayNumberAtWorkingDayIndex' | 'addWorkingDaysToDayNumber'
>;

/** @internal Check that an option is a calendar (has the fast-path methods). */
export function checkCalendar(value: unknown, path: readonly (string | number)[] = ['calendar']): DossierCalendar | undefined {
  if (value === undefined || value === null) return undefined;
  const c = value as Partial<DossierCalendar>;
  if (
    typeof c === 'object' &&
    typeof c.isWorkingDayNumber === 'function' &&
    typeof c.workingDayIndex === 'function' &&
    typeof c.dayNumberAtWorkingDayIndex === 'function' &&
    typeof c.addWorkingDaysToDayNumber === 'function'
  ) {
    return c as DossierCalendar;
  }
  return fail(
    'INVALID_INPUT',
    path,
    `Cần một lịch ngày làm việc (WorkCalendar, ví dụ civilServiceCalendar), nhận được ${show(value)}`,
    `Expected a working-day calendar (a WorkCalendar such as civilServiceCalendar), received ${show(value)}`,
    value,
  );
}
