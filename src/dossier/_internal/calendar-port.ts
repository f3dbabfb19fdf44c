import { fail, show } from '../../core/errors.js';

/**
 * The part of the calendar module's `WorkCalendar` that the dossier module uses (the day-number fast path, as fixed
 * by the calendar contract in docs/calendar.md): working-day test, working-day index (working days from the
 * calendar's first day through the day, inclusive; a day off has the index of the last working day before it), the
 * working day at an index, and n working days after a day.
 * @internal
 */
export interface DossierCalendar {
  readonly name: string;
  readonly firstDayNumber: number;
  readonly lastDayNumber: number;
  isWorkingDayNumber(dayNumber: number): boolean;
  workingDayIndex(dayNumber: number): number;
  dayNumberAtWorkingDayIndex(index: number): number;
  addWorkingDaysToDayNumber(dayNumber: number, n: number): number;
}

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
