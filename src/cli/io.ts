/**
 * What the CLI touches in the outside world, passed in so that commands are testable without a terminal, files or
 * a clock. The real implementation is in `node-io.ts`.
 */
export interface CliIO {
  /** Write to standard output. */
  readonly out: (text: string) => void;
  /** Write to standard error. */
  readonly err: (text: string) => void;
  /** Whether standard error is an interactive terminal (progress bars only then). */
  readonly errIsTTY: boolean;
  /** Read a whole text file. */
  readonly readText: (path: string) => Promise<string>;
  /** Stream a text file in chunks. */
  readonly readChunks: (path: string) => AsyncIterable<string>;
  /** Write a text or binary file. */
  readonly writeFile: (path: string, data: string | Uint8Array) => Promise<void>;
  /** Open a text file for writing line by line (constant memory); `close` resolves once everything is written. */
  readonly openWriter: (path: string) => { write: (text: string) => void; close: () => Promise<void> };
  /** Monotonic milliseconds, for throughput figures only (never for dates). */
  readonly nowMs: () => number;
}

/** Raised by commands for a usage or input problem: printed as one line, exit code 2. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}
