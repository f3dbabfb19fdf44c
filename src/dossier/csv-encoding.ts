// The text-decoding layer in front of the CSV readers (issue 17): bytes → text in the file's encoding, found from its
// byte-order mark, its bytes, or the `encoding` option. Never a silent replacement character: bytes that are not text
// in the encoding are an INVALID_TEXT_ENCODING error naming the probable encoding, never "�" (two communes whose names
// differ only in accented letters would otherwise become one group).
import { CchcError, issue } from '../core/errors.js';
import { formatCount } from '../core/_internal/format-count.js';
import * as vi from '../core/messages/vi/dossier-csv.js';
import * as en from '../core/messages/en/dossier-csv.js';

// TextDecoder is a global of Node, Deno, Bun and browsers; declared here so the core needs no DOM or Node typings.
declare const TextDecoder: new (
  label?: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => { decode(input?: Uint8Array, options?: { stream?: boolean }): string };

/**
 * The encodings of a CSV file given as bytes (bảng mã của tệp CSV):
 * - `'auto'` (default): a byte-order mark decides (UTF-8, UTF-16 LE, UTF-16 BE); without one, UTF-16 is recognised by
 *   its zero bytes, then the file is UTF-8 if its first 64 KiB are valid UTF-8, else Windows-1258 if its bytes above
 *   127 are Windows-1258's Vietnamese letters and tone marks; anything else is `INVALID_TEXT_ENCODING` naming what the
 *   bytes look like (TCVN3/ABC, another code page);
 * - `'utf-8'`, `'utf-16le'`, `'utf-16be'`, `'windows-1258'` (Vietnamese ANSI, "CP1258"; its tone marks are combining
 *   characters, recomposed to NFC so that "Phú Mỹ" read from it equals "Phú Mỹ" typed in Unicode).
 *
 * @example
 * ```ts
 * import type { TextEncodingName } from 'cchc';
 * const e: TextEncodingName = 'windows-1258';
 * e; // 'windows-1258'
 * ```
 *
 * @category Dossiers
 */
export type TextEncodingName = 'auto' | 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

/** The encodings accepted by the option, in the order messages list them. @internal */
export const TEXT_ENCODINGS: readonly TextEncodingName[] = Object.freeze([
  'auto',
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1258',
] as const);

/** How much of the file the detection looks at (bytes). @internal */
export const SNIFF_BYTES = 1 << 16;

/** An encoding found, and why (for the CLI's note and for tests). @internal */
export interface DetectedEncoding {
  readonly encoding: Exclude<TextEncodingName, 'auto'>;
  /** Bytes of the byte-order mark to skip. */
  readonly bom: number;
  readonly reason: 'bom' | 'zero-bytes' | 'valid-utf-8' | 'windows-1258-letters' | 'option';
}

/** Windows-1258 bytes that are Vietnamese letters or tone marks (Ă Â Ê Ô Ơ Ư Đ and lower case, the 5 combining tones, and accented vowels). */
function isVietnamese1258(b: number): boolean {
  switch (b) {
    case 0xc3:
    case 0xe3:
    case 0xc2:
    case 0xe2:
    case 0xca:
    case 0xea:
    case 0xd4:
    case 0xf4:
    case 0xd5:
    case 0xf5:
    case 0xdd:
    case 0xfd:
    case 0xd0:
    case 0xf0:
    case 0xcc:
    case 0xec:
    case 0xd2:
    case 0xde:
    case 0xf2:
    case 0xc0:
    case 0xe0:
    case 0xc1:
    case 0xe1:
    case 0xc8:
    case 0xe8:
    case 0xc9:
    case 0xe9:
    case 0xcd:
    case 0xed:
    case 0xd3:
    case 0xf3:
    case 0xd9:
    case 0xf9:
    case 0xda:
    case 0xfa:
      return true;
    default:
      return false;
  }
}

/** Whether `bytes` (a prefix of the file, possibly cut inside a character) are valid UTF-8. */
function validUtf8Prefix(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

const encodingError = (variant: 'unknown' | 'tcvn3', p: { sample: string }): never => {
  if (variant === 'tcvn3')
    throw new CchcError(issue('INVALID_TEXT_ENCODING', ['source'], vi.INVALID_TEXT_ENCODING__tcvn3(p), en.INVALID_TEXT_ENCODING__tcvn3(p)));
  throw new CchcError(
    issue('INVALID_TEXT_ENCODING', ['source'], vi.INVALID_TEXT_ENCODING__unknown(p), en.INVALID_TEXT_ENCODING__unknown(p)),
  );
};

/** A few bytes as hex, for messages. */
function hexSample(bytes: Uint8Array, at: number): string {
  const out: string[] = [];
  for (let i = Math.max(0, at); i < Math.min(bytes.length, at + 8); i++) out.push(bytes[i]!.toString(16).toUpperCase().padStart(2, '0'));
  return out.join(' ');
}

/**
 * The encoding of a file from its first bytes (see {@link TextEncodingName}); `final`: the sample is the whole file.
 * @internal
 */
export function detectEncoding(sample: Uint8Array, requested: TextEncodingName = 'auto'): DetectedEncoding {
  const b0 = sample[0];
  const b1 = sample[1];
  const bomOf = (): DetectedEncoding | undefined => {
    if (b0 === 0xef && b1 === 0xbb && sample[2] === 0xbf) return { encoding: 'utf-8', bom: 3, reason: 'bom' };
    if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', bom: 2, reason: 'bom' };
    if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', bom: 2, reason: 'bom' };
    return undefined;
  };
  const bom = bomOf();
  if (requested !== 'auto')
    return { encoding: requested, bom: bom !== undefined && bom.encoding === requested ? bom.bom : 0, reason: 'option' };
  if (bom !== undefined) return bom;
  // UTF-16 without a mark: text of mostly ASCII letters has a zero byte in every other position.
  const n = Math.min(sample.length, 4096) & ~1;
  if (n >= 4) {
    let evenZeros = 0;
    let oddZeros = 0;
    for (let i = 0; i < n; i += 2) {
      if (sample[i] === 0) evenZeros++;
      if (sample[i + 1] === 0) oddZeros++;
    }
    const half = n / 2;
    if (oddZeros > half * 0.3 && evenZeros < half * 0.05) return { encoding: 'utf-16le', bom: 0, reason: 'zero-bytes' };
    if (evenZeros > half * 0.3 && oddZeros < half * 0.05) return { encoding: 'utf-16be', bom: 0, reason: 'zero-bytes' };
  }
  if (validUtf8Prefix(sample)) return { encoding: 'utf-8', bom: 0, reason: 'valid-utf-8' };
  // Not UTF-8: which 8-bit encoding do the bytes above 127 look like?
  let high = 0;
  let viet = 0;
  let tcvn = 0;
  let c1 = 0;
  let firstHigh = -1;
  for (let i = 0; i < sample.length; i++) {
    const b = sample[i]!;
    if (b < 0x80) continue;
    if (firstHigh < 0) firstHigh = i;
    high++;
    if (isVietnamese1258(b)) viet++;
    else if (b >= 0xa1 && b <= 0xbf) tcvn++;
    else if (b >= 0x80 && b <= 0x9f) c1++;
  }
  const sample8 = { sample: hexSample(sample, firstHigh) };
  if (high > 0 && viet >= high * 0.6 && c1 <= high * 0.1) return { encoding: 'windows-1258', bom: 0, reason: 'windows-1258-letters' };
  if (high > 0 && tcvn >= high * 0.5) return encodingError('tcvn3', sample8);
  return encodingError('unknown', sample8);
}

/** Combining marks that may still join the last character of a chunk (held back until the next chunk). */
const COMBINING = /[\u0300-\u036f]/;

/**
 * Bytes → text, chunk by chunk, in the encoding detected from the first {@link SNIFF_BYTES} (or given), with a fatal
 * decoder: a byte sequence that is not text in that encoding is `INVALID_TEXT_ENCODING` with its byte offset.
 * Windows-1258 text is recomposed to NFC (a tone mark at the end of a chunk waits for the next one).
 * @internal
 */
export class ByteTextDecoder {
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private decoder: { decode(input?: Uint8Array, options?: { stream?: boolean }): string } | undefined;
  private offset = 0;
  private held = '';
  detected: DetectedEncoding | undefined;

  constructor(private readonly requested: TextEncodingName) {}

  /** Decode a chunk; returns the text complete so far (possibly empty while the sample is gathered). */
  push(bytes: Uint8Array): string {
    if (this.decoder === undefined) {
      this.pending.push(bytes);
      this.pendingBytes += bytes.length;
      if (this.pendingBytes < SNIFF_BYTES) return '';
      return this.start();
    }
    return this.decode(bytes, true);
  }

  /** End of input: the rest of the text. */
  end(): string {
    let text = this.decoder === undefined ? this.start() : '';
    text += this.decode(new Uint8Array(0), false);
    const rest = this.held;
    this.held = '';
    return text + (this.detected?.encoding === 'windows-1258' ? rest.normalize('NFC') : rest);
  }

  private start(): string {
    const all = new Uint8Array(this.pendingBytes);
    let at = 0;
    for (const p of this.pending) {
      all.set(p, at);
      at += p.length;
    }
    this.pending = [];
    this.pendingBytes = 0;
    const d = detectEncoding(all, this.requested);
    this.detected = d;
    this.decoder = new TextDecoder(d.encoding, { fatal: true, ignoreBOM: true });
    this.offset = d.bom;
    return this.decode(all.subarray(d.bom), true);
  }

  private decode(bytes: Uint8Array, stream: boolean): string {
    let text: string;
    try {
      text = this.decoder!.decode(bytes, { stream });
    } catch {
      const p = {
        encoding: this.detected!.encoding,
        from: formatCount(this.offset, 'en'),
        to: formatCount(this.offset + bytes.length, 'en'),
        probable: this.detected!.encoding === 'utf-8' ? 'windows-1258' : 'utf-8',
      };
      throw new CchcError(
        issue('INVALID_TEXT_ENCODING', ['source'], vi.INVALID_TEXT_ENCODING__bytes(p), en.INVALID_TEXT_ENCODING__bytes(p)),
      );
    }
    this.offset += bytes.length;
    if (this.detected!.encoding !== 'windows-1258') return text;
    // NFC across chunks: keep the last base character and its marks until the next chunk.
    text = this.held + text;
    if (!stream) {
      this.held = '';
      return text.normalize('NFC');
    }
    let cut = text.length;
    while (cut > 0 && COMBINING.test(text[cut - 1]!)) cut--;
    if (cut > 0) cut--;
    this.held = text.slice(cut);
    return text.slice(0, cut).normalize('NFC');
  }
}
