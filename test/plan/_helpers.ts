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

/** CPU milliseconds used by this process so far (user + system): unlike wall time, not inflated by other processes. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** How many calls of `fn` take about `ms` of CPU time. */
function repsFor(fn: () => void, ms: number): number {
  let reps = 1;
  for (;;) {
    const t0 = cpuMs();
    for (let i = 0; i < reps; i++) fn();
    const spent = cpuMs() - t0;
    if (spent >= ms / 4 || reps >= 1 << 20) return Math.max(1, Math.ceil((reps * ms) / Math.max(spent, 0.001)));
    reps *= 2;
  }
}

function quiet(fn: () => unknown): () => void {
  return () => {
    try {
      fn();
    } catch (e) {
      if (!(e instanceof CchcError)) throw e;
    }
  };
}

/** CPU milliseconds one call of `fn` takes: the median of `runs` timings, each over calls lasting about 20 ms. */
export function medianMs(fn: () => unknown, runs = 5): number {
  const once = quiet(fn);
  const reps = repsFor(once, 20);
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = cpuMs();
    for (let i = 0; i < reps; i++) once();
    times.push((cpuMs() - t0) / reps);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

/**
 * Whether a text parser runs in linear time on a family of inputs: the time on `make(10 * n)` is at most 20 times the
 * time on `make(n)` (a linear parser gives about 10; a quadratic one 100). CPU time (not wall time, which other
 * processes inflate), after a warm-up, the median of 5 runs of about 15 ms each, small and big measured in turn.
 */
export function timeRatio(
  parse: (text: string) => unknown,
  make: (n: number) => string,
  n: number,
): { ratio: number; base: number; big: number } {
  const smallText = make(n);
  const largeText = make(10 * n);
  const one = quiet(() => parse(smallText));
  const ten = quiet(() => parse(largeText));
  // Warm up both (the JIT compiles what the big input reaches), then measure them in turn.
  const repsOne = repsFor(one, 15);
  const repsTen = repsFor(ten, 15);
  for (const [f, reps] of [
    [one, repsOne * 3],
    [ten, repsTen * 3],
  ] as const)
    for (let i = 0; i < reps; i++) f();
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < 5; r++) {
    let t0 = cpuMs();
    for (let i = 0; i < repsOne; i++) one();
    a.push((cpuMs() - t0) / repsOne);
    t0 = cpuMs();
    for (let i = 0; i < repsTen; i++) ten();
    b.push((cpuMs() - t0) / repsTen);
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[2]!;
  const base = median(a);
  const big = median(b);
  return { ratio: big / base, base, big };
}
