/**
 * Incremental CSV splitting over string chunks (RFC 4180 quoting), the one place where CSV text becomes rows. Pure:
 * takes strings, returns arrays; no I/O.
 *
 * - Line ends: LF, CRLF and a lone CR (old Mac and some Excel exports) all end a line, mixed in one file too.
 * - Quoting: a double quote opens a quoted field only at the start of a field (`""` inside it is one quote, and it may
 *   hold delimiters); elsewhere it is an ordinary character (`5" screen`), as Excel and Python's csv module read it.
 * - Every physical line is accounted for. By default a line break always ends the row: a quoted field that is not
 *   closed on its line makes that line a rejected row, and reading goes on with the next line, so a stray quote can
 *   never swallow the rows after it. With `multiline` (RFC 4180 §2.6: line breaks inside quoted fields) a quoted field
 *   may run over several lines, but only into a well-formed row with the header's number of fields; otherwise (never
 *   closed, text after the closing quote, another width, over the row limit) the row's first line is rejected and the
 *   lines after it are read again on their own (with line breaks inside fields off, so each line is read at most twice).
 * - Bounded memory and linear time: a line longer than {@link MAX_CSV_ROW_CHARS} is rejected (`INPUT_TOO_LARGE`) as soon
 *   as it is seen and the rest of it is skipped without being kept; a field longer than {@link MAX_CSV_FIELD_CHARS} makes
 *   its row rejected. Each character is looked at a bounded number of times, whatever the chunking.
 * - Blank lines, lines of spaces and rows whose fields are all empty are `blank` pieces (they still occupy a
 *   spreadsheet row).
 * @internal
 */
import { MAX_CSV_FIELD_CHARS, MAX_CSV_ROW_CHARS } from '../csv-limits.js';
import { formatCount } from '../../core/_internal/format-count.js';
import * as vi from '../../core/messages/vi/dossier-csv.js';
import * as en from '../../core/messages/en/dossier-csv.js';

/**
 * One split record, a blank row, or a row that could not be split. `line`: its first physical line (1-based).
 *
 * @category Dossiers
 */
export type CsvPiece =
  | { readonly kind: 'record'; readonly fields: string[]; readonly line: number }
  | { readonly kind: 'blank'; readonly line: number }
  | {
      readonly kind: 'error';
      readonly line: number;
      readonly code: 'INVALID_CSV_ROW' | 'INPUT_TOO_LARGE';
      readonly messageVi: string;
      readonly messageEn: string;
    };

/**
 * Options of {@link CsvSplitter}.
 *
 * @category Dossiers
 */
export interface CsvSplitterOptions {
  /** One character. */
  readonly delimiter: string;
  /** Whether a quoted field may hold line breaks (RFC 4180 §2.6). Default false: a line break always ends the row. */
  readonly multiline?: boolean;
  /** Limits (the documented constants unless a test sets smaller ones). */
  readonly maxRowChars?: number;
  readonly maxFieldChars?: number;
  /**
   * Continue a text read before (a byte range of a file split at line ends, read by another thread): the text does
   * not start the file (a U+FEFF first is a character, not a byte order mark), its first line is `line`, and `width`
   * is the number of fields of the file's first record (the header's width, -1 when none yet).
   */
  readonly continuation?: { readonly line: number; readonly width: number };
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Whether every field is empty or spaces / tabs. */
function allBlank(fields: readonly string[]): boolean {
  for (const f of fields) if (f.length > 0 && f.trim() !== '') return false;
  return true;
}

/** Position of the first line break (LF or CR) in `s`, or −1. */
function firstBreak(s: string): number {
  const lf = s.indexOf('\n');
  const cr = s.indexOf('\r');
  return lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
}

/** A row in progress whose quoted field runs over several lines (multiline mode). */
interface OpenRow {
  readonly fields: string[];
  /** The text of the open quoted field so far, in pieces (line breaks as "\n"). */
  parts: string[];
  readonly line: number;
  /** The lines after the first, as read (to read them again on their own if the row fails); an entry may hold a run
   * of lines joined by "\n". */
  readonly rest: string[];
  /** How many lines follow the first (the lines held in `rest`). */
  lines: number;
  chars: number;
}

type LineResult = 'done' | 'open' | 'malformed';

export class CsvSplitter {
  private readonly delim: string;
  private readonly multiline: boolean;
  private readonly maxRow: number;
  private readonly maxField: number;
  /** The incomplete last line, in pieces (no line break in it). */
  private tail: string[] = [];
  private tailLen = 0;
  /** Discarding the rest of a line already reported as too large. */
  private skipping = false;
  /** The last line ended with a CR at the end of a chunk: an LF at the start of the next chunk belongs to it. */
  private skipLF = false;
  private first = true;
  /** Physical line number of the next line to start. */
  private line = 1;
  /** Fields of the first record (the header), −1 before it. */
  private width = -1;
  private open: OpenRow | null = null;
  // The current quoted-line parse (see parseLine).
  private fields: string[] = [];
  private parts: string[] = [];

  constructor(options: CsvSplitterOptions) {
    this.delim = options.delimiter;
    this.multiline = options.multiline ?? false;
    this.maxRow = options.maxRowChars ?? MAX_CSV_ROW_CHARS;
    this.maxField = options.maxFieldChars ?? MAX_CSV_FIELD_CHARS;
    if (options.continuation !== undefined) {
      this.first = false;
      this.line = options.continuation.line;
      this.width = options.continuation.width;
    }
  }

  /** The physical line number of the next line to start (after the complete lines pushed so far). */
  get nextLine(): number {
    return this.line;
  }

  /** Whether the text pushed so far ends inside a quoted field that runs over lines (`multiline`), or an incomplete line. */
  get inRow(): boolean {
    return this.open !== null || this.tailLen > 0 || this.skipping;
  }

  /** The number of fields of the first record (−1 before it). */
  get firstWidth(): number {
    return this.width;
  }

  /** Add text; appends the rows it completes to `out`. */
  push(chunk: string, out: CsvPiece[]): void {
    if (chunk.length === 0) return;
    if (this.first) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      this.first = false;
      if (chunk.length === 0) return;
    }
    if (this.skipLF) {
      this.skipLF = false;
      if (chunk.charCodeAt(0) === LF) {
        chunk = chunk.slice(1);
        if (chunk.length === 0) return;
      }
    }
    if (this.skipping) {
      const b = firstBreak(chunk);
      if (b < 0) return;
      this.skipping = false;
      chunk = this.afterBreak(chunk, b);
      this.line++;
      if (chunk.length === 0) return;
    }
    if (this.tailLen > 0) {
      const b = firstBreak(chunk);
      if (b < 0) {
        // Still no line end: keep the pieces (joined once, when the line ends) or give up on a line too long.
        this.tail.push(chunk);
        this.tailLen += chunk.length;
        if (this.tailLen > this.maxRow) this.tooLong(out);
        return;
      }
      // The line cut by the chunk boundary is completed and read alone; the rest of the chunk is read as it is. (Read
      // as one concatenated string, every slice of the chunk cost three times as much: issue 18.)
      const next = chunk.charCodeAt(b) === CR && chunk.charCodeAt(b + 1) === LF ? b + 2 : b + 1;
      const head = this.tail.join('') + chunk.slice(0, next);
      this.tail = [];
      this.tailLen = 0;
      this.drain(head, out, false);
      if (next === chunk.length) return;
      chunk = chunk.slice(next);
      if (this.skipLF) {
        // Not reached: a CR inside the chunk is followed by its LF in `head`, or by another character.
        this.skipLF = false;
        if (chunk.charCodeAt(0) === LF) chunk = chunk.slice(1);
        if (chunk.length === 0) return;
      }
    }
    this.drain(chunk, out, false);
  }

  /** End of input: appends the last rows (a last line without a line break, a row left open). */
  end(out: CsvPiece[]): void {
    if (this.skipping) {
      this.skipping = false;
      this.line++;
    } else if (this.tailLen > 0) {
      const text = this.tail.join('');
      this.tail = [];
      this.tailLen = 0;
      this.drain(text, out, true);
    }
    if (this.open !== null) this.failOpen(out, 'INVALID_CSV_ROW', vi.INVALID_CSV_ROW__neverClosed(), en.INVALID_CSV_ROW__neverClosed());
  }

  /** The rest of `s` after the line break at `b` (CRLF counts as one; a CR at the very end may be followed by an LF). */
  private afterBreak(s: string, b: number): string {
    if (s.charCodeAt(b) === CR) {
      if (b + 1 === s.length) {
        this.skipLF = true;
        return '';
      }
      if (s.charCodeAt(b + 1) === LF) return s.slice(b + 2);
    }
    return s.slice(b + 1);
  }

  /** The line being read is longer than the row limit: report it now, and skip the rest of it. */
  private tooLong(out: CsvPiece[]): void {
    this.tail = [];
    this.tailLen = 0;
    this.skipping = true;
    if (this.open !== null) {
      this.failOpen(
        out,
        'INPUT_TOO_LARGE',
        vi.INPUT_TOO_LARGE__csvRow({ max: this.fmtMax() }),
        en.INPUT_TOO_LARGE__csvRow({ max: this.fmtMax() }),
      );
    }
    out.push(
      this.error(
        this.line,
        'INPUT_TOO_LARGE',
        vi.INPUT_TOO_LARGE__csvRow({ max: this.fmtMax() }),
        en.INPUT_TOO_LARGE__csvRow({ max: this.fmtMax() }),
      ),
    );
  }

  private fmtMax(): string {
    return formatCount(this.maxRow, 'en');
  }

  private error(line: number, code: 'INVALID_CSV_ROW' | 'INPUT_TOO_LARGE', messageVi: string, messageEn: string): CsvPiece {
    return { kind: 'error', line, code, messageVi, messageEn };
  }

  /** Split the complete lines of `buf`; keep an incomplete last line (unless `final`). */
  private drain(buf: string, out: CsvPiece[], final: boolean): void {
    const d = this.delim;
    const n = buf.length;
    const maxRow = this.maxRow;
    const maxField = this.maxField;
    let pos = 0;
    let line = this.line;
    // Next LF, CR and quote at or after pos (−1: none left in buf), cached so that a buffer without any is scanned
    // once, not once per line.
    let lf = buf.indexOf('\n');
    let cr = buf.indexOf('\r');
    let q = buf.indexOf('"');
    let dl = buf.indexOf(d);
    // Locals for the hot loop (re-read after the slow path, which may change them).
    let open = this.open !== null;
    let needWidth = this.width < 0;
    // A run of whole lines inside an open quoted field (no quote in them): taken as one slice when the run ends, not
    // one line at a time (a field of 300,000 short lines made 900,000 small strings, and time grew faster than the
    // input: ×21 for 10× the text).
    let runStart = -1;
    let runEnd = -1;
    let runChars = 0;
    let runLines = 0;
    while (pos < n) {
      if (lf >= 0 && lf < pos) lf = buf.indexOf('\n', pos);
      if (cr >= 0 && cr < pos) cr = buf.indexOf('\r', pos);
      let end = lf < 0 ? cr : cr < 0 ? lf : lf < cr ? lf : cr;
      let next = end + 1;
      if (end < 0) {
        if (!final) break;
        end = n;
        next = n;
      } else if (cr === end) {
        if (end + 1 < n) {
          if (lf === end + 1) next = end + 2;
        } else if (!final) this.skipLF = true;
      }
      if (q >= 0 && q < pos) q = buf.indexOf('"', pos);
      if (open && (q < 0 || q >= end) && end - pos <= maxRow && this.open!.chars + runChars + (end - pos) + 1 <= maxRow) {
        // A line of the open field with no quote and within the limits: it joins the run.
        if (runStart < 0) runStart = pos;
        runEnd = end;
        runChars += end - pos + 1;
        runLines++;
        line++;
        pos = next;
        continue;
      }
      if (runStart >= 0) {
        this.takeRun(buf, runStart, runEnd, runChars, runLines);
        runStart = -1;
        runChars = 0;
        runLines = 0;
      }
      if (!open && (q < 0 || q >= end) && end - pos <= maxField) {
        // Fast path: a line without a quote is one row. Its fields are cut from the chunk directly (one slice per
        // field, found with indexOf), not by slicing the line and splitting it (1.6× faster, issue 18).
        // The next delimiter's position is cached like lf / cr (each character is scanned once per chunk).
        let fields: string[] | undefined;
        if (end > pos) {
          fields = [];
          let a = pos;
          if (dl >= 0 && dl < a) dl = buf.indexOf(d, a);
          while (dl >= 0 && dl < end) {
            fields.push(buf.slice(a, dl));
            a = dl + 1;
            dl = buf.indexOf(d, a);
          }
          fields.push(buf.slice(a, end));
        }
        if (fields === undefined || (fields[0]!.trim() === '' && allBlank(fields))) out.push({ kind: 'blank', line });
        else {
          if (needWidth) {
            this.width = fields.length;
            needWidth = false;
          }
          out.push({ kind: 'record', fields, line });
        }
      } else {
        this.slowLine(buf, pos, end, line, q >= 0 && q < end, out);
        open = this.open !== null;
        needWidth = this.width < 0;
      }
      line++;
      pos = next;
    }
    if (runStart >= 0) this.takeRun(buf, runStart, runEnd, runChars, runLines);
    this.line = line;
    if (pos < n) {
      // An incomplete last line: keep it for the next chunk, unless it is already too long.
      this.tail = [buf.slice(pos)];
      this.tailLen = n - pos;
      if (this.tailLen > maxRow) this.tooLong(out);
    }
  }

  /**
   * Lines `buf[start, end)` (whole lines, no quote, within the limits) continue the open quoted field: its text gains a
   * line break and them (line ends as "\n"), exactly as {@link quotedLine} would add them one by one, in one slice.
   * They are kept once, as one entry of `rest` (split again into lines only if the row fails).
   */
  private takeRun(buf: string, start: number, end: number, chars: number, lines: number): void {
    const open = this.open!;
    let text = buf.slice(start, end);
    if (text.indexOf('\r') >= 0) text = text.replace(/\r\n?/g, '\n');
    open.parts.push('\n', text);
    open.rest.push(text);
    open.lines += lines;
    open.chars += chars;
  }

  /** A line that is long, has a quote, or continues an open row. */
  private slowLine(buf: string, pos: number, end: number, line: number, quote: boolean, out: CsvPiece[]): void {
    if (end - pos > this.maxRow) {
      if (this.open !== null)
        this.failOpen(
          out,
          'INPUT_TOO_LARGE',
          vi.INPUT_TOO_LARGE__csvRow({ max: this.fmtMax() }),
          en.INPUT_TOO_LARGE__csvRow({ max: this.fmtMax() }),
        );
      out.push(
        this.error(
          line,
          'INPUT_TOO_LARGE',
          vi.INPUT_TOO_LARGE__csvRow({ max: this.fmtMax() }),
          en.INPUT_TOO_LARGE__csvRow({ max: this.fmtMax() }),
        ),
      );
    } else if (this.open === null && !quote) this.emit(buf.slice(pos, end).split(this.delim), line, end - pos, out);
    else this.quotedLine(buf.slice(pos, end), line, out, this.multiline);
  }

  /** A complete row: blank, too large, or a record (the first one fixes the header's width). */
  private emit(fields: string[], line: number, chars: number, out: CsvPiece[]): void {
    if (chars > this.maxField) {
      for (let i = 0; i < fields.length; i++) {
        const len = fields[i]!.length;
        if (len > this.maxField) {
          const p = { column: i + 1, length: formatCount(len, 'en'), max: formatCount(this.maxField, 'en') };
          out.push(this.error(line, 'INPUT_TOO_LARGE', vi.INPUT_TOO_LARGE__csvField(p), en.INPUT_TOO_LARGE__csvField(p)));
          return;
        }
      }
    }
    if (fields[0]!.trim() === '' && allBlank(fields)) {
      out.push({ kind: 'blank', line });
      return;
    }
    if (this.width < 0) this.width = fields.length;
    out.push({ kind: 'record', fields, line });
  }

  /** A line with a quote, or the next line of an open row. */
  private quotedLine(text: string, line: number, out: CsvPiece[], multiline: boolean): void {
    const open = this.open;
    let r: LineResult;
    if (open !== null) {
      this.fields = open.fields;
      this.parts = open.parts;
      this.parts.push('\n');
      r = this.parseLine(text, true);
      open.rest.push(text);
      open.lines++;
      open.chars += text.length + 1;
    } else {
      this.fields = [];
      this.parts = [];
      r = this.parseLine(text, false);
    }
    const fields = this.fields;
    this.fields = [];
    if (open !== null) {
      if (r === 'open') {
        open.parts = this.parts;
        if (open.chars > this.maxRow) {
          this.failOpen(
            out,
            'INPUT_TOO_LARGE',
            vi.INPUT_TOO_LARGE__csvRow({ max: this.fmtMax() }),
            en.INPUT_TOO_LARGE__csvRow({ max: this.fmtMax() }),
          );
        }
        return;
      }
      if (r === 'malformed') {
        this.failOpen(out, 'INVALID_CSV_ROW', vi.INVALID_CSV_ROW__textAfterQuote(), en.INVALID_CSV_ROW__textAfterQuote());
        return;
      }
      if (this.width >= 0 && fields.length !== this.width) {
        const p = { lines: open.lines + 1, fields: fields.length, width: this.width };
        this.failOpen(out, 'INVALID_CSV_ROW', vi.INVALID_CSV_ROW__multilineWidth(p), en.INVALID_CSV_ROW__multilineWidth(p));
        return;
      }
      this.open = null;
      this.emit(fields, open.line, open.chars, out);
      return;
    }
    if (r === 'done') this.emit(fields, line, text.length, out);
    else if (r === 'malformed')
      out.push(this.error(line, 'INVALID_CSV_ROW', vi.INVALID_CSV_ROW__textAfterQuote(), en.INVALID_CSV_ROW__textAfterQuote()));
    else if (!multiline)
      out.push(this.error(line, 'INVALID_CSV_ROW', vi.INVALID_CSV_ROW__unclosedQuote(), en.INVALID_CSV_ROW__unclosedQuote()));
    else this.open = { fields, parts: this.parts, line, rest: [], lines: 0, chars: text.length };
  }

  /**
   * The open row cannot be a row: report its first line, and read the lines after it again, each on its own (line
   * breaks inside fields off, so that no line is read more than twice).
   */
  private failOpen(out: CsvPiece[], code: 'INVALID_CSV_ROW' | 'INPUT_TOO_LARGE', messageVi: string, messageEn: string): void {
    const open = this.open!;
    this.open = null;
    this.parts = [];
    out.push(this.error(open.line, code, messageVi, messageEn));
    let line = open.line;
    // An entry of `rest` is one line, or a run of lines joined by "\n" (takeRun): read again line by line.
    for (const text of open.rest.flatMap((r) => (r.indexOf('\n') < 0 ? [r] : r.split('\n')))) {
      line++;
      if (text.length > this.maxRow)
        out.push(
          this.error(
            line,
            'INPUT_TOO_LARGE',
            vi.INPUT_TOO_LARGE__csvRow({ max: this.fmtMax() }),
            en.INPUT_TOO_LARGE__csvRow({ max: this.fmtMax() }),
          ),
        );
      else if (text.indexOf('"') < 0) {
        if (text.length === 0) out.push({ kind: 'blank', line });
        else this.emit(text.split(this.delim), line, text.length, out);
      } else this.quotedLine(text, line, out, false);
    }
  }

  /**
   * Split one line into `this.fields`, continuing `this.parts` (the text of a quoted field so far) when the line starts
   * inside a quoted field. Returns `'open'` when the line ends inside a quoted field (its text is then in `this.parts`).
   * Each quoted segment is sliced once (and `""` replaced once), so that a field of many escaped quotes or many lines
   * costs linear time.
   */
  private parseLine(text: string, inQuote: boolean): LineResult {
    const d = this.delim;
    const dc = d.charCodeAt(0);
    const fields = this.fields;
    const len = text.length;
    let i = 0;
    for (;;) {
      if (inQuote) {
        let j = i;
        let escaped = false;
        let k: number;
        for (;;) {
          k = text.indexOf('"', j);
          if (k < 0 || k + 1 >= len || text.charCodeAt(k + 1) !== QUOTE) break;
          escaped = true;
          j = k + 2;
        }
        let part = k < 0 ? text.slice(i) : text.slice(i, k);
        if (escaped) part = part.split('""').join('"'); // linear (replaceAll is not, on V8, with many matches)
        if (k < 0) {
          this.parts.push(part);
          return 'open';
        }
        if (this.parts.length > 0) {
          this.parts.push(part);
          part = this.parts.join('');
          this.parts = [];
        }
        fields.push(part);
        inQuote = false;
        i = k + 1;
        if (i === len) return 'done';
        if (text.charCodeAt(i) !== dc) return 'malformed';
        i++;
        if (i === len) {
          fields.push('');
          return 'done';
        }
        continue;
      }
      // At the start of a field.
      if (text.charCodeAt(i) === QUOTE) {
        inQuote = true;
        i++;
        continue;
      }
      const k = text.indexOf(d, i);
      if (k < 0) {
        fields.push(text.slice(i));
        return 'done';
      }
      fields.push(text.slice(i, k));
      i = k + 1;
      if (i === len) {
        fields.push('');
        return 'done';
      }
    }
  }
}
