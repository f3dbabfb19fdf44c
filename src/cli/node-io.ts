import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { CliIO } from './io.js';

/** The real terminal, files and monotonic clock. */
export const nodeIO: CliIO = {
  out: (text) => {
    process.stdout.write(text);
  },
  err: (text) => {
    process.stderr.write(text);
  },
  errIsTTY: Boolean(process.stderr.isTTY),
  readText: (path) => readFile(path, 'utf8'),
  readChunks: (path) => createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }) as AsyncIterable<string>,
  writeFile: (path, data) => writeFile(path, data),
  openWriter: (path) => {
    const stream = createWriteStream(path, { encoding: 'utf8' });
    return {
      write: (text) => {
        stream.write(text);
      },
      close: () =>
        new Promise<void>((resolve, reject) => {
          stream.on('error', reject);
          stream.end(resolve);
        }),
    };
  },
  nowMs: () => performance.now(),
};
