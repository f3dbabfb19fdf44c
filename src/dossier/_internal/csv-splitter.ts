/**
 * Incremental RFC 4180 CSV splitting over string chunks: quoted fields (with "" escapes, delimiters and line breaks
 * inside), CRLF or LF, any one-character delimiter. A double quote opens a quoted field only at the start of a field;
 * elsewhere it is an ordinary character (as Excel and Python's csv module read it), so a stray quote never swallows
 * the rows after it. Memory is bounded by the chunk size plus one record: a quoted field that is never closed is cut
 * off after {@link MAX_RECORD_CHARS} characters (or at the end of the input) and reported, and reading resumes on the
 * next line. Blank lines, lines of spaces and rows whose fields are all empty are reported as `blank` pieces (they
 * still occupy a spreadsheet row). Pure: takes strings, returns arrays; no I/O.
 * @internal
 */

export const MAX_RECORD_CHARS = 1_000_000;

/** One split record, a blank row, or a record that could not be split. `line`: its first physical line (1-based). */
export type CsvPiece =
  | { readonly kind: 'record'; readonly fields: string[]; readonly line: number }
  | { readonly kind: 'blank'; readonly line: number }
  | { readonly kind: 'error'; readonly line: number; readonly messageEn: string; readonly messageVi: string };

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Whether every field is empty or spaces / tabs. */
function allBlank(fields: readonly string[]): boolean {
  for (const f of fields) if (f.length > 0 && f.trim() !== '') return false;
  return true;
}

export class CsvSplitter {
  private buf = '';
  private line = 1; // physical line number of buf[0]
  private first = true;
  private readonly delim: string;
  private readonly dc: number;

  constructor(delimiter: string) {
    this.delim = delimiter;
    this.dc = delimiter.charCodeAt(0);
  }

  /** Add text; returns the complete records it closes. */
  push(chunk: string, out: CsvPiece[]): void {
    if (this.first && chunk.length > 0) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      this.first = false;
    }
    this.buf = this.buf.length === 0 ? chunk : this.buf + chunk;
    this.drain(out, false);
  }

  /** End of input: returns the last record (without a final line break). */
  end(out: CsvPiece[]): void {
    this.drain(out, true);
  }

  private drain(out: CsvPiece[], final: boolean): void {
    const buf = this.buf;
    const d = this.delim;
    let pos = 0;
    let line = this.line;
    const n = buf.length;
    // Position of the next double quote at or after pos (−1: none left in buf). Cached so that a quote-free buffer is
    // scanned once, not once per line.
    let q = buf.indexOf('"');
    while (pos < n) {
      let nl = buf.indexOf('\n', pos);
      if (nl < 0) {
        if (!final) break;
        nl = n;
      }
      if (q >= 0 && q < pos) q = buf.indexOf('"', pos);
      if (q < 0 || q > nl) {
        // Fast path: no quote on this line.
        const end = nl > pos && buf.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
        const fields = end > pos ? buf.slice(pos, end).split(d) : undefined;
        if (fields === undefined || (fields[0]!.trim() === '' && allBlank(fields))) out.push({ kind: 'blank', line });
        else out.push({ kind: 'record', fields, line });
        pos = nl + 1;
        line++;
        continue;
      }
      const r = this.scan(buf, pos, n, final);
      if (r === null) break; // wait for more text
      if (r.kind === 'unclosed') {
        out.push({
          kind: 'error',
          line,
          messageEn: 'Unbalanced double quote: the quoted field is never closed',
          messageVi: 'Dấu nháy kép không cân: trường trong ngoặc kép không được đóng',
        });
        // Resume after the record's first line.
        pos = nl + 1;
        line++;
        continue;
      }
      if (r.kind === 'malformed') {
        out.push({
          kind: 'error',
          line,
          messageEn: 'Malformed quoting: text after the closing quote of a quoted field',
          messageVi: 'Ngoặc kép sai cú pháp: có ký tự sau dấu nháy đóng của trường trong ngoặc kép',
        });
      } else if (allBlank(r.fields)) out.push({ kind: 'blank', line });
      else out.push({ kind: 'record', fields: r.fields, line });
      pos = r.next;
      line += r.lines;
    }
    this.buf = pos >= n ? '' : buf.slice(pos);
    this.line = line;
  }

  /**
   * Split the record that starts at `pos` and has a quote on its first line. Returns `null` when the buffer ends
   * before the record does (and more text may come).
   */
  private scan(
    buf: string,
    pos: number,
    n: number,
    final: boolean,
  ): { kind: 'record'; fields: string[]; next: number; lines: number } | { kind: 'malformed'; next: number; lines: number } | { kind: 'unclosed' } | null {
    const dc = this.dc;
    const d = this.delim;
    const fields: string[] = [];
    let lines = 1; // physical lines the record spans
    let i = pos;
    for (;;) {
      if (i < n && buf.charCodeAt(i) === QUOTE) {
        // Quoted field.
        let value = '';
        let j = i + 1;
        for (;;) {
          const k = buf.indexOf('"', j);
          if (k < 0 || k - pos > MAX_RECORD_CHARS) {
            if (k < 0 && !final && n - pos <= MAX_RECORD_CHARS) return null;
            return { kind: 'unclosed' };
          }
          const part = buf.slice(j, k);
          for (let p = part.indexOf('\n'); p >= 0; p = part.indexOf('\n', p + 1)) lines++;
          value += part;
          if (k + 1 === n && !final) return null; // an escaped quote may be split across chunks
          if (k + 1 < n && buf.charCodeAt(k + 1) === QUOTE) {
            value += '"';
            j = k + 2;
            continue;
          }
          i = k + 1;
          break;
        }
        fields.push(value.indexOf('\r') >= 0 ? value.replace(/\r\n/g, '\n') : value);
        if (i === n) {
          if (!final) return null;
          return { kind: 'record', fields, next: n, lines };
        }
        const c = buf.charCodeAt(i);
        if (c === dc) {
          i++;
          continue;
        }
        if (c === LF) return { kind: 'record', fields, next: i + 1, lines };
        if (c === CR) {
          if (i + 1 === n) {
            if (!final) return null;
            return { kind: 'record', fields, next: n, lines };
          }
          if (buf.charCodeAt(i + 1) === LF) return { kind: 'record', fields, next: i + 2, lines };
        }
        // Text after the closing quote: the row is malformed; skip to the end of its last line.
        const e = buf.indexOf('\n', i);
        if (e < 0 && !final) return null;
        return { kind: 'malformed', next: e < 0 ? n : e + 1, lines };
      }
      // Unquoted field (a quote inside it is an ordinary character).
      let e = buf.indexOf('\n', i);
      if (e < 0) {
        if (!final) return null;
        e = n;
      }
      let k = buf.indexOf(d, i);
      if (k < 0 || k > e) k = e;
      if (k === e) {
        const end = e > i && buf.charCodeAt(e - 1) === CR ? e - 1 : e;
        fields.push(buf.slice(i, end));
        return { kind: 'record', fields, next: e === n ? n : e + 1, lines };
      }
      fields.push(buf.slice(i, k));
      i = k + 1;
    }
  }
}
