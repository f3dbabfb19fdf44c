import type { ParseArgsConfig } from 'node:util';
import type { Locale } from '../core/locale.js';
import type { CliIO } from './io.js';

/** Options every command understands. */
export interface CommonOptions {
  readonly lang: Locale;
}

/** A parsed command line for one command. */
export interface CommandArgs {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly lang: Locale;
}

/** One `cchc` sub-command. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: { readonly vi: string; readonly en: string };
  /** Full `--help` text (usage, options, examples). */
  readonly help: { readonly vi: string; readonly en: string };
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /** Run; resolves to the exit code (0 ok, 1 findings, 2 usage or input error). */
  run(args: CommandArgs, io: CliIO): Promise<number>;
}
