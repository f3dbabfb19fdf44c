import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CchcDecimal, type CchcError, formatNumber, formatPercent, formatPercentPoints, parseViNumber, parseViPercent, ratio } from 'cchc';
import { codeOf } from '../_support/code-of.js';

describe('formatNumber', () => {
  it.each([
    [639677, 'vi', '639.677'],
    [639677, 'en', '639,677'],
    [1991, 'vi', '1.991'],
    [999, 'vi', '999'],
    [0, 'vi', '0'],
    [1464185, 'vi', '1.464.185'],
    [-1234567, 'vi', '-1.234.567'],
    [3145.5, 'vi', '3.145,5'],
    [3145.5, 'en', '3,145.5'],
  ] as const)('%p in %s → %s', (n, locale, text) => {
    expect(formatNumber(n, { locale })).toBe(text);
  });
  it('defaults to Vietnamese', () => expect(formatNumber(639677)).toBe('639.677'));
  it('writes Decimals and bigints exactly, never in exponent notation', () => {
    expect(formatNumber(new CchcDecimal('12345678901234567890.125'))).toBe('12.345.678.901.234.567.890,125');
    expect(formatNumber(10n ** 21n)).toBe('1.000.000.000.000.000.000.000');
    expect(formatNumber(new CchcDecimal('1e-9'))).toBe('0,000000001');
  });
  it('rounds only when asked, with the mode given', () => {
    expect(formatNumber(56.345, { decimals: 2 })).toBe('56,35');
    expect(formatNumber(56.345, { decimals: 2, rounding: 'down' })).toBe('56,34');
    expect(formatNumber(5, { decimals: 2 })).toBe('5,00');
    expect(formatNumber(-0.001, { decimals: 2 })).toBe('0,00');
  });
  it('can skip grouping', () => expect(formatNumber(1579, { grouping: false })).toBe('1579'));
  it('rejects NaN, Infinity, strings and bad options', () => {
    expect(codeOf(() => formatNumber(Number.NaN))).toBe('INVALID_NUMBER');
    expect(codeOf(() => formatNumber(Number.NEGATIVE_INFINITY))).toBe('INVALID_NUMBER');
    expect(codeOf(() => formatNumber('12' as never))).toBe('INVALID_NUMBER');
    expect(codeOf(() => formatNumber(1, { locale: 'fr' as never }))).toBe('INVALID_LOCALE');
    expect(codeOf(() => formatNumber(1, { decimals: 30 }))).toBe('INVALID_DECIMALS');
  });
});

describe('formatPercent', () => {
  it('prints as the reports do', () => {
    expect(formatPercent(ratio(618369, 621448))).toBe('99,50%');
    expect(formatPercent(ratio(618369, 621448), { locale: 'en' })).toBe('99.50%');
    expect(formatPercent(ratio(107422, 109649), { rounding: 'down' })).toBe('97,96%');
    expect(formatPercent(ratio(14, 42), { decimals: 1 })).toBe('33,3%');
    expect(formatPercent(ratio(1, 1))).toBe('100,00%');
    expect(formatPercent(ratio(12345, 10), { decimals: 0 })).toBe('123.450%');
  });
  it('formatPercentPoints takes percent points', () => {
    expect(formatPercentPoints(5.93)).toBe('5,93%');
    expect(formatPercentPoints(new CchcDecimal('56.345'), { locale: 'en' })).toBe('56.35%');
    expect(formatPercentPoints(-0.001)).toBe('0,00%');
  });
});

describe('parseViNumber', () => {
  it.each([
    ['639.677', '639677'],
    ['1.991', '1991'],
    ['56,35', '56.35'],
    ['3.145,5', '3145.5'],
    ['1579', '1579'],
    ['04', '4'],
    ['0,74', '0.74'],
    ['1.464.185', '1464185'],
    [' 72.428 ', '72428'],
    ['1 991', '1991'],
    ['1\u00A0991,5', '1991.5'],
    ['-2,5', '-2.5'],
    ['\u22122,5', '-2.5'],
    ['+7', '7'],
    ['1.000.000,25', '1000000.25'],
  ])('%j → %s', (text, value) => {
    expect(parseViNumber(text).toString()).toBe(new CchcDecimal(value).toString());
  });
  it.each([
    '12,3.4',
    '',
    '   ',
    'abc',
    '1,2,3',
    '1.23',
    '1.2345',
    '12.34.567',
    '1..000',
    '.5',
    ',5',
    '5,',
    '5.',
    '1 23',
    '1e5',
    '0x10',
    '--1',
    '1.000 000',
  ])('rejects %j', (text) => {
    const code = codeOf(() => parseViNumber(text));
    expect(['INVALID_NUMBER', 'AMBIGUOUS_NUMBER']).toContain(code);
  });
  it('says AMBIGUOUS_NUMBER when only English notation would read it', () => {
    expect(codeOf(() => parseViNumber('1.2'))).toBe('AMBIGUOUS_NUMBER');
    expect(codeOf(() => parseViNumber('1,234.5'))).toBe('AMBIGUOUS_NUMBER');
    expect(codeOf(() => parseViNumber('12,3.4'))).toBe('INVALID_NUMBER');
  });
  it('rejects non-strings', () => {
    expect(codeOf(() => parseViNumber(12 as never))).toBe('INVALID_NUMBER');
    expect(codeOf(() => parseViNumber(null as never))).toBe('INVALID_NUMBER');
  });
});

describe('parseViPercent', () => {
  it('reads printed percentages', () => {
    expect(parseViPercent('99,50%').toNumber()).toBe(99.5);
    expect(parseViPercent('0,06 %').toString()).toBe('0.06');
    expect(parseViPercent('100%').toString()).toBe('100');
    expect(parseViPercent('33,3%').toString()).toBe('33.3');
  });
  it('requires the sign unless told otherwise', () => {
    expect(codeOf(() => parseViPercent('99,50'))).toBe('INVALID_NUMBER');
    expect(parseViPercent('99,50', { requireSign: false }).toNumber()).toBe(99.5);
    expect(codeOf(() => parseViPercent('%'))).toBe('INVALID_NUMBER');
    expect(codeOf(() => parseViPercent('99.5%'))).toBe('AMBIGUOUS_NUMBER');
  });
});

describe('round trips (property)', () => {
  const decimalArb = fc
    .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.integer({ min: 0, max: 8 }))
    .map(([neg, units, scale]) => new CchcDecimal(`${neg ? '-' : ''}${units}`).div(new CchcDecimal(10).pow(scale)));

  it('parseViNumber(formatNumber(x)) = x for any decimal', () => {
    fc.assert(
      fc.property(decimalArb, (x) => {
        expect(parseViNumber(formatNumber(x)).eq(x)).toBe(true);
      }),
    );
  });
  it('formatNumber(parseViNumber(t)) = t for canonical texts', () => {
    fc.assert(
      fc.property(decimalArb, (x) => {
        const text = formatNumber(x);
        expect(formatNumber(parseViNumber(text))).toBe(text);
      }),
    );
  });
  it('parseViPercent(formatPercent(r)) = percent(r)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 4 }), (n, d, k) => {
        const r = ratio(n, d);
        const text = formatPercent(r, { decimals: k });
        expect(parseViPercent(text).eq(r.value.times(100).toDecimalPlaces(k, CchcDecimal.ROUND_HALF_UP))).toBe(true);
        // the printed decimals are kept
        expect(text.includes(',') ? text.split(',')[1]!.length - 1 : 0).toBe(k);
      }),
    );
  });
  it('English notation round-trips through grouping removal', () => {
    fc.assert(
      fc.property(fc.nat(), (n) => {
        expect(formatNumber(n, { locale: 'en' }).replace(/,/g, '')).toBe(String(n));
      }),
    );
  });
});

describe('options and flags that are not what they claim are rejected, not defaulted', () => {
  it.each([
    ['formatNumber', () => formatNumber(5, null as never)],
    ['formatNumber (string options)', () => formatNumber(5, 'vi' as never)],
    ['formatPercent', () => formatPercent(ratio(1, 2), null as never)],
    ['formatPercentPoints', () => formatPercentPoints(5, 2 as never)],
    ['parseViPercent', () => parseViPercent('5%', null as never)],
  ])('%s with options null / not an object → INVALID_INPUT (was a TypeError or a silent default)', (_name, fn) => {
    expect(codeOf(fn)).toBe('INVALID_INPUT');
  });

  it('formatNumber: grouping must be a boolean ("no" used to group silently)', () => {
    expect(codeOf(() => formatNumber(1234567, { grouping: 'no' as never }))).toBe('INVALID_INPUT');
    expect(formatNumber(1234567, { grouping: false })).toBe('1234567');
  });

  it('parseViPercent: requireSign must be a boolean', () => {
    expect(codeOf(() => parseViPercent('5', { requireSign: 'no' as never }))).toBe('INVALID_INPUT');
    expect(parseViPercent('5', { requireSign: false }).toString()).toBe('5');
  });

  it('parseViPercent("%") says there is no number, naming the text as written', () => {
    try {
      parseViPercent('%');
      expect.unreachable();
    } catch (e) {
      const err = e as CchcError;
      expect(err.code).toBe('INVALID_NUMBER');
      expect(err.messageEn).toBe('No number in the percentage "%"');
      expect(err.messageVi).toBe('Không có số trong tỷ lệ phần trăm "%"');
    }
  });
});

describe('Vietnamese number texts from real documents', () => {
  it.each([
    ['1.000.000', '1000000'],
    ['0,5', '0.5'],
    ['1.234,56', '1234.56'],
    ['1,234', '1.234'], // Vietnamese notation: "," is the decimal mark
    ['1.234.567,891', '1234567.891'],
    ['12.345,6789', '12345.6789'],
    ['\u00A01\u00A0234\u00A0', '1234'],
    ['007', '7'],
    ['−5', '-5'],
    ['+5', '5'],
  ])('%j → %s', (text, expected) => {
    expect(parseViNumber(text).toString()).toBe(expected);
  });

  it.each(['12.5%', '100 %', '1.000 đồng', '5 tỷ', '.5', ',5', '5,', '5.', '1..000', '1e5', '１２', '(5)', '12 ,5', '1. 000'])(
    'rejects %j with a CchcError',
    (text) => {
      expect(['INVALID_NUMBER', 'AMBIGUOUS_NUMBER']).toContain(codeOf(() => parseViNumber(text)));
    },
  );

  it.each(['0.5', '1.00', '10.00', '1,234,567', '12.5'])('%j reads only as English notation: AMBIGUOUS_NUMBER', (text) => {
    expect(codeOf(() => parseViNumber(text))).toBe('AMBIGUOUS_NUMBER');
  });

  it('formats big and tiny values exactly, without exponent', () => {
    expect(formatNumber(1e21)).toBe('1.000.000.000.000.000.000.000');
    expect(formatNumber(new CchcDecimal('1e-30'))).toBe(`0,${'0'.repeat(29)}1`);
    expect(formatNumber(12345678901234567890n, { locale: 'en' })).toBe('12,345,678,901,234,567,890');
    expect(formatNumber(-0.001, { decimals: 2 })).toBe('0,00');
    expect(formatPercent(ratio(1, 1e15))).toBe('0,00%');
    expect(formatPercent(ratio(3, 2), { decimals: 0 })).toBe('150%');
    expect(formatPercentPoints(-0.004)).toBe('0,00%');
  });
});

describe('parseViNumber: the one-pass scanner reads exactly the grammar of the patterns it replaced (property)', () => {
  // The 0.1 patterns, kept here as the oracle.
  const VI_NUMBER = /^([+-]?)(\d{1,3}(?:\.\d{3})+|\d{1,3}(?: \d{3})+|\d+)(?:,(\d+))?$/;
  const EN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
  const ZERO = /^[+-]?0+(?:[.,]0+)?$/;
  const oracle = (text: string): string => {
    const t = text.trim();
    if (ZERO.test(t)) return '0';
    const m = VI_NUMBER.exec(t);
    if (m) {
      const plain = `${m[1] === '-' ? '-' : ''}${m[2]!.replace(/[. ]/g, '')}${m[3] !== undefined ? `.${m[3]}` : ''}`;
      return new CchcDecimal(plain).toString();
    }
    return EN_NUMBER.test(t) ? 'AMBIGUOUS_NUMBER' : 'INVALID_NUMBER';
  };
  const read = (text: string): string => {
    try {
      return parseViNumber(text).toString();
    } catch (e) {
      return (e as CchcError).code;
    }
  };
  it('agrees on random texts of digits, marks, spaces and signs', () => {
    const ch = fc.constantFrom('0', '1', '2', '5', '9', '.', ',', ' ', '-', '+', 'x');
    fc.assert(
      fc.property(
        fc.array(ch, { maxLength: 16 }).map((a) => a.join('')),
        (text) => {
          expect(read(text)).toBe(oracle(text));
        },
      ),
      { numRuns: 5000 },
    );
    for (const text of ['1.234', '1 234,5', '12.345.678,9', '1.23', '1,234.5', '-0.0', '0.5', '1.000 000', '+1.000']) {
      expect(read(text)).toBe(oracle(text));
    }
  });
});
