import { describe, expectTypeOf, it } from 'vitest';
import {
  type AuditDossierTableInput,
  type AuditParTableOptions,
  type CchcErrorCode,
  type Infer,
  type LevelNotInForce,
  type MappedSeries,
  type Province,
  type ProvinceCode,
  type QuantityRatio,
  type Ratio,
  type SeriesPoint,
  type SeriesValue,
  type StaffingTarget,
  type TableDate,
  type SeriesPointSchema,
  findProvinces,
  levelsNotInForce,
  mapSeries,
  parsePeriod,
  predecessorsOf,
  provinceByCode,
  provinceByName,
  provincesOn,
  ratio,
  successorOn,
} from 'cchc';
import { parIndex2024, type PublishedProvinceResult } from 'cchc/datasets';
import type { Decimal } from 'decimal.js';

describe('units types', () => {
  it('lookups give frozen Province records', () => {
    expectTypeOf(provincesOn('2025-07-01')).toEqualTypeOf<readonly Province[]>();
    expectTypeOf(provinceByCode('91', { on: '2025-07-01' })).toEqualTypeOf<Province>();
    expectTypeOf(provinceByName('An Giang')).toEqualTypeOf<Province>();
    expectTypeOf(findProvinces('An Giang')).toEqualTypeOf<readonly Province[]>();
    expectTypeOf(successorOn('89', '2025-07-01')).toEqualTypeOf<Province>();
    expectTypeOf(predecessorsOf('91', { on: '2025-07-01' })).toEqualTypeOf<readonly Province[]>();
    expectTypeOf<Province['kind']>().toEqualTypeOf<'province' | 'city'>();
    expectTypeOf<Province['mergedFrom']>().toEqualTypeOf<readonly ProvinceCode[] | undefined>();
  });

  it('provinceByCode needs `on`; provinceByName does not', () => {
    // @ts-expect-error: a code names different units over time
    provinceByCode('91');
    // @ts-expect-error: on is required
    provinceByCode('91', {});
    provinceByName('Hà Nội');
  });

  it('series values: quantities, counts, rates, null', () => {
    expectTypeOf(ratio(1, 2)).toExtend<SeriesValue>();
    expectTypeOf({ numerator: 1, denominator: 2 }).toExtend<SeriesValue>();
    expectTypeOf('95,5%').toExtend<SeriesValue>();
    expectTypeOf(null).toExtend<SeriesValue>();
    expectTypeOf<Infer<typeof SeriesPointSchema>>().toEqualTypeOf<SeriesPoint>();
    const r = mapSeries([], { to: '2025-07-01', combine: 'sum' });
    expectTypeOf(r).toEqualTypeOf<MappedSeries>();
    expectTypeOf(r.points[0]!.value).toEqualTypeOf<Decimal | Ratio | QuantityRatio | null>();
    // @ts-expect-error: there is no unweighted mean
    mapSeries([], { to: '2025-07-01', combine: 'mean' });
  });

  it('table dates: the audits take the same date and period as levelsNotInForce', () => {
    expectTypeOf<Pick<AuditDossierTableInput, 'date' | 'period'>>().toExtend<TableDate>();
    expectTypeOf<Pick<AuditParTableOptions, 'date' | 'period'>>().toExtend<TableDate>();
    expectTypeOf({ period: parsePeriod('Quý IV/2025') }).toExtend<TableDate>();
    expectTypeOf(levelsNotInForce([], {})).toEqualTypeOf<LevelNotInForce[]>();
  });

  it('the new codes are error codes; targets and datasets are typed', () => {
    expectTypeOf<'UNWEIGHTED_AVERAGE'>().toExtend<CchcErrorCode>();
    expectTypeOf<'PROVINCE_NOT_IN_FORCE'>().toExtend<CchcErrorCode>();
    expectTypeOf<StaffingTarget['id']>().toEqualTypeOf<'bnv10989-2025-public-employees' | 'bnv10989-2025-civil-servants'>();
    expectTypeOf(parIndex2024.ranked[0]).toExtend<PublishedProvinceResult | undefined>();
    expectTypeOf(parIndex2024.meanPercent).toEqualTypeOf<Decimal>();
  });
});
