// Issues 11 and 12 in the calendar module: strict options and specs (UNKNOWN_KEY with a suggestion), null options,
// ranges { start, end }, labels { vi, en } and citations as SourceRef (old names still read), frozen constants.
import { describe, expect, it } from 'vitest';
import {
  CalendarDayInputSchema,
  CchcError,
  HOLIDAY_LAWS,
  LUNAR_CALENDAR_RANGE,
  LunarDateInputSchema,
  SourceRefSchema,
  VN_HOLIDAY_YEARS,
  WorkCalendarSpecSchema,
  YearScheduleInputSchema,
  addWorkingDays,
  calendarRows,
  civilServiceCalendar,
  createWorkCalendar,
  dueDate,
  holidayLawOn,
  isWorkingDay,
  lunarToSolar,
  parsePeriod,
  receiptDate,
  solarToLunar,
  vnHolidays,
  workingDaysBetween,
} from 'cchc';

function firstIssue(fn: () => unknown): { code: string; path: readonly (string | number)[]; suggestion?: string } {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CchcError);
    const i = (e as CchcError).issues[0]!;
    return { code: i.code, path: i.path, ...(i.suggestion === undefined ? {} : { suggestion: i.suggestion }) };
  }
  throw new Error('expected a CchcError');
}

const cal = civilServiceCalendar;

describe('strict options: a typo is UNKNOWN_KEY at its path, with the key meant', () => {
  it.each([
    ['isWorkingDay', () => isWorkingDay('2024-05-04', { calender: cal } as never), ['options', 'calender'], 'calendar'],
    ['addWorkingDays', () => addWorkingDays('2024-05-04', 1, { calender: cal } as never), ['options', 'calender'], 'calendar'],
    [
      'workingDaysBetween',
      () => workingDaysBetween('2024-05-04', '2024-05-10', { calendr: cal } as never),
      ['options', 'calendr'],
      'calendar',
    ],
    ['dueDate', () => dueDate('2025-03-12T16:10:00+07:00', 3, { cutOff: '15:00' } as never), ['options', 'cutOff'], 'cutoff'],
    ['receiptDate', () => receiptDate('2025-03-12T16:10:00+07:00', { cuttoff: '15:00' } as never), ['options', 'cuttoff'], 'cutoff'],
    ['vnHolidays', () => vnHolidays(2024, { regim: 'labour-code' } as never), ['options', 'regim'], 'regime'],
    ['solarToLunar', () => solarToLunar('2024-02-10', { utcOfset: 8 } as never), ['options', 'utcOfset'], 'utcOffset'],
    [
      'lunarToSolar',
      () => lunarToSolar({ year: 2024, month: 1, day: 1 }, { utcoffset: 8 } as never),
      ['options', 'utcoffset'],
      'utcOffset',
    ],
    ['lunarToSolar (input)', () => lunarToSolar({ year: 2025, month: 6, day: 1, leep: true } as never), ['lunar', 'leep'], 'leap'],
    ['calendarRows', () => calendarRows({ start: '2024-01-01', ned: '2024-01-31' } as never), ['range', 'ned'], 'end'],
    [
      'calendarRows (options)',
      () => calendarRows({ start: '2024-01-01', end: '2024-01-31' }, { calender: cal } as never),
      ['options', 'calender'],
      'calendar',
    ],
    ['createWorkCalendar', () => createWorkCalendar({ holiday: 'labour-code' } as never), ['spec', 'holiday'], 'holidays'],
    [
      'createWorkCalendar (day)',
      () => createWorkCalendar({ days: [{ date: '2027-03-03', kind: 'day-off', nameVI: 'x' }] } as never),
      ['spec', 'days', 0, 'nameVI'],
      'nameVi',
    ],
    ['createWorkCalendar (range)', () => createWorkCalendar({ strat: '2024-01-01' } as never), ['spec', 'strat'], 'start'],
    ['entries', () => civilServiceCalendar.entries({ start: '2024-01-01', edn: '2024-12-31' } as never), ['range', 'edn'], 'end'],
  ])('%s', (_name, fn, path, suggestion) => {
    expect(firstIssue(fn)).toEqual({ code: 'UNKNOWN_KEY', path, suggestion });
  });

  it.each([
    ['isWorkingDay', () => isWorkingDay('2024-05-04', null as never)],
    ['addWorkingDays', () => addWorkingDays('2024-05-04', 1, null as never)],
    ['workingDaysBetween', () => workingDaysBetween('2024-05-04', '2024-05-10', [] as never)],
    ['dueDate', () => dueDate('2024-05-04', 1, null as never)],
    ['receiptDate', () => receiptDate('2024-05-04', null as never)],
    ['vnHolidays', () => vnHolidays(2024, null as never)],
    ['solarToLunar', () => solarToLunar('2024-05-04', null as never)],
    ['lunarToSolar', () => lunarToSolar({ year: 2024, month: 1, day: 1 }, 7 as never)],
    ['calendarRows', () => calendarRows({ start: '2024-01-01', end: '2024-01-02' }, null as never)],
    ['createWorkCalendar', () => createWorkCalendar(null as never)],
  ])('%s: null (or a non-object) as options is INVALID_INPUT, never a TypeError or a silent default', (_name, fn) => {
    expect(firstIssue(fn).code).toBe('INVALID_INPUT');
  });

  it('a calendar option must be a calendar made by createWorkCalendar; own keys only', () => {
    expect(firstIssue(() => isWorkingDay('2024-05-04', { calendar: { isWorkingDay: () => true } } as never))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['options', 'calendar'],
    });
    const inherited = Object.create({ calendar: createWorkCalendar({ weekend: [0] }) }) as object;
    expect(isWorkingDay('2024-05-04', inherited as never)).toBe(true); // a make-up Saturday of the default calendar
  });
});

describe('one range shape: { start, end } (a Period fits), one code for a reversed range', () => {
  it('calendarRows and WorkCalendar.entries take a range; the two-date forms keep working', () => {
    const q1 = parsePeriod('Quý I/2024');
    expect(calendarRows(q1).length).toBe(91);
    expect(calendarRows({ start: '2024-05-03', end: '2024-05-04' })).toEqual(calendarRows('2024-05-03', '2024-05-04'));
    const tet = civilServiceCalendar.entries({ start: '2024-02-01', end: '2024-02-29' });
    expect(tet.map((e) => e.date)).toEqual(civilServiceCalendar.entries('2024-02-01', '2024-02-29').map((e) => e.date));
    expect(civilServiceCalendar.entries(parsePeriod('tháng 02/2024')).length).toBe(tet.length);
    expect(firstIssue(() => civilServiceCalendar.entries({ start: '2024-03-01', end: '2024-02-01' })).code).toBe('INVALID_DATE_RANGE');
    expect(firstIssue(() => calendarRows({ start: '2024-03-01', end: '2024-02-01' })).code).toBe('INVALID_DATE_RANGE');
  });

  it('createWorkCalendar takes start / end; from / to (0.1) still work; both at once is refused', () => {
    const a = createWorkCalendar({ holidays: 'labour-code', start: '2024-01-01', end: '2024-12-31' });
    const b = createWorkCalendar({ holidays: 'labour-code', from: '2024-01-01', to: '2024-12-31' });
    expect([a.firstDate, a.lastDate]).toEqual(['2024-01-01', '2024-12-31']);
    expect([b.firstDate, b.lastDate]).toEqual([a.firstDate, a.lastDate]);
    expect(firstIssue(() => createWorkCalendar({ start: '2024-12-31', end: '2024-01-01' }))).toMatchObject({
      code: 'INVALID_DATE_RANGE',
      path: ['spec', 'end'],
    });
    expect(firstIssue(() => createWorkCalendar({ from: '2024-12-31', to: '2024-01-01' }))).toMatchObject({
      code: 'INVALID_DATE_RANGE',
      path: ['spec', 'to'],
    });
    expect(firstIssue(() => createWorkCalendar({ start: '2024-01-01', from: '2024-01-01' }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['spec', 'from'],
    });
    expect(LUNAR_CALENDAR_RANGE).toMatchObject({ start: '1900-01-01', end: '2100-12-31', from: '1900-01-01', to: '2100-12-31' });
  });
});

describe('labels { vi, en } and citations as SourceRef, with the 0.1 fields kept', () => {
  it('holidays have a label and sources; name, nameVi and source are the same facts', () => {
    for (const y of [2019, 2024, 2026, 2030]) {
      for (const h of vnHolidays(y)) {
        expect(h.label).toEqual({ vi: h.nameVi, en: h.name });
        expect(h.sources.length).toBeGreaterThan(0);
        for (const r of h.sources) expect(SourceRefSchema.is(r), JSON.stringify(r)).toBe(true);
        expect(h.source.length).toBeGreaterThan(0);
      }
    }
    const announced = vnHolidays(2024).find((h) => h.date === '2024-05-01')!;
    expect(announced.sources[0]).toMatchObject({ document: 'Công văn 2450/VPCP-KGVX (tin Báo Pháp luật)', url: announced.source });
    const derived = vnHolidays(2019).find((h) => h.date === '2019-04-14')!;
    expect(derived.sources[0]).toMatchObject({ document: 'Bộ luật Lao động 2012 (10/2012/QH13)', verified: false });
    const rule = vnHolidays(2031).find((h) => h.label.vi.startsWith('Tết Âm lịch'))!;
    const code2019 = 'Bộ luật Lao động 2019 (45/2019/QH14)';
    expect(rule.sources.map((r) => r.document)).toEqual([code2019, code2019, 'Nghị định 45/2013/NĐ-CP']);
    expect(rule.sources.at(-1)?.verified).toBe(false);
    expect(rule.source).toMatch(/default of cchc/);
  });

  it('holiday laws have a bilingual title and sources', () => {
    for (const law of HOLIDAY_LAWS) {
      expect(law.title.vi).toBe(law.titleVi);
      expect(law.title.en.length).toBeGreaterThan(0);
      for (const r of law.sources) expect(SourceRefSchema.is(r)).toBe(true);
      expect(law.source).toContain(law.sources[0]!.document);
    }
    expect(holidayLawOn('2013-02-10').sources[0]?.verified).toBe(false);
    expect(holidayLawOn('2021-09-03').title).toEqual({ vi: 'Bộ luật Lao động 2019, Điều 112', en: 'Labour Code 2019, Article 112' });
  });

  it('a calendar day takes label and sources; the 0.1 keys name, nameVi and source still work', () => {
    const cal = createWorkCalendar({
      base: civilServiceCalendar,
      days: [
        {
          date: '2027-03-03',
          kind: 'day-off',
          label: { vi: 'Ngày nghỉ của tỉnh' },
          sources: [{ document: 'Quyết định 12/QĐ-UBND', date: '2027-01-05' }],
        },
        { date: '2027-03-04', kind: 'day-off', nameVi: 'Ngày nghỉ cũ', name: 'Old-style day off', source: 'QĐ 13/QĐ-UBND' },
        { date: '2027-03-05', kind: 'day-off' },
      ],
    });
    expect(cal.entry('2027-03-03')).toMatchObject({
      label: { vi: 'Ngày nghỉ của tỉnh', en: 'Day off' },
      nameVi: 'Ngày nghỉ của tỉnh',
      sources: [{ document: 'Quyết định 12/QĐ-UBND', date: '2027-01-05' }],
      source: 'Quyết định 12/QĐ-UBND',
    });
    expect(cal.entry('2027-03-04')).toMatchObject({
      label: { vi: 'Ngày nghỉ cũ', en: 'Old-style day off' },
      sources: [{ document: 'QĐ 13/QĐ-UBND' }],
      source: 'QĐ 13/QĐ-UBND',
    });
    expect(cal.entry('2027-03-05')).toMatchObject({ label: { vi: 'Ngày nghỉ', en: 'Day off' }, sources: [], source: 'user-defined' });
    expect(calendarRows({ start: '2027-03-03', end: '2027-03-03' }, { calendar: cal })[0]).toMatchObject({
      holidayLabel: { vi: 'Ngày nghỉ của tỉnh', en: 'Day off' },
      holidayNameVi: 'Ngày nghỉ của tỉnh',
      holidayName: 'Day off',
    });
    const both = { date: '2027-03-03', kind: 'day-off', source: 'a', sources: [] } as const;
    expect(firstIssue(() => createWorkCalendar({ days: [both] }))).toMatchObject({
      code: 'INVALID_INPUT',
      path: ['spec', 'days', 0, 'source'],
    });
    const typo = { date: '2027-03-03', kind: 'day-off', sources: [{ document: 'x', dated: '2027-01-01' }] };
    expect(firstIssue(() => createWorkCalendar({ days: [typo] } as never))).toMatchObject({
      code: 'UNKNOWN_KEY',
      path: ['spec', 'days', 0, 'sources', 0, 'dated'],
      suggestion: 'date',
    });
  });
});

describe('exported schemas of the calendar module (schema kit, strict)', () => {
  it('are kit schemas with safeParse, is, issuesOf and a strict JSON Schema', () => {
    expect(LunarDateInputSchema.safeParse({ year: 2025, month: 6, day: 1, leap: true }).success).toBe(true);
    expect(LunarDateInputSchema.issuesOf({ year: 2025, month: 6, day: 1, leep: true })[0]).toMatchObject({
      code: 'UNKNOWN_KEY',
      suggestion: 'leap',
    });
    expect(CalendarDayInputSchema.is({ date: '2027-05-03', kind: 'day-off' })).toBe(true);
    expect(CalendarDayInputSchema.is({ date: '2027-05-03', kind: 'toString' })).toBe(false);
    expect(YearScheduleInputSchema.is({ year: 2027, days: [] })).toBe(true);
    expect(WorkCalendarSpecSchema.is({ base: civilServiceCalendar, weekend: [0] })).toBe(true);
    expect(WorkCalendarSpecSchema.is({ base: {} })).toBe(false);
    type Json = { additionalProperties: boolean; properties: Record<string, { deprecated?: boolean }> };
    const json = WorkCalendarSpecSchema.toJSONSchema() as Json;
    expect(json.additionalProperties).toBe(false);
    expect(json.properties.from?.deprecated).toBe(true);
  });
});

describe('issue 12: exported constants and shared values are frozen', () => {
  it('a caller cannot change the holiday laws, the ranges or the default calendar for other callers', () => {
    expect(() => {
      (HOLIDAY_LAWS[3] as { tetDays: number }).tetDays = 7;
    }).toThrow(TypeError);
    expect(() => {
      (HOLIDAY_LAWS[3]!.sources as unknown[]).push({ document: 'x' });
    }).toThrow(TypeError);
    expect(() => {
      (VN_HOLIDAY_YEARS as { first: number }).first = 1900;
    }).toThrow(TypeError);
    expect(() => {
      (LUNAR_CALENDAR_RANGE as { start: string }).start = '1800-01-01';
    }).toThrow(TypeError);
    expect(() => {
      (civilServiceCalendar as { isWorkingDay: unknown }).isWorkingDay = () => true;
    }).toThrow(TypeError);
    expect(() => {
      (civilServiceCalendar as { name: string }).name = 'x';
    }).toThrow(TypeError);
    expect(() => {
      (WorkCalendarSpecSchema as { parse: unknown }).parse = () => ({});
    }).toThrow(TypeError);
    expect(isWorkingDay('2024-05-04')).toBe(true);
    expect(civilServiceCalendar.name).toBe('civil-service');
  });

  it('returned holidays are frozen, and mutating a returned list changes nothing for the next call', () => {
    const a = vnHolidays(2024);
    expect(() => {
      (a[0] as { kind: string }).kind = 'swap-off';
    }).toThrow(TypeError);
    expect(() => {
      (a[0]!.sources as unknown[]).push({ document: 'x' });
    }).toThrow(TypeError);
    a.length = 0;
    expect(vnHolidays(2024).length).toBeGreaterThan(0);
    expect(Object.isFrozen(solarToLunar('2024-02-10'))).toBe(true);
  });
});
