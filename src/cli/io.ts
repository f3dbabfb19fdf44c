/**
 * What the CLI touches in the outside world, passed in so that commands are testable without a terminal, files or
 * a clock. The real implementation is in `node-io.ts`.
 *
 * File safety (issue 12): outputs are written atomically (a temporary file in the same directory, renamed over the
 * target when complete, removed when the run fails or is interrupted), and `fileId` lets the CLI refuse an output
 * that is one of its inputs, whatever the spelling of the path (symlink, hard link, `./`).
 */
export interface CliIO {
  /** Write to standard output. */
  readonly out: (text: string) => void;
  /** Write to standard error. */
  readonly err: (text: string) => void;
  /**
   * Write to standard error as is, for the progress line only (drawn with `\r` and `ESC[K`, from numbers the CLI
   * composes, never text from an input). Set by `runCli`, whose `out` and `err` escape control characters.
   */
  readonly rawErr?: (text: string) => void;
  /** Whether standard error is an interactive terminal (progress bars only then). */
  readonly errIsTTY: boolean;
  /**
   * Read a whole text file. With `maxBytes`, a larger file is refused before it is read: the promise rejects with an
   * error whose `code` is `'EFBIG'` and whose `size` is the file's size in bytes.
   */
  readonly readText: (path: string, options?: { readonly maxBytes?: number }) => Promise<string>;
  /**
   * Stream a file in chunks: its bytes (decoded by the reader, whose encoding detection needs them), or text already
   * decoded (test doubles).
   */
  readonly readChunks: (path: string) => AsyncIterable<string | Uint8Array>;
  /**
   * A file as a `Blob` read by slices (a workbook's zip directory is at its end): Node's `fs.openAsBlob`, so that an
   * `.xlsx` is never held whole in memory.
   */
  readonly openBlob: (path: string) => Promise<{
    readonly size: number;
    slice(start?: number, end?: number): unknown;
    arrayBuffer(): Promise<ArrayBuffer>;
    stream(): unknown;
  }>;
  /** Write a text or binary file atomically: to a temporary file in the same directory, renamed over `path` when written. */
  readonly writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  /**
   * Open a text file for writing line by line (constant memory), atomically: the text goes to a temporary file in the
   * same directory; `close` resolves once everything is written and the file renamed to `path`; `abort` removes the
   * temporary file (nothing appears at `path`).
   */
  readonly openWriter: (path: string) => CliWriter;
  /** Remove a file if it exists (no error when it does not). */
  readonly removeFile: (path: string) => Promise<void>;
  /**
   * The identity of an existing file (device and inode for the real files: the same for every path that reaches it,
   * through `./`, `..`, a symlink or a hard link), or `undefined` when nothing exists at `path`.
   */
  readonly fileId: (path: string) => Promise<string | undefined>;
  /**
   * The size in bytes of a regular file (not a pipe, a terminal or a directory), or `undefined`. Only the real
   * implementation has it: a large regular CSV file is then read by several threads (`cchc dossiers`).
   */
  readonly regularFileSize?: (path: string) => Promise<number | undefined>;
  /** Monotonic milliseconds, for throughput figures only (never for dates). */
  readonly nowMs: () => number;
}

/** A file being written by {@link CliIO.openWriter}. */
export interface CliWriter {
  readonly write: (text: string) => void;
  /** Finish: flush, then rename the temporary file to its path. */
  readonly close: () => Promise<void>;
  /** Give up: remove the temporary file. */
  readonly abort: () => Promise<void>;
}

/** Raised by commands for a usage or input problem: printed as one line, exit code 2. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}
