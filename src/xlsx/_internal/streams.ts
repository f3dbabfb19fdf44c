/**
 * The Web Streams and Compression Streams this module uses, declared here so that the library needs neither DOM nor
 * Node typings. They are globals of Node ≥ 20, Deno, Bun and current browsers (Chrome 103+, Firefox 113+, Safari 16.4+
 * for `deflate-raw`): reading and writing `.xlsx` needs no dependency.
 * @internal
 */
export interface ByteReader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(reason?: unknown): Promise<void>;
  releaseLock(): void;
}
export interface ByteStream {
  getReader(): ByteReader;
  pipeThrough(transform: { writable: unknown; readable: unknown }): ByteStream;
}
interface StreamController {
  enqueue(chunk: Uint8Array): void;
  close(): void;
  error(e: unknown): void;
}
/**
 * A `Blob` (a browser `File`, or Node's `fs.openAsBlob(path)`): read by slices, never whole.
 *
 * @example
 * ```ts
 * import type { BlobLike } from 'cchc/xlsx';
 * const blob: BlobLike = new Blob([new Uint8Array([0x50, 0x4b])]);
 * blob.size; // 2
 * ```
 *
 * @category Excel
 */
export interface BlobLike {
  /** Size in bytes. */
  readonly size: number;
  /** The bytes from `start` to `end` (a view, nothing read yet). */
  slice(start?: number, end?: number): BlobLike;
  /** Read the bytes (used for the zip's directory and headers only). */
  arrayBuffer(): Promise<ArrayBuffer>;
  /** Stream the bytes (a web `ReadableStream` of `Uint8Array`; used for each part). */
  stream(): unknown;
}

declare const ReadableStream: new (source: { pull(c: StreamController): void | Promise<void>; cancel?(): void }) => ByteStream;
declare const DecompressionStream: new (format: 'deflate-raw') => { writable: unknown; readable: unknown };
declare const CompressionStream: new (format: 'deflate-raw') => { writable: unknown; readable: unknown };
declare const Blob: new (parts: readonly Uint8Array[]) => BlobLike;

/**
 * Whether the host has the Compression Streams API with `deflate-raw`.
 *
 * @category Excel
 */
export function hasCompressionStreams(): boolean {
  try {
    return (
      typeof DecompressionStream === 'function' &&
      typeof CompressionStream === 'function' &&
      new DecompressionStream('deflate-raw') !== null
    );
  } catch {
    return false;
  }
}

const PIECE = 1 << 16;

/**
 * A stream over a byte range, 64 KiB at a time (the bytes are not copied).
 *
 * @category Excel
 */
export function streamOfBytes(bytes: Uint8Array): ByteStream {
  let at = 0;
  return new ReadableStream({
    pull(c) {
      if (at >= bytes.length) {
        c.close();
        return;
      }
      const end = Math.min(bytes.length, at + PIECE);
      c.enqueue(bytes.subarray(at, end));
      at = end;
    },
  });
}

/** The largest piece of compressed bytes handed to the inflater at once: what one piece inflates to is the most held. */
const INFLATE_PIECE = 1 << 14;

/**
 * Inflate a raw-deflate stream, on demand. Not `pipeThrough`: some hosts (Node 20–24) let a pipe into a
 * `DecompressionStream` read its whole input at once and queue the whole output, which would hold an inflated sheet in
 * memory. Here a piece of at most 16 KiB of compressed bytes is written only when the reader wants more and none of
 * the output is waiting, so that memory holds the output of about one piece (typically 100–300 KB of XML; at most
 * deflate's 1:1032 ratio, 16 MiB, for a crafted file) however large the part.
 *
 * @category Excel
 */
export function inflateRaw(stream: ByteStream): ByteStream {
  const ds = new DecompressionStream('deflate-raw') as unknown as { writable: { getWriter(): Writer }; readable: ByteStream };
  const input = stream.getReader();
  const writer = ds.writable.getWriter();
  const output = ds.readable.getReader();
  let queued: Uint8Array | undefined;
  let offset = 0;
  let inputDone = false;
  type Event = { kind: 'out'; r: { done: boolean; value?: Uint8Array } } | { kind: 'in' };
  let reading: Promise<Event> | undefined;
  let writing: Promise<Event> | undefined;
  const quiet = <T>(p: Promise<T>): Promise<T> => {
    p.catch(() => {});
    return p;
  };
  async function writeNext(): Promise<void> {
    while (queued === undefined || offset >= queued.length) {
      const r = await input.read();
      if (r.done) {
        inputDone = true;
        await writer.close();
        return;
      }
      queued = r.value;
      offset = 0;
    }
    const piece = queued.subarray(offset, offset + INFLATE_PIECE);
    offset += piece.length;
    await writer.write(piece);
  }
  return new ReadableStream({
    async pull(c) {
      for (;;) {
        reading ??= quiet(output.read().then((r) => ({ kind: 'out' as const, r })));
        if (writing === undefined && !inputDone) writing = quiet(writeNext().then(() => ({ kind: 'in' as const })));
        const ev = await (writing === undefined ? reading : Promise.race([reading, writing]));
        if (ev.kind === 'in') {
          writing = undefined;
          continue;
        }
        reading = undefined;
        if (ev.r.done) c.close();
        else if (ev.r.value !== undefined && ev.r.value.length > 0) c.enqueue(ev.r.value);
        else continue;
        return;
      }
    },
    cancel() {
      void input.cancel().catch(() => {});
      void output.cancel().catch(() => {});
      void writer.abort().catch(() => {});
    },
  });
}

interface Writer {
  write(chunk: Uint8Array): Promise<void>;
  close(): Promise<void>;
  abort(reason?: unknown): Promise<void>;
}

/**
 * Deflate bytes (raw deflate, as zip stores them).
 *
 * @category Excel
 */
export async function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  const out = streamOfBytes(bytes).pipeThrough(new CompressionStream('deflate-raw'));
  return collect(out);
}

/**
 * Every chunk of a stream, joined.
 *
 * @category Excel
 */
export async function collect(stream: ByteStream): Promise<Uint8Array> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let n = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (value) {
      parts.push(value);
      n += value.length;
    }
  }
  return concat(parts, n);
}

/**
 * Join byte arrays.
 *
 * @category Excel
 */
export function concat(parts: readonly Uint8Array[], total?: number): Uint8Array {
  const n = total ?? parts.reduce((a, p) => a + p.length, 0);
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * A Blob's stream as a {@link ByteStream}.
 *
 * @category Excel
 */
export function blobStream(blob: BlobLike): ByteStream {
  return blob.stream() as ByteStream;
}

/**
 * Whether `v` looks like a Blob (a browser File, Node's Blob from `fs.openAsBlob`).
 *
 * @category Excel
 */
export function isBlobLike(v: unknown): v is BlobLike {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as BlobLike).size === 'number' &&
    typeof (v as BlobLike).slice === 'function' &&
    typeof (v as BlobLike).arrayBuffer === 'function' &&
    typeof (v as BlobLike).stream === 'function'
  );
}

export { Blob as BlobCtor };
