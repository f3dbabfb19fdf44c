// mapSeries: figures of the 63 units mapped onto the 34 of 01/07/2025 — counts are summed, rates recomputed from
// counts or averaged with explicit weights, never averaged without weights.
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { CchcDecimal, CchcError, mapSeries, provincesOn, ratio, type Ratio, type SeriesPoint } from 'cchc';
import { codeOf } from '../_support/code-of.js';

const errorOf = (f: () => unknown): CchcError => {
  try {
    f();
  } catch (e) {
    if (e instanceof CchcError) return e;
    throw e;
  }
  throw new Error('did not throw');
};

const rates: SeriesPoint[] = [
  { code: '89', date: '2024-12-31', value: '95%' },
  { code: '91', date: '2024-12-31', value: '99%' },
];

describe('mapSeries refuses an unweighted average across the break', () => {
  it.each(['mean', 'average', 'avg', 'unweighted'])('combine: %s → UNWEIGHTED_AVERAGE, and says why', (combine) => {
    const e = errorOf(() => mapSeries(rates, { to: '2025-07-01', combine: combine as never }));
    expect(e.code).toBe('UNWEIGHTED_AVERAGE');
    expect(e.path).toEqual(['options', 'combine']);
    expect(e.messageEn).toContain('the plain mean of their rates is not the rate of the new unit');
    expect(e.messageVi).toContain('trung bình cộng các tỷ lệ không phải là tỷ lệ của đơn vị mới');
  });

  it('no combine for a series of rates → UNWEIGHTED_AVERAGE', () => {
    expect(codeOf(() => mapSeries(rates, { to: '2025-07-01' } as never))).toBe('UNWEIGHTED_AVERAGE');
  });

  it('rates summed → UNWEIGHTED_AVERAGE at each rate', () => {
    const e = errorOf(() => mapSeries(rates, { to: '2025-07-01', combine: 'sum' }));
    expect(e.code).toBe('UNWEIGHTED_AVERAGE');
    expect(e.issues.map((i) => i.path)).toEqual([
      ['series', 0, 'value'],
      ['series', 1, 'value'],
    ]);
    const noCounts = [{ code: '89', date: '2024-12-31', value: { value: new Decimal('0.95') } }];
    expect(codeOf(() => mapSeries(noCounts, { to: '2025-07-01', combine: 'sum' }))).toBe('UNWEIGHTED_AVERAGE');
  });

  it('weighted without a weight for each merged unit → UNWEIGHTED_AVERAGE naming them', () => {
    const e = errorOf(() => mapSeries(rates, { to: '2025-07-01', combine: 'weighted', weights: { '89': 3 } }));
    expect(e.code).toBe('UNWEIGHTED_AVERAGE');
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]?.path).toEqual(['series', 1, 'weight']);
    expect(e.messageEn).toContain('91 Tỉnh Kiên Giang');
  });

  it('a unit that maps one to one needs no weight', () => {
    const r = mapSeries([{ code: '01', date: '2024-12-31', value: '97,5%' }], { to: '2025-07-01', combine: 'weighted' });
    expect(r.points[0]?.value?.toString()).toBe('0.975');
    expect(r.points[0]?.from).toEqual([{ code: '01', name: 'Thành phố Hà Nội', relation: 'continued' }]);
  });
});

describe('mapSeries combines explicitly', () => {
  it('sums counts, and recomputes the rate from summed counts', () => {
    const r = mapSeries(
      [
        { code: '89', date: '2024-12-31', value: ratio(9_500, 10_000) },
        { code: '91', date: '2024-12-31', value: { numerator: 4_950, denominator: 5_000 } },
        { code: '01', date: '2024-12-31', value: { numerator: 10, denominator: 10 } },
      ],
      { to: '2025-07-01', combine: 'sum' },
    );
    expect(r.points.map((p) => p.code)).toEqual(['01', '91']);
    const ag = r.points[1]!.value as Ratio;
    expect([ag.numerator, ag.denominator]).toEqual([14_450, 15_000]);
    // the unweighted mean would be 97%; the merged unit's rate is 96,33…%
    expect(ag.value.toFixed(4)).toBe('0.9633');
    expect(r.mapping.map((m) => [m.from.code, m.to.code, m.relation])).toEqual([
      ['01', '01', 'continued'],
      ['89', '91', 'merged'],
      ['91', '91', 'merged'],
    ]);
  });

  it('sums quantities exactly (Decimal)', () => {
    const r = mapSeries(
      [
        { code: '74', date: '2024-12-31', value: 0.1 },
        { code: '77', date: '2024-12-31', value: 0.2 },
        { code: '79', date: '2024-12-31', value: 10n ** 20n },
      ],
      { to: '2026-01-01', combine: 'sum' },
    );
    expect(r.points).toHaveLength(1);
    expect((r.points[0]!.value as Decimal).toFixed()).toBe('100000000000000000000.3');
  });

  it('a weighted mean with weights by code or per point (the point wins)', () => {
    const r = mapSeries(
      [
        { code: '89', date: '2024-12-31', value: '95%' },
        { code: '91', date: '2024-12-31', value: '99%', weight: 1 },
      ],
      { to: '2025-07-01', combine: 'weighted', weights: { '89': 3, '91': 100 } },
    );
    expect((r.points[0]!.value as Decimal).toString()).toBe('0.96');
    expect(r.points[0]!.weight?.toString()).toBe('4');
    // scores (index points) are averaged as given
    const s = mapSeries(
      [
        { code: '30', date: '2024-12-31', value: 91.87, weight: 1 },
        { code: '31', date: '2024-12-31', value: 96.17, weight: 1 },
      ],
      { to: '2025-07-01', combine: 'weighted' },
    );
    expect((s.points[0]!.value as Decimal).toString()).toBe('94.02');
  });

  it("a 2019–2026 series keyed by each year's codes maps in one call; each code is read on its own date", () => {
    const series: SeriesPoint[] = [
      { code: '89', date: '2019-12-31', value: { numerator: 90, denominator: 100 } },
      { code: '91', date: '2019-12-31', value: { numerator: 45, denominator: 50 } },
      { code: '91', date: '2026-06-30', value: { numerator: 140, denominator: 150 } },
    ];
    const r = mapSeries(series, { to: '2025-07-01', combine: 'sum' });
    expect(r.points.map((p) => [p.date, p.code, (p.value as Ratio).numerator, (p.value as Ratio).denominator])).toEqual([
      ['2019-12-31', '91', 135, 150],
      ['2026-06-30', '91', 140, 150],
    ]);
    expect(r.mapping.map((m) => `${m.from.code} ${m.from.name} ${m.from.validFrom} → ${m.to.code} ${m.relation}`)).toEqual([
      '89 Tỉnh An Giang 2008-08-01 → 91 merged',
      '91 Tỉnh Kiên Giang 2008-08-01 → 91 merged',
      '91 Tỉnh An Giang 2025-07-01 → 91 same',
    ]);
  });

  it('a missing figure makes the merged figure missing, and says which', () => {
    const r = mapSeries(
      [
        { code: '89', date: '2024-12-31', value: 10 },
        { code: '91', date: '2024-12-31', value: null },
      ],
      { to: '2025-07-01', combine: 'sum' },
    );
    expect(r.points[0]).toMatchObject({ code: '91', value: null, missing: ['91'] });
  });

  it('maps backwards only where no merger is crossed', () => {
    const hue = mapSeries([{ code: '46', date: '2026-12-31', value: 3 }], { to: '2024-06-30', combine: 'sum' });
    expect(hue.points[0]).toMatchObject({ code: '46', name: 'Tỉnh Thừa Thiên Huế' });
    expect(hue.mapping[0]?.relation).toBe('continued');
    const e = errorOf(() => mapSeries([{ code: '91', date: '2026-12-31', value: 3 }], { to: '2025-06-30', combine: 'sum' }));
    expect(e.code).toBe('CANNOT_SPLIT_UNIT');
    expect(e.messageEn).toContain('merged from 89 Tỉnh An Giang, 91 Tỉnh Kiên Giang');
  });
});

describe('mapSeries: strict input', () => {
  it.each([
    [[{ code: '89', date: '2026-12-31', value: 3 }], { to: '2025-07-01', combine: 'sum' }, 'PROVINCE_NOT_IN_FORCE'],
    [[{ code: 89, date: '2024-12-31', value: 3 }], { to: '2025-07-01', combine: 'sum' }, 'INVALID_PROVINCE_CODE'],
    [[{ code: '03', date: '2024-12-31', value: 3 }], { to: '2025-07-01', combine: 'sum' }, 'UNKNOWN_PROVINCE'],
    [[{ code: '89', date: '2024-12-31', value: 3, note: 'x' }], { to: '2025-07-01', combine: 'sum' }, 'UNKNOWN_KEY'],
    [[{ code: '89', date: '2024-12-31', value: Number.NaN }], { to: '2025-07-01', combine: 'sum' }, 'INVALID_INPUT'],
    [[{ code: '89', date: '2024-12-31', value: '0,95' }], { to: '2025-07-01', combine: 'sum' }, 'INVALID_INPUT'],
    [
      [{ code: '89', date: '2024-12-31', value: { numerator: -1, denominator: 2 } }],
      { to: '2025-07-01', combine: 'sum' },
      'INVALID_NUMBER',
    ],
    [[{ code: '89', date: '2024-12-31', value: 3 }], { to: '2025-07-01', combine: 'sum', weights: { '89': 1 } }, 'INVALID_INPUT'],
    [[{ code: '89', date: '2024-12-31', value: 3, weight: 1 }], { to: '2025-07-01', combine: 'sum' }, 'INVALID_INPUT'],
    [[{ code: '89', date: '2024-12-31', value: 3 }], { to: '2025-07-01', combine: 'sume' }, 'INVALID_INPUT'],
    [[{ code: '89', date: '2024-12-31', value: 3 }], { to: '2025-07-01', combine: 'sum', weigths: {} }, 'UNKNOWN_KEY'],
    [[{ code: '89', date: '2024-12-31', value: 3 }], { to: '01/07/2025', combine: 'sum' }, 'INVALID_DATE'],
    [[{ code: '89', date: '2001-12-31', value: 3 }], { to: '2025-07-01', combine: 'sum' }, 'DATE_OUT_OF_RANGE'],
    [null, { to: '2025-07-01', combine: 'sum' }, 'INVALID_INPUT'],
    [[], null, 'INVALID_INPUT'],
    [[null], { to: '2025-07-01', combine: 'sum' }, 'INVALID_INPUT'],
  ])('%j %j → %s', (series, options, code) => {
    expect(codeOf(() => mapSeries(series as never, options as never))).toBe(code);
  });

  it('duplicate points, mixed kinds, zero weights', () => {
    expect(
      codeOf(() =>
        mapSeries(
          [
            { code: '89', date: '2024-12-31', value: 1 },
            { code: '89', date: '2024-12-31', value: 2 },
          ],
          { to: '2025-07-01', combine: 'sum' },
        ),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      codeOf(() =>
        mapSeries(
          [
            { code: '89', date: '2024-12-31', value: 1 },
            { code: '91', date: '2024-12-31', value: { numerator: 1, denominator: 2 } },
          ],
          { to: '2025-07-01', combine: 'sum' },
        ),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      codeOf(() =>
        mapSeries(
          [
            { code: '89', date: '2024-12-31', value: 88.5, weight: 1 },
            { code: '91', date: '2024-12-31', value: '90%', weight: 1 },
          ],
          { to: '2025-07-01', combine: 'weighted' },
        ),
      ),
    ).toBe('INVALID_INPUT');
    expect(
      codeOf(() =>
        mapSeries(
          [
            { code: '89', date: '2024-12-31', value: '90%', weight: 0 },
            { code: '91', date: '2024-12-31', value: '90%', weight: 0 },
          ],
          { to: '2025-07-01', combine: 'weighted' },
        ),
      ),
    ).toBe('ZERO_DENOMINATOR');
    expect(
      codeOf(() =>
        mapSeries([{ code: '89', date: '2024-12-31', value: { numerator: 0, denominator: 0 } }], { to: '2025-07-01', combine: 'sum' }),
      ),
    ).toBe('ZERO_DENOMINATOR');
  });

  it('collects every problem of the series', () => {
    const e = errorOf(() =>
      mapSeries(
        [
          { code: '02', date: '2026-01-01', value: 1 },
          { code: '03', date: '2024-01-01', value: 1 },
        ],
        { to: '2025-07-01', combine: 'sum' },
      ),
    );
    expect(e.issues.map((i) => i.code)).toEqual(['PROVINCE_NOT_IN_FORCE', 'UNKNOWN_PROVINCE']);
  });

  it('the result is frozen', () => {
    const r = mapSeries([{ code: '01', date: '2024-12-31', value: 1 }], { to: '2025-07-01', combine: 'sum' });
    expect(Object.isFrozen(r) && Object.isFrozen(r.points) && Object.isFrozen(r.points[0]) && Object.isFrozen(r.mapping)).toBe(true);
  });
});

describe('mapSeries: properties', () => {
  const old = provincesOn('2024-12-31');
  const counts = fc.array(fc.tuple(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 1e6 })), { minLength: 63, maxLength: 63 });

  it('summed counts: totals are kept, every old unit lands in its successor, the pooled rate is Σn/Σd', () => {
    fc.assert(
      fc.property(counts, fc.subarray([...old.keys()], { minLength: 1 }), (pairs, picked) => {
        const series: SeriesPoint[] = picked.map((i) => {
          const [a, b] = pairs[i]!;
          return { code: old[i]!.code, date: '2024-12-31', value: { numerator: Math.min(a, b), denominator: Math.max(a, b) + 1 } };
        });
        const r = mapSeries(series, { to: '2025-07-01', combine: 'sum' });
        const n = (xs: readonly { value: unknown }[], k: 'numerator' | 'denominator') =>
          xs.reduce((s, p) => s + (p.value as Record<string, number>)[k]!, 0);
        expect(n(r.points, 'numerator')).toBe(n(series, 'numerator'));
        expect(n(r.points, 'denominator')).toBe(n(series, 'denominator'));
        for (const m of r.mapping) expect(m.to.code).toBe(old.find((p) => p.code === m.from.code)!.successor);
        for (const p of r.points) {
          const v = p.value as Ratio;
          expect(v.value.equals(new CchcDecimal(v.numerator).div(v.denominator))).toBe(true);
          expect(p.from.length).toBe(r.mapping.filter((m) => m.to.code === p.code).length);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('a weighted mean lies between the smallest and the largest figure', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 1e6 })), { minLength: 3, maxLength: 3 }),
        (xs) => {
          const codes = ['74', '77', '79'];
          const series = xs.map(([x, w], i) => ({ code: codes[i]!, date: '2024-12-31', value: `${x / 100}%`, weight: w }));
          const v = mapSeries(series, { to: '2025-07-01', combine: 'weighted', locale: 'en' }).points[0]!.value as Decimal;
          const fr = xs.map(([x]) => new Decimal(x).div(10_000));
          expect(v.gte(Decimal.min(...fr)) && v.lte(Decimal.max(...fr))).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
