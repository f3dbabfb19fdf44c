// Test scaffolding only: a minimal working-day calendar on day numbers (Mon–Fri plus explicit days off and swapped
// working Saturdays), with the semantics of the calendar module's WorkCalendar fast path (docs/calendar.md).
// It stands in until the real calendar is merged, and keeps tests independent of the holiday data.
import { toDayNumber, fromDayNumber } from 'cchc';

export function fakeCalendar(from: string, to: string, daysOff: readonly string[] = [], workingWeekend: readonly string[] = []) {
  const first = toDayNumber(from);
  const last = toDayNumber(to);
  const off = new Set(daysOff.map(toDayNumber));
  const on = new Set(workingWeekend.map(toDayNumber));
  const size = last - first + 1;
  const working = new Uint8Array(size);
  const index = new Int32Array(size);
  const byIndex: number[] = [0];
  let k = 0;
  for (let d = first; d <= last; d++) {
    const wd = (((d + 4) % 7) + 7) % 7;
    const isW = on.has(d) || (!off.has(d) && wd !== 0 && wd !== 6);
    working[d - first] = isW ? 1 : 0;
    if (isW) {
      k++;
      byIndex[k] = d;
    }
    index[d - first] = k;
  }
  const check = (d: number) => {
    if (!Number.isInteger(d) || d < first || d > last) throw new RangeError(`day ${d} (${Number.isInteger(d) ? fromDayNumber(d) : d}) out of the fake calendar`);
  };
  const cal = {
    name: 'fake',
    firstDayNumber: first,
    lastDayNumber: last,
    isWorkingDayNumber(d: number) {
      check(d);
      return working[d - first] === 1;
    },
    workingDayIndex(d: number) {
      check(d);
      return index[d - first]!;
    },
    dayNumberAtWorkingDayIndex(i: number) {
      const d = byIndex[i];
      if (d === undefined || i < 1) throw new RangeError(`index ${i} out of the fake calendar`);
      return d;
    },
    addWorkingDaysToDayNumber(d: number, n: number) {
      check(d);
      if (n === 0) return working[d - first] === 1 ? d : cal.dayNumberAtWorkingDayIndex(index[d - first]! + 1);
      if (n > 0) return cal.dayNumberAtWorkingDayIndex(index[d - first]! + n);
      const base = working[d - first] === 1 ? index[d - first]! : index[d - first]! + 1;
      return cal.dayNumberAtWorkingDayIndex(base + n);
    },
  };
  return cal;
}

/** Rows in the shape of the calendar module's calendarRows (for SQL tables). */
export function fakeCalendarRows(cal: ReturnType<typeof fakeCalendar>) {
  const rows: { date: string; isWorkingDay: boolean; workingDayIndex: number }[] = [];
  for (let d = cal.firstDayNumber; d <= cal.lastDayNumber; d++) {
    rows.push({ date: fromDayNumber(d), isWorkingDay: cal.isWorkingDayNumber(d), workingDayIndex: cal.workingDayIndex(d) });
  }
  return rows;
}
