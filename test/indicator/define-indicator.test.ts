import { describe, expect, it } from 'vitest';
import { CchcError, defineIndicator, type IndicatorSpec } from 'cchc';

const spec: IndicatorSpec = {
  id: 'inspection-coverage-custom',
  name: { vi: 'Tỷ lệ cơ quan được kiểm tra', en: 'Share of agencies inspected' },
  numerator: { vi: 'Số cơ quan được kiểm tra', en: 'Agencies inspected' },
  denominator: { vi: 'Số cơ quan', en: 'Agencies' },
  unit: 'percent',
  direction: 'at-least',
  target: { value: 30 },
  sources: [{ document: 'test' }],
};

describe('defineIndicator', () => {
  it('returns a frozen definition with defaults made explicit', () => {
    const d = defineIndicator(spec);
    expect(d).toMatchObject({ id: 'inspection-coverage-custom', decimals: 2, byLevel: false, target: { value: 30 } });
    expect(Object.isFrozen(d)).toBe(true);
    expect(Object.isFrozen(d.target)).toBe(true);
  });

  it('collects every problem as INVALID_INDICATOR', () => {
    try {
      defineIndicator({ ...spec, id: 'Bad Id', name: { vi: '', en: 'x' }, unit: 'ratio' as never, direction: 'up' as never });
      expect.unreachable();
    } catch (e) {
      const err = e as CchcError;
      expect(err).toBeInstanceOf(CchcError);
      expect(err.code).toBe('INVALID_INDICATOR');
      expect(err.issues.map((i) => i.path[0]).sort()).toEqual(['direction', 'id', 'name', 'unit']);
    }
  });

  it('checks the rules between fields', () => {
    const problems = (s: IndicatorSpec) => {
      try {
        defineIndicator(s);
        return [];
      } catch (e) {
        return (e as CchcError).issues.map((i) => i.path.join('.'));
      }
    };
    const { denominator: _d, ...noDenominator } = spec;
    void _d;
    expect(problems(noDenominator as IndicatorSpec)).toEqual(['denominator']);
    expect(problems({ ...spec, target: { value: 130 } })).toEqual(['target.value']);
    expect(problems({ ...spec, validity: { start: '2022-08-15', end: '2022-08-14' } })).toEqual(['validity.end']);
    expect(problems({ ...spec, validity: { start: '2022-02-30' } })).toEqual(['validity.start']);
    // the deprecated keys are still read and checked
    expect(problems({ ...spec, validFrom: '2022-08-15', validUntil: '2022-08-14' })).toEqual(['validUntil']);
    expect(problems({ ...spec, validFrom: '2022-02-30' })).toEqual(['validFrom']);
    expect(problems({ ...spec, unit: 'count', denominator: undefined, target: { value: 130 } } as IndicatorSpec)).toEqual([]);
  });
});
