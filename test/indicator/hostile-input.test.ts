// Issue 12 (hostile input) for the indicator module: null and non-object options, prototype names as ids, exported
// constants that no caller can change, library objects passed back in re-validated.
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import {
  CchcError,
  INDICATORS,
  NATIONAL_TARGETS,
  defineIndicator,
  evaluateIndicator,
  evaluateIndicatorByLevel,
  findNationalTargets,
  getIndicator,
  getNationalTarget,
  type IndicatorSpec,
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

const spec: IndicatorSpec = {
  id: 'late-dossiers',
  name: { vi: 'Tỷ lệ hồ sơ quá hạn', en: 'Late dossiers' },
  numerator: { vi: 'Quá hạn', en: 'Late' },
  denominator: { vi: 'Đã giải quyết', en: 'Resolved' },
  unit: 'percent',
  direction: 'at-most',
  target: { value: 2, sources: [{ document: 'test' }] },
  sources: [{ document: 'test' }],
};

const NOT_OBJECTS: readonly unknown[] = [null, 5, 'x', true, [], [{}]];

describe('indicator: null, arrays and other non-objects as the input or the options → INVALID_INPUT', () => {
  const def = getIndicator('inspection-coverage');
  it.each(NOT_OBJECTS.map((v) => [JSON.stringify(v), v]))('%s', (_, bad) => {
    const b = bad as never;
    expect(codeOf(() => evaluateIndicator(def, { numerator: 1, denominator: 2 }, b))).toBe('INVALID_INPUT');
    expect(codeOf(() => evaluateIndicator(def, b))).toBe('INVALID_INPUT');
    // with no figures to evaluate, bad options are still refused
    expect(codeOf(() => evaluateIndicatorByLevel(def, {}, b))).toBe('INVALID_INPUT');
    expect(codeOf(() => evaluateIndicatorByLevel(def, b))).toBe('INVALID_INPUT');
    expect(codeOf(() => findNationalTargets(b))).toBe('INVALID_INPUT');
    expect(codeOf(() => defineIndicator(b))).toBe('INVALID_INPUT');
    expect(codeOf(() => evaluateIndicator(def, { numerator: 1, denominator: 2 }, { target: b }))).toBe('INVALID_INPUT');
  });
  it('a definition that is not one', () => {
    expect(codeOf(() => evaluateIndicator(null as never, { numerator: 1, denominator: 2 }))).toBe('INVALID_INDICATOR');
    expect(codeOf(() => evaluateIndicator(42 as never, { numerator: 1, denominator: 2 }))).toBe('INVALID_INDICATOR');
    expect(codeOf(() => getIndicator(null as never))).toBe('UNKNOWN_INDICATOR');
    expect(codeOf(() => getNationalTarget(undefined as never))).toBe('UNKNOWN_TARGET');
  });
});

describe('indicator: prototype names are never ids, levels or keys', () => {
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'])('%s', (name) => {
    expect(codeOf(() => getIndicator(name))).toBe('UNKNOWN_INDICATOR');
    expect(codeOf(() => evaluateIndicator(name, { numerator: 1, denominator: 2 }))).toBe('UNKNOWN_INDICATOR');
    expect(codeOf(() => evaluateIndicatorByLevel(name, { district: { numerator: 1, denominator: 2 } }))).toBe('UNKNOWN_INDICATOR');
    expect(codeOf(() => getNationalTarget(name))).toBe('UNKNOWN_TARGET');
    expect(findNationalTargets({ indicatorId: name })).toEqual([]);
    expect(codeOf(() => findNationalTargets({ programme: name as never }))).toBe('INVALID_INPUT');
    expect(codeOf(() => evaluateIndicator('inspection-coverage', { numerator: 1, denominator: 2 }, { rounding: name as never }))).toBe(
      'INVALID_ROUNDING',
    );
    expect(codeOf(() => defineIndicator({ ...spec, unit: name as never }))).toBe('INVALID_INDICATOR');
  });
  it('an own "__proto__" key (as JSON.parse makes it) is an unknown key or level', () => {
    const values = JSON.parse('{"numerator": 1, "denominator": 2, "__proto__": {"percent": 5}}') as never;
    expect(codeOf(() => evaluateIndicator('inspection-coverage', values))).toBe('UNKNOWN_KEY');
    const byLevel = JSON.parse('{"__proto__": {"numerator": 1, "denominator": 2}}') as never;
    expect(codeOf(() => evaluateIndicatorByLevel('one-stop-coverage', byLevel))).toBe('INVALID_ADMIN_LEVEL');
    expect(codeOf(() => evaluateIndicatorByLevel('one-stop-coverage', { constructor: { numerator: 1, denominator: 2 } } as never))).toBe(
      'INVALID_ADMIN_LEVEL',
    );
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
const mutableIn = (value: unknown) => [...objectsOf(value)].filter(([, o]) => !Object.isFrozen(o)).map(([p]) => p);

describe('indicator: exported constants and definitions are deeply frozen', () => {
  it.each(Object.entries({ INDICATORS, NATIONAL_TARGETS }))('%s', (_, constant) => {
    expect(mutableIn(constant)).toEqual([]);
  });

  it("one caller's mutation cannot change another caller's results", () => {
    const before = evaluateIndicator('inspection-coverage', { numerator: 14, denominator: 42 });
    expect(() => {
      (getIndicator('inspection-coverage').target as { value: number }).value = 50;
    }).toThrow(TypeError);
    expect(() => {
      (getNationalTarget('30c-satisfaction-2020').target as { value: number }).value = 10;
    }).toThrow(TypeError);
    expect(() => {
      (INDICATORS as unknown as unknown[]).length = 0;
    }).toThrow(TypeError);
    expect(evaluateIndicator('inspection-coverage', { numerator: 14, denominator: 42 }).status).toBe(before.status);
  });

  it('defineIndicator copies what it is given: the caller keeps mutable objects, the definition does not change with them', () => {
    const mine = { ...spec, target: { value: 2 }, numerator: { vi: 'Quá hạn', en: 'Late' }, sources: [{ document: 'test' }] };
    const def = defineIndicator(mine);
    expect(Object.isFrozen(mine.target)).toBe(false);
    expect(Object.isFrozen(mine.sources[0])).toBe(false);
    mine.target.value = 50;
    mine.numerator.vi = 'changed';
    mine.sources[0]!.document = 'changed';
    expect(def.target?.value).toBe(2);
    expect(def.numerator.vi).toBe('Quá hạn');
    expect(def.sources[0]!.document).toBe('test');
    expect(mutableIn(def)).toEqual([]);
  });

  it('an evaluation holds a frozen copy of the target it was given', () => {
    const target = { value: 30 };
    const e = evaluateIndicator('inspection-coverage', { numerator: 14, denominator: 42 }, { target });
    target.value = 90;
    expect(e.target?.value).toBe(30);
    expect(mutableIn(e)).toEqual([]);
  });
});

describe('indicator: library objects passed back in are re-validated', () => {
  const def = getIndicator('inspection-coverage');
  it('a definition changed into nonsense is refused with INVALID_INDICATOR, not evaluated into NaN', () => {
    expect(codeOf(() => evaluateIndicator({ ...def, decimals: Number.NaN }, { numerator: 1, denominator: 2 }))).toBe('INVALID_INDICATOR');
    expect(codeOf(() => evaluateIndicator({ ...def, target: { value: Number.NaN } }, { numerator: 1, denominator: 2 }))).toBe(
      'INVALID_INDICATOR',
    );
    expect(codeOf(() => evaluateIndicator({ ...def, direction: 'sideways' as never }, { numerator: 1, denominator: 2 }))).toBe(
      'INVALID_INDICATOR',
    );
    expect(codeOf(() => evaluateIndicator({ ...def, unit: 'ratio' as never }, { numerator: 1, denominator: 2 }))).toBe('INVALID_INDICATOR');
    expect(codeOf(() => evaluateIndicator({ ...def, validity: { start: '2022-02-30' } }, { numerator: 1, denominator: 2 }))).toBe(
      'INVALID_INDICATOR',
    );
    let err: CchcError | undefined;
    try {
      evaluateIndicator({ ...def, decimals: Number.NaN }, { numerator: 1, denominator: 2 });
    } catch (e) {
      err = e as CchcError;
    }
    expect(err?.issues[0]?.path).toEqual(['def', 'decimals']);
  });
  it('a definition spread and changed the right way is evaluated', () => {
    const stricter = { ...def, target: { value: 40 } };
    expect(evaluateIndicator(stricter, { numerator: 14, denominator: 42 }).status).toBe('not-met');
    expect(defineIndicator({ ...def, id: 'inspection-coverage-2020' }).id).toBe('inspection-coverage-2020');
  });
  it('a national target or a ratio with NaN is refused', () => {
    const t = getNationalTarget('30c-satisfaction-2020').target;
    expect(codeOf(() => evaluateIndicator('sipas-satisfaction', { percent: 85 }, { target: { ...t, value: Number.NaN } }))).toBe(
      'INVALID_INPUT',
    );
    const nan = new Decimal(0).div(0);
    expect(codeOf(() => evaluateIndicator('sipas-satisfaction', { rate: { value: nan } }))).toBe('INVALID_NUMBER');
    expect(codeOf(() => evaluateIndicator('sipas-satisfaction', { percent: nan }))).toBe('INVALID_NUMBER');
  });
});

describe('indicator: -0 (as Python writes a zero rounded from below) is 0', () => {
  it('as counts, percent points and a rate', () => {
    const zero = { value: 0, sources: [{ document: 'x' }] };
    for (const values of [{ numerator: -0, denominator: 10 }, { percent: -0 }, { rate: -0 }] as const) {
      const e = evaluateIndicator('sipas-satisfaction', values, { target: zero });
      expect(e.formatted.vi).toBe('0,00%');
      expect(e.status).toBe('met');
      expect(Object.is(e.value!.toNumber(), 0)).toBe(true);
    }
  });
});
