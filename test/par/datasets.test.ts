import { describe, expect, it } from 'vitest';
import { defineMethodology, methodologyToRows } from 'cchc';
import { binhDuong2017DistrictParTable, bnv2948ProvinceSkeleton, caMau2013Fragment, kienGiang2018ParClasses } from 'cchc/datasets';

describe('PAR datasets', () => {
  it('2948 skeleton: 8 areas summing to 100, criteria counts kept, nothing invented below the areas', () => {
    const m = defineMethodology(bnv2948ProvinceSkeleton);
    expect(m.nodes).toHaveLength(8);
    expect(m.nodes.every((n) => n.children.length === 0 && n.rule?.kind === 'manual')).toBe(true);
    const counts = m.nodes.map((n) =>
      /^(\d+) tiêu chí, (\d+) tiêu chí thành phần/
        .exec(n.note ?? '')!
        .slice(1)
        .map(Number),
    );
    expect(counts.reduce((a, c) => a + c[0]!, 0)).toBe(39); // the source's per-area counts (its headline says 38)
    expect(counts.reduce((a, c) => a + c[1]!, 0)).toBe(81);
    expect(m.notes.join(' ')).toMatch(/UNKNOWN/);
    expect(m.sources[0]?.url).toBe('https://bonoivu.cls.vn/BoNoiVuTemplate/ChiTietKhoaHoc/22610');
  });

  it('Cà Mau 2013 fragment: exactly the retrieved criteria and rules', () => {
    const rows = methodologyToRows(defineMethodology(caMau2013Fragment), { format: 'text' });
    expect(rows.map((r) => r.code)).toEqual(['1.1', '1.1.1', '1.1.2', '1.1.3', '1.1.4', '1.2', '1.2.1', '1.2.2', '1.3']);
    expect(rows.filter((r) => r.rule !== undefined).map((r) => r.rule!.toString().split(':')[0])).toEqual([
      'tiered',
      'binary',
      'binary',
      'percent-bands',
      'binary',
      'binary',
      'manual',
    ]);
    expect(rows.every((r) => !r.mayBeNotApplicable && r.role === 'regular')).toBe(true);
  });

  it('Bình Dương 2017: appraisal + survey = total = index, and the mean prints 78,39', () => {
    for (const r of binhDuong2017DistrictParTable.rows) {
      expect(Math.round((r.appraisal + r.survey) * 100)).toBe(Math.round(r.total * 100));
      expect(r.total).toBe(r.index);
      expect(r.appraisal).toBeLessThanOrEqual(65);
      expect(r.survey).toBeLessThanOrEqual(35);
    }
    expect(binhDuong2017DistrictParTable.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('Kiên Giang 2018 classes: 42 units', () => {
    expect(kienGiang2018ParClasses.classes.reduce((a, c) => a + c.count, 0)).toBe(42);
  });
});
