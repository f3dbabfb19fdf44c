import { fail, show } from '../core/errors.js';
import { civilServiceCalendar } from './civil-service-calendar.js';
import { WorkCalendarImpl } from './work-calendar.js';
import type { WorkCalendar } from './work-calendar-types.js';

/**
 * Options shared by the working-day functions: which calendar to use (default {@link civilServiceCalendar}).
 *
 * @example
 * ```ts
 * import { createWorkCalendar, type CalendarOptions } from 'cchc';
 * const options: CalendarOptions = { calendar: createWorkCalendar({ holidays: 'labour-code' }) };
 * ```
 */
export interface CalendarOptions {
  readonly calendar?: WorkCalendar;
}

/** The calendar of an options object, checked. @internal */
export function calendarOf(options: CalendarOptions | undefined): WorkCalendarImpl {
  const cal = options === undefined ? civilServiceCalendar : options.calendar ?? civilServiceCalendar;
  if (!(cal instanceof WorkCalendarImpl)) {
    return fail(
      'INVALID_INPUT',
      ['options', 'calendar'],
      `calendar phải là lịch tạo bởi createWorkCalendar, nhận được ${show(cal)}`,
      `calendar must be a WorkCalendar made by createWorkCalendar, received ${show(cal)}`,
      cal,
    );
  }
  return cal;
}
