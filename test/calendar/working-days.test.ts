import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CchcError,
  addWorkingDays,
  calendarRows,
  civilServiceCalendar,
  createWorkCalendar,
  dayOfWeek,
  dueDate,
  fromDayNumber,
  isWorkingDay,
  receiptDate,
  toDayNumber,
  vnHolidays,
  workingDaysBetween,
} from 'cchc';

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CchcError);
    return (e as CchcError).code;
  }
  return undefined;
}

// Independent oracle: day-by-day loops over the holiday lists (no index).
const marked = new Map<string, boolean>();
for (let y = 2000; y <= 2100; y++) for (const h of vnHolidays(y)) marked.set(h.date, h.kind === 'swap-workday');
const naiveWorking = (iso: string) => marked.get(iso) ?? (dayOfWeek(iso) !== 0 && dayOfWeek(iso) !== 6);
function naiveAdd(iso: string, n: number): string {
  let d = toDayNumber(iso);
  if (n === 0) {
    while (!naiveWorking(fromDayNumber(d))) d++;
    return fromDayNumber(d);
  }
  const step = n > 0 ? 1 : -1;
  let left = Math.abs(n);
  while (left > 0) {
    d += step;
    if (naiveWorking(fromDayNumber(d))) left--;
  }
  return fromDayNumber(d);
}
function naiveBetween(a: string, b: string): number {
  const x = toDayNumber(a);
  const y = toDayNumber(b);
  let c = 0;
  for (let d = Math.min(x, y) + 1; d <= Math.max(x, y); d++) if (naiveWorking(fromDayNumber(d))) c++;
  return y >= x || c === 0 ? c : -c;
}

const dayArb = fc.integer({ min: toDayNumber('2003-01-01'), max: toDayNumber('2097-12-31') }).map(fromDayNumber);
const nearOfficial = fc.integer({ min: toDayNumber('2018-12-01'), max: toDayNumber('2027-01-31') }).map(fromDayNumber);

describe('working days on the civil-service calendar', () => {
  it('the issue example: addWorkingDays("2020-01-20", 5) is "2020-02-03"', () => {
    expect(addWorkingDays('2020-01-20', 5)).toBe('2020-02-03');
    expect(workingDaysBetween('2020-01-20', '2020-02-03')).toBe(5);
  });

  it('swap weeks and make-up Saturdays', () => {
    expect(isWorkingDay('2019-01-05')).toBe(true); // Saturday worked for 31/12/2018
    expect(isWorkingDay('2018-12-31')).toBe(false);
    expect(addWorkingDays('2018-12-28', 1)).toBe('2019-01-02');
    expect(addWorkingDays('2019-01-04', 1)).toBe('2019-01-05');
    expect(addWorkingDays('2025-04-25', 1)).toBe('2025-04-26'); // Saturday worked for Fri 2/5/2025
    expect(addWorkingDays('2025-04-29', 1)).toBe('2025-05-05');
    expect(workingDaysBetween('2025-04-25', '2025-05-05')).toBe(4); // 26/4 (Sat), 28/4, 29/4, 5/5
    expect(addWorkingDays('2026-08-28', 1)).toBe('2026-09-03');
    expect(isWorkingDay('2026-08-22')).toBe(true);
    expect(addWorkingDays('2026-01-09', 1)).toBe('2026-01-10');
  });

  it('n = 0 and n < 0', () => {
    expect(addWorkingDays('2024-02-07', 0)).toBe('2024-02-07');
    expect(addWorkingDays('2024-02-10', 0)).toBe('2024-02-15');
    expect(addWorkingDays('2024-02-15', -1)).toBe('2024-02-07');
    expect(addWorkingDays('2024-02-10', -1)).toBe('2024-02-07');
    expect(addWorkingDays('2024-02-10', 1)).toBe('2024-02-15');
  });

  it('matches a day-by-day oracle on random dates and counts (property)', () => {
    fc.assert(
      fc.property(fc.oneof(dayArb, nearOfficial), fc.integer({ min: -40, max: 40 }), (d, n) => {
        expect(addWorkingDays(d, n)).toBe(naiveAdd(d, n));
        expect(isWorkingDay(d)).toBe(naiveWorking(d));
      }),
      { numRuns: 3000 },
    );
    fc.assert(
      fc.property(fc.oneof(dayArb, nearOfficial), fc.integer({ min: -60, max: 60 }), (a, k) => {
        const b = fromDayNumber(Math.min(toDayNumber('2100-12-31'), Math.max(toDayNumber('2000-01-01'), toDayNumber(a) + k)));
        expect(workingDaysBetween(a, b)).toBe(naiveBetween(a, b));
      }),
      { numRuns: 3000 },
    );
  });

  it('workingDaysBetween(d, addWorkingDays(d, n)) === n (n ≥ 1 always; every n on working days)', () => {
    fc.assert(
      fc.property(fc.oneof(dayArb, nearOfficial), fc.integer({ min: -500, max: 500 }), (d, n) => {
        const r = addWorkingDays(d, n);
        if (n >= 1 || isWorkingDay(d)) expect(workingDaysBetween(d, r)).toBe(n);
        expect(isWorkingDay(r)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('fast path agrees with the ISO functions and is consistent', () => {
    const cal = civilServiceCalendar;
    expect(cal.firstDayNumber).toBe(toDayNumber('2000-01-01'));
    expect(cal.lastDayNumber).toBe(toDayNumber('2100-12-31'));
    const days = new Int32Array(2000);
    for (let i = 0; i < days.length; i++) days[i] = toDayNumber('2018-06-01') + i;
    const flags = cal.classifyDayNumbers(days);
    const idx = cal.workingDayIndexes(days);
    for (let i = 0; i < days.length; i++) {
      const iso = fromDayNumber(days[i]!);
      expect(flags[i] === 1).toBe(isWorkingDay(iso));
      expect(idx[i]).toBe(cal.workingDayIndex(days[i]!));
      if (flags[i] === 1) expect(cal.dayNumberAtWorkingDayIndex(idx[i]!)).toBe(days[i]);
      if (i > 0) expect(idx[i]! - idx[i - 1]!).toBe(flags[i]);
    }
    expect(cal.dayNumberAtWorkingDayIndex(cal.firstWorkingDayIndex)).toBe(toDayNumber('2000-01-04')); // Mon 3/1/2000: nghỉ bù for Sat 1/1
    expect(fromDayNumber(cal.dayNumberAtWorkingDayIndex(cal.lastWorkingDayIndex))).toBe('2100-12-31');
  });

  it('bad input and range', () => {
    expect(code(() => isWorkingDay('2025-02-30'))).toBe('INVALID_DATE');
    expect(code(() => isWorkingDay('2025-2-3'))).toBe('INVALID_DATE');
    expect(code(() => isWorkingDay(new Date(0) as never))).toBe('INVALID_DATE');
    expect(code(() => isWorkingDay(20250203 as never))).toBe('INVALID_DATE');
    expect(code(() => isWorkingDay('1999-12-31'))).toBe('DATE_OUT_OF_RANGE');
    expect(code(() => addWorkingDays('2025-01-02', 1.5))).toBe('INVALID_INPUT');
    expect(code(() => addWorkingDays('2025-01-02', Number.NaN))).toBe('INVALID_INPUT');
    expect(code(() => addWorkingDays('2025-01-02', '3' as never))).toBe('INVALID_INPUT');
    expect(code(() => addWorkingDays('2100-12-30', 5))).toBe('DATE_OUT_OF_RANGE');
    expect(code(() => addWorkingDays('2000-01-04', -5))).toBe('DATE_OUT_OF_RANGE');
    expect(code(() => workingDaysBetween('2025-01-01', '2101-01-01'))).toBe('DATE_OUT_OF_RANGE');
    expect(code(() => civilServiceCalendar.isWorkingDayNumber(1.5))).toBe('INVALID_INPUT');
    expect(code(() => civilServiceCalendar.isWorkingDayNumber(0))).toBe('DATE_OUT_OF_RANGE');
    expect(code(() => civilServiceCalendar.dayNumberAtWorkingDayIndex(0))).toBe('DATE_OUT_OF_RANGE');
    expect(code(() => isWorkingDay('2025-01-02', { calendar: {} as never }))).toBe('INVALID_INPUT');
  });
});

describe('receipt cut-off and due dates', () => {
  it('after the cut-off, or on a day off, counts from the next working day', () => {
    expect(receiptDate('2025-03-12T14:59:59+07:00', { cutoff: '15:00' })).toBe('2025-03-12');
    expect(receiptDate('2025-03-12T15:00:00+07:00', { cutoff: '15:00' })).toBe('2025-03-12');
    expect(receiptDate('2025-03-12T15:00:01+07:00', { cutoff: '15:00' })).toBe('2025-03-13');
    expect(receiptDate('2025-03-15T09:00:00+07:00', { cutoff: '15:00' })).toBe('2025-03-17'); // Saturday
    expect(receiptDate('2025-03-15T09:00:00+07:00')).toBe('2025-03-15');
    expect(receiptDate('2020-01-22T16:00:00+07:00', { cutoff: '15:00' })).toBe('2020-01-30'); // before Tết 2020
    expect(dueDate('2020-01-22T16:00:00+07:00', 0, { cutoff: '15:00' })).toBe('2020-01-30');
    expect(dueDate('2020-01-22T10:00:00+07:00', 1, { cutoff: '15:00' })).toBe('2020-01-30');
    expect(dueDate('2020-01-22T16:00:00+07:00', 1, { cutoff: '15:00' })).toBe('2020-01-31');
    expect(receiptDate('2025-03-12T08:30:00Z', { cutoff: '15:00' })).toBe('2025-03-13'); // 15:30 in Vietnam
  });

  it('bad input', () => {
    expect(code(() => receiptDate('2025-03-12T15:00:00', { cutoff: '15:00' }))).toBe('INVALID_TIMESTAMP');
    expect(code(() => receiptDate('2025-03-12', { cutoff: '15:00' }))).toBe('INVALID_CUTOFF');
    expect(code(() => receiptDate('2025-03-12T15:00:00+07:00', { cutoff: '3pm' }))).toBe('INVALID_CUTOFF');
    expect(code(() => receiptDate('2025-03-12T15:00:00+07:00', { cutoff: '24:00' }))).toBe('INVALID_CUTOFF');
    expect(code(() => dueDate('2025-03-12', -1))).toBe('INVALID_INPUT');
    expect(code(() => dueDate('2025-03-12', 2.5))).toBe('INVALID_INPUT');
  });
});

describe('calendarRows', () => {
  it('supports the SQL patterns: due = working row with index + n; delay = index difference', () => {
    const rows = calendarRows('2024-01-01', '2024-12-31');
    expect(rows.length).toBe(366);
    const byDate = new Map(rows.map((r) => [r.date, r]));
    for (const r of rows) {
      for (const n of [1, 5, 15]) {
        const due = rows.find((x) => x.isWorkingDay && x.workingDayIndex === r.workingDayIndex + n);
        if (due) expect(due.date).toBe(addWorkingDays(r.date, n));
      }
    }
    const a = byDate.get('2024-02-07')!;
    const b = byDate.get('2024-02-16')!;
    expect(b.workingDayIndex - a.workingDayIndex).toBe(workingDaysBetween('2024-02-07', '2024-02-16'));
    expect(byDate.get('2024-02-10')).toMatchObject({
      isWorkingDay: false,
      kind: 'statutory',
      holidayName: 'Lunar New Year (Tết)',
      weekday: 6,
    });
    expect(byDate.get('2024-03-05')!.holidayName).toBeUndefined();
  });

  it('bad input', () => {
    // 0.2: one code for a reversed range everywhere (was INVALID_INPUT here).
    expect(code(() => calendarRows('2024-02-01', '2024-01-01'))).toBe('INVALID_DATE_RANGE');
    expect(code(() => calendarRows({ start: '2024-02-01', end: '2024-01-01' }))).toBe('INVALID_DATE_RANGE');
    expect(code(() => calendarRows('1999-12-31', '2000-01-05'))).toBe('DATE_OUT_OF_RANGE');
  });
});

describe('createWorkCalendar', () => {
  it('a local day off, a later year announcement, composition', () => {
    const province = createWorkCalendar({
      base: civilServiceCalendar,
      name: 'P',
      days: [{ date: '2027-03-03', kind: 'day-off', nameVi: 'Ngày nghỉ riêng' }],
    });
    expect(isWorkingDay('2027-03-03', { calendar: province })).toBe(false);
    expect(isWorkingDay('2027-03-03')).toBe(true);
    expect(province.entry('2027-03-03')).toMatchObject({
      kind: 'day-off',
      nameVi: 'Ngày nghỉ riêng',
      working: false,
      source: 'user-defined',
    });
    const announced = createWorkCalendar({
      base: province,
      years: [
        {
          year: 2027,
          days: [
            { date: '2027-01-01', kind: 'statutory', source: 'announcement' },
            { date: '2027-02-20', kind: 'swap-workday' },
          ],
        },
      ],
    });
    expect(isWorkingDay('2027-02-05', { calendar: province })).toBe(false); // provisional Tết day
    expect(isWorkingDay('2027-02-05', { calendar: announced })).toBe(true); // replaced by the announcement
    expect(isWorkingDay('2027-02-20', { calendar: announced })).toBe(true); // a Saturday worked
    expect(isWorkingDay('2027-03-03', { calendar: announced })).toBe(true); // the year was replaced wholesale
    expect(isWorkingDay('2028-01-01', { calendar: announced })).toBe(false);
  });

  it('a unit with only Sundays off: Saturdays work, compensatory days are recomputed, swaps dropped', () => {
    const cal = createWorkCalendar({ base: civilServiceCalendar, weekend: [0] });
    expect(cal.weekend).toEqual([0]);
    expect(isWorkingDay('2024-05-04', { calendar: cal })).toBe(true);
    expect(isWorkingDay('2024-04-29', { calendar: cal })).toBe(true); // swap dropped
    // 2022: 30/4 Sat is a holiday on a working day (no compensation), 1/5 Sun → Mon 2/5.
    expect(isWorkingDay('2022-04-30', { calendar: cal })).toBe(false);
    expect(isWorkingDay('2022-05-02', { calendar: cal })).toBe(false);
    expect(isWorkingDay('2022-05-03', { calendar: cal })).toBe(true);
  });

  it('rule-based calendars without a base, and custom ranges', () => {
    const lc = createWorkCalendar({ holidays: 'labour-code', from: '2024-01-01', to: '2024-12-31' });
    expect(isWorkingDay('2024-04-29', { calendar: lc })).toBe(true);
    expect(isWorkingDay('2024-05-04', { calendar: lc })).toBe(false);
    expect(lc.firstDate).toBe('2024-01-01');
    const plain = createWorkCalendar();
    expect(isWorkingDay('2024-02-12', { calendar: plain })).toBe(true);
  });

  it('reports every problem in a spec at once', () => {
    try {
      createWorkCalendar({
        base: civilServiceCalendar,
        from: '1999-01-01',
        days: [
          { date: '2025-05-05', kind: 'day-off' },
          { date: '2025-05-05', kind: 'working-day' },
        ],
      });
      expect.fail('should throw');
    } catch (e) {
      const err = e as CchcError;
      expect(err.code).toBe('VALIDATION_FAILED');
      expect(err.issues.map((i) => i.code).sort()).toEqual(['CONFLICTING_CALENDAR_DAYS', 'DATE_OUT_OF_RANGE']);
    }
    expect(code(() => createWorkCalendar({ weekend: [7 as never] }))).toBe('INVALID_INPUT');
    expect(code(() => createWorkCalendar({ days: [{ date: '2025-2-3', kind: 'day-off' }] }))).toBe('INVALID_DATE');
    expect(code(() => createWorkCalendar({ base: {} as never }))).toBe('INVALID_INPUT');
  });
});
