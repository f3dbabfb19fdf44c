// The rule shapes added for the QĐ 766 index (issue 15), tested on the engine alone: a threshold for full marks, what an
// empty ratio scores, unit levels, leaf rounding, unknown allocations, excluded codes and the count that recovers lost
// points.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defineMethodology,
  formatRuleText,
  isCchcError,
  lostPoints,
  methodologyToRows,
  parseRuleText,
  ratio,
  scoreAssessment,
  type MethodologySpec,
} from 'cchc';

const codesOf = (f: () => unknown): string[] => {
  try {
    f();
  } catch (e) {
    if (isCchcError(e)) return e.issues.map((i) => i.code);
    throw e;
  }
  return [];
};

const one = (rule: unknown, maxPoints: number | string = 6): MethodologySpec =>
  ({ id: 't', name: 't', nodes: [{ code: '1', name: 'A', maxPoints, rule }] }) as MethodologySpec;

describe('proportional with fullAt', () => {
  it('gives min(max, max × rate / fullAt)', () => {
    const m = one({ kind: 'proportional', fullAt: 0.9 });
    expect(scoreAssessment(m, { '1': { rate: 0.9 } }).total.achieved.toString()).toBe('6');
    expect(scoreAssessment(m, { '1': { rate: 0.95 } }).total.achieved.toString()).toBe('6');
    expect(scoreAssessment(m, { '1': { rate: 0.45 } }).total.achieved.toString()).toBe('3');
    expect(scoreAssessment(m, { '1': { numerator: 0, denominator: 10 } }).total.achieved.toString()).toBe('0');
    // fullAt written as a percent text
    expect(
      scoreAssessment(one({ kind: 'proportional', fullAt: '80%' }, 2), { '1': { rate: ratio(1863, 10000) } }).total.achieved.toFixed(4),
    ).toBe('0.4658');
  });

  it('is the plain rule at fullAt = 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 1000 }), (d, k) => {
        const n = k % (d + 1);
        const a = scoreAssessment(one({ kind: 'proportional', fullAt: 1 }), { '1': { numerator: n, denominator: d } }).total.achieved;
        const b = scoreAssessment(one('proportional'), { '1': { numerator: n, denominator: d } }).total.achieved;
        return a.eq(b);
      }),
    );
  });

  it('is monotonic in the rate and never above max', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 0, max: 500 }), (t, d, k) => {
        const n = k % (d + 1);
        const m = one({ kind: 'proportional', fullAt: t / 100 });
        const a = scoreAssessment(m, { '1': { numerator: n, denominator: d } }).total.achieved;
        const b = scoreAssessment(m, { '1': { numerator: Math.min(d, n + 1), denominator: d } }).total.achieved;
        return a.lte(b) && b.lte(6) && a.gte(0);
      }),
    );
  });

  it('refuses a threshold outside (0, 1] and unknown keys', () => {
    expect(codesOf(() => defineMethodology(one({ kind: 'proportional', fullAt: 0 })))).toEqual(['PAR_INVALID_RULE']);
    expect(codesOf(() => defineMethodology(one({ kind: 'proportional', fullAt: 1.2 })))).toEqual(['PAR_INVALID_RULE']);
    expect(codesOf(() => defineMethodology(one({ kind: 'proportional', fullat: 0.9 })))).toEqual(['UNKNOWN_KEY']);
    expect(codesOf(() => defineMethodology(one({ kind: 'proportional', whenEmpty: 'full' })))).toEqual(['INVALID_INPUT']);
  });

  it('reads and writes the text form', () => {
    const parsed = parseRuleText('proportional: fullAt = 90%; whenEmpty = zero') as {
      kind: string;
      fullAt: { toString(): string };
      whenEmpty: string;
    };
    expect([parsed.kind, parsed.fullAt.toString(), parsed.whenEmpty]).toEqual(['proportional', '0.9', 'zero']);
    expect(formatRuleText({ kind: 'proportional', fullAt: 0.8, whenEmpty: 'max' })).toBe('proportional: fullAt = 80%; whenEmpty = max');
    expect(formatRuleText(parseRuleText('percent-bands: trên 90% = 2; từ 0% = 0; whenEmpty = max'))).toBe(
      'percent-bands: > 90% = 2; >= 0% = 0; whenEmpty = max',
    );
    expect(codesOf(() => parseRuleText('proportional: fulAt = 90%'))).toEqual(['PAR_INVALID_RULE']);
    expect(codesOf(() => parseRuleText('proportional: whenEmpty = full'))).toEqual(['PAR_INVALID_RULE']);
    const m = defineMethodology(one('proportional: fullAt = 80%; whenEmpty = max', 2));
    const rows = methodologyToRows(m, { format: 'text' });
    expect(rows[0]?.rule).toBe('proportional: fullAt = 80%; whenEmpty = max');
  });
});

describe('whenEmpty: what an empty ratio (nothing to measure) scores', () => {
  it('gives max, zero or not applicable; refuses 0/0 without it', () => {
    const s = scoreAssessment(one({ kind: 'proportional', whenEmpty: 'max' }), { '1': { numerator: 0, denominator: 0 } });
    expect(s.total.achieved.toString()).toBe('6');
    expect(s.nodes['1']?.basis).toBe('nothing-to-measure');
    expect(
      scoreAssessment(one({ kind: 'proportional', whenEmpty: 'zero' }), {
        '1': { rate: { numerator: 0, denominator: 0 } },
      }).total.achieved.toString(),
    ).toBe('0');
    const na = scoreAssessment(one({ kind: 'proportional', whenEmpty: 'not-applicable' }), { '1': { numerator: 0, denominator: 0 } });
    expect(na.nodes['1']?.status).toBe('not-applicable');
    expect(na.total.max.toString()).toBe('0');
    expect(codesOf(() => scoreAssessment(one('proportional'), { '1': { numerator: 0, denominator: 0 } }))).toEqual(['ZERO_DENOMINATOR']);
    // a positive numerator over 0 is still an error
    expect(
      codesOf(() => scoreAssessment(one({ kind: 'proportional', whenEmpty: 'max' }), { '1': { numerator: 3, denominator: 0 } })),
    ).toEqual(['ZERO_DENOMINATOR']);
    const bands = {
      kind: 'percent-bands',
      bands: [
        { min: 0.9, points: 2 },
        { min: 0, points: 0 },
      ],
      whenEmpty: 'max',
    };
    expect(scoreAssessment(one(bands, 2), { '1': { numerator: 0, denominator: 0 } }).total.achieved.toString()).toBe('2');
  });
});

const levels: MethodologySpec = {
  id: 'levels',
  name: 'levels',
  unitLevels: ['province', 'commune'],
  nodes: [
    { code: '1', name: 'A', maxPoints: 6, rule: 'proportional', atUnitLevel: { commune: 'inherited' } },
    { code: '2', name: 'B', maxPoints: 4, rule: 'proportional', atUnitLevel: { commune: 'max' } },
    { code: '3', name: 'C', maxPoints: 10, rule: 'proportional', atUnitLevel: { commune: 'not-applicable' } },
  ],
};

describe('unit levels', () => {
  it('scores by the rule without a unit level, and by the treatment with one', () => {
    const inputs = { '1': { rate: 0.5 }, '2': { rate: 0.5 }, '3': { rate: 0.5 } };
    expect(scoreAssessment(levels, inputs).total.achieved.toString()).toBe('10');
    expect(scoreAssessment(levels, inputs, { unitLevel: 'province' }).total.achieved.toString()).toBe('10');
    const c = scoreAssessment(levels, { '1': { points: 4.5 } }, { unitLevel: 'commune' });
    expect(c.nodes['1']?.basis).toBe('inherited');
    expect(c.nodes['2']?.basis).toBe('unit-level-maximum');
    expect(c.nodes['3']?.status).toBe('not-applicable');
    expect(c.total.achieved.toString()).toBe('8.5');
    expect(c.total.max.toString()).toBe('10');
    // an inherited value may also be the province's counts
    expect(
      scoreAssessment(levels, { '1': { numerator: 1, denominator: 2 } }, { unitLevel: 'commune' }).nodes['1']?.achieved.toString(),
    ).toBe('3');
    // an input for an awarded leaf is still checked
    expect(codesOf(() => scoreAssessment(levels, { '1': { points: 1 }, '2': { rate: 2 } }, { unitLevel: 'commune' }))).toEqual([
      'RATE_OUT_OF_RANGE',
    ]);
  });

  it('refuses an undeclared level (with a suggestion) and treatments on parents', () => {
    expect(codesOf(() => scoreAssessment(levels, {}, { unitLevel: 'comune' }))).toEqual(['PAR_UNKNOWN_UNIT_LEVEL']);
    try {
      scoreAssessment(levels, {}, { unitLevel: 'comune' });
    } catch (e) {
      expect(isCchcError(e) && e.issues[0]?.suggestion).toBe('commune');
    }
    const bad = { ...levels, nodes: [{ code: '1', name: 'A', maxPoints: 6, rule: 'proportional', atUnitLevel: { ward: 'max' } }] };
    expect(codesOf(() => defineMethodology(bad as MethodologySpec))).toEqual(['PAR_UNKNOWN_UNIT_LEVEL']);
    const onParent = {
      ...levels,
      nodes: [
        {
          code: '1',
          name: 'A',
          maxPoints: 6,
          atUnitLevel: { commune: 'max' },
          children: [{ code: '1.1', name: 'x', maxPoints: 6, rule: 'manual' }],
        },
      ],
    };
    expect(codesOf(() => defineMethodology(onParent as MethodologySpec))).toEqual(['INVALID_INPUT']);
    expect(codesOf(() => defineMethodology({ ...levels, unitLevels: ['a', 'a'] }))).toContain('INVALID_INPUT');
  });

  it('keeps the methodology valid when re-validated from its own form', () => {
    const m = defineMethodology(levels);
    const copy = JSON.parse(JSON.stringify({ ...m, nodes: m.nodes.map((n) => ({ ...n, maxPoints: n.maxPoints.toString() })) }));
    const c = scoreAssessment(copy, { '1': { points: 6 } }, { unitLevel: 'commune' });
    expect([c.total.achieved.toString(), c.total.max.toString(), c.nodes['3']?.status]).toEqual(['10', '10', 'not-applicable']);
  });
});

describe('rounding of each leaf', () => {
  it('rounds every leaf, then adds the rounded points (the portal: 5.38 + 0.71 + 0.24 = 6.33)', () => {
    const spec: MethodologySpec = {
      id: 'pay',
      name: 'pay',
      rounding: { decimals: 2 },
      nodes: [
        {
          code: '6',
          name: 'Thanh toán',
          maxPoints: 10,
          children: [
            { code: '6.1', name: 'C', maxPoints: 2, rule: { kind: 'proportional', fullAt: 0.8 } },
            { code: '6.2', name: 'B', maxPoints: 2, rule: { kind: 'proportional', fullAt: 0.8 } },
            { code: '6.3', name: 'A', maxPoints: 6, rule: 'proportional' },
          ],
        },
      ],
    };
    const s = scoreAssessment(spec, {
      '6.1': { numerator: 2, denominator: 21 },
      '6.2': { numerator: 6, denominator: 21 },
      '6.3': { numerator: 568, denominator: 633 },
    });
    expect(s.order.map((c) => `${c} ${s.nodes[c]?.achieved.toString()}`)).toEqual(['6 6.33', '6.1 0.24', '6.2 0.71', '6.3 5.38']);
    expect(codesOf(() => defineMethodology({ ...spec, rounding: { decimals: 2, mode: 'nearest' } } as never))).toEqual([
      'INVALID_ROUNDING',
    ]);
  });
});

describe('allocation unknown', () => {
  const spec: MethodologySpec = {
    id: 'g',
    name: 'g',
    nodes: [
      {
        code: '1',
        name: 'Công khai, minh bạch',
        maxPoints: 18,
        rule: 'manual',
        allocation: 'unknown',
        parts: [
          { code: '1.1', name: 'Công bố đúng hạn' },
          { code: '1.2', name: 'Cập nhật, công khai đúng hạn', maxPoints: 4 },
        ],
      },
      { code: '2', name: 'Tiến độ', maxPoints: 20, rule: 'manual' },
    ],
  };

  it('scores the node as a whole and refuses an input for a part', () => {
    const m = defineMethodology(spec);
    expect(m.nodes[0]?.parts?.map((p) => [p.code, p.maxPoints?.toString() ?? null])).toEqual([
      ['1.1', null],
      ['1.2', '4'],
    ]);
    expect(scoreAssessment(m, { '1': { points: 10.46 }, '2': { points: 17.56 } }).total.achieved.toString()).toBe('28.02');
    expect(codesOf(() => scoreAssessment(m, { '1.2': { points: 3 }, '2': { points: 1 } }))).toEqual([
      'PAR_ALLOCATION_UNKNOWN',
      'PAR_MISSING_INPUT',
    ]);
  });

  it('checks the parts', () => {
    const over = { ...spec, nodes: [{ ...spec.nodes[0]!, parts: [{ code: '1.1', name: 'x', maxPoints: 20 }] }] };
    expect(codesOf(() => defineMethodology(over))).toEqual(['PAR_CHILDREN_SUM_MISMATCH']);
    const misplaced = { ...spec, nodes: [{ ...spec.nodes[0]!, parts: [{ code: '2.1', name: 'x' }] }] };
    expect(codesOf(() => defineMethodology(misplaced))).toEqual(['PAR_CODE_NOT_UNDER_PARENT']);
    const noFlag = { ...spec, nodes: [{ ...spec.nodes[0]!, allocation: 'known' as const }] };
    expect(codesOf(() => defineMethodology(noFlag))).toEqual(['INVALID_INPUT']);
  });
});

describe('exclude', () => {
  it('leaves the codes out of the points and of the maximum', () => {
    const s = scoreAssessment(levels, { '1': { rate: 1 } }, { exclude: ['2', '3'] });
    expect(s.total.achieved.toString()).toBe('6');
    expect(s.total.max.toString()).toBe('6');
    expect(s.nodes['2']?.status).toBe('excluded');
    expect(codesOf(() => scoreAssessment(levels, { '1': { rate: 1 } }, { exclude: ['4'] }))).toEqual(['PAR_UNKNOWN_CODE']);
  });
});

describe('lostPoints with recovery', () => {
  it('gives the count that wins the points back, after rounding', () => {
    const spec: MethodologySpec = {
      id: 'r',
      name: 'r',
      rounding: { decimals: 2 },
      nodes: [
        { code: '1', name: 'Hài lòng', maxPoints: 6, rule: { kind: 'proportional', fullAt: 0.9 } },
        { code: '2', name: 'Thanh toán', maxPoints: 6, rule: 'proportional' },
        { code: '3', name: 'Khác', maxPoints: 2, rule: 'manual' },
      ],
    };
    const inputs = { '1': { numerator: 80, denominator: 100 }, '2': { numerator: 1516, denominator: 1707 }, '3': { points: 1 } };
    const s = scoreAssessment(spec, inputs);
    const items = lostPoints(s, { recovery: { methodology: spec, inputs } });
    const byCode = Object.fromEntries(items.map((i) => [i.code, i]));
    expect(byCode['1']?.recover?.count).toBe(10);
    expect(byCode['1']?.recover?.points.toString()).toBe('0.67');
    // 6 × 1706/1707 = 5.9965 → 6.00 after rounding: one dossier short of all is enough
    expect(byCode['2']?.recover?.count).toBe(1707 - 1516 - 1);
    expect(byCode['3']?.recover).toBeUndefined();
    // the count is the smallest: one fewer does not reach the maximum
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 50, max: 100 }), (d, k, t) => {
        const n = k % (d + 1);
        const m: MethodologySpec = {
          id: 'p',
          name: 'p',
          rounding: { decimals: 2 },
          nodes: [{ code: '1', name: 'x', maxPoints: 6, rule: { kind: 'proportional', fullAt: t / 100 } }],
        };
        const ins = { '1': { numerator: n, denominator: d } };
        const [item] = lostPoints(scoreAssessment(m, ins), { recovery: { methodology: m, inputs: ins } });
        if (!item) return scoreAssessment(m, ins).total.achieved.eq(6);
        const c = item.recover!.count;
        const at = (x: number) => scoreAssessment(m, { '1': { numerator: x, denominator: d } }).total.achieved;
        return at(n + c).eq(6) && (c === 0 || at(n + c - 1).lt(6));
      }),
      { numRuns: 60 },
    );
  });
});
