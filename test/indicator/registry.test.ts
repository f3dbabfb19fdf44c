import { describe, expect, it } from 'vitest';
import { CchcError, INDICATORS, NATIONAL_TARGETS, findNationalTargets, getIndicator, getNationalTarget } from 'cchc';

describe('indicator registry', () => {
  it('has unique ids, every definition with a source, and the indicators the seed report uses', () => {
    const ids = INDICATORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [
      'one-stop-coverage',
      'inter-agency-one-stop-share',
      'online-services-level-1-2',
      'online-services-level-3',
      'online-services-level-4',
      'online-services-level-3-4',
      'online-services-full-process',
      'online-services-partial',
      'postal-procedures-share',
      'iso-9001-coverage',
      'iso-9001-announced',
      'e-documents-fully-electronic',
      'inspection-coverage',
      'feedback-handled',
      'disbursement-rate',
    ]) {
      expect(ids).toContain(id);
    }
    for (const d of INDICATORS) {
      expect(d.sources.length).toBeGreaterThan(0);
      for (const s of d.sources) expect(s.document.length).toBeGreaterThan(0);
      expect(d.source).toBe(d.sources[0]); // deprecated duplicate
    }
  });

  it('dates the online-service definitions: levels 1–4 end 14/8/2022, full-process / partial start 15/8/2022 (NĐ 42/2022)', () => {
    for (const d of INDICATORS.filter((x) => x.id.startsWith('online-services-level'))) expect(d.validity).toEqual({ end: '2022-08-14' });
    expect(getIndicator('online-services-full-process').validity).toEqual({ start: '2022-08-15' });
    expect(getIndicator('online-services-partial').validity).toEqual({ start: '2022-08-15' });
    // the 0.1 names still read
    expect(getIndicator('online-services-level-4').validUntil).toBe('2022-08-14');
    expect(getIndicator('online-services-full-process').validFrom).toBe('2022-08-15');
  });

  it('carries the targets it sources: inspection ≥ 30%, disbursement ≥ 95%', () => {
    expect(getIndicator('inspection-coverage').target).toEqual({ value: 30 });
    expect(getIndicator('disbursement-rate').target?.value).toBe(95);
  });

  it('rejects an unknown id', () => {
    expect(() => getIndicator('nope')).toThrow(CchcError);
    try {
      getIndicator('nope');
    } catch (e) {
      expect((e as CchcError).code).toBe('UNKNOWN_INDICATOR');
    }
  });
});

describe('national targets (30c/NQ-CP, 76/NQ-CP)', () => {
  it('link to indicators that exist, with deadline and source', () => {
    const ids = new Set(NATIONAL_TARGETS.map((t) => t.id));
    expect(ids.size).toBe(NATIONAL_TARGETS.length);
    for (const t of NATIONAL_TARGETS) {
      if (t.indicatorId !== undefined) expect(() => getIndicator(t.indicatorId!)).not.toThrow();
      expect(t.target.sources[0]!.url).toMatch(/^https?:\/\//);
      expect(t.target.source).toBe(t.target.sources[0]); // deprecated duplicate
      expect(t.descriptionVi).toBe(t.description.vi); // deprecated duplicate
      expect(t.target.deadlineYear).toBeGreaterThanOrEqual(2015);
    }
  });
  it('encode the values of the brief', () => {
    expect(getNationalTarget('30c-satisfaction-2020').target).toMatchObject({ value: 80, inclusive: false, deadlineYear: 2020 });
    expect(findNationalTargets({ indicatorId: 'online-services-level-3-4' }).map((t) => [t.target.value, t.target.deadlineYear])).toEqual([
      [80, 2025],
      [90, 2030],
    ]);
    expect(findNationalTargets({ programme: '76/NQ-CP', deadlineYear: 2025 }).map((t) => t.id)).toEqual([
      '76-business-regulations-2025',
      '76-compliance-costs-2025',
      '76-online-level-3-4-2025',
      '76-online-payment-2025',
      '76-eid-2025',
      '76-national-databases-2025',
      '76-satisfaction-2025',
    ]);
    expect(findNationalTargets({ programme: '30c/NQ-CP' })).toHaveLength(4);
  });
  it('do not encode what the brief could not verify (76/NQ-CP units, staff, autonomy)', () => {
    expect(NATIONAL_TARGETS.some((t) => /unit|staff|autonomy/.test(t.id))).toBe(false);
  });
  it('reject unknown ids and bad filters', () => {
    try {
      getNationalTarget('76-x');
    } catch (e) {
      expect((e as CchcError).code).toBe('UNKNOWN_TARGET');
    }
    try {
      findNationalTargets({ programme: '135/NQ-CP' as never });
    } catch (e) {
      expect((e as CchcError).code).toBe('INVALID_INPUT');
    }
  });
});
