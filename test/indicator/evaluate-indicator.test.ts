import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CchcDecimal,
  type CchcError,
  defineIndicator,
  evaluateIndicator,
  evaluateIndicatorByLevel,
  getIndicator,
  getNationalTarget,
} from 'cchc';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as CchcError).code;
  }
};

describe('evaluateIndicator', () => {
  it('seed §I.2: 14 of 42 departments and districts inspected = 33,33% ≥ 30%', () => {
    const e = evaluateIndicator(getIndicator('inspection-coverage'), { numerator: 14, denominator: 42 });
    expect(e).toMatchObject({ id: 'inspection-coverage', unit: 'percent', status: 'met', formatted: { vi: '33,33%', en: '33.33%' } });
    expect(e.margin!.toFixed(4)).toBe('3.3333');
    expect(e.summary.vi).toBe(
      'Tỷ lệ cơ quan chuyên môn cấp tỉnh và UBND cấp huyện được kiểm tra CCHC trong năm: 33,33% (14/42) — đạt chỉ tiêu ≥ 30%',
    );
    expect(e.summary.en).toContain('33.33% (14/42) — meets the target ≥ 30%');
  });

  it('compares exactly, never on the rounded text', () => {
    const almost = evaluateIndicator(
      getIndicator('inspection-coverage'),
      { numerator: new CchcDecimal('29.9999'), denominator: 100 },
      { decimals: 0 },
    );
    expect(almost.formatted.vi).toBe('30%');
    expect(almost.status).toBe('not-met');
    expect(evaluateIndicator(getIndicator('inspection-coverage'), { numerator: 30, denominator: 100 }).status).toBe('met');
  });

  it('rejects a share above 100% (SIPAS 185%, 1.100 of 1.000 procedures) unless the indicator may pass 100%', () => {
    const sipas = getIndicator('sipas-satisfaction');
    expect(code(() => evaluateIndicator(sipas, { percent: 185 }))).toBe('RATE_OUT_OF_RANGE');
    expect(code(() => evaluateIndicator(sipas, { percent: -5 }))).toBe('RATE_OUT_OF_RANGE');
    expect(code(() => evaluateIndicator(sipas, { rate: '185%' }))).toBe('RATE_OUT_OF_RANGE');
    expect(code(() => evaluateIndicator(sipas, { rate: 1.85 }))).toBe('RATE_OUT_OF_RANGE');
    expect(code(() => evaluateIndicator(getIndicator('one-stop-coverage'), { numerator: 1580, denominator: 1579 }))).toBe('INVALID_INPUT');
    expect(evaluateIndicator(sipas, { percent: 100 }).formatted.vi).toBe('100,00%');
    let err: CchcError | undefined;
    try {
      evaluateIndicator(getIndicator('one-stop-coverage'), { numerator: 1580, denominator: 1579 });
    } catch (e) {
      err = e as CchcError;
    }
    expect(err?.issues[0]?.path).toEqual(['values', 'numerator']);
    expect(err?.messageVi).toContain('tử số 1.580 (Số TTHC giải quyết theo cơ chế một cửa) không thể lớn hơn mẫu số 1.579');
    // disbursement may pass the plan: not a share
    expect(getIndicator('disbursement-rate').share).toBe(false);
    expect(evaluateIndicator(getIndicator('disbursement-rate'), { numerator: 5650, denominator: 5582 }).formatted.vi).toBe('101,22%');
    const growth = defineIndicator({
      id: 'online-dossier-growth',
      name: { vi: 'Hồ sơ trực tuyến so với năm trước', en: 'Online dossiers vs the year before' },
      numerator: { vi: 'Năm nay', en: 'This year' },
      denominator: { vi: 'Năm trước', en: 'Last year' },
      unit: 'percent',
      direction: 'at-least',
      share: false,
      sources: [{ document: 'x' }],
    });
    expect(evaluateIndicator(growth, { percent: 135 }).formatted.vi).toBe('135,00%');
  });

  it('applies strict targets ("trên 80%") and at-most indicators', () => {
    const sipas = getIndicator('sipas-satisfaction');
    const above80 = getNationalTarget('30c-satisfaction-2020').target;
    expect(evaluateIndicator(sipas, { percent: 80 }, { target: above80 }).status).toBe('not-met');
    expect(evaluateIndicator(sipas, { percent: 84.45 }, { target: above80 }).status).toBe('met'); // SIPAS 2019
    expect(evaluateIndicator(sipas, { percent: 84.45 }, { target: above80 }).summary.vi).toContain('> 80%');
    const late = defineIndicator({
      id: 'late-dossiers',
      name: { vi: 'Tỷ lệ hồ sơ quá hạn', en: 'Late dossiers' },
      numerator: { vi: 'Quá hạn', en: 'Late' },
      denominator: { vi: 'Đã giải quyết', en: 'Resolved' },
      unit: 'percent',
      direction: 'at-most',
      target: { value: 2 },
      sources: [{ document: 'test' }],
    });
    expect(evaluateIndicator(late, { numerator: 2227, denominator: 109649 }).status).toBe('not-met'); // 2,03%
    expect(evaluateIndicator(late, { numerator: 459, denominator: 62337 }).status).toBe('met'); // 0,74%
    expect(evaluateIndicator(late, { numerator: 2, denominator: 100 }).status).toBe('met');
    expect(evaluateIndicator(late, { numerator: 2, denominator: 100 }, { target: { value: 2, inclusive: false } }).status).toBe('not-met');
  });

  it('reports no-data for a rate over 0 and no-target without a target', () => {
    const e = evaluateIndicator(getIndicator('feedback-handled'), { numerator: 0, denominator: 0 });
    expect(e).toMatchObject({ status: 'no-data', value: null, ratio: null, formatted: { vi: '—', en: '—' } });
    const all = evaluateIndicator(getIndicator('feedback-handled'), { numerator: 14, denominator: 14 });
    expect(all).toMatchObject({ status: 'no-target', formatted: { vi: '100,00%' } });
  });

  it('respects the period a definition applies to (levels 1–4 until 14/8/2022, full-process from 15/8/2022)', () => {
    const level4 = evaluateIndicator('online-services-level-4', { numerator: 310, denominator: 1991 }, { asOf: '2019-12-09' });
    expect(level4.formatted.vi).toBe('15,57%');
    expect(
      code(() => evaluateIndicator(getIndicator('online-services-level-4'), { numerator: 1, denominator: 2 }, { asOf: '2022-08-15' })),
    ).toBe('INDICATOR_NOT_IN_FORCE');
    expect(
      code(() => evaluateIndicator(getIndicator('online-services-full-process'), { numerator: 1, denominator: 2 }, { asOf: '2022-08-14' })),
    ).toBe('INDICATOR_NOT_IN_FORCE');
    const full = evaluateIndicator(getIndicator('online-services-full-process'), { numerator: 1, denominator: 2 }, { asOf: '2022-08-15' });
    expect(full.formatted.vi).toBe('50,00%');
  });

  it('checks the 76/NQ-CP level 3–4 target against the seed (409 + 310 of 1.991)', () => {
    const e = evaluateIndicator(
      getIndicator('online-services-level-3-4'),
      { numerator: 409 + 310, denominator: 1991 },
      { target: getNationalTarget('76-online-level-3-4-2025').target },
    );
    expect(e.formatted.vi).toBe('36,11%');
    expect(e.status).toBe('not-met');
  });

  it('handles count indicators and rejects mismatched values', () => {
    const count = defineIndicator({
      id: 'units-cut',
      name: { vi: 'Số đơn vị giảm', en: 'Units cut' },
      numerator: { vi: 'Đơn vị', en: 'Units' },
      unit: 'count',
      direction: 'at-least',
      target: { value: 100 },
      sources: [{ document: 'test' }],
    });
    expect(evaluateIndicator(count, { numerator: 52 })).toMatchObject({ formatted: { vi: '52' }, status: 'not-met' });
    expect(code(() => evaluateIndicator(count, { percent: 52 }))).toBe('INVALID_INPUT');
    expect(code(() => evaluateIndicator(getIndicator('feedback-handled'), { numerator: 3 }))).toBe('INVALID_INPUT');
    expect(code(() => evaluateIndicator(getIndicator('feedback-handled'), { numerator: -3, denominator: 4 }))).toBe('INVALID_NUMBER');
    const extra = { numerator: 3, denominator: 4, extra: 1 } as never;
    expect(code(() => evaluateIndicator(getIndicator('feedback-handled'), extra))).toBe('UNKNOWN_KEY');
    expect(code(() => evaluateIndicator(getIndicator('feedback-handled'), { numerator: 3, percent: 4 } as never))).toBe('INVALID_INPUT');
    expect(code(() => evaluateIndicator({} as never, { numerator: 1, denominator: 2 }))).toBe('INVALID_INDICATOR');
    expect(code(() => evaluateIndicator(getIndicator('sipas-satisfaction'), { percent: -1 }))).toBe('RATE_OUT_OF_RANGE');
  });

  it('status agrees with the exact comparison for any counts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 100 }), (n, d, t) => {
        // inspection coverage is a share: more inspected than exist is bad input, not a value above 100%
        if (n > d) {
          expect(
            code(() => evaluateIndicator(getIndicator('inspection-coverage'), { numerator: n, denominator: d }, { target: { value: t } })),
          ).toBe('INVALID_INPUT');
          return;
        }
        const e = evaluateIndicator(getIndicator('inspection-coverage'), { numerator: n, denominator: d }, { target: { value: t } });
        expect(e.status === 'met').toBe(n * 100 >= t * d);
      }),
    );
  });
});

describe('evaluateIndicatorByLevel', () => {
  it('seed §II.2.2: one-stop coverage 100% at every level', () => {
    const r = evaluateIndicatorByLevel(getIndicator('one-stop-coverage'), {
      province: { numerator: 1579, denominator: 1579 },
      district: { numerator: 249, denominator: 249 },
      commune: { numerator: 121, denominator: 121 },
    });
    expect(Object.keys(r)).toEqual(['province', 'district', 'commune']);
    expect(r.province!.formatted.vi).toBe('100,00%');
  });
  it('puts the level in the path of errors and rejects unknown levels', () => {
    try {
      evaluateIndicatorByLevel(getIndicator('one-stop-coverage'), { district: { numerator: 1 } });
      expect.unreachable();
    } catch (e) {
      expect((e as CchcError).path).toEqual(['district', 'values', 'denominator']);
    }
    expect(
      code(() => evaluateIndicatorByLevel(getIndicator('one-stop-coverage'), { ward: { numerator: 1, denominator: 1 } } as never)),
    ).toBe('INVALID_ADMIN_LEVEL');
  });
});
