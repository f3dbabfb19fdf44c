/**
 * An .xlsx workbook opened for reading: its sheets (names in tab order, with their parts), the shared-string table,
 * the number formats of the cell styles and the date system. The parts are found through the package relationships
 * (`_rels/.rels`, `xl/_rels/workbook.xml.rels`), not by assumed names, so workbooks from other writers (LibreOffice,
 * Google Sheets, openpyxl, XlsxWriter, .NET Open XML SDK with `x:` prefixes, strict OOXML) are read alike.
 * @internal
 */
import { show } from '../../core/errors.js';
import { formatNumber } from '../../core/format-number.js';
import * as vi from '../../core/messages/vi/xlsx.js';
import * as en from '../../core/messages/en/xlsx.js';
import { MAX_XLSX_PART_BYTES } from '../../core/limits.js';
import { formatInfo, type FormatInfo } from './dates.js';
import { xfail } from './fail.js';
import { attribute, attributes, decodeOoxmlText, decodeXml, escapeCdata, XmlScanner, type XmlHandler } from './xml.js';
import { bytesOf, bytesOfBlob, entryStream, readCentralDirectory, type ZipBytes, type ZipEntry } from './zip-read.js';
import { hasCompressionStreams, isBlobLike } from './streams.js';

declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean },
) => { decode(input?: Uint8Array, options?: { stream?: boolean }): string };

/**
 * What an .xlsx reader accepts: the file's bytes, or a `Blob` / `File` (read by slices).
 *
 * @category Excel
 */
export type XlsxSource = Uint8Array | ArrayBuffer | import('./streams.js').BlobLike;

export interface SheetInfo {
  readonly name: string;
  readonly part: string;
  readonly hidden: boolean;
}

export interface Workbook {
  readonly sheets: readonly SheetInfo[];
  readonly date1904: boolean;
  readonly formats: readonly FormatInfo[];
  /** The shared strings (read on first use). */
  sharedStrings(): Promise<readonly string[]>;
  /** Stream a part's text to a scanner handler. */
  scan(part: string, handler: XmlHandler, maxBytes: number): Promise<void>;
  /** The same, pausing after each chunk (so that a consumer can take what the handler collected). */
  scanChunks(part: string, handler: XmlHandler, maxBytes: number): AsyncGenerator<void>;
}

/**
 * Check and wrap a source before anything is read (so that the error is thrown at the call).
 *
 * @category Excel
 */
export function zipBytesOf(source: unknown): ZipBytes {
  if (source instanceof Uint8Array) return bytesOf(source);
  if (source instanceof ArrayBuffer) return bytesOf(new Uint8Array(source));
  if (isBlobLike(source)) return bytesOfBlob(source);
  return xfail('INVALID_XLSX', vi.INVALID_XLSX__source({ received: show(source) }), en.INVALID_XLSX__source({ received: show(source) }), [
    'source',
  ]);
}

/** Resolve a relationship target against the part that holds the relationship. */
function resolveTarget(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = from.includes('/') ? from.slice(0, from.lastIndexOf('/') + 1) : '';
  const parts = (base + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** The rels part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
function relsOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

export async function openWorkbook(source: unknown): Promise<Workbook> {
  const zip = zipBytesOf(source);
  if (!hasCompressionStreams()) xfail('XLSX_UNSUPPORTED', vi.XLSX_UNSUPPORTED__host(), en.XLSX_UNSUPPORTED__host());
  const entries = await readCentralDirectory(zip);
  const entry = (part: string): ZipEntry | undefined => entries.get(part.toLowerCase());

  async function scan(part: string, handler: XmlHandler, maxBytes: number): Promise<void> {
    for await (const _ of scanChunks(part, handler, maxBytes)) void _;
  }

  async function* scanChunks(part: string, handler: XmlHandler, maxBytes: number): AsyncGenerator<void> {
    const e = entry(part);
    if (e === undefined) xfail('INVALID_XLSX', vi.INVALID_XLSX__missingPart({ part }), en.INVALID_XLSX__missingPart({ part }));
    // A part declared larger than its bound is refused before it is inflated; one that lies about its size is stopped
    // by the count of inflated bytes below.
    const tooLarge = (): never => {
      const max = formatNumber(maxBytes, { locale: 'en' });
      return xfail('INVALID_XLSX', vi.INVALID_XLSX__tooLarge({ part, max }), en.INVALID_XLSX__tooLarge({ part, max }));
    };
    if (e.size > maxBytes) tooLarge();
    const stream = await entryStream(zip, e);
    const reader = stream.getReader();
    const decoder = new TextDecoder('utf-8');
    const scanner = new XmlScanner(handler, part);
    let n = 0;
    let first = true;
    try {
      for (;;) {
        let r: { done: boolean; value?: Uint8Array };
        try {
          r = await reader.read();
        } catch (err) {
          const detail = `${part}: ${err instanceof Error ? err.message : String(err)}`;
          return xfail('INVALID_XLSX', vi.INVALID_XLSX__damaged({ detail }), en.INVALID_XLSX__damaged({ detail }));
        }
        if (r.done) break;
        const value = r.value!;
        n += value.length;
        if (n > maxBytes) tooLarge();
        let text = decoder.decode(value, { stream: true });
        if (first && text.length > 0) {
          if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
          first = false;
        }
        if (text.length > 0) {
          scanner.push(text);
          yield;
        }
      }
      const last = decoder.decode();
      if (last.length > 0) scanner.push(last);
      scanner.end();
    } finally {
      try {
        await reader.cancel();
      } catch {
        // already closed
      }
    }
  }

  /** Relationships of a part: id → { target part, type }. */
  async function rels(part: string): Promise<Map<string, { target: string; type: string }>> {
    const m = new Map<string, { target: string; type: string }>();
    const relsPart = relsOf(part);
    if (entry(relsPart) === undefined) return m;
    await scan(
      relsPart,
      {
        open(name, raw) {
          if (name !== 'Relationship') return;
          const a = attributes(raw);
          const id = a.get('Id');
          const target = a.get('Target');
          if (id === undefined || target === undefined || a.get('TargetMode') === 'External') return;
          m.set(id, { target: resolveTarget(part, target), type: a.get('Type') ?? '' });
        },
        close() {},
        text() {},
      },
      MAX_XLSX_PART_BYTES,
    );
    return m;
  }

  // The workbook part: from the package relationships (officeDocument), else the usual name.
  const root = await rels('');
  let workbookPart = [...root.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  if (entry(workbookPart) === undefined) {
    if (entry('xl/workbook.xml') !== undefined) workbookPart = 'xl/workbook.xml';
    else if (entries.has('[content_types].xml'))
      xfail('INVALID_XLSX', vi.INVALID_XLSX__missingPart({ part: workbookPart }), en.INVALID_XLSX__missingPart({ part: workbookPart }));
    else xfail('INVALID_XLSX', vi.INVALID_XLSX__notZip(), en.INVALID_XLSX__notZip());
  }
  const wbRels = await rels(workbookPart);
  const sheetRefs: { name: string; rid: string; hidden: boolean }[] = [];
  let date1904 = false;
  await scan(
    workbookPart,
    {
      open(name, raw) {
        if (name === 'sheet') {
          const a = attributes(raw);
          const state = a.get('state');
          sheetRefs.push({ name: a.get('name') ?? '', rid: a.get('id') ?? '', hidden: state === 'hidden' || state === 'veryHidden' });
        } else if (name === 'workbookPr') {
          const v = attribute(raw, 'date1904');
          date1904 = v === '1' || v === 'true';
        }
      },
      close() {},
      text() {},
    },
    MAX_XLSX_PART_BYTES,
  );
  const sheets: SheetInfo[] = [];
  for (const s of sheetRefs) {
    const r = wbRels.get(s.rid);
    // Chart sheets and dialog sheets hold no cells.
    if (r === undefined || !r.type.endsWith('/worksheet')) continue;
    sheets.push(Object.freeze({ name: s.name, part: r.target, hidden: s.hidden }));
  }
  const sstPart = [...wbRels.values()].find((r) => r.type.endsWith('/sharedStrings'))?.target;
  const stylesPart = [...wbRels.values()].find((r) => r.type.endsWith('/styles'))?.target;

  // Styles: the number format of each cell style (cellXfs), as date / percent / decimals.
  const formats: FormatInfo[] = [];
  if (stylesPart !== undefined && entry(stylesPart) !== undefined) {
    const codes = new Map<number, string>();
    let inXfs = false;
    await scan(
      stylesPart,
      {
        open(name, raw) {
          if (name === 'numFmt') {
            const a = attributes(raw);
            const id = Number(a.get('numFmtId'));
            if (Number.isInteger(id)) codes.set(id, a.get('formatCode') ?? '');
          } else if (name === 'cellXfs') inXfs = true;
          else if (name === 'xf' && inXfs) {
            const id = Number(attribute(raw, 'numFmtId') ?? '0');
            formats.push(formatInfo(id, codes.get(id)));
          }
        },
        close(name) {
          if (name === 'cellXfs') inXfs = false;
        },
        text() {},
      },
      MAX_XLSX_PART_BYTES,
    );
  }

  let sst: readonly string[] | undefined;
  async function sharedStrings(): Promise<readonly string[]> {
    if (sst !== undefined) return sst;
    const list: string[] = [];
    if (sstPart !== undefined && entry(sstPart) !== undefined) {
      let inSi = false;
      let inT = false;
      let phonetic = 0;
      let parts: string[] = [];
      let raw: string[] = [];
      await scan(
        sstPart,
        {
          open(name, _raw, self) {
            if (name === 'si') {
              inSi = true;
              parts = [];
              if (self) {
                list.push('');
                inSi = false;
              }
            } else if (name === 'rPh') phonetic++;
            else if (name === 't' && inSi && phonetic === 0 && !self) {
              inT = true;
              raw = [];
            }
          },
          close(name) {
            if (name === 't' && inT) {
              inT = false;
              parts.push(decodeOoxmlText(decodeXml(raw.length === 1 ? raw[0]! : raw.join(''))));
            } else if (name === 'rPh') phonetic--;
            else if (name === 'si' && inSi) {
              list.push(parts.length === 1 ? parts[0]! : parts.join(''));
              inSi = false;
            }
          },
          text(t, decoded) {
            if (inT) raw.push(decoded ? escapeCdata(t) : t);
          },
        },
        MAX_XLSX_PART_BYTES,
      );
    }
    sst = list;
    return sst;
  }

  return { sheets, date1904, formats, sharedStrings, scan, scanChunks };
}
