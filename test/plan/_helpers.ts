import { CchcError } from 'cchc';

/** The CchcError thrown by `fn` (fails the test if it returns or throws something else). */
export function caught(fn: () => unknown): CchcError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CchcError) return e;
    throw new Error(`expected a CchcError, got ${String(e)}`);
  }
  throw new Error('expected a CchcError, but nothing was thrown');
}

/** Milliseconds one call of `fn` takes: the median of `runs` timings, each over enough calls to last about 5 ms. */
export function medianMs(fn: () => unknown, runs = 5): number {
  const once = () => {
    try {
      fn();
    } catch (e) {
      if (!(e instanceof CchcError)) throw e;
    }
  };
  once(); // warm up
  let reps = 1;
  for (let t0 = performance.now(); performance.now() - t0 < 5 && reps < 1 << 16; reps *= 2) for (let i = 0; i < reps; i++) once();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) once();
    times.push((performance.now() - t0) / reps);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/**
 * Whether a text parser runs in linear time on a family of inputs: the time on `make(10 * n)` is at most 20 times the
 * time on `make(n)` (a linear parser gives about 10; a quadratic one 100). Generous, for a loaded machine.
 */
export function timeRatio(parse: (text: string) => unknown, make: (n: number) => string, n: number): { ratio: number; base: number; big: number } {
  const small = make(n);
  const large = make(10 * n);
  const base = medianMs(() => parse(small));
  const big = medianMs(() => parse(large));
  return { ratio: big / Math.max(base, 1e-3), base, big };
}
