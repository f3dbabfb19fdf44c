import { describe, expect, it } from 'vitest';
import { CchcError, classify, gradeDistribution, HUE_PAR_CLASSES, PAR_INDEX_GROUPS, rankUnits, type ClassBand } from 'cchc';

const codes = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as CchcError).issues.map((i) => `${i.code}@${i.path.join('.')}`);
  }
  return [];
};

describe('classify', () => {
  it('groups provinces A / B / C with lower bounds included and upper bounds excluded', () => {
    const g = (v: number | string) => classify(v, PAR_INDEX_GROUPS)?.key ?? null;
    expect(g(92.18)).toBe('A'); // Quảng Ninh 2023
    expect(g(90)).toBe('A');
    expect(g(89.99)).toBe('B');
    expect(g('89,99999')).toBe('B');
    expect(g(80)).toBe('B');
    expect(g(79.97)).toBe('C'); // Kiên Giang 2021
    expect(g(70)).toBe('C');
    expect(g(69.99)).toBeNull();
    expect(g(0)).toBeNull();
  });

  it('classifies with the Huế preset as far as it is sourced', () => {
    const h = (v: number) => classify(v, HUE_PAR_CLASSES);
    expect(h(95)?.label).toBe('Xuất sắc');
    expect(h(90)?.label).toBe('Xuất sắc');
    expect(h(80)?.label).toBe('Tốt');
    expect(h(79.999)?.label).toBe('Khá');
    expect(h(70)?.label).toBe('Khá');
    expect(h(55)?.label).toBe('Trung bình');
    expect(h(55)?.verified).toBe(false);
    expect(h(54.99)).toBeNull();
    expect(HUE_PAR_CLASSES.bands.filter((b) => b.verified === false).map((b) => b.key)).toEqual(['trung-binh']);
    expect(HUE_PAR_CLASSES.unknownBands?.map((b) => b.key)).toEqual(['yeu']);
    expect(HUE_PAR_CLASSES.unknownBands?.[0]?.note).toMatch(/UNKNOWN/);
  });

  it('honours explicit bounds and gaps', () => {
    const bands: ClassBand[] = [
      { key: 'top', label: 'Trên 90', min: 90, minInclusive: false },
      { key: 'mid', label: '70–90', min: 70, max: 90, maxInclusive: true },
      { key: 'low', label: '50–<60', min: 50, max: 60 },
    ];
    expect(classify(90, bands)?.key).toBe('mid');
    expect(classify(90.0001, bands)?.key).toBe('top');
    expect(classify(65, bands)).toBeNull(); // gap
    expect(classify(50, bands)?.key).toBe('low');
  });

  it('re-checks a band list that changed after a first use (only frozen lists are cached)', () => {
    const bands: ClassBand[] = [{ key: 'a', label: 'A', min: 50 }];
    expect(classify(60, bands)?.key).toBe('a');
    bands.push({ key: 'a', label: 'again', min: 10, max: 20 });
    expect(codes(() => classify(60, bands))).toEqual(['PAR_DUPLICATE_BAND@bands.1.key']);
  });

  it('rejects overlapping, empty and duplicate bands, all listed', () => {
    expect(
      codes(() =>
        classify(1, [
          { key: 'a', label: 'A', min: 80 },
          { key: 'b', label: 'B', min: 70, max: 80, maxInclusive: true },
          { key: 'b', label: 'C', min: 10, max: 5 },
        ]),
      ),
    ).toEqual(['PAR_DUPLICATE_BAND@bands.2.key', 'PAR_INVALID_BAND@bands.2.max']);
    expect(
      codes(() =>
        classify(1, [
          { key: 'a', label: 'A', min: 80 },
          { key: 'b', label: 'B', min: 70, max: 80, maxInclusive: true },
        ]),
      ),
    ).toEqual(['PAR_BANDS_OVERLAP@bands.1']);
    expect(codes(() => classify(1, []))).toEqual(['PAR_INVALID_BAND@bands']);
    expect(codes(() => classify(Number.NaN, PAR_INDEX_GROUPS))).toEqual(['INVALID_NUMBER@indexPercent']);
  });
});

describe('index values as a table prints them', () => {
  it('accepts "84,58%" wherever an index is read (classify, rankUnits, gradeDistribution)', () => {
    expect(classify('84,58%', PAR_INDEX_GROUPS)?.key).toBe('B');
    expect(classify('90,00%', PAR_INDEX_GROUPS)?.key).toBe('A');
    expect(classify('89,99 %', PAR_INDEX_GROUPS)?.key).toBe('B');
    expect(
      rankUnits([
        { id: 'a', value: '82,00%' },
        { id: 'b', value: 84.58 },
        { id: 'c', value: '82' },
      ]).map((u) => `${u.id}:${u.rank}`),
    ).toEqual(['b:1', 'a:2', 'c:2']);
    expect(gradeDistribution(['91%', '85,5%', 72], PAR_INDEX_GROUPS).classes.map((c) => c.count)).toEqual([1, 1, 1]);
    expect(() => classify('84,58%%', PAR_INDEX_GROUPS)).toThrow(CchcError);
  });
});
