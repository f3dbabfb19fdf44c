import { describe, expect, it } from 'vitest';
import { CchcError, STREAMLINING_TARGETS, getStreamliningTarget } from 'cchc';

describe('STREAMLINING_TARGETS', () => {
  it('has unique ids, positive minimum percents and a cited source for every target', () => {
    const ids = STREAMLINING_TARGETS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of STREAMLINING_TARGETS) {
      expect(t.percent).toBeGreaterThan(0);
      expect(t.percent).toBeLessThanOrEqual(100);
      expect(t.deadlineYear).toBeGreaterThan(t.baseYear);
      expect(t.sources.length).toBeGreaterThan(0);
      for (const s of t.sources) {
        expect(s.url).toMatch(/^https?:\/\//);
        expect(['A', 'B', 'C', 'D']).toContain(s.reliability);
      }
      expect(Object.isFrozen(t)).toBe(true);
    }
  });

  it('encodes the targets of the brief: 39/18-NQ/TW ≥ 10% of 2015 by 2021, 19-NQ/TW units and staff, KL 40 5% / 10% vs 2021', () => {
    expect(getStreamliningTarget('nq39-2015-payroll')).toMatchObject({
      baseYear: 2015,
      percent: 10,
      deadlineYear: 2021,
      instrument: { date: '2015-04-17' },
    });
    expect(getStreamliningTarget('nq18-2017-payroll')).toMatchObject({ baseYear: 2015, percent: 10, deadlineYear: 2021 });
    expect(getStreamliningTarget('nq19-2017-units')).toMatchObject({ metric: 'units', scope: 'public-service-units', percent: 10 });
    expect(getStreamliningTarget('nq19-2017-budget-paid-staff')).toMatchObject({ scope: 'budget-paid-public-employees', percent: 10 });
    const cbcc = getStreamliningTarget('kl40-2022-cadres-civil-servants');
    expect(cbcc).toMatchObject({
      baseYear: 2021,
      percent: 5,
      deadlineYear: 2026,
      instrument: { document: 'Kết luận 40-KL/TW', date: '2022-07-18' },
    });
    expect(cbcc.carryOverFrom).toEqual(['nq39-2015-payroll', 'nq18-2017-payroll']);
    expect(getStreamliningTarget('kl40-2022-budget-paid-public-employees')).toMatchObject({
      baseYear: 2021,
      percent: 10,
      deadlineYear: 2026,
    });
    // every carry-over refers to a known target
    for (const t of STREAMLINING_TARGETS) for (const id of t.carryOverFrom ?? []) expect(() => getStreamliningTarget(id)).not.toThrow();
    // Kết luận 28-KL/TW is not a source of the 2022–2026 target (the brief found none)
    expect(STREAMLINING_TARGETS.some((t) => t.instrument.document.includes('28-KL/TW'))).toBe(false);
  });

  it('rejects an unknown id with UNKNOWN_TARGET listing the known ids', () => {
    const e = (() => {
      try {
        getStreamliningTarget('kl28');
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(CchcError);
    expect((e as CchcError).code).toBe('UNKNOWN_TARGET');
    expect((e as CchcError).messageEn).toContain('kl40-2022-cadres-civil-servants');
  });
});
