// `cchc` command-line entry (package "bin"). A thin layer over the pure library: argument parsing, files, terminal.
import { nodeIO } from './node-io.js';
import { runCli } from './run.js';
import { sanitizeTerminal } from './output.js';
import pkg from '../../package.json' with { type: 'json' };

// A closed pipe (`cchc report | head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

runCli(process.argv.slice(2), nodeIO, (pkg as { version: string }).version).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`cchc: ${sanitizeTerminal(e instanceof Error ? e.message : String(e))}\n`);
    process.exitCode = 2;
  },
);
