import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CchcDecimal, CchcError, defineMethodology, scoreAssessment, type MethodologySpec } from 'cchc';
import { bnv2948ProvinceSkeleton, caMau2013Fragment } from 'cchc/datasets';
import { assessmentArb, betterLeafInput, caMauFullInputs as full, inputsFrom, preorder } from './_arbitraries.js';

const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CchcError);
    return (e as CchcError).issues.map((i) => `${i.code}@${i.path.join('.')}`);
  }
  return [];
};

const str = (d: { toString(): string } | null | undefined) => (d === null || d === undefined ? d : d.toString());

describe('scoreAssessment: rules', () => {
  it('scores a full Cà Mau assessment to 10/10 = 100', () => {
    const s = scoreAssessment(caMau2013Fragment, full);
    expect(str(s.total.achieved)).toBe('10');
    expect(str(s.total.max)).toBe('10');
    expect(str(s.total.index)).toBe('100');
    expect(s.methodologyId).toBe('ca-mau-1880-2013-area1-fragment');
    expect(s.order).toEqual(['1.1', '1.1.1', '1.1.2', '1.1.3', '1.1.4', '1.2', '1.2.1', '1.2.2', '1.3']);
  });

  it('scores tiered outcomes, matching accents and case loosely', () => {
    const at = (outcome: string) => str(scoreAssessment(caMau2013Fragment, { ...full, '1.1.1': { outcome } }).nodes['1.1.1']!.achieved);
    expect(at('Ban hành kịp thời')).toBe('1');
    expect(at('Không kịp thời')).toBe('0.5');
    expect(at('khong kip thoi')).toBe('0.5');
    expect(at('KHÔNG BAN HÀNH')).toBe('0');
  });

  it('scores Cà Mau 1.1.4 bands: above 90% → 2, 70%–90% → 1 (90% exactly → 1), below 70% → 0', () => {
    const at = (input: object) => str(scoreAssessment(caMau2013Fragment, { ...full, '1.1.4': input as never }).nodes['1.1.4']!.achieved);
    expect(at({ ratio: 1 })).toBe('2');
    expect(at({ ratio: 0.9001 })).toBe('2');
    expect(at({ ratio: 0.9 })).toBe('1');
    expect(at({ numerator: 45, denominator: 50 })).toBe('1');
    expect(at({ numerator: 46, denominator: 50 })).toBe('2');
    expect(at({ ratio: 0.7 })).toBe('1');
    expect(at({ ratio: '0,6999' })).toBe('0');
    expect(at({ ratio: 0 })).toBe('0');
    expect(at({ numerator: 60, denominator: 50 })).toBe('2'); // plan over-fulfilled: counts as 100%
  });

  it('scores proportional and survey leaves exactly', () => {
    const spec: MethodologySpec = {
      id: 'x',
      name: 'x',
      nodes: [
        { code: '1', name: 'Tỷ lệ hồ sơ đúng hạn', maxPoints: 3, rule: 'proportional' },
        { code: '2', name: 'Mức độ hài lòng', maxPoints: 7, rule: 'survey' },
      ],
    };
    const s = scoreAssessment(spec, { '1': { numerator: 618369, denominator: 621448 }, '2': { share: 0.8348 } });
    expect(s.nodes['1']!.achieved.toFixed(10)).toBe(new CchcDecimal(3).times(618369).div(621448).toFixed(10));
    expect(str(s.nodes['2']!.achieved)).toBe('5.8436');
    expect(s.nodes['2']!.channel).toBe('survey');
    expect(str(s.channels.survey.achieved)).toBe('5.8436');
    expect(str(s.channels.survey.max)).toBe('7');
    expect(str(s.channels.assessed.max)).toBe('3');
    expect(
      str(scoreAssessment(spec, { '1': { numerator: 7, denominator: 5 }, '2': { numerator: 1, denominator: 3 } }).nodes['1']!.achieved),
    ).toBe('3');
  });

  it('is exact: no binary floating point error', () => {
    const spec: MethodologySpec = { id: 'x', name: 'x', nodes: [leafSpec('1', 0.1), leafSpec('2', 0.2)] };
    const s = scoreAssessment(spec, { '1': { points: 0.1 }, '2': { points: 0.2 } });
    expect(str(s.total.achieved)).toBe('0.3');
    expect(str(s.total.index)).toBe('100');
  });

  it('scores the 2948 skeleton by area points (Kiên Giang 2019 = 79,13 as one illustrative split)', () => {
    const points = [8.5, 8, 12, 9, 12.5, 5.5, 12.13, 11.5];
    const inputs = Object.fromEntries(points.map((p, i) => [String(i + 1), { points: p }]));
    const s = scoreAssessment(bnv2948ProvinceSkeleton, inputs);
    expect(str(s.total.achieved)).toBe('79.13');
    expect(str(s.total.index)).toBe('79.13');
    expect(s.nodes['3']!.index!.toFixed(2)).toBe('82.76'); // 12 / 14.5
  });
});

function leafSpec(code: string, maxPoints: number, rule = 'manual', extra: object = {}) {
  return { code, name: `Tiêu chí ${code}`, maxPoints, rule, ...extra };
}

describe('scoreAssessment: not applicable (điểm phát sinh)', () => {
  const spec: MethodologySpec = {
    id: 'hue-like',
    name: 'x',
    nodes: [
      { code: '1', name: 'A', maxPoints: 60, children: [leafSpec('1.1', 40), leafSpec('1.2', 20, 'binary', { mayBeNotApplicable: true })] },
      { code: '2', name: 'B', maxPoints: 40, mayBeNotApplicable: true, children: [leafSpec('2.1', 25), leafSpec('2.2', 15)] },
    ],
  };

  it('takes not-applicable leaves and criteria out of the denominator', () => {
    const s = scoreAssessment(spec, { '1.1': { points: 35.8 }, '1.2': 'not-applicable', '2': 'not-applicable' });
    expect(str(s.total.achieved)).toBe('35.8');
    expect(str(s.total.max)).toBe('40');
    expect(str(s.total.maxPoints)).toBe('100');
    expect(str(s.total.index)).toBe('89.5');
    expect(s.nodes['1.2']!.status).toBe('not-applicable');
    expect(s.nodes['2']!.status).toBe('not-applicable');
    expect(s.nodes['2.1']!.status).toBe('not-applicable');
    expect(s.nodes['2']!.index).toBeNull();
    expect(str(s.nodes['1']!.max)).toBe('40');
  });

  it('reproduces a Huế commune line: 89,5 of the 100 points assigned', () => {
    // "89,5/100 số điểm có nhiệm vụ được giao" — https://phuson.thuathienhue.gov.vn/?gd=4&cn=121&tc=1304
    const s = scoreAssessment({ id: 'x', name: 'x', nodes: [leafSpec('1', 100)] }, { '1': { points: '89,5' } });
    expect(str(s.total.index)).toBe('89.5');
  });

  it('refuses not-applicable where the methodology does not allow it, and inputs under a not-applicable criterion', () => {
    expect(issuesOf(() => scoreAssessment(spec, { '1': 'not-applicable', '2.1': { points: 1 }, '2.2': { points: 1 } }))).toEqual([
      'PAR_NOT_APPLICABLE_NOT_ALLOWED@1',
    ]);
    expect(
      issuesOf(() => scoreAssessment(spec, { '1.1': { points: 1 }, '1.2': { met: true }, '2': 'not-applicable', '2.1': { points: 1 } })),
    ).toEqual(['PAR_INPUT_UNDER_NOT_APPLICABLE@2.1']);
  });
});

describe('scoreAssessment: bad inputs are all listed', () => {
  it('lists every offending code, in the methodology order', () => {
    const issues = issuesOf(() =>
      scoreAssessment(caMau2013Fragment, {
        '1.1.1': { outcome: 'Sớm' },
        '1.1.2': { points: 1 },
        '1.1.4': { ratio: 85 },
        '1.2.1': { met: 'yes' as unknown as boolean },
        '1.2.2': { met: true },
        '1.3': { points: 3.5 },
        '1.4': { points: 1 },
        '1.2': { met: true },
      }),
    );
    expect(issues).toEqual([
      'PAR_UNKNOWN_OUTCOME@1.1.1.outcome',
      'PAR_INPUT_MISMATCH@1.1.2',
      'PAR_MISSING_INPUT@1.1.3',
      'RATE_OUT_OF_RANGE@1.1.4.ratio',
      'PAR_INPUT_MISMATCH@1.2',
      'PAR_INPUT_MISMATCH@1.2.1.met',
      'PAR_POINTS_ABOVE_MAX@1.3.points',
      'PAR_UNKNOWN_CODE@1.4',
    ]);
  });

  it('names the codes in both languages', () => {
    let err: CchcError | undefined;
    try {
      scoreAssessment(caMau2013Fragment, { ...full, '1.3': { points: -1 }, '1.1.4': { numerator: 1, denominator: 0 } });
    } catch (e) {
      err = e as CchcError;
    }
    expect(err?.code).toBe('VALIDATION_FAILED');
    expect(err?.issues.map((i) => i.code)).toEqual(['ZERO_DENOMINATOR', 'PAR_NEGATIVE_POINTS']);
    expect(err?.messageVi).toContain('Tiêu chí "1.3": điểm không được âm');
    expect(err?.messageEn).toContain('Criterion "1.1.4": the denominator is 0');
  });

  it('rejects NaN, Infinity, ambiguous text and shares above 1', () => {
    const spec: MethodologySpec = {
      id: 'x',
      name: 'x',
      nodes: [leafSpec('1', 5), leafSpec('2', 5), leafSpec('3', 5, 'survey'), leafSpec('4', 5, 'survey')],
    };
    expect(
      issuesOf(() =>
        scoreAssessment(spec, {
          '1': { points: Number.NaN },
          '2': { points: '1.5' },
          '3': { share: 1.2 },
          '4': { numerator: 6, denominator: 5 },
        }),
      ),
    ).toEqual(['INVALID_NUMBER@1.points', 'AMBIGUOUS_NUMBER@2.points', 'RATE_OUT_OF_RANGE@3.share', 'RATE_OUT_OF_RANGE@4.numerator']);
  });

  it('validates a spec passed directly', () => {
    expect(
      issuesOf(() => scoreAssessment({ id: 'x', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 1 }] } as MethodologySpec, {})),
    ).toEqual(['PAR_MISSING_RULE@nodes.0.rule']);
  });
});

describe('scoreAssessment: channels, bonus and penalty', () => {
  const spec: MethodologySpec = {
    id: 'binh-duong-like',
    name: 'Thẩm định 65 + ĐTXHH 35',
    maxPoints: 100,
    nodes: [
      { code: '1', name: 'Điểm thẩm định', maxPoints: 65, channel: 'assessed', rule: 'manual' },
      { code: '2', name: 'Điểm ĐTXHH', maxPoints: 35, rule: 'survey' },
      { code: '9', name: 'Điểm thưởng', maxPoints: 2, role: 'bonus', rule: 'manual' },
      { code: '10', name: 'Điểm trừ', maxPoints: 5, role: 'penalty', rule: 'manual' },
    ],
  };

  it('splits the total by channel (Bình Dương 2017: 51,75 + 32,83 = 84,58)', () => {
    const s = scoreAssessment(spec, {
      '1': { points: 51.75 },
      '2': { share: new CchcDecimal(32.83).div(35) },
      '9': { points: 0 },
      '10': { points: 0 },
    });
    expect(str(s.channels.assessed.achieved)).toBe('51.75');
    expect(s.channels.survey.achieved.toFixed(2)).toBe('32.83');
    expect(s.total.index!.toFixed(2)).toBe('84.58');
    expect(s.channels.assessed.index!.toFixed(2)).toBe('79.62'); // 51.75 / 65
  });

  it('adds bonus and deducts penalty points, kept within [0, max] by default', () => {
    const s = scoreAssessment(spec, { '1': { points: 60 }, '2': { share: 1 }, '9': { points: 2 }, '10': { points: 0.5 } });
    expect(str(s.total.base)).toBe('95');
    expect(str(s.total.bonus)).toBe('2');
    expect(str(s.total.penalty)).toBe('0.5');
    expect(str(s.total.achieved)).toBe('96.5');
    const top = scoreAssessment(spec, { '1': { points: 65 }, '2': { share: 1 }, '9': { points: 2 }, '10': { points: 0 } });
    expect(str(top.total.achieved)).toBe('100');
    expect(str(top.total.index)).toBe('100');
    const bottom = scoreAssessment(spec, { '1': { points: 1 }, '2': { share: 0 }, '9': { points: 0 }, '10': { points: 5 } });
    expect(str(bottom.total.achieved)).toBe('0');
    const open = scoreAssessment(
      { ...spec, clampTotal: false },
      { '1': { points: 65 }, '2': { share: 1 }, '9': { points: 2 }, '10': { points: 0 } },
    );
    expect(str(open.total.index)).toBe('102');
  });

  it('scores one channel only with `only`', () => {
    const s = scoreAssessment(spec, { '1': { points: 52 }, '9': { points: 0 }, '10': { points: 0 } }, { only: 'assessed' });
    expect(str(s.total.max)).toBe('65');
    expect(str(s.total.index)).toBe('80');
    expect(s.nodes['2']!.status).toBe('excluded');
    // an input given for an excluded leaf is still checked
    expect(
      issuesOf(() =>
        scoreAssessment(spec, { '1': { points: 52 }, '2': { share: 2 }, '9': { points: 0 }, '10': { points: 0 } }, { only: 'assessed' }),
      ),
    ).toEqual(['RATE_OUT_OF_RANGE@2.share']);
  });
});

describe('scoreAssessment: properties', () => {
  it('keeps every index in [0, 100] and every part consistent', () => {
    fc.assert(
      fc.property(assessmentArb, ([m, seeds]) => {
        const s = scoreAssessment(m, inputsFrom(m, seeds));
        const { total } = s;
        if (total.index !== null) {
          expect(total.index.gte(0)).toBe(true);
          expect(total.index.lte(100)).toBe(true);
        }
        for (const n of preorder(m)) {
          const r = s.nodes[n.code]!;
          expect(r.achieved.gte(0)).toBe(true);
          expect(r.achieved.lte(r.max)).toBe(true);
          expect(r.max.lte(n.maxPoints)).toBe(true);
          if (r.index !== null) expect(r.index.gte(0) && r.index.lte(100)).toBe(true);
          if (n.children.length > 0) {
            const kids = n.children.map((k) => s.nodes[k.code]!);
            expect(kids.reduce((a, k) => a.plus(k.achieved), new CchcDecimal(0)).eq(r.achieved)).toBe(true);
            expect(kids.reduce((a, k) => a.plus(k.max), new CchcDecimal(0)).eq(r.max)).toBe(true);
          }
        }
        const { assessed, survey } = s.channels;
        // quotients (2/995 of a maximum) carry 40 significant digits, so sums in another order may differ at the 40th
        expect(assessed.achieved.plus(survey.achieved).minus(total.base).abs().lt('1e-30')).toBe(true);
        expect(assessed.max.plus(survey.max).eq(total.max)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('is monotonic: a better input for one leaf never lowers the total (never raises it for a penalty)', () => {
    fc.assert(
      fc.property(assessmentArb, fc.nat(), fc.integer({ min: 1, max: 1000 }), ([m, seeds], pick, step) => {
        const base = inputsFrom(m, seeds);
        const leaves = preorder(m).filter((n) => n.children.length === 0 && base[n.code] !== undefined);
        fc.pre(leaves.length > 0);
        const leaf = leaves[pick % leaves.length]!;
        const seed = seeds[preorder(m).indexOf(leaf)]!;
        const better = inputsFrom(m, seeds, { code: leaf.code, input: betterLeafInput(leaf, seed, step) });
        const a = scoreAssessment(m, base);
        const b = scoreAssessment(m, better);
        expect(b.nodes[leaf.code]!.achieved.gte(a.nodes[leaf.code]!.achieved)).toBe(true);
        if (leaf.role === 'penalty') expect(b.total.achieved.lte(a.total.achieved)).toBe(true);
        else expect(b.total.achieved.gte(a.total.achieved)).toBe(true);
        if (a.total.index !== null && b.total.index !== null && leaf.role !== 'penalty')
          expect(b.total.index.gte(a.total.index)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on the order of the inputs object', () => {
    fc.assert(
      fc.property(assessmentArb, ([m, seeds]) => {
        const inputs = inputsFrom(m, seeds);
        const reversed = Object.fromEntries(Object.entries(inputs).reverse());
        expect(JSON.stringify(scoreAssessment(m, reversed))).toBe(JSON.stringify(scoreAssessment(m, inputs)));
      }),
      { numRuns: 100 },
    );
  });

  it('accepts a validated methodology or its spec alike', () => {
    const m = defineMethodology(caMau2013Fragment);
    expect(JSON.stringify(scoreAssessment(m, full))).toBe(JSON.stringify(scoreAssessment(caMau2013Fragment, full)));
  });
});

describe('ratios as spreadsheets print them', () => {
  it('reads "85%" as the fraction 0,85 and still refuses a bare 85', () => {
    const m = {
      id: 'x',
      name: 'x',
      nodes: [
        { code: '1', name: 'A', maxPoints: 2, rule: 'proportional' },
        { code: '2', name: 'B', maxPoints: 2, rule: 'survey' },
      ],
    };
    const s = scoreAssessment(m, { '1': { ratio: '85%' }, '2': { share: '72,5 %' } });
    expect(s.nodes['1']!.achieved.toString()).toBe('1.7');
    expect(s.nodes['2']!.achieved.toString()).toBe('1.45');
    expect(() => scoreAssessment(m, { '1': { ratio: 85 }, '2': { share: '0,5' } })).toThrow(CchcError);
    expect(() => scoreAssessment(m, { '1': { ratio: '120%' }, '2': { share: '0,5' } })).toThrow(/\[0, 1\]/);
  });
});
