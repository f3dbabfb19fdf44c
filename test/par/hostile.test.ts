// Issue 12 (hostile and huge input) for the PAR module: deep trees, prototype names, null options, frozen constants.
import { describe, expect, it } from 'vitest';
import { expectLinearTime } from '../_support/linear-time.js';
import fc from 'fast-check';
import {
  CchcError,
  classify,
  compareAssessments,
  defineMethodology,
  gradeDistribution,
  HUE_PAR_CLASSES,
  LEAF_RULE_KINDS,
  lostPoints,
  MAX_ISSUES,
  MAX_METHODOLOGY_DEPTH,
  MAX_RULE_TEXT_LENGTH,
  formatRuleText,
  parseRuleText,
  methodologyFromRows,
  methodologyToRows,
  MethodologySpecSchema,
  PAR_INDEX_GROUPS,
  pointsToTarget,
  rankTarget,
  rankUnits,
  scoreAssessment,
  type MethodologyNodeSpec,
  type MethodologyRow,
  type MethodologySpec,
} from 'cchc';
import { caMau2013Fragment } from 'cchc/datasets';
import { caMauFullInputs } from './_arbitraries.js';

const issuesOf = (f: () => unknown): string[] => {
  try {
    f();
  } catch (e) {
    if (!(e instanceof CchcError)) throw e;
    return e.issues.map((i) => `${i.code}@${i.path.join('.')}`);
  }
  return [];
};

/** A chain of `levels` nodes "1" → "1.1" → "1.1.1" …, each worth 1 point, the last one a manual leaf. */
function deepSpec(levels: number): MethodologySpec {
  let code = '1';
  for (let i = 1; i < levels; i++) code += '.1';
  let node: MethodologyNodeSpec = { code, name: 'Lá', maxPoints: 1, rule: 'manual' };
  for (let i = levels - 1; i >= 1; i--) {
    code = code.slice(0, -2);
    node = { code, name: `Cấp ${i}`, maxPoints: 1, children: [node] };
  }
  return { id: 'deep', name: 'Sâu', nodes: [node] };
}

function deepRows(levels: number): MethodologyRow[] {
  const rows: MethodologyRow[] = [];
  let code = '1';
  for (let i = 1; i <= levels; i++) {
    rows.push({ code, name: `Cấp ${i}`, maxPoints: 1, ...(i === levels ? { rule: 'manual' } : {}) });
    code += '.1';
  }
  return rows;
}

function isDeepFrozen(value: unknown, seen = new Set<unknown>()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  return Object.values(value).every((v) => isDeepFrozen(v, seen));
}

describe('issue 12: a methodology nested 3,000 levels deep', () => {
  it('is refused with INPUT_TOO_DEEP by validation, never a stack overflow', () => {
    const spec = deepSpec(3000);
    expect(issuesOf(() => defineMethodology(spec))[0]).toMatch(/^INPUT_TOO_DEEP@nodes\.0(\.children\.0)+$/);
    expect(issuesOf(() => scoreAssessment(spec, {}))[0]).toMatch(/^INPUT_TOO_DEEP@/);
    expect(issuesOf(() => compareAssessments(spec, { selfAssessment: {}, appraisal: {} }))[0]).toMatch(/^INPUT_TOO_DEEP@/);
    expect(issuesOf(() => methodologyToRows(spec as never))[0]).toMatch(/^INPUT_TOO_DEEP@/);
    expect(MethodologySpecSchema.safeParse(spec).success).toBe(false);
    expect(MethodologySpecSchema.issuesOf(spec).some((i) => i.code === 'INPUT_TOO_DEEP')).toBe(true);
  });

  it('is refused from rows too (a 3,000-segment code)', () => {
    // Every row below the depth limit is a problem; the error lists the first MAX_ISSUES of them.
    const issues = issuesOf(() => methodologyFromRows(deepRows(3000)));
    expect(issues).toContain('INPUT_TOO_DEEP@rows.12.code');
    expect(issues).toHaveLength(MAX_ISSUES);
    // The 3,000-segment code itself, alone.
    expect(issuesOf(() => methodologyFromRows([deepRows(3000)[2999]!]))).toContain('INPUT_TOO_DEEP@rows.0.code');
  });

  it('accepts the deepest tree the limit allows, and every walk handles it', () => {
    const levels = MAX_METHODOLOGY_DEPTH;
    const m = defineMethodology(deepSpec(levels));
    let code = '1';
    for (let i = 1; i < levels; i++) code += '.1';
    const s = scoreAssessment(m, { [code]: { points: 1 } });
    expect(s.total.achieved.toString()).toBe('1');
    expect(methodologyToRows(m)).toHaveLength(levels);
    expect(methodologyFromRows(deepRows(levels)).nodes).toHaveLength(1);
    expect(lostPoints(s, { level: 'sub-criterion', includeZero: true })).toHaveLength(levels - 2);
    expect(compareAssessments(m, { selfAssessment: { [code]: { points: 1 } }, appraisal: { [code]: { points: 0 } } }).changed).toEqual([
      code,
    ]);
    expect(MethodologySpecSchema.safeParse(deepSpec(levels)).success).toBe(true);
    // one level more is refused everywhere
    expect(issuesOf(() => defineMethodology(deepSpec(levels + 1)))[0]).toMatch(/^INPUT_TOO_DEEP@/);
    expect(MethodologySpecSchema.issuesOf(deepSpec(levels + 1)).map((i) => i.code)).toEqual(['INPUT_TOO_DEEP']);
    expect(issuesOf(() => methodologyFromRows(deepRows(levels + 1)))).toContain(`INPUT_TOO_DEEP@rows.${levels}.code`);
  });
});

describe('issue 12: prototype names as values', () => {
  it('rounding: "toString" is INVALID_ROUNDING, not a raw DecimalError or a silent default', () => {
    expect(issuesOf(() => rankUnits([{ id: 'a', value: 1 }], { decimals: 2, rounding: 'toString' as never }))).toEqual([
      'INVALID_ROUNDING@options.rounding',
    ]);
    expect(issuesOf(() => rankUnits([{ id: 'a', value: 1 }], { rounding: 'constructor' as never }))).toEqual([
      'INVALID_ROUNDING@options.rounding',
    ]);
  });

  it('other option values named like Object.prototype members are refused', () => {
    const s = scoreAssessment(caMau2013Fragment, caMauFullInputs);
    expect(issuesOf(() => scoreAssessment(caMau2013Fragment, caMauFullInputs, { only: 'toString' as never }))).toEqual([
      'INVALID_INPUT@options.only',
    ]);
    expect(
      issuesOf(() =>
        compareAssessments(
          caMau2013Fragment,
          { selfAssessment: caMauFullInputs, appraisal: caMauFullInputs },
          { channel: 'valueOf' as never },
        ),
      ),
    ).toEqual(['INVALID_INPUT@options.channel']);
    expect(issuesOf(() => methodologyToRows(defineMethodology(caMau2013Fragment), { format: 'constructor' as never }))).toEqual([
      'INVALID_INPUT@options.format',
    ]);
    expect(issuesOf(() => lostPoints(s, { level: 'hasOwnProperty' as never }))).toEqual(['INVALID_INPUT@options.level']);
    expect(issuesOf(() => rankUnits([], { order: '__proto__' as never }))).toEqual(['INVALID_INPUT@options.order']);
  });

  it('a node whose code is a prototype name is scored from its own input only', () => {
    const spec: MethodologySpec = { id: 'x', name: 'x', nodes: [{ code: 'constructor', name: 'A', maxPoints: 1, rule: 'binary' }] };
    expect(issuesOf(() => scoreAssessment(spec, {}))).toEqual(['PAR_MISSING_INPUT@constructor']);
    expect(scoreAssessment(spec, { constructor: { met: true } }).total.achieved.toString()).toBe('1');
    expect(issuesOf(() => scoreAssessment(caMau2013Fragment, { ...caMauFullInputs, toString: { met: true } } as never))).toEqual([
      'PAR_UNKNOWN_CODE@toString',
    ]);
  });

  it('tier outcomes named like prototype members match only themselves', () => {
    const spec: MethodologySpec = {
      id: 'x',
      name: 'x',
      nodes: [{ code: '1', name: 'A', maxPoints: 1, rule: 'tiered: Đạt = 1; Không đạt = 0' }],
    };
    expect(issuesOf(() => scoreAssessment(spec, { '1': { outcome: 'toString' } }))).toEqual(['PAR_UNKNOWN_OUTCOME@1.outcome']);
  });
});

describe('issue 12: null, arrays and numbers as options are INVALID_INPUT', () => {
  const m = defineMethodology(caMau2013Fragment);
  const s = scoreAssessment(m, caMauFullInputs);
  const calls: Record<string, (o: never) => unknown> = {
    scoreAssessment: (o) => scoreAssessment(m, caMauFullInputs, o),
    compareAssessments: (o) => compareAssessments(m, { selfAssessment: caMauFullInputs, appraisal: caMauFullInputs }, o),
    methodologyFromRows: (o) => methodologyFromRows([{ code: '1', name: 'A', maxPoints: 1, rule: 'binary' }], o),
    methodologyToRows: (o) => methodologyToRows(m, o),
    rankUnits: (o) => rankUnits([{ id: 'a', value: 1 }], o),
    gradeDistribution: (o) => gradeDistribution([1], PAR_INDEX_GROUPS, o),
    lostPoints: (o) => lostPoints(s, o),
  };
  for (const [name, call] of Object.entries(calls)) {
    it(name, () => {
      for (const bad of [null, [], 42, 'x', new Date(0)]) {
        let err: unknown;
        try {
          call(bad as never);
        } catch (e) {
          err = e;
        }
        expect(err, `${name}(${String(bad)})`).toBeInstanceOf(CchcError);
        expect((err as CchcError).code).toBe('INVALID_INPUT');
        expect((err as CchcError).path).toEqual(['options']);
      }
      expect(() => call(undefined as never)).not.toThrow();
    });
  }

  it('null as the main input is INVALID_INPUT too', () => {
    for (const f of [
      () => defineMethodology(null as never),
      () => scoreAssessment(m, null as never),
      () => compareAssessments(m, null as never),
      () => methodologyFromRows(null as never),
      () => methodologyToRows(null as never),
      () => rankUnits(null as never),
      () => gradeDistribution(null as never, PAR_INDEX_GROUPS),
      () => lostPoints(null as never),
      () => pointsToTarget(null as never, 90),
      () => rankTarget(null as never),
      () => classify(90, null as never),
    ]) {
      let err: unknown;
      try {
        f();
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(CchcError);
    }
  });
});

describe('issue 12: exported constants are deeply frozen', () => {
  it('PAR_INDEX_GROUPS, HUE_PAR_CLASSES, LEAF_RULE_KINDS', () => {
    for (const c of [PAR_INDEX_GROUPS, HUE_PAR_CLASSES, LEAF_RULE_KINDS]) expect(isDeepFrozen(c)).toBe(true);
  });

  it("a caller cannot change another caller's classification", () => {
    const bands = PAR_INDEX_GROUPS.bands as unknown as { min: number }[];
    expect(() => {
      bands[0]!.min = 0;
    }).toThrow(TypeError);
    expect(classify(50, PAR_INDEX_GROUPS)).toBeNull();
  });
});

describe('issue 12: the rule text parser runs in linear time, on a bounded text', () => {
  /** `times` parses of `text`, refused or not. */
  const attempt = (text: string, times: number) => () => {
    for (let k = 0; k < times; k++) {
      try {
        parseRuleText(text);
      } catch (e) {
        if (!(e instanceof CchcError)) throw e;
      }
    }
  };
  const cases: [string, (n: number) => string][] = [
    ['many tiers', (n) => `tiered: ${Array.from({ length: n }, (_, i) => `Mức ${i} = ${i % 10},5`).join('; ')}`],
    ['many bands', (n) => `percent-bands: ${Array.from({ length: n }, (_, i) => `từ ${n - i - 1}% = 1`).join('; ')}`],
    ['a long blank run in a bound', (n) => `percent-bands: từ${' '.repeat(n * 14)}x\ny = 1`],
    ['separators only', (n) => `tiered: ${';'.repeat(n * 14)}`],
  ];
  for (const [name, text] of cases) {
    it(name, async () => {
      const small = text(60);
      const big = text(600);
      expect(big.length).toBeLessThanOrEqual(MAX_RULE_TEXT_LENGTH);
      expect(big.length).toBeGreaterThanOrEqual(9 * small.length);
      // Per parse: time(10×) ≤ 20 × time(1×), by the suite's one linear-time check.
      await expectLinearTime((t: string) => attempt(t, 1)(), text, 60);
    });
  }

  it('refuses a text longer than MAX_RULE_TEXT_LENGTH with TEXT_TOO_LONG, inside a methodology too', () => {
    const text = `tiered: ${'a'.repeat(MAX_RULE_TEXT_LENGTH)} = 1`;
    expect(issuesOf(() => parseRuleText(text))).toEqual(['TEXT_TOO_LONG@']);
    expect(issuesOf(() => defineMethodology({ id: 'x', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 1, rule: text }] }))).toEqual([
      'TEXT_TOO_LONG@nodes.0.rule',
    ]);
  });

  it('a code longer than MAX_CODE_LENGTH is TEXT_TOO_LONG', () => {
    const code = `1${'0'.repeat(100)}`;
    expect(issuesOf(() => defineMethodology({ id: 'x', name: 'x', nodes: [{ code, name: 'A', maxPoints: 1, rule: 'binary' }] }))).toEqual([
      'TEXT_TOO_LONG@nodes.0.code',
    ]);
  });
});

describe('issue 12: any input to a PAR function gives a value or a CchcError, never another throw', () => {
  const m = defineMethodology(caMau2013Fragment);
  const s = scoreAssessment(m, caMauFullInputs);
  const hostile = fc.oneof(
    fc.anything({ withNullPrototype: true, withSparseArray: true, withBoxedValues: true, withMap: true, withSet: true }),
    fc.constantFrom(
      null,
      undefined,
      'toString',
      'constructor',
      '__proto__',
      -0,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      '85%',
      '0,5',
      [],
      {},
    ),
    fc.dictionary(fc.constantFrom('1.1.4', '1.3', 'toString', 'constructor', 'rate', 'ratio', 'points'), fc.anything()),
  );
  const calls: Record<string, (a: unknown, b: unknown) => unknown> = {
    defineMethodology: (a) => defineMethodology(a as never),
    scoreAssessment: (a, b) => scoreAssessment(m, a as never, b as never),
    scoreAssessmentLeaf: (a) => scoreAssessment(m, { ...caMauFullInputs, '1.1.4': a as never }),
    compareAssessments: (a, b) => compareAssessments(m, a as never, b as never),
    methodologyFromRows: (a, b) => methodologyFromRows(a as never, b as never),
    methodologyToRows: (a, b) => methodologyToRows(a as never, b as never),
    classify: (a, b) => classify(a as never, b as never),
    classifyPreset: (a) => classify(a as never, PAR_INDEX_GROUPS),
    rankUnits: (a, b) => rankUnits(a as never, b as never),
    gradeDistribution: (a, b) => gradeDistribution(a as never, PAR_INDEX_GROUPS, b as never),
    rankTarget: (a) => rankTarget(a as never),
    pointsToTarget: (a, b) => pointsToTarget((a ?? s) as never, b as never),
    lostPoints: (a, b) => lostPoints(a as never, b as never),
    parseRuleText: (a) => parseRuleText(a as never),
    formatRuleText: (a) => formatRuleText(a as never),
  };
  for (const [name, call] of Object.entries(calls)) {
    it(name, () => {
      fc.assert(
        fc.property(hostile, hostile, (a, b) => {
          let out: unknown;
          try {
            out = call(a, b);
          } catch (e) {
            expect(e).toBeInstanceOf(CchcError);
            return;
          }
          expect(out).not.toBeUndefined();
          expect(JSON.stringify(out ?? null)).not.toMatch(/NaN|Infinity/);
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe('issue 12: composed and decomposed Vietnamese, and -0', () => {
  const nfc = 'Sở Tư pháp'.normalize('NFC');
  const nfd = 'Sở Tư pháp'.normalize('NFD');

  it('a unit named in NFC and in NFD is one unit (a grouping key); its name is kept as given', () => {
    expect(nfc).not.toBe(nfd);
    expect(
      issuesOf(() =>
        rankUnits([
          { id: nfc, value: 80 },
          { id: nfd, value: 81 },
        ]),
      ),
    ).toEqual(['PAR_DUPLICATE_UNIT@items.1.id']);
    expect(rankUnits([{ id: nfd, value: 80 }])[0]!.id).toBe(nfd);
    expect(
      issuesOf(() =>
        classify(80, [
          { key: nfc, label: 'A', min: 90 },
          { key: nfd, label: 'B', min: 50, max: 60 },
        ]),
      ),
    ).toEqual(['PAR_DUPLICATE_BAND@bands.1.key']);
  });

  it('-0 is 0: no negative points, no negative rate', () => {
    const spec = {
      id: 'x',
      name: 'x',
      nodes: [
        { code: '1', name: 'A', maxPoints: 1, rule: 'manual' },
        { code: '2', name: 'B', maxPoints: 1, rule: 'proportional' },
        { code: '3', name: 'C', maxPoints: 1, rule: 'survey' },
      ],
    };
    const s = scoreAssessment(spec, { '1': { points: -0 }, '2': { rate: -0 }, '3': { share: -0 } });
    expect(s.total.achieved.toString()).toBe('0');
    expect(JSON.stringify(s)).not.toContain('-0');
    expect(classify(-0, [{ key: 'z', label: 'Z', min: 0, max: 10 }])?.key).toBe('z');
  });
});
