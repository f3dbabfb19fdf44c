import type { CommandArgs } from './command.js';
import type { CliIO } from './io.js';
import { tr } from './i18n.js';

/** Write a command's result to `--out FILE` or standard output; resolves to exit code 0. */
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
