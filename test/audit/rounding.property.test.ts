// Issue 16, point 3, as properties: a table whose every figure is the true value rounded half-up at its printed
// precision is never flagged (no warning, no error) — whatever the values, the precisions, the number of rows — and a
// figure moved beyond what any rounding explains is always an error. True values are integers in 1/10 000 so that the
// rounding of the test itself is exact.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditChange, auditParTable, auditParts, auditPrintedRate, auditSipasTable, type AuditFinding } from 'cchc';

const label = { vi: 'Bảng thử', en: 'Test table' };
const alarms = (fs: readonly AuditFinding[]) =>
  fs.filter((f) => f.severity !== 'info').map((f) => `${f.severity} ${f.code} ${f.message.en}`);
const UNIT = 10_000; // true values in 1/10 000

/** The true value `v` (in 1/10 000) rounded half-up at `d` decimals (d ≤ 4), in 1/10 000. */
const roundAt = (v: number, d: number): number => {
  const step = 10 ** (4 - d);
  const sign = v < 0 ? -1 : 1;
  return sign * Math.floor((Math.abs(v) + step / 2) / step) * step;
};
/** A value in 1/10 000 printed in Vietnamese notation with `d` decimals ("62,30"); English with `locale: 'en'`. */
const print = (v: number, d: number, locale: 'vi' | 'en' = 'vi'): string => {
  const r = roundAt(v, d);
  const sign = r < 0 ? '-' : '';
  const a = Math.abs(r);
  const int = Math.floor(a / UNIT);
  const frac = String(a % UNIT)
    .padStart(4, '0')
    .slice(0, d);
  const group = locale === 'vi' ? '.' : ',';
  const intText = String(int).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}${intText}${d > 0 ? (locale === 'vi' ? ',' : '.') + frac : ''}`;
};

const decimals = fc.integer({ min: 1, max: 3 });

describe('rounding at the printed precision never flags a correctly rounded table', () => {
  it('PAR tables: components, total and index each rounded at their own precision; ranks by the true values', () => {
    const row = fc.record({
      parts: fc.array(fc.record({ v: fc.integer({ min: 0, max: 20 * UNIT }), d: decimals }), { minLength: 2, maxLength: 5 }),
      totalDecimals: decimals,
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), fc.constantFrom('vi' as const, 'en' as const), (rows, locale) => {
        const withTotals = rows.map((r, i) => ({ ...r, unit: `Đơn vị ${i + 1}`, total: r.parts.reduce((s, p) => s + p.v, 0) }));
        // the official ranking is by the unrounded values; equal true values share a rank
        const sorted = [...withTotals].sort((a, b) => b.total - a.total);
        const rankOf = (t: number) => 1 + sorted.filter((x) => x.total > t).length;
        const printed = withTotals.map((r) => ({
          unit: r.unit,
          components: Object.fromEntries(r.parts.map((p, k) => [`c${k}`, print(p.v, p.d, locale)])),
          total: print(r.total, r.totalDecimals, locale),
          index: `${print(r.total, 2, locale)}%`,
          rank: rankOf(r.total),
        }));
        expect(alarms(auditParTable(printed, { maxPoints: 100, rankBy: 'total', locale }))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('parts and their total', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ v: fc.integer({ min: 0, max: 1000 * UNIT }), d: decimals }), { minLength: 2, maxLength: 10 }),
        decimals,
        (parts, d) => {
          const total = parts.reduce((s, p) => s + p.v, 0);
          expect(alarms(auditParts({ label, total: print(total, d), parts: parts.map((p) => print(p.v, p.d)), exhaustive: true }))).toEqual(
            [],
          );
        },
      ),
    );
  });

  it('shares of 100%: each rounded, their total printed as 100', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 2, maxLength: 8 }), decimals, (counts, d) => {
        const sum = counts.reduce((s, c) => s + c, 0);
        const shares = counts.map((c) => `${print(Math.round((c * 100 * UNIT) / sum), d)}%`);
        // Math.round at 1/10 000 of a percent, then half-up at d ≤ 3 decimals: a correct rounding of the true share
        // except on a knife edge, which the arbitrary avoids by construction below
        fc.pre(counts.every((c) => ((c * 100 * UNIT) % sum) * 2 !== sum));
        expect(alarms(auditParts({ label, total: '100%', parts: shares, exhaustive: true }))).toEqual([]);
      }),
    );
  });

  it('a printed rate: numerator / denominator rounded at the printed decimals', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 ** 7 }),
        fc.integer({ min: 0, max: 10 ** 7 }),
        fc.integer({ min: 0, max: 3 }),
        (den, n0, d) => {
          const num = n0 % (den + 1);
          // the true percent in 1/10 000 is num·100·10 000 / den; round it exactly with integers
          const scaled = BigInt(num) * 100n * BigInt(UNIT);
          const step = BigInt(10 ** (4 - d));
          const q = (scaled * 2n + BigInt(den) * step) / (2n * BigInt(den) * step); // half-up at d decimals
          const value = Number(q * step);
          expect(alarms(auditPrintedRate({ label, numerator: num, denominator: den, printed: `${print(value, d)}%` }))).toEqual([]);
        },
      ),
    );
  });

  it('changes: current, prior and the change printed each rounded', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 * UNIT }),
        fc.integer({ min: 0, max: 100 * UNIT }),
        decimals,
        decimals,
        (cur, pri, dv, dc) => {
          fc.pre(roundAt(cur - pri, dc) !== 0);
          const diff = cur - pri;
          const change = `${diff > 0 ? 'tăng' : 'giảm'} ${print(Math.abs(diff), dc)} điểm`;
          expect(alarms(auditChange({ label, current: print(cur, dv), prior: print(pri, dv), change }))).toEqual([]);
        },
      ),
    );
  });

  it('SIPAS: a score out of 10 beside its percent, each rounded', () => {
    fc.assert(
      // p a multiple of 10 (in 1/10 000 of a percent): the score is exactly p / 10 before its own rounding
      fc.property(
        fc.integer({ min: 0, max: 10 * UNIT }).map((x) => x * 10),
        decimals,
        decimals,
        (p, dp, ds) => {
          const row = { unit: 'A', components: { access: { percent: `${print(p, dp)}%`, score: print(p / 10, ds) } } };
          expect(alarms(auditSipasTable([row]))).toEqual([]);
        },
      ),
    );
  });
});

describe('a figure beyond every rounding is an error', () => {
  it('a PAR total moved by more than the half units of its components and its own', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ v: fc.integer({ min: 0, max: 30 * UNIT }), d: decimals }), { minLength: 2, maxLength: 5 }),
        fc.constantFrom(-1, 1),
        (parts, sign) => {
          const total = parts.reduce((s, p) => s + p.v, 0);
          // the sum of the printed components is within Σ half units of the true total, and any value they allow within
          // Σ half units of that sum; the printed total is off by half a unit of 2 decimals
          const slack = 2 * parts.reduce((s, p) => s + 10 ** (4 - p.d) / 2, 0) + 10 ** 2 / 2;
          const moved = roundAt(total + sign * (slack + 2 * 10 ** 2), 2);
          fc.pre(moved >= 0);
          const row = {
            unit: 'A',
            components: Object.fromEntries(parts.map((p, k) => [`c${k}`, print(p.v, p.d)])),
            total: print(moved, 2),
          };
          expect(alarms(auditParTable([row], { maxPoints: 150 })).map((x) => x.split(' ')[1])).toEqual(['par-total-mismatch']);
        },
      ),
    );
  });
});
