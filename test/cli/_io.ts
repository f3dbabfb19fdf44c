import type { CliIO } from '../../src/cli/io.js';

/**
 * An in-memory CliIO: input files in a map, outputs collected. Like the real one, writers write to a temporary entry
 * (`PATH.partial`) that becomes `PATH` on `close` and disappears on `abort`; `sameFile` compares paths without "./".
 */
export function memoryIO(files: Record<string, string | Uint8Array> = {}, options: { chunk?: number; failAfterChunks?: number } = {}) {
  const written = new Map<string, string | Uint8Array>();
  const removed: string[] = [];
  let out = '';
  let err = '';
  const norm = (p: string) => p.replace(/^(\.\/)+/, '');
  const io: CliIO = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    errIsTTY: false,
    readText: async (p, o) => {
      if (!(p in files)) throw new Error(`ENOENT ${p}`);
      const f = files[p]!;
      const size = typeof f === 'string' ? new TextEncoder().encode(f).length : f.length;
      if (o?.maxBytes !== undefined && size > o.maxBytes) throw Object.assign(new Error(`EFBIG ${p}`), { code: 'EFBIG', size });
      return typeof f === 'string' ? f : new TextDecoder().decode(f);
    },
    readChunks: (p) => {
      if (!(p in files)) throw new Error(`ENOENT ${p}`);
      const text = files[p]!;
      const size = options.chunk ?? 7;
      return (async function* () {
        for (let i = 0, k = 0; i < text.length; i += size, k++) {
          if (options.failAfterChunks !== undefined && k >= options.failAfterChunks) throw new Error('EIO: read error');
          yield text.slice(i, i + size);
        }
      })();
    },
    openBlob: async (p) => {
      if (!(p in files)) throw Object.assign(new Error(`ENOENT ${p}`), { code: 'ENOENT' });
      const f = files[p]!;
      return new Blob([typeof f === 'string' ? new TextEncoder().encode(f) : f]);
    },
    writeFile: async (p, d) => {
      written.set(norm(p), d);
    },
    openWriter: (p) => {
      const partial = `${norm(p)}.partial`;
      let text = '';
      written.set(partial, text);
      return {
        write: (t) => {
          text += t;
          written.set(partial, text);
        },
        close: async () => {
          written.delete(partial);
          written.set(norm(p), text);
        },
        abort: async () => {
          written.delete(partial);
        },
      };
    },
    removeFile: async (p) => {
      removed.push(norm(p));
      written.delete(norm(p));
      delete files[norm(p)];
    },
    fileId: async (p) => (norm(p) in files || written.has(norm(p)) ? `mem:${norm(p)}` : undefined),
    nowMs: () => 0,
  };
  return {
    io,
    written,
    removed,
    files,
    get out() {
      return out;
    },
    get err() {
      return err;
    },
  };
}
