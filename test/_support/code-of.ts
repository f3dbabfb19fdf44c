import { CchcError } from 'cchc';

/** The code of the CchcError `fn` throws, or undefined when it does not throw. Other errors propagate. */
export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof CchcError) return e.code;
    throw e;
  }
  return undefined;
}
