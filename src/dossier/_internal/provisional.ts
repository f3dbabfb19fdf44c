/**
 * Whether a dossier's classification rests on provisional days of its calendar (days derived from the rules, in a
 * year without an official schedule: `isProvisional`). Kept apart from the classification rules (engine.ts): it reads
 * what the engine computed and asks the calendar, in O(1), whether a provisional day lies between two days.
 *
 * A record rests on provisional days when one of the working-day counts made for it crosses one:
 * - the due date counted from `slaWorkingDays` (the days from the receipt to the due date: the receipt day's own
 *   verdict counts when a receipt rule may move it);
 * - under `supplementTime: 'restart'` (NĐ 118/2025 Đ19(5)), the due date counted anew from `slaWorkingDays` after the
 *   supplement was completed (the days from the completion to that due date); a new due date given on the supplement,
 *   or an extension's new date, is given, not counted;
 * - its working days of delay (the days after the due date up to the day it was judged on), when they are measured;
 * - its processing time in working days (the receipt to the resolution), when it is measured.
 * An appointment date given in the record (`dueDate`) compared with dates rests on no working-day count.
 * @internal
 */
import { NO_DAY } from '../../core/read-date.js';
import type { DossierCalendar } from './calendar-port.js';
import { S_NOT_ACCEPTED, type CoreResult } from './engine.js';
import type { NormalizedDossier } from './normalize.js';

export function restsOnProvisional(n: NormalizedDossier, out: CoreResult, cal: DossierCalendar): boolean {
  if (out.status === S_NOT_ACCEPTED) return false;
  if (out.slaDueDay !== NO_DAY && cal.firstProvisionalDayNumber(n.recDay, out.slaDueDay) !== undefined) return true;
  if (out.restartDueDay !== NO_DAY && cal.firstProvisionalDayNumber(out.restartDay, out.restartDueDay) !== undefined) return true;
  if (out.delayWorkingDays >= 0 && out.judgedDay > out.dueDay && cal.firstProvisionalDayNumber(out.dueDay + 1, out.judgedDay) !== undefined)
    return true;
  return out.processingWorkingDays >= 0 && cal.firstProvisionalDayNumber(n.recDay, out.endDay) !== undefined;
}
