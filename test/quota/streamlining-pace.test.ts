import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type CchcError, addDays, streamliningPace } from 'cchc';

describe('streamliningPace', () => {
  it('Kiên Giang units: 52 of 100 at 09/12/2019 on a 2015-12-31 → 2021-12-31 line expects 65,65 — behind', () => {
    const p = streamliningPace({ target: 100, achieved: 52, start: '2015-12-31', end: '2021-12-31', asOf: '2019-12-09' });
    expect(p.elapsed.numerator).toBe(1439);
    expect(p.elapsed.denominator).toBe(2192);
    expect(p.expected.toFixed(4)).toBe('65.6478');
    expect(p.gap.toFixed(2)).toBe('-13.65');
    expect(p).toMatchObject({ phase: 'in-progress', onTrack: false, achieved: 52 });
  });

  it('clamps before the start and after the deadline', () => {
    const before = streamliningPace({ target: 10, achieved: 0, start: '2020-01-01', end: '2021-01-01', asOf: '2019-06-01' });
    expect(before).toMatchObject({ phase: 'not-started', onTrack: true });
    expect(before.expected.toString()).toBe('0');
    const after = streamliningPace({ target: 10, achieved: 9, start: '2020-01-01', end: '2021-01-01', asOf: '2022-06-01' });
    expect(after).toMatchObject({ phase: 'past-deadline', onTrack: false });
    expect(after.expected.toString()).toBe('10');
  });

  it('rejects an end not after the start, bad dates and Date objects', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as CchcError).code;
      }
    };
    expect(code(() => streamliningPace({ target: 1, achieved: 0, start: '2021-01-01', end: '2021-01-01', asOf: '2021-01-01' }))).toBe(
      'INVALID_DATE_RANGE',
    );
    expect(code(() => streamliningPace({ target: 1, achieved: 0, start: '2021-02-30', end: '2022-01-01', asOf: '2021-06-01' }))).toBe(
      'INVALID_DATE',
    );
    // eslint-disable-next-line no-restricted-syntax -- a Date object is the wrong input on purpose
    expect(
      code(() => streamliningPace({ target: 1, achieved: 0, start: new Date(0) as never, end: '2022-01-01', asOf: '2021-06-01' })),
    ).toBe('INVALID_DATE');
  });

  it('expected grows linearly and stays within 0…target; being on track is monotone in what was achieved', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: -100, max: 4000 }),
        fc.integer({ min: 0, max: 10_000 }),
        fc.integer({ min: 0, max: 10_000 }),
        (days, offset, target, achieved) => {
          const start = '2016-01-01';
          const end = addDays(start, days);
          const asOf = addDays(start, offset);
          const p = streamliningPace({ target, achieved, start, end, asOf });
          expect(p.expected.gte(0) && p.expected.lte(target)).toBe(true);
          const more = streamliningPace({ target, achieved: achieved + 1, start, end, asOf });
          if (p.onTrack) expect(more.onTrack).toBe(true);
          expect(p.onTrack).toBe(p.expected.lte(achieved));
        },
      ),
    );
  });
});
