import { chmodSync, createReadStream, createWriteStream, openAsBlob, realpathSync, rmSync, statSync } from 'node:fs';
import { open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CliIO, CliWriter } from './io.js';
import { sanitizeTerminal } from './output.js';

/** Temporary files being written: removed on an interruption (SIGINT, SIGTERM) or at exit if still there. */
const temporaryFiles = new Set<string>();
let handlersInstalled = false;

function removeTemporaryFiles(): void {
  for (const p of temporaryFiles) rmSync(p, { force: true });
  temporaryFiles.clear();
}

/** On SIGINT / SIGTERM: remove the partial files, say so, exit with 128 + the signal number (130, 143). */
function installHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const onSignal = (signal: NodeJS.Signals, code: number) => {
    removeTemporaryFiles();
    process.stderr.write(
      `\ncchc: ${signal}: ${sanitizeTerminal('dừng; đã xóa các tệp đang ghi dở (interrupted; partial files removed)')}\n`,
    );
    process.exit(code);
  };
  process.once('SIGINT', () => onSignal('SIGINT', 130));
  process.once('SIGTERM', () => onSignal('SIGTERM', 143));
  process.once('exit', removeTemporaryFiles);
}

/** Where an output really goes: through a symlink to its target (the link is kept), else the path itself. */
function targetOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** A new temporary path beside `target`, registered for clean-up. */
function temporaryPath(target: string): string {
  installHandlers();
  const p = join(dirname(target), `.${basename(target)}.${process.pid}-${randomBytes(4).toString('hex')}.cchc-partial`);
  temporaryFiles.add(p);
  return p;
}

/** Keep the permission bits of the file an output replaces. */
function keepMode(temp: string, target: string): void {
  try {
    chmodSync(temp, statSync(target).mode & 0o7777);
  } catch {
    // no earlier file: the default mode
  }
}

async function finish(temp: string, target: string): Promise<void> {
  keepMode(temp, target);
  await rename(temp, target);
  temporaryFiles.delete(temp);
}

async function discard(temp: string): Promise<void> {
  await rm(temp, { force: true });
  temporaryFiles.delete(temp);
}

/** The real terminal, files and monotonic clock. */
export const nodeIO: CliIO = {
  out: (text) => {
    process.stdout.write(text);
  },
  err: (text) => {
    process.stderr.write(text);
  },
  errIsTTY: Boolean(process.stderr.isTTY),
  readText: async (path, options) => {
    const file = await open(path, 'r');
    try {
      const max = options?.maxBytes;
      if (max !== undefined) {
        const { size } = await file.stat();
        if (size > max) throw Object.assign(new Error(`${path}: ${size} bytes, at most ${max}`), { code: 'EFBIG', size });
      }
      return await file.readFile('utf8');
    } finally {
      await file.close();
    }
  },
  // Bytes: the CSV reader detects the encoding (UTF-8, UTF-16, Windows-1258) and never reads a byte as "�".
  // Bytes in 64 KiB chunks: the text decoded from each is a young string (a 1 MiB one goes to the large-object space
  // and costs twice as much to make and collect, issue 18); the reader decodes them in the file's encoding.
  readChunks: (path) => createReadStream(path, { highWaterMark: 1 << 16 }) as AsyncIterable<Uint8Array>,
  openBlob: (path) => openAsBlob(path),
  writeFile: async (path, data) => {
    const target = targetOf(path);
    const temp = temporaryPath(target);
    try {
      await writeFile(temp, data, { flag: 'wx' });
      await finish(temp, target);
    } catch (e) {
      await discard(temp);
      throw e;
    }
  },
  openWriter: (path): CliWriter => {
    const target = targetOf(path);
    const temp = temporaryPath(target);
    const stream = createWriteStream(temp, { encoding: 'utf8', flags: 'wx' });
    let failure: unknown;
    stream.on('error', (e) => {
      failure ??= e;
    });
    const ended = () =>
      new Promise<void>((resolve) => {
        if (stream.closed || stream.destroyed) resolve();
        else stream.end(() => resolve());
      });
    return {
      write: (text) => {
        stream.write(text);
      },
      close: async () => {
        await ended();
        if (failure !== undefined) {
          await discard(temp);
          throw failure;
        }
        await finish(temp, target);
      },
      abort: async () => {
        stream.destroy();
        await discard(temp);
      },
    };
  },
  removeFile: (path) => rm(path, { force: true }),
  fileId: async (path) => {
    try {
      const s = await stat(path);
      return `${s.dev}:${s.ino}`;
    } catch {
      return undefined;
    }
  },
  regularFileSize: async (path) => {
    try {
      const s = await stat(path);
      return s.isFile() ? s.size : undefined;
    } catch {
      return undefined;
    }
  },
  nowMs: () => performance.now(),
};
