#!/usr/bin/env node
// Build the package (tsup, then scripts/build-schemas.mjs) only when its inputs changed since the last build (issue 18: `npm start` a second time
// takes seconds, not the ~45 s of a full build).
//
//   node scripts/build.mjs           build if dist/ is missing or older than the sources (what `npm start` runs)
//   node scripts/build.mjs --clean   remove dist/ and build (what `npm run build` runs)
//   node scripts/build.mjs --check   build nothing; exit 0 when dist/ is up to date, 1 when a build is due
//
// "Changed" is decided by content, not by dates: a SHA-256 of every file under src/ plus the build's configuration
// (tsup.config.ts, tsconfig*.json, package.json, the post-build steps), compared with the stamp the last successful build wrote in
// dist/.build-stamp. A checkout that only touches modification times does not rebuild; any edited, added or removed
// source file does. The stamp is written after tsup succeeds, so a failed build is retried on the next run.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const STAMP = join(root, 'dist', '.build-stamp');
const CONFIG = ['tsup.config.ts', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'scripts/build-node.mjs', 'scripts/build-schemas.mjs'];
/** Steps run after tsup, in order, when they exist (files written into dist/ from the built package). */
const AFTER = ['scripts/build-node.mjs', 'scripts/build-schemas.mjs'];
/** Files every build writes: if one is missing, build again whatever the stamp says. */
const OUTPUTS = ['dist/cli.js', 'dist/csv-worker.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/esm/index.js', 'dist/node/index.js', 'dist/datasets/index.cjs'];
if (existsSync(join(root, 'scripts/build-schemas.mjs'))) OUTPUTS.push('dist/schemas/audit-input.schema.json');

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

/** A hash of the build's inputs: their paths and contents, in a fixed order. */
function inputsHash() {
  const hash = createHash('sha256');
  const paths = [...files(join(root, 'src')), ...CONFIG.map((f) => join(root, f)).filter((f) => existsSync(f))]
    .map((f) => relative(root, f).split('\\').join('/'))
    .sort();
  for (const path of paths) {
    hash.update(`${path}\0`);
    hash.update(readFileSync(join(root, path)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

const clean = process.argv.includes('--clean');
const started = Date.now();
const hash = inputsHash();
const stamp = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : '';
const upToDate = stamp === hash && OUTPUTS.every((f) => existsSync(join(root, f)));
if (process.argv.includes('--check')) {
  process.stdout.write(upToDate ? 'up to date\n' : 'stale\n');
  process.exit(upToDate ? 0 : 1);
}
if (!clean && upToDate) process.exit(0);

if (clean) rmSync(join(root, 'dist'), { recursive: true, force: true });
else process.stderr.write('cchc: building the package (sources changed since the last build, or no build yet)…\n');
const tsup = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'tsup.cmd' : 'tsup');
const r = spawnSync(tsup, clean ? [] : ['--silent'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
if (r.status !== 0) process.exit(r.status ?? 1);
for (const step of AFTER) {
  if (!existsSync(join(root, step))) continue;
  const s = spawnSync(process.execPath, [join(root, step)], { cwd: root, stdio: 'inherit' });
  if (s.status !== 0) process.exit(s.status ?? 1);
}
writeFileSync(STAMP, `${hash}\n`);
if (!clean) process.stderr.write(`cchc: built in ${Math.round((Date.now() - started) / 1000)} s\n`);
