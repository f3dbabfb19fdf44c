import { CchcError, issue } from '../../core/errors.js';
import type { CchcErrorCode } from '../../core/error-codes.js';

/** Throw one xlsx `CchcError` (path `[]` unless given). @internal */
export function xfail(code: CchcErrorCode, messageVi: string, messageEn: string, path: readonly (string | number)[] = []): never {
  throw new CchcError(issue(code, path, messageVi, messageEn));
}
