// Issue 11 for the PAR module: one rate input, names that say the unit, strict inputs (typos with suggestions),
// SourceRef / BilingualText, merged codes, and the deprecated 0.1 names that still work.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CchcDecimal,
  CchcError,
  classify,
  ClassBandSchema,
  ClassSchemeSchema,
  compareAssessments,
  defineMethodology,
  gradeDistribution,
  HUE_PAR_CLASSES,
  isCchcError,
  LeafInputSchema,
  LeafRuleSpecSchema,
  lostPoints,
  MethodologyRowSchema,
  MethodologySourceSchema,
  MethodologySpecSchema,
  methodologyFromRows,
  methodologyToRows,
  PAR_INDEX_GROUPS,
  pointsToTarget,
  rankTarget,
  rankUnits,
  rateOf,
  ratio,
  RankTargetInputSchema,
  ScoreAssessmentOptionsSchema,
  scoreAssessment,
  type ClassScheme,
  type Methodology,
  type MethodologySpec,
} from 'cchc';
import { caMau2013Fragment } from 'cchc/datasets';
import { caMauFullInputs as full } from './_arbitraries.js';

/** Every issue as `CODE@path` (and `→suggestion` when there is one). */
const issuesOf = (f: () => unknown): string[] => {
  try {
    f();
  } catch (e) {
    if (!(e instanceof CchcError)) throw e;
    return e.issues.map((i) => `${i.code}@${i.path.join('.')}${i.suggestion ? `→${i.suggestion}` : ''}`);
  }
  return [];
};

/** One leaf of each rate kind: 1.1.4-like bands (trên 90% = 2; từ 70% = 1), proportional, survey. */
const rates: MethodologySpec = {
  id: 'rates',
  name: 'Tỷ lệ',
  nodes: [
    { code: '1', name: 'Mức độ thực hiện kế hoạch', maxPoints: 2, rule: 'percent-bands: trên 90% = 2; từ 70% = 1; từ 0% = 0' },
    { code: '2', name: 'Tỷ lệ hồ sơ đúng hạn', maxPoints: 4, rule: 'proportional' },
    { code: '3', name: 'Mức độ hài lòng', maxPoints: 5, rule: 'survey' },
  ],
};

describe('one rate input (issue 11)', () => {
  it('takes a Ratio from ratio() where a rate is expected: the trap of the issue', () => {
    // scoreAssessment(m, { '1': { ratio: ratio(46, 50) } }) failed with INVALID_NUMBER in 0.1
    const s = scoreAssessment(caMau2013Fragment, { ...full, '1.1.4': { ratio: ratio(46, 50) } });
    expect(s.nodes['1.1.4']!.achieved.toString()).toBe('2');
    expect(scoreAssessment(caMau2013Fragment, { ...full, '1.1.4': { rate: ratio(46, 50) } }).nodes['1.1.4']!.achieved.toString()).toBe('2');
  });

  it('reads every RateInput shape the same way, for every rate rule', () => {
    const forms = (n: number, d: number) => [
      { rate: ratio(n, d) },
      { rate: { numerator: n, denominator: d } },
      { rate: n / d },
      { rate: `${new CchcDecimal(n).div(d).times(100).toFixed().replace('.', ',')}%` },
      { numerator: n, denominator: d },
      { ratio: ratio(n, d) }, // deprecated name, same reading
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }).chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d))),
        ([n, d]) => {
          const want = scoreAssessment(rates, { '1': { rate: ratio(n, d) }, '2': { rate: ratio(n, d) }, '3': { rate: ratio(n, d) } });
          for (const form of forms(n, d)) {
            const survey = 'ratio' in form ? { share: form.ratio } : form;
            // a fraction n / d as a JS number and a rounded percent text are not exact: compare the bands' points only
            const exact = !(typeof (form as { rate?: unknown }).rate === 'number' || typeof (form as { rate?: unknown }).rate === 'string');
            const s = scoreAssessment(rates, { '1': form as never, '2': form as never, '3': survey as never });
            if (exact) expect(s.total.achieved.eq(want.total.achieved)).toBe(true);
            else expect(s.total.achieved.minus(want.total.achieved).abs().lt('1e-12')).toBe(true);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('"85%" means the same everywhere: 0,85 as a fraction, 85 as percent points', () => {
    expect(rateOf('85%').value.toString()).toBe('0.85');
    const s = scoreAssessment(rates, { '1': { rate: '85%' }, '2': { rate: '85%' }, '3': { rate: '85,5%' } });
    expect(s.nodes['2']!.achieved.toString()).toBe('3.4'); // 4 × 0,85
    expect(s.nodes['3']!.achieved.toString()).toBe('4.275'); // 5 × 0,855
    // a class bound and an index in percent points
    const bands = [{ key: 'x', title: { vi: 'Từ 85%', en: 'From 85%' }, min: '85%' }];
    expect(classify(85, bands)?.key).toBe('x');
    expect(classify('85%', bands)?.key).toBe('x');
    expect(classify(rateOf('85%'), bands)?.key).toBe('x');
    expect(classify(84.99, bands)).toBeNull();
    // a percent band's bound (a fraction)
    const m = defineMethodology({
      id: 'b',
      name: 'b',
      nodes: [
        {
          code: '1',
          name: 'A',
          maxPoints: 1,
          rule: {
            kind: 'percent-bands',
            bands: [
              { min: '85%', points: 1 },
              { min: 0, points: 0 },
            ],
          },
        },
      ],
    });
    const band = (m.nodes[0]!.rule as { bands: readonly { min: { eq(v: string): boolean } }[] }).bands[0]!;
    expect(band.min.eq('0.85')).toBe(true);
    // a target index
    const one = scoreAssessment(
      { id: 'x', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 100, rule: 'manual' }] },
      { '1': { points: 80 } },
    );
    expect(pointsToTarget(one, '85%').targetIndexPercent.toString()).toBe('85');
    expect(pointsToTarget(one, rateOf('85%')).gap.toString()).toBe('5');
  });

  it('never guesses: a bare 85 is not 85%, a text without "%" is refused under `rate`', () => {
    expect(issuesOf(() => scoreAssessment(rates, { '1': { rate: 85 }, '2': { rate: '85' }, '3': { rate: 1.2 } }))).toEqual([
      'RATE_OUT_OF_RANGE@1.rate',
      'INVALID_NUMBER@2.rate',
      'RATE_OUT_OF_RANGE@3.rate',
    ]);
    // counts above 1: a plan over-fulfilled counts as 100% for bands and proportional leaves, never for a survey share
    const over = scoreAssessment(rates, {
      '1': { rate: ratio(60, 50) },
      '2': { rate: { numerator: 60, denominator: 50 } },
      '3': { rate: 1 },
    });
    expect([over.nodes['1']!.achieved, over.nodes['2']!.achieved].map(String)).toEqual(['2', '4']);
    expect(issuesOf(() => scoreAssessment(rates, { '1': { rate: 1 }, '2': { rate: 1 }, '3': { rate: ratio(6, 5) } }))).toEqual([
      'RATE_OUT_OF_RANGE@3.rate',
    ]);
    expect(
      issuesOf(() => scoreAssessment(rates, { '1': { rate: { numerator: 1, denominator: 0 } }, '2': { rate: -0.1 }, '3': { rate: 1 } })),
    ).toEqual(['ZERO_DENOMINATOR@1.rate.denominator', 'RATE_OUT_OF_RANGE@2.rate']);
  });

  it('keeps the 0.1 shapes (deprecated): { ratio } and { share } with a Vietnamese number text or a Decimal', () => {
    const s = scoreAssessment(rates, { '1': { ratio: '0,95' }, '2': { ratio: new CchcDecimal('0.5') }, '3': { share: '0,8' } });
    expect([s.nodes['1']!.achieved, s.nodes['2']!.achieved, s.nodes['3']!.achieved].map(String)).toEqual(['2', '2', '4']);
  });

  it('merges PAR_RATIO_OUT_OF_RANGE into RATE_OUT_OF_RANGE, still matched by the old code', () => {
    let err: unknown;
    try {
      scoreAssessment(caMau2013Fragment, { ...full, '1.1.4': { rate: 85 } });
    } catch (e) {
      err = e;
    }
    expect(isCchcError(err, 'RATE_OUT_OF_RANGE')).toBe(true);
    expect(isCchcError(err, 'PAR_RATIO_OUT_OF_RANGE')).toBe(true);
    expect((err as CchcError).messageEn).toContain('Criterion "1.1.4": rate must be a rate in [0, 1] (0.85 or "85%"), received 85');
    expect((err as CchcError).messageVi).toContain('Tiêu chí "1.1.4": rate phải là tỷ lệ trong [0, 1]');
  });
});

describe('names that say the unit (issue 11)', () => {
  const s = scoreAssessment(caMau2013Fragment, { ...full, '1.3': { points: 1.5 } });

  it('indexes are `indexPercent` (percent points); `index` is a deprecated, non-enumerated alias', () => {
    expect(s.total.indexPercent?.toString()).toBe('85');
    expect(s.total.index?.toString()).toBe('85');
    expect(s.nodes['1.3']!.indexPercent?.toString()).toBe('50');
    expect(s.nodes['1.3']!.index?.toString()).toBe('50');
    expect(s.channels.assessed.index?.toString()).toBe(s.channels.assessed.indexPercent?.toString());
    expect(Object.keys(s.total)).toContain('indexPercent');
    expect(Object.keys(s.total)).not.toContain('index');
    expect(JSON.parse(JSON.stringify(s.nodes['1.3']))).not.toHaveProperty('index');
    expect(lostPoints(s)[0]!.indexPercent?.toString()).toBe('50');
    expect(lostPoints(s)[0]!.index?.toString()).toBe('50');
  });

  it('comparisons, targets and distributions name percent points and shares apart', () => {
    const c = compareAssessments(caMau2013Fragment, { selfAssessment: full, appraisal: { ...full, '1.3': { points: 1.5 } } });
    expect([c.total.selfIndexPercent, c.total.appraisalIndexPercent, c.total.indexDifferencePercent].map(String)).toEqual([
      '100',
      '85',
      '-15',
    ]);
    expect([c.total.selfIndex, c.total.appraisalIndex, c.total.indexDifference].map(String)).toEqual(['100', '85', '-15']);
    const t = pointsToTarget(s, 90);
    expect(t.targetIndexPercent.toString()).toBe('90');
    expect(t.targetIndex.toString()).toBe('90');
    const d = gradeDistribution([95, 85, 85], HUE_PAR_CLASSES);
    expect(d.classes[1]!.sharePercent?.toString()).toBe('66.67');
    expect(d.classes[1]!.shareRatio?.value.toFixed(4)).toBe('0.6667');
  });

  it('classify takes the index in percent points, or a rate object turned into points', () => {
    expect(classify(90, PAR_INDEX_GROUPS)?.key).toBe('A');
    expect(classify(ratio(9, 10), PAR_INDEX_GROUPS)?.key).toBe('A');
    expect(classify(0.9, PAR_INDEX_GROUPS)).toBeNull(); // 0,9 points: a number is never read as a fraction here
  });
});

describe('typos are refused with UNKNOWN_KEY, the path and a suggestion (issue 11)', () => {
  const leaf = { code: '1', name: 'A', maxPoints: 2, rule: 'manual' };

  it('in a methodology: spec, node, rule, band, tier and source keys', () => {
    expect(issuesOf(() => defineMethodology({ id: 'x', name: 'x', clamptotal: false, nodes: [leaf] } as never))).toEqual([
      'UNKNOWN_KEY@clamptotal→clampTotal',
    ]);
    expect(
      issuesOf(() =>
        defineMethodology({ id: 'x', name: 'x', nodes: [{ code: '1', name: 'A', maxPoint: 2, maxPoints: 2, rule: 'manual' }] } as never),
      ),
    ).toEqual(['UNKNOWN_KEY@nodes.0.maxPoint→maxPoints']);
    expect(issuesOf(() => defineMethodology({ id: 'x', name: 'x', nodes: [{ ...leaf, mayBeNotApplicabel: true }] } as never))).toEqual([
      'UNKNOWN_KEY@nodes.0.mayBeNotApplicabel→mayBeNotApplicable',
    ]);
    const band = (extra: object) => ({
      ...leaf,
      rule: {
        kind: 'percent-bands',
        bands: [
          { min: 0.5, points: 2, ...extra },
          { min: 0, points: 0 },
        ],
      },
    });
    expect(issuesOf(() => defineMethodology({ id: 'x', name: 'x', nodes: [band({ minInclusiv: false })] } as never))).toEqual([
      'UNKNOWN_KEY@nodes.0.rule.bands.0.minInclusiv→minInclusive',
    ]);
    expect(
      issuesOf(() => defineMethodology({ id: 'x', name: 'x', nodes: [{ ...leaf, rule: { kind: 'tiered', tier: [] } }] } as never)),
    ).toContain('UNKNOWN_KEY@nodes.0.rule.tier→tiers');
    expect(
      issuesOf(() =>
        defineMethodology({
          id: 'x',
          name: 'x',
          nodes: [{ ...leaf, rule: { kind: 'tiered', tiers: [{ outcome: 'Đạt', point: 2 }] } }],
        } as never),
      ),
    ).toContain('UNKNOWN_KEY@nodes.0.rule.tiers.0.point→points');
    expect(
      issuesOf(() =>
        defineMethodology({ id: 'x', name: 'x', sources: [{ document: 'QĐ 1880/QĐ-UBND', dated: '2013-11-11' }], nodes: [leaf] } as never),
      ),
    ).toEqual(['UNKNOWN_KEY@sources.0.dated→date']);
    expect(issuesOf(() => methodologyFromRows([{ code: '1', name: 'A', maxpoints: 2, rule: 'manual' }] as never))).toEqual([
      'UNKNOWN_KEY@rows.0.maxpoints→maxPoints',
    ]);
  });

  it("in assessment inputs: the issue's `denominater`, and other leaf keys", () => {
    expect(issuesOf(() => scoreAssessment(caMau2013Fragment, { ...full, '1.1.4': { numerator: 46, denominater: 50 } as never }))).toEqual([
      'UNKNOWN_KEY@1.1.4.denominater→denominator',
    ]);
    expect(issuesOf(() => scoreAssessment(caMau2013Fragment, { ...full, '1.1.4': { rat: 0.9 } as never }))).toEqual([
      'UNKNOWN_KEY@1.1.4.rat→rate',
    ]);
    expect(issuesOf(() => scoreAssessment(caMau2013Fragment, { ...full, '1.3': { point: 2 } as never }))).toEqual([
      'UNKNOWN_KEY@1.3.point→points',
    ]);
    // a code that is not in the methodology (a spreadsheet cell with a trailing space), with the closest one
    expect(issuesOf(() => scoreAssessment(caMau2013Fragment, { ...full, '1.1.4 ': { met: true } }))).toEqual([
      'PAR_UNKNOWN_CODE@1.1.4 →1.1.4',
    ]);
    // a note and evidence may go with any input
    expect(
      scoreAssessment(caMau2013Fragment, {
        ...full,
        '1.3': { points: 3, note: 'Biên bản kiểm tra', evidence: { file: 'bb.pdf' } },
      }).total.achieved.toString(),
    ).toBe('10');
  });

  it('in options and input objects: `chanel`, `onyl`, `decimal`, `fromat`, `traget`, `selfAssesment`', () => {
    const m = defineMethodology(caMau2013Fragment);
    const s = scoreAssessment(m, full);
    expect(issuesOf(() => compareAssessments(m, { selfAssessment: full, appraisal: full }, { chanel: 'all' } as never))).toEqual([
      'UNKNOWN_KEY@options.chanel→channel',
    ]);
    expect(issuesOf(() => compareAssessments(m, { selfAssesment: full, appraisal: full } as never))).toContain(
      'UNKNOWN_KEY@selfAssesment→selfAssessment',
    );
    expect(issuesOf(() => scoreAssessment(m, full, { onyl: 'survey' } as never))).toEqual(['UNKNOWN_KEY@options.onyl→only']);
    expect(issuesOf(() => rankUnits([], { decimal: 2 } as never))).toEqual(['UNKNOWN_KEY@options.decimal→decimals']);
    expect(issuesOf(() => methodologyToRows(m, { fromat: 'text' } as never))).toEqual(['UNKNOWN_KEY@options.fromat→format']);
    expect(issuesOf(() => methodologyFromRows([{ code: '1', name: 'A', maxPoints: 1 }], { defaultrule: 'manual' } as never))).toEqual([
      'UNKNOWN_KEY@options.defaultrule→defaultRule',
    ]);
    expect(issuesOf(() => lostPoints(s, { includeZeros: true } as never))).toEqual(['UNKNOWN_KEY@options.includeZeros→includeZero']);
    expect(issuesOf(() => rankTarget({ rank: 1, of: 63, traget: { from: 1, to: 5 } } as never))).toEqual([
      'UNKNOWN_KEY@traget→target',
      'INVALID_INPUT@target',
    ]);
    expect(issuesOf(() => rankTarget({ rank: 1, of: 63, target: { from: 1, too: 5 } } as never))).toEqual(['UNKNOWN_KEY@target.too→to']);
    expect(issuesOf(() => classify(90, [{ key: 'A', label: 'A', min: 90, maxInclusiv: true }] as never))).toEqual([
      'UNKNOWN_KEY@bands.0.maxInclusiv→maxInclusive',
    ]);
    expect(issuesOf(() => classify(90, { ...PAR_INDEX_GROUPS, note: 'x' } as never))).toEqual(['UNKNOWN_KEY@bands.note→notes']);
  });

  it('in the exported schemas too', () => {
    const first = (r: { success: boolean; error?: CchcError }) =>
      r.success ? undefined : `${r.error!.issues[0]!.code}→${r.error!.issues[0]!.suggestion}`;
    expect(first(MethodologySpecSchema.safeParse({ ...caMau2013Fragment, clamptotal: false }))).toBe('UNKNOWN_KEY→clampTotal');
    expect(first(ScoreAssessmentOptionsSchema.safeParse({ onyl: 'survey' }))).toBe('UNKNOWN_KEY→only');
    expect(first(MethodologyRowSchema.safeParse({ code: '1', name: 'A', maxpoints: 1 }))).toBe('UNKNOWN_KEY→maxPoints');
    expect(first(LeafRuleSpecSchema.safeParse({ kind: 'tiered', tier: [] }))).toMatch(/^UNKNOWN_KEY→tiers$|^INVALID_INPUT/);
    expect(first(ClassBandSchema.safeParse({ key: 'A', label: 'A', min: 90, maxInclusiv: true }))).toBe('UNKNOWN_KEY→maxInclusive');
    expect(first(RankTargetInputSchema.safeParse({ rank: 1, of: 2, target: { from: 1, too: 2 } }))).toBe('UNKNOWN_KEY→to');
    expect(LeafInputSchema.safeParse({ rate: ratio(46, 50) }).success).toBe(true);
    expect(LeafInputSchema.safeParse({ rate: '92' }).success).toBe(false);
    expect(LeafInputSchema.safeParse({ numerator: 46, denominater: 50 }).success).toBe(false);
    const json = MethodologySpecSchema.toJSONSchema() as {
      additionalProperties: boolean;
      $defs: Record<string, { additionalProperties: boolean }>;
    };
    expect(json.additionalProperties).toBe(false);
    expect(json.$defs.MethodologyNodeSpec?.additionalProperties).toBe(false);
  });
});

describe('citations and bilingual labels (issue 11)', () => {
  it('methodology sources are SourceRefs; the 0.1 `issued` is read as `date` (deprecated)', () => {
    const m = defineMethodology({
      id: 'x',
      name: 'x',
      sources: [{ document: 'QĐ 1880/QĐ-UBND', issued: '2013-11-11', url: 'https://thuvienphapluat.vn/' }],
      nodes: [{ code: '1', name: 'A', maxPoints: 1, rule: 'binary' }],
    });
    expect(m.sources).toEqual([{ document: 'QĐ 1880/QĐ-UBND', date: '2013-11-11', url: 'https://thuvienphapluat.vn/' }]);
    expect(MethodologySourceSchema.safeParse({ document: 'QĐ 876/QĐ-BNV', issued: '2022-11-10' }).success).toBe(true);
    expect(
      issuesOf(() =>
        defineMethodology({
          id: 'x',
          name: 'x',
          sources: [{ document: 'QĐ', issued: '2013-11-11', date: '2013-11-12' }],
          nodes: [{ code: '1', name: 'A', maxPoints: 1, rule: 'binary' }],
        }),
      ),
    ).toEqual(['INVALID_INPUT@sources.0.issued']);
    expect(
      issuesOf(() =>
        defineMethodology({
          id: 'x',
          name: 'x',
          sources: [{ document: 'QĐ', reliability: 'E' }],
          nodes: [{ code: '1', name: 'A', maxPoints: 1, rule: 'binary' }],
        } as never),
      )[0],
    ).toMatch(/^INVALID_INPUT@sources\.0\.reliability/);
  });

  it('class presets cite SourceRefs and label bands in both languages, the 0.1 fields kept', () => {
    for (const preset of [PAR_INDEX_GROUPS, HUE_PAR_CLASSES]) {
      expect(ClassSchemeSchema.safeParse(preset).success).toBe(true);
      for (const src of preset.sources) expect(src.url).toMatch(/^https:\/\//);
      for (const b of preset.bands) {
        expect(b.label).toBe(b.title.vi);
        expect(b.labelEn).toBe(b.title.en);
      }
    }
    expect(classify(95, PAR_INDEX_GROUPS)?.title).toEqual({ vi: 'Nhóm A', en: 'Group A' });
    expect(HUE_PAR_CLASSES.unknownBands?.[0]?.title).toEqual({ vi: 'Yếu', en: 'Weak' });
  });

  it('a band given with a title only comes back with its label duplicates; a 0.1 scheme (string sources) still works', () => {
    const scheme: ClassScheme = {
      id: 'nam-dinh',
      name: 'Nam Định 2020',
      sources: ['https://sonoivu.namdinh.gov.vn/'],
      bands: [
        { key: 'I', title: { vi: 'Nhóm I', en: 'Group I' }, min: 90 },
        { key: 'II', label: 'Nhóm II', min: 80, max: 90 },
      ],
    };
    expect(classify(91, scheme)).toMatchObject({ key: 'I', label: 'Nhóm I', labelEn: 'Group I', title: { vi: 'Nhóm I', en: 'Group I' } });
    expect(classify(85, scheme)?.label).toBe('Nhóm II');
    expect(issuesOf(() => classify(91, [{ key: 'I', title: { vi: 'Nhóm I', en: 'Group I' }, label: 'Nhom 1', min: 90 }]))).toEqual([
      'PAR_INVALID_BAND@bands.0.label',
    ]);
    expect(issuesOf(() => classify(91, [{ key: 'I', min: 90 }] as never))).toEqual(['PAR_INVALID_BAND@bands.0.title']);
    expect(issuesOf(() => classify(91, [{ key: 'I', title: { vi: 'Nhóm I' }, min: 90 }] as never))).toEqual([
      'INVALID_INPUT@bands.0.title.en',
    ]);
  });
});

describe('merged codes (issue 11)', () => {
  it('PAR_INVALID_TARGET is RATE_OUT_OF_RANGE, still matched by the old codes', () => {
    const s = scoreAssessment(caMau2013Fragment, full);
    let err: unknown;
    try {
      pointsToTarget(s, 101);
    } catch (e) {
      err = e;
    }
    expect((err as CchcError).code).toBe('RATE_OUT_OF_RANGE');
    expect(isCchcError(err, 'INVALID_PERCENT')).toBe(true);
    expect(isCchcError(err, 'PAR_INVALID_TARGET')).toBe(true);
  });
});

describe('library objects passed back in are re-checked (issue 12)', () => {
  const m = defineMethodology(caMau2013Fragment);

  it('a methodology rebuilt outside the library (another bundle, a copy) is validated again, and scores the same', () => {
    const copy = { ...m } as Methodology;
    expect(JSON.stringify(scoreAssessment(copy, full))).toBe(JSON.stringify(scoreAssessment(m, full)));
    expect(methodologyToRows(copy)).toEqual(methodologyToRows(m));
    const tampered = { ...m, nodes: [{ ...m.nodes[0]!, maxPoints: new CchcDecimal(6) }, ...m.nodes.slice(1)] } as Methodology;
    expect(issuesOf(() => scoreAssessment(tampered, full))).toEqual([
      'PAR_CHILDREN_SUM_MISMATCH@nodes.0.maxPoints',
      'PAR_TOTAL_MISMATCH@maxPoints',
    ]);
  });

  it('a score with NaN or a missing node is refused by lostPoints and pointsToTarget, never turned into NaN', () => {
    const s = scoreAssessment(m, full);
    const broken = { ...s, nodes: { ...s.nodes, '1.3': { ...s.nodes['1.3']!, achieved: new CchcDecimal(Number.NaN) } } };
    expect(issuesOf(() => lostPoints(broken as never))).toEqual(['INVALID_INPUT@result.nodes.1.3']);
    expect(issuesOf(() => lostPoints({ ...s, order: [...s.order, 'constructor'] } as never))).toEqual([
      'INVALID_INPUT@result.nodes.constructor',
    ]);
    expect(
      issuesOf(() => pointsToTarget({ achieved: new CchcDecimal(1), max: new CchcDecimal(Number.POSITIVE_INFINITY) } as never, 50)),
    ).toEqual(['INVALID_INPUT@result']);
  });
});
