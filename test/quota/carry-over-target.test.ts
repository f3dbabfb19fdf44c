import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type CchcError, carryOverTarget, getStreamliningTarget } from 'cchc';

describe('carryOverTarget (KL 40-KL/TW)', () => {
  it('adds a 2016–2021 shortfall to the 2022–2026 target', () => {
    const t = carryOverTarget({
      previous: { target: 284, achieved: 250 },
      current: { base: 2600, targetPercent: 5, targetRounding: 'up' },
    });
    expect(t).toMatchObject({ previousShortfall: 34, previousSurplus: 0, currentTarget: 130, required: 164 });
    expect(t.currentTargetExact!.toString()).toBe('130');
    expect(t.source.document).toBe('Kết luận 40-KL/TW');
    expect(t.source.note).toMatch(/Confirm/);
  });
  it('credits a surplus, never below 0', () => {
    expect(carryOverTarget({ previous: { target: 284, achieved: 300 }, current: { base: 2600, target: 130 } }).required).toBe(114);
    expect(carryOverTarget({ previous: { target: 10, achieved: 500 }, current: { base: 2600, target: 130 } }).required).toBe(0);
  });
  it('uses the KL 40 percents as data', () => {
    const vc = getStreamliningTarget('kl40-2022-budget-paid-public-employees');
    const t = carryOverTarget({
      previous: { target: 3318, achieved: 3318 },
      current: { base: 29_000, targetPercent: vc.percent, targetRounding: 'up' },
    });
    expect(t.required).toBe(2900);
  });
  it('reports current-target problems under `current`', () => {
    try {
      carryOverTarget({ previous: { target: 1, achieved: 0 }, current: { base: 100, targetPercent: 5 } });
      expect.unreachable();
    } catch (e) {
      expect((e as CchcError).code).toBe('TARGET_ROUNDING_REQUIRED');
      expect((e as CchcError).path).toEqual(['current', 'targetRounding']);
    }
  });
  it('required = max(0, current + previous target − previous achieved)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 5000 }), (pt, pa, ct) => {
        const t = carryOverTarget({ previous: { target: pt, achieved: pa }, current: { base: 10_000, target: ct } });
        expect(t.required).toBe(Math.max(0, ct + pt - pa));
        expect(t.previousShortfall * t.previousSurplus).toBe(0);
      }),
    );
  });
});
