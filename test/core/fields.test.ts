// The shared field schemas and validation helpers of src/core/fields.ts (moved from quota/_internal).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { CchcError, ratio } from 'cchc';
import {
  collect,
  deepFreeze,
  ownEntry,
  percentPoints,
  positiveCount,
  quantity,
  rate,
  throwIfAny,
  unknownIdIssue,
  withDeprecated,
  withPathPrefix,
} from '../../src/core/fields.js';
import { issue, type CchcIssue } from '../../src/core/errors.js';

describe('core field schemas', () => {
  it('positiveCount: a count of at least 1', () => {
    expect(positiveCount().is(1)).toBe(true);
    expect(
      positiveCount()
        .issuesOf(0)
        .map((i) => i.code),
    ).toEqual(['INVALID_COUNT']);
    expect(
      positiveCount()
        .issuesOf(1.5)
        .map((i) => i.code),
    ).toEqual(['INVALID_COUNT']);
    expect(
      positiveCount()
        .issuesOf(Number.NaN)
        .map((i) => i.code),
    ).toEqual(['INVALID_COUNT']);
    expect(positiveCount().toJSONSchema()).toMatchObject({ type: 'integer', minimum: 1 });
  });
  it('quantity: an exact finite non-negative number, bigint or Decimal', () => {
    for (const v of [0, 3145.5, 5582n, new Decimal('1e-30')]) expect(quantity().is(v)).toBe(true);
    for (const v of [-1, Number.NaN, Number.POSITIVE_INFINITY, '3.145', null, new Decimal(0).div(0)]) {
      expect(quantity().issuesOf(v, { path: ['plan'] })[0]).toMatchObject({ code: 'INVALID_NUMBER', path: ['plan'] });
    }
  });
  it('percentPoints: [0, max], RATE_OUT_OF_RANGE outside', () => {
    expect(percentPoints(100).is(100)).toBe(true);
    expect(percentPoints(100).issuesOf(100.01)[0]?.code).toBe('RATE_OUT_OF_RANGE');
    expect(percentPoints(null).is(185)).toBe(true);
    expect(percentPoints(null).issuesOf(-0.5)[0]?.code).toBe('RATE_OUT_OF_RANGE');
    expect(percentPoints(null).issuesOf('5%')[0]?.code).toBe('INVALID_NUMBER');
  });
  it('rate: any RateInput, its problems at the field', () => {
    for (const v of [0.85, '85%', ratio(17, 20), { numerator: 17, denominator: 20 }]) expect(rate({ max: 1 }).is(v)).toBe(true);
    expect(rate({ max: 1 }).issuesOf('120%', { path: ['share'] })[0]).toMatchObject({ code: 'RATE_OUT_OF_RANGE', path: ['share'] });
    expect(rate().issuesOf('85')[0]?.code).toBe('INVALID_NUMBER');
    expect(rate().issuesOf(null)[0]?.code).toBe('INVALID_INPUT');
  });
});

describe('core validation helpers', () => {
  const a = issue('INVALID_INPUT', ['a'], 'a', 'a');
  it('collect gathers CchcError issues and lets other errors through', () => {
    const problems: CchcIssue[] = [];
    expect(collect(problems, () => 1)).toBe(1);
    expect(collect(problems, () => throwIfAny([a]))).toBeUndefined();
    expect(problems).toEqual([a]);
    expect(() => collect(problems, () => JSON.parse('{'))).toThrow(SyntaxError);
  });
  it('throwIfAny skips undefined and throws one CchcError', () => {
    expect(() => throwIfAny([undefined])).not.toThrow();
    expect(() => throwIfAny([undefined, a])).toThrow(CchcError);
  });
  it('withPathPrefix prefixes every issue', () => {
    try {
      withPathPrefix(['current'], () => throwIfAny([a]));
    } catch (e) {
      expect((e as CchcError).path).toEqual(['current', 'a']);
    }
  });
  it('ownEntry never finds a prototype property', () => {
    const table = Object.freeze({ known: 1 });
    expect(ownEntry(table, 'known')).toBe(1);
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf']) expect(ownEntry(table, name)).toBeUndefined();
    expect(ownEntry(table, 5)).toBeUndefined();
  });
  it('unknownIdIssue suggests the closest id', () => {
    expect(unknownIdIssue('UNKNOWN_REGIME', ['regime'], 'nd60-2012', ['nd60-2021', 'tt145-2017'], 'vi', 'en').suggestion).toBe('nd60-2021');
    expect(unknownIdIssue('UNKNOWN_REGIME', ['regime'], 'zzz', ['nd60-2021'], 'vi', 'en').suggestion).toBeUndefined();
  });
  it('deepFreeze freezes everything reachable, also below an object already frozen, and survives cycles', () => {
    const inner = { n: 1 };
    const outer = Object.freeze({ inner, list: [inner] });
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    deepFreeze({ outer, cyclic });
    expect(Object.isFrozen(inner)).toBe(true);
    expect(Object.isFrozen(outer.list)).toBe(true);
    expect(Object.isFrozen(cyclic)).toBe(true);
  });
  it('withDeprecated adds read-only, non-enumerable duplicates', () => {
    const o = withDeprecated({ name: { vi: 'x', en: 'y' } }, { nameVi: 'x', nameEn: 'y', gone: undefined });
    expect((o as { nameVi?: string }).nameVi).toBe('x');
    expect(Object.keys(o)).toEqual(['name']);
    expect({ ...o }).toEqual({ name: { vi: 'x', en: 'y' } });
    expect(Object.hasOwn(o, 'gone')).toBe(false);
    expect(() => {
      (o as { nameVi?: string }).nameVi = 'z';
    }).toThrow(TypeError);
  });
  it('quantity accepts exactly the finite non-negative numbers (property)', () => {
    fc.assert(
      fc.property(fc.double(), (x) => {
        expect(quantity().is(x)).toBe(Number.isFinite(x) && x >= 0);
      }),
    );
  });
});
