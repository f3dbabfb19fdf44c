// Delimiter detection for the CSV readers (issue 17): Excel in a Vietnamese locale writes `;`, other tools `,` or tabs.
import { CchcError, issue } from '../core/errors.js';
import * as vi from '../core/messages/vi/dossier-csv.js';
import * as en from '../core/messages/en/dossier-csv.js';

/** The delimiters detection chooses from, in order of preference on a tie of a single column. @internal */
export const DELIMITER_CANDIDATES: readonly string[] = Object.freeze([',', ';', '\t', '|']);

/** How many lines of the start of a file detection looks at. @internal */
export const SNIFF_LINES = 50;

/** Fields of one line split by `d`, quotes respected (a quote opens a field only at its start). */
function fieldCount(line: string, d: string): number {
  let n = 1;
  let inQuote = false;
  let atStart = true;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (inQuote) {
      if (c === '"') {
        if (line[i + 1] === '"') i++;
        else inQuote = false;
      }
      continue;
    }
    if (c === '"' && atStart) {
      inQuote = true;
      atStart = false;
    } else if (c === d) {
      n++;
      atStart = true;
    } else atStart = false;
  }
  return n;
}

const label = (d: string) => (d === '\t' ? 'tab' : `"${d}"`);

/**
 * The delimiter of a CSV from its first lines: for each candidate, the number of fields on each line; the candidate
 * that splits the most lines into the same number (at least 2) of fields wins (title lines above the header and a
 * decimal comma here and there do not mislead it). `','` when no candidate splits any line (a single column). Two
 * candidates that split the same lines equally well are `AMBIGUOUS_CSV_DELIMITER`: a guess could merge or split columns.
 * @internal
 */
export function sniffDelimiter(text: string, final: boolean): string {
  const lines: string[] = [];
  let pos = 0;
  while (lines.length < SNIFF_LINES && pos < text.length) {
    const m = /\r\n|\n|\r/g;
    m.lastIndex = pos;
    const x = m.exec(text);
    if (x === null) {
      if (final) lines.push(text.slice(pos));
      break;
    }
    lines.push(text.slice(pos, x.index));
    pos = x.index + x[0].length;
  }
  const body = lines.map((l, i) => (i === 0 && l.charCodeAt(0) === 0xfeff ? l.slice(1) : l)).filter((l) => l.trim() !== '');
  const scores = DELIMITER_CANDIDATES.map((d) => {
    const counts = new Map<number, number>();
    for (const l of body) {
      const n = fieldCount(l, d);
      if (n > 1) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    let fields = 1;
    let lines = 0;
    for (const [n, k] of counts) if (k > lines || (k === lines && n > fields)) [fields, lines] = [n, k];
    return { d, fields, lines };
  });
  const ranked = [...scores].sort((a, b) => b.lines - a.lines || b.fields - a.fields);
  const best = ranked[0]!;
  if (best.lines === 0) return ',';
  const second = ranked[1]!;
  if (second.lines === best.lines && second.fields === best.fields) {
    const p = { a: label(best.d), b: label(second.d), fields: best.fields, lines: best.lines };
    throw new CchcError(
      issue('AMBIGUOUS_CSV_DELIMITER', ['options', 'delimiter'], vi.AMBIGUOUS_CSV_DELIMITER__tie(p), en.AMBIGUOUS_CSV_DELIMITER__tie(p)),
    );
  }
  return best.d;
}
