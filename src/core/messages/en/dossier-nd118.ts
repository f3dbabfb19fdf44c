// English messages of the dossier module for the rules of NĐ 118/2025/NĐ-CP (extensions, stops, restarts, findings),
// keyed by error code (`CODE__variant` for further texts of a code). Same keys and parameters in ../vi.

// ——— records ———
export const SUBMITTED_AFTER_RECEIPT = (p: { submittedAt: string; receivedAt: string }): string =>
  `The filing ${p.submittedAt} (submittedAt) is after the receipt ${p.receivedAt}: a dossier is received after it is filed`;
export const INVALID_EXTENSION__item = (p: { received: string }): string =>
  `Expected an extension { notifiedAt, newDueDate }, received ${p.received}`;
export const INVALID_EXTENSION__list = (p: { received: string }): string =>
  `extensions must be an array of { notifiedAt, newDueDate }, received ${p.received}`;
export const INVALID_EXTENSION__missing = (p: { key: string }): string =>
  `An extension needs ${p.key}: { notifiedAt (when the applicant was notified), newDueDate (the new return date) }`;
export const INVALID_EXTENSION__both = (): string =>
  'Give the extension once: extension (one) or extensions (a list, to record a second one), not both';
export const INVALID_EXTENSION__dueBeforeNotice = (): string => 'The new return date (newDueDate) is before the notice (notifiedAt)';
export const INVALID_EXTENSION__order = (): string => 'Extensions are not in the order they were notified';
export const INVALID_EXTENSION__notLater = (p: { newDueDate: string; dueDate: string }): string =>
  `The new return date ${p.newDueDate} is not after the due date ${p.dueDate}: not an extension, not applied`;
export const EVENT_BEFORE_RECEIPT__extension = (): string => 'An extension was notified before the dossier was received';
export const INVALID_SUPPLEMENT__newDueOpen = (): string =>
  'A new due date (newDueDate) on a supplement that was not completed: the time limit restarts only once the dossier is complete';
export const INVALID_SUPPLEMENT__newDueBeforeCompletion = (): string =>
  'The new due date (newDueDate) is before the supplement was completed';
export const MISSING_DUE_DATE__restart = (): string =>
  'The time limit restarts when the supplement is completed (NĐ 118/2025 Đ19(5)), but the dossier has no slaWorkingDays to count it from: give the new due date as newDueDate on the supplement';
export const CONFLICTING_OUTCOMES__nd118 = (): string =>
  'A dossier that was not accepted (rejectedAt) cannot also be stopped or have its return date extended';

// ——— findings (the rules are broken; the record is kept unless strict) ———
export const LATE_ACCEPTANCE = (p: { submittedAt: string; receivedAt: string; hours: string; limit: string }): string =>
  `Filed online ${p.submittedAt}, accepted ${p.receivedAt}: ${p.hours} working hours, more than the ${p.limit} allowed (NĐ 118/2025 Đ17(2)(c))`;
export const LATE_SUPPLEMENT_REQUEST = (p: { requestedAt: string; from: string; days: number; limit: number }): string =>
  `Supplement requested ${p.requestedAt}, ${p.days} working days after ${p.from}: more than the ${p.limit} allowed (NĐ 118/2025 Đ19(5))`;
export const LATE_EXTENSION_NOTICE = (p: { notifiedAt: string; dueDate: string; days: number }): string =>
  `Extension notified ${p.notifiedAt}, less than ${p.days} day(s) before the due date ${p.dueDate} (NĐ 118/2025 Đ19(6)): not applied`;
export const SECOND_EXTENSION = (p: { number: number }): string =>
  `Extension no. ${p.number}: the return date may be re-set only once (NĐ 118/2025 Đ19(6)); not applied`;
export const SUPPLEMENT_AFTER_WINDOW = (p: { completedAt: string; closedOn: string }): string =>
  `Supplement completed ${p.completedAt}, after the dossier was due to be closed on ${p.closedOn} (NĐ 118/2025 Đ19(5))`;

// ——— options ———
export const INVALID_INPUT__dossierInForce = (): string =>
  "'in-force' picks the rules by each dossier's receipt date: pass it as the rules option, or call dossierRulesInForce(receivedAt) for one date";
export const INVALID_INPUT__dossierOfficeHours = (p: { received: string }): string =>
  `officeHours must be ascending, non-overlapping { start, end } times "HH:MM" with start before end, received ${p.received}`;
export const INVALID_INPUT__dossierWindow = (p: { received: string }): string =>
  `Expected { days (a positive integer), unit: 'calendar-days' | 'working-days' } or null, received ${p.received}`;

// ——— CSV ———
export const INVALID_EXTENSION__csv = (p: { received: string }): string => `Not an extension "notifiedAt>newDueDate": ${p.received}`;
