// Lookups by code and name: the spellings users write (research notes §4.4), the traps of the 2025 break, and bad
// input (always a CchcError with a stable code, never a TypeError or undefined).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CchcError, findProvinces, predecessorsOf, provinceByCode, provinceByName, provinceHistory, provincesOn, successorOn } from 'cchc';
import { codeOf } from '../_support/code-of.js';

describe('provinceByName: spellings', () => {
  it.each([
    ['TP.HCM', '79'],
    ['TPHCM', '79'],
    ['TP HCM', '79'],
    ['TP. Hồ Chí Minh', '79'],
    ['T.P. Hồ Chí Minh', '79'],
    ['Thành Phố Hồ Chí Minh', '79'],
    ['thanh pho ho chi minh', '79'],
    ['Hồ Chí Minh', '79'],
    ['Ho Chi Minh City', '79'],
    ['HCM', '79'],
    ['Thủ Đô Hà Nội', '01'],
    ['Hà Nội', '01'],
    ['Hanoi', '01'],
    ['HÀ NỘI', '01'],
    ['Tỉnh Bà Rịa - Vũng Tàu', '77'],
    ['Bà Rịa–Vũng Tàu', '77'],
    ['Bà Rịa Vũng Tàu', '77'],
    ['BR-VT', '77'],
    ['Hoà Bình', '17'],
    ['Hòa Bình', '17'],
    ['Thanh Hoá', '38'],
    ['Khánh Hoà', '56'],
    ['Đăk Lăk', '66'],
    ['dak lak', '66'],
    ['UBND tỉnh Kiên Giang', '91'],
    ['  tỉnh   an  giang ', '89'],
    ['An Giang Province', '89'],
    ['Thừa Thiên - Huế', '46'],
    ['TP Huế', '46'],
  ])('%s on 30/06/2024 → %s', (text, code) => {
    expect(provinceByName(text, { on: '2024-06-30' }).code).toBe(code);
  });

  it('reads composed and decomposed Unicode alike', () => {
    const nfd = 'Thừa Thiên Huế'.normalize('NFD');
    expect(provinceByName(nfd, { on: '2024-01-01' }).code).toBe('46');
    expect(provinceByName('Đà Nẵng'.normalize('NFD'), { on: '2025-07-01' }).code).toBe('48');
  });
});

describe('provinceByName: Huế before and after 01/01/2025 (NQ 175/2024/QH15)', () => {
  it('is a province until 31/12/2024 and a city from 01/01/2025, under either name', () => {
    for (const name of ['Thừa Thiên Huế', 'Tỉnh Thừa Thiên Huế', 'Huế', 'Thành phố Huế']) {
      const before = provinceByName(name, { on: '2024-12-31' });
      expect([before.code, before.kind, before.name]).toEqual(['46', 'province', 'Tỉnh Thừa Thiên Huế']);
      const after = provinceByName(name, { on: '2025-01-01' });
      expect([after.code, after.kind, after.name]).toEqual(['46', 'city', 'Thành phố Huế']);
      expect(provinceByName(name, { on: '2026-12-01' }).validFrom).toBe('2025-07-01');
    }
  });

  it("without a date, the old name leads to today's Huế", () => {
    const p = provinceByName('Thừa Thiên Huế');
    expect([p.code, p.kind, p.validFrom]).toEqual(['46', 'city', '2025-07-01']);
  });
});

describe('provinceByName without `on`', () => {
  it('returns the latest record of a name that always meant one code', () => {
    expect(provinceByName('Hà Nội').validFrom).toBe('2025-07-01');
    expect(provinceByName('Hải Phòng').mergedFrom).toEqual(['30', '31']);
    expect(provinceByName('Kiên Giang').validTo).toBe('2025-06-30');
    expect(provinceByName('Hà Giang').successor).toBe('08');
  });

  it('refuses a name that meant different codes, listing them', () => {
    let err: unknown;
    try {
      provinceByName('An Giang');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CchcError);
    const e = err as CchcError;
    expect(e.code).toBe('AMBIGUOUS_PROVINCE_NAME');
    expect(e.messageEn).toContain('89 Tỉnh An Giang (2008-08-01 – 2025-06-30)');
    expect(e.messageEn).toContain('91 Tỉnh An Giang (2025-07-01 – …)');
    expect(e.messageVi).toContain('truyền { on:');
  });
});

describe('provinceByName: errors', () => {
  it('an absorbed unit after the merger names the unit holding its territory', () => {
    let err: CchcError | undefined;
    try {
      provinceByName('Kiên Giang', { on: '2025-08-01' });
    } catch (e) {
      err = e as CchcError;
    }
    expect(err?.code).toBe('PROVINCE_NOT_IN_FORCE');
    expect(err?.messageEn).toContain('part of 91 Tỉnh An Giang');
    expect(codeOf(() => provinceByName('Bình Dương', { on: '2026-01-01' }))).toBe('PROVINCE_NOT_IN_FORCE');
  });

  it('an unknown name suggests the closest one in force', () => {
    let err: CchcError | undefined;
    try {
      provinceByName('Kien Gian', { on: '2025-06-01' });
    } catch (e) {
      err = e as CchcError;
    }
    expect(err?.code).toBe('UNKNOWN_PROVINCE');
    expect(err?.issues[0]?.suggestion).toBe('Kiên Giang');
    expect(codeOf(() => provinceByName('Hà Tây', { on: '2020-01-01' }))).toBe('UNKNOWN_PROVINCE');
    expect(codeOf(() => provinceByName('Sài Gòn'))).toBe('UNKNOWN_PROVINCE');
  });

  it.each([
    [null, 'INVALID_INPUT'],
    [42, 'INVALID_INPUT'],
    ['', 'INVALID_INPUT'],
    ['   ', 'INVALID_INPUT'],
    ['toString', 'UNKNOWN_PROVINCE'],
    ['__proto__', 'UNKNOWN_PROVINCE'],
    ['Tỉnh', 'UNKNOWN_PROVINCE'],
    ['x'.repeat(201), 'TEXT_TOO_LONG'],
  ])('%j → %s', (text, code) => {
    expect(codeOf(() => provinceByName(text as never))).toBe(code);
  });

  it.each([
    [null, 'INVALID_INPUT'],
    [[], 'INVALID_INPUT'],
    [{ date: '2025-07-01' }, 'UNKNOWN_KEY'],
    [{ on: '01/07/2025' }, 'INVALID_DATE'],
    [{ on: '2000-01-01' }, 'DATE_OUT_OF_RANGE'],
    [{ on: new Date(0) }, 'INVALID_DATE'],
  ])('options %j → %s', (options, code) => {
    expect(codeOf(() => provinceByName('Hà Nội', options as never))).toBe(code);
  });

  it('a typo in an option key is suggested', () => {
    try {
      provinceByName('Hà Nội', { onn: '2025-07-01' } as never);
    } catch (e) {
      expect((e as CchcError).issues[0]?.suggestion).toBe('on');
    }
  });
});

describe('provinceByCode', () => {
  it('needs `on`: a code names different units over time', () => {
    let err: CchcError | undefined;
    try {
      provinceByCode('91', undefined as never);
    } catch (e) {
      err = e as CchcError;
    }
    expect(err?.code).toBe('INVALID_INPUT');
    expect(err?.messageEn).toContain('91 Tỉnh Kiên Giang (2008-08-01 – 2025-06-30); 91 Tỉnh An Giang (2025-07-01 – …)');
  });

  it.each([
    [1, 'INVALID_PROVINCE_CODE', '01'],
    ['1', 'INVALID_PROVINCE_CODE', '01'],
    [' 91', 'INVALID_PROVINCE_CODE', '91'],
    ['091', 'INVALID_PROVINCE_CODE', undefined],
    ['HN', 'INVALID_PROVINCE_CODE', undefined],
    ['９１', 'INVALID_PROVINCE_CODE', undefined],
    [null, 'INVALID_PROVINCE_CODE', undefined],
    ['03', 'UNKNOWN_PROVINCE', undefined],
    ['99', 'UNKNOWN_PROVINCE', undefined],
    ['00', 'UNKNOWN_PROVINCE', undefined],
  ])('%j → %s (suggestion %s)', (code, expected, suggestion) => {
    let err: CchcError | undefined;
    try {
      provinceByCode(code as never, { on: '2025-07-01' });
    } catch (e) {
      err = e as CchcError;
    }
    expect(err?.code).toBe(expected);
    expect(err?.issues[0]?.suggestion).toBe(suggestion);
  });

  it('a closed code names the unit that holds its territory', () => {
    let err: CchcError | undefined;
    try {
      provinceByCode('77', { on: '2025-07-01' });
    } catch (e) {
      err = e as CchcError;
    }
    expect(err?.code).toBe('PROVINCE_NOT_IN_FORCE');
    expect(err?.messageVi).toContain('79 Thành phố Hồ Chí Minh');
  });

  it('bad options and dates are CchcErrors', () => {
    expect(codeOf(() => provinceByCode('01', null as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => provinceByCode('01', { on: '2025-02-30' }))).toBe('INVALID_DATE');
    expect(codeOf(() => provinceByCode('01', { on: '2008-07-31' }))).toBe('DATE_OUT_OF_RANGE');
    expect(codeOf(() => provinceByCode('01', { on: '2025-07-01', at: 1 } as never))).toBe('UNKNOWN_KEY');
    expect(codeOf(() => provincesOn(20250701 as never))).toBe('INVALID_DATE');
    expect(codeOf(() => provincesOn('9999-12-31'))).toBeUndefined();
    expect(codeOf(() => provinceHistory('toString'))).toBe('INVALID_PROVINCE_CODE');
    expect(codeOf(() => successorOn('89', '2025-13-01'))).toBe('INVALID_DATE');
    expect(codeOf(() => predecessorsOf('91', {} as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => findProvinces(undefined as never))).toBe('INVALID_INPUT');
  });
});

describe('properties', () => {
  const day = fc
    .integer({ min: Date.UTC(2008, 7, 1), max: Date.UTC(2035, 11, 31) })
    .map((ms) => new Date(ms - (ms % 86_400_000)).toISOString().slice(0, 10));

  it('every unit in force on a day is found by its code and its names that day, and is its own successor', () => {
    fc.assert(
      fc.property(day, (d) => {
        const units = provincesOn(d);
        expect(units.length === 63 || units.length === 34).toBe(true);
        for (const p of units) {
          expect(provinceByCode(p.code, { on: d })).toBe(p);
          expect(provinceByName(p.shortName, { on: d })).toBe(p);
          expect(successorOn(p.code, d)).toBe(p);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('any text is a province or a CchcError, never another throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.option(day, { nil: undefined }), (text, d) => {
        try {
          const p = provinceByName(text, d === undefined ? {} : { on: d });
          expect(p.code).toMatch(/^\d{2}$/);
        } catch (e) {
          expect(e).toBeInstanceOf(CchcError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the successor of any unit on any later day holds it in its lineage', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        for (const p of provincesOn(from)) {
          const s = successorOn(p.code, to);
          expect(provincesOn(to)).toContain(s);
          if (s !== p && s.validFrom === '2025-07-01' && p.validTo === '2025-06-30') expect(s.mergedFrom).toContain(p.code);
        }
      }),
      { numRuns: 40 },
    );
  });
});
