// The calendar type the dossier options accept. Until the calendar module lands, the structural subset of its
// `WorkCalendar` contract (docs/calendar.md of the calendar issue) that the dossier module uses.
export type { DossierCalendar as WorkCalendar } from './calendar-port.js';
