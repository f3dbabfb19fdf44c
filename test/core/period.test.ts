import { describe, expect, it } from 'vitest';
import { CchcError, parsePeriod } from 'cchc';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof CchcError ? e.code : 'not a CchcError';
  }
  return undefined;
}

describe('parsePeriod: forms already supported (regression)', () => {
  it.each([
    ['Tháng 12/2019', '2019-12-01', '2019-12-31'],
    ['Tháng 01/2020', '2020-01-01', '2020-01-31'],
    ['Quý I/2020', '2020-01-01', '2020-03-31'],
    ['Quý IV/2019', '2019-10-01', '2019-12-31'],
    ['6 tháng đầu năm 2020', '2020-01-01', '2020-06-30'],
    ['Năm 2020', '2020-01-01', '2020-12-31'],
    ['ngày 15/02/2020', '2020-02-15', '2020-02-15'],
    ['30/6/2020', '2020-06-30', '2020-06-30'],
  ])('%s → %s … %s', (text, start, end) => {
    const p = parsePeriod(text);
    expect([p.start, p.end]).toEqual([start, end]);
  });
});

describe('parsePeriod: forms added for plans (issue 5)', () => {
  it('reads "năm" alone as the year given in options', () => {
    const p = parsePeriod('năm', { year: 2020 });
    expect(p).toMatchObject({ kind: 'year', start: '2020-01-01', end: '2020-12-31', label: 'Năm 2020' });
    expect(parsePeriod('Năm.', { year: 2019 }).end).toBe('2019-12-31');
  });

  it('rejects "năm" alone without a year', () => {
    expect(codeOf(() => parsePeriod('năm'))).toBe('MISSING_YEAR');
  });

  it('reads month/year without the word "tháng" (Phụ lục I prints "04/2019")', () => {
    expect(parsePeriod('04/2019')).toMatchObject({ kind: 'month', month: 4, start: '2019-04-01', end: '2019-04-30', label: 'Tháng 04/2019' });
    expect(parsePeriod('2/2020').end).toBe('2020-02-29');
    expect(parsePeriod('12-2019').end).toBe('2019-12-31');
    expect(codeOf(() => parsePeriod('13/2019'))).toBe('UNRECOGNIZED_PERIOD');
  });

  it('reads a day without its year from options.year', () => {
    expect(parsePeriod('ngày 15/02', { year: 2020 })).toMatchObject({ kind: 'day', start: '2020-02-15', end: '2020-02-15', label: 'Ngày 15/02/2020' });
    expect(parsePeriod('29/02', { year: 2020 }).start).toBe('2020-02-29');
    expect(codeOf(() => parsePeriod('29/02', { year: 2019 }))).toBe('INVALID_DATE');
    expect(codeOf(() => parsePeriod('15/02'))).toBe('MISSING_YEAR');
  });

  it('still rejects text it does not know', () => {
    expect(codeOf(() => parsePeriod('sắp tới'))).toBe('UNRECOGNIZED_PERIOD');
    expect(codeOf(() => parsePeriod('năm nay'))).toBe('UNRECOGNIZED_PERIOD');
  });
});
