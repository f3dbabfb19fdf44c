import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CchcError, defineMethodology, type MethodologySpec } from 'cchc';
import { bnv2948ProvinceSkeleton, caMau2013Fragment } from 'cchc/datasets';
import { methodologySpecArb } from './_arbitraries.js';

function problemsOf(spec: unknown): { code: string; path: string }[] {
  try {
    defineMethodology(spec as MethodologySpec);
  } catch (e) {
    expect(e).toBeInstanceOf(CchcError);
    return (e as CchcError).issues.map((i) => ({ code: i.code, path: i.path.join('.') }));
  }
  throw new Error('expected defineMethodology to throw');
}

const leaf = (code: string, maxPoints: number, rule: unknown = 'manual', extra: object = {}) => ({
  code,
  name: `Tiêu chí ${code}`,
  maxPoints,
  rule: rule as string,
  ...extra,
});

describe('defineMethodology', () => {
  it('accepts the shipped methodologies', () => {
    const skeleton = defineMethodology(bnv2948ProvinceSkeleton);
    expect(skeleton.maxPoints.toString()).toBe('100');
    expect(skeleton.nodes.map((n) => n.code)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(skeleton.nodes.map((n) => n.maxPoints.toNumber())).toEqual([10, 10, 14.5, 11, 16, 7, 16, 15.5]);
    const caMau = defineMethodology(caMau2013Fragment);
    expect(caMau.maxPoints.toString()).toBe('10');
    expect(caMau.nodes.map((n) => [n.code, n.level, n.maxPoints.toNumber()])).toEqual([
      ['1.1', 'criterion', 5],
      ['1.2', 'criterion', 2],
      ['1.3', 'criterion', 3],
    ]);
    const k114 = caMau.nodes[0]!.children[3]!;
    expect(k114.code).toBe('1.1.4');
    expect(k114.level).toBe('sub-criterion');
    expect(k114.rule).toEqual({
      kind: 'percent-bands',
      bands: [
        { min: expect.anything(), minInclusive: false, points: expect.anything() },
        { min: expect.anything(), minInclusive: true, points: expect.anything() },
        { min: expect.anything(), minInclusive: true, points: expect.anything() },
      ],
    });
    if (k114.rule?.kind !== 'percent-bands') throw new Error('kind');
    expect(k114.rule.bands.map((b) => [b.min.toString(), b.points.toString()])).toEqual([
      ['0.9', '2'],
      ['0.7', '1'],
      ['0', '0'],
    ]);
  });

  it('derives channels, roles, levels, depth and parents', () => {
    const m = defineMethodology({
      id: 'x',
      name: 'x',
      nodes: [
        { code: '1', name: 'A', maxPoints: 3, children: [leaf('1.1', 1), leaf('1.2', 2, 'survey')] },
        { code: '2', name: 'B', maxPoints: 2, channel: 'survey', children: [leaf('2.1', 2, 'manual')] },
        { code: '9', name: 'Điểm thưởng', maxPoints: 1, role: 'bonus', children: [leaf('9.1', 1)] },
      ],
    });
    const [a, b, bonus] = m.nodes;
    expect(a!.channel).toBe('mixed');
    expect(a!.children.map((c) => c.channel)).toEqual(['assessed', 'survey']);
    expect(b!.channel).toBe('survey');
    expect(b!.children[0]!.channel).toBe('survey');
    expect(bonus!.role).toBe('bonus');
    expect(bonus!.children[0]!.role).toBe('bonus');
    expect(a!.children[0]!.depth).toBe(2);
    expect(a!.children[0]!.parent).toBe('1');
    expect(a!.parent).toBeNull();
    expect(m.maxPoints.toString()).toBe('5');
    expect(m.bonusMaxPoints.toString()).toBe('1');
    expect(m.penaltyMaxPoints.toString()).toBe('0');
    expect(m.clampTotal).toBe(true);
  });

  it('reads Vietnamese-notation maxPoints and rule texts exactly', () => {
    const m = defineMethodology({
      id: 'x',
      name: 'x',
      maxPoints: '14,5',
      nodes: [leaf('1', '14,5' as unknown as number, 'tiered: Có = 14,5; Một phần = 7,25; Không = 0')],
    });
    expect(m.maxPoints.toString()).toBe('14.5');
    expect(m.nodes[0]!.rule).toMatchObject({ kind: 'tiered' });
  });

  it('reports every problem at once, each with its own code and path', () => {
    const problems = problemsOf({
      id: 'broken',
      name: 'x',
      maxPoints: 100,
      nodes: [
        {
          code: '1',
          name: 'A',
          maxPoints: 10,
          children: [
            leaf('1.1', 4, { kind: 'binary' }),
            leaf('1.1', 4, 'binary'), // duplicate
            leaf('2.3', 1, 'manual'), // not under 1
          ],
        },
        { code: '2', name: 'B', maxPoints: 0, rule: 'manual' }, // maxPoints 0
        { code: '3', name: 'C', maxPoints: 2, rule: 'manual', children: [leaf('3.1', 2)] }, // rule on parent
        { code: '4', name: 'D', maxPoints: 2 }, // no rule
        { code: '5', name: 'E', maxPoints: 2, rule: { kind: 'sometimes' } },
        {
          code: '6',
          name: 'F',
          maxPoints: 1,
          rule: {
            kind: 'tiered',
            tiers: [
              { outcome: 'Kịp thời', points: 1 },
              { outcome: 'kip thoi', points: 0.5 },
            ],
          },
        },
        {
          code: '7',
          name: 'G',
          maxPoints: 1,
          rule: {
            kind: 'tiered',
            tiers: [
              { outcome: 'a', points: 0.5 },
              { outcome: 'b', points: 2 },
            ],
          },
        },
        { code: '8', name: 'H', maxPoints: 1, rule: { kind: 'tiered', tiers: [{ outcome: 'a', points: 0.5 }] } },
        { code: 'x y', name: 'I', maxPoints: 1, rule: 'binary' },
      ],
    });
    const codes = problems.map((p) => `${p.code}@${p.path}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'PAR_DUPLICATE_CODE@nodes.0.children.1.code',
        'PAR_CODE_NOT_UNDER_PARENT@nodes.0.children.2.code',
        'PAR_INVALID_MAX_POINTS@nodes.1.maxPoints',
        'PAR_RULE_ON_PARENT@nodes.2.rule',
        'PAR_MISSING_RULE@nodes.3.rule',
        'PAR_INVALID_RULE@nodes.4.rule.kind',
        'PAR_DUPLICATE_OUTCOME@nodes.5.rule.tiers.1.outcome',
        'PAR_RULE_POINTS_OUT_OF_RANGE@nodes.6.rule.tiers.1.points',
        'PAR_RULE_MAX_UNREACHABLE@nodes.7.rule.tiers',
        'PAR_INVALID_CODE@nodes.8.code',
        // 4 + 4 + 1 = 9, not 10: reported although the children have problems of their own
        'PAR_CHILDREN_SUM_MISMATCH@nodes.0.maxPoints',
      ]),
    );
    expect(problems.length).toBe(11);
  });

  it('checks that children add up to the parent and areas to the declared total', () => {
    expect(
      problemsOf({ id: 'x', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 5, children: [leaf('1.1', 1), leaf('1.2', 2)] }] }),
    ).toEqual([{ code: 'PAR_CHILDREN_SUM_MISMATCH', path: 'nodes.0.maxPoints' }]);
    expect(problemsOf({ id: 'x', name: 'x', maxPoints: 100, nodes: [leaf('1', 10), leaf('2', 14.5)] })).toEqual([
      { code: 'PAR_TOTAL_MISMATCH', path: 'maxPoints' },
    ]);
    // exact: 0.1 + 0.2 = 0.3 as decimals
    expect(() =>
      defineMethodology({
        id: 'x',
        name: 'x',
        nodes: [{ code: '1', name: 'A', maxPoints: 0.3, children: [leaf('1.1', 0.1), leaf('1.2', 0.2)] }],
      }),
    ).not.toThrow();
    // the 2948 skeleton with area 3 mistyped as 14
    const broken = {
      ...bnv2948ProvinceSkeleton,
      nodes: bnv2948ProvinceSkeleton.nodes.map((n) => (n.code === '3' ? { ...n, maxPoints: 14 } : n)),
    };
    const e = problemsOf(broken);
    expect(e).toEqual([{ code: 'PAR_TOTAL_MISMATCH', path: 'maxPoints' }]);
  });

  it('checks percent bands: ordered, in [0, 1], covering [0, 1], monotonic, max reachable', () => {
    const bands = (list: unknown[]) =>
      problemsOf({ id: 'x', name: 'x', nodes: [leaf('1', 2, { kind: 'percent-bands', bands: list })] }).map((p) => p.code);
    expect(
      bands([
        { min: 0.7, points: 1 },
        { min: 0.9, points: 2 },
        { min: 0, points: 0 },
      ]),
    ).toEqual(['PAR_BANDS_NOT_ORDERED']);
    expect(
      bands([
        { min: 0.9, points: 2 },
        { min: 0.7, points: 1 },
      ]),
    ).toEqual(['PAR_BANDS_NOT_COVERING']);
    expect(
      bands([
        { min: 0.9, points: 2 },
        { min: 0, minInclusive: false, points: 0 },
      ]),
    ).toEqual(['PAR_BANDS_NOT_COVERING']);
    expect(
      bands([
        { min: 90, points: 2 },
        { min: 0, points: 0 },
      ]),
    ).toEqual(['PAR_BAND_OUT_OF_RANGE']);
    expect(
      bands([
        { min: 1, minInclusive: false, points: 2 },
        { min: 0, points: 0 },
      ]),
    ).toEqual(['PAR_BAND_OUT_OF_RANGE']);
    expect(
      bands([
        { min: 0.9, points: 1 },
        { min: 0.7, points: 2 },
        { min: 0, points: 0 },
      ]),
    ).toEqual(['PAR_BANDS_NOT_MONOTONIC']);
    expect(
      bands([
        { min: 0.9, points: 1.5 },
        { min: 0, points: 0 },
      ]),
    ).toEqual(['PAR_RULE_MAX_UNREACHABLE']);
    expect(
      bands([
        { min: 0.9, points: 3 },
        { min: 0, points: 0 },
      ]),
    ).toEqual(['PAR_RULE_POINTS_OUT_OF_RANGE']);
    expect(bands([])).toEqual(['PAR_INVALID_RULE']);
    // same bound: "> 90%" above "≥ 90%" is ordered (90% exactly falls in the lower band)
    expect(() =>
      defineMethodology({
        id: 'x',
        name: 'x',
        nodes: [
          leaf('1', 2, {
            kind: 'percent-bands',
            bands: [
              { min: 0.9, minInclusive: false, points: 2 },
              { min: 0.9, points: 1.5 },
              { min: 0, points: 0 },
            ],
          }),
        ],
      }),
    ).not.toThrow();
  });

  it('checks sums even where a child or an area has problems of its own (every problem at once)', () => {
    // a duplicated child still counts in its parent's sum: 5 + 3 = 8, not 10
    expect(
      problemsOf({
        id: 'x',
        name: 'x',
        nodes: [{ code: '1', name: 'A', maxPoints: 10, children: [leaf('1.1', 5, 'tiered: Đạt = 7; Không = 0'), leaf('1.1', 3)] }],
      }),
    ).toEqual([
      { code: 'PAR_RULE_POINTS_OUT_OF_RANGE', path: 'nodes.0.children.0.rule.tiers.0.points' },
      { code: 'PAR_DUPLICATE_CODE', path: 'nodes.0.children.1.code' },
      { code: 'PAR_CHILDREN_SUM_MISMATCH', path: 'nodes.0.maxPoints' },
    ]);
    // an area with a broken rule still counts in the total: 10 + 14,5 ≠ 100
    expect(problemsOf({ id: 'x', name: 'x', maxPoints: 100, nodes: [leaf('1', 10, 'sometimes'), leaf('2', 14.5)] })).toEqual([
      { code: 'PAR_INVALID_RULE', path: 'nodes.0.rule' },
      { code: 'PAR_TOTAL_MISMATCH', path: 'maxPoints' },
    ]);
    // …but not when a maximum cannot be read (no sum to speak of)
    expect(problemsOf({ id: 'x', name: 'x', maxPoints: 100, nodes: [leaf('1', 10), { ...leaf('2', 1), maxPoints: 'abc' }] })).toEqual([
      { code: 'PAR_INVALID_MAX_POINTS', path: 'nodes.1.maxPoints' },
    ]);
  });

  it('reports a top-level code whose parent is missing or stands elsewhere', () => {
    // "1.1.1" beside area "1" but no "1.1"
    expect(
      problemsOf({ id: 'x', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 2, children: [leaf('1.2', 2)] }, leaf('1.1.1', 1)] }),
    ).toEqual([{ code: 'PAR_MISSING_PARENT', path: 'nodes.1.code' }]);
    // "1.1.1" at the top while "1.1" is in the tree
    const e = problemsOf({
      id: 'x',
      name: 'x',
      nodes: [{ code: '1', name: 'A', maxPoints: 2, children: [leaf('1.1', 2)] }, leaf('1.1.1', 1)],
    });
    expect(e).toEqual([{ code: 'PAR_CODE_NOT_UNDER_PARENT', path: 'nodes.1.code' }]);
    // a fragment without any ancestor is allowed, as in methodologyFromRows
    expect(defineMethodology({ id: 'x', name: 'x', nodes: [leaf('2.1', 1), leaf('2.2', 2)] }).maxPoints.toString()).toBe('3');
    let err: CchcError | undefined;
    try {
      defineMethodology({
        id: 'x',
        name: 'x',
        nodes: [{ code: '1', name: 'A', maxPoints: 2, children: [leaf('1.2', 2)] }, leaf('1.1.1', 1)],
      });
    } catch (x) {
      err = x as CchcError;
    }
    expect(err?.messageVi).toContain('Mã "1.1.1" thiếu nút cha "1.1" (bộ tiêu chí có "1" nhưng không có "1.1")');
    expect(err?.messageEn).toContain('Code "1.1.1" has no parent node "1.1"');
  });

  it('checks percent bands printed with both ends: gaps and overlaps', () => {
    const bands = (list: unknown[]) =>
      problemsOf({ id: 'x', name: 'x', nodes: [leaf('1', 2, { kind: 'percent-bands', bands: list })] }).map((p) => `${p.code}@${p.path}`);
    // "từ 90% đến 100%: 2; từ 70% đến dưới 80%: 1; dưới 70%: 0" leaves 80%–90% without points
    expect(
      bands([
        { min: 0.9, max: 1, points: 2 },
        { min: 0.7, max: 0.8, points: 1 },
        { min: 0, max: 0.7, points: 0 },
      ]),
    ).toEqual(['PAR_BANDS_NOT_COVERING@nodes.0.rule.bands.1.max']);
    expect(
      bands([
        { min: 0.9, points: 2 },
        { min: 0.7, max: 0.95, points: 1 },
        { min: 0, points: 0 },
      ]),
    ).toEqual(['PAR_BANDS_OVERLAP@nodes.0.rule.bands.1.max']);
    expect(
      bands([
        { min: 0.9, max: 0.95, points: 2 },
        { min: 0, points: 0 },
      ]),
    ).toEqual(['PAR_BANDS_NOT_COVERING@nodes.0.rule.bands.0.max']);
    // "từ 70% đến 90%" (90% included) under "từ 90%" (also included): 90% would be in both
    expect(
      bands([
        { min: 0.9, points: 2 },
        { min: 0.7, max: 0.9, maxInclusive: true, points: 1 },
        { min: 0, points: 0 },
      ]),
    ).toEqual(['PAR_BANDS_OVERLAP@nodes.0.rule.bands.1.max']);
    // two bands from the same bound overlap
    expect(
      bands([
        { min: 0.9, points: 2 },
        { min: 0.9, points: 1 },
        { min: 0, points: 0 },
      ]),
    ).toEqual(['PAR_BANDS_OVERLAP@nodes.0.rule.bands.1']);
    // Cà Mau's "trên 90%: 2; từ 70% - 90%: 1; dưới 70%: 0" written with both ends is accepted and scores as the short form
    const m = defineMethodology({
      id: 'x',
      name: 'x',
      nodes: [
        leaf('1', 2, {
          kind: 'percent-bands',
          bands: [
            { min: 0.9, minInclusive: false, max: 1, points: 2 },
            { min: 0.7, max: 0.9, maxInclusive: true, points: 1 },
            { min: 0, max: 0.7, points: 0 },
          ],
        }),
      ],
    });
    expect(m.nodes[0]!.rule).toEqual(
      defineMethodology({ id: 'y', name: 'y', nodes: [leaf('1', 2, 'percent-bands: trên 90% = 2; từ 70% = 1; từ 0% = 0')] }).nodes[0]!.rule,
    );
  });

  it('checks channels and roles', () => {
    expect(problemsOf({ id: 'x', name: 'x', nodes: [leaf('1', 1, 'survey', { channel: 'assessed' })] })).toEqual([
      { code: 'PAR_CHANNEL_CONFLICT', path: 'nodes.0.rule' },
    ]);
    expect(
      problemsOf({
        id: 'x',
        name: 'x',
        nodes: [{ code: '1', name: 'A', maxPoints: 1, channel: 'survey', children: [leaf('1.1', 1, 'manual', { channel: 'assessed' })] }],
      }),
    ).toEqual([{ code: 'PAR_CHANNEL_CONFLICT', path: 'nodes.0.children.0.channel' }]);
    expect(
      problemsOf({
        id: 'x',
        name: 'x',
        nodes: [{ code: '1', name: 'A', maxPoints: 1, children: [leaf('1.1', 1, 'manual', { role: 'bonus' })] }],
      }),
    ).toEqual([{ code: 'PAR_ROLE_CONFLICT', path: 'nodes.0.children.0.role' }]);
    expect(problemsOf({ id: 'x', name: 'x', nodes: [leaf('1', 1, 'manual', { role: 'bonus' })] })).toEqual([
      { code: 'PAR_EMPTY_METHODOLOGY', path: 'nodes' },
    ]);
  });

  it('rejects empty and malformed methodologies with bilingual messages', () => {
    expect(problemsOf({ id: 'x', name: 'x', nodes: [] })).toEqual([{ code: 'PAR_EMPTY_METHODOLOGY', path: 'nodes' }]);
    expect(problemsOf(null)).toEqual([{ code: 'INVALID_INPUT', path: '' }]);
    let err: CchcError | undefined;
    try {
      defineMethodology({ id: 'x', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 5, children: [leaf('1.1', 2)] }] });
    } catch (e) {
      err = e as CchcError;
    }
    expect(err?.code).toBe('PAR_CHILDREN_SUM_MISMATCH');
    expect(err?.messageVi).toContain('Điểm tối đa của "1" là 5 nhưng các nút con cộng lại được 2');
    expect(err?.messageEn).toContain('"1" has maxPoints 5 but its children add up to 2');
  });

  it('accepts every generated valid methodology and keeps its totals', () => {
    fc.assert(
      fc.property(methodologySpecArb, (spec) => {
        const m = defineMethodology(spec);
        const regular = spec.nodes.filter((n) => (n.role ?? 'regular') === 'regular').reduce((a, n) => a + Number(n.maxPoints), 0);
        expect(m.maxPoints.toNumber()).toBe(regular);
      }),
      { numRuns: 200 },
    );
  });
});
