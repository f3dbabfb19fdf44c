import type { WorkCalendar } from '../../calendar/work-calendar-types.js';
import { byIdentity } from '../../core/_internal/identity.js';

/**
 * The part of the calendar module's `WorkCalendar` that the dossier module uses (the day-number fast path of
 * docs/calendar.md): working-day test, working-day index, the working day at an index, n working days after a day.
 * The calendar option itself is read by the calendar module's `readCalendar` (default `civilServiceCalendar`).
 * @internal
 */
export type DossierCalendar = Pick<
  WorkCalendar,
  | 'name'
  | 'firstDayNumber'
  | 'lastDayNumber'
  | 'isWorkingDayNumber'
  | 'workingDayIndex'
  | 'dayNumberAtWorkingDayIndex'
  | 'addWorkingDaysToDayNumber'
  | 'isProvisionalDayNumber'
  | 'firstProvisionalDayNumber'
>;

/**
 * Plain typed-array copies of a calendar's working-day index, for the columnar loop (no call per row).
 * `index[d - first]` is the working-day index of day d; `atIndex[k]` the working day whose index is k.
 * @internal
 */
export interface DayTable {
  readonly first: number;
  readonly last: number;
  readonly working: Uint8Array;
  readonly index: Int32Array;
  readonly atIndex: Int32Array;
  readonly lastIndex: number;
  /** `index`, for counting n ≥ 1 working days after a day. */
  readonly fromIndex: Int32Array;
  /** `index`, plus one on a day off: counting from the next working day (and the due day of n = 0). */
  readonly fromIndexNext: Int32Array;
  /**
   * Provisional days before each day (`provisionalBefore[d - first]`: in `[first, d)`), one slot more than the days:
   * the days `[a, b]` hold a provisional day exactly when `provisionalBefore[b + 1 - first] > provisionalBefore[a - first]`.
   */
  readonly provisionalBefore: Int32Array;
}

const tables = byIdentity(new WeakMap<object, DayTable>());

/** @internal Build (once per calendar) the day table. */
export function dayTable(cal: DossierCalendar): DayTable {
  let t = tables.get(cal);
  if (t !== undefined) return t;
  const first = cal.firstDayNumber;
  const last = cal.lastDayNumber;
  const len = last - first + 1;
  const working = new Uint8Array(len);
  const index = new Int32Array(len);
  let lastIndex = 0;
  for (let i = 0; i < len; i++) {
    working[i] = cal.isWorkingDayNumber(first + i) ? 1 : 0;
    index[i] = cal.workingDayIndex(first + i);
    if (index[i]! > lastIndex) lastIndex = index[i]!;
  }
  const atIndex = new Int32Array(lastIndex + 1);
  for (let i = 0; i < len; i++) if (working[i] === 1) atIndex[index[i]!] = first + i;
  const fromIndexNext = new Int32Array(len);
  for (let i = 0; i < len; i++) fromIndexNext[i] = index[i]! + (working[i] === 1 ? 0 : 1);
  const provisionalBefore = new Int32Array(len + 1);
  for (let i = 0; i < len; i++) provisionalBefore[i + 1] = provisionalBefore[i]! + (cal.isProvisionalDayNumber(first + i) ? 1 : 0);
  t = { first, last, working, index, atIndex, lastIndex, fromIndex: index, fromIndexNext, provisionalBefore };
  tables.set(cal, t);
  return t;
}
