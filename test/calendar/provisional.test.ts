// Issue 13, part 1: 24/11 (Ngày Văn hóa Việt Nam) as a holiday-law version, provisional days, onProvisional.
// Facts: research note issue13 §1–§3 (NQ 28/2026/QH16 in force 01/07/2026, wording from a repository copy; no swap
// decided around 24/11/2026; 2027 not announced as of 2026-12-05, derived from the rules).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CchcError,
  HOLIDAY_LAWS,
  addWorkingDays,
  calendarRows,
  civilServiceCalendar,
  createWorkCalendar,
  dayOfWeek,
  dueDate,
  firstProvisionalDay,
  fromDayNumber,
  holidayLawOn,
  isProvisional,
  isWorkingDay,
  receiptDate,
  toDayNumber,
  vnHolidays,
  workingDaysBetween,
  type WorkCalendar,
} from 'cchc';
import { OFFICIAL_DAYS } from '../../src/calendar/data/official-days.js';
import { OFFICIAL_SCHEDULE_LABELS } from '../../src/calendar/data/civil-service-schedules.js';
import { defaultCalendar, NATIONAL_FIRST, NATIONAL_LAST } from '../../src/calendar/_internal/default-calendar.js';

function thrown(fn: () => unknown): CchcError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CchcError);
    return e as CchcError;
  }
  throw new Error('expected a CchcError');
}

const plus = (d: string, k: number) => fromDayNumber(toDayNumber(d) + k);

describe('24/11, Ngày Văn hóa Việt Nam: a holiday-law version from 01/07/2026', () => {
  it('is a version of its own, opened by a National Assembly resolution, flagged as read in a copy only', () => {
    const law = holidayLawOn('2026-11-24');
    expect(law).toMatchObject({
      id: 'labour-code-2019-culture-day',
      instrument: 'resolution',
      from: '2026-07-01',
      tetDays: 5,
      nationalDayDays: 2,
    });
    expect(law.to).toBeUndefined();
    expect(holidayLawOn('2026-06-30')).toMatchObject({ id: 'labour-code-2019', to: '2026-06-30', cultureDay: null });
    const rule = law.cultureDay!;
    expect(rule).toMatchObject({ onRestDay: 'next-working-day', onRestDayVerified: false });
    expect(rule.sources[0]).toMatchObject({ document: 'Nghị quyết 28/2026/QH16', article: 'Điều 2', verified: false, reliability: 'D' });
    expect(rule.sources[0]!.url).toMatch(/^https:\/\/xaydungchinhsach\.chinhphu\.vn\//);
    expect(rule.sources[1]).toMatchObject({ document: 'Nghị quyết 80-NQ/TW (tin TTXVN)', date: '2026-01-07' });
    // every version's `to` is the day before the next one's `from`
    for (let i = 0; i + 1 < HOLIDAY_LAWS.length; i++) expect(plus(HOLIDAY_LAWS[i]!.to!, 1)).toBe(HOLIDAY_LAWS[i + 1]!.from);
    expect(HOLIDAY_LAWS.map((l) => l.instrument)).toEqual(['code', 'amending-law', 'code', 'code', 'resolution']);
  });

  it('24/11/2026 (a Tuesday) is off for the civil service; 23/11 and 28/11 are not swapped (a swap was only proposed)', () => {
    expect(isWorkingDay('2026-11-24')).toBe(false);
    expect(isWorkingDay('2026-11-23')).toBe(true);
    expect(isWorkingDay('2026-11-28')).toBe(false); // an ordinary Saturday
    const h = vnHolidays(2026).find((x) => x.date === '2026-11-24')!;
    expect(h).toMatchObject({ kind: 'statutory', status: 'official', label: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnam Culture Day' } });
    expect(h.sources).toBe(holidayLawOn('2026-11-24').cultureDay!.sources);
    expect(vnHolidays(2026, { regime: 'labour-code' }).some((x) => x.date === '2026-11-24')).toBe(true);
    expect(vnHolidays(2025).some((x) => x.date.endsWith('-11-24'))).toBe(false);
  });

  it('due dates and counts across 24/11/2026 are one working day later than before the resolution', () => {
    expect(addWorkingDays('2026-11-20', 3)).toBe('2026-11-26');
    expect(addWorkingDays('2026-11-23', 1)).toBe('2026-11-25');
    expect(addWorkingDays('2026-11-25', -1)).toBe('2026-11-23');
    expect(addWorkingDays('2026-11-24', 0)).toBe('2026-11-25');
    expect(workingDaysBetween('2026-11-20', '2026-11-30')).toBe(5);
    expect(dueDate('2026-11-23', 2)).toBe('2026-11-26');
    expect(dueDate('2026-11-23T16:30:00+07:00', 2, { cutoff: '15:00' })).toBe('2026-11-27');
    expect(dueDate('2026-11-16', 10)).toBe('2026-12-01');
    const without = createWorkCalendar({ base: civilServiceCalendar, name: 'without 24/11', cultureDay: 'not-observed' });
    expect(dueDate('2026-11-16', 10, { calendar: without })).toBe('2026-11-30');
    expect(workingDaysBetween('2026-11-20', '2026-11-30', { calendar: without })).toBe(6);
  });

  it('a body that does not apply it: cultureDay not-observed, on any base or on the national holidays', () => {
    const without = createWorkCalendar({ base: civilServiceCalendar, cultureDay: 'not-observed' });
    for (let y = 2026; y <= 2100; y++)
      expect(isWorkingDay(`${y}-11-24`, { calendar: without }), String(y)).toBe(dayOfWeek(`${y}-11-24`) % 6 !== 0);
    expect(without.entries({ start: '2026-01-01', end: '2100-12-31' }).some((e) => e.label.vi.includes('Văn hóa'))).toBe(false);
    // everything else is the civil-service calendar
    for (const e of civilServiceCalendar.entries({ start: '2026-01-01', end: '2030-12-31' })) {
      if (!e.label.vi.includes('Văn hóa')) expect(without.entry(e.date), e.date).toBe(e);
    }
    const labour = createWorkCalendar({ holidays: 'labour-code', cultureDay: 'not-observed' });
    expect(isWorkingDay('2026-11-24', { calendar: labour })).toBe(true);
    expect(isWorkingDay('2026-11-24', { calendar: createWorkCalendar({ holidays: 'labour-code' }) })).toBe(false);
    expect(vnHolidays(2030, { cultureDay: 'not-observed' }).some((h) => h.date >= '2030-11-24')).toBe(false);
    // a base that dropped 24/11 has no 24/11 left to observe (build from civilServiceCalendar instead)
    const again = createWorkCalendar({ base: without, cultureDay: 'observed' });
    expect(isWorkingDay('2029-11-26', { calendar: again })).toBe(true);
    expect(isWorkingDay('2026-11-24', { calendar: again })).toBe(true);
  });

  it('on a weekly rest day (first in 2029, a Saturday, and 2030, a Sunday): compensated by default, a documented parameter', () => {
    expect(
      vnHolidays(2029)
        .filter((h) => h.date >= '2029-11-01')
        .map((h) => `${h.date} ${h.kind}`),
    ).toEqual(['2029-11-24 statutory', '2029-11-26 compensatory']);
    expect(
      vnHolidays(2030)
        .filter((h) => h.date >= '2030-11-01')
        .map((h) => `${h.date} ${h.kind}`),
    ).toEqual(['2030-11-24 statutory', '2030-11-25 compensatory']);
    const comp = vnHolidays(2029).find((h) => h.date === '2029-11-26')!;
    expect(comp.label).toEqual({ vi: 'Nghỉ bù Ngày Văn hóa Việt Nam (2029-11-24)', en: 'Compensatory day off (Vietnam Culture Day)' });
    expect(comp.sources.at(-1)).toMatchObject({ article: 'Điều 111(3)', verified: false });
    expect(comp.source).toMatch(/default of cchc for 24\/11/);
    const strict = createWorkCalendar({ base: civilServiceCalendar, cultureDay: 'observed-without-compensation' });
    expect(isWorkingDay('2029-11-24', { calendar: strict })).toBe(false);
    expect(isWorkingDay('2029-11-26', { calendar: strict })).toBe(true);
    expect(isWorkingDay('2029-11-26')).toBe(false);
    expect(vnHolidays(2030, { cultureDay: 'observed-without-compensation' }).some((h) => h.date === '2030-11-25')).toBe(false);
    // a Sunday-only unit: 24/11/2029 (a Saturday) is a working Saturday for it, so no compensation; 2030 (a Sunday) → Monday
    const sundays = createWorkCalendar({ base: civilServiceCalendar, weekend: [0] });
    expect(sundays.entries({ start: '2029-11-20', end: '2029-11-30' }).map((e) => `${e.date} ${e.kind}`)).toEqual(['2029-11-24 statutory']);
    expect(sundays.entries({ start: '2030-11-20', end: '2030-11-30' }).map((e) => `${e.date} ${e.kind}`)).toEqual([
      '2030-11-24 statutory',
      '2030-11-25 compensatory',
    ]);
    const sundaysStrict = createWorkCalendar({ base: civilServiceCalendar, weekend: [0], cultureDay: 'observed-without-compensation' });
    expect(isWorkingDay('2030-11-25', { calendar: sundaysStrict })).toBe(true);
  });

  it('cultureDay is checked', () => {
    expect(thrown(() => vnHolidays(2027, { cultureDay: 'no' as never })).issues[0]).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['options', 'cultureDay'],
    });
    expect(thrown(() => createWorkCalendar({ base: civilServiceCalendar, cultureDay: 'off' as never })).code).toBe('INVALID_INPUT');
    expect(thrown(() => createWorkCalendar({ cultureDay: 'not-observed' })).issues[0]).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['spec', 'cultureDay'],
    });
    expect(thrown(() => createWorkCalendar({ base: civilServiceCalendar, cultureDays: 'not-observed' } as never)).issues[0]).toMatchObject({
      code: 'UNKNOWN_KEY',
      suggestion: 'cultureDay',
    });
  });
});

describe('2027: derived from the rules (no schedule announced), every day provisional', () => {
  it('gives the days of the rules with the documented defaults', () => {
    expect(vnHolidays(2027).map((h) => `${h.date} ${h.kind}`)).toEqual([
      '2027-01-01 statutory', // Friday
      '2027-02-04 statutory', // Tết: mùng 1 Saturday 06/02 → 2 days before + 3 after
      '2027-02-05 statutory',
      '2027-02-06 statutory',
      '2027-02-07 statutory',
      '2027-02-08 statutory',
      '2027-02-09 compensatory', // for mùng 1 (Saturday)
      '2027-02-10 compensatory', // for mùng 2 (Sunday): Thu 04/02 – Wed 10/02, 7 days in a row
      '2027-04-16 statutory', // Giỗ Tổ, Friday
      '2027-04-30 statutory', // Friday
      '2027-05-01 statutory', // Saturday
      '2027-05-03 compensatory', // Monday
      '2027-09-02 statutory', // Thursday
      '2027-09-03 statutory', // the adjacent day by default: Friday
      '2027-11-24 statutory', // Wednesday
    ]);
    expect(vnHolidays(2027).every((h) => h.status === 'provisional')).toBe(true);
    expect(vnHolidays(2027).find((h) => h.date === '2027-02-05')?.label.vi).toBe('Tết Âm lịch (29 tháng Chạp)');
  });

  it('counts across 2027', () => {
    expect(addWorkingDays('2026-12-28', 5)).toBe('2027-01-05');
    expect(addWorkingDays('2027-02-03', 1)).toBe('2027-02-11');
    expect(addWorkingDays('2027-04-28', 3)).toBe('2027-05-05');
    expect(addWorkingDays('2027-11-23', 1)).toBe('2027-11-25');
    expect(workingDaysBetween('2027-02-01', '2027-02-15')).toBe(5);
    expect(dueDate('2027-08-31', 3)).toBe('2027-09-07');
    // 261 weekdays, 12 of them off: 1/1; 4, 5, 8, 9, 10/2; 16/4; 30/4; 3/5; 2, 3/9; 24/11
    expect(workingDaysBetween('2026-12-31', '2027-12-31')).toBe(261 - 12);
  });
});

describe('isProvisional: every day, marked or not', () => {
  it('years without an official schedule are provisional day by day; official years are not', () => {
    for (const [d, p] of [
      ['2026-11-24', false],
      ['2026-12-31', false],
      ['2027-01-01', true],
      ['2027-03-10', true], // an ordinary Wednesday: a swap could still be announced
      ['2027-03-13', true], // an ordinary Saturday: it could become a make-up day
      ['2019-01-01', false],
      ['2018-12-31', false], // the swap of the 2019 announcement
      ['2018-12-30', true],
      ['2000-01-03', true],
      ['2100-12-31', true],
    ] as const) {
      expect(isProvisional(d), d).toBe(p);
      expect(civilServiceCalendar.isProvisional(d), d).toBe(p);
      expect(civilServiceCalendar.isProvisionalDayNumber(toDayNumber(d)), d).toBe(p);
    }
  });

  it('a marked day has the status of its entry; a year given in `years` becomes official', () => {
    const cal = createWorkCalendar({
      base: civilServiceCalendar,
      years: [
        {
          year: 2027,
          days: [
            { date: '2027-02-08', kind: 'statutory' },
            { date: '2027-02-09', kind: 'statutory', status: 'provisional' },
          ],
        },
      ],
      days: [
        { date: '2028-03-03', kind: 'day-off', sources: [{ document: 'Quyết định …/QĐ-UBND' }] },
        { date: '2026-11-23', kind: 'swap-off', status: 'provisional', label: { vi: 'Hoán đổi (đề xuất)' } },
      ],
    });
    const c = { calendar: cal };
    expect(isProvisional('2027-03-10', c)).toBe(false);
    expect(isProvisional('2027-02-08', c)).toBe(false);
    expect(isProvisional('2027-02-09', c)).toBe(true);
    expect(cal.entry('2027-02-09')).toMatchObject({ status: 'provisional', provisional: true });
    expect(isProvisional('2028-03-03', c)).toBe(false); // a decision, in a provisional year
    expect(isProvisional('2028-03-02', c)).toBe(true);
    expect(isProvisional('2026-11-23', c)).toBe(true); // a proposed swap, said provisional
    expect(isWorkingDay('2026-11-23', c)).toBe(false);
    const draft = createWorkCalendar({ base: civilServiceCalendar, years: [{ year: 2027, status: 'provisional', days: [] }] });
    expect(isProvisional('2027-03-10', { calendar: draft })).toBe(true);
    expect(draft.entry('2027-01-01')).toBeUndefined();
    // a calendar without national holidays rests on no rule
    expect(isProvisional('2030-01-01', { calendar: createWorkCalendar({}) })).toBe(false);
    // the Labour Code regime: the same official years
    expect(isProvisional('2027-01-04', { calendar: createWorkCalendar({ holidays: 'labour-code' }) })).toBe(true);
    expect(isProvisional('2026-01-05', { calendar: createWorkCalendar({ holidays: 'labour-code' }) })).toBe(false);
  });

  it('firstProvisionalDay and firstProvisionalDayNumber agree with a day-by-day scan (either direction)', () => {
    const cals: WorkCalendar[] = [
      civilServiceCalendar,
      createWorkCalendar({ base: civilServiceCalendar, days: [{ date: '2025-06-02', kind: 'day-off', status: 'provisional' }] }),
    ];
    const lo = toDayNumber('2017-06-01');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4500 }), fc.integer({ min: -800, max: 800 }), fc.constantFrom(0, 1), (a, k, ci) => {
        const cal = cals[ci]!;
        const s = lo + a;
        const e = s + k;
        let scan: number | undefined;
        for (let d = s; k >= 0 ? d <= e : d >= e; d += k >= 0 ? 1 : -1) {
          if (cal.isProvisionalDayNumber(d)) {
            scan = d;
            break;
          }
        }
        expect(cal.firstProvisionalDayNumber(s, e)).toBe(scan);
        if (k >= 0) {
          const r = firstProvisionalDay({ start: fromDayNumber(s), end: fromDayNumber(e) }, { calendar: cal });
          expect(r).toBe(scan === undefined ? undefined : fromDayNumber(scan));
        }
      }),
      { numRuns: 300 },
    );
    expect(firstProvisionalDay({ start: '2026-12-25', end: '2027-01-08' })).toBe('2027-01-01');
    expect(firstProvisionalDay({ start: '2019-01-01', end: '2026-12-31' })).toBeUndefined();
    expect(civilServiceCalendar.firstProvisionalDayNumber(toDayNumber('2027-01-10'), toDayNumber('2026-12-20'))).toBe(
      toDayNumber('2027-01-10'),
    );
  });

  it('calendarRows carry isProvisional and a running count of provisional days', () => {
    const rows = calendarRows('2026-12-01', '2027-01-31');
    let prev: (typeof rows)[number] | undefined;
    for (const r of rows) {
      expect(r.isProvisional, r.date).toBe(isProvisional(r.date));
      if (prev) expect(r.provisionalIndex - prev.provisionalIndex).toBe(r.isProvisional ? 1 : 0);
      prev = r;
    }
    const jan = rows.filter((r) => r.date.startsWith('2027'));
    expect(jan.every((r) => r.isProvisional)).toBe(true);
    expect(rows.at(-1)!.provisionalIndex - rows[0]!.provisionalIndex).toBe(31);
  });
});

describe("onProvisional: 'error' names the first provisional day crossed", () => {
  const err = (fn: () => unknown) => {
    const e = thrown(fn);
    expect(e.code).toBe('PROVISIONAL_CALENDAR');
    expect(e.messageVi).toContain('tạm tính');
    expect(e.messageEn).toContain('provisional');
    return e.issues[0]!.received;
  };

  it('addWorkingDays: (date, result] forward, [result, date) backward, [date, result] for n = 0', () => {
    expect(addWorkingDays('2026-12-28', 5, { onProvisional: 'allow' })).toBe('2027-01-05');
    expect(err(() => addWorkingDays('2026-12-28', 5, { onProvisional: 'error' }))).toBe('2027-01-01');
    expect(addWorkingDays('2026-12-28', 3, { onProvisional: 'error' })).toBe('2026-12-31');
    expect(addWorkingDays('2026-12-31', 0, { onProvisional: 'error' })).toBe('2026-12-31');
    expect(err(() => addWorkingDays('2026-12-31', 1, { onProvisional: 'error' }))).toBe('2027-01-01');
    expect(err(() => addWorkingDays('2027-01-06', -5, { onProvisional: 'error' }))).toBe('2027-01-05'); // the first met going back
    // a 2027 announced with no day off at all: every 2027 day official (and 1/1/2027 a working day)
    const announced = createWorkCalendar({ base: civilServiceCalendar, years: [{ year: 2027, days: [] }] });
    expect(addWorkingDays('2027-01-04', -1, { onProvisional: 'error', calendar: announced })).toBe('2027-01-01');
    expect(err(() => addWorkingDays('2018-12-28', 2, { onProvisional: 'error' }))).toBe('2018-12-29'); // 2018: rules
    expect(addWorkingDays('2018-12-30', 1, { onProvisional: 'error' })).toBe('2019-01-02'); // 31/12/2018 is official
  });

  it('workingDaysBetween: the days in (start, end], or (end, start]', () => {
    expect(workingDaysBetween('2026-11-20', '2026-11-30', { onProvisional: 'error' })).toBe(5);
    expect(err(() => workingDaysBetween('2026-12-20', '2027-01-10', { onProvisional: 'error' }))).toBe('2027-01-01');
    expect(err(() => workingDaysBetween('2027-01-10', '2026-12-20', { onProvisional: 'error' }))).toBe('2027-01-10');
    expect(workingDaysBetween('2027-01-10', '2027-01-10', { onProvisional: 'error' })).toBe(0);
    expect(workingDaysBetween('2026-12-31', '2027-01-01', { onProvisional: 'allow' })).toBe(0);
  });

  it('dueDate and receiptDate: from the receipt (its own day when a cut-off or n = 0 makes it count) to the due date', () => {
    expect(dueDate('2026-12-24', 4, { onProvisional: 'error' })).toBe('2026-12-30');
    expect(err(() => dueDate('2026-12-24', 10, { onProvisional: 'error' }))).toBe('2027-01-01');
    expect(err(() => dueDate('2027-03-10', 0, { onProvisional: 'error' }))).toBe('2027-03-10');
    expect(dueDate('2026-12-31', 0, { onProvisional: 'error' })).toBe('2026-12-31');
    expect(err(() => dueDate('2026-12-31T16:00:00+07:00', 0, { cutoff: '15:00', onProvisional: 'error' }))).toBe('2027-01-01');
    expect(dueDate('2026-12-31T10:00:00+07:00', 0, { cutoff: '15:00', onProvisional: 'error' })).toBe('2026-12-31');
    expect(err(() => receiptDate('2026-12-31T16:00:00+07:00', { cutoff: '15:00', onProvisional: 'error' }))).toBe('2027-01-01');
    expect(receiptDate('2027-03-10T10:00:00+07:00', { onProvisional: 'error' })).toBe('2027-03-10'); // no cut-off: no day counted
    expect(err(() => receiptDate('2027-03-10T10:00:00+07:00', { cutoff: '15:00', onProvisional: 'error' }))).toBe('2027-03-10');
  });

  it('throws exactly when a day-by-day scan of the crossed days finds a provisional one', () => {
    const lo = toDayNumber('2026-06-01');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: -40, max: 40 }), (a, n) => {
        const d = fromDayNumber(lo + a);
        const r = toDayNumber(addWorkingDays(d, n));
        const s = toDayNumber(d);
        const [from, to] = n > 0 ? [s + 1, r] : n === 0 ? [s, r] : [r, s - 1];
        let first: string | undefined;
        for (let x = n < 0 ? to : from; n < 0 ? x >= from : x <= to; x += n < 0 ? -1 : 1) {
          if (isProvisional(fromDayNumber(x))) {
            first = fromDayNumber(x);
            break;
          }
        }
        let got: unknown;
        try {
          expect(addWorkingDays(d, n, { onProvisional: 'error' })).toBe(fromDayNumber(r));
        } catch (e) {
          got = (e as CchcError).issues[0]!.received;
        }
        expect(got).toBe(first);
      }),
      { numRuns: 300 },
    );
  });

  it('bad values are INVALID_INPUT, typos UNKNOWN_KEY with the key meant', () => {
    for (const fn of [
      () => addWorkingDays('2027-01-04', 1, { onProvisional: 'warn' as never }),
      () => workingDaysBetween('2027-01-04', '2027-01-08', { onProvisional: true as never }),
      () => dueDate('2027-01-04', 1, { onProvisional: null as never }),
    ]) {
      expect(thrown(fn).issues[0]).toMatchObject({ code: 'INVALID_INPUT', path: ['options', 'onProvisional'] });
    }
    expect(thrown(() => addWorkingDays('2027-01-04', 1, { onProvisonal: 'error' } as never)).issues[0]).toMatchObject({
      code: 'UNKNOWN_KEY',
      suggestion: 'onProvisional',
    });
    expect(thrown(() => isProvisional('2027-02-30')).code).toBe('INVALID_DATE');
    expect(thrown(() => isProvisional('1999-12-31')).code).toBe('DATE_OUT_OF_RANGE');
    expect(thrown(() => isProvisional('2027-01-01', { onProvisional: 'error' } as never)).code).toBe('UNKNOWN_KEY');
    expect(thrown(() => firstProvisionalDay({ start: '2027-02-01', end: '2027-01-01' })).code).toBe('INVALID_DATE_RANGE');
    expect(thrown(() => firstProvisionalDay('2027-01-01' as never)).code).toBe('INVALID_INPUT');
    expect(thrown(() => civilServiceCalendar.firstProvisionalDayNumber(0, toDayNumber('2027-01-01'))).code).toBe('DATE_OUT_OF_RANGE');
    expect(thrown(() => civilServiceCalendar.isProvisionalDayNumber(1.5)).code).toBe('INVALID_INPUT');
    // the fast path never lets a bigint, a symbol or an object reach its arithmetic (was a TypeError)
    const cal = civilServiceCalendar;
    for (const v of [10n, Symbol('x'), Object.create(null), {}, null, '20000']) {
      for (const fn of [
        () => cal.isProvisionalDayNumber(v as never),
        () => cal.firstProvisionalDayNumber(v as never, 20000),
        () => cal.firstProvisionalDayNumber(20000, v as never),
        () => cal.isWorkingDayNumber(v as never),
        () => cal.workingDayIndex(v as never),
        () => cal.dayNumberAtWorkingDayIndex(v as never),
        () => cal.addWorkingDaysToDayNumber(v as never, 1),
        () => cal.addWorkingDaysToDayNumber(20000, v as never),
        () => cal.workingDaysBetweenDayNumbers(20000, v as never),
        () => cal.classifyDayNumbers([v] as never),
        () => cal.workingDayIndexes([v] as never),
      ]) {
        expect(thrown(fn).code).toBe('INVALID_INPUT');
      }
    }
    expect(thrown(() => createWorkCalendar({ days: [{ date: '2027-01-01', kind: 'day-off', status: 'maybe' as never }] })).code).toBe(
      'INVALID_INPUT',
    );
  });
});

describe('the light default calendar of the working-day functions is civilServiceCalendar without names', () => {
  it('same range, same verdicts, same statuses, shared indexes', () => {
    expect(NATIONAL_FIRST).toBe(toDayNumber('2000-01-01'));
    expect(NATIONAL_LAST).toBe(toDayNumber('2100-12-31'));
    expect(defaultCalendar.name).toBe(civilServiceCalendar.name);
    const heavy = civilServiceCalendar as unknown as typeof defaultCalendar;
    expect(heavy.ix()).toBe(defaultCalendar.ix());
    expect(heavy.prov()).toBe(defaultCalendar.prov());
    // its marks are exactly the days civilServiceCalendar lists, with the same kinds and statuses
    const listed = civilServiceCalendar.entries();
    expect(listed.length).toBe(defaultCalendar.markMap().size);
    for (const e of listed) {
      const m = defaultCalendar.markMap().get(toDayNumber(e.date))!;
      expect([m.working, m.status], e.date).toEqual([e.working, e.status]);
    }
    expect(() => defaultCalendar.entryMap()).toThrow(/internal/);
  });

  it('the official days and their names are two lists of the same dates', () => {
    expect(OFFICIAL_DAYS.map(([d]) => d)).toEqual(Object.keys(OFFICIAL_SCHEDULE_LABELS));
    expect(OFFICIAL_DAYS.map(([d]) => d)).toEqual([...OFFICIAL_DAYS.map(([d]) => d)].sort());
  });
});
