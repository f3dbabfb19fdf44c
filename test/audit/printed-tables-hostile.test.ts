// Issue 16's constructs under hostile and huge input (issue 12's rules): linear time (time(10×) against time(1×) in
// one test), huge numbers refused at once with INPUT_TOO_LARGE, never a hang.
import { describe, expect, it } from 'vitest';
import {
  auditChange,
  auditDocument,
  auditParTable,
  auditSipasTable,
  auditTaskSummary,
  CchcError,
  impliedBase,
  parseViApproximate,
} from 'cchc';

/** Median milliseconds of `runs` calls. */
function median(fn: () => unknown, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}
/** time(10×) ≤ 20 × time(1×), measured in one test (generous for a loaded machine; a floor absorbs timer noise). */
function expectLinear(run: (n: number) => unknown, n: number): void {
  run(n);
  const base = Math.max(
    median(() => run(n)),
    1,
  );
  const big = median(() => run(10 * n), 3);
  expect(big, `${n}: ${base.toFixed(1)} ms, ${10 * n}: ${big.toFixed(1)} ms`).toBeLessThanOrEqual(20 * base);
}
const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    if (e instanceof CchcError) return e.code;
    throw e;
  }
  return undefined;
};
const label = { vi: 'x', en: 'x' };

describe('linear time', () => {
  it('auditParTable: ranks of values printed at mixed precisions, every rank off, with changes against a prior table', () =>
    expectLinear((n) => {
      const rows = Array.from({ length: n }, (_, i) => ({
        unit: `U${i}`,
        total: i % 2 ? '50,0' : '50,02',
        rank: n - i,
        change: { rank: 'tăng 1 bậc' },
      }));
      const prior = rows.map((r, i) => ({ unit: r.unit, total: '49', rank: Math.min(n - i + 1, n) }));
      return auditParTable(rows, { rankBy: 'total', prior, of: n });
    }, 300));
  it('auditSipasTable: an excerpt and a whole ranking', () =>
    expectLinear((n) => {
      auditSipasTable(
        Array.from({ length: n }, (_, i) => ({
          unit: `U${i}`,
          index: `${(90 - (i * 40) / n).toFixed(2).replace('.', ',')}%`,
          rank: 2 * i + 1,
        })),
        { of: 2 * n + 1 },
      );
      return auditSipasTable(
        Array.from({ length: n }, (_, i) => ({
          unit: `U${i}`,
          index: '80%',
          rank: i + 1,
          components: { access: { score: '8,0', percent: '80%' } },
        })),
      );
    }, 300));
  it('auditDocument with many checks', () =>
    expectLinear(
      (n) =>
        auditDocument({
          type: 'checks',
          checks: Array.from({ length: n }, (_, i) =>
            i % 3 === 0
              ? { kind: 'change' as const, label, current: '87,61', prior: '85,51', change: 'tăng 2,1 điểm' }
              : i % 3 === 1
                ? { kind: 'task-summary' as const, label, completed: '28/32', printed: { completedRate: '87,5%' } }
                : { kind: 'implied-base' as const, label, part: 240, rate: '6,75%' },
          ),
        }),
      100,
    ));
});

describe('huge figures are refused at once', () => {
  const digits = '9'.repeat(1_000_000);
  it('in every new construct', () => {
    const t = performance.now();
    expect(codeOf(() => parseViApproximate(`gần ${digits}`))).toMatch(/INPUT_TOO_LARGE|TEXT_TOO_LONG/);
    expect(codeOf(() => auditChange({ label, current: digits, change: 'tăng 1 điểm' }))).toBe('INPUT_TOO_LARGE');
    expect(codeOf(() => auditChange({ label, current: 1, change: `tăng ${digits} điểm` }))).toMatch(/INPUT_TOO_LARGE|TEXT_TOO_LONG/);
    expect(codeOf(() => auditSipasTable([{ unit: 'A', index: `${digits}%` }]))).toBe('INPUT_TOO_LARGE');
    expect(codeOf(() => auditTaskSummary({ label, assigned: digits }))).toBe('INPUT_TOO_LARGE');
    expect(codeOf(() => impliedBase(digits, '1%'))).toBe('INPUT_TOO_LARGE');
    expect(codeOf(() => auditParTable([{ unit: 'A', total: 1, rank: digits }]))).toMatch(/INPUT_TOO_LARGE|TEXT_TOO_LONG|PAR_INVALID_RANK/);
    expect(performance.now() - t).toBeLessThan(5000);
  });
});
