import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CchcError, formatPercent, streamliningProgress, targetProgress, type RoundingMode } from 'cchc';
import { kienGiangStreamlining2019 } from 'cchc/datasets';
import { codeOf } from '../_support/code-of.js';

describe('streamliningProgress — Kiên Giang golden figures (kiengiang.gov.vn, 09/2019)', () => {
  const k = kienGiangStreamlining2019;
  it('administrative: 189 of 2.838 = 6,66% of the base, 66,55% of the 284 target', () => {
    const p = streamliningProgress({
      base: k.administrative.base2015,
      target: k.administrative.target2021,
      achieved: k.administrative.cut['2019-09-30']!,
    });
    expect(formatPercent(p.ofBase)).toBe('6,66%');
    expect(formatPercent(p.ofTarget!)).toBe('66,55%');
    expect(p).toMatchObject({ measure: 'quota-cut', remaining: 95, surplus: 0, met: false });
  });
  it('public service: 1.921 of 32.742 = 5,87%; total: 2.110 of 35.580 = 5,93%', () => {
    const ps = streamliningProgress({
      base: k.publicService.base2015,
      target: k.publicService.target2021,
      achieved: k.publicService.cut['2019-09-30']!,
    });
    expect(formatPercent(ps.ofBase)).toBe('5,87%');
    const total = streamliningProgress({ base: k.total.base2015, target: k.total.target2021, achieved: k.total.cut['2019-09-30']! });
    expect(formatPercent(total.ofBase)).toBe('5,93%');
    expect(total.remaining).toBe(3602 - 2110);
  });
  it('derives a target from a percent only with an explicit rounding: 10% of 2.838 = 283,8', () => {
    const at = (targetRounding: RoundingMode) => streamliningProgress({ base: 2838, targetPercent: 10, targetRounding, achieved: 189 });
    expect(at('up').target).toBe(284); // Kiên Giang's published 284
    expect(at('half-up').target).toBe(284);
    expect(at('down').target).toBe(283);
    expect(at('up').derivedTarget!.exact.toString()).toBe('283.8');
    // 3.318 is 10,13% of 32.742: not a rounding of 10% — so provinces' targets are inputs, not derived
    expect(at('up').derivedTarget!.meetsPercent).toBe(false);
    expect(streamliningProgress({ base: 32742, targetPercent: 10, targetRounding: 'up', achieved: 0 }).target).toBe(3275);
  });
});

describe('streamliningProgress — bad input', () => {
  it('needs exactly one of target / targetPercent, and a rounding for a percent', () => {
    expect(codeOf(() => streamliningProgress({ base: 100, achieved: 1 }))).toBe('MISSING_TARGET');
    expect(codeOf(() => streamliningProgress({ base: 100, target: 10, targetPercent: 10, targetRounding: 'up', achieved: 1 }))).toBe(
      'CONFLICTING_TARGET',
    );
    expect(codeOf(() => streamliningProgress({ base: 100, targetPercent: 10, achieved: 1 }))).toBe('TARGET_ROUNDING_REQUIRED');
  });
  it('collects every problem before throwing', () => {
    try {
      streamliningProgress({ base: -3, target: 1.5, achieved: Number.NaN } as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CchcError);
      const err = e as CchcError;
      expect(err.issues.map((i) => i.path.join('.')).sort()).toEqual(['achieved', 'base', 'target']);
      expect(err.issues.every((i) => i.code === 'INVALID_COUNT')).toBe(true);
      expect(err.messageVi).toContain('Số đếm phải là số nguyên không âm');
    }
  });
  it('rejects a target or a quota cut larger than the base, a 0 base, a 0 or > 100 percent', () => {
    expect(codeOf(() => streamliningProgress({ base: 100, target: 101, achieved: 1 }))).toBe('INVALID_INPUT');
    expect(codeOf(() => streamliningProgress({ base: 100, target: 10, achieved: 101 }))).toBe('INVALID_INPUT');
    expect(codeOf(() => streamliningProgress({ base: 0, target: 1, achieved: 0 }))).toBe('INVALID_COUNT');
    expect(codeOf(() => streamliningProgress({ base: 100, target: 0, achieved: 0 }))).toBe('INVALID_COUNT');
    const derived = (target: object) => codeOf(() => streamliningProgress({ base: 100, targetRounding: 'up', achieved: 0, ...target }));
    expect(derived({ targetPercent: 0 })).toBe('RATE_OUT_OF_RANGE');
    expect(derived({ targetPercent: 120 })).toBe('RATE_OUT_OF_RANGE');
    expect(derived({ targetShare: 0 })).toBe('RATE_OUT_OF_RANGE');
    expect(derived({ targetShare: '120%' })).toBe('RATE_OUT_OF_RANGE');
    expect(derived({ targetPercent: 10, targetRounding: 'sideways' })).toBe('INVALID_ROUNDING');
    expect(codeOf(() => streamliningProgress(null as never))).toBe('INVALID_INPUT');
  });
  it('keeps the two measures apart: persons settled may exceed the base, a quota cut may not', () => {
    const p = streamliningProgress({ base: 100, target: 10, achieved: 120, measure: 'persons-settled' });
    expect(p.measure).toBe('persons-settled');
    expect(p.surplus).toBe(110);
    expect(codeOf(() => streamliningProgress({ base: 100, target: 10, achieved: 120, measure: 'quota-cut' }))).toBe('INVALID_INPUT');
    expect(codeOf(() => streamliningProgress({ base: 100, target: 10, achieved: 1, measure: 'people' as never }))).toBe('INVALID_INPUT');
  });
});

describe('streamliningProgress — properties', () => {
  const input = fc
    .record({
      base: fc.integer({ min: 1, max: 1_000_000 }),
      t: fc.double({ min: 0, max: 1, noNaN: true }),
      a: fc.double({ min: 0, max: 1, noNaN: true }),
    })
    .map(({ base, t, a }) => ({ base, target: Math.max(1, Math.floor(base * t)), achieved: Math.floor(base * a) }));

  it('met ⇔ achieved ≥ target; remaining and surplus are complementary; ofBase and ofTarget are exact', () => {
    fc.assert(
      fc.property(input, ({ base, target, achieved }) => {
        const p = streamliningProgress({ base, target, achieved });
        expect(p.met).toBe(achieved >= target);
        expect(p.remaining - p.surplus).toBe(target - achieved);
        expect(p.ofBase.numerator).toBe(achieved);
        expect(p.ofBase.denominator).toBe(base);
        expect(p.ofTarget!.value.gte(1)).toBe(p.met);
      }),
    );
  });

  it("with targetRounding 'up', meeting the count target is the same as meeting the percent exactly", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (base, tenthPercent, a) => {
          const achieved = Math.floor(base * a);
          const p = streamliningProgress({ base, targetPercent: tenthPercent / 20, targetRounding: 'up', achieved });
          expect(p.met).toBe(p.derivedTarget!.meetsPercent);
        },
      ),
    );
  });

  it('targetProgress agrees with streamliningProgress on the target side', () => {
    fc.assert(
      fc.property(input, ({ base, target, achieved }) => {
        const p = streamliningProgress({ base, target, achieved });
        const q = targetProgress({ achieved, target });
        expect([q.met, q.remaining, q.surplus]).toEqual([p.met, p.remaining, p.surplus]);
      }),
    );
  });
});

describe('targetProgress', () => {
  it('52 of 100 units: 52%, 48 to go (Báo cáo 389/BC-UBND §II.3)', () => {
    const p = targetProgress({ achieved: 52, target: 100 });
    expect(formatPercent(p.ofTarget!, { decimals: 0 })).toBe('52%');
    expect(p).toMatchObject({ remaining: 48, surplus: 0, met: false });
  });
  it('a 0 target has no rate', () => {
    expect(targetProgress({ achieved: 3, target: 0 })).toMatchObject({ ofTarget: null, met: true, surplus: 3 });
  });
  it('rejects non-counts', () => {
    expect(codeOf(() => targetProgress({ achieved: -1, target: 2 }))).toBe('INVALID_COUNT');
  });
});
