import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { AUTONOMY_REGIMES, CchcDecimal, CchcError, autonomyGroup, ratio, selfFinancingRatio, type AutonomyRegimeId } from 'cchc';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as CchcError).code;
  }
};
const g = (p: number | string, regime: AutonomyRegimeId, fundsInvestment = false) => {
  const c = autonomyGroup(new CchcDecimal(p), { regime, fundsInvestment });
  return c.subBand ? `${c.group}:${c.subBand}` : String(c.group);
};

describe('autonomyGroup — Nghị định 60/2021/NĐ-CP, boundaries exactly as Điều 9 states them', () => {
  it.each([
    ['0', '4'],
    ['9.9999999', '4'],
    ['10', '3:10-30'],
    ['29.9999', '3:10-30'],
    ['30', '3:30-70'],
    ['69.9999', '3:30-70'],
    ['70', '3:70-100'],
    ['99.9999999', '3:70-100'],
    ['100', '2'],
    ['250', '2'],
  ])('%s%% → group %s', (p, expected) => {
    expect(g(p, 'nd60-2021')).toBe(expected);
  });
  it('group 1 needs ≥ 100% and self-funded investment', () => {
    expect(g('100', 'nd60-2021', true)).toBe('1');
    expect(g('99.99', 'nd60-2021', true)).toBe('3:70-100');
  });
});

describe('autonomyGroup — Thông tư 145/2017/TT-BTC', () => {
  it.each([
    ['0', '4'],
    ['10', '4'], // 10% or less is state-funded
    ['10.0000001', '3'],
    ['99.9999', '3'],
    ['100', '2'],
    ['180', '2'],
  ])('%s%% → group %s', (p, expected) => {
    expect(g(p, 'tt145-2017')).toBe(expected);
  });
  it('recurrent + investment needs more than 100%', () => {
    expect(g('100', 'tt145-2017', true)).toBe('2');
    expect(g('100.0001', 'tt145-2017', true)).toBe('1');
  });
});

describe('autonomyGroup — properties of the regimes as data', () => {
  const percent = fc.oneof(
    fc.integer({ min: 0, max: 300 }).map((n) => new CchcDecimal(n)),
    fc.integer({ min: 0, max: 30_000_000 }).map((n) => new CchcDecimal(n).div(100_000)),
    fc.constantFrom(...[0, 10, 30, 70, 100].flatMap((b) => [b, b + 1e-9, Math.max(0, b - 1e-9)]).map((n) => new CchcDecimal(n))),
  );

  it('every ratio ≥ 0 falls in exactly one band of each regime, with and without investment', () => {
    fc.assert(
      fc.property(percent, fc.boolean(), (p, invest) => {
        for (const regime of Object.values(AUTONOMY_REGIMES)) {
          const matching = regime.bands.filter((b) => {
            if (b.requiresInvestment && !invest) return false;
            const aboveMin = !b.min || (b.min.inclusive ? p.gte(b.min.percent) : p.gt(b.min.percent));
            const belowMax = !b.max || (b.max.inclusive ? p.lte(b.max.percent) : p.lt(b.max.percent));
            return aboveMin && belowMax;
          });
          // with investment, group 1 and group 2 both match at ≥ 100: the first (group 1) wins, by order
          expect(matching.length).toBeGreaterThanOrEqual(1);
          expect(matching.length).toBeLessThanOrEqual(2);
          expect(autonomyGroup(p, { regime: regime.id, fundsInvestment: invest }).band).toBe(matching[0]);
        }
      }),
    );
  });

  it('a higher ratio never gives a worse (higher-numbered) group', () => {
    fc.assert(
      fc.property(percent, percent, fc.boolean(), fc.constantFrom<AutonomyRegimeId>('nd60-2021', 'tt145-2017'), (a, b, invest, regime) => {
        const [lo, hi] = a.lte(b) ? [a, b] : [b, a];
        expect(autonomyGroup(hi, { regime, fundsInvestment: invest }).group).toBeLessThanOrEqual(autonomyGroup(lo, { regime, fundsInvestment: invest }).group);
      }),
    );
  });

  it('the two regimes agree on the group except at exactly 10% and at exactly 100% with investment', () => {
    fc.assert(
      fc.property(percent, fc.boolean(), (p, invest) => {
        const nd60 = autonomyGroup(p, { regime: 'nd60-2021', fundsInvestment: invest }).group;
        const tt145 = autonomyGroup(p, { regime: 'tt145-2017', fundsInvestment: invest }).group;
        const special = p.eq(10) || (p.eq(100) && invest);
        expect(nd60 === tt145).toBe(!special);
      }),
    );
  });
});

describe('autonomyGroup — input', () => {
  it('takes a ratio from selfFinancingRatio or ratio()', () => {
    const r = selfFinancingRatio({ revenue: 4.2, recurrentSpending: 6 });
    expect(autonomyGroup(r, { regime: 'nd60-2021' }).subBand).toBe('70-100');
    expect(autonomyGroup(ratio(1, 10), { regime: 'nd60-2021' }).group).toBe(3);
    expect(autonomyGroup(ratio(1, 10), { regime: 'tt145-2017' }).group).toBe(4);
    expect(autonomyGroup(10, { regime: 'nd60-2021' }).labelVi).toContain('từ 10% đến dưới 30%');
  });
  it('rejects bad input with every problem', () => {
    expect(code(() => autonomyGroup(50, { regime: 'nd16-2015' as never }))).toBe('UNKNOWN_REGIME');
    expect(code(() => autonomyGroup(-1, { regime: 'nd60-2021' }))).toBe('INVALID_PERCENT');
    expect(code(() => autonomyGroup(Number.NaN, { regime: 'nd60-2021' }))).toBe('INVALID_NUMBER');
    expect(code(() => autonomyGroup('50%' as never, { regime: 'nd60-2021' }))).toBe('INVALID_NUMBER');
    expect(code(() => autonomyGroup(50, { regime: 'nd60-2021', fundsInvestment: 'yes' as never }))).toBe('INVALID_INPUT');
    expect(code(() => autonomyGroup(50, undefined as never))).toBe('INVALID_INPUT');
    try {
      autonomyGroup(-1, { regime: 'x' as never });
    } catch (e) {
      expect((e as CchcError).issues.map((i) => i.code)).toEqual(['INVALID_PERCENT', 'UNKNOWN_REGIME']);
    }
  });
  it('selfFinancingRatio rejects no spending and negative amounts', () => {
    expect(code(() => selfFinancingRatio({ revenue: 1, recurrentSpending: 0 }))).toBe('ZERO_DENOMINATOR');
    expect(code(() => selfFinancingRatio({ revenue: -1, recurrentSpending: 2 }))).toBe('INVALID_NUMBER');
    expect(selfFinancingRatio({ revenue: 0, recurrentSpending: 5 }).value.toString()).toBe('0');
  });
  it('carries each regime’s source', () => {
    expect(AUTONOMY_REGIMES['nd60-2021'].source).toMatchObject({ document: 'Nghị định 60/2021/NĐ-CP', reliability: 'A' });
    expect(AUTONOMY_REGIMES['nd60-2021'].effectiveFrom).toBe('2021-08-15');
    expect(AUTONOMY_REGIMES['tt145-2017'].source.document).toBe('Thông tư 145/2017/TT-BTC');
  });
});
