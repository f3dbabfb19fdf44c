import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CchcDecimal, checkPrintedRate, gradeDistribution, HUE_PAR_CLASSES, PAR_INDEX_GROUPS, type ClassBand } from 'cchc';
import { kienGiang2018ParClasses } from 'cchc/datasets';

const repeat = (value: number, n: number) => Array.from({ length: n }, () => value);
const summary = (d: ReturnType<typeof gradeDistribution>) => d.classes.map((c) => [c.key, c.count, c.sharePercent?.toString() ?? null]);

describe('gradeDistribution', () => {
  it('seed report: 14 / 22 / 4 / 2 of 42 units → 33,33 / 52,38 / 9,53 / 4,76 (summing to 100)', () => {
    // Kiên Giang's thresholds are UNKNOWN; the values are placed inside Huế's bands only to carry the published counts.
    const values = [...repeat(95, 14), ...repeat(85, 22), ...repeat(75, 4), ...repeat(60, 2)];
    const d = gradeDistribution(values, HUE_PAR_CLASSES);
    expect(d.total).toBe(42);
    expect(summary(d)).toEqual([
      ['xuat-sac', 14, '33.33'],
      ['tot', 22, '52.38'],
      ['kha', 4, '9.53'],
      ['trung-binh', 2, '4.76'],
    ]);
    expect(d.unclassified).toEqual({ count: 0, shareRatio: expect.anything(), sharePercent: expect.anything() });
    expect(d.unclassified.sharePercent?.toString()).toBe('0');
    expect(d.unclassified.shareRatio?.value.toString()).toBe('0');
    // exact shares as ratios: 14 of 42
    expect([d.classes[0]!.shareRatio?.numerator, d.classes[0]!.shareRatio?.denominator]).toEqual([14, 42]);
    expect(d.classes.map((c) => c.count)).toEqual(kienGiang2018ParClasses.classes.map((c) => c.count));
  });

  it('seed report: two of the printed shares do not follow from the counts', () => {
    const verdicts = kienGiang2018ParClasses.classes.map(
      (c) => checkPrintedRate({ numerator: c.count, denominator: 42, printed: c.printedShare }).verdict,
    );
    expect(verdicts).toEqual(['rounded', 'inconsistent', 'rounded', 'inconsistent']);
  });

  it('brief: the 2018 classes by group of units add up to the seed report totals', () => {
    // sở 10/8/3/1, central agencies 2/2/0/1, huyện 2/12/1/0 — https://kiengiang.gov.vn/trang/TinTuc/100/11976/Cong-bo-chi-so-cai-cach-hanh-chinh-nam-2018.html
    const groups = [
      [10, 8, 3, 1],
      [2, 2, 0, 1],
      [2, 12, 1, 0],
    ];
    const totals = [0, 1, 2, 3].map((i) => groups.reduce((a, g) => a + g[i]!, 0));
    expect(totals).toEqual(kienGiang2018ParClasses.classes.map((c) => c.count));
    expect(totals.reduce((a, b) => a + b)).toBe(kienGiang2018ParClasses.units);
  });

  it('Huế 2021 communes: 9 / 62 / 41 / 24 of 136', () => {
    // https://snv.thuathienhue.gov.vn/?gd=3&cn=332&tc=12377
    const values = [...repeat(91, 9), ...repeat(85, 62), ...repeat(72, 41), ...repeat(56, 24)];
    expect(summary(gradeDistribution(values, HUE_PAR_CLASSES))).toEqual([
      ['xuat-sac', 9, '6.62'],
      ['tot', 62, '45.59'],
      ['kha', 41, '30.15'],
      ['trung-binh', 24, '17.64'],
    ]);
  });

  it('2022 national groups: A 2, B 56, C 5 of 63', () => {
    const values = [90.1, 90.05, ...repeat(85, 56), ...repeat(75, 5)];
    const d = gradeDistribution(values, PAR_INDEX_GROUPS, { decimals: 1 });
    expect(summary(d)).toEqual([
      ['A', 2, '3.2'],
      ['B', 56, '88.9'],
      ['C', 5, '7.9'],
    ]);
  });

  it('counts values in no band, and gives null shares for no values', () => {
    const d = gradeDistribution([87.14, 80.21, 75, 67.68, 62.58], PAR_INDEX_GROUPS);
    expect(summary(d)).toEqual([
      ['A', 0, '0'],
      ['B', 2, '40'],
      ['C', 1, '20'],
    ]);
    expect(d.unclassified.count).toBe(2);
    expect(d.unclassified.sharePercent?.toString()).toBe('40');
    const empty = gradeDistribution([], PAR_INDEX_GROUPS);
    expect(empty.total).toBe(0);
    expect(empty.classes.every((c) => c.sharePercent === null && c.shareRatio === null)).toBe(true);
    expect(empty.unclassified.shareRatio).toBeNull();
  });

  it('always gives counts summing to the total and shares summing to exactly 100', () => {
    const bands: ClassBand[] = [
      { key: 'a', label: 'A', min: 90 },
      { key: 'b', label: 'B', min: 80, max: 90 },
      { key: 'c', label: 'C', min: 55, max: 80 },
    ];
    fc.assert(
      fc.property(
        fc.array(
          fc.integer({ min: 0, max: 400 }).map((v) => v / 4),
          { minLength: 1, maxLength: 200 },
        ),
        fc.integer({ min: 0, max: 4 }),
        (values, decimals) => {
          const d = gradeDistribution(values, bands, { decimals });
          const counts = d.classes.reduce((a, c) => a + c.count, d.unclassified.count);
          expect(counts).toBe(values.length);
          const sum = d.classes.reduce((a, c) => a.plus(c.sharePercent!), d.unclassified.sharePercent!);
          expect(sum.toString()).toBe('100');
          // each percent is its exact ratio rounded to the chosen decimals, off by at most one unit of the last place
          for (const c of d.classes)
            expect(c.shareRatio!.value.times(100).minus(c.sharePercent!).abs().lte(new CchcDecimal(10).pow(-decimals))).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps the 0.1 names as deprecated aliases: share (percent points) and label', () => {
    const d = gradeDistribution([95, 85], HUE_PAR_CLASSES);
    expect(d.classes[0]!.share?.toString()).toBe(d.classes[0]!.sharePercent?.toString());
    expect(d.unclassified.share?.toString()).toBe('0');
    expect(d.classes[0]!.label).toBe('Xuất sắc');
    expect(d.classes[0]!.title).toEqual({ vi: 'Xuất sắc', en: 'Excellent' });
    // not enumerated: JSON has the current names only
    expect(Object.keys(d.classes[0]!)).not.toContain('share');
  });

  it('rejects typos in the options and null options', () => {
    expect(() => gradeDistribution([1], PAR_INDEX_GROUPS, { decimal: 1 } as never)).toThrow(/did you mean 'decimals'/);
    expect(() => gradeDistribution([1], PAR_INDEX_GROUPS, null as never)).toThrow(/INVALID_INPUT/);
  });
});
