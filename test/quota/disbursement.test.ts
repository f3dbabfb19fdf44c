import { describe, expect, it } from 'vitest';
import type { Decimal } from 'decimal.js';
import { CchcDecimal, type CchcError, DISBURSEMENT_TARGET_95, disbursementDeadline, disbursementRate, formatPercent } from 'cchc';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as CchcError).code;
  }
};

describe('disbursementRate', () => {
  it('seed §II.5.1: 3.145 / 5.582 = 56,34% (printed 56,35%); 4.689 / 5.582 = 84,00% (printed 84,17%)', () => {
    expect(formatPercent(disbursementRate({ disbursed: 3145, plan: 5582 }).rate)).toBe('56,34%');
    expect(formatPercent(disbursementRate({ disbursed: 4689, plan: 5582 }).rate)).toBe('84,00%');
  });

  it('names the plan it divides by, and says so when it is not given', () => {
    expect(disbursementRate({ disbursed: 1, plan: 2 }).planKind).toBe('unspecified');
    expect(disbursementRate({ disbursed: 1, plan: 2, planKind: 'pm-assigned' }).planKind).toBe('pm-assigned');
    expect(code(() => disbursementRate({ disbursed: 1, plan: 2, planKind: 'annual' as never }))).toBe('INVALID_INPUT');
  });

  it('compares with the 95% preset exactly, and flags a rate of another plan as not comparable', () => {
    expect(DISBURSEMENT_TARGET_95).toMatchObject({ percent: 95, planKind: 'pm-assigned' });
    const at = (disbursed: number | Decimal, planKind: 'pm-assigned' | 'province-assigned' = 'pm-assigned') =>
      disbursementRate({ disbursed, plan: 100, planKind, target: DISBURSEMENT_TARGET_95 }).target!;
    expect(at(95)).toMatchObject({ met: true, comparable: true });
    expect(at(new CchcDecimal('94.999999'))).toMatchObject({ met: false });
    expect(at(99, 'province-assigned')).toMatchObject({ met: true, comparable: false });
    expect(disbursementRate({ disbursed: 1, plan: 2 }).target).toBeUndefined();
  });

  it('accepts exact amounts (decimals, bigints) and rejects bad ones', () => {
    expect(
      disbursementRate({ disbursed: new CchcDecimal('3145.5'), plan: 5582n })
        .rate.value.times(100)
        .toFixed(4),
    ).toBe('56.3508');
    expect(code(() => disbursementRate({ disbursed: 1, plan: 0 }))).toBe('ZERO_DENOMINATOR');
    expect(code(() => disbursementRate({ disbursed: -1, plan: 10 }))).toBe('INVALID_NUMBER');
    expect(code(() => disbursementRate({ disbursed: Number.NaN, plan: 10 }))).toBe('INVALID_NUMBER');
    expect(code(() => disbursementRate({ disbursed: '3.145' as never, plan: 10 }))).toBe('INVALID_NUMBER');
  });
});

describe('disbursementDeadline', () => {
  it('is 31 January of the next year (Law on Public Investment 2019 art. 68)', () => {
    expect(disbursementDeadline(2019)).toBe('2020-01-31');
    expect(disbursementDeadline(2023)).toBe('2024-01-31');
    expect(code(() => disbursementDeadline(2019.5))).toBe('INVALID_INPUT');
  });
});
