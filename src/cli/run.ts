import { parseArgs } from 'node:util';
import { CchcError } from '../core/errors.js';
import type { Locale } from '../core/locale.js';
import type { Command } from './command.js';
import { calendarCommand } from './commands/calendar.js';
import { dueCommand } from './commands/due.js';
import { lunarCommand } from './commands/lunar.js';
import { reportCommand } from './commands/report.js';
import { dossiersCommand } from './commands/dossiers.js';
import { auditCommand } from './commands/audit.js';
import { index766Command } from './commands/index766.js';
import { tr } from './i18n.js';
import { CliUsageError, type CliIO } from './io.js';
import { refuseOverwrite, sanitizeTerminal } from './output.js';

/** The sub-commands, in the order `cchc --help` lists them. */
export const COMMANDS: readonly Command[] = [
  reportCommand,
  dossiersCommand,
  index766Command,
  auditCommand,
  calendarCommand,
  dueCommand,
  lunarCommand,
];

function generalHelp(lang: Locale, version: string): string {
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${lang === 'en' ? c.summary.en : c.summary.vi}`).join('\n');
  return tr(
    lang,
    `cchc ${version} — số liệu cải cách hành chính chính xác, giải thích được

Cách dùng: cchc LỆNH [tùy chọn]

Lệnh:
${list}

Tùy chọn chung: --lang vi|en (mặc định vi), --help (trợ giúp của từng lệnh), --version
Ví dụ: cchc report; cchc calendar 2025; cchc due 2020-01-20 5; cchc LỆNH --help`,
    `cchc ${version} — exact, explainable figures for Vietnamese administrative reform

Usage: cchc COMMAND [options]

Commands:
${list}

Common options: --lang vi|en (default vi), --help (each command's help), --version
Examples: cchc report; cchc calendar 2025; cchc due 2020-01-20 5; cchc COMMAND --help`,
  );
}

/** The language asked for anywhere on the command line (so that even argument errors speak it). */
function langOf(argv: readonly string[]): Locale {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return 'vi';
  const v = argv[i]!.includes('=') ? argv[i]!.split('=')[1] : argv[i + 1];
  return v === 'en' ? 'en' : 'vi';
}

/** One line for an argument error of `util.parseArgs`, in the CLI's language. */
function argumentError(e: unknown, lang: Locale): string {
  const code = (e as { code?: string }).code;
  const msg = e instanceof Error ? e.message.split('\n')[0]! : String(e);
  const option = /'(-[^']*)'/.exec(msg)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return tr(lang, `không có tùy chọn ${option}`, `unknown option ${option}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return tr(
      lang,
      `tùy chọn ${option.split(' ')[0]} cần một giá trị (hoặc không nhận giá trị)`,
      `option ${option.split(' ')[0]} needs a value (or takes none)`,
    );
  }
  return msg.replace(/\.$/, '');
}

/**
 * Options that name files the command writes, and options that name files it reads (besides its positional
 * arguments): an output may never be one of the inputs.
 */
const OUTPUT_OPTIONS = ['out', 'rejected'] as const;
const INPUT_OPTIONS = ['calendar'] as const;

/**
 * Run `cchc` with the given arguments (without `node` and the script). Resolves to the exit code:
 * 0 success, 1 the command found errors (audit findings), 2 a usage or input error (printed as one line; also an
 * output path that names an input file). Interrupted by SIGINT / SIGTERM, the process exits with 130 / 143 after
 * removing its partial files (see `node-io.ts`). Everything printed goes through {@link sanitizeTerminal}.
 */
export async function runCli(argv: readonly string[], rawIO: CliIO, version = '0.0.0'): Promise<number> {
  const io: CliIO = {
    ...rawIO,
    out: (t) => rawIO.out(sanitizeTerminal(t)),
    err: (t) => rawIO.err(sanitizeTerminal(t)),
    rawErr: rawIO.rawErr ?? rawIO.err,
  };
  const lang = langOf(argv);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(`${generalHelp(lang, version)}\n`);
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.out(`${version}\n`);
    return 0;
  }
  if (name === '--lang' || name.startsWith('--lang=')) {
    // `cchc --lang en COMMAND …`: move the language after the command.
    const skip = name.includes('=') ? 1 : 2;
    return runCli([...argv.slice(skip), ...argv.slice(0, skip)], io, version);
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(tr(lang, `cchc: không có lệnh "${name}". Xem: cchc --help\n`, `cchc: no command "${name}". See: cchc --help\n`));
    return 2;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...rest],
      options: { ...command.options, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    io.err(`cchc ${command.name}: ${argumentError(e, lang)}. ${tr(lang, 'Xem', 'See')}: cchc ${command.name} --help\n`);
    return 2;
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.lang !== undefined && values.lang !== 'vi' && values.lang !== 'en') {
    io.err(`cchc ${command.name}: --lang ${tr(lang, 'phải là vi hoặc en', 'must be vi or en')}\n`);
    return 2;
  }
  if (values.help) {
    io.out(`${lang === 'en' ? command.help.en : command.help.vi}\n`);
    return 0;
  }
  try {
    const named = (keys: readonly string[]) =>
      keys.flatMap((k) => (typeof values[k] === 'string' && values[k] !== '' ? [[`--${k}`, values[k] as string] as const] : []));
    const inputs = [...parsed.positionals.map((p) => ['', p] as const), ...named(INPUT_OPTIONS)];
    await refuseOverwrite(io, lang, inputs, named(OUTPUT_OPTIONS));
    return await command.run({ positionals: parsed.positionals, values, lang }, io);
  } catch (e) {
    if (e instanceof CliUsageError) {
      io.err(`cchc ${command.name}: ${e.message}\n`);
      return 2;
    }
    if (e instanceof CchcError) {
      const text = (lang === 'en' ? e.messageEn : e.messageVi).split('\n').join(' ');
      io.err(`cchc ${command.name}: [${e.code}] ${text}\n`);
      return 2;
    }
    const msg = e instanceof Error ? e.message : String(e);
    io.err(`cchc ${command.name}: ${tr(lang, 'lỗi', 'error')}: ${msg.split('\n')[0]}\n`);
    return 2;
  }
}
