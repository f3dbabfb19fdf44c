import { fail, show } from '../core/errors.js';
import * as vi from '../core/messages/vi/dossier-csv.js';
import * as en from '../core/messages/en/dossier-csv.js';
import { CsvSplitter, type CsvPiece, type CsvSplitterOptions } from './_internal/csv-splitter.js';

// TextDecoder is a global of Node, Deno, Bun and browsers; declared here so the core needs no DOM or Node typings.
declare const TextDecoder: new (label?: string) => { decode(input?: Uint8Array, options?: { stream?: boolean }): string };

/** Text input: a whole CSV text, or chunks of it (strings or UTF-8 bytes), e.g. a Node readable stream.
 *
 * @example
 * ```ts
 * import type { CsvSource } from 'cchc';
 * const s = ['id,receivedAt,dueDate\n', '1,2019-09-03,2019-09-10\n'] satisfies CsvSource;
 * s.length; // 2
 * ``` */
export type CsvSource = string | Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

/** Longest piece of text handed to the splitter at once (characters). */
const STRING_SLICE = 1 << 16;

/** Check that `source` is text or chunks of text (before any reading, so that the error is thrown at the call). @internal */
export function checkCsvSource(source: unknown): asserts source is CsvSource {
  if (typeof source === 'string') return;
  if (source === null || typeof source !== 'object' || (!(Symbol.asyncIterator in source) && !(Symbol.iterator in source))) {
    fail(
      'INVALID_INPUT',
      ['source'],
      vi.INVALID_INPUT__csvSource({ received: show(source) }),
      en.INVALID_INPUT__csvSource({ received: show(source) }),
      source,
    );
  }
}

/** Chunks of text from any source, decoding UTF-8 bytes. @internal */
async function* textChunks(source: CsvSource): AsyncGenerator<string> {
  if (typeof source === 'string') {
    // Slices, so that records are built (and can be dropped) a chunk at a time even from one big string.
    for (let i = 0; i < source.length; i += STRING_SLICE) yield source.slice(i, i + STRING_SLICE);
    return;
  }
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of source as AsyncIterable<string | Uint8Array>) {
    if (typeof chunk === 'string') {
      if (chunk.length <= STRING_SLICE) yield chunk;
      else for (let i = 0; i < chunk.length; i += STRING_SLICE) yield chunk.slice(i, i + STRING_SLICE);
    } else if (chunk instanceof Uint8Array) {
      const text = decoder.decode(chunk, { stream: true });
      if (text.length <= STRING_SLICE) yield text;
      else for (let i = 0; i < text.length; i += STRING_SLICE) yield text.slice(i, i + STRING_SLICE);
    } else
      fail(
        'INVALID_INPUT',
        ['source'],
        vi.INVALID_INPUT__csvChunk({ received: show(chunk) }),
        en.INVALID_INPUT__csvChunk({ received: show(chunk) }),
        chunk,
      );
  }
  const rest = decoder.decode();
  if (rest.length > 0) yield rest;
}

/** Rows of a CSV text as arrays of fields, with line numbers, blank rows and unsplittable rows, one batch per chunk. @internal */
export async function* csvPieceBatches(source: CsvSource, options: CsvSplitterOptions): AsyncGenerator<CsvPiece[]> {
  const splitter = new CsvSplitter(options);
  for await (const text of textChunks(source)) {
    const out: CsvPiece[] = [];
    splitter.push(text, out);
    if (out.length > 0) yield out;
  }
  const out: CsvPiece[] = [];
  splitter.end(out);
  if (out.length > 0) yield out;
}
