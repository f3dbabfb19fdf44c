// Issue 11 for the indicator module: strict inputs (a typo is UNKNOWN_KEY at its path with a suggestion), one rate
// input, bilingual texts and citation lists, validity ranges — and the renamed fields keep their old names.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CchcError,
  EvaluateIndicatorOptionsSchema,
  IndicatorSpecSchema,
  IndicatorTargetSchema,
  IndicatorValuesSchema,
  NATIONAL_TARGETS,
  NationalTargetFilterSchema,
  defineIndicator,
  evaluateIndicator,
  evaluateIndicatorByLevel,
  findNationalTargets,
  getIndicator,
  getNationalTarget,
  ratio,
  type IndicatorSpec,
} from 'cchc';

function errorOf(f: () => unknown): CchcError {
  try {
    f();
  } catch (e) {
    if (e instanceof CchcError) return e;
    throw e;
  }
  throw new Error('expected a CchcError');
}

const spec: IndicatorSpec = {
  id: 'late-dossiers',
  name: { vi: 'Tỷ lệ hồ sơ quá hạn', en: 'Late dossiers' },
  numerator: { vi: 'Quá hạn', en: 'Late' },
  denominator: { vi: 'Đã giải quyết', en: 'Resolved' },
  unit: 'percent',
  direction: 'at-most',
  target: { value: 2 },
  sources: [{ document: 'A provincial target (example)' }],
};

describe('indicator: typos are rejected with their path and a suggestion', () => {
  it.each<[string, () => unknown, string, string]>([
    [
      'denominater (values)',
      () => evaluateIndicator('inspection-coverage', { numerator: 14, denominater: 42 } as never),
      'values.denominater',
      'denominator',
    ],
    [
      'numerater (values)',
      () => evaluateIndicator('inspection-coverage', { numerater: 14, denominator: 42 } as never),
      'values.numerater',
      'numerator',
    ],
    ['percnt (values)', () => evaluateIndicator('sipas-satisfaction', { percnt: 84 } as never), 'values.percnt', 'percent'],
    [
      'asof (options)',
      () => evaluateIndicator('inspection-coverage', { numerator: 14, denominator: 42 }, { asof: '2019-12-09' } as never),
      'options.asof',
      'asOf',
    ],
    [
      'decimal (options)',
      () => evaluateIndicator('inspection-coverage', { numerator: 14, denominator: 42 }, { decimal: 1 } as never),
      'options.decimal',
      'decimals',
    ],
    [
      'inclusiv (options.target)',
      () =>
        evaluateIndicator('inspection-coverage', { numerator: 14, denominator: 42 }, { target: { value: 30, inclusiv: false } } as never),
      'options.target.inclusiv',
      'inclusive',
    ],
    [
      'denominater (spec)',
      () => defineIndicator({ ...spec, denominator: undefined, denominater: { vi: 'b', en: 'b' } } as never),
      'denominater',
      'denominator',
    ],
    ['direciton (spec)', () => defineIndicator({ ...spec, direciton: 'at-most' } as never), 'direciton', 'direction'],
    ['validty (spec)', () => defineIndicator({ ...spec, validty: { start: '2020-01-01' } } as never), 'validty', 'validity'],
    [
      'sources[0].dated (spec)',
      () => defineIndicator({ ...spec, sources: [{ document: 'x', dated: '2020-01-01' }] } as never),
      'sources.0.dated',
      'date',
    ],
    ['programe (filter)', () => findNationalTargets({ programe: '76/NQ-CP' } as never), 'filter.programe', 'programme'],
    [
      'distrct (level)',
      () => evaluateIndicatorByLevel('one-stop-coverage', { distrct: { numerator: 1, denominator: 1 } } as never),
      'values.distrct',
      'district',
    ],
  ])('%s', (_, call, path, suggestion) => {
    const e = errorOf(call);
    const i = e.issues.find((x) => x.path.join('.') === path);
    expect(i, e.message).toBeDefined();
    expect(i!.suggestion).toBe(suggestion);
  });

  it('a typo is UNKNOWN_KEY (not a silently different answer), even inside defineIndicator', () => {
    expect(errorOf(() => evaluateIndicator('inspection-coverage', { numerator: 14, denominater: 42 } as never)).code).toBe('UNKNOWN_KEY');
    expect(errorOf(() => defineIndicator({ ...spec, denominator: undefined, denominater: { vi: 'b', en: 'b' } } as never)).code).toBe(
      'UNKNOWN_KEY',
    );
    expect(errorOf(() => findNationalTargets({ indicatorID: 'x' } as never)).code).toBe('UNKNOWN_KEY');
  });

  it('the exported schemas are strict too', () => {
    expect(IndicatorSpecSchema.issuesOf({ ...spec, nam: 'x' })[0]).toMatchObject({ code: 'UNKNOWN_KEY', suggestion: 'name' });
    expect(IndicatorTargetSchema.issuesOf({ value: 1, deadline: 2020 })[0]).toMatchObject({
      code: 'UNKNOWN_KEY',
      suggestion: 'deadlineYear',
    });
    expect(IndicatorValuesSchema.issuesOf({ numerator: 1, denominater: 2 })[0]).toMatchObject({
      code: 'UNKNOWN_KEY',
      suggestion: 'denominator',
    });
    expect(EvaluateIndicatorOptionsSchema.issuesOf({ roundng: 'up' })[0]).toMatchObject({ code: 'UNKNOWN_KEY', suggestion: 'rounding' });
    expect(NationalTargetFilterSchema.issuesOf({ deadline: 2025 })[0]).toMatchObject({ code: 'UNKNOWN_KEY' });
  });

  it('unknown ids have a suggestion', () => {
    expect(errorOf(() => getIndicator('inspection-coverag')).issues[0]).toMatchObject({
      code: 'UNKNOWN_INDICATOR',
      path: ['id'],
      suggestion: 'inspection-coverage',
    });
    expect(errorOf(() => evaluateIndicator('inspection-coverag', { numerator: 1, denominator: 2 })).issues[0]).toMatchObject({
      code: 'UNKNOWN_INDICATOR',
      path: ['def'],
      suggestion: 'inspection-coverage',
    });
    expect(errorOf(() => getNationalTarget('76-eid-2026')).issues[0]).toMatchObject({ code: 'UNKNOWN_TARGET', suggestion: '76-eid-2025' });
  });
});

describe('indicator: one rate input, ids, bilingual texts, citation lists, validity ranges', () => {
  it('{ rate } takes any rate input; a rate with its counts is evaluated as those counts', () => {
    const byCounts = evaluateIndicator('inspection-coverage', { numerator: 14, denominator: 42 });
    const byRatio = evaluateIndicator('inspection-coverage', { rate: ratio(14, 42) });
    expect(byRatio.formatted).toEqual(byCounts.formatted);
    expect(byRatio.summary).toEqual(byCounts.summary);
    expect(evaluateIndicator('inspection-coverage', { rate: { numerator: 14, denominator: 42 } }).summary.vi).toContain('(14/42)');
    const sipas = evaluateIndicator('sipas-satisfaction', { rate: '84,45%' });
    expect(sipas.formatted.vi).toBe('84,45%');
    expect(sipas.value!.toString()).toBe('84.45');
    expect(evaluateIndicator('sipas-satisfaction', { rate: 0.8445 }).value!.toString()).toBe('84.45');
    expect(evaluateIndicator('sipas-satisfaction', { percent: 84.45 }).value!.toString()).toBe('84.45');
    expect(errorOf(() => evaluateIndicator('sipas-satisfaction', { rate: '84,45' })).code).toBe('INVALID_NUMBER');
    expect(errorOf(() => evaluateIndicator('one-stop-coverage', { rate: ratio(1580, 1579) })).code).toBe('INVALID_INPUT');
    expect(evaluateIndicator('disbursement-rate', { rate: '101,22%' }).formatted.vi).toBe('101,22%');
  });

  it('the same rate in every notation gives the same evaluation (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (d, share) => {
        const n = Math.floor(d * share);
        const byCounts = evaluateIndicator('inspection-coverage', { numerator: n, denominator: d });
        expect(evaluateIndicator('inspection-coverage', { rate: ratio(n, d) })).toEqual(byCounts);
        expect(evaluateIndicator('inspection-coverage', { rate: { numerator: n, denominator: d } })).toEqual(byCounts);
        const asPercent = evaluateIndicator('inspection-coverage', { percent: byCounts.value! });
        expect(asPercent.status).toBe(byCounts.status);
        expect(asPercent.formatted).toEqual(byCounts.formatted);
      }),
    );
  });

  it('takes a registry id where it takes a definition', () => {
    expect(evaluateIndicator('inspection-coverage', { numerator: 14, denominator: 42 })).toEqual(
      evaluateIndicator(getIndicator('inspection-coverage'), { numerator: 14, denominator: 42 }),
    );
    expect(evaluateIndicatorByLevel('one-stop-coverage', { commune: { numerator: 121, denominator: 121 } }).commune?.formatted.vi).toBe(
      '100,00%',
    );
  });

  it('definitions carry name, sources and validity; targets carry sources', () => {
    const d = defineIndicator({
      ...spec,
      validity: { start: '2021-01-01', end: '2025-12-31' },
      target: { value: 2, sources: [{ document: 'KH 2021' }] },
    });
    expect(d.name).toEqual({ vi: 'Tỷ lệ hồ sơ quá hạn', en: 'Late dossiers' });
    expect(d.sources).toEqual([{ document: 'A provincial target (example)' }]);
    expect(d.validity).toEqual({ start: '2021-01-01', end: '2025-12-31' });
    expect(d.target?.sources).toEqual([{ document: 'KH 2021' }]);
    expect(errorOf(() => evaluateIndicator(d, { numerator: 1, denominator: 2 }, { asOf: '2026-01-01' })).code).toBe(
      'INDICATOR_NOT_IN_FORCE',
    );
    expect(evaluateIndicator(d, { numerator: 1, denominator: 200 }, { asOf: '2025-12-31' }).status).toBe('met');
    // JSON of a definition holds only the current names
    expect(Object.keys(JSON.parse(JSON.stringify(d)))).toEqual([
      'id',
      'name',
      'numerator',
      'denominator',
      'unit',
      'target',
      'direction',
      'sources',
      'validity',
      'decimals',
      'byLevel',
      'share',
    ]);
  });

  it('a reversed validity is INVALID_DATE_RANGE (the one code for a reversed range)', () => {
    const e = errorOf(() => defineIndicator({ ...spec, validity: { start: '2022-08-15', end: '2022-08-14' } }));
    expect(e.code).toBe('INVALID_DATE_RANGE');
    expect(e.path).toEqual(['validity', 'end']);
    expect(errorOf(() => defineIndicator({ ...spec, validFrom: '2022-08-15', validUntil: '2022-08-14' })).code).toBe('INVALID_DATE_RANGE');
  });

  it('needs a name and a source in one spelling or the other', () => {
    const { name: _n, ...noName } = spec;
    void _n;
    expect(errorOf(() => defineIndicator(noName as never)).issues[0]).toMatchObject({ code: 'INVALID_INDICATOR', path: ['name'] });
    const { sources: _s, ...noSources } = spec;
    void _s;
    expect(errorOf(() => defineIndicator(noSources as never)).issues[0]).toMatchObject({ code: 'INVALID_INDICATOR', path: ['sources'] });
    expect(errorOf(() => defineIndicator({ ...spec, sources: [] })).issues[0]).toMatchObject({
      code: 'INVALID_INDICATOR',
      path: ['sources'],
    });
  });
});

describe('indicator: renamed fields keep their old names (deprecated, still read)', () => {
  it('a 0.1 spec (nameVi, nameEn, source, validFrom, validUntil) still defines the same indicator', () => {
    const old = defineIndicator({
      id: 'late-dossiers',
      nameVi: 'Tỷ lệ hồ sơ quá hạn',
      nameEn: 'Late dossiers',
      numerator: { vi: 'Quá hạn', en: 'Late' },
      denominator: { vi: 'Đã giải quyết', en: 'Resolved' },
      unit: 'percent',
      direction: 'at-most',
      target: { value: 2, source: { document: 'KH 2021' } },
      source: { document: 'A provincial target (example)' },
      validFrom: '2021-01-01',
      validUntil: '2025-12-31',
    });
    const current = defineIndicator({
      ...spec,
      validity: { start: '2021-01-01', end: '2025-12-31' },
      target: { value: 2, sources: [{ document: 'KH 2021' }] },
    });
    expect(old).toEqual(current);
    expect([old.nameVi, old.nameEn, old.source, old.validFrom, old.validUntil]).toEqual([
      'Tỷ lệ hồ sơ quá hạn',
      'Late dossiers',
      { document: 'A provincial target (example)' },
      '2021-01-01',
      '2025-12-31',
    ]);
    expect(old.target?.source).toEqual({ document: 'KH 2021' });
  });

  it('an old and a new spelling that disagree are refused', () => {
    expect(errorOf(() => defineIndicator({ ...spec, nameVi: 'Khác' })).issues[0]).toMatchObject({
      code: 'INVALID_INDICATOR',
      path: ['nameVi'],
    });
    expect(errorOf(() => defineIndicator({ ...spec, source: { document: 'other' } })).issues[0]).toMatchObject({
      code: 'INVALID_INDICATOR',
      path: ['source'],
    });
    expect(errorOf(() => defineIndicator({ ...spec, validity: { start: '2021-01-01' }, validFrom: '2020-01-01' })).issues[0]).toMatchObject(
      { path: ['validFrom'] },
    );
    // an old and a new spelling that agree are accepted
    expect(defineIndicator({ ...spec, nameVi: spec.name!.vi, source: spec.sources![0] }).id).toBe('late-dossiers');
  });

  it('an evaluation keeps text, textEn, summaryVi, summaryEn', () => {
    const e = evaluateIndicator('inspection-coverage', { numerator: 14, denominator: 42 });
    expect([e.text, e.textEn, e.summaryVi, e.summaryEn]).toEqual([e.formatted.vi, e.formatted.en, e.summary.vi, e.summary.en]);
    expect(e.text).toBe('33,33%');
  });

  it('national targets keep descriptionVi / descriptionEn and target.source', () => {
    for (const t of NATIONAL_TARGETS) {
      expect(t.descriptionVi).toBe(t.description.vi);
      expect(t.descriptionEn).toBe(t.description.en);
      expect(t.target.source).toBe(t.target.sources[0]);
    }
    // a national target is still an evaluation target as it is
    const above80 = getNationalTarget('30c-satisfaction-2020').target;
    expect(evaluateIndicator('sipas-satisfaction', { percent: 84.45 }, { target: above80 }).target).toEqual(above80);
  });
});
