import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Decimal } from 'decimal.js';
import { AUTONOMY_REGIMES, CchcDecimal, type CchcError, autonomyGroup, isCchcError, ratio, selfFinancingRatio } from 'cchc';
import type { AutonomyRegimeId } from 'cchc';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as CchcError).code;
  }
};
/** A self-financing ratio given in percent points, as the fraction every rate input of the library is. */
const fraction = (points: number | string | Decimal) => ({ value: new CchcDecimal(points).div(100) });
const g = (p: number | string, regime: AutonomyRegimeId, fundsInvestment = false) => {
  const c = autonomyGroup(fraction(p), { regime, fundsInvestment });
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
          expect(autonomyGroup(fraction(p), { regime: regime.id, fundsInvestment: invest }).band).toBe(matching[0]);
        }
      }),
    );
  });

  it('a higher ratio never gives a worse (higher-numbered) group', () => {
    fc.assert(
      fc.property(percent, percent, fc.boolean(), fc.constantFrom<AutonomyRegimeId>('nd60-2021', 'tt145-2017'), (a, b, invest, regime) => {
        const [lo, hi] = a.lte(b) ? [a, b] : [b, a];
        const group = (x: Decimal) => autonomyGroup(fraction(x), { regime, fundsInvestment: invest }).group;
        expect(group(hi)).toBeLessThanOrEqual(group(lo));
      }),
    );
  });

  it('the two regimes agree on the group except at exactly 10% and at exactly 100% with investment', () => {
    fc.assert(
      fc.property(percent, fc.boolean(), (p, invest) => {
        const nd60 = autonomyGroup(fraction(p), { regime: 'nd60-2021', fundsInvestment: invest }).group;
        const tt145 = autonomyGroup(fraction(p), { regime: 'tt145-2017', fundsInvestment: invest }).group;
        const special = p.eq(10) || (p.eq(100) && invest);
        expect(nd60 === tt145).toBe(!special);
      }),
    );
  });

  it('reads a ratio the same in every rate notation, and percent points only under percentPoints: true', () => {
    fc.assert(
      fc.property(percent, fc.boolean(), fc.constantFrom<AutonomyRegimeId>('nd60-2021', 'tt145-2017'), (p, invest, regime) => {
        const expected = autonomyGroup(fraction(p), { regime, fundsInvestment: invest });
        // the 0.1 reading, kept under an explicit option
        expect(autonomyGroup(p, { regime, fundsInvestment: invest, percentPoints: true }).band).toBe(expected.band);
        // a fraction as a number, when it is exactly representable
        if (p.div(100).toNumber() === Number(p.div(100).toString())) {
          expect(autonomyGroup(p.div(100).toNumber(), { regime, fundsInvestment: invest }).band).toBe(expected.band);
        }
        // a percent text (Vietnamese decimal comma)
        expect(autonomyGroup(`${p.toString().replace('.', ',')}%`, { regime, fundsInvestment: invest }).band).toBe(expected.band);
        expect(expected.percent.eq(p)).toBe(true);
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
    expect(autonomyGroup(0.1, { regime: 'nd60-2021' }).label.vi).toContain('từ 10% đến dưới 30%');
  });
  it('reads 0.1 as 10% (one rate input), not as 0.1% as 0.1 did', () => {
    expect(autonomyGroup(0.1, { regime: 'nd60-2021' })).toMatchObject({ group: 3, subBand: '10-30' });
    expect(autonomyGroup(0.1, { regime: 'nd60-2021' }).percent.toString()).toBe('10');
    expect(autonomyGroup(0.1, { regime: 'nd60-2021' }).ratio.value.toString()).toBe('0.1');
    expect(autonomyGroup('10%', { regime: 'nd60-2021' }).subBand).toBe('10-30');
    expect(autonomyGroup({ numerator: 1, denominator: 10 }, { regime: 'tt145-2017' }).group).toBe(4);
    expect(autonomyGroup(1, { regime: 'nd60-2021', fundsInvestment: true }).group).toBe(1);
    // the 0.1 reading only under its explicit option
    expect(autonomyGroup(0.1, { regime: 'nd60-2021', percentPoints: true }).group).toBe(4);
    expect(autonomyGroup(10, { regime: 'nd60-2021', percentPoints: true }).subBand).toBe('10-30');
    expect(autonomyGroup(new CchcDecimal(10), { regime: 'nd60-2021', percentPoints: true }).subBand).toBe('10-30');
    expect(autonomyGroup(ratio(1, 10), { regime: 'nd60-2021', percentPoints: true }).subBand).toBe('10-30');
    // a bare Decimal is not a rate input (it was percent points in 0.1: refused rather than read another way)
    expect(code(() => autonomyGroup(new CchcDecimal(10) as never, { regime: 'nd60-2021' }))).toBe('INVALID_INPUT');
  });
  it('keeps labelVi / labelEn as deprecated duplicates of label', () => {
    const c = autonomyGroup(0.45, { regime: 'nd60-2021' });
    expect(c.labelVi).toBe(c.label.vi);
    expect(c.labelEn).toBe(c.label.en);
    expect(Object.keys(c)).not.toContain('labelVi');
  });
  it('rejects bad input with every problem', () => {
    expect(code(() => autonomyGroup(0.5, { regime: 'nd16-2015' as never }))).toBe('UNKNOWN_REGIME');
    expect(code(() => autonomyGroup(-0.01, { regime: 'nd60-2021' }))).toBe('RATE_OUT_OF_RANGE');
    expect(code(() => autonomyGroup(-1, { regime: 'nd60-2021', percentPoints: true }))).toBe('RATE_OUT_OF_RANGE');
    expect(code(() => autonomyGroup(Number.NaN, { regime: 'nd60-2021' }))).toBe('INVALID_NUMBER');
    expect(code(() => autonomyGroup('50' as never, { regime: 'nd60-2021' }))).toBe('INVALID_NUMBER');
    expect(code(() => autonomyGroup(0.5, { regime: 'nd60-2021', fundsInvestment: 'yes' as never }))).toBe('INVALID_INPUT');
    expect(code(() => autonomyGroup(0.5, undefined as never))).toBe('INVALID_INPUT');
    let err: CchcError | undefined;
    try {
      autonomyGroup(-1, { regime: 'x' as never });
    } catch (e) {
      err = e as CchcError;
    }
    expect(err?.issues.map((i) => i.code)).toEqual(['RATE_OUT_OF_RANGE', 'UNKNOWN_REGIME']);
    // INVALID_PERCENT was merged into RATE_OUT_OF_RANGE: a program testing the old code still matches
    expect(isCchcError(err, 'INVALID_PERCENT')).toBe(true);
  });
  it('rejects typos in the options with a suggestion', () => {
    let err: CchcError | undefined;
    try {
      autonomyGroup(0.5, { regime: 'nd60-2021', fundsInvestments: true } as never);
    } catch (e) {
      err = e as CchcError;
    }
    expect(err?.code).toBe('UNKNOWN_KEY');
    expect(err?.issues[0]).toMatchObject({ path: ['options', 'fundsInvestments'], suggestion: 'fundsInvestment' });
    try {
      autonomyGroup(0.5, { regime: 'nd60-2012' as never });
    } catch (e) {
      err = e as CchcError;
    }
    expect(err?.issues[0]).toMatchObject({ code: 'UNKNOWN_REGIME', path: ['options', 'regime'], suggestion: 'nd60-2021' });
  });
  it('selfFinancingRatio rejects no spending and negative amounts', () => {
    expect(code(() => selfFinancingRatio({ revenue: 1, recurrentSpending: 0 }))).toBe('ZERO_DENOMINATOR');
    expect(code(() => selfFinancingRatio({ revenue: -1, recurrentSpending: 2 }))).toBe('INVALID_NUMBER');
    expect(selfFinancingRatio({ revenue: 0, recurrentSpending: 5 }).value.toString()).toBe('0');
  });
  it('carries each regime’s source', () => {
    expect(AUTONOMY_REGIMES['nd60-2021'].sources[0]).toMatchObject({ document: 'Nghị định 60/2021/NĐ-CP', reliability: 'A' });
    expect(AUTONOMY_REGIMES['nd60-2021'].validity).toEqual({ start: '2021-08-15' });
    expect(AUTONOMY_REGIMES['tt145-2017'].validity).toEqual({ end: '2021-08-14' });
    expect(AUTONOMY_REGIMES['tt145-2017'].sources[0]!.document).toBe('Thông tư 145/2017/TT-BTC');
    expect(AUTONOMY_REGIMES['nd60-2021'].name.en).toBe('Decree 60/2021/ND-CP on the financial autonomy of public service units');
  });
  it('keeps the 0.1 field names as deprecated duplicates', () => {
    const nd60 = AUTONOMY_REGIMES['nd60-2021'];
    expect(nd60.source).toBe(nd60.sources[0]);
    expect(nd60.effectiveFrom).toBe('2021-08-15');
    expect(AUTONOMY_REGIMES['tt145-2017'].effectiveUntil).toBe('2021-08-14');
    expect(nd60.nameVi).toBe(nd60.name.vi);
    expect(nd60.nameEn).toBe(nd60.name.en);
    expect(nd60.bands[0]!.labelVi).toBe(nd60.bands[0]!.label.vi);
    expect(nd60.bands[0]!.labelEn).toBe(nd60.bands[0]!.label.en);
  });
});
