import { foldVi } from './_internal/fold-vi.js';
import { CchcError, issue, show } from './errors.js';
import * as vi from './messages/vi/core.js';
import * as en from './messages/en/core.js';

/** Keys, names and values are compared folded: accents, case, spaces, `_` and `-` do not matter. */
function fold(text: string): string {
  return foldVi(text).replace(/[\s_-]+/g, '');
}

/**
 * Edit distance between two strings with adjacent transpositions (optimal string alignment), giving up once the
 * distance exceeds `limit` (so a long input costs O(limit × length), never quadratic in a hostile string).
 */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1))
        d = Math.min(d, prev2[j - 2]! + 1);
      cur.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * The closest of `candidates` to `input`, for "did you mean …?" (có phải ý bạn là …?): accents, case, spaces, `_` and
 * `-` are ignored, and a candidate is suggested only when it is within about a third of its length in edits
 * (`resolvedOn` → `resolvedAt`, `chanel` → `channel`, `slaWorkingdays` → `slaWorkingDays`, `calender` → `calendar`).
 * `undefined` when nothing is close. Inputs longer than 200 characters are never matched.
 *
 * @example
 * ```ts
 * import { suggestKey } from 'cchc';
 * suggestKey('denominater', ['denominator', 'rounding']); // 'denominator'
 * suggestKey('colour', ['denominator', 'rounding']); // undefined
 * ```
 *
 * @category Core
 */
export function suggestKey(input: string, candidates: readonly string[]): string | undefined {
  if (!Array.isArray(candidates)) {
    const p = { expected: en.INVALID_INPUT__expectedArray(), received: show(candidates) };
    const pv = { expected: vi.INVALID_INPUT__expectedArray(), received: show(candidates) };
    throw new CchcError(issue('INVALID_INPUT', ['candidates'], vi.INVALID_INPUT__type(pv), en.INVALID_INPUT__type(p), candidates));
  }
  if (typeof input !== 'string' || input.length === 0 || input.length > 200) return undefined;
  const a = fold(input);
  let best: string | undefined;
  let bestD = Number.POSITIVE_INFINITY;
  for (const c of candidates) {
    if (typeof c !== 'string' || c === input) continue;
    const b = fold(c);
    const limit = Math.max(1, Math.floor(Math.max(a.length, b.length) / 3));
    const d = distance(a, b, limit);
    if (d <= limit && d < bestD) {
      best = c;
      bestD = d;
    }
  }
  return best;
}
