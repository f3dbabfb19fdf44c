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
