import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  averageProcessingTime,
  emptyTally,
  formatPercent,
  lateRate,
  ON_TIME_DENOMINATORS,
  onTimeRate,
  overduePendingRate,
  qd766ProgressScore,
  type DossierTally,
} from 'cchc';
import { kienGiang2019DossierTable } from 'cchc/datasets';

const t: DossierTally = {
  received: { total: 100, carriedOver: 10, newOnline: 40, newInPerson: 45, newPostal: 5 },
  resolved: { total: 70, early: 30, onTime: 35, late: 5 },
  pending: { total: 20, withinDue: 16, overdue: 4 },
  withdrawnOrReturned: 6,
  awaitingSupplement: 4,
};

describe('onTimeRate and lateRate', () => {
  it('divide by the named denominator', () => {
    const r = (d: (typeof ON_TIME_DENOMINATORS)[number]) => [
      onTimeRate(t, { denominator: d })!.numerator,
      onTimeRate(t, { denominator: d })!.denominator,
    ];
    expect(r('resolved')).toEqual([65, 70]);
    expect(r('resolved-plus-pending')).toEqual([81, 90]);
    expect(r('due-in-period')).toEqual([65, 74]);
    expect(r('workload')).toEqual([91, 100]);
    expect(onTimeRate(t)).toEqual(onTimeRate(t, { denominator: 'resolved' }));
    expect(lateRate(t)!.numerator).toBe(5);
    expect(lateRate(t, { denominator: 'workload' })!.numerator).toBe(9);
  });
  it('are complements, and null over an empty denominator', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(50), { minLength: 7, maxLength: 7 }),
        fc.constantFrom(...ON_TIME_DENOMINATORS),
        ([e, o, l, w, ov, n, c], d) => {
          const x: DossierTally = {
            received: {
              total: e! + o! + l! + w! + ov! + n!,
              carriedOver: c! > 0 ? 0 : 0,
              newOnline: 0,
              newInPerson: e! + o! + l! + w! + ov! + n!,
              newPostal: 0,
            },
            resolved: { total: e! + o! + l!, early: e!, onTime: o!, late: l! },
            pending: { total: w! + ov!, withinDue: w!, overdue: ov! },
            withdrawnOrReturned: n!,
            awaitingSupplement: 0,
          };
          const a = onTimeRate(x, { denominator: d });
          const b = lateRate(x, { denominator: d });
          if (a === null) expect(b).toBeNull();
          else expect(a.value.plus(b!.value).toString()).toBe('1');
        },
      ),
    );
    for (const d of ON_TIME_DENOMINATORS) expect(onTimeRate(emptyTally(), { denominator: d })).toBeNull();
    expect(overduePendingRate(emptyTally())).toBeNull();
    expect(qd766ProgressScore(emptyTally())).toBeNull();
    expect(averageProcessingTime(emptyTally())).toBeNull();
  });
  it('reproduce the seed report (division by resolved)', () => {
    const [prov, dist, comm, all] = kienGiang2019DossierTable.rows;
    const tally = (r: { resolved: number; onTimeOrEarly: number; late: number } | undefined) => ({
      ...emptyTally(),
      resolved: { total: r!.resolved, early: 0, onTime: r!.onTimeOrEarly, late: r!.late },
    });
    expect(formatPercent(onTimeRate(tally(prov))!)).toBe('99,26%');
    expect(formatPercent(onTimeRate(tally(dist))!, { rounding: 'down' })).toBe('97,96%');
    expect(formatPercent(onTimeRate(tally(comm))!)).toBe('99,93%');
    expect(formatPercent(onTimeRate(tally(all))!)).toBe('99,50%');
    expect(formatPercent(lateRate(tally(prov))!)).toBe('0,74%');
  });
  it('reject unknown denominators and inconsistent tallies', () => {
    expect(() => onTimeRate(t, { denominator: 'received' as never })).toThrow(/INVALID_INPUT/);
    expect(() => onTimeRate({ ...t, resolved: { ...t.resolved, total: 1 } })).toThrow(/INVALID_TALLY/);
  });
});

describe('other measures', () => {
  it('overdue pending rate over pending or received', () => {
    expect(overduePendingRate(t)!.value.toString()).toBe('0.2');
    expect(overduePendingRate(t, { denominator: 'received' })!.value.toString()).toBe('0.04');
  });
  it('QĐ 766 progress score: 20 × (early + on time + within) / (resolved + pending)', () => {
    expect(qd766ProgressScore(t)!.toString()).toBe('18');
    expect(qd766ProgressScore(t, { maxPoints: 10 })!.toString()).toBe('9');
  });
  it('average processing time in working days', () => {
    expect(averageProcessingTime({ ...t, processing: { count: 3, workingDays: 10 } })!.toFixed(4)).toBe('3.3333');
  });
});
