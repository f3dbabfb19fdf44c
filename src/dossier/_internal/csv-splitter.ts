/**
 * Incremental RFC 4180 CSV splitting over string chunks: quoted fields (with "" escapes and line breaks inside),
 * CRLF or LF, any one-character delimiter. Memory is bounded by the chunk size plus one record: a record with an
 * unbalanced quote is cut off after {@link MAX_RECORD_CHARS} characters and reported, and reading resumes on the
 * next line. Pure: takes strings, returns arrays; no I/O.
 * @internal
 */

export const MAX_RECORD_CHARS = 1_000_000;

/** One split record, or a record that could not be split. */
export type CsvPiece =
  | { readonly kind: 'record'; readonly fields: string[]; readonly line: number }
  | { readonly kind: 'error'; readonly line: number; readonly messageEn: string; readonly messageVi: string };

export class CsvSplitter {
  private buf = '';
  private line = 1; // physical line number of buf[0]
  private first = true;
  private readonly delim: string;

  constructor(delimiter: string) {
    this.delim = delimiter;
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
    while (pos < n) {
      let nl = buf.indexOf('\n', pos);
      if (nl < 0) {
        if (!final) break;
        nl = n;
      }
      // Fast path: no quote on this line.
      const q = buf.indexOf('"', pos);
      if (q < 0 || q > nl) {
        const end = nl > pos && buf.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
        if (end > pos) out.push({ kind: 'record', fields: buf.slice(pos, end).split(d), line });
        pos = nl + 1;
        line++;
        continue;
      }
      // Quoted: find the line break that closes the record (an even number of quotes before it).
      let quotes = 0;
      for (let i = pos; i < nl; i++) if (buf.charCodeAt(i) === 34) quotes++;
      let lines = 1;
      let waiting = false;
      while ((quotes & 1) === 1 && nl < n && nl - pos <= MAX_RECORD_CHARS) {
        const next = buf.indexOf('\n', nl + 1);
        if (next < 0 && !final) {
          waiting = true;
          break;
        }
        const segEnd = next < 0 ? n : next;
        for (let i = nl + 1; i < segEnd; i++) if (buf.charCodeAt(i) === 34) quotes++;
        nl = segEnd;
        lines++;
      }
      if ((quotes & 1) === 1) {
        if (waiting && n - pos <= MAX_RECORD_CHARS) break; // wait for more text
        // Unbalanced quote: report the record's first line and resume after it.
        const firstNl = buf.indexOf('\n', pos);
        out.push({
          kind: 'error',
          line,
          messageEn: 'Unbalanced double quote: the quoted field is never closed',
          messageVi: 'Dấu nháy kép không cân: trường trong ngoặc kép không được đóng',
        });
        pos = firstNl < 0 ? n : firstNl + 1;
        line++;
        continue;
      }
      const close = nl;
      const end = close > pos && buf.charCodeAt(close - 1) === 13 ? close - 1 : close;
      const parsed = splitQuoted(buf, pos, end, d);
      if (parsed === null) {
        out.push({ kind: 'error', line, messageEn: 'Malformed quoting (text after a closing quote, or a quote inside an unquoted field)', messageVi: 'Ngoặc kép sai cú pháp (có ký tự sau dấu đóng ngoặc, hoặc dấu nháy trong trường không có ngoặc)' });
      } else out.push({ kind: 'record', fields: parsed, line });
      pos = close + 1;
      line += lines;
    }
    this.buf = pos >= n ? '' : buf.slice(pos);
    this.line = line;
  }
}

function splitQuoted(s: string, start: number, end: number, d: string): string[] | null {
  const fields: string[] = [];
  const dc = d.charCodeAt(0);
  let i = start;
  for (;;) {
    if (i < end && s.charCodeAt(i) === 34) {
      let value = '';
      let j = i + 1;
      for (;;) {
        const k = s.indexOf('"', j);
        if (k < 0 || k >= end) return null;
        value += s.slice(j, k);
        if (k + 1 < end && s.charCodeAt(k + 1) === 34) {
          value += '"';
          j = k + 2;
          continue;
        }
        i = k + 1;
        break;
      }
      fields.push(value.replace(/\r\n/g, '\n'));
      if (i === end) return fields;
      if (s.charCodeAt(i) !== dc) return null;
      i++;
      if (i === end) {
        fields.push('');
        return fields;
      }
    } else {
      let k = s.indexOf(d, i);
      if (k < 0 || k > end) k = end;
      const v = s.slice(i, k);
      if (v.includes('"')) return null;
      fields.push(v);
      if (k === end) return fields;
      i = k + 1;
      if (i === end) {
        fields.push('');
        return fields;
      }
    }
  }
}
