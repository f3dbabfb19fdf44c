import { resolve } from 'node:path';
import type { Locale } from '../core/locale.js';
import type { CommandArgs } from './command.js';
import type { CliIO } from './io.js';
import { tr } from './i18n.js';
import { CliUsageError } from './io.js';

/**
 * Characters that can drive a terminal or disguise text, escaped before anything is printed: C0 controls but tab and
 * line feed (ESC starts escape sequences, CR overwrites a line, BEL rings), DEL, C1 controls (U+009B is a one-character
 * CSI on some terminals) and the bidirectional overrides and isolates ("Trojan source").
 */
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const HAS_TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * Text for a terminal: every control character, escape-sequence introducer and bidirectional control is shown as a
 * `\uXXXX` escape, so that nothing read from a file (a label, a file name, a cell) can move the cursor, clear the
 * screen, set the window title or reorder what is shown. In JSON output the escape is a JSON escape of the same
 * character, so the JSON still parses to the same values.
 *
 * @example
 * ```ts no-run
 * sanitizeTerminal('A\u001b[2J'); // 'A\\u001B[2J'
 * ```
 */
export function sanitizeTerminal(text: string): string {
  if (!HAS_TERMINAL_UNSAFE.test(text)) return text;
  return text.replace(TERMINAL_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * Refuse to run when an output would overwrite an input, or two outputs are one file: compared by resolved path and,
 * for existing files, by identity (device and inode), so `./a.json`, `sub/../a.json`, a symlink or a hard link to the
 * input are caught. Inputs that do not exist are skipped (nothing to destroy). Throws a {@link CliUsageError} (exit 2).
 */
export async function refuseOverwrite(
  io: CliIO,
  lang: Locale,
  inputs: readonly (readonly [option: string, path: string])[],
  outputs: readonly (readonly [option: string, path: string])[],
): Promise<void> {
  const idOf = new Map<string, string | undefined>();
  const id = async (p: string) => {
    if (!idOf.has(p)) idOf.set(p, await io.fileId(p));
    return idOf.get(p);
  };
  const same = async (a: string, b: string) => {
    if (resolve(a) === resolve(b)) return true;
    const x = await id(a);
    return x !== undefined && x === (await id(b));
  };
  for (const [outOption, out] of outputs) {
    for (const [inOption, input] of inputs) {
      if ((await id(input)) === undefined) continue;
      if (await same(input, out)) {
        const named = `${inOption ? `${inOption} ` : ''}"${input}"`;
        throw new CliUsageError(
          tr(
            lang,
            `từ chối ghi ${outOption} "${out}": đó chính là tệp đầu vào ${named} (sẽ bị ghi đè khi đang đọc); chọn một tệp khác`,
            `refusing to write ${outOption} "${out}": it is the input ${named} (it would be overwritten while read); choose another file`,
          ),
        );
      }
    }
  }
  for (let i = 0; i < outputs.length; i++) {
    for (let j = i + 1; j < outputs.length; j++) {
      const [a, pa] = outputs[i]!;
      const [b, pb] = outputs[j]!;
      if (await same(pa, pb)) {
        throw new CliUsageError(
          tr(
            lang,
            `${a} và ${b} cùng chỉ một tệp "${pa}"; chọn hai tệp khác nhau`,
            `${a} and ${b} name the same file "${pa}"; choose two different files`,
          ),
        );
      }
    }
  }
}

/**
 * Write a command's result to `--out FILE` (atomically: a temporary file renamed into place once complete) or to
 * standard output; resolves to exit code 0.
 */
export async function writeOutput(io: CliIO, args: CommandArgs, text: string): Promise<number> {
  const out = args.values.out;
  if (typeof out === 'string' && out.length > 0) {
    await io.writeFile(out, text.endsWith('\n') ? text : `${text}\n`);
    io.err(tr(args.lang, `Đã ghi ${out}\n`, `Wrote ${out}\n`));
  } else {
    io.out(text.endsWith('\n') ? text : `${text}\n`);
  }
  return 0;
}
