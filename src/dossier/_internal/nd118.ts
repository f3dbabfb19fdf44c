// The checks of NĐ 118/2025/NĐ-CP that report, without changing any date (findings): acceptance of an online filing
// within 8 working hours (Đ17(2)(c)), a supplement request within 3 working days (Đ19(5)), an extension notified at
// least 1 day before the due date and made once (Đ19(6)), a supplement completed within its window (Đ19(5)). The
// decisions that do change dates (restart, extension, closing) are in the engine; this file only says what broke the
// rules, and is run only when the caller wants findings (classifyDossier; tallies with `strict` or `onFinding`).
import { issue, type CchcIssue, type CchcPath } from '../../core/errors.js';
import { fromDayNumber } from '../../core/iso-date.js';
import { NO_DAY, NO_MINUTE } from '../../core/read-date.js';
import * as vi8 from '../../core/messages/vi/dossier-nd118.js';
import * as en8 from '../../core/messages/en/dossier-nd118.js';
import type { DossierCalendar } from './calendar-port.js';
import { closingDay, EXT_LATE_NOTICE, EXT_NOT_LATER, extensionOutcome, type CompiledRules, type CoreResult } from './engine.js';
import { CH_ONLINE, type NormalizedDossier } from './normalize.js';

/** Office minutes of a working day before minute `min` of the day. */
function officeBefore(cr: CompiledRules, min: number): number {
  let t = 0;
  const o = cr.office;
  for (let i = 0; i < o.length; i += 2) {
    const a = o[i]!;
    const b = o[i + 1]!;
    if (min > a) t += (min < b ? min : b) - a;
  }
  return t;
}

/** Office minutes from the calendar's start up to (day, minute): a clock that stands still outside office hours. @internal */
export function officeClock(cal: DossierCalendar, cr: CompiledRules, day: number, minute: number): number {
  const working = cal.isWorkingDayNumber(day);
  const idx = cal.workingDayIndex(day);
  return working ? (idx - 1) * cr.officeDay + officeBefore(cr, minute) : idx * cr.officeDay;
}

/**
 * Office minutes as hours for a message, rounded half up to two decimals with integer arithmetic (no binary
 * fractions), trailing zeros dropped: 500 → `8,33` with `sep` ','; 90 → `1,5`; 480 → `8`. @internal
 */
export const hoursText = (minutes: number, sep: string): string => {
  const sign = minutes < 0 ? '-' : '';
  const centi = Math.floor((Math.abs(minutes) * 100 + 30) / 60); // integers below 2^53: exact
  const whole = Math.floor(centi / 100);
  const frac = centi % 100;
  if (frac === 0) return `${sign}${whole}`;
  return `${sign}${whole}${sep}${frac % 10 === 0 ? frac / 10 : frac < 10 ? `0${frac}` : frac}`;
};
const pad = (x: number) => (x < 10 ? `0${x}` : String(x));
/** A day and minute as text: `2025-10-13 10:00`, or the date alone. */
const at = (day: number, minute: number) =>
  minute === NO_MINUTE ? fromDayNumber(day) : `${fromDayNumber(day)} ${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;

/**
 * The findings of one classified dossier (`out` is the engine's result for it), paths prefixed with `path`. Events
 * after `asOf` are ignored, as by the classification. @internal
 */
export function collectFindings(
  n: NormalizedDossier,
  cr: CompiledRules,
  cal: DossierCalendar,
  asOf: number,
  out: CoreResult,
  path: CchcPath,
): CchcIssue[] {
  const found: CchcIssue[] = [];
  if (n.rejDay !== NO_DAY) return found;
  // Đ17(2)(c): an online filing is accepted (or sent back) within 8 working hours. A date without a time: the filing
  // at the end of its day, the acceptance at the start of its day (only what is certainly late is reported).
  if (cr.acceptMinutes >= 0 && n.channel === CH_ONLINE && n.subDay !== NO_DAY && n.subDay <= asOf) {
    const from = officeClock(cal, cr, n.subDay, n.subMin === NO_MINUTE ? 1440 : n.subMin);
    const to = officeClock(cal, cr, n.recDay, n.recMin === NO_MINUTE ? 0 : n.recMin);
    if (to - from > cr.acceptMinutes) {
      const p = (sep: string) => ({
        submittedAt: at(n.subDay, n.subMin),
        receivedAt: at(n.recDay, n.recMin),
        hours: hoursText(to - from, sep),
        limit: hoursText(cr.acceptMinutes, sep),
      });
      found.push(issue('LATE_ACCEPTANCE', [...path, 'receivedAt'], vi8.LATE_ACCEPTANCE(p(',')), en8.LATE_ACCEPTANCE(p('.'))));
    }
  }
  let nReq = 0;
  while (nReq < n.supN && n.supReqDay[nReq]! <= asOf) nReq++;
  // Đ19(5): the supplement request within 3 working days of the receipt (under 'restart', a later request within 3
  // working days of the completion that restarted the time limit).
  if (cr.supReqDays >= 0) {
    for (let k = 0; k < nReq; k++) {
      if (k > 0 && !cr.restart) break;
      const fromDay = k === 0 ? n.recDay : n.supCompDay[k - 1]!;
      if (fromDay === NO_DAY) break;
      const q = n.supReqDay[k]!;
      const days = cal.workingDayIndex(q) - cal.workingDayIndex(fromDay);
      if (days > cr.supReqDays) {
        const p = { requestedAt: fromDayNumber(q), from: fromDayNumber(fromDay), days, limit: cr.supReqDays };
        found.push(
          issue(
            'LATE_SUPPLEMENT_REQUEST',
            [...path, 'supplements', k, 'requestedAt'],
            vi8.LATE_SUPPLEMENT_REQUEST(p),
            en8.LATE_SUPPLEMENT_REQUEST(p),
          ),
        );
      }
    }
  }
  // Đ19(5): completed after the window, when the dossier was due to be closed.
  if (cr.windowDays >= 0) {
    for (let k = 0; k < nReq; k++) {
      const c = n.supCompDay[k]!;
      if (c === NO_DAY || c > asOf) continue;
      const close = closingDay(n.supReqDay[k]!, cr, cal);
      if (c >= close) {
        const p = { completedAt: fromDayNumber(c), closedOn: fromDayNumber(close) };
        found.push(
          issue(
            'SUPPLEMENT_AFTER_WINDOW',
            [...path, 'supplements', k, 'completedAt'],
            vi8.SUPPLEMENT_AFTER_WINDOW(p),
            en8.SUPPLEMENT_AFTER_WINDOW(p),
          ),
        );
      }
    }
  }
  // Đ19(6): one extension, notified at least 1 day before the due date, to a later date.
  if (cr.extOnce) {
    const extAt = (k: number): CchcPath => (n.extList ? [...path, 'extensions', k] : [...path, 'extension']);
    for (let k = 0; k < n.extN; k++) {
      if (n.extNotDay[k]! > asOf) break;
      if (k > 0) {
        const p = { number: k + 1 };
        found.push(issue('SECOND_EXTENSION', extAt(k), vi8.SECOND_EXTENSION(p), en8.SECOND_EXTENSION(p)));
        continue;
      }
      const due = out.extendedFrom !== NO_DAY ? out.extendedFrom : out.dueDay;
      const o = extensionOutcome(n.extNotDay[0]!, n.extNewDay[0]!, due, cr.extNoticeDays);
      if (o === EXT_LATE_NOTICE) {
        const p = { notifiedAt: fromDayNumber(n.extNotDay[0]!), dueDate: fromDayNumber(due), days: cr.extNoticeDays };
        found.push(issue('LATE_EXTENSION_NOTICE', [...extAt(0), 'notifiedAt'], vi8.LATE_EXTENSION_NOTICE(p), en8.LATE_EXTENSION_NOTICE(p)));
      } else if (o === EXT_NOT_LATER) {
        const p = { newDueDate: fromDayNumber(n.extNewDay[0]!), dueDate: fromDayNumber(due) };
        found.push(
          issue('INVALID_EXTENSION', [...extAt(0), 'newDueDate'], vi8.INVALID_EXTENSION__notLater(p), en8.INVALID_EXTENSION__notLater(p)),
        );
      }
    }
  }
  return found;
}
