import { describe, expectTypeOf, it } from 'vitest';
import {
  checkSum,
  type DateRangeSchema,
  type DateRange,
  type Infer,
  parsePeriod,
  type Period,
  type RateInput,
  rateOf,
  ratio,
  type RatioLike,
  SourceRefSchema,
  type SourceRef,
  type CchcErrorCode,
  CCHC_ERROR_CODE_MODULES,
  type CchcModule,
} from 'cchc';
import type { Decimal } from 'decimal.js';

describe('core types', () => {
  it('a Period is a DateRange', () => {
    expectTypeOf(parsePeriod('Quý I/2020')).toExtend<DateRange>();
    expectTypeOf<Period>().toExtend<DateRange>();
  });

  it('every rate form is a RateInput, and rateOf gives a RatioLike', () => {
    expectTypeOf(ratio(1, 2)).toExtend<RateInput>();
    expectTypeOf({ numerator: 1, denominator: 2 }).toExtend<RateInput>();
    expectTypeOf(0.5).toExtend<RateInput>();
    expectTypeOf('50%').toExtend<RateInput>();
    expectTypeOf(rateOf).returns.toEqualTypeOf<RatioLike>();
    // @ts-expect-error a boolean is not a rate
    rateOf(true);
  });

  it('schemas infer the types they check', () => {
    expectTypeOf<Infer<typeof DateRangeSchema>>().toEqualTypeOf<DateRange>();
    expectTypeOf<Infer<typeof SourceRefSchema>>().toEqualTypeOf<SourceRef>();
    expectTypeOf(SourceRefSchema.parse).returns.toEqualTypeOf<SourceRef>();
  });

  it('checkSum keeps numbers as numbers and Decimals as Decimals', () => {
    expectTypeOf(checkSum({ parts: [1, 2], total: 3 }).sum).toEqualTypeOf<number>();
    expectTypeOf(checkSum({ parts: [1n], total: 1n }).sum).toEqualTypeOf<Decimal>();
  });

  it('every error code belongs to a module', () => {
    expectTypeOf(CCHC_ERROR_CODE_MODULES).toExtend<Readonly<Record<CchcErrorCode, CchcModule>>>();
    // @ts-expect-error not a code
    const bad: CchcErrorCode = 'NOT_A_CODE';
    void bad;
  });
});
