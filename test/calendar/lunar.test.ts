import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CchcError, fromDayNumber, lunarToSolar, solarToLunar, toDayNumber } from 'cchc';

// Test vectors: shared/domain/ecosystem-and-stack.md §1.6 (agreed by HND aa98, HND tables, date-chinese; confirmations cited there).
const TET: Record<number, string> = {
  2000: '2000-02-05',
  2001: '2001-01-24',
  2002: '2002-02-12',
  2003: '2003-02-01',
  2004: '2004-01-22',
  2005: '2005-02-09',
  2006: '2006-01-29',
  2007: '2007-02-17',
  2008: '2008-02-07',
  2009: '2009-01-26',
  2010: '2010-02-14',
  2011: '2011-02-03',
  2012: '2012-01-23',
  2013: '2013-02-10',
  2014: '2014-01-31',
  2015: '2015-02-19',
  2016: '2016-02-08',
  2017: '2017-01-28',
  2018: '2018-02-16',
  2019: '2019-02-05',
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-02',
};
// Years where Vietnam (UTC+7) and China (UTC+8) differ: VN date, CN date.
const VN_CN: [number, string, string][] = [
  [1968, '1968-01-29', '1968-01-30'],
  [1969, '1969-02-16', '1969-02-17'],
  [1985, '1985-01-21', '1985-02-20'],
  [2007, '2007-02-17', '2007-02-18'],
  [2030, '2030-02-02', '2030-02-03'],
  [2053, '2053-02-18', '2053-02-19'],
];
const LEAP: [number, number, string?][] = [
  [2001, 4, '2001-05-23'],
  [2004, 2, '2004-03-21'],
  [2006, 7, '2006-08-24'],
  [2009, 5, '2009-06-23'],
  [2012, 4, '2012-05-21'],
  [2014, 9, '2014-10-24'],
  [2017, 6, '2017-07-23'],
  [2020, 4, '2020-05-23'],
  [2023, 2, '2023-03-22'],
  [2025, 6, '2025-07-25'],
  [2028, 5, '2028-06-23'],
  [2031, 3, '2031-04-21'],
  [2033, 11, '2033-12-22'],
  [2036, 6],
  [2039, 5],
  [2042, 2],
  [2044, 7],
  [2047, 5],
  [2050, 3],
  [2052, 8, '2052-09-23'],
  [1985, 2, '1985-03-21'],
  [1987, 7],
];
const HUNG_KINGS: Record<number, string> = {
  2018: '2018-04-25',
  2019: '2019-04-14',
  2020: '2020-04-02',
  2021: '2021-04-21',
  2022: '2022-04-10',
  2023: '2023-04-29',
  2024: '2024-04-18',
  2025: '2025-04-07',
  2026: '2026-04-26',
  2027: '2027-04-16',
  2028: '2028-04-04',
  2029: '2029-04-23',
  2030: '2030-04-12',
};

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(CchcError);
    return (e as CchcError).code;
  }
  return undefined;
}

describe('solarToLunar / lunarToSolar: published vectors', () => {
  it.each(Object.entries(TET))('Tết %s is %s', (y, date) => {
    expect(solarToLunar(date)).toEqual({ year: Number(y), month: 1, day: 1, leap: false });
    expect(lunarToSolar({ year: Number(y), month: 1, day: 1 })).toBe(date);
  });

  it.each(VN_CN)('Tết %i: Vietnam %s, China %s', (y, vn, cn) => {
    expect(lunarToSolar({ year: y, month: 1, day: 1 })).toBe(vn);
    expect(lunarToSolar({ year: y, month: 1, day: 1 }, { utcOffset: 8 })).toBe(cn);
    expect(solarToLunar(vn).day).toBe(1);
    expect(solarToLunar(vn, { utcOffset: 8 })).not.toEqual(solarToLunar(vn));
  });

  it('Tết 1968 differs between the historic (UTC+8 before 1968) and modern rules only before 1968', () => {
    expect(lunarToSolar({ year: 1968, month: 1, day: 1 }, { utcOffset: 'historic' })).toBe('1968-01-29');
    expect(lunarToSolar({ year: 1966, month: 1, day: 1 }, { utcOffset: 'historic' })).toBe(
      lunarToSolar({ year: 1966, month: 1, day: 1 }, { utcOffset: 8 }),
    );
  });

  it.each(LEAP)('lunar year %i has leap month %i', (y, m, start) => {
    const d = lunarToSolar({ year: y, month: m, day: 1, leap: true });
    if (start) expect(d).toBe(start);
    expect(solarToLunar(d)).toEqual({ year: y, month: m, day: 1, leap: true });
    for (let other = 1; other <= 12; other++) {
      if (other !== m) expect(code(() => lunarToSolar({ year: y, month: other, day: 1, leap: true }))).toBe('INVALID_LUNAR_DATE');
    }
  });

  it('years without a leap month reject every leap flag (1984 in Vietnam; China had leap 10)', () => {
    for (let m = 1; m <= 12; m++) expect(code(() => lunarToSolar({ year: 1984, month: m, day: 1, leap: true }))).toBe('INVALID_LUNAR_DATE');
    expect(lunarToSolar({ year: 1984, month: 10, day: 1, leap: true }, { utcOffset: 8 })).toMatch(/^1984-11/);
  });

  it.each(Object.entries(HUNG_KINGS))('Giỗ Tổ Hùng Vương (10/3) %s is %s', (y, date) => {
    expect(lunarToSolar({ year: Number(y), month: 3, day: 10 })).toBe(date);
  });

  it('Tết Trung Thu (15/8)', () => {
    expect(lunarToSolar({ year: 2024, month: 8, day: 15 })).toBe('2024-09-17');
    expect(lunarToSolar({ year: 2025, month: 8, day: 15 })).toBe('2025-10-06');
    expect(lunarToSolar({ year: 2026, month: 8, day: 15 })).toBe('2026-09-25');
  });

  it('no "day 0" near the dates where the simplified algorithm fails (2054-05-07, 2062-04-09, and 2009-03-26 at UTC+8)', () => {
    for (const [d, z] of [
      ['2054-05-07', 7],
      ['2062-04-09', 7],
      ['2009-03-26', 8],
    ] as const) {
      for (let k = -2; k <= 2; k++) {
        const l = solarToLunar(fromDayNumber(toDayNumber(d) + k), { utcOffset: z });
        expect(l.day).toBeGreaterThanOrEqual(1);
        expect(l.day).toBeLessThanOrEqual(30);
      }
    }
  });
});

describe('lunar calendar: properties over 1900–2100', () => {
  const first = toDayNumber('1900-01-01');
  const last = toDayNumber('2100-12-31');

  it('round trip lunarToSolar(solarToLunar(d)) === d for every day, in all three zone rules', () => {
    for (const z of [7, 8, 'historic'] as const) {
      for (let d = first; d <= last; d++) {
        const iso = fromDayNumber(d);
        const l = solarToLunar(iso, { utcOffset: z });
        if (lunarToSolar(l, { utcOffset: z }) !== iso) expect.fail(`${iso} (${z}) → ${JSON.stringify(l)}`);
      }
    }
  });

  it('months have 29 or 30 days, days run 1…n, years have 12 or 13 months with at most one leap month', () => {
    let prev = solarToLunar(fromDayNumber(first));
    let monthLength = prev.day;
    const monthsPerYear = new Map<number, number>();
    const leapsPerYear = new Map<number, number>();
    for (let d = first + 1; d <= last; d++) {
      const l = solarToLunar(fromDayNumber(d));
      if (l.day === 1) {
        if (d - first > 31) expect([29, 30]).toContain(monthLength);
        monthsPerYear.set(l.year, (monthsPerYear.get(l.year) ?? 0) + 1);
        if (l.leap) leapsPerYear.set(l.year, (leapsPerYear.get(l.year) ?? 0) + 1);
        monthLength = 1;
      } else {
        expect(l.day).toBe(prev.day + 1);
        expect([l.year, l.month, l.leap]).toEqual([prev.year, prev.month, prev.leap]);
        monthLength = l.day;
      }
      prev = l;
    }
    for (let y = 1901; y <= 2099; y++) {
      expect([12, 13]).toContain(monthsPerYear.get(y));
      expect(leapsPerYear.get(y) ?? 0).toBe(monthsPerYear.get(y) === 13 ? 1 : 0);
    }
  });

  it('random lunar dates either convert back exactly or are rejected as impossible', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1901, max: 2099 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 30 }),
        fc.boolean(),
        (year, month, day, leap) => {
          let iso: string;
          try {
            iso = lunarToSolar({ year, month, day, leap });
          } catch (e) {
            expect((e as CchcError).code).toBe('INVALID_LUNAR_DATE');
            return;
          }
          expect(solarToLunar(iso)).toEqual({ year, month, day, leap });
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('lunar calendar: bad input', () => {
  it('rejects impossible and malformed dates with CchcError', () => {
    expect(code(() => solarToLunar('2025-02-30'))).toBe('INVALID_DATE');
    expect(code(() => solarToLunar('2025-2-3'))).toBe('INVALID_DATE');
    expect(code(() => solarToLunar(new Date(0) as unknown as string))).toBe('INVALID_DATE');
    expect(code(() => solarToLunar(20250203 as unknown as string))).toBe('INVALID_DATE');
    expect(code(() => solarToLunar('1899-12-31'))).toBe('DATE_OUT_OF_RANGE');
    expect(code(() => solarToLunar('2101-01-01'))).toBe('DATE_OUT_OF_RANGE');
    expect(code(() => solarToLunar('2025-01-01', { utcOffset: 9 as never }))).toBe('INVALID_INPUT');
    expect(code(() => lunarToSolar({ year: 2025, month: 12, day: 30 }))).toBe('INVALID_LUNAR_DATE');
    expect(code(() => lunarToSolar({ year: 2025, month: 13, day: 1 }))).toBe('INVALID_INPUT');
    expect(code(() => lunarToSolar({ year: 2025, month: 1, day: 0 }))).toBe('INVALID_INPUT');
    expect(code(() => lunarToSolar({ year: 2025.5, month: 1, day: 1 }))).toBe('INVALID_INPUT');
    expect(code(() => lunarToSolar({ year: 1850, month: 1, day: 1 }))).toBe('DATE_OUT_OF_RANGE');
    expect(code(() => lunarToSolar({ year: 1899, month: 11, day: 1 }))).toBe('DATE_OUT_OF_RANGE');
  });

  it('reports every shape problem at once', () => {
    try {
      lunarToSolar({ year: 'x', month: 0, day: 31 } as never);
      expect.fail('should throw');
    } catch (e) {
      expect((e as CchcError).issues.length).toBe(3);
    }
  });
});
