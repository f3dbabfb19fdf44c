// PAR INDEX 2024 and SIPAS 2024 as published (announced 06/04/2025), golden figures from the press:
// https://www.vietnamplus.vn/hai-phong-dung-dau-cao-bang-doi-so-bang-chi-so-cai-cach-hanh-chinh-nam-2024-post1025084.vnp (04/2025)
// https://kinhtedothi.vn/hai-phong-dung-dau-toan-quoc-ve-chi-so-cai-cach-hanh-chinh.665272.html (04/2025)
// https://media.petrotimes.vn/cong-bo-ket-qua-par-index-2024-hai-phong-dan-dau-ca-nuoc-toan-quoc-duy-tri-da-tang-726574.html (04/2025)
// https://vietnam.vnanet.vn/english/tin-van/over-90-of-citizens-report-no-difficulties-from-civil-servants-392158.html (07/04/2025)
import { describe, expect, it } from 'vitest';
import { mapSeries, provinceByCode, provinceByName } from 'cchc';
import { parIndex2024, sipas2024 } from 'cchc/datasets';
import { codeOf } from '../_support/code-of.js';

const isDeepFrozen = (v: unknown): boolean =>
  typeof v !== 'object' || v === null || (Object.isFrozen(v) && Object.values(v as object).every(isDeepFrozen));

describe('parIndex2024', () => {
  it('holds the published figures', () => {
    expect(parIndex2024.meanPercent.toString()).toBe('88.37');
    expect(parIndex2024.meanPercent.minus(parIndex2024.changePoints).toString()).toBe('86.98');
    expect(parIndex2024.groups.map((g) => [g.key, g.count, g.verified])).toEqual([
      ['A', 13, true],
      ['B', 50, false],
    ]);
    expect(parIndex2024.groups.reduce((s, g) => s + g.count, 0)).toBe(parIndex2024.unitCount);
    expect(parIndex2024.ranked.map((r) => [r.rank, r.name])).toEqual([
      [1, 'Hải Phòng'],
      [2, 'Bà Rịa - Vũng Tàu'],
      [3, 'Hà Nội'],
      [63, 'Cao Bằng'],
    ]);
    expect(parIndex2024.ranked[0]!.valuePercent?.toString()).toBe('96.17');
    expect(parIndex2024.changes.increased + parIndex2024.changes.decreased).toBeLessThanOrEqual(63);
    expect(parIndex2024.regions).toHaveLength(6);
  });

  it('names each province by its 2024 code and name (checked against the registry)', () => {
    const all = [
      ...parIndex2024.ranked,
      parIndex2024.changes.largestIncrease,
      parIndex2024.changes.smallestIncrease,
      ...sipas2024.highest,
      ...sipas2024.lowest,
    ];
    for (const r of all) expect(provinceByName(r.name, { on: parIndex2024.unitsOn }).code, r.name).toBe(r.code);
    expect(provinceByCode('77', { on: '2024-12-31' }).shortName).toBe('Bà Rịa - Vũng Tàu');
  });

  it('cannot be averaged onto the 34 units without weights', () => {
    const hp = parIndex2024.ranked[0]!;
    expect(
      codeOf(() =>
        mapSeries(
          [
            { code: hp.code, date: parIndex2024.unitsOn, value: hp.valuePercent! },
            { code: '30', date: parIndex2024.unitsOn, value: 90 },
          ],
          { to: '2025-07-01', combine: 'weighted' },
        ),
      ),
    ).toBe('UNWEIGHTED_AVERAGE');
  });

  it('is deeply frozen and cited', () => {
    expect(isDeepFrozen(parIndex2024)).toBe(true);
    expect(parIndex2024.sources.every((s) => s.url?.startsWith('https://') && s.reliability)).toBe(true);
  });
});

describe('sipas2024', () => {
  it('holds the published figures', () => {
    expect(sipas2024.meanPercent.toString()).toBe('83.94');
    expect(sipas2024.changePoints.toString()).toBe('1.28');
    expect(sipas2024.ranked).toEqual([expect.objectContaining({ rank: 1, code: '31' })]);
    expect(sipas2024.ranked[0]!.valuePercent?.toString()).toBe('90.59');
    // the overall mean is not the mean of its two parts
    const [policy, services] = sipas2024.components;
    expect(policy!.meanPercent.plus(services!.meanPercent).div(2).toString()).toBe('83.965');
    expect(policy!.maxPercent?.toString()).toBe(sipas2024.ranked[0]!.valuePercent?.toString());
    expect(sipas2024.highest[0]!.code).toBe(sipas2024.ranked[0]!.code);
    expect(isDeepFrozen(sipas2024)).toBe(true);
  });
});
