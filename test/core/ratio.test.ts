import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CchcDecimal, CchcError, exactPercent, percent, quantityRatio, ratio } from 'cchc';
import { codeOf } from '../_support/code-of.js';

describe('ratio', () => {
  it('keeps the counts and an exact value', () => {
    const r = ratio(618369, 621448);
    expect(r.numerator).toBe(618369);
    expect(r.denominator).toBe(621448);
    expect(r.value.toFixed(10)).toBe('0.9950454423');
    expect(r.value.toString()).toBe('0.9950454422574374686216706788017661976545');
    expect(Object.isFrozen(r)).toBe(true);
  });

  it('allows rates above 1 and a zero numerator', () => {
    expect(ratio(120, 100).value.toString()).toBe('1.2');
    expect(ratio(0, 7).value.isZero()).toBe(true);
  });

  it('throws ZERO_DENOMINATOR for x/0, with both texts', () => {
    try {
      ratio(5, 0);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CchcError);
      const err = e as CchcError;
      expect(err.code).toBe('ZERO_DENOMINATOR');
      expect(err.path).toEqual(['denominator']);
      expect(err.messageVi).toMatch(/Mẫu số bằng 0/);
      expect(err.messageEn).toMatch(/denominator is 0/);
    }
    expect(codeOf(() => ratio(0, 0))).toBe('ZERO_DENOMINATOR');
  });

  it.each([
    [-1, 5],
    [1.5, 5],
    [Number.NaN, 5],
    [Number.POSITIVE_INFINITY, 5],
    [2 ** 60, 5],
    ['3', 5],
    [null, 5],
    [3, -5],
    [3, 0.5],
  ])('rejects a bad count %p/%p with INVALID_COUNT', (n, d) => {
    expect(codeOf(() => ratio(n as number, d as number))).toBe('INVALID_COUNT');
  });

  it('lists every bad count at once', () => {
    try {
      ratio(-1, Number.NaN);
      expect.unreachable();
    } catch (e) {
      const err = e as CchcError;
      expect(err.issues.map((i) => i.path[0])).toEqual(['numerator', 'denominator']);
    }
  });

  it('property: value × denominator = numerator exactly for terminating fractions, and in [0, ∞)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 }), (n, d) => {
        const r = ratio(n, d);
        expect(r.value.isNegative()).toBe(false);
        // 40 significant digits: the product is within 1e-30 of the numerator
        expect(r.value.times(d).minus(n).abs().lte('1e-30')).toBe(true);
        if (n <= d) expect(r.value.lte(1)).toBe(true);
      }),
    );
  });
});

describe('quantityRatio', () => {
  it('takes decimals and bigints', () => {
    expect(quantityRatio(new CchcDecimal('3145.5'), 5582).value.toFixed(6)).toBe('0.563508');
    expect(quantityRatio(10n, 4n).value.toString()).toBe('2.5');
  });
  it('rejects negative, non-finite and zero denominators', () => {
    expect(codeOf(() => quantityRatio(-1, 2))).toBe('INVALID_NUMBER');
    expect(codeOf(() => quantityRatio(Number.NaN, 2))).toBe('INVALID_NUMBER');
    expect(codeOf(() => quantityRatio(1, new CchcDecimal(0)))).toBe('ZERO_DENOMINATOR');
    expect(codeOf(() => quantityRatio('1' as never, 2))).toBe('INVALID_NUMBER');
  });
});

describe('percent', () => {
  it('rounds half-up at 2 decimals by default', () => {
    expect(percent(ratio(618369, 621448)).toFixed(2)).toBe('99.50');
    expect(percent(ratio(459, 62337)).toString()).toBe('0.74');
  });
  it('supports the four rounding modes', () => {
    const r = ratio(107422, 109649); // 97.96897…
    expect(percent(r, { rounding: 'half-up' }).toString()).toBe('97.97');
    expect(percent(r, { rounding: 'half-even' }).toString()).toBe('97.97');
    expect(percent(r, { rounding: 'down' }).toString()).toBe('97.96');
    expect(percent(r, { rounding: 'up' }).toString()).toBe('97.97');
  });
  it('resolves exact ties by the mode', () => {
    const tie = ratio(1, 8); // 12.5%
    expect(percent(tie, { decimals: 0, rounding: 'half-up' }).toString()).toBe('13');
    expect(percent(tie, { decimals: 0, rounding: 'half-even' }).toString()).toBe('12');
    expect(percent(ratio(3, 8), { decimals: 0, rounding: 'half-even' }).toString()).toBe('38'); // 37.5 → 38
    expect(percent(tie, { decimals: 0, rounding: 'down' }).toString()).toBe('12');
    expect(percent(tie, { decimals: 0, rounding: 'up' }).toString()).toBe('13');
  });
  it('rejects bad options', () => {
    expect(codeOf(() => percent(ratio(1, 3), { decimals: -1 }))).toBe('INVALID_DECIMALS');
    expect(codeOf(() => percent(ratio(1, 3), { decimals: 2.5 }))).toBe('INVALID_DECIMALS');
    expect(codeOf(() => percent(ratio(1, 3), { decimals: 21 }))).toBe('INVALID_DECIMALS');
    expect(codeOf(() => percent(ratio(1, 3), { rounding: 'nearest' as never }))).toBe('INVALID_ROUNDING');
    expect(codeOf(() => percent({} as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => percent(0.5 as never))).toBe('INVALID_INPUT');
  });
  it('exactPercent keeps every digit', () => {
    expect(exactPercent(ratio(1, 8)).toString()).toBe('12.5');
    expect(exactPercent(ratio(618369, 621448)).toFixed(8)).toBe('99.50454423');
  });

  describe('rounding-mode laws (property)', () => {
    const arb = fc.tuple(fc.nat({ max: 5_000_000 }), fc.integer({ min: 1, max: 5_000_000 }), fc.integer({ min: 0, max: 6 }));
    it('down ≤ exact ≤ up, and they differ by at most one unit of the last decimal', () => {
      fc.assert(
        fc.property(arb, ([n, d, k]) => {
          const r = ratio(n, d);
          const exact = exactPercent(r);
          const down = percent(r, { decimals: k, rounding: 'down' });
          const up = percent(r, { decimals: k, rounding: 'up' });
          const unit = new CchcDecimal(10).pow(-k);
          expect(down.lte(exact)).toBe(true);
          expect(up.gte(exact)).toBe(true);
          expect(up.minus(down).lte(unit)).toBe(true);
          expect(down.eq(exact) === up.eq(exact)).toBe(true);
        }),
      );
    });
    it('half-up and half-even are within half a unit, and agree except on exact ties', () => {
      fc.assert(
        fc.property(arb, ([n, d, k]) => {
          const r = ratio(n, d);
          const exact = exactPercent(r);
          const hu = percent(r, { decimals: k, rounding: 'half-up' });
          const he = percent(r, { decimals: k, rounding: 'half-even' });
          const half = new CchcDecimal(10).pow(-k).div(2);
          expect(hu.minus(exact).abs().lte(half)).toBe(true);
          expect(he.minus(exact).abs().lte(half)).toBe(true);
          if (!hu.eq(he)) expect(hu.minus(exact).abs().eq(half)).toBe(true);
        }),
      );
    });
    it('rounding is idempotent', () => {
      fc.assert(
        fc.property(arb, fc.constantFrom('half-up', 'half-even', 'down', 'up' as const), ([n, d, k], mode) => {
          const once = percent(ratio(n, d), { decimals: k, rounding: mode });
          expect(once.toDecimalPlaces(k).eq(once)).toBe(true);
          expect(once.decimalPlaces()).toBeLessThanOrEqual(k);
        }),
      );
    });
  });
});

describe('messages say what is wrong', () => {
  it('a count beyond 2^53 − 1 is named as such, not as "not a non-negative integer"', () => {
    try {
      ratio(2 ** 53, 3);
      expect.unreachable();
    } catch (e) {
      const err = e as CchcError;
      expect(err.code).toBe('INVALID_COUNT');
      expect(err.messageEn).toContain('exceeds 9007199254740991');
      expect(err.messageVi).toContain('vượt quá 9007199254740991');
    }
  });

  it('quantityRatio over 0 shows the numerator as a number, not a quoted string', () => {
    try {
      quantityRatio(1.5, 0);
      expect.unreachable();
    } catch (e) {
      expect((e as CchcError).messageEn).toBe('denominator: The denominator is 0 (1.5/0): the rate is undefined');
    }
  });

  it('percent with options that are not an object → INVALID_INPUT', () => {
    expect(codeOf(() => percent(ratio(1, 3), null as never))).toBe('INVALID_INPUT');
  });
});
