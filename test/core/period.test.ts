import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parsePeriod, periodContains, PeriodSchema, addDays, type CchcError } from 'cchc';
import { codeOf } from '../_support/code-of.js';

describe('parsePeriod', () => {
  it.each([
    ['Tháng 12/2019', 'month', '2019-12-01', '2019-12-31', 'Tháng 12/2019'],
    ['tháng 01/2020', 'month', '2020-01-01', '2020-01-31', 'Tháng 01/2020'],
    ['tháng 2/2020', 'month', '2020-02-01', '2020-02-29', 'Tháng 02/2020'],
    ['tháng 2 năm 2021', 'month', '2021-02-01', '2021-02-28', 'Tháng 02/2021'],
    ['Quý I/2020', 'quarter', '2020-01-01', '2020-03-31', 'Quý I/2020'],
    ['Quý II/2020', 'quarter', '2020-04-01', '2020-06-30', 'Quý II/2020'],
    ['Quý III/2020', 'quarter', '2020-07-01', '2020-09-30', 'Quý III/2020'],
    ['Quý IV/2019', 'quarter', '2019-10-01', '2019-12-31', 'Quý IV/2019'],
    ['quý 2/2020', 'quarter', '2020-04-01', '2020-06-30', 'Quý II/2020'],
    ['Quí I năm 2020', 'quarter', '2020-01-01', '2020-03-31', 'Quý I/2020'],
    ['6 tháng đầu năm 2020', 'half', '2020-01-01', '2020-06-30', '6 tháng đầu năm 2020'],
    ['06 tháng cuối năm 2020', 'half', '2020-07-01', '2020-12-31', '6 tháng cuối năm 2020'],
    ['9 tháng đầu năm 2019', 'months-from-start', '2019-01-01', '2019-09-30', '9 tháng đầu năm 2019'],
    ['09 tháng đầu năm 2019', 'months-from-start', '2019-01-01', '2019-09-30', '9 tháng đầu năm 2019'],
    ['3 tháng cuối năm 2019', 'months-to-end', '2019-10-01', '2019-12-31', '3 tháng cuối năm 2019'],
    ['nửa đầu năm 2020', 'half', '2020-01-01', '2020-06-30', '6 tháng đầu năm 2020'],
    ['năm 2020', 'year', '2020-01-01', '2020-12-31', 'Năm 2020'],
    ['Năm 2020', 'year', '2020-01-01', '2020-12-31', 'Năm 2020'],
    ['2020', 'year', '2020-01-01', '2020-12-31', 'Năm 2020'],
    ['ngày 15/02/2020', 'day', '2020-02-15', '2020-02-15', 'Ngày 15/02/2020'],
    ['15/2/2020', 'day', '2020-02-15', '2020-02-15', 'Ngày 15/02/2020'],
    ['ngày 09 tháng 12 năm 2019', 'day', '2019-12-09', '2019-12-09', 'Ngày 09/12/2019'],
    ['từ ngày 16/12/2018 đến ngày 15/9/2019', 'range', '2018-12-16', '2019-09-15', 'Từ ngày 16/12/2018 đến ngày 15/09/2019'],
    ['16/12/2018 - 15/09/2019', 'range', '2018-12-16', '2019-09-15', 'Từ ngày 16/12/2018 đến ngày 15/09/2019'],
  ] as const)('%j', (text, kind, start, end, label) => {
    const p = parsePeriod(text);
    expect(p).toMatchObject({ kind, start, end, label });
    expect(PeriodSchema.safeParse(p).success).toBe(true);
  });

  it.each([
    'QUÝ I/2020',
    'quý i/2020',
    'Quy I/2020',
    'Qúy I/2020',
    'Quý  I / 2020',
    'Quý I-2020',
    'Quý I năm 2020',
    '(Quý I/2020)',
    'Quý I/2020.',
    'Quý\u00A0I/2020',
    'Quy\u0301 I/2020', // decomposed accent (NFD)
  ])('case, accent and spacing variant %j', (text) => {
    expect(parsePeriod(text)).toMatchObject({ kind: 'quarter', start: '2020-01-01', end: '2020-03-31' });
  });

  it('uses options.year when the text names none', () => {
    expect(parsePeriod('quý I', { year: 2020 })).toMatchObject({ start: '2020-01-01', end: '2020-03-31' });
    expect(parsePeriod('Quý IV', { year: 2019 })).toMatchObject({ start: '2019-10-01', end: '2019-12-31' });
    expect(parsePeriod('6 tháng cuối năm', { year: 2020 })).toMatchObject({ kind: 'half', half: 2, start: '2020-07-01' });
    expect(parsePeriod('6 tháng đầu năm', { year: 2020 })).toMatchObject({ half: 1, end: '2020-06-30' });
    expect(parsePeriod('tháng 12', { year: 2019 })).toMatchObject({ start: '2019-12-01', end: '2019-12-31' });
    // a year in the text wins
    expect(parsePeriod('Quý I/2021', { year: 2020 }).year).toBe(2021);
  });

  it('MISSING_YEAR without a year', () => {
    expect(codeOf(() => parsePeriod('quý I'))).toBe('MISSING_YEAR');
    expect(codeOf(() => parsePeriod('6 tháng cuối năm'))).toBe('MISSING_YEAR');
  });

  it.each([
    '',
    'xyz',
    'Quý V/2020',
    'Quý 0/2020',
    'tháng 13/2020',
    'tháng 0/2020',
    '13 tháng đầu năm 2020',
    'thực hiện thường xuyên',
    'Quý I/20',
    '31/02/2020',
    'từ 15/9/2019 đến 16/12/2018',
  ])('rejects %j with a useful message', (text) => {
    const code = codeOf(() => parsePeriod(text));
    expect(['UNRECOGNIZED_PERIOD', 'INVALID_DATE']).toContain(code);
  });

  it('the message names the text and the known forms', () => {
    try {
      parsePeriod('hàng quý');
      expect.unreachable();
    } catch (e) {
      const err = e as CchcError;
      expect(err.messageEn).toContain('"hàng quý"');
      expect(err.messageEn).toContain('Quý I/2020');
      expect(err.messageVi).toContain('Không hiểu kỳ');
    }
  });

  it('rejects non-strings and a bad year option', () => {
    expect(codeOf(() => parsePeriod(2020 as never))).toBe('UNRECOGNIZED_PERIOD');
    expect(codeOf(() => parsePeriod('quý I', { year: 20.5 }))).toBe('INVALID_INPUT');
  });

  it('property: quarters tile the year; months tile their quarter', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), (y) => {
        const qs = [1, 2, 3, 4].map((q) => parsePeriod(`Quý ${q}/${y}`));
        expect(qs[0]!.start).toBe(`${y}-01-01`);
        expect(qs[3]!.end).toBe(`${y}-12-31`);
        for (let i = 1; i < 4; i++) expect(addDays(qs[i - 1]!.end, 1)).toBe(qs[i]!.start);
        for (let m = 1; m <= 12; m++) {
          const mp = parsePeriod(`tháng ${m}/${y}`);
          const q = qs[Math.floor((m - 1) / 3)]!;
          expect(mp.start >= q.start && mp.end <= q.end).toBe(true);
        }
        expect(parsePeriod(`6 tháng đầu năm ${y}`).end).toBe(qs[1]!.end);
        expect(parsePeriod(`9 tháng đầu năm ${y}`).end).toBe(qs[2]!.end);
      }),
    );
  });

  it('property: the canonical label parses back to the same period', () => {
    const texts = fc.oneof(
      fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1900, max: 2100 })).map(([m, y]) => `tháng ${m}/${y}`),
      fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1900, max: 2100 })).map(([q, y]) => `quý ${q}/${y}`),
      fc
        .tuple(fc.integer({ min: 1, max: 11 }), fc.constantFrom('đầu', 'cuối'), fc.integer({ min: 1900, max: 2100 }))
        .map(([n, w, y]) => `${n} tháng ${w} năm ${y}`),
    );
    fc.assert(
      fc.property(texts, (t) => {
        const p = parsePeriod(t);
        expect(parsePeriod(p.label)).toEqual(p);
      }),
    );
  });
});

describe('periodContains', () => {
  const q1 = parsePeriod('Quý I/2020');
  it('includes both bounds', () => {
    expect(periodContains(q1, '2020-01-01')).toBe(true);
    expect(periodContains(q1, '2020-03-31')).toBe(true);
    expect(periodContains(q1, '2019-12-31')).toBe(false);
    expect(periodContains(q1, '2020-04-01')).toBe(false);
  });
  it('validates its inputs', () => {
    expect(codeOf(() => periodContains(q1, '2020-02-30'))).toBe('INVALID_DATE');
    expect(codeOf(() => periodContains({ start: 'x', end: '2020-01-01' }, '2020-01-01'))).toBe('INVALID_DATE');
    expect(codeOf(() => periodContains(null as never, '2020-01-01'))).toBe('INVALID_INPUT');
  });
});

describe('parsePeriod: forms added for plans (issue 5)', () => {
  it('reads "năm" alone as the year given in options', () => {
    expect(parsePeriod('năm', { year: 2020 })).toMatchObject({ kind: 'year', start: '2020-01-01', end: '2020-12-31', label: 'Năm 2020' });
    expect(parsePeriod('Năm.', { year: 2019 }).end).toBe('2019-12-31');
    expect(codeOf(() => parsePeriod('năm'))).toBe('MISSING_YEAR');
    expect(codeOf(() => parsePeriod('năm nay', { year: 2020 }))).toBe('UNRECOGNIZED_PERIOD');
  });

  it('reads month/year without the word "tháng" (Phụ lục I of Báo cáo 389/BC-UBND prints "04/2019")', () => {
    expect(parsePeriod('04/2019')).toMatchObject({
      kind: 'month',
      month: 4,
      start: '2019-04-01',
      end: '2019-04-30',
      label: 'Tháng 04/2019',
    });
    expect(parsePeriod('2/2020').end).toBe('2020-02-29');
    expect(parsePeriod('12-2019').end).toBe('2019-12-31');
    expect(codeOf(() => parsePeriod('13/2019'))).toBe('UNRECOGNIZED_PERIOD');
  });

  it('reads a day without its year from options.year', () => {
    expect(parsePeriod('ngày 15/02', { year: 2020 })).toMatchObject({
      kind: 'day',
      start: '2020-02-15',
      end: '2020-02-15',
      label: 'Ngày 15/02/2020',
    });
    expect(parsePeriod('29/02', { year: 2020 }).start).toBe('2020-02-29');
    expect(codeOf(() => parsePeriod('29/02', { year: 2019 }))).toBe('INVALID_DATE');
    expect(codeOf(() => parsePeriod('15/02'))).toBe('MISSING_YEAR');
  });
});

describe('period spellings of real reports and plans', () => {
  it.each([
    ['Quý 1 năm 2020', 'quarter', '2020-01-01', '2020-03-31'],
    ['quý I - 2020', 'quarter', '2020-01-01', '2020-03-31'],
    ['quý 01/2020', 'quarter', '2020-01-01', '2020-03-31'],
    ['6 tháng năm 2020', 'half', '2020-01-01', '2020-06-30'],
    ['06 tháng năm 2020', 'half', '2020-01-01', '2020-06-30'],
    ['9 tháng năm 2019', 'months-from-start', '2019-01-01', '2019-09-30'],
    ['12 tháng năm 2020', 'year', '2020-01-01', '2020-12-31'],
    ['6tháng đầu năm 2020', 'half', '2020-01-01', '2020-06-30'],
    ['3 quý đầu năm 2020', 'months-from-start', '2020-01-01', '2020-09-30'],
    ['hai quý cuối năm 2020', 'half', '2020-07-01', '2020-12-31'],
    ['Tháng 9.2019', 'month', '2019-09-01', '2019-09-30'],
    ['cả năm 2020', 'year', '2020-01-01', '2020-12-31'],
    ['Cả năm 2020', 'year', '2020-01-01', '2020-12-31'],
    ['tháng 1-3/2020', 'range', '2020-01-01', '2020-03-31'],
    ['từ tháng 1 đến tháng 6 năm 2020', 'range', '2020-01-01', '2020-06-30'],
    ['Quý I-II/2020', 'range', '2020-01-01', '2020-06-30'],
    ['Quý II - III/2021', 'range', '2021-04-01', '2021-09-30'],
    ['Quý III/2021 - Quý IV/2021', 'range', '2021-07-01', '2021-12-31'],
    ['Tháng 12/2020 - Tháng 01/2021', 'range', '2020-12-01', '2021-01-31'],
    ['tháng 11 đến tháng 2/2021', 'range', '2020-11-01', '2021-02-28'],
    ['1/3 - 30/6/2021', 'range', '2021-03-01', '2021-06-30'],
    ['2021-2025', 'range', '2021-01-01', '2025-12-31'],
    ['Giai đoạn 2021 - 2025', 'range', '2021-01-01', '2025-12-31'],
    ['năm 2021-2022', 'range', '2021-01-01', '2022-12-31'],
  ] as const)('%j', (text, kind, start, end) => {
    const p = parsePeriod(text);
    expect(p).toMatchObject({ kind, start, end });
    expect(PeriodSchema.safeParse(p).success).toBe(true);
    expect(parsePeriod(p.label)).toEqual(p); // the canonical label reads back
  });

  it('"cả năm" and a range without a year take options.year', () => {
    expect(parsePeriod('cả năm', { year: 2021 })).toMatchObject({ kind: 'year', end: '2021-12-31' });
    expect(parsePeriod('quý I-II', { year: 2021 })).toMatchObject({ kind: 'range', start: '2021-01-01', end: '2021-06-30' });
    expect(codeOf(() => parsePeriod('tháng 1 - 3'))).toBe('MISSING_YEAR');
  });

  it.each([
    ['năm 0999', 'UNRECOGNIZED_PERIOD'], // a year outside 1000–9999, as everywhere else (was read as year 999)
    ['2025-2021', 'UNRECOGNIZED_PERIOD'],
    ['từ tháng 6/2021 đến tháng 3/2021', 'UNRECOGNIZED_PERIOD'],
    ['tháng 1 - tháng 13/2020', 'UNRECOGNIZED_PERIOD'],
    ['quý I, II/2020', 'UNRECOGNIZED_PERIOD'], // a list, not one period
    ['tháng 9/19', 'UNRECOGNIZED_PERIOD'],
  ])('rejects %j', (text, code) => {
    expect(codeOf(() => parsePeriod(text))).toBe(code);
  });

  it('explains a month that does not exist inside a range', () => {
    try {
      parsePeriod('tháng 1 - tháng 13/2020');
      expect.unreachable();
    } catch (e) {
      expect((e as CchcError).messageEn).toContain('there is no month 13');
    }
  });

  it('options that are not an object → INVALID_INPUT (was a TypeError)', () => {
    expect(codeOf(() => parsePeriod('quý I/2020', null as never))).toBe('INVALID_INPUT');
  });
});

describe('parsePeriod: days with the month or the year in words', () => {
  it.each([
    ['ngày 15 tháng 12', '2021-12-15'],
    ['15 tháng 12', '2021-12-15'],
    ['ngày 15/12 năm 2020', '2020-12-15'],
  ])('%j', (text, date) => {
    expect(parsePeriod(text, { year: 2021 })).toMatchObject({ kind: 'day', start: date, end: date });
  });
  it('keeps "6 tháng năm" (the first half) apart from "6 tháng 12" (a day)', () => {
    expect(parsePeriod('6 tháng năm', { year: 2020 }).kind).toBe('half');
    expect(parsePeriod('6 tháng 12', { year: 2020 }).start).toBe('2020-12-06');
    expect(codeOf(() => parsePeriod('ngày 15 tháng 12'))).toBe('MISSING_YEAR');
    expect(codeOf(() => parsePeriod('ngày 31 tháng 2', { year: 2021 }))).toBe('INVALID_DATE');
  });
});
