import { describe, expect, it } from 'vitest';
import {
  AssessmentInputsSchema,
  ClassSchemeSchema,
  HUE_PAR_CLASSES,
  methodologyToRows,
  MethodologyRowSchema,
  MethodologySpecSchema,
  PAR_INDEX_GROUPS,
  ParTableRowSchema,
  RankTargetInputSchema,
  defineMethodology,
} from 'cchc';
import { binhDuong2017DistrictParTable, bnv2948ProvinceSkeleton, caMau2013Fragment } from 'cchc/datasets';

describe('exported schemas (the cchc schema kit)', () => {
  it('accept the shipped data and typical inputs', () => {
    expect(MethodologySpecSchema.safeParse(caMau2013Fragment).success).toBe(true);
    expect(MethodologySpecSchema.safeParse(bnv2948ProvinceSkeleton).success).toBe(true);
    for (const row of methodologyToRows(defineMethodology(caMau2013Fragment), { format: 'text' }))
      expect(MethodologyRowSchema.safeParse(row).success).toBe(true);
    expect(
      AssessmentInputsSchema.safeParse({
        '1.1.1': { outcome: 'Không kịp thời' },
        '1.3': 'not-applicable',
        '1.1.4': { numerator: 46, denominator: 50 },
      }).success,
    ).toBe(true);
    expect(ClassSchemeSchema.safeParse(PAR_INDEX_GROUPS).success).toBe(true);
    expect(ClassSchemeSchema.safeParse(HUE_PAR_CLASSES).success).toBe(true);
    expect(RankTargetInputSchema.safeParse({ rank: 54, of: 63, target: { from: 25, to: 30 } }).success).toBe(true);
    for (const r of binhDuong2017DistrictParTable.rows)
      expect(ParTableRowSchema.safeParse({ unit: r.unit, rank: r.rank, total: r.total, index: r.index }).success).toBe(true);
  });

  it('reject malformed inputs', () => {
    expect(
      MethodologySpecSchema.safeParse({ id: 'x', name: 'x', nodes: [{ code: '1 1', name: 'A', maxPoints: 1, rule: 'binary' }] }).success,
    ).toBe(false);
    expect(AssessmentInputsSchema.safeParse({ '1': 'n/a' }).success).toBe(false);
  });
});
