// The one linear-time check of the test suite (issue 12): "time on 10× the input ≤ 20 × time on the input", measured
// inside one test, robust on a loaded shared machine. Every timing test uses it; no test has a fixed millisecond bound.
//
// How it measures:
// - CPU time of this process (process.cpuUsage, user + system), not wall time: other processes on the machine do not
//   count, only what this one spent (GC included, which is part of the cost of a super-linear reader).
// - Inputs are built outside the timed region, once per size and reused (a string built by concatenation or `repeat`
//   is a rope that V8 flattens on first use: that first use is a warm-up, not timed). An input that is an iterator or
//   a generator (it has `next`) is consumed by the call, so each call gets a fresh one, built before the clock starts.
// - Warm-up runs first (the JIT compiles the hot paths on both inputs), then the median of several runs per size.
// - Pick sizes on the same side of V8's large-object threshold (about 128 KB for one object or string): an allocation
//   above it costs more per byte (its own pages), which makes a linear reader look super-linear across the threshold.
// - A call too quick to time (under `minSampleMs`) is repeated inside one sample, the same number of times at both sizes
//   scaled by the size factor, so that each sample lasts a few milliseconds.
// - On a loaded machine one attempt may still be unlucky: the check is retried (up to `attempts` times, with a pause)
//   before it fails, and it passes as soon as one attempt is within the bound. A quadratic reader gives ≈ 100 on every
//   attempt; a linear one ≈ 10.
import { expect } from 'vitest';

/** Options of {@link measureLinearTime} and {@link expectLinearTime}. */
export interface LinearTimeOptions {
  /** How much larger the large input is (default 10). */
  readonly factor?: number;
  /** The largest accepted time(large) / time(base) (default 20: twice the linear ratio). */
  readonly maxRatio?: number;
  /** Timed runs per size, of which the median is kept (default 5). */
  readonly runs?: number;
  /** Attempts before failing (default 4). */
  readonly attempts?: number;
  /** Warm-up runs on the base input before the first attempt (default 2). */
  readonly warmup?: number;
  /** A sample shorter than this (CPU ms) is made of several calls (default 5). */
  readonly minSampleMs?: number;
}

/** What {@link measureLinearTime} found: the best attempt, and every attempt's figures (for the failure message). */
export interface LinearTimeResult {
  /** time(large) / time(base) of the best attempt. */
  readonly ratio: number;
  /** CPU ms of one call on the base input (median, best attempt). */
  readonly base: number;
  /** CPU ms of one call on the large input (median, best attempt). */
  readonly large: number;
  /** Every attempt: `"base ms → large ms (×ratio)"`. */
  readonly attempts: readonly string[];
  /** A one-line summary for an assertion message. */
  readonly detail: string;
}

/** CPU milliseconds used by this process so far. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

const isPromise = (v: unknown): v is PromiseLike<unknown> => typeof (v as { then?: unknown } | null)?.then === 'function';

const isIterator = (v: unknown): boolean => typeof (v as { next?: unknown } | null)?.next === 'function';

/** The input of each call at one size: built once and reused, or fresh for each call when it is an iterator. */
function source<T>(make: (size: number) => T, size: number): (reps: number) => T[] {
  const held = make(size);
  if (isIterator(held)) {
    let first: T | undefined = held;
    return (reps) =>
      Array.from({ length: reps }, () => {
        const v = first ?? make(size);
        first = undefined;
        return v;
      });
  }
  return (reps) => new Array<T>(reps).fill(held);
}

/** CPU ms of `reps` calls of `run`, inputs made before the clock starts; a returned promise is awaited. */
async function sample<T>(run: (input: T) => unknown, inputsOf: (reps: number) => T[], reps: number): Promise<number> {
  const inputs = inputsOf(reps);
  const t0 = cpuMs();
  for (let i = 0; i < reps; i++) {
    const out = run(inputs[i]!);
    if (isPromise(out)) await out;
  }
  return cpuMs() - t0;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

/**
 * Time `run` on `make(n)` and on `make(factor × n)` (CPU time, warm-up, median of `runs`, retried on a loaded machine)
 * and return the best ratio found. `make(size)` builds an input of the given size, outside the timed region: once per
 * size (the input is reused), or once per call when it returns an iterator.
 */
export async function measureLinearTime<T>(
  run: (input: T) => unknown,
  make: (size: number) => T,
  n: number,
  options: LinearTimeOptions = {},
): Promise<LinearTimeResult> {
  const factor = options.factor ?? 10;
  const maxRatio = options.maxRatio ?? 2 * factor;
  const runs = options.runs ?? 5;
  const attempts = options.attempts ?? 4;
  const minSampleMs = options.minSampleMs ?? 5;
  const small = source(make, n);
  const big = source(make, factor * n);
  for (let i = 0; i < (options.warmup ?? 2); i++) await sample(run, small, 1);
  await sample(run, big, 1);
  // Calls per sample: enough for the base sample to last minSampleMs; the large input gets 1/factor of them (at least 1).
  const once = Math.max(await sample(run, small, 1), 0.001);
  const repsBase = Math.min(1000, Math.max(1, Math.ceil(minSampleMs / once)));
  const repsLarge = Math.max(1, Math.round(repsBase / factor));
  const tried: string[] = [];
  let best: { ratio: number; base: number; large: number } | undefined;
  for (let a = 0; a < attempts; a++) {
    if (a > 0) await new Promise((r) => setTimeout(r, 100 * a)); // let a burst of load pass
    const base: number[] = [];
    const large: number[] = [];
    // Interleaved, so that a slow period of the machine hits both sizes alike.
    for (let r = 0; r < runs; r++) {
      base.push((await sample(run, small, repsBase)) / repsBase);
      large.push((await sample(run, big, repsLarge)) / repsLarge);
    }
    const b = Math.max(median(base), 0.001);
    const l = median(large);
    const ratio = l / b;
    tried.push(`${b.toFixed(3)} ms → ${l.toFixed(3)} ms (×${ratio.toFixed(1)})`);
    if (!best || ratio < best.ratio) best = { ratio, base: b, large: l };
    if (ratio <= maxRatio) break;
  }
  const detail = `time(${factor}×) / time(1×) = ${best!.ratio.toFixed(1)} (limit ${maxRatio}); attempts: ${tried.join('; ')}`;
  return { ...best!, attempts: tried, detail };
}

/**
 * Assert that `run` is linear on inputs built by `make`: time on `make(factor × n)` ≤ `maxRatio` × time on `make(n)`
 * (defaults 10 and 20), measured as {@link measureLinearTime} does. Returns the measurement.
 */
export async function expectLinearTime<T>(
  run: (input: T) => unknown,
  make: (size: number) => T,
  n: number,
  options: LinearTimeOptions = {},
): Promise<LinearTimeResult> {
  const r = await measureLinearTime(run, make, n, options);
  expect(r.ratio, r.detail).toBeLessThanOrEqual(options.maxRatio ?? 2 * (options.factor ?? 10));
  return r;
}
