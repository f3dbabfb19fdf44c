import { fail, show } from '../core/errors.js';
import * as vi from '../core/messages/vi/dossier-csv.js';
import * as en from '../core/messages/en/dossier-csv.js';
import { CsvSplitter, type CsvPiece, type CsvSplitterOptions } from './_internal/csv-splitter.js';
import { sniffDelimiter, SNIFF_LINES } from './csv-delimiter.js';
import { ByteTextDecoder, SNIFF_BYTES, type DetectedEncoding, type TextEncodingName } from './csv-encoding.js';

/** Text input: a whole CSV text, or chunks of it (strings, or bytes in the file's encoding), e.g. a Node readable stream.
 *
 * @example
 * ```ts
 * import type { CsvSource } from 'cchc';
 * const s = ['id,receivedAt,dueDate\n', '1,2019-09-03,2019-09-10\n'] satisfies CsvSource;
 * s.length; // 2
 * ```
 *
 * @category Dossiers
 */
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

/** What reading found out about the text: its encoding (for bytes) and its delimiter. @internal */
export interface CsvTextInfo {
  encoding?: DetectedEncoding;
  delimiter?: string;
  /** The sheet of a workbook the rows come from. */
  sheet?: string;
}

function* slices(text: string): Generator<string> {
  if (text.length <= STRING_SLICE) {
    if (text.length > 0) yield text;
  } else for (let i = 0; i < text.length; i += STRING_SLICE) yield text.slice(i, i + STRING_SLICE);
}

/** Chunks of text from any source, decoding bytes (see {@link TextEncodingName}). @internal */
async function* textChunks(source: CsvSource, encoding: TextEncodingName, info: CsvTextInfo): AsyncGenerator<string> {
  if (typeof source === 'string') {
    // Slices, so that records are built (and can be dropped) a chunk at a time even from one big string.
    yield* slices(source);
    return;
  }
  let decoder: ByteTextDecoder | undefined;
  for await (const chunk of source as AsyncIterable<string | Uint8Array>) {
    if (typeof chunk === 'string') yield* slices(chunk);
    else if (chunk instanceof Uint8Array) {
      decoder ??= new ByteTextDecoder(encoding);
      yield* slices(decoder.push(chunk));
      if (decoder.detected !== undefined) info.encoding = decoder.detected;
    } else
      fail(
        'INVALID_INPUT',
        ['source'],
        vi.INVALID_INPUT__csvChunk({ received: show(chunk) }),
        en.INVALID_INPUT__csvChunk({ received: show(chunk) }),
        chunk,
      );
  }
  if (decoder !== undefined) {
    yield* slices(decoder.end());
    if (decoder.detected !== undefined) info.encoding = decoder.detected;
  }
}

/** Options of {@link csvPieceBatches}: the splitter's, with `delimiter: 'auto'` allowed, and the encoding of bytes. @internal */
export interface CsvPieceOptions extends Omit<CsvSplitterOptions, 'delimiter'> {
  readonly delimiter: string;
  readonly encoding?: TextEncodingName;
}

/**
 * Rows of a CSV text as arrays of fields, with line numbers, blank rows and unsplittable rows, one batch per chunk.
 * With `delimiter: 'auto'` the first lines are gathered (up to {@link SNIFF_LINES} lines or 64 KiB) and the delimiter
 * detected (`info.delimiter`). @internal
 */
export async function* csvPieceBatches(source: CsvSource, options: CsvPieceOptions, info: CsvTextInfo = {}): AsyncGenerator<CsvPiece[]> {
  let splitter: CsvSplitter | undefined;
  const start = (delimiter: string) => {
    info.delimiter = delimiter;
    splitter = new CsvSplitter({ ...options, delimiter });
  };
  if (options.delimiter !== 'auto') start(options.delimiter);
  let gathered: string[] = [];
  let gatheredChars = 0;
  let lineEnds = 0;
  for await (const text of textChunks(source, options.encoding ?? 'auto', info)) {
    if (splitter === undefined) {
      gathered.push(text);
      gatheredChars += text.length;
      for (let i = text.indexOf('\n'); i >= 0 && lineEnds <= SNIFF_LINES; i = text.indexOf('\n', i + 1)) lineEnds++;
      if (lineEnds <= SNIFF_LINES && gatheredChars < SNIFF_BYTES) continue;
      const all = gathered.join('');
      gathered = [];
      start(sniffDelimiter(all, false));
      const out: CsvPiece[] = [];
      splitter!.push(all, out);
      if (out.length > 0) yield out;
      continue;
    }
    const out: CsvPiece[] = [];
    splitter.push(text, out);
    if (out.length > 0) yield out;
  }
  const out: CsvPiece[] = [];
  if (splitter === undefined) {
    const all = gathered.join('');
    start(sniffDelimiter(all, true));
    splitter!.push(all, out);
  }
  splitter!.end(out);
  if (out.length > 0) yield out;
}
