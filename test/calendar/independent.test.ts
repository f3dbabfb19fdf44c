// Review checks of the calendar module against computations that share no code with it:
// - working days 2019–2026 from the official CSV alone (shared/domain/holidays-vn-civil-service-2019-2026.csv, in
//   ./fixtures with the corrections of research note issue13 §2.3: 24/11/2026 added) plus Monday–Friday, with date arithmetic written here on Date.UTC (UTC methods only, so the
//   oracle itself does not depend on the host zone);
// - published dates found outside the brief (each with its URL);
// - an independent rule engine for the provisional years (2027–2100), written here from the documented defaults;
// - date-chinese (MIT) as the oracle for leap months the brief lists without a start date.
// Every check runs under the four host time zones of vitest.config.ts.
import { readFileSync } from 'node:fs';
import { CalendarVietnamese } from 'date-chinese';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CchcError,
  type LunarDateInput,
  addWorkingDays,
  calendarRows,
  civilServiceCalendar,
  createWorkCalendar,
  dueDate,
  firstProvisionalDay,
  isProvisional,
  isWorkingDay,
  lunarToSolar,
  solarToLunar,
  vnHolidays,
  workingDaysBetween,
} from 'cchc';

// ---------- independent date arithmetic (no cchc code) ----------
const DAY_MS = 86_400_000;
const ms = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const plus = (d: string, k: number) => iso(ms(d) + k * DAY_MS);
const weekday = (d: string) => new Date(ms(d)).getUTCDay();

function thrown(fn: () => unknown): CchcError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CchcError);
    return e as CchcError;
  }
  throw new Error('expected a CchcError');
}

// ---------- the CSV oracle ----------
const csvLines = readFileSync(new URL('./fixtures/holidays-vn-civil-service-2019-2026.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1);
const listed = new Map<string, boolean>();
for (const line of csvLines) {
  const m = /^(\d{4}-\d{2}-\d{2}),\w{3},.*,(statutory|compensatory|swap_off|swap_workday),(true|false),/.exec(line);
  if (!m) throw new Error(`unreadable CSV line: ${line}`);
  listed.set(m[1]!, m[3] === 'true');
}
const W_FIRST = '2018-12-31';
const W_LAST = '2026-12-31';
const W_LEN = (ms(W_LAST) - ms(W_FIRST)) / DAY_MS + 1;
const oracleWorking: boolean[] = [];
for (let i = 0; i < W_LEN; i++) {
  const d = plus(W_FIRST, i);
  oracleWorking.push(listed.get(d) ?? (weekday(d) !== 0 && weekday(d) !== 6));
}
const offset = (d: string) => (ms(d) - ms(W_FIRST)) / DAY_MS;
const working = (d: string) => oracleWorking[offset(d)]!;
/** The oracle's addWorkingDays by walking day by day; undefined when the walk leaves the CSV window. */
function oracleAdd(d: string, n: number): string | undefined {
  let i = offset(d);
  if (n === 0) {
    while (i < W_LEN && !oracleWorking[i]) i++;
    return i < W_LEN ? plus(W_FIRST, i) : undefined;
  }
  const step = n > 0 ? 1 : -1;
  for (let left = Math.abs(n); left > 0; ) {
    i += step;
    if (i < 0 || i >= W_LEN) return undefined;
    if (oracleWorking[i]) left--;
  }
  return plus(W_FIRST, i);
}
function oracleBetween(a: string, b: string): number {
  const [lo, hi, sign] = offset(a) <= offset(b) ? [offset(a), offset(b), 1] : [offset(b), offset(a), -1];
  let c = 0;
  for (let i = lo + 1; i <= hi; i++) if (oracleWorking[i]) c++;
  return c === 0 ? 0 : sign * c;
}
const windowDay = fc.integer({ min: 0, max: W_LEN - 1 }).map((i) => plus(W_FIRST, i));

describe('working days 2019–2026 against the official CSV alone', () => {
  it('the CSV has the 117 rows of the brief and 24/11/2026 (research note issue13 §2.3)', () => expect(listed.size).toBe(118));

  it('isWorkingDay agrees on every day 2018-12-31 … 2026-12-31', () => {
    const wrong: string[] = [];
    for (let i = 0; i < W_LEN; i++) {
      const d = plus(W_FIRST, i);
      if (isWorkingDay(d) !== oracleWorking[i]) wrong.push(d);
    }
    expect(wrong).toEqual([]);
  });

  it('addWorkingDays agrees from every day of the window for n in {0, ±1, ±2, ±5, 7, 10, 15, 20, 30, 45, 60, 90, ±250, 1000}', () => {
    const wrong: string[] = [];
    for (let i = 0; i < W_LEN; i++) {
      const d = plus(W_FIRST, i);
      for (const n of [0, 1, -1, 2, -2, 5, -5, 7, 10, 15, 20, 30, 45, 60, 90, 250, -250, 1000]) {
        const expected = oracleAdd(d, n);
        if (expected !== undefined && addWorkingDays(d, n) !== expected) wrong.push(`${d} ${n}: ${addWorkingDays(d, n)} ≠ ${expected}`);
      }
    }
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it('workingDaysBetween agrees on random pairs (both orders)', () => {
    fc.assert(
      fc.property(windowDay, windowDay, (a, b) => {
        expect(workingDaysBetween(a, b)).toBe(oracleBetween(a, b));
      }),
      { numRuns: 5000 },
    );
  });

  // Every swap and make-up Saturday in the CSV, and every Tết / 30-4 / 2-9 block: all pairs within ±12 days.
  const hotSpots = [
    '2019-01-01',
    '2019-02-05',
    '2019-04-30',
    '2019-09-02',
    '2020-01-25',
    '2020-04-30',
    '2020-09-02',
    '2021-02-12',
    '2021-05-01',
    '2021-09-02',
    '2022-02-01',
    '2022-05-01',
    '2022-09-02',
    '2023-01-22',
    '2023-05-01',
    '2023-09-02',
    '2024-02-10',
    '2024-05-01',
    '2024-09-02',
    '2025-01-29',
    '2025-04-30',
    '2025-09-02',
    '2026-01-02',
    '2026-02-17',
    '2026-04-27',
    '2026-08-26',
    '2026-09-02',
  ];
  it.each(hotSpots)('every pair of days around %s: workingDaysBetween and addWorkingDays agree with the oracle', (centre) => {
    const inWindow = (d: string) => d >= W_FIRST && d <= W_LAST;
    for (let x = -12; x <= 12; x++) {
      const a = plus(centre, x);
      if (!inWindow(a)) continue;
      for (let y = -12; y <= 12; y++) {
        const b = plus(centre, y);
        if (inWindow(b)) expect(workingDaysBetween(a, b), `${a} → ${b}`).toBe(oracleBetween(a, b));
      }
      for (let n = -8; n <= 8; n++) {
        const expected = oracleAdd(a, n);
        if (expected !== undefined) expect(addWorkingDays(a, n), `${a} ${n}`).toBe(expected);
      }
    }
  });

  it('the swap weeks, one by one', () => {
    // [swapped weekday off, Saturday worked]
    const swaps: [string, string][] = [
      ['2018-12-31', '2019-01-05'],
      ['2019-04-29', '2019-05-04'],
      ['2024-04-29', '2024-05-04'],
      ['2025-05-02', '2025-04-26'],
      ['2026-01-02', '2026-01-10'],
      ['2026-08-31', '2026-08-22'],
    ];
    for (const [off, sat] of swaps) {
      expect(weekday(sat)).toBe(6);
      expect(isWorkingDay(off), off).toBe(false);
      expect(isWorkingDay(sat), sat).toBe(true);
      // the Saturday counts as one working day, and it is reached from the Friday before it
      expect(workingDaysBetween(plus(sat, -1), sat)).toBe(1);
      expect(addWorkingDays(plus(sat, -1), 1)).toBe(sat);
      expect(addWorkingDays(sat, 1)).toBe(oracleAdd(sat, 1));
      // a swap does not change the number of working days of the fortnight around it
      const from = [plus(off < sat ? off : sat, -7), W_FIRST].sort()[1]!;
      const to = plus(off < sat ? sat : off, 7);
      expect(workingDaysBetween(from, to)).toBe(oracleBetween(from, to));
    }
    expect(addWorkingDays('2019-04-26', 1)).toBe('2019-05-02');
    expect(addWorkingDays('2019-05-03', 1)).toBe('2019-05-04');
    expect(addWorkingDays('2019-05-03', 2)).toBe('2019-05-06');
    expect(addWorkingDays('2025-04-25', 3)).toBe('2025-04-29');
    expect(addWorkingDays('2025-04-29', 1)).toBe('2025-05-05');
    expect(addWorkingDays('2026-08-21', 1)).toBe('2026-08-22');
    expect(addWorkingDays('2026-08-28', 1)).toBe('2026-09-03');
    expect(workingDaysBetween('2026-08-21', '2026-09-03')).toBe(7); // 22/8 (Sat), 24–28/8, 3/9 (31/8–2/9 off)
  });
});

describe('Civil Code 2015 Art. 147 (the start day is not counted) and the edge cases of n', () => {
  it('the issue example', () => {
    expect(addWorkingDays('2020-01-20', 5)).toBe('2020-02-03');
    expect(workingDaysBetween('2020-01-20', '2020-02-03')).toBe(5);
  });

  it('n ≥ 1 never returns the start day; n = 0 returns it only when it is a working day', () => {
    fc.assert(
      fc.property(windowDay, fc.integer({ min: 1, max: 300 }), (d, n) => {
        const r = addWorkingDays(d, n);
        expect(r > d).toBe(true);
        expect(workingDaysBetween(d, r)).toBe(n); // from any day, working or not
        expect(isWorkingDay(r)).toBe(true);
        expect(addWorkingDays(d, 0) === d).toBe(working(d));
      }),
      { numRuns: 3000 },
    );
  });

  it('from a day off: n = 0 gives the next working day (1 working day away), n < 0 the |n|-th working day before', () => {
    // Saturday 2020-01-25 (mùng 1 Tết Canh Tý): off; Tết block 23–29/1/2020
    expect(addWorkingDays('2020-01-25', 0)).toBe('2020-01-30');
    expect(workingDaysBetween('2020-01-25', '2020-01-30')).toBe(1);
    expect(addWorkingDays('2020-01-25', -1)).toBe('2020-01-22');
    expect(addWorkingDays('2020-01-25', -2)).toBe('2020-01-21');
    expect(workingDaysBetween('2020-01-25', '2020-01-22')).toBe(0);
    expect(addWorkingDays('2020-01-25', 1)).toBe('2020-01-30');
  });

  it('n < 0 from any day: the working days in [result, d) number exactly |n|; from a working day the identity holds', () => {
    fc.assert(
      fc.property(windowDay, fc.integer({ min: -300, max: -1 }), (d, n) => {
        const expected = oracleAdd(d, n);
        fc.pre(expected !== undefined);
        const r = addWorkingDays(d, n);
        expect(r).toBe(expected);
        const inHalfOpen = oracleBetween(plus(r, -1), plus(d, -1)); // working days in [r, d)
        expect(inHalfOpen).toBe(-n);
        expect(workingDaysBetween(d, r)).toBe(working(d) ? n : n + 1);
      }),
      { numRuns: 3000 },
    );
  });

  it('n beyond the calendar range is DATE_OUT_OF_RANGE on `n`, however large (was INVALID_INPUT "must be an integer")', () => {
    for (const n of [50_000, 200_000_000, 1e9, 3e9, 2 ** 40, -1e9]) {
      const e = thrown(() => addWorkingDays('2025-01-02', n));
      expect(e.code, String(n)).toBe('DATE_OUT_OF_RANGE');
      expect(e.path).toEqual(['n']);
      expect(e.messageEn).toMatch(/beyond the range of calendar "civil-service"/);
      expect(thrown(() => civilServiceCalendar.addWorkingDaysToDayNumber(civilServiceCalendar.firstDayNumber + 10, n)).code).toBe(
        'DATE_OUT_OF_RANGE',
      );
    }
    expect(thrown(() => dueDate('2025-01-02', 2_000_000)).code).toBe('DATE_OUT_OF_RANGE');
    for (const n of [1.5, Number.NaN, Infinity, -Infinity, '3', undefined, null]) {
      expect(thrown(() => addWorkingDays('2025-01-02', n as number)).code, String(n)).toBe('INVALID_INPUT');
    }
  });

  it('reports a bad date and a bad n together', () => {
    const e = thrown(() => addWorkingDays('2025-2-3', 1.5));
    expect(e.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['INVALID_DATE', 'date'],
      ['INVALID_INPUT', 'n'],
    ]);
    const f = thrown(() => workingDaysBetween('2025-02-30', new Date(0) as never));
    expect(f.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['INVALID_DATE', 'start'],
      ['INVALID_DATE', 'end'],
    ]);
  });
});

describe('bad input', () => {
  it('dates that are not ISO calendar strings', () => {
    for (const bad of [
      '2025-02-30',
      '2025-2-3',
      '2025-02-3',
      '25-02-03',
      '2025/02/03',
      '2025-02-03T00:00:00Z',
      ' 2025-02-03',
      '',
      new Date(0),
      20250203,
      null,
      undefined,
    ]) {
      for (const fn of [
        () => isWorkingDay(bad as string),
        () => addWorkingDays(bad as string, 1),
        () => workingDaysBetween('2025-01-02', bad as string),
        () => calendarRows(bad as string, '2025-12-31'),
        () => solarToLunar(bad as string),
        () => isProvisional(bad as string),
        () => firstProvisionalDay({ start: '2025-01-02', end: bad as string }),
        () => addWorkingDays(bad as string, 1, { onProvisional: 'error' }),
      ]) {
        expect(thrown(fn).code, String(bad)).toBe('INVALID_DATE');
      }
    }
  });

  it('years outside the ranges', () => {
    expect(thrown(() => isWorkingDay('1999-12-31')).code).toBe('DATE_OUT_OF_RANGE');
    expect(thrown(() => isWorkingDay('2101-01-01')).code).toBe('DATE_OUT_OF_RANGE');
    expect(thrown(() => solarToLunar('1899-12-31')).code).toBe('DATE_OUT_OF_RANGE');
    expect(thrown(() => lunarToSolar({ year: 2101, month: 1, day: 1 })).code).toBe('DATE_OUT_OF_RANGE');
    expect(thrown(() => vnHolidays(1999)).code).toBe('DATE_OUT_OF_RANGE');
    expect(thrown(() => vnHolidays(2025.5)).code).toBe('INVALID_INPUT');
  });

  it('cut-off strings', () => {
    for (const cutoff of ['3pm', '24:00', '15:60', '9:00', '15:00:00', '', 15]) {
      expect(thrown(() => dueDate('2025-03-12T15:00:00+07:00', 1, { cutoff: cutoff as string })).code, String(cutoff)).toBe(
        'INVALID_CUTOFF',
      );
    }
    expect(thrown(() => dueDate('2025-03-12', 1, { cutoff: '15:00' })).code).toBe('INVALID_CUTOFF');
    expect(thrown(() => dueDate('2025-03-12T15:00:00', 1, { cutoff: '15:00' })).code).toBe('INVALID_TIMESTAMP');
  });
});

describe('lunar calendar: published dates outside the brief', () => {
  it.each([
    // [lunar date, solar date, source]
    [
      { year: 2023, month: 8, day: 15 },
      '2023-09-29',
      'Trung thu 2023: https://viethanbinhduong.edu.vn/con-bao-nhieu-ngay-nua-den-trung-thu/',
    ],
    [
      { year: 2024, month: 7, day: 15 },
      '2024-08-18',
      'Vu Lan 2024 ("rằm tháng bảy năm Giáp Thìn (tức 18/8/2024)"): https://trixybmildred.pages.dev/qgqkvyw-vu-lan-2024-images-bbzutxl',
    ],
    [
      { year: 2025, month: 7, day: 15 },
      '2025-09-06',
      'Rằm tháng 7 / Vu Lan 2025, after leap month 6: https://vtcnews.vn/ram-thang-7-nam-2025-la-ngay-nao-duong-lich-ar959148.html',
    ],
    [
      { year: 2016, month: 3, day: 10 },
      '2016-04-16',
      'Giỗ Tổ 2016 (Saturday): https://thoidai.com.vn/le-gio-to-hung-vuong-duoc-nghi-3-ngay-304-va-15-nghi-4-ngay-64363.html',
    ],
    [
      { year: 2017, month: 3, day: 10 },
      '2017-04-06',
      'Giỗ Tổ 2017: https://vietnammoi.vn/infographic-chi-tiet-lich-nghi-cac-ngay-le-tet-nam-2017-11497.htm',
    ],
    [{ year: 2021, month: 3, day: 10 }, '2021-04-21', 'Giỗ Tổ 2021: https://cafedautu.vn/ngay-gio-to-hung-vuong-duoc-to-chuc-o-dau-tag/'],
    [
      { year: 2027, month: 1, day: 1 },
      '2027-02-06',
      'Tết Đinh Mùi 2027: https://www.ntdvn.net/tet-2027-vao-ngay-nao-mung-1-tet-2027-la-ngay-may-duong-lich-441248.html',
    ],
    [{ year: 2026, month: 12, day: 29 }, '2027-02-05', '29 Tết Đinh Mùi (the last day of Bính Ngọ): same ntdvn.net page'],
    [{ year: 2017, month: 1, day: 5 }, '2017-02-01', 'Tết 2017 block 26/1 (29 Chạp) – 1/2 (mùng 5): vietnammoi.vn 2017 page'],
    [{ year: 2016, month: 12, day: 29 }, '2017-01-26', 'same page'],
  ] as [LunarDateInput, string, string][])('%o is %s (%s)', (lunar, solar) => {
    expect(lunarToSolar(lunar)).toBe(solar);
    expect(solarToLunar(solar)).toEqual({ ...lunar, leap: false });
  });

  it('leap months 2020/2023/2025/2028/2031 (https://wiindi.net/nam-nhuan-la-gi-nam-2020-co-phai-la-nam-nhuan-aid1708.html) and the later ones against date-chinese', () => {
    const published: [number, number][] = [
      [2014, 9],
      [2017, 6],
      [2020, 4],
      [2023, 2],
      [2025, 6],
      [2028, 5],
      [2031, 3],
    ];
    for (const [y, m] of published)
      expect(solarToLunar(lunarToSolar({ year: y, month: m, day: 1, leap: true }))).toEqual({ year: y, month: m, day: 1, leap: true });
    const cv = new CalendarVietnamese();
    for (const [y, m] of [
      [2036, 6],
      [2039, 5],
      [2042, 2],
      [2044, 7],
      [2047, 5],
      [2050, 3],
      [2055, 6],
      [2058, 4],
      [2061, 3],
    ] as const) {
      const start = lunarToSolar({ year: y, month: m, day: 1, leap: true });
      cv.fromGregorian(Number(start.slice(0, 4)), Number(start.slice(5, 7)), Number(start.slice(8, 10)));
      expect([cv.yearFromEpochCycle(), cv.month, cv.day, Boolean(cv.leap)], `${y} leap ${m}`).toEqual([y, m, 1, true]);
      // the day before is the last day of the ordinary month of the same number
      expect(solarToLunar(plus(start, -1))).toMatchObject({ year: y, month: m, leap: false });
    }
  });

  it('the earliest and latest Tết of the 21st century are 21/1 and 19/2 (https://phapluatxahoi.kinhtedothi.vn/tags/nam-nhuan-115626.tag)', () => {
    const tets = [];
    for (let y = 2001; y <= 2100; y++) tets.push(lunarToSolar({ year: y, month: 1, day: 1 }).slice(5));
    tets.sort();
    expect(tets[0]).toBe('01-21');
    expect(tets[tets.length - 1]).toBe('02-19');
  });

  it('Vietnam and China differ in 1968, 1969, 1985, 2007, 2030, 2053 only, among the Tết of 1968–2060', () => {
    const differ: number[] = [];
    for (let y = 1968; y <= 2060; y++)
      if (lunarToSolar({ year: y, month: 1, day: 1 }) !== lunarToSolar({ year: y, month: 1, day: 1 }, { utcOffset: 8 })) differ.push(y);
    expect(differ).toEqual([1968, 1969, 1985, 2007, 2030, 2053]);
  });

  it('invalid lunar dates', () => {
    // leap month 4 of 2020 runs 2020-05-23 … 2020-06-20 (29 days; month 5 starts 2020-06-21, as date-chinese gives)
    expect(lunarToSolar({ year: 2020, month: 5, day: 1 })).toBe('2020-06-21');
    expect(lunarToSolar({ year: 2020, month: 4, day: 29, leap: true })).toBe('2020-06-20');
    expect(thrown(() => lunarToSolar({ year: 2020, month: 4, day: 30, leap: true })).code).toBe('INVALID_LUNAR_DATE');
    expect(thrown(() => lunarToSolar({ year: 2024, month: 4, day: 1, leap: true })).messageEn).toMatch(
      /Lunar year 2024 has no leap month$/,
    );
    expect(thrown(() => lunarToSolar({ year: 2023, month: 3, day: 1, leap: true })).messageEn).toMatch(
      /Lunar year 2023 has leap month 2, not 3$/,
    );
    expect(thrown(() => lunarToSolar({ year: 2025, month: 1, day: 31 })).code).toBe('INVALID_INPUT');
  });

  it('no day 0 or day 31 anywhere in the months around 2054-05-07 and 2062-04-09, at UTC+7, UTC+8 and historic', () => {
    for (const centre of ['2054-05-07', '2062-04-09', '2009-03-26']) {
      for (const utcOffset of [7, 8, 'historic'] as const) {
        let prev = solarToLunar(plus(centre, -40), { utcOffset });
        for (let k = -39; k <= 40; k++) {
          const l = solarToLunar(plus(centre, k), { utcOffset });
          expect(l.day).toBeGreaterThanOrEqual(1);
          expect(l.day === 1 ? [29, 30] : [prev.day + 1]).toContain(l.day === 1 ? prev.day : l.day);
          prev = l;
        }
      }
    }
  });
});

describe('provisional years: rules, published checks, nothing invented', () => {
  it('2016 and 2017 (rule-based here) match the published schedules', () => {
    const days = (y: number) => vnHolidays(y).map((h) => `${h.date} ${h.kind}`);
    // https://thoidai.com.vn/le-gio-to-hung-vuong-duoc-nghi-3-ngay-304-va-15-nghi-4-ngay-64363.html
    expect(days(2016)).toEqual(
      expect.arrayContaining([
        '2016-04-16 statutory',
        '2016-04-18 compensatory',
        '2016-04-30 statutory',
        '2016-05-01 statutory',
        '2016-05-02 compensatory',
        '2016-05-03 compensatory',
      ]),
    );
    // https://vietnammoi.vn/infographic-chi-tiet-lich-nghi-cac-ngay-le-tet-nam-2017-11497.htm
    const off2017 = vnHolidays(2017).map((h) => h.date);
    expect(off2017).toEqual([
      '2017-01-01',
      '2017-01-02', // Sunday → Monday
      '2017-01-26',
      '2017-01-27',
      '2017-01-28',
      '2017-01-29',
      '2017-01-30',
      '2017-01-31',
      '2017-02-01', // 26/1 – 1/2
      '2017-04-06',
      '2017-04-30',
      '2017-05-01',
      '2017-05-02', // 30/4 Sunday → 2/5 (1/5 is Monday)
      '2017-09-02',
      '2017-09-04', // Saturday → Monday
    ]);
    // 2018: Tết 7 days with 2 days before (https://baoninhbinh.org.vn/…), 2/9 Sunday → Monday 3/9 (https://vietnammoi.vn/quoc-khanh-29-nam-nay-roi-vao-thu-may-140033.htm)
    const off2018 = new Set(vnHolidays(2018).map((h) => h.date));
    for (let d = '2018-02-14'; d <= '2018-02-20'; d = plus(d, 1)) expect(off2018.has(d), d).toBe(true);
    expect(off2018.has('2018-02-13') || off2018.has('2018-02-21')).toBe(false);
    expect(off2018.has('2018-09-03')).toBe(true);
    for (const y of [2016, 2017, 2018])
      expect(
        vnHolidays(y)
          .filter((h) => h.date.startsWith(String(y)) && h.date !== '2018-12-31')
          .every((h) => h.provisional),
      ).toBe(true);
  });

  it('2027–2100 equal an independent rule engine (BLLĐ 2019 Art. 112(1), NQ 28/2026/QH16 24/11, Art. 111(3), the documented Tết-split, 2/9 and 24/11 defaults)', () => {
    for (let y = 2027; y <= 2100; y++) {
      const statutory = [`${y}-01-01`];
      const tet = lunarToSolar({ year: y, month: 1, day: 1 });
      const before = weekday(tet) === 1 || weekday(tet) === 2 ? 1 : 2;
      for (let i = -before; i < 5 - before; i++) statutory.push(plus(tet, i));
      statutory.push(lunarToSolar({ year: y, month: 3, day: 10 }), `${y}-04-30`, `${y}-05-01`, `${y}-09-02`);
      const nd = `${y}-09-02`;
      statutory.push([0, 1, 4].includes(weekday(nd)) ? plus(nd, 1) : plus(nd, -1));
      statutory.push(`${y}-11-24`); // Ngày Văn hóa Việt Nam; on a weekend, compensated by default (flagged)
      statutory.sort();
      const off = new Set(statutory);
      const compensatory: string[] = [];
      for (const s of statutory) {
        if (weekday(s) !== 0 && weekday(s) !== 6) continue;
        let d = plus(s, 1);
        while (weekday(d) === 0 || weekday(d) === 6 || off.has(d)) d = plus(d, 1);
        off.add(d);
        compensatory.push(d);
      }
      const expected = [...statutory.map((d) => `${d} statutory`), ...compensatory.map((d) => `${d} compensatory`)].sort();
      const hs = vnHolidays(y);
      expect(hs.map((h) => `${h.date} ${h.kind}`).sort(), String(y)).toEqual(expected);
      expect(hs.every((h) => h.provisional && h.source.length > 0)).toBe(true);
      // every compensatory day is a weekday that the civil-service calendar treats as off
      for (const d of compensatory) expect(isWorkingDay(d), d).toBe(false);
    }
  });

  it('the defaults are named in each provisional source, never presented as announced', () => {
    const hs = vnHolidays(2027);
    expect(hs.filter((h) => h.nameVi.startsWith('Tết Âm lịch')).every((h) => /default of cchc/.test(h.source))).toBe(true);
    expect(hs.find((h) => h.date === '2027-09-03')?.source).toMatch(/adjacent-day default of cchc/);
  });
});

describe('createWorkCalendar: overrides compose', () => {
  it('province day off → Saturday-working unit → a replacement year, each layer on the previous one', () => {
    const province = createWorkCalendar({
      base: civilServiceCalendar,
      name: 'Tỉnh X',
      days: [{ date: '2025-06-02', kind: 'day-off', source: 'QĐ …/QĐ-UBND' }],
    });
    const unit = createWorkCalendar({ base: province, name: 'Bộ phận một cửa', weekend: [0] });
    const announced = createWorkCalendar({
      base: unit,
      years: [
        {
          year: 2027,
          days: [
            { date: '2027-02-05', kind: 'statutory' },
            { date: '2027-02-06', kind: 'statutory' },
            { date: '2027-02-08', kind: 'statutory' },
          ],
        },
      ],
    });
    const cal = { calendar: announced };
    expect(isWorkingDay('2025-06-02', cal)).toBe(false); // the province's day off survives two layers
    expect(isWorkingDay('2025-06-07', cal)).toBe(true); // Saturdays are worked
    expect(isWorkingDay('2025-05-02', cal)).toBe(true); // the civil-service swap is dropped with the Sat–Sun week
    expect(isWorkingDay('2025-04-26', cal)).toBe(true); // a Saturday anyway
    // 2026-04-26 Giỗ Tổ is a Sunday: compensated on Monday 27/4 in both weeks
    expect(isWorkingDay('2026-04-27', cal)).toBe(false);
    // 2023-09-02 Quốc khánh on a Saturday: a working day for the unit, so no compensatory Monday
    expect(isWorkingDay('2023-09-02', cal)).toBe(false);
    expect(isWorkingDay('2023-09-04', cal)).toBe(true);
    // 2027 replaced: only the three announced days are off
    expect(['2027-02-04', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09'].map((d) => isWorkingDay(d, cal))).toEqual([
      true,
      false,
      false,
      false,
      false,
      true,
    ]);
    expect(announced.entry('2027-02-05')?.provisional).toBe(false);
    // counting across the layers agrees with a day-by-day count on the same calendar
    const rows = calendarRows('2025-05-20', '2025-06-20', cal);
    const a = rows[0]!;
    for (const r of rows) {
      let c = 0;
      for (const x of rows) if (x.date > a.date && x.date <= r.date && x.isWorkingDay) c++;
      expect(workingDaysBetween(a.date, r.date, cal)).toBe(c);
    }
  });

  it('`holidays` with a `base` is rejected instead of silently ignored (was: the base won silently)', () => {
    const e = thrown(() => createWorkCalendar({ base: civilServiceCalendar, holidays: 'labour-code' }));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.path).toEqual(['spec', 'holidays']);
  });

  it('a national-holiday calendar cannot start before 2000 (was: 1990s holidays silently missing, 2/9/1999 a working day)', () => {
    const e = thrown(() => createWorkCalendar({ holidays: 'labour-code', from: '1990-01-01', to: '2001-12-31' }));
    expect(e.code).toBe('DATE_OUT_OF_RANGE');
    expect(e.path).toEqual(['spec', 'from']);
    // a plain weekly calendar may start earlier
    expect(isWorkingDay('1999-09-02', { calendar: createWorkCalendar({ from: '1990-01-01', to: '2001-12-31' }) })).toBe(true);
  });

  it('calendarRows (SQL table) agrees with the CSV oracle on 2019–2026', () => {
    const rows = calendarRows('2019-01-01', '2026-12-31');
    expect(rows.length).toBe(W_LEN - 1);
    let prev: (typeof rows)[number] | undefined;
    for (const r of rows) {
      expect(r.isWorkingDay, r.date).toBe(working(r.date));
      if (prev) expect(r.workingDayIndex - prev.workingDayIndex).toBe(r.isWorkingDay ? 1 : 0);
      if (listed.has(r.date)) expect(r.holidayNameVi, r.date).toBeDefined();
      prev = r;
    }
  });
});

describe('host time zone', () => {
  // The same literal must come out in every vitest project (UTC, Asia/Ho_Chi_Minh, America/Los_Angeles, Pacific/Kiritimati).
  it('a digest of a year of rows, due dates and lunar dates is the same literal in every zone', () => {
    let h = 0;
    const mix = (s: string) => {
      for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
    };
    for (const r of calendarRows('2024-01-01', '2024-12-31')) {
      mix(`${r.date}${r.isWorkingDay ? 1 : 0}${r.workingDayIndex}`);
      mix(addWorkingDays(r.date, 7));
      const l = solarToLunar(r.date);
      mix(`${l.year}-${l.month}-${l.day}-${l.leap}`);
    }
    mix(dueDate('2024-02-07T16:30:00+07:00', 3, { cutoff: '15:00' }));
    mix(dueDate('2024-02-07T08:30:00Z', 3, { cutoff: '15:00' }));
    expect(dueDate('2024-02-07T16:30:00+07:00', 3, { cutoff: '15:00' })).toBe('2024-02-20');
    expect(h).toBe(DIGEST);
  });
});
const DIGEST = -1308418986;
