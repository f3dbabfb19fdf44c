/**
 * Reading a zip archive (the container of an .xlsx workbook, ECMA-376 Part 2 / APPNOTE 6.3): the central directory is
 * read from the end of the file, and each entry is streamed through `DecompressionStream('deflate-raw')`, so that an
 * entry is never held whole. The archive itself is a `Uint8Array` (held by the caller) or a `Blob` (read by slices:
 * Node's `fs.openAsBlob(path)` keeps it on disk).
 * @internal
 */
import * as vi from '../../core/messages/vi/xlsx.js';
import * as en from '../../core/messages/en/xlsx.js';
import { xfail } from './fail.js';
import { blobStream, inflateRaw, streamOfBytes, type BlobLike, type ByteStream } from './streams.js';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

/**
 * Random access to the archive's bytes.
 *
 * @category Excel
 */
export interface ZipBytes {
  readonly size: number;
  read(start: number, end: number): Promise<Uint8Array>;
  stream(start: number, end: number): ByteStream;
}

export function bytesOf(data: Uint8Array): ZipBytes {
  return {
    size: data.length,
    read: async (start, end) => data.subarray(start, end),
    stream: (start, end) => streamOfBytes(data.subarray(start, end)),
  };
}

export function bytesOfBlob(blob: BlobLike): ZipBytes {
  return {
    size: blob.size,
    read: async (start, end) => new Uint8Array(await blob.slice(start, end).arrayBuffer()),
    stream: (start, end) => blobStream(blob.slice(start, end)),
  };
}

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;

const damaged = (detail: string): never =>
  xfail('INVALID_XLSX', vi.INVALID_XLSX__damaged({ detail }), en.INVALID_XLSX__damaged({ detail }));

/** Decode an entry name: UTF-8 (flag bit 11, and what every Office writer uses), else CP437 read as Latin-1. */
function nameOf(b: Uint8Array, utf8: boolean): string {
  if (utf8) return new TextDecoder('utf-8').decode(b);
  let s = '';
  for (const c of b) s += String.fromCharCode(c);
  return s;
}
declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean },
) => { decode(input?: Uint8Array, options?: { stream?: boolean }): string };

/**
 * The entries of the archive by name (the central directory), or `INVALID_XLSX` when it is not a zip.
 *
 * @category Excel
 */
export async function readCentralDirectory(zip: ZipBytes): Promise<Map<string, ZipEntry>> {
  const size = zip.size;
  if (size < 22) {
    const head = await zip.read(0, Math.min(size, 8));
    return notZip(head);
  }
  const tailStart = Math.max(0, size - (22 + 0xffff));
  const tail = await zip.read(tailStart, size);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail[i] === 0x50 && tail[i + 1] === 0x4b && tail[i + 2] === 0x05 && tail[i + 3] === 0x06) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return notZip(await zip.read(0, Math.min(size, 8)));
  const count = u16(tail, eocd + 10);
  const cdSize = u32(tail, eocd + 12);
  const cdOffset = u32(tail, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
    xfail('XLSX_UNSUPPORTED', vi.XLSX_UNSUPPORTED__zip64(), en.XLSX_UNSUPPORTED__zip64());
  // Where the central directory really starts (an archive with bytes prepended shifts every offset by the same amount).
  const cdEnd = tailStart + eocd;
  const cdStart = cdEnd - cdSize;
  if (cdStart < 0) damaged('central directory');
  const shift = cdStart - cdOffset;
  const cd = await zip.read(cdStart, cdEnd);
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let k = 0; k < count; k++) {
    if (at + 46 > cd.length || u32(cd, at) !== 0x02014b50) damaged('central directory entry');
    const flags = u16(cd, at + 8);
    const method = u16(cd, at + 10);
    const compressedSize = u32(cd, at + 20);
    const uncompressed = u32(cd, at + 24);
    const nameLen = u16(cd, at + 28);
    const extraLen = u16(cd, at + 30);
    const commentLen = u16(cd, at + 32);
    const localOffset = u32(cd, at + 42) + shift;
    if (at + 46 + nameLen > cd.length) damaged('entry name');
    const name = nameOf(cd.subarray(at + 46, at + 46 + nameLen), (flags & 0x800) !== 0)
      .replace(/\\/g, '/')
      .replace(/^\/+/, '');
    if (compressedSize === 0xffffffff || uncompressed === 0xffffffff || u32(cd, at + 42) === 0xffffffff) {
      xfail('XLSX_UNSUPPORTED', vi.XLSX_UNSUPPORTED__zip64(), en.XLSX_UNSUPPORTED__zip64());
    }
    // Part names are case-insensitive (OPC); the first of two equal names wins.
    const key = name.toLowerCase();
    if (!entries.has(key)) entries.set(key, Object.freeze({ name, method, flags, compressedSize, size: uncompressed, localOffset }));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

async function notZip(head: Uint8Array): Promise<never> {
  // An OLE compound file: an old .xls, or an encrypted .xlsx (Office wraps those in OLE).
  if (head.length >= 4 && head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) {
    xfail('INVALID_XLSX', vi.INVALID_XLSX__oldXls(), en.INVALID_XLSX__oldXls());
  }
  return xfail('INVALID_XLSX', vi.INVALID_XLSX__notZip(), en.INVALID_XLSX__notZip());
}

/**
 * The bytes of an entry as a stream (inflated), checked against `maxBytes` inflated.
 *
 * @category Excel
 */
export async function entryStream(zip: ZipBytes, e: ZipEntry): Promise<ByteStream> {
  if ((e.flags & 1) !== 0) xfail('XLSX_UNSUPPORTED', vi.XLSX_UNSUPPORTED__encrypted(), en.XLSX_UNSUPPORTED__encrypted());
  if (e.method !== 0 && e.method !== 8)
    xfail(
      'XLSX_UNSUPPORTED',
      vi.XLSX_UNSUPPORTED__method({ part: e.name, method: e.method }),
      en.XLSX_UNSUPPORTED__method({ part: e.name, method: e.method }),
    );
  const head = await zip.read(e.localOffset, e.localOffset + 30);
  if (head.length < 30 || u32(head, 0) !== 0x04034b50) damaged(`local header of ${e.name}`);
  const start = e.localOffset + 30 + u16(head, 26) + u16(head, 28);
  const end = start + e.compressedSize;
  if (end > zip.size) damaged(`data of ${e.name}`);
  const raw = zip.stream(start, end);
  return e.method === 8 ? inflateRaw(raw) : raw;
}
