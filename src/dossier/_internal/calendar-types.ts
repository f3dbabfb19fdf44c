// The calendar type the dossier options accept: the calendar module's WorkCalendar.
export type { WorkCalendar } from '../../calendar/work-calendar-types.js';
