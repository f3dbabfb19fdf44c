import { CchcError } from 'cchc';
import { measureLinearTime } from '../_support/linear-time.js';

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

/**
 * Whether a text parser runs in linear time on a family of inputs: the time on `make(10 * n)` is at most 20 times the
 * time on `make(n)` (a linear parser gives about 10; a quadratic one 100), measured by the suite's one linear-time
 * check (test/_support/linear-time.ts: CPU time, warm-up, median, retries). A refusal (CchcError) is timed like a value.
 */
export async function timeRatio(
  parse: (text: string) => unknown,
  make: (n: number) => string,
  n: number,
): Promise<{ ratio: number; base: number; big: number; detail: string }> {
  const r = await measureLinearTime(
    (text: string) => {
      try {
        parse(text);
      } catch (e) {
        if (!(e instanceof CchcError)) throw e;
      }
    },
    make,
    n,
  );
  return { ratio: r.ratio, base: r.base, big: r.large, detail: r.detail };
}
