// Issue 16: printed figures read as intervals — "gần 98%", "hơn 4.500 hồ sơ", "3,87 ngàn", "2,6 nghìn tỷ đồng" — never
// refused, never forced to one value; English notation only when the caller says so.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CchcError, parseViApproximate, type ApproximateFigure } from 'cchc';

const range = (f: ApproximateFigure) => [f.min.toString(), f.max.toString()];
const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    if (e instanceof CchcError) return e.code;
    throw e;
  }
  return undefined;
};

describe('parseViApproximate: the printed forms of the research set', () => {
  it('exact figures give min = max and are not approximate', () => {
    for (const [text, value] of [
      ['4.561', '4561'],
      ['97,4%', '97.4'],
      ['1983', '1983'],
      ['1 991', '1991'],
      ['59.010 bộ', '59010'],
      ['-5,31%', '-5.31'],
      ['không có', '0'],
      ['một', '1'],
    ] as const) {
      const f = parseViApproximate(text);
      expect([f.value.toString(), ...range(f), f.approximate], text).toEqual([value, value, value, false]);
    }
    expect(parseViApproximate('97,4%').percent).toBe(true);
    expect(parseViApproximate('59.010 bộ').unit).toBe('bộ');
  });

  it('qualifiers: nearly, over, under, about — one unit of the last significant digit, at most 10%', () => {
    expect(range(parseViApproximate('gần 98%'))).toEqual(['97', '98']);
    expect(range(parseViApproximate('gần 50%'))).toEqual(['45', '50']); // 10% of 50 < one unit (10)
    expect(range(parseViApproximate('gần 27.000 tỷ đồng')).map((x) => Number(x) / 1e9)).toEqual([26000, 27000]);
    expect(range(parseViApproximate('hơn 4.500 hồ sơ'))).toEqual(['4500', '4600']);
    expect(range(parseViApproximate('trên 25.600 người'))).toEqual(['25600', '25700']);
    expect(range(parseViApproximate('dưới 35%'))).toEqual(['34', '35']);
    expect(range(parseViApproximate('khoảng 120 nghìn'))).toEqual(['110000', '130000']);
    expect(range(parseViApproximate('xấp xỉ 3,2 triệu'))).toEqual(['3100000', '3300000']);
    expect(range(parseViApproximate('khoảng 10'))).toEqual(['9', '11']);
    expect(parseViApproximate('khoảng gần 4,8 tỷ đồng').qualifiers).toEqual(['about', 'nearly']);
    expect(parseViApproximate('chỉ gần 50%').qualifier).toBe('nearly');
    expect(parseViApproximate('lên tới hơn 28.000').qualifier).toBe('over');
    expect(parseViApproximate('từ 90% trở lên').qualifier).toBe('at-least');
    expect(parseViApproximate('~ 10').qualifier).toBe('about');
  });

  it('what the words state as logic: a minimum for "hơn", a maximum for "gần", none for "khoảng"', () => {
    const over = parseViApproximate('hơn 4.500');
    expect([String(over.stated.min), String(over.stated.max)]).toEqual(['4500', 'null']);
    const near = parseViApproximate('gần 98%');
    expect([String(near.stated.min), String(near.stated.max)]).toEqual(['null', '98']);
    const about = parseViApproximate('khoảng 10');
    expect([about.stated.min, about.stated.max]).toEqual([null, null]);
  });

  it('scale words: the figure is rounded at its last printed digit', () => {
    expect(range(parseViApproximate('3,87 ngàn'))).toEqual(['3865', '3875']);
    expect(range(parseViApproximate('1,07 ngàn HS'))).toEqual(['1065', '1075']);
    const t = parseViApproximate('2,6 nghìn tỷ đồng');
    expect([t.value.toString(), ...range(t), t.unit, t.scaleWord, t.approximate]).toEqual([
      '2600000000000',
      '2550000000000',
      '2650000000000',
      'đồng',
      'nghìn tỷ',
      true,
    ]);
    expect(parseViApproximate('hơn 2,5 triệu tỷ đồng').value.toString()).toBe('2500000000000000');
    expect(parseViApproximate('320.566,5 tỷ đồng').value.toString()).toBe('320566500000000');
  });

  it('ranges, with each end at its printed precision', () => {
    expect(range(parseViApproximate('45,5-45,7'))).toEqual(['45.45', '45.75']);
    expect(range(parseViApproximate('trong khoảng 45,5–45,7'))).toEqual(['45.45', '45.75']);
    expect(parseViApproximate('khoảng 45,5-45,7').qualifiers).toEqual(['range', 'about']);
    const en = parseViApproximate('55.25-86.80 percent', { locale: 'en' });
    expect([...range(en), en.percent]).toEqual(['55.245', '86.805', true]);
    expect(codeOf(() => parseViApproximate('45,7-45,5'))).toBe('INVALID_NUMBER');
  });

  it('"x/y" and "out of" keep the number after the slash', () => {
    const f = parseViApproximate('40,62/80 điểm');
    expect([f.value.toString(), String(f.of), f.unit]).toEqual(['40.62', '80', 'điểm']);
    expect(String(parseViApproximate('16 out of 46', { locale: 'en' }).of)).toBe('46');
  });

  it('English notation only with locale "en", never guessed', () => {
    expect(range(parseViApproximate('over 1.06 million', { locale: 'en' }))).toEqual(['1060000', '1070000']);
    expect(range(parseViApproximate('nearly 156 trillion VND', { locale: 'en' })).map((x) => Number(x) / 1e12)).toEqual([155, 156]);
    expect(parseViApproximate('US$27.14 billion', { locale: 'en' }).unit).toBe('US$');
    expect(parseViApproximate('90.42 percent', { locale: 'en' }).value.toString()).toBe('90.42');
    expect(parseViApproximate('1,931', { locale: 'en' }).value.toString()).toBe('1931');
    // the same texts in the default (Vietnamese) notation
    expect(codeOf(() => parseViApproximate('over 1.06 million'))).toBe('AMBIGUOUS_NUMBER');
    expect(codeOf(() => parseViApproximate('99,78%', { locale: 'en' }))).toBe('AMBIGUOUS_NUMBER');
    expect(parseViApproximate('1,931').value.toString()).toBe('1.931'); // a decimal comma, as Vietnamese writes it
    // a Vietnamese page printing decimal dots: the caller must say so
    expect(parseViApproximate('91.651').value.toString()).toBe('91651');
    expect(parseViApproximate('91.651', { locale: 'en' }).value.toString()).toBe('91.651');
  });
});

describe('parseViApproximate: bad input is a CchcError, never a silent default', () => {
  it.each([
    ['', 'INVALID_NUMBER'],
    ['abc', 'INVALID_NUMBER'],
    ['12 abc 13', 'INVALID_NUMBER'],
    ['3. 90%', 'INVALID_NUMBER'],
    ['1.2', 'AMBIGUOUS_NUMBER'],
    ['chín mươi', 'INVALID_NUMBER'], // numbers in words are read only as one word, never as 9 with a unit "mươi"
    ['hai mươi lăm hồ sơ', 'INVALID_NUMBER'],
    ['one hundred', 'INVALID_NUMBER'],
    [`${'9'.repeat(50)}`, 'INPUT_TOO_LARGE'],
    ['x'.repeat(300), 'TEXT_TOO_LONG'],
  ])('%j → %s', (text, code) => {
    expect(codeOf(() => parseViApproximate(text))).toBe(code);
  });
  it('options are checked', () => {
    expect(codeOf(() => parseViApproximate('1', { locale: 'fr' } as never))).toBe('INVALID_LOCALE');
    expect(codeOf(() => parseViApproximate('1', { tolerance: 2 }))).toBe('INVALID_INPUT');
    expect(codeOf(() => parseViApproximate('1', { tolerence: 0.1 } as never))).toBe('UNKNOWN_KEY');
    expect(codeOf(() => parseViApproximate('1', null as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => parseViApproximate(12 as never))).toBe('INVALID_NUMBER');
  });
  it('a narrower tolerance narrows the reading', () => {
    expect(range(parseViApproximate('gần 50%', { tolerance: 0.02 }))).toEqual(['49', '50']);
    expect(range(parseViApproximate('gần 50%', { tolerance: 0 }))).toEqual(['50', '50']);
  });
});

describe('parseViApproximate: properties', () => {
  const viText = (n: number, decimals: number) => {
    const [i, f] = n.toFixed(decimals).split('.');
    return `${i!.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}${f ? `,${f}` : ''}`;
  };
  it('any Vietnamese number text reads back as itself, exactly (min = max = value)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 4 }), (n, k) => {
        const x = n / 10 ** k;
        const t = viText(x, k);
        const f = parseViApproximate(t);
        expect(f.min.eq(f.max)).toBe(true);
        expect(f.value.toFixed(k)).toBe(x.toFixed(k));
        expect(f.approximate).toBe(false);
      }),
    );
  });
  it('a qualifier always gives min ≤ max, around the printed number, within the tolerance', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 ** 9 }),
        fc.constantFrom('gần', 'hơn', 'trên', 'dưới', 'khoảng', 'xấp xỉ', 'nearly', 'over', 'around', 'about'),
        fc.constantFrom('', ' nghìn', ' triệu', '%'),
        (n, q, tail) => {
          const f = parseViApproximate(`${q} ${viText(n, 0)}${tail}`);
          expect(f.min.lte(f.value) && f.value.lte(f.max)).toBe(true);
          expect(f.max.minus(f.min).lte(f.value.times(0.2))).toBe(true);
          expect(f.approximate).toBe(true);
        },
      ),
    );
  });
  it('never throws anything but a CchcError', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.constantFrom('vi' as const, 'en' as const), (t, locale) => {
        try {
          const f = parseViApproximate(t, { locale });
          expect(f.min.lte(f.max)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(CchcError);
        }
      }),
    );
  });
});
