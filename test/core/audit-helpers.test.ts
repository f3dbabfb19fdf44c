import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CchcDecimal, checkPrintedRate, checkSum, largestRemainder } from 'cchc';
import { kienGiang2019DossierTable } from 'cchc/datasets';
import { codeOf } from '../_support/code-of.js';

describe('checkPrintedRate — golden figures from Báo cáo 389/BC-UBND (Kiên Giang, 2019)', () => {
  it.each([
    // numerator, denominator, printed, verdict — §II.2 dossier rates
    [618369, 621448, '99,50%', 'rounded'],
    [3079, 621448, '0,49%', 'truncated'], // 0,4954…: half-up gives 0,50
    [61878, 62337, '99,26%', 'rounded'],
    [459, 62337, '0,74%', 'rounded'],
    [107422, 109649, '97,96%', 'truncated'], // 97,9689…
    [2227, 109649, '2,03%', 'rounded'],
    [445406, 445716, '99,93%', 'rounded'],
    [310, 445716, '0,06%', 'truncated'], // 0,0695…
    // §I PAR classes of 42 units
    [14, 42, '33,3%', 'rounded'],
    [22, 42, '52,40%', 'inconsistent'], // 52,38
    [4, 42, '9,52%', 'rounded'],
    [2, 42, '4,78%', 'inconsistent'], // 4,76
    // §II.6 disbursement (billion VND)
    [3145, 5582, '56,35%', 'inconsistent'], // 56,34
    [4689, 5582, '84,17%', 'inconsistent'], // 84,00
    // Phụ lục III: 136 of 1.991 procedures inter-agency one-stop printed 6,8%
    [136, 1991, '6,8%', 'rounded'],
  ] as const)('%d/%d printed %s → %s', (n, d, printed, verdict) => {
    expect(checkPrintedRate({ numerator: n, denominator: d, printed }).verdict).toBe(verdict);
  });

  it('reports the exact percent, both candidates and the modes that match', () => {
    const r = checkPrintedRate({ numerator: 107422, denominator: 109649, printed: '97,96%' });
    expect(r.decimals).toBe(2);
    expect(r.computed.toFixed(6)).toBe('97.968974');
    expect(r.expectedRounded.toString()).toBe('97.97');
    expect(r.expectedTruncated.toString()).toBe('97.96');
    expect(r.printed.toString()).toBe('97.96');
    expect(r.matchingModes).toEqual(['down']);
    expect(r.difference.toFixed(6)).toBe('-0.008974');
  });

  it('the seed dataset: every printed on-time and late rate is either rounded or truncated', () => {
    for (const row of kienGiang2019DossierTable.rows) {
      const onTime = checkPrintedRate({ numerator: row.onTimeOrEarly, denominator: row.resolved, printed: row.printed.onTimeRate });
      const late = checkPrintedRate({ numerator: row.late, denominator: row.resolved, printed: row.printed.lateRate });
      expect(onTime.verdict).not.toBe('inconsistent');
      expect(late.verdict).not.toBe('inconsistent');
    }
  });

  it('prefers "rounded" when both rounding and truncation reproduce the print', () => {
    const r = checkPrintedRate({ numerator: 618369, denominator: 621448, printed: '99,50%' });
    expect(r.expectedTruncated.eq(r.printed)).toBe(true);
    expect(r.verdict).toBe('rounded');
  });

  it('takes printed numbers (decimals of the shortest form) and a decimals override', () => {
    expect(checkPrintedRate({ numerator: 1, denominator: 3, printed: 33.33 }).verdict).toBe('rounded');
    expect(checkPrintedRate({ numerator: 2, denominator: 3, printed: 66.66 }).verdict).toBe('truncated');
    expect(checkPrintedRate({ numerator: 1, denominator: 2, printed: 50 }).decimals).toBe(0);
    expect(checkPrintedRate({ numerator: 1, denominator: 2, printed: 50, decimals: 2 }).decimals).toBe(2);
    expect(checkPrintedRate({ numerator: 1, denominator: 2, printed: '50' }).verdict).toBe('rounded');
  });

  it('treats a rate with more printed digits than needed exactly', () => {
    expect(checkPrintedRate({ numerator: 1, denominator: 8, printed: '12,500%' }).verdict).toBe('rounded');
    expect(checkPrintedRate({ numerator: 1, denominator: 8, printed: '12,501%' }).verdict).toBe('inconsistent');
  });

  it('rejects bad input with codes and paths', () => {
    expect(codeOf(() => checkPrintedRate({ numerator: 1, denominator: 0, printed: '1%' }))).toBe('ZERO_DENOMINATOR');
    expect(codeOf(() => checkPrintedRate({ numerator: 1, denominator: 3, printed: '33.3%' }))).toBe('AMBIGUOUS_NUMBER');
    expect(codeOf(() => checkPrintedRate({ numerator: 1, denominator: 3, printed: 'abc' }))).toBe('INVALID_NUMBER');
    expect(codeOf(() => checkPrintedRate({ numerator: Number.NaN, denominator: 3, printed: '1%' }))).toBe('INVALID_NUMBER');
    expect(codeOf(() => checkPrintedRate(null as never))).toBe('INVALID_INPUT');
    try {
      checkPrintedRate({ numerator: 1, denominator: 3, printed: 'abc' });
    } catch (e) {
      expect((e as { path: unknown }).path).toEqual(['printed']);
    }
  });

  it('property: the rate printed by any mode is never judged inconsistent', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2_000_000 }), fc.integer({ min: 1, max: 2_000_000 }), fc.integer({ min: 0, max: 4 }), (n, d, k) => {
        const exact = new CchcDecimal(n).div(d).times(100);
        for (const [mode, verdicts] of [
          [CchcDecimal.ROUND_HALF_UP, ['rounded']],
          [CchcDecimal.ROUND_DOWN, ['rounded', 'truncated']],
        ] as const) {
          const printed = `${exact.toDecimalPlaces(k, mode).toFixed(k).replace('.', ',')}%`;
          expect(verdicts as readonly string[]).toContain(checkPrintedRate({ numerator: n, denominator: d, printed }).verdict);
        }
      }),
    );
  });
});

describe('checkSum', () => {
  it('finds the seed report pending total error', () => {
    expect(checkSum({ parts: [9235, 15297, 753], total: 17385 })).toEqual({ ok: false, sum: 25285, difference: 7900 });
    expect(checkSum({ parts: [62337, 109649, 445716], total: 621448 })).toEqual({ ok: false, sum: 617702, difference: -3746 });
    expect(checkSum({ parts: [72428, 120780, 446469], total: 639677 })).toEqual({ ok: true, sum: 639677, difference: 0 });
    expect(checkSum({ parts: [285, 217, 352], total: 854 }).ok).toBe(true); // TTHC published in 2019
  });
  it('is exact for decimals and returns Decimals when given any', () => {
    const r = checkSum({ parts: [0.1, 0.2], total: 0.3 });
    expect(r.ok).toBe(true);
    const d = checkSum({ parts: [new CchcDecimal('0.1'), 0.2], total: 0.3 });
    expect(d.ok).toBe(true);
    expect(CchcDecimal.isDecimal(d.sum)).toBe(true);
  });
  it('accepts a tolerance', () => {
    expect(checkSum({ parts: [33.3, 52.4, 9.5, 4.8], total: 100, tolerance: 0.1 }).ok).toBe(true);
    expect(checkSum({ parts: [33.3, 52.4, 9.5, 4.6], total: 100, tolerance: 0.1 }).ok).toBe(false);
  });
  it('an empty list sums to 0', () => expect(checkSum({ parts: [], total: 0 }).ok).toBe(true));
  it('lists every bad part', () => {
    try {
      checkSum({ parts: [1, Number.NaN, 2, Number.POSITIVE_INFINITY], total: 3 });
      expect.unreachable();
    } catch (e) {
      expect((e as { issues: { path: unknown }[] }).issues.map((i) => i.path)).toEqual([
        ['parts', 1],
        ['parts', 3],
      ]);
    }
    expect(codeOf(() => checkSum({ parts: 'x' as never, total: 1 }))).toBe('INVALID_INPUT');
  });
});

describe('largestRemainder', () => {
  it('the seed PAR classes 14/22/4/2 of 42', () => {
    expect(largestRemainder([14, 22, 4, 2], { decimals: 2 }).map(String)).toEqual(['33.33', '52.38', '9.53', '4.76']);
    expect(largestRemainder([14, 22, 4, 2], { decimals: 1 }).map(String)).toEqual(['33.3', '52.4', '9.5', '4.8']);
    expect(largestRemainder([14, 22, 4, 2], { decimals: 0 }).map(String)).toEqual(['33', '52', '10', '5']);
  });
  it('breaks equal remainders in input order', () => {
    expect(largestRemainder([1, 1, 1], { decimals: 0 }).map(String)).toEqual(['34', '33', '33']);
    expect(largestRemainder([1, 1, 1], { decimals: 2 }).map(String)).toEqual(['33.34', '33.33', '33.33']);
  });
  it('handles zeros and a single item', () => {
    expect(largestRemainder([0, 5, 0]).map(String)).toEqual(['0', '100', '0']);
    expect(largestRemainder([7]).map(String)).toEqual(['100']);
  });
  it('rejects all-zero and bad counts', () => {
    expect(codeOf(() => largestRemainder([0, 0]))).toBe('ZERO_DENOMINATOR');
    expect(codeOf(() => largestRemainder([]))).toBe('ZERO_DENOMINATOR');
    expect(codeOf(() => largestRemainder([1, -1]))).toBe('INVALID_COUNT');
    expect(codeOf(() => largestRemainder([1, 2], { decimals: -1 }))).toBe('INVALID_DECIMALS');
  });
  it('property: shares sum to exactly 100, each within one unit of its exact share, order-consistent', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 12 }).filter((a) => a.some((x) => x > 0)),
        fc.integer({ min: 0, max: 4 }),
        (counts, k) => {
          const shares = largestRemainder(counts, { decimals: k });
          const total = counts.reduce((a, b) => a + b, 0);
          const unit = new CchcDecimal(10).pow(-k);
          expect(shares.reduce((a, b) => a.plus(b), new CchcDecimal(0)).eq(100)).toBe(true);
          shares.forEach((s, i) => {
            const exact = new CchcDecimal(counts[i]!).times(100).div(total);
            expect(s.minus(exact).abs().lt(unit)).toBe(true);
            expect(s.decimalPlaces()).toBeLessThanOrEqual(k);
            if (counts[i] === 0) expect(s.isZero()).toBe(true);
          });
          // a larger count never gets a smaller share
          for (let i = 0; i < counts.length; i++)
            for (let j = 0; j < counts.length; j++) if (counts[i]! > counts[j]!) expect(shares[i]!.gte(shares[j]!)).toBe(true);
        },
      ),
    );
  });
});

describe('printed-rate checks at 0–3 decimals, ties and rates over 100%', () => {
  const check = (numerator: number, denominator: number, printed: string | number) => {
    const r = checkPrintedRate({ numerator, denominator, printed });
    return [r.verdict, r.decimals, r.matchingModes];
  };
  it.each([
    // [numerator, denominator, printed, verdict, decimals, modes]
    [2, 3, '67%', 'rounded', 0, ['half-up', 'half-even', 'up']],
    [2, 3, '66%', 'truncated', 0, ['down']],
    [2, 3, '66,7%', 'rounded', 1, ['half-up', 'half-even', 'up']],
    [2, 3, '66,666%', 'truncated', 3, ['down']],
    [2, 3, '66,667%', 'rounded', 3, ['half-up', 'half-even', 'up']],
    [1, 8, '12,5%', 'rounded', 1, ['half-up', 'half-even', 'down', 'up']],
    [1, 8, '13%', 'rounded', 0, ['half-up', 'up']], // a tie: half-up rounds away from zero
    [1, 8, '12%', 'truncated', 0, ['half-even', 'down']],
    [1, 200, '1%', 'rounded', 0, ['half-up', 'up']],
    [1, 200, '0%', 'truncated', 0, ['half-even', 'down']],
    [0, 5, '0,00%', 'rounded', 2, ['half-up', 'half-even', 'down', 'up']],
    [3, 2, '150,0%', 'rounded', 1, ['half-up', 'half-even', 'down', 'up']],
    [999, 1000, '100%', 'rounded', 0, ['half-up', 'half-even', 'up']],
    [9999, 10000, '100,00%', 'inconsistent', 2, []],
    [1, 3, '-33%', 'inconsistent', 0, []],
  ] as const)('%d/%d printed %j → %s', (n, d, printed, verdict, decimals, modes) => {
    expect(check(n, d, printed)).toEqual([verdict, decimals, modes]);
  });

  it('bad printed texts and inputs throw CchcError', () => {
    expect(codeOf(() => checkPrintedRate({ numerator: 1, denominator: 3, printed: '33.3%' }))).toBe('AMBIGUOUS_NUMBER');
    expect(codeOf(() => checkPrintedRate({ numerator: 1, denominator: 3, printed: '' }))).toBe('INVALID_NUMBER');
    expect(codeOf(() => checkPrintedRate({ numerator: 1, denominator: 0, printed: '0%' }))).toBe('ZERO_DENOMINATOR');
    expect(codeOf(() => checkPrintedRate({ numerator: 1, denominator: 3, printed: NaN }))).toBe('INVALID_NUMBER');
    expect(codeOf(() => checkPrintedRate(null as never))).toBe('INVALID_INPUT');
  });
});

describe('checkSum and largestRemainder at the edges', () => {
  it('a negative tolerance is rejected, not silently made positive', () => {
    expect(codeOf(() => checkSum({ parts: [1], total: 2, tolerance: -1 }))).toBe('INVALID_NUMBER');
    expect(checkSum({ parts: [1], total: 2, tolerance: 1 }).ok).toBe(true);
  });

  it('a sum a JS number cannot hold exactly throws instead of returning a rounded number', () => {
    expect(codeOf(() => checkSum({ parts: [Number.MAX_SAFE_INTEGER, 2], total: 0 }))).toBe('INVALID_NUMBER');
    const big = checkSum({ parts: [BigInt(Number.MAX_SAFE_INTEGER), 2n], total: 9007199254740993n });
    expect([big.ok, big.sum.toString(), big.difference.toString()]).toEqual([true, '9007199254740993', '0']);
  });

  it('largestRemainder: many zeros, huge counts, ties in input order, options not an object', () => {
    expect(
      largestRemainder([...Array(1000).fill(0), 1], { decimals: 0 })
        .filter((x) => !x.isZero())
        .map(String),
    ).toEqual(['100']);
    expect(largestRemainder([Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 1], { decimals: 3 }).map(String)).toEqual(['50', '50', '0']);
    expect(largestRemainder([1, 1, 1], { decimals: 0 }).map(String)).toEqual(['34', '33', '33']);
    const ones = largestRemainder(Array(1000).fill(1), { decimals: 0 });
    expect(ones.reduce((a, b) => a.plus(b), new CchcDecimal(0)).toString()).toBe('100');
    expect(codeOf(() => largestRemainder([1, 2], null as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => largestRemainder([]))).toBe('ZERO_DENOMINATOR');
  });
});

describe('checkPrintedRate: a printed number with more decimals than can be checked', () => {
  it('names the printed value, not an option the caller did not pass', () => {
    try {
      checkPrintedRate({ numerator: 1, denominator: 3, printed: 1e-25 });
      expect.unreachable();
    } catch (e) {
      const err = e as { code: string; path: readonly unknown[] };
      expect([err.code, err.path]).toEqual(['INVALID_DECIMALS', ['printed']]);
    }
    expect(checkPrintedRate({ numerator: 1, denominator: 3, printed: 1e-25, decimals: 2 }).verdict).toBe('inconsistent');
  });
});
