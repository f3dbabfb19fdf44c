// The pieces the Node build's main entry is made of (scripts/build-node.mjs, issue 18): stand-ins for constants that
// are not frozen, for a constructor with statics, and the identity registries a stand-in joins once built. The
// facade itself is checked against the built package in test/integration/node-facade.test.ts.
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adoptIdentity, byIdentity, valueOfStandIn } from '../../src/core/_internal/identity.js';
import { readCalendar } from '../../src/calendar/calendar-options.js';
import { isDeeplyFrozen } from '../../src/core/_internal/freeze.js';
import { lazyFrozen } from '../../src/core/_internal/lazy-frozen.js';
import { lazyFunction } from '../../src/core/_internal/lazy-function.js';
import { indexOfMethodology } from '../../src/par/_internal/registry.js';
import {
  AGENCY_DEFINITIONS,
  MapSeriesOptionsSchema,
  QD766_PORTAL,
  addWorkingDays,
  civilServiceCalendar,
  createWorkCalendar,
  isWorkCalendar,
  methodologyToRows,
  parseAgencies,
  workingDaysBetween,
} from '../../src/index.js';

describe('lazyFrozen with freeze: false', () => {
  it('builds on first use and leaves the value and the stand-in unfrozen', () => {
    let builds = 0;
    const value = { a: 1, b: { c: 2 } };
    const v = lazyFrozen(
      () => {
        builds++;
        return value;
      },
      { freeze: false },
    );
    expect(builds).toBe(0);
    expect(v.b.c).toBe(2);
    expect(builds).toBe(1);
    expect(Object.isFrozen(v)).toBe(false);
    expect(Object.isFrozen(value)).toBe(false);
    expect(Object.isFrozen(value.b)).toBe(false);
    expect(isDeeplyFrozen(v)).toBe(false);
  });

  it('stands for an unfrozen exported schema: same class, parses as the schema does', () => {
    expect(Object.isFrozen(MapSeriesOptionsSchema)).toBe(false);
    const v = lazyFrozen(() => MapSeriesOptionsSchema, { freeze: false });
    expect(Object.getPrototypeOf(v)).toBe(Object.getPrototypeOf(MapSeriesOptionsSchema));
    expect(v.safeParse({ to: '2025-07-01', combine: 'sum' }).success).toBe(true);
    const r = v.safeParse({ to: '2025-07-01', combine: 'sum', weigths: {} });
    expect(r.success).toBe(false);
    expect(r.success ? undefined : r.error.issues[0]?.code).toBe('UNKNOWN_KEY');
  });
});

describe('lazyFunction', () => {
  const Clone = Decimal.clone({ precision: 40 });

  it('loads on first use, once', () => {
    let loads = 0;
    const F = lazyFunction(
      () => {
        loads++;
        return Clone;
      },
      'Decimal',
      1,
    );
    expect(loads).toBe(0);
    expect(F.name).toBe('Decimal');
    expect(loads).toBe(1);
    void new F(1);
    expect(loads).toBe(1);
  });

  it('constructs, calls, reads and sets statics, and answers instanceof as the function does', () => {
    const F = lazyFunction(() => Clone, 'Decimal', 1);
    const d = new F('1.005');
    expect(d).toBeInstanceOf(Clone);
    expect(d instanceof F).toBe(true);
    expect(new Clone(2) instanceof F).toBe(true);
    expect((F as unknown as (v: string) => Decimal)('2').plus(1).toString()).toBe('3');
    expect(F.ROUND_HALF_UP).toBe(Clone.ROUND_HALF_UP);
    expect(F.precision).toBe(40);
    expect(Object.keys(F).sort()).toEqual(Object.keys(Clone).sort());
    const Own = Decimal.clone();
    const G = lazyFunction(() => Own, 'Decimal', 1);
    G.set({ precision: 7 });
    expect(Own.precision).toBe(7);
    expect(new G(1).div(3).toString()).toBe(new Own(1).div(3).toString());
    expect(Object.getPrototypeOf(G)).toBe(Object.getPrototypeOf(Own));
  });

  it('can be frozen, and then agrees with what it reports (Object.keys, prototype, statics)', () => {
    const Own = Decimal.clone();
    const F = lazyFunction(() => Own, 'Decimal', 1);
    Object.freeze(F);
    expect(Object.isFrozen(F)).toBe(true);
    expect(Object.isFrozen(Own)).toBe(true);
    expect(Object.keys(F).sort()).toEqual(Object.keys(Own).sort());
    expect(F.prototype).toBe(Own.prototype);
    expect(new F(2).plus(1).toString()).toBe('3');
  });

  it('stands for a class: prototype, parent, extends and reflection', () => {
    class Base extends Error {
      static kind = 'base';
    }
    const B = lazyFunction(() => Base, 'Base', 0);
    expect(Object.getOwnPropertyDescriptor(B, 'prototype')).toEqual(Object.getOwnPropertyDescriptor(Base, 'prototype'));
    expect(Object.getPrototypeOf(B)).toBe(Error);
    expect(Object.keys(B)).toEqual(['kind']);
    class Sub extends B {}
    const s = new Sub('x');
    expect(s instanceof Base && s instanceof B && s instanceof Error).toBe(true);
    expect(Sub.kind).toBe('base');
  });

  it('gives the results of the function for any input (property)', () => {
    const F = lazyFunction(() => Clone, 'Decimal', 1);
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: -50, max: 50 }), (x, n) => {
        expect(new F(x).plus(n).toString()).toBe(new Clone(x).plus(n).toString());
      }),
    );
  });
});

describe('adoptIdentity', () => {
  it('registers a stand-in wherever the value is registered, keeping its own entries', () => {
    const map = byIdentity(new WeakMap<object, string>());
    const set = byIdentity(new WeakSet<object>());
    const value = {};
    const standIn = {};
    const other = {};
    map.set(value, 'v');
    set.add(value);
    map.set(other, 'o');
    adoptIdentity(standIn, value);
    expect(map.get(standIn)).toBe('v');
    expect(set.has(standIn)).toBe(true);
    adoptIdentity(other, value);
    expect(map.get(other)).toBe('o');
    const unregistered = {};
    adoptIdentity(unregistered, {});
    expect(map.has(unregistered)).toBe(false);
    expect(set.has(unregistered)).toBe(false);
  });

  it('makes a stand-in of a methodology constant a methodology, and of the agency list the agency list', () => {
    const m = lazyFrozen(() => QD766_PORTAL, { onBuilt: adoptIdentity });
    expect(indexOfMethodology(m)).toBeUndefined(); // not built yet: unknown
    expect(methodologyToRows(m)).toEqual(methodologyToRows(QD766_PORTAL));
    expect(indexOfMethodology(m)).toBe(indexOfMethodology(QD766_PORTAL));
    const defs = lazyFrozen(() => AGENCY_DEFINITIONS, { array: true, onBuilt: adoptIdentity });
    const text = 'Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh';
    expect(parseAgencies(text, { definitions: defs })).toEqual(parseAgencies(text));
  });

  it('is what makes the library know a stand-in by identity: without it, a stand-in is a stranger', () => {
    const m = lazyFrozen(() => QD766_PORTAL);
    expect(methodologyToRows(m)).toEqual(methodologyToRows(QD766_PORTAL)); // validated again, as any methodology
    expect(indexOfMethodology(m)).toBeUndefined();
  });
});

describe('a stand-in of an instance with private fields (bindMethods)', () => {
  const standIn = () => lazyFrozen(() => civilServiceCalendar, { freeze: false, bindMethods: true, onBuilt: adoptIdentity });

  it('runs the methods on the instance, with the same bound function every time', () => {
    const cal = standIn();
    expect(cal.isWorkingDay('2024-05-04')).toBe(true);
    expect(cal.isWorkingDay('2024-04-29')).toBe(false);
    expect(cal.entry('2024-04-29')?.kind).toBe('swap-off');
    expect(cal.isWorkingDay).toBe(cal.isWorkingDay);
    const { isWorkingDay } = cal;
    expect(isWorkingDay('2024-05-04')).toBe(true);
    expect(cal.name).toBe(civilServiceCalendar.name);
    expect(cal.constructor).toBe(civilServiceCalendar.constructor); // not bound: it is the class
  });

  it('is frozen as the instance is, and of its class', () => {
    const cal = standIn();
    expect(Object.isFrozen(cal)).toBe(Object.isFrozen(civilServiceCalendar));
    expect(Object.getPrototypeOf(cal)).toBe(Object.getPrototypeOf(civilServiceCalendar));
    expect(isWorkCalendar(cal)).toBe(true);
    expect(Object.keys(cal)).toEqual(Object.keys(civilServiceCalendar));
  });

  it('is read as the calendar itself by the calendar option and by createWorkCalendar', () => {
    const cal = standIn();
    expect(readCalendar(cal)).toBe(civilServiceCalendar);
    expect(valueOfStandIn(cal)).toBe(civilServiceCalendar);
    expect(addWorkingDays('2020-01-20', 5, { calendar: cal })).toBe('2020-02-03');
    expect(workingDaysBetween('2024-04-01', '2024-05-31', { calendar: cal })).toBe(
      workingDaysBetween('2024-04-01', '2024-05-31', { calendar: civilServiceCalendar }),
    );
    const province = createWorkCalendar({ base: cal, name: 'Tỉnh X', days: [{ date: '2024-05-06', kind: 'day-off' }] });
    expect(province.isWorkingDay('2024-05-06')).toBe(false);
    expect(province.isWorkingDay('2024-05-04')).toBe(true);
  });

  it('without bindMethods, the methods of a class with private fields cannot run (why the option exists)', () => {
    const cal = lazyFrozen(() => civilServiceCalendar, { freeze: false });
    expect(() => cal.isWorkingDay('2024-05-04')).toThrow(TypeError);
  });

  it('valueOfStandIn gives any other value back as it is', () => {
    const o = {};
    expect(valueOfStandIn(o)).toBe(o);
    expect(valueOfStandIn(3)).toBe(3);
    expect(valueOfStandIn(null)).toBe(null);
  });
});
