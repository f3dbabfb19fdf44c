// Issue 12 for the units module and the targets of issue 13: every export, given random and hostile values (null
// options, prototype names, NFD text, -0, sparse arrays, huge strings), returns a value or throws a CchcError — never
// another throw, never NaN or Infinity in a result.
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { expectLinearTime } from '../_support/linear-time.js';
import {
  CchcError,
  findProvinces,
  levelsNotInForce,
  mapSeries,
  predecessorsOf,
  provinceByCode,
  provinceByName,
  provinceHistory,
  provincesOn,
  provincialStaffingCuts,
  streamliningRegimeOn,
  successorOn,
} from 'cchc';

const hostile = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    null,
    undefined,
    -0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    'toString',
    '__proto__',
    'constructor',
    '',
    ' ',
    [],
    [,],
    {},
    Object.create(null),
  ),
  fc.constantFrom(
    '91',
    '89',
    '1',
    '2025-07-01',
    '2008-07-31',
    'An Giang',
    'Thừa Thiên Huế'.normalize('NFD'),
    'Cấp huyện',
    'x'.repeat(100_000),
  ),
  fc.record({ on: fc.oneof(fc.constantFrom('2025-07-01', '2024-01-01', null, 'toString'), fc.anything()) }),
);

function noBadNumbers(v: unknown, seen = new Set<unknown>()): void {
  if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
  if (Decimal.isDecimal(v)) expect((v as Decimal).isFinite()).toBe(true);
  if (typeof v === 'object' && v !== null && !seen.has(v)) {
    seen.add(v);
    if (!Decimal.isDecimal(v)) for (const x of Object.values(v)) noBadNumbers(x, seen);
  }
}

const calls: Record<string, (a: unknown, b: unknown) => unknown> = {
  provincesOn: (a) => provincesOn(a as never),
  provinceByCode: (a, b) => provinceByCode(a as never, b as never),
  provinceByName: (a, b) => provinceByName(a as never, b as never),
  findProvinces: (a) => findProvinces(a as never),
  provinceHistory: (a) => provinceHistory(a as never),
  successorOn: (a, b) => successorOn(a as never, b as never),
  predecessorsOf: (a, b) => predecessorsOf(a as never, b as never),
  levelsNotInForce: (a, b) => levelsNotInForce(a as never, b as never),
  mapSeries: (a, b) => mapSeries(a as never, b as never),
  provincialStaffingCuts: (a) => provincialStaffingCuts(a as never),
  streamliningRegimeOn: (a) => streamliningRegimeOn(a as never),
};

describe('units: hostile input', () => {
  it.each(Object.keys(calls))('%s: a value or a CchcError', (name) => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        try {
          noBadNumbers(calls[name]!(a, b));
        } catch (e) {
          if (!(e instanceof CchcError)) throw e;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('mapSeries: hostile points inside a valid series', () => {
    const point = fc.record(
      {
        code: fc.oneof(fc.constantFrom('89', '91', '01', '46'), fc.anything()),
        date: fc.oneof(fc.constantFrom('2024-12-31', '2026-01-01'), fc.anything()),
        value: fc.oneof(fc.integer(), fc.constantFrom('95%', '95,5 %', null, -0, { numerator: 1, denominator: 0 }), fc.anything()),
        weight: fc.oneof(fc.constant(undefined), fc.integer({ min: -5, max: 5 }), fc.anything()),
      },
      { requiredKeys: ['code', 'date', 'value'] },
    );
    fc.assert(
      fc.property(fc.array(point, { maxLength: 6 }), fc.constantFrom('sum', 'weighted', 'mean', undefined), (series, combine) => {
        try {
          noBadNumbers(mapSeries(series as never, { to: '2025-07-01', combine: combine as never }));
        } catch (e) {
          if (!(e instanceof CchcError)) throw e;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a sparse series is refused, not skipped', () => {
    const sparse: unknown[] = [];
    sparse[2] = { code: '01', date: '2024-12-31', value: 1 };
    expect(() => mapSeries(sparse as never, { to: '2025-07-01', combine: 'sum' })).toThrow(CchcError);
  });

  it('long texts are refused or read in linear time', async () => {
    for (const n of [1_000, 100_000]) {
      try {
        provinceByName('Tỉnh '.repeat(n));
      } catch (e) {
        expect((e as CchcError).code).toBe('TEXT_TOO_LONG');
      }
      expect(levelsNotInForce(['Huyện '.repeat(n)], { date: '2025-12-31' })).toHaveLength(1);
    }
    const quietly = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        if (!(e instanceof CchcError)) throw e;
      }
    };
    await expectLinearTime(
      (t: string) => quietly(() => provinceByName(t)),
      (n) => 'Tỉnh '.repeat(n),
      1_000,
    );
    await expectLinearTime(
      (t: string) => levelsNotInForce([t], { date: '2025-12-31' }),
      (n) => 'Huyện '.repeat(n),
      1_000,
    );
  });
});
