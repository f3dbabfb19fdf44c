/**
 * Vietnamese text folded for matching (as `foldVi` in core: accents stripped, đ → d, lower case, runs of whitespace
 * collapsed to one space, dashes unified to "-", trimmed) together with, for every folded character, the index of the
 * character of the original text it came from. Matching happens on `text`; what is shown to people is sliced from the
 * original with {@link Folded.slice}, so it stays exactly as printed.
 * @internal
 */
export interface Folded {
  /** The folded text. */
  readonly text: string;
  /** The original text. */
  readonly original: string;
  /** The original text between two folded positions (end exclusive), trimmed. */
  slice(start: number, end?: number): string;
}

const MARKS = /[\u0300-\u036f]/g;
const DASHES = /[\u2010-\u2015\u2212]/;
const SPACE = /[\s\u00A0\u202F\u2007]/;

/** @internal */
export function fold(original: string): Folded {
  let text = '';
  // starts[i]: index in `original` where folded char i comes from; ends[i]: index just after it.
  const starts: number[] = [];
  const ends: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    const next = i + ch.length;
    if (SPACE.test(ch)) {
      if (text.length > 0 && pendingSpace < 0) pendingSpace = i;
      i = next;
      continue;
    }
    let f = ch.normalize('NFD').replace(MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase();
    if (DASHES.test(ch)) f = '-';
    if (f.length > 0 && pendingSpace >= 0) {
      text += ' ';
      starts.push(pendingSpace);
      ends.push(pendingSpace + 1);
      pendingSpace = -1;
    }
    if (f.length === 0 && ends.length > 0 && pendingSpace < 0) ends[ends.length - 1] = next; // a combining mark
    for (const c of f) {
      text += c;
      starts.push(i);
      ends.push(next);
    }
    i = next;
  }
  return {
    text,
    original,
    slice(start: number, end: number = text.length): string {
      if (end <= start) return '';
      const from = starts[start] ?? original.length;
      const to = ends[end - 1] ?? original.length;
      return original.slice(from, to).trim();
    },
  };
}
