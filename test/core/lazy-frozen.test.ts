// Constants built on first use (issue 18): a stand-in must behave as the frozen value itself.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { lazyFrozen } from '../../src/core/_internal/lazy-frozen.js';
import { deepFreeze } from '../../src/core/_internal/freeze.js';
import * as s from '../../src/core/schema.js';
import {
  AGENCY_DEFINITIONS,
  DateRangeSchema,
  INDICATORS,
  IsoDateSchema,
  QD766_PORTAL,
  regroup766To2022,
  scoreAssessment,
} from '../../src/index.js';

describe('lazyFrozen', () => {
  it('builds on first use, once', () => {
    let builds = 0;
    const v = lazyFrozen(() => {
      builds++;
      return { a: 1, b: { c: [1, 2] } };
    });
    expect(builds).toBe(0);
    expect(v.a).toBe(1);
    expect(v.b.c).toEqual([1, 2]);
    expect(builds).toBe(1);
    expect(Object.keys(v)).toEqual(['a', 'b']);
    expect(builds).toBe(1);
  });

  it('is deeply frozen and cannot be changed', () => {
    const v = lazyFrozen(() => ({ a: 1, b: { c: [1, 2] } }));
    expect(Object.isFrozen(v)).toBe(true);
    expect(Object.isFrozen(v.b)).toBe(true);
    expect(Object.isFrozen(v.b.c)).toBe(true);
    expect(() => {
      (v as { a: number }).a = 2;
    }).toThrow(TypeError);
    expect(v.a).toBe(1);
  });

  it('keeps the prototype (instanceof, methods) and the array kind', () => {
    class Box {
      constructor(readonly n: number) {}
      twice(): number {
        return this.n * 2;
      }
    }
    const b = lazyFrozen(() => new Box(21));
    expect(b instanceof Box).toBe(true);
    expect(b.twice()).toBe(42);
    const list = lazyFrozen(() => [3, 1, 2], { array: true });
    expect(Array.isArray(list)).toBe(true);
    expect(list.length).toBe(3);
    expect([...list].sort()).toEqual([1, 2, 3]);
    expect(list.map((x) => x * 2)).toEqual([6, 2, 4]);
    expect(JSON.stringify(list)).toBe('[3,1,2]');
  });

  it('shows its value in util.inspect (console.log), even before first use', () => {
    const v = lazyFrozen(() => ({ a: 1 }));
    expect(inspect(v)).toContain('a: 1');
    const list = lazyFrozen(() => ['x'], { array: true });
    expect(inspect(list)).toBe("[ 'x' ]");
    expect(Reflect.ownKeys(v)).toEqual(['a']);
  });

  it('rethrows a failed build and tries again next time', () => {
    let fail = true;
    const v = lazyFrozen(() => {
      if (fail) throw new Error('not yet');
      return { ok: true };
    });
    expect(() => v.ok).toThrow('not yet');
    fail = false;
    expect(v.ok).toBe(true);
  });

  it('is not walked by deepFreeze of a value that holds it', () => {
    let builds = 0;
    const inner = lazyFrozen(() => {
      builds++;
      return { x: 1 };
    });
    const outer = deepFreeze({ inner });
    expect(Object.isFrozen(outer)).toBe(true);
    expect(builds).toBe(0);
    expect(outer.inner.x).toBe(1);
  });

  it('deferred schemas wrap without building, and validate once built', () => {
    let builds = 0;
    const S = s.deferredSchema(() => {
      builds++;
      return s.object({ a: s.string() });
    });
    const wrapped = s.object({ x: S.optional(), y: s.array(S).nullable(), z: S.nullish() });
    expect(builds).toBe(0);
    expect(wrapped.safeParse({ x: { a: 'ok' }, y: null }).success).toBe(true);
    expect(builds).toBe(1);
    const r = wrapped.safeParse({ x: { b: 'no' }, y: null });
    expect(r.success).toBe(false);
    expect(r.success ? '' : r.error.issues[0]?.code).toBe('UNKNOWN_KEY');
  });
});

describe('exported constants built on first use', () => {
  it('schemas are schemas: frozen, of their class, with their JSON Schema', () => {
    expect(Object.isFrozen(IsoDateSchema)).toBe(true);
    expect(IsoDateSchema instanceof s.Schema).toBe(true);
    expect(IsoDateSchema.safeParse('2025-02-30').success).toBe(false);
    expect(DateRangeSchema.toJSONSchema()).toMatchObject({ type: 'object', required: ['start', 'end'] });
  });

  it('data tables are arrays of frozen records', () => {
    expect(Array.isArray(AGENCY_DEFINITIONS)).toBe(true);
    expect(Object.isFrozen(AGENCY_DEFINITIONS)).toBe(true);
    expect(AGENCY_DEFINITIONS.length).toBeGreaterThan(30);
    expect(Array.isArray(INDICATORS)).toBe(true);
    expect(INDICATORS.every((d) => Object.isFrozen(d))).toBe(true);
  });

  it('a methodology constant is a methodology for every function that takes one', () => {
    const codes = QD766_PORTAL.nodes.flatMap((n) => n.children?.map((c) => c.code) ?? [n.code]);
    const score = scoreAssessment(QD766_PORTAL, Object.fromEntries(codes.map((c) => [c, { rate: 1 }])));
    expect(regroup766To2022(score).total.toString()).toBe('100');
  });
});
