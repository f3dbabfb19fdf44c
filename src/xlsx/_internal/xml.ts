/**
 * A small streaming XML scanner for the parts of an .xlsx workbook (SpreadsheetML is plain XML: elements, attributes,
 * text, entities; no DTD). Push-based over string chunks, linear time: text is handed on as it comes, only an
 * unfinished tag is kept between chunks (at most `MAX_XLSX_TAG_CHARS`). A DOCTYPE is refused (no entity expansion,
 * no external entities: the parts of a workbook never have one). Element names are local names (`x:row` → `row`),
 * attributes are keyed by local name.
 * @internal
 */
import * as vi from '../../core/messages/vi/xlsx.js';
import * as en from '../../core/messages/en/xlsx.js';
import { MAX_XLSX_TAG_CHARS } from '../../core/limits.js';
import { xfail } from './fail.js';

export interface XmlHandler {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Text between tags; `decoded`: CDATA (no entities to decode). */
  text(raw: string, decoded: boolean): void;
}

const localName = (name: string) => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

export class XmlScanner {
  private rest = '';
  constructor(
    private readonly handler: XmlHandler,
    private readonly part: string,
  ) {}

  private bad(detail: string): never {
    return xfail('INVALID_XLSX', vi.INVALID_XLSX__xml({ part: this.part, detail }), en.INVALID_XLSX__xml({ part: this.part, detail }));
  }

  push(chunk: string): void {
    const buf = this.rest.length > 0 ? this.rest + chunk : chunk;
    this.rest = '';
    const h = this.handler;
    const n = buf.length;
    let i = 0;
    while (i < n) {
      const lt = buf.indexOf('<', i);
      if (lt < 0) {
        h.text(buf.slice(i), false);
        return;
      }
      if (lt > i) h.text(buf.slice(i, lt), false);
      const c1 = buf.charCodeAt(lt + 1);
      if (lt + 1 >= n) return this.keep(buf, lt);
      if (c1 === 33 /* ! */) {
        if (buf.startsWith('<!--', lt)) {
          const e = buf.indexOf('-->', lt + 4);
          if (e < 0) return this.keep(buf, lt);
          i = e + 3;
          continue;
        }
        if (buf.startsWith('<![CDATA[', lt)) {
          const e = buf.indexOf(']]>', lt + 9);
          if (e < 0) return this.keep(buf, lt);
          h.text(buf.slice(lt + 9, e), true);
          i = e + 3;
          continue;
        }
        if (n - lt < 9) return this.keep(buf, lt);
        this.bad('DOCTYPE');
      }
      if (c1 === 63 /* ? */) {
        const e = buf.indexOf('?>', lt + 2);
        if (e < 0) return this.keep(buf, lt);
        i = e + 2;
        continue;
      }
      // An element tag: its end is the first '>' outside quotes.
      let j = lt + 1;
      let q = 0;
      for (; j < n; j++) {
        const c = buf.charCodeAt(j);
        if (q !== 0) {
          if (c === q) q = 0;
        } else if (c === 34 || c === 39) q = c;
        else if (c === 62) break;
      }
      if (j >= n) return this.keep(buf, lt);
      if (c1 === 47 /* / */) {
        h.close(localName(buf.slice(lt + 2, j).trim()));
      } else {
        let end = j;
        const self = buf.charCodeAt(j - 1) === 47;
        if (self) end--;
        let k = lt + 1;
        while (k < end) {
          const c = buf.charCodeAt(k);
          if (c === 32 || c === 9 || c === 10 || c === 13) break;
          k++;
        }
        const name = buf.slice(lt + 1, k);
        if (name.length === 0) this.bad('empty element name');
        h.open(localName(name), k < end ? buf.slice(k, end) : '', self);
        if (self) h.close(localName(name));
      }
      i = j + 1;
    }
  }

  private keep(buf: string, from: number): void {
    if (buf.length - from > MAX_XLSX_TAG_CHARS) this.bad('tag too long');
    this.rest = buf.slice(from);
  }

  end(): void {
    if (this.rest.length > 0) this.bad('unfinished tag at the end');
  }
}

const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * The attributes of a tag, by local name, values decoded.
 *
 * @category Excel
 */
export function attributes(raw: string): Map<string, string> {
  const m = new Map<string, string>();
  if (raw.length === 0) return m;
  ATTR.lastIndex = 0;
  for (let x = ATTR.exec(raw); x !== null; x = ATTR.exec(raw)) {
    const name = x[1]!;
    if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
    const key = localName(name);
    if (!m.has(key)) m.set(key, decodeXml(x[2] ?? x[3] ?? ''));
  }
  return m;
}

/**
 * One attribute of a tag (local name), or `undefined`: the fast path for the few attributes of a cell.
 *
 * @category Excel
 */
export function attribute(raw: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const k = raw.indexOf(name, from);
    if (k < 0) return undefined;
    from = k + name.length;
    const before = k === 0 ? 32 : raw.charCodeAt(k - 1);
    if (before !== 32 && before !== 9 && before !== 10 && before !== 13 && before !== 58 /* : */) continue;
    let e = from;
    while (e < raw.length && (raw.charCodeAt(e) === 32 || raw.charCodeAt(e) === 9)) e++;
    if (raw.charCodeAt(e) !== 61 /* = */) continue;
    e++;
    while (e < raw.length && (raw.charCodeAt(e) === 32 || raw.charCodeAt(e) === 9)) e++;
    const q = raw.charCodeAt(e);
    if (q !== 34 && q !== 39) continue;
    const close = raw.indexOf(q === 34 ? '"' : "'", e + 1);
    if (close < 0) return undefined;
    // An attribute of another namespace with the same local name ("r:id") is still this one; xmlns never is.
    if (before === 58) {
      const s = raw.lastIndexOf(' ', k);
      if (raw.slice(s + 1, k - 1) === 'xmlns') continue;
    }
    return decodeXml(raw.slice(e + 1, close));
  }
}

const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g;

/**
 * Decode the predefined entities and character references.
 *
 * @category Excel
 */
export function decodeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(ENTITY, (all, e: string) => {
    switch (e) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
    }
    const code = e.charCodeAt(1) === 120 ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : all;
  });
}

const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * Undo SpreadsheetML's `_xHHHH_` escapes of characters XML cannot hold (ST_Xstring: `_x000D_` is a CR).
 *
 * @category Excel
 */
export function decodeOoxmlText(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(OOXML_ESCAPE, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
}

/**
 * Text for an XML element or attribute: `& < > "` escaped; characters XML 1.0 cannot hold written as `_xHHHH_`.
 *
 * @category Excel
 */
export function escapeXml(s: string): string {
  let out = s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
  // A literal "_x0041_" in the text must survive a round trip: its underscore is escaped as _x005F_.
  if (out.indexOf('_x') >= 0) out = out.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
  // eslint-disable-next-line no-control-regex
  return out.replace(
    /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
    (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}

/**
 * CDATA text in the escaped form of ordinary text (so that it can be joined with it and decoded once).
 *
 * @category Excel
 */
export function escapeCdata(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
}
