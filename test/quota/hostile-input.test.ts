// Issue 12 (hostile input) for the quota module: null and non-object options, prototype names as ids, exported
// constants that no caller can change, library objects passed back in re-validated.
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import {
  AUTONOMY_REGIMES,
  CchcError,
  DISBURSEMENT_TARGET_95,
  KL40_CARRY_OVER_SOURCE,
  STREAMLINING_TARGETS,
  UNIT_EVENT_KINDS,
  autonomyGroup,
  carryOverTarget,
  disbursementDeadline,
  disbursementRate,
  getStreamliningTarget,
  selfFinancingRatio,
  streamliningPace,
  streamliningProgress,
  targetProgress,
  unitReduction,
} from 'cchc';

/** The CchcError code of a call; any other throw fails the test (a TypeError is never an answer). */
function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof CchcError) return e.code;
    throw e;
  }
  return undefined;
}

const NOT_OBJECTS: readonly unknown[] = [null, 5, 'x', true, [], [{}]];

describe('quota: null, arrays and other non-objects as the input or the options → INVALID_INPUT', () => {
  it.each(NOT_OBJECTS.map((v) => [JSON.stringify(v), v]))('%s', (_, bad) => {
    const b = bad as never;
    expect(codeOf(() => targetProgress(b))).toBe('INVALID_INPUT');
    expect(codeOf(() => streamliningProgress(b))).toBe('INVALID_INPUT');
    expect(codeOf(() => streamliningPace(b))).toBe('INVALID_INPUT');
    expect(codeOf(() => carryOverTarget(b))).toBe('INVALID_INPUT');
    expect(codeOf(() => disbursementRate(b))).toBe('INVALID_INPUT');
    expect(codeOf(() => selfFinancingRatio(b))).toBe('INVALID_INPUT');
    expect(codeOf(() => autonomyGroup(0.5, b))).toBe('INVALID_INPUT');
    expect(codeOf(() => unitReduction([], b))).toBe('INVALID_INPUT');
    if (!Array.isArray(bad)) expect(codeOf(() => unitReduction(b))).toBe('INVALID_INPUT');
    if (typeof bad !== 'number') expect(codeOf(() => disbursementDeadline(b))).toBe('INVALID_INPUT');
  });
  it('nested objects too', () => {
    expect(codeOf(() => carryOverTarget({ previous: null, current: { base: 10, target: 1 } } as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => carryOverTarget({ previous: { target: 1, achieved: 0 }, current: [] } as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => disbursementRate({ disbursed: 1, plan: 2, target: null } as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => unitReduction([null] as never))).toBe('INVALID_INPUT');
    // a sparse array: the hole is an event that is missing, not skipped
    expect(codeOf(() => unitReduction([{ kind: 'dissolve', count: 1 }, , { kind: 'dissolve', count: 1 }] as never))).toBe('INVALID_INPUT');
  });
});

describe('quota: prototype names are never ids, kinds or keys', () => {
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'])('%s', (name) => {
    expect(codeOf(() => autonomyGroup(0.5, { regime: name as never }))).toBe('UNKNOWN_REGIME');
    expect(codeOf(() => getStreamliningTarget(name))).toBe('UNKNOWN_TARGET');
    expect(codeOf(() => unitReduction([{ kind: name, count: 1 } as never]))).toBe('INVALID_INPUT');
    expect(codeOf(() => streamliningProgress({ base: 10, target: 1, achieved: 0, measure: name as never }))).toBe('INVALID_INPUT');
    expect(codeOf(() => disbursementRate({ disbursed: 1, plan: 2, planKind: name as never }))).toBe('INVALID_INPUT');
    expect(codeOf(() => streamliningProgress({ base: 10, targetPercent: 5, targetRounding: name as never, achieved: 0 }))).toBe(
      'INVALID_ROUNDING',
    );
  });
  it('an own "__proto__" key (as JSON.parse makes it) is an unknown key, not a prototype', () => {
    const input = JSON.parse('{"base": 100, "target": 10, "achieved": 1, "__proto__": {"measure": "persons-settled"}}') as never;
    expect(codeOf(() => streamliningProgress(input))).toBe('UNKNOWN_KEY');
    const options = JSON.parse('{"regime": "nd60-2021", "__proto__": {"fundsInvestment": true}}') as never;
    expect(codeOf(() => autonomyGroup(1, options))).toBe('UNKNOWN_KEY');
  });
});

/** Every object reachable from `value`, with its path (Decimals, immutable by their API, are not walked into). */
function* objectsOf(value: unknown, path = '$', seen = new Set<object>()): Generator<[string, object]> {
  if (typeof value !== 'object' || value === null || seen.has(value) || Decimal.isDecimal(value)) return;
  seen.add(value);
  yield [path, value];
  for (const key of Reflect.ownKeys(value)) {
    yield* objectsOf((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`, seen);
  }
}

describe('quota: exported constants are deeply frozen', () => {
  const constants = { AUTONOMY_REGIMES, STREAMLINING_TARGETS, DISBURSEMENT_TARGET_95, KL40_CARRY_OVER_SOURCE, UNIT_EVENT_KINDS };
  it.each(Object.entries(constants))('%s', (_, constant) => {
    const mutable = [...objectsOf(constant)].filter(([, o]) => !Object.isFrozen(o)).map(([p]) => p);
    expect(mutable).toEqual([]);
  });

  it("one caller's mutation cannot change another caller's results", () => {
    const before = autonomyGroup(0.1, { regime: 'nd60-2021' }).group;
    const band = AUTONOMY_REGIMES['nd60-2021'].bands.find((b) => b.subBand === '10-30')!;
    expect(() => {
      (band.min as { percent: number }).percent = 50;
    }).toThrow(TypeError);
    expect(() => {
      (AUTONOMY_REGIMES['nd60-2021'].bands as unknown as unknown[]).pop();
    }).toThrow(TypeError);
    expect(() => {
      (DISBURSEMENT_TARGET_95 as { percent: number }).percent = 5;
    }).toThrow(TypeError);
    expect(() => {
      (STREAMLINING_TARGETS[0]!.sources as unknown as unknown[]).length = 0;
    }).toThrow(TypeError);
    expect(() => {
      (STREAMLINING_TARGETS[0]!.instrument as { document: string }).document = 'x';
    }).toThrow(TypeError);
    expect(autonomyGroup(0.1, { regime: 'nd60-2021' }).group).toBe(before);
    expect(disbursementRate({ disbursed: 94, plan: 100, target: DISBURSEMENT_TARGET_95 }).target?.met).toBe(false);
  });

  it('results are frozen', () => {
    const r = unitReduction([{ kind: 'dissolve', count: 2, group: 'health' }], { target: 10 });
    expect([...objectsOf(r)].filter(([, o]) => !Object.isFrozen(o)).map(([p]) => p)).toEqual([]);
    const progress = streamliningProgress({ base: 100, target: 10, achieved: 4 });
    expect(Object.isFrozen(progress)).toBe(true);
  });
});

describe('quota: library objects passed back in are re-validated', () => {
  it('a progress result with NaN (or figures that disagree) is refused as the previous period of a carry-over', () => {
    const p2021 = streamliningProgress({ base: 2838, target: 284, achieved: 250 });
    expect(carryOverTarget({ previous: p2021, current: { base: 2600, target: 130 } }).required).toBe(164);
    expect(
      carryOverTarget({ previous: targetProgress({ achieved: 250, target: 284 }), current: { base: 2600, target: 130 } }).required,
    ).toBe(164);
    expect(codeOf(() => carryOverTarget({ previous: { ...p2021, remaining: Number.NaN }, current: { base: 2600, target: 130 } }))).toBe(
      'INVALID_COUNT',
    );
    expect(codeOf(() => carryOverTarget({ previous: { ...p2021, achieved: Number.NaN }, current: { base: 2600, target: 130 } }))).toBe(
      'INVALID_COUNT',
    );
    expect(codeOf(() => carryOverTarget({ previous: { ...p2021, met: true }, current: { base: 2600, target: 130 } }))).toBe(
      'INVALID_INPUT',
    );
    expect(codeOf(() => carryOverTarget({ previous: { ...p2021, surplus: 7 }, current: { base: 2600, target: 130 } }))).toBe(
      'INVALID_INPUT',
    );
    const nanRatio = { ...p2021, ofBase: { ...p2021.ofBase, value: p2021.ofBase.value.div(0).minus(p2021.ofBase.value.div(0)) } };
    expect(codeOf(() => carryOverTarget({ previous: nanRatio, current: { base: 2600, target: 130 } }))).toBe('INVALID_INPUT');
  });

  it('the events of a unitReduction result can be passed back, and a wrong or NaN reduction is refused', () => {
    const r = unitReduction([
      { kind: 'merge', from: 41, into: 15 },
      { kind: 'create', count: 2 },
    ]);
    expect(unitReduction(r.events).net).toBe(r.net);
    expect(codeOf(() => unitReduction([{ ...r.events[0]!, reduction: Number.NaN }]))).toBe('INVALID_INPUT');
    expect(codeOf(() => unitReduction([{ ...r.events[0]!, reduction: 3 }]))).toBe('INVALID_UNIT_EVENT');
  });

  it('a ratio with a NaN or infinite value is not a self-financing ratio', () => {
    const r = selfFinancingRatio({ revenue: 1, recurrentSpending: 2 });
    const nan = r.value.div(0).minus(r.value.div(0));
    expect(codeOf(() => autonomyGroup({ ...r, value: nan }, { regime: 'nd60-2021' }))).toBe('INVALID_NUMBER');
    expect(codeOf(() => autonomyGroup({ ...r, value: r.value.div(0) }, { regime: 'nd60-2021' }))).toBe('INVALID_NUMBER');
  });

  it('a disbursement target preset changed into nonsense is refused', () => {
    expect(codeOf(() => disbursementRate({ disbursed: 1, plan: 2, target: { ...DISBURSEMENT_TARGET_95, percent: Number.NaN } }))).toBe(
      'INVALID_INPUT',
    );
    expect(
      codeOf(() => disbursementRate({ disbursed: 1, plan: 2, target: { ...DISBURSEMENT_TARGET_95, planKind: 'annual' as never } })),
    ).toBe('INVALID_INPUT');
  });
});

describe('quota: -0 (as Python writes a zero rounded from below) is 0', () => {
  it('as an amount, a count, a rate and percent points', () => {
    expect(disbursementRate({ disbursed: -0, plan: 10 }).rate.value.isZero()).toBe(true);
    expect(autonomyGroup(-0, { regime: 'nd60-2021' }).group).toBe(4);
    expect(autonomyGroup(-0, { regime: 'nd60-2021', percentPoints: true }).group).toBe(4);
    expect(selfFinancingRatio({ revenue: -0, recurrentSpending: 5 }).value.isZero()).toBe(true);
    expect(targetProgress({ achieved: -0, target: 3 }).remaining).toBe(3);
    expect(streamliningProgress({ base: 100, target: 10, achieved: -0 }).met).toBe(false);
  });
});
