// The linear-time helper tells a linear function from a quadratic one (so that the timing tests that use it can fail).
import { describe, expect, it } from 'vitest';
import { expectLinearTime, measureLinearTime } from './linear-time.js';

describe('test/_support/linear-time.ts', () => {
  it('passes a linear function (a sum over an array)', async () => {
    const r = await expectLinearTime(
      (a: Float64Array) => {
        let s = 0;
        for (let i = 0; i < a.length; i++) s += a[i]!;
        return s;
      },
      (n) => new Float64Array(n).fill(1),
      20_000,
    );
    expect(r.attempts.length).toBeGreaterThanOrEqual(1);
  });

  it('fails a quadratic function (ratio ≈ 100), on every attempt', async () => {
    const r = await measureLinearTime(
      (n: number) => {
        let s = 0;
        for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) s += (i ^ j) & 1;
        return s;
      },
      (n) => n,
      400,
      { attempts: 2 },
    );
    expect(r.ratio, r.detail).toBeGreaterThan(20);
    expect(r.attempts).toHaveLength(2);
  });

  it('awaits a function that returns a promise (async readers)', async () => {
    const r = await measureLinearTime(
      async (n: number) => {
        let s = 0;
        for (let i = 0; i < n; i++) s += i;
        return s;
      },
      (n) => n,
      100_000,
      { attempts: 1 },
    );
    expect(Number.isFinite(r.ratio)).toBe(true);
  });
});
