import { CchcError, issue, show, type CchcPath } from '../../core/errors.js';
import { PERIOD_DESCRIPTION_KEYS, readDateRange } from '../../core/date-range.js';
import { readOptions } from '../../core/options.js';
import * as vi from '../../core/messages/vi/dossier.js';
import * as en from '../../core/messages/en/dossier.js';

/**
 * The keys of a reporting period in an options object: `start` / `end` (a {@link Period}'s description keys too, so a
 * Period passes as it is) and the deprecated `from` / `to`. @internal
 */
export const RANGE_KEYS: readonly string[] = Object.freeze(['start', 'end', ...PERIOD_DESCRIPTION_KEYS, 'from', 'to']);

/**
 * An options object that must be given (it carries the period or `asOf`): `INVALID_INPUT` naming what is expected
 * when it is missing or not an object, `UNKNOWN_KEY` with a suggestion for a key not in `known`. @internal
 */
export function readRequiredOptions(options: unknown, known: readonly string[], expected: string): Record<string, unknown> {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    const p = { expected, received: show(options) };
    throw new CchcError(
      issue('INVALID_INPUT', ['options'], vi.INVALID_INPUT__dossierOptions(p), en.INVALID_INPUT__dossierOptions(p), options),
    );
  }
  return readOptions<Record<string, unknown>>(options, known);
}

/** An own property of an options object (`{}.toString` is not an option). @internal */
export function opt(o: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

/**
 * The reporting period of an options object, as day numbers: `start` / `end` (inclusive), or the deprecated `from` /
 * `to`. Both spellings at once, or an end before the start, is `INVALID_DATE_RANGE`; a missing or malformed bound is
 * `INVALID_DATE`. @internal
 */
export function readRange(o: Record<string, unknown>, path: CchcPath = ['options']): { start: number; end: number } {
  const start = opt(o, 'start');
  const end = opt(o, 'end');
  const from = opt(o, 'from');
  const to = opt(o, 'to');
  const modern = start !== undefined || end !== undefined;
  const legacy = from !== undefined || to !== undefined;
  if (modern && legacy) {
    const key = from !== undefined ? 'from' : 'to';
    throw new CchcError(
      issue('INVALID_DATE_RANGE', [...path, key], vi.INVALID_DATE_RANGE__dossierBoth(), en.INVALID_DATE_RANGE__dossierBoth(), opt(o, key)),
    );
  }
  return legacy ? readDateRange(from, to, path, ['from', 'to']) : readDateRange(start, end, path, ['start', 'end']);
}

/** `undefined` or a boolean, else `INVALID_INPUT`. @internal */
export function readBoolean(o: Record<string, unknown>, key: string): boolean | undefined {
  const v = opt(o, key);
  if (v === undefined || typeof v === 'boolean') return v;
  const p = { key, received: show(v) };
  throw new CchcError(
    issue('INVALID_INPUT', ['options', key], vi.INVALID_INPUT__dossierBoolean(p), en.INVALID_INPUT__dossierBoolean(p), v),
  );
}

/** `undefined` or a function, else `INVALID_INPUT`. @internal */
export function readFunction<F extends (...args: never[]) => unknown>(o: Record<string, unknown>, key: string): F | undefined {
  const v = opt(o, key);
  if (v === undefined || typeof v === 'function') return v as F | undefined;
  const p = { key, received: show(v) };
  throw new CchcError(
    issue('INVALID_INPUT', ['options', key], vi.INVALID_INPUT__dossierFunction(p), en.INVALID_INPUT__dossierFunction(p), v),
  );
}

/**
 * A grouping key as given (agency names, procedure ids …) → the key it groups under: its NFC form, so that composed and
 * decomposed Vietnamese ("Sở Tư pháp" typed on different systems) make one group. Memoised per run: one Map lookup per
 * record, no new string for a key seen before. @internal
 */
export class NfcKeys {
  private readonly seen = new Map<string, string>();
  key(text: string): string {
    let k = this.seen.get(text);
    if (k === undefined) {
      k = text.normalize('NFC');
      // Bounded: a run over millions of distinct ids would otherwise keep them all.
      if (this.seen.size < 100_000) this.seen.set(text, k);
    }
    return k;
  }
}
