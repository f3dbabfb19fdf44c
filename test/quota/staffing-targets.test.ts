// The 2026–2031 staffing targets (Bộ Nội vụ CV 10989/BNV-TCBC as the press reports it) and the streamlining regimes by
// date (NĐ 29/2023, NĐ 154/2025 to 2030): data with sources, unverified parts flagged, bad input a CchcError.
import { describe, expect, it } from 'vitest';
import { STAFFING_TARGETS_2026_2031, STREAMLINING_REGIMES, provincesOn, provincialStaffingCuts, streamliningRegimeOn } from 'cchc';
import { codeOf } from '../_support/code-of.js';

describe('STAFFING_TARGETS_2026_2031', () => {
  const [pe, cs] = STAFFING_TARGETS_2026_2031;

  it('viên chức: at least 10% against the level assigned to end-2026, education and health excepted', () => {
    expect(pe).toMatchObject({
      id: 'bnv10989-2025-public-employees',
      scope: 'budget-paid-public-employees',
      staffingPeriod: { start: '2026-01-01', end: '2031-12-31' },
    });
    expect(pe!.rules.map((r) => r.percent)).toEqual([10, 10]);
    expect(pe!.excludes.map((e) => e.vi)).toEqual(['giáo dục', 'y tế']);
    expect(pe!.base.en).toContain('up to the end of 2026');
  });

  it('công chức: 5% / 15% / 20% by mergers (not the 10% of viên chức)', () => {
    expect(cs!.scope).toBe('state-administrative-staff');
    expect(cs!.rules.map((r) => [r.level, r.mergedUnits, r.percent])).toEqual([
      ['central', 1, 5],
      ['central', 2, 15],
      ['provincial', 1, 5],
      ['provincial', 2, 15],
      ['provincial', 3, 20],
    ]);
  });

  it('flags what is unverified, cites the press, and is deeply frozen', () => {
    for (const t of STAFFING_TARGETS_2026_2031) {
      expect(t.verified).toBe(false);
      expect(t.unverified.length).toBeGreaterThan(0);
      expect(t.instrument).toMatchObject({ document: expect.stringContaining('10989/BNV-TCBC'), verified: false });
      expect(t.sources.some((s) => s.verified === true && s.url?.startsWith('https://'))).toBe(true);
      expect(Object.isFrozen(t) && Object.isFrozen(t.rules[0]) && Object.isFrozen(t.sources[0])).toBe(true);
    }
  });
});

describe('provincialStaffingCuts', () => {
  it('reads the number of merged provinces from the registry for each of the 34', () => {
    const byCut = new Map<number, string[]>();
    for (const p of provincesOn('2026-01-01')) {
      const c = provincialStaffingCuts(p.code);
      expect(c.civilServants.mergedUnits).toBe(p.mergedFrom!.length);
      expect(c.publicEmployees.percent).toBe(10);
      byCut.set(c.civilServants.percent, [...(byCut.get(c.civilServants.percent) ?? []), p.code]);
    }
    expect(byCut.get(5)).toHaveLength(11);
    expect((byCut.get(15) ?? []).length + (byCut.get(20) ?? []).length).toBe(23);
    expect(byCut.get(20)).toEqual(['25', '37', '68', '79', '86', '92']);
  });

  it('refuses a closed code and bad input', () => {
    expect(codeOf(() => provincialStaffingCuts('89'))).toBe('PROVINCE_NOT_IN_FORCE');
    expect(codeOf(() => provincialStaffingCuts(79 as never))).toBe('INVALID_PROVINCE_CODE');
    expect(codeOf(() => provincialStaffingCuts(null as never))).toBe('INVALID_PROVINCE_CODE');
  });
});

describe('streamliningRegimeOn', () => {
  it('picks the decree in force', () => {
    expect(streamliningRegimeOn('2023-07-20').id).toBe('nd29-2023');
    expect(streamliningRegimeOn('2025-06-15').id).toBe('nd29-2023');
    expect(streamliningRegimeOn('2025-06-16').id).toBe('nd154-2025');
    expect(streamliningRegimeOn('2030-12-31').id).toBe('nd154-2025');
  });

  it('says when no regime is known, and flags the 2030 end as unverified', () => {
    expect(codeOf(() => streamliningRegimeOn('2023-07-19'))).toBe('DATE_OUT_OF_RANGE');
    expect(codeOf(() => streamliningRegimeOn('2031-01-01'))).toBe('DATE_OUT_OF_RANGE');
    expect(codeOf(() => streamliningRegimeOn(null as never))).toBe('INVALID_DATE');
    expect(STREAMLINING_REGIMES[1]!.sources.some((s) => s.verified === false && s.note?.includes('31/12/2030'))).toBe(true);
    expect(Object.isFrozen(STREAMLINING_REGIMES[1]!.validity)).toBe(true);
  });
});
