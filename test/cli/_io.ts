import type { CliIO } from '../../src/cli/io.js';

/** An in-memory CliIO: files in a map, output collected. */
export function memoryIO(files: Record<string, string> = {}) {
  const written = new Map<string, string | Uint8Array>();
  let out = '';
  let err = '';
  const io: CliIO = {
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    errIsTTY: false,
    readText: async (p) => {
      if (!(p in files)) throw new Error(`ENOENT ${p}`);
      return files[p]!;
    },
    readChunks: (p) => {
      if (!(p in files)) throw new Error(`ENOENT ${p}`);
      const text = files[p]!;
      return (async function* () {
        for (let i = 0; i < text.length; i += 7) yield text.slice(i, i + 7);
      })();
    },
    writeFile: async (p, d) => {
      written.set(p, d);
    },
    openWriter: (p) => {
      let text = '';
      return {
        write: (t) => {
          text += t;
        },
        close: async () => {
          written.set(p, text);
        },
      };
    },
    nowMs: () => 0,
  };
  return { io, written, get out() { return out; }, get err() { return err; } };
}
