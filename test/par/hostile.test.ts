// Issue 12 (hostile and huge input) for the PAR module: deep trees, prototype names, null options, frozen constants.
import { describe, expect, it } from 'vitest';
import {
  CchcError,
  classify,
  compareAssessments,
  defineMethodology,
  gradeDistribution,
  HUE_PAR_CLASSES,
  LEAF_RULE_KINDS,
  lostPoints,
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
    expect(issuesOf(() => methodologyFromRows(deepRows(3000)))).toContain('INPUT_TOO_DEEP@rows.2999.code');
  });

  it('accepts the deepest tree the limit allows, and every walk handles it', () => {
    const m = defineMethodology(deepSpec(12));
    let code = '1';
    for (let i = 1; i < 12; i++) code += '.1';
    const s = scoreAssessment(m, { [code]: { points: 1 } });
    expect(s.total.achieved.toString()).toBe('1');
    expect(methodologyToRows(m)).toHaveLength(12);
    expect(methodologyFromRows(deepRows(12)).nodes).toHaveLength(1);
    expect(lostPoints(s, { level: 'sub-criterion', includeZero: true })).toHaveLength(10);
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
