import { daysToCivil, formatIsoDate, type IsoDate } from '../core/iso-date.js';
import { CchcError, fail, show } from '../core/errors.js';
import { notADate, readTimestamp, type DateReading } from '../core/read-date.js';
import type { IsoTimestamp } from '../core/timestamp.js';
import { badCount } from './_internal/day-index.js';
import { errorOnProvisional, refuseProvisional } from './_internal/on-provisional.js';
import { calendarOf, type WorkingDayOptions } from './calendar-options.js';
import * as vi from '../core/messages/vi/calendar.js';
import * as en from '../core/messages/en/calendar.js';

/**
 * Options of {@link receiptDate} and {@link dueDate}.
 *
 * `cutoff` (giờ tiếp nhận cuối ngày) is a Vietnam clock time `'HH:mm'`: a dossier received **after** it (15:00:00
 * is not after 15:00), or on a day that is not a working day, counts as received on the next working day. Sources
 * show it as a per-procedure rule, not a general one (e.g. chứng thực: "the next working day if the request arrives
 * after 15:00", from NĐ 23/2015/NĐ-CP as published at https://dichvucong.laocai.gov.vn/yenbai/tra-cuu/chi-tiet-thu-tuc?ma-thu-tuc=26455),
 * so there is no default: without `cutoff` the receipt date is the timestamp's date in Vietnam.
 *
 * @example
 * ```ts
 * import type { DueDateOptions } from 'cchc';
 * const o: DueDateOptions = { cutoff: '15:00' };
 * ```
 *
 * @category Calendar
 */
export interface DueDateOptions extends WorkingDayOptions {
  readonly cutoff?: string;
}

const CUTOFF = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DUE_DATE_KEYS: readonly string[] = Object.freeze(['calendar', 'cutoff', 'onProvisional']);
const VIETNAM = 420;
/** Scratch of the timestamp reader (this module's own: a caller's scratch is never overwritten). */
const stamp: DateReading = { day: 0, minute: -1, ms: -1, epochMs: 0, offsetMinutes: 0 };

/**
 * The first day whose verdict a receipt date or due date rests on (set by {@link receiptDayNumber}): the date of
 * receipt when a cut-off moved it (or could have), else the receipt date counted from.
 */
let consulted = 0;

/** The receipt day number under the options. @internal */
export function receiptDayNumber(receivedAt: IsoTimestamp | IsoDate, options: DueDateOptions | undefined): number {
  const eff = receiptDay(receivedAt, options);
  if (options !== undefined && errorOnProvisional(options)) refuseProvisional(calendarOf(options, DUE_DATE_KEYS), consulted, eff, true);
  return eff;
}

function receiptDay(receivedAt: IsoTimestamp | IsoDate, options: DueDateOptions | undefined): number {
  const cal = calendarOf(options, DUE_DATE_KEYS);
  const cutoff = options === undefined ? undefined : Object.hasOwn(options, 'cutoff') ? options.cutoff : undefined;
  let cutoffMs: number | undefined;
  if (cutoff !== undefined) {
    const m = typeof cutoff === 'string' ? CUTOFF.exec(cutoff) : null;
    if (!m)
      return fail(
        'INVALID_CUTOFF',
        ['options', 'cutoff'],
        vi.INVALID_CUTOFF({ received: show(cutoff) }),
        en.INVALID_CUTOFF({ received: show(cutoff) }),
        cutoff,
      );
    cutoffMs = (Number(m[1]) * 60 + Number(m[2])) * 60_000;
  }
  if (typeof receivedAt !== 'string') throw new CchcError(notADate(receivedAt, ['receivedAt']));
  if (!/[T ]\d/.test(receivedAt)) {
    // A calendar date (no time part): validate it as a date, so that "2020-02-30" is reported as INVALID_DATE.
    const day = cal.dayOf(receivedAt, 'receivedAt');
    if (cutoffMs !== undefined) {
      const p = { cutoff: String(cutoff), received: show(receivedAt) };
      return fail('INVALID_CUTOFF', ['receivedAt'], vi.INVALID_CUTOFF__dateOnly(p), en.INVALID_CUTOFF__dateOnly(p), receivedAt);
    }
    consulted = day + 1; // nothing consulted yet: the range [day + 1, day] is empty
    return day;
  }
  readTimestamp(receivedAt, VIETNAM, ['receivedAt'], stamp);
  const day = stamp.day;
  const ms = stamp.ms;
  if (day < cal.firstDayNumber || day > cal.lastDayNumber) cal.isWorkingDayNumber(day); // DATE_OUT_OF_RANGE
  consulted = cutoffMs === undefined ? day + 1 : day;
  if (cutoffMs === undefined) return day;
  if (ms > cutoffMs || !cal.isWorkingDayNumber(day)) return cal.addWorkingDaysToDayNumber(day, 1);
  return day;
}

/**
 * The date a received dossier counts from (ngày tiếp nhận để tính hạn): the date in Vietnam (UTC+7) of the receipt
 * timestamp, moved to the next working day when the options give a `cutoff` and the dossier arrived after it or on a
 * day off. Timestamps must carry an offset (read with {@link parseTimestamp}).
 *
 * With `onProvisional: 'error'`, a receipt date moved by the cut-off across (or from) a provisional day throws
 * `PROVISIONAL_CALENDAR` ({@link OnProvisional}).
 *
 * @throws {@link CchcError} `INVALID_TIMESTAMP`, `INVALID_DATE`, `INVALID_CUTOFF`, `DATE_OUT_OF_RANGE`; `INVALID_INPUT`
 *   for options that are not an object (`null`) or a bad `onProvisional`; `UNKNOWN_KEY` for an option other than
 *   `calendar`, `cutoff` and `onProvisional` (`calender`, `cutOff`); `PROVISIONAL_CALENDAR`.
 * @example
 * ```ts
 * import { receiptDate } from 'cchc';
 * receiptDate('2025-03-12T15:20:00+07:00', { cutoff: '15:00' }); // '2025-03-13'
 * receiptDate('2025-03-12T15:00:00+07:00', { cutoff: '15:00' }); // '2025-03-12'
 * receiptDate('2025-03-14T09:00:00Z', { cutoff: '15:00' });      // '2025-03-17' (16:00 in Vietnam on a Friday)
 * receiptDate('2025-03-12T20:00:00Z');                           // '2025-03-13' (03:00 on the 13th in Vietnam)
 * ```
 *
 * @category Calendar
 */
export function receiptDate(receivedAt: IsoTimestamp | IsoDate, options?: DueDateOptions): IsoDate {
  const c = daysToCivil(receiptDayNumber(receivedAt, options));
  return formatIsoDate(c.year, c.month, c.day);
}

/**
 * The due date (ngày hẹn trả kết quả) of a dossier with a deadline of `n` working days: `n` working days after its
 * {@link receiptDate} (the receipt day is not counted, Civil Code 2015 Art. 147); `n = 0` (same-day procedures) gives
 * the receipt date itself when it is a working day.
 *
 * The due date rests on the days from the receipt (the day of receipt itself when a `cutoff` is given or n = 0) to
 * the due date: with `onProvisional: 'error'` a provisional one among them ({@link isProvisional}: 2027 onwards
 * today) throws `PROVISIONAL_CALENDAR` naming the first one.
 *
 * @throws {@link CchcError} as {@link receiptDate} and {@link addWorkingDays}.
 * @example
 * ```ts
 * import { dueDate } from 'cchc';
 * dueDate('2020-01-20', 5);                                       // '2020-02-03'
 * dueDate('2025-03-12T16:10:00+07:00', 0, { cutoff: '15:00' });   // '2025-03-13'
 * dueDate('2025-03-12T16:10:00+07:00', 3, { cutoff: '15:00' });   // '2025-03-18'
 * dueDate('2025-03-12', 3, { cutoff: '15:00' });                  // throws CchcError INVALID_CUTOFF
 * dueDate('2026-11-23', 2);                                       // '2026-11-26' (24/11/2026 is off)
 * dueDate('2026-12-30', 5);                                       // '2027-01-07' (provisional)
 * dueDate('2026-12-30', 5, { onProvisional: 'error' });           // throws CchcError PROVISIONAL_CALENDAR
 * ```
 *
 * @category Calendar
 */
export function dueDate(receivedAt: IsoTimestamp | IsoDate, n: number, options?: DueDateOptions): IsoDate {
  const cal = calendarOf(options, DUE_DATE_KEYS);
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0) {
    if (typeof n === 'number' && Number.isInteger(n)) {
      return fail('INVALID_INPUT', ['n'], vi.INVALID_INPUT__negativeDeadline({ n }), en.INVALID_INPUT__negativeDeadline({ n }), n);
    }
    badCount(n);
  }
  const from = receiptDay(receivedAt, options);
  const due = cal.addWorkingDaysToDayNumber(from, n);
  if (options !== undefined && errorOnProvisional(options))
    refuseProvisional(cal, n === 0 ? Math.min(consulted, from) : consulted, due, true);
  const c = daysToCivil(due);
  return formatIsoDate(c.year, c.month, c.day);
}
