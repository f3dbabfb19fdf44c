// Issue 11: every input object and options object of the core functions is strict (UNKNOWN_KEY with a suggestion),
// and null / arrays / numbers as options are INVALID_INPUT.
import { describe, expect, it } from 'vitest';
import {
  CchcError,
  adminLevelLabel,
  checkPrintedRate,
  checkSum,
  dateRangeContains,
  formatNumber,
  formatPercent,
  formatPercentPoints,
  largestRemainder,
  parsePeriod,
  parseTimestamp,
  parseViPercent,
  percent,
  periodContains,
  rateOf,
  ratio,
} from 'cchc';

/** The first issue of the CchcError `fn` throws. */
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

describe('typos in options are UNKNOWN_KEY at their path, with the key meant', () => {
  it.each([
    ['formatNumber', () => formatNumber(1.5, { decimal: 2 } as never), 'decimal', 'decimals'],
    ['formatNumber', () => formatNumber(1.5, { groupping: false } as never), 'groupping', 'grouping'],
    ['formatPercent', () => formatPercent(ratio(1, 3), { rouding: 'down' } as never), 'rouding', 'rounding'],
    ['formatPercentPoints', () => formatPercentPoints(5, { locle: 'en' } as never), 'locle', 'locale'],
    ['percent', () => percent(ratio(1, 3), { decimal: 1 } as never), 'decimal', 'decimals'],
    ['parseViPercent', () => parseViPercent('5', { requiresign: false } as never), 'requiresign', 'requireSign'],
    ['parsePeriod', () => parsePeriod('quý I', { yaer: 2020 } as never), 'yaer', 'year'],
    ['parseTimestamp', () => parseTimestamp('2020-01-20T16:30:00Z', { offsetMinute: 0 } as never), 'offsetMinute', 'offsetMinutes'],
    ['adminLevelLabel', () => adminLevelLabel('commune', { lang: 'en' } as never), 'lang', undefined],
    ['adminLevelLabel', () => adminLevelLabel('commune', { locales: 'en' } as never), 'locales', 'locale'],
    ['largestRemainder', () => largestRemainder([1, 2], { decimals: 1, decimal: 1 } as never), 'decimal', 'decimals'],
    ['rateOf', () => rateOf(0.5, { mx: 1 } as never), 'mx', 'max'],
  ])('%s: %#', (_name, fn, key, suggestion) => {
    const i = firstIssue(fn);
    expect(i.code).toBe('UNKNOWN_KEY');
    expect(i.path).toEqual(['options', key]);
    expect(i.suggestion).toBe(suggestion);
  });

  it.each([
    ['formatNumber', () => formatNumber(1, [] as never)],
    ['percent', () => percent(ratio(1, 2), 2 as never)],
    ['parsePeriod', () => parsePeriod('năm 2020', null as never)],
    ['parseTimestamp', () => parseTimestamp('2020-01-20T16:30:00Z', [] as never)],
    ['largestRemainder', () => largestRemainder([1], 'x' as never)],
    ['rateOf', () => rateOf(0.5, null as never)],
    ['adminLevelLabel', () => adminLevelLabel('province', null as never)],
  ])('%s: options that are not an object are INVALID_INPUT', (_name, fn) => {
    expect(firstIssue(fn).code).toBe('INVALID_INPUT');
  });
});

describe('typos in input objects are UNKNOWN_KEY at their path, with the key meant', () => {
  it('checkPrintedRate: denominater', () => {
    const i = firstIssue(() => checkPrintedRate({ numerator: 1, denominater: 2, printed: '50%' } as never));
    expect(i).toEqual({ code: 'UNKNOWN_KEY', path: ['denominater'], suggestion: 'denominator' });
  });

  it('checkSum: totl, tolerence', () => {
    expect(firstIssue(() => checkSum({ parts: [1, 2], totl: 3 } as never))).toEqual({
      code: 'UNKNOWN_KEY',
      path: ['totl'],
      suggestion: 'total',
    });
    expect(firstIssue(() => checkSum({ parts: [1, 2], total: 3, tolerence: 1 } as never))).toEqual({
      code: 'UNKNOWN_KEY',
      path: ['tolerence'],
      suggestion: 'tolerance',
    });
  });

  it('rateOf: { numerator, denominater }', () => {
    expect(firstIssue(() => rateOf({ numerator: 1, denominater: 2 } as never))).toEqual({
      code: 'UNKNOWN_KEY',
      path: ['rate', 'denominater'],
      suggestion: 'denominator',
    });
  });

  it('ranges: { start, ned }; a Period passes as a range', () => {
    expect(firstIssue(() => dateRangeContains({ start: '2020-01-01', ned: '2020-03-31' } as never, '2020-02-01'))).toEqual({
      code: 'UNKNOWN_KEY',
      path: ['range', 'ned'],
      suggestion: 'end',
    });
    expect(firstIssue(() => periodContains({ start: '2020-01-01', edn: '2020-03-31' } as never, '2020-02-01')).suggestion).toBe('end');
    expect(periodContains(parsePeriod('Quý I/2020'), '2020-03-31')).toBe(true);
    expect(dateRangeContains(parsePeriod('Quý I/2020'), '2020-04-01')).toBe(false);
  });

  it('sparse arrays are read hole by hole, not skipped', () => {
    expect(firstIssue(() => checkSum({ parts: [1, , 3], total: 4 } as never))).toMatchObject({
      code: 'INVALID_NUMBER',
      path: ['parts', 1],
    });
    expect(firstIssue(() => largestRemainder([1, , 3] as never))).toMatchObject({ code: 'INVALID_COUNT', path: ['counts', 1] });
  });
});

describe('number schemas recognise any Decimal without loading decimal.js', () => {
  it('a Decimal of decimal.js itself, of CchcDecimal or of another clone passes; look-alikes do not', async () => {
    const { Decimal } = await import('decimal.js');
    const { CchcDecimal, CheckSumInputSchema, RateInputSchema, ratio } = await import('cchc');
    const Other = Decimal.clone({ precision: 5 });
    for (const d of [new Decimal(1), new CchcDecimal(1), new Other(1)]) expect(CheckSumInputSchema.is({ parts: [d], total: d })).toBe(true);
    expect(RateInputSchema.is(ratio(1, 2))).toBe(true);
    expect(CheckSumInputSchema.is({ parts: [{ toString: () => '1' }], total: 1 })).toBe(false);
    expect(CheckSumInputSchema.is({ parts: [new Decimal(Number.NaN)], total: 1 })).toBe(false);
  });
});
