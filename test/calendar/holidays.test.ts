import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CchcError, civilServiceCalendar, dayOfWeek, holidayLawOn, isWorkingDay, vnHolidays } from 'cchc';

// The official civil-service schedules 2019–2026, from shared/domain/holidays-vn-civil-service-2019-2026.csv with the
// corrections of research note issue13 §2.3: 24/11/2026 added (Nghị quyết 28/2026/QH16), the 2025–2026 days cited to
// the decisions (CV 8726, TB 6150, CV 12729, CV 9859, TB 9441) as reported by TTXVN, trek.zone replaced by the rule.
const csv = readFileSync(new URL('./fixtures/holidays-vn-civil-service-2019-2026.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1);
function parseLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let q = false;
  for (const ch of line) {
    if (ch === '"') q = !q;
    else if (ch === ',' && !q) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}
const rows = csv.map(parseLine).map(([date, weekday, nameVi, kind, working, source]) => ({
  date: date!,
  weekday: weekday!,
  nameVi: nameVi!,
  kind: kind!.replace('_', '-'),
  working: working === 'true',
  source: source!,
}));

describe('vnHolidays: official 2019–2026 schedules', () => {
  it('has 118 official days', () => expect(rows.length).toBe(118));

  it.each(rows)('$date $kind is in the data with its name and source, and the calendar agrees', (r) => {
    const h = vnHolidays(Number(r.date.slice(0, 4))).find((x) => x.date === r.date);
    expect(h).toMatchObject({ date: r.date, nameVi: r.nameVi, kind: r.kind, source: r.source, status: 'official', provisional: false });
    expect(isWorkingDay(r.date)).toBe(r.working);
    expect(['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][dayOfWeek(r.date)]).toBe(r.weekday);
  });

  it('lists nothing for 2019–2026 that the data does not have, and every other day follows Mon–Fri', () => {
    const listed = new Set(rows.map((r) => r.date));
    for (let y = 2019; y <= 2026; y++) for (const h of vnHolidays(y)) expect(listed.has(h.date), h.date).toBe(true);
    for (const e of civilServiceCalendar.entries('2018-12-31', '2026-12-31')) expect(listed.has(e.date), e.date).toBe(true);
  });

  it('the Labour Code rules alone reproduce every statutory and compensatory day of the official 2019–2026 schedules', async () => {
    const { ruleHolidays } = await import('../../src/calendar/vn-holidays.js');
    for (let y = 2019; y <= 2026; y++) {
      const rule = ruleHolidays(y).map((h) => `${h.date} ${h.kind}`);
      const official = vnHolidays(y, { regime: 'labour-code' }).map((h) => `${h.date} ${h.kind}`);
      expect(rule, String(y)).toEqual(official);
    }
  });

  it('weekday days off per year match the statutory counts (10 before 2021, 11 from 2021, 12 from 24/11/2026) plus swaps', () => {
    const offWeekdays = (y: number) => vnHolidays(y).filter((h) => h.kind !== 'swap-workday' && dayOfWeek(h.date) % 6 !== 0).length;
    const swaps = (y: number) => vnHolidays(y).filter((h) => h.kind === 'swap-off').length;
    expect(offWeekdays(2019) - swaps(2019)).toBe(10);
    expect(offWeekdays(2020)).toBe(10);
    for (const y of [2021, 2022, 2023, 2024, 2025]) expect(offWeekdays(y) - swaps(y), String(y)).toBe(11);
    expect(offWeekdays(2026) - swaps(2026)).toBe(12); // + Tuesday 24/11/2026, Ngày Văn hóa Việt Nam
  });
});

describe('vnHolidays: rules for other years', () => {
  it('later years are provisional, follow the 2019 code with 24/11 (12 days) and compensate weekend holidays', () => {
    for (let y = 2027; y <= 2100; y++) {
      const hs = vnHolidays(y);
      expect(hs.every((h) => h.provisional && h.status === 'provisional')).toBe(true);
      const statutory = hs.filter((h) => h.kind === 'statutory');
      expect(statutory.length, String(y)).toBe(12);
      expect(statutory.some((h) => h.date === `${y}-11-24` && h.label.vi === 'Ngày Văn hóa Việt Nam')).toBe(true);
      const weekendStatutory = statutory.filter((h) => dayOfWeek(h.date) % 6 === 0).length;
      expect(hs.filter((h) => h.kind === 'compensatory').length, String(y)).toBe(weekendStatutory);
      expect(hs.some((h) => h.kind.startsWith('swap'))).toBe(false);
      for (const h of hs) expect(isWorkingDay(h.date), h.date).toBe(false);
    }
  });

  it('2029: Quốc khánh on a Sunday gives Mon 3/9 (adjacent) and Tue 4/9 (compensatory)', () => {
    const sep = vnHolidays(2029).filter((h) => h.date.startsWith('2029-09'));
    expect(sep.map((h) => [h.date, h.kind])).toEqual([
      ['2029-09-02', 'statutory'],
      ['2029-09-03', 'statutory'],
      ['2029-09-04', 'compensatory'],
    ]);
  });

  it('law versions: Tết 5 days from 2014, Quốc khánh 1 day to 2020 and 2 days from 2021', () => {
    const count = (y: number, prefix: string) => vnHolidays(y).filter((h) => h.kind === 'statutory' && h.nameVi.startsWith(prefix)).length;
    expect(count(2013, 'Tết Âm lịch')).toBe(4);
    expect(count(2014, 'Tết Âm lịch')).toBe(5);
    expect(count(2018, 'Quốc khánh')).toBe(1);
    expect(count(2027, 'Quốc khánh')).toBe(2);
    expect(count(2006, 'Giỗ Tổ')).toBe(0);
    expect(count(2008, 'Giỗ Tổ')).toBe(1);
    expect(holidayLawOn('2020-12-31').id).toBe('labour-code-2012');
    expect(holidayLawOn('2021-01-01').id).toBe('labour-code-2019');
    expect(holidayLawOn('2026-06-30').id).toBe('labour-code-2019');
    expect(holidayLawOn('2026-07-01').id).toBe('labour-code-2019-culture-day');
    expect(count(2026, 'Ngày Văn hóa')).toBe(1);
    expect(count(2025, 'Ngày Văn hóa')).toBe(0);
  });

  it('2018 is rule-based but keeps the official 2018-12-31 swap of the 2019 announcement', () => {
    const h = vnHolidays(2018).find((x) => x.date === '2018-12-31');
    expect(h).toMatchObject({ kind: 'swap-off', status: 'official', provisional: false });
    expect(
      vnHolidays(2018)
        .filter((x) => x.date !== '2018-12-31')
        .every((x) => x.provisional),
    ).toBe(true);
  });

  it('labour-code regime has no swaps', () => {
    for (let y = 2019; y <= 2026; y++) expect(vnHolidays(y, { regime: 'labour-code' }).some((h) => h.kind.startsWith('swap'))).toBe(false);
  });

  it('bad input', () => {
    for (const [fn, c] of [
      [() => vnHolidays(1999), 'DATE_OUT_OF_RANGE'],
      [() => vnHolidays(2101), 'DATE_OUT_OF_RANGE'],
      [() => vnHolidays(2025.5), 'INVALID_INPUT'],
      [() => vnHolidays('2025' as never), 'INVALID_INPUT'],
      [() => vnHolidays(2025, { regime: 'business' as never }), 'INVALID_INPUT'],
      [() => holidayLawOn('1990-01-01'), 'DATE_OUT_OF_RANGE'],
    ] as const) {
      let err: unknown;
      try {
        fn();
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(CchcError);
      expect((err as CchcError).code).toBe(c);
    }
  });
});
