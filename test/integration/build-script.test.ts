// scripts/build.mjs (what `npm start` runs first): builds when the sources changed, and only then (issue 18).
// Run in a scratch copy of the project layout with a stand-in for tsup that records each call.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('../../scripts/build.mjs', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cchc-build-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The outputs the script checks, read from it (the stand-in for tsup below writes every one of them).
const OUTPUTS = JSON.parse(/const OUTPUTS = (\[[^\]]*\]);/.exec(readFileSync(script, 'utf8'))![1]!.replaceAll("'", '"')) as string[];
mkdirSync(join(dir, 'scripts'));
copyFileSync(script, join(dir, 'scripts/build.mjs'));
mkdirSync(join(dir, 'src/core'), { recursive: true });
writeFileSync(join(dir, 'src/index.ts'), "export * from './core/a.js';\n");
writeFileSync(join(dir, 'src/core/a.ts'), 'export const a = 1;\n');
writeFileSync(join(dir, 'package.json'), '{"name":"x","type":"module"}\n');
writeFileSync(join(dir, 'tsup.config.ts'), 'export default {};\n');
mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
const tsup = join(dir, 'node_modules/.bin/tsup');
writeFileSync(
  tsup,
  `#!/bin/sh\necho built >> "${dir}/builds.log"\n${OUTPUTS.map((f) => `mkdir -p "$(dirname "${dir}/${f}")" && : > "${dir}/${f}"`).join('\n')}\n`,
);
chmodSync(tsup, 0o755);

const builds = () =>
  existsSync(join(dir, 'builds.log')) ? readFileSync(join(dir, 'builds.log'), 'utf8').split('\n').filter(Boolean).length : 0;
const run = (...args: string[]) => execFileSync(process.execPath, [join(dir, 'scripts/build.mjs'), ...args], { cwd: dir, stdio: 'pipe' });
const check = () => spawnSync(process.execPath, [join(dir, 'scripts/build.mjs'), '--check'], { cwd: dir }).status;

describe.skipIf(process.platform === 'win32')('build only when the sources changed', () => {
  it('builds the first time, then not again while nothing changed', () => {
    expect(check()).toBe(1);
    run();
    expect(builds()).toBe(1);
    expect(check()).toBe(0);
    run();
    expect(builds()).toBe(1);
  });

  it('does not rebuild for a new modification time alone', () => {
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(dir, 'src/core/a.ts'), later, later);
    run();
    expect(builds()).toBe(1);
  });

  it('rebuilds for an edited, added or removed source, a changed configuration, or a missing output', () => {
    writeFileSync(join(dir, 'src/core/a.ts'), 'export const a = 2;\n');
    run();
    expect(builds()).toBe(2);
    writeFileSync(join(dir, 'src/core/b.ts'), 'export const b = 1;\n');
    run();
    expect(builds()).toBe(3);
    rmSync(join(dir, 'src/core/b.ts'));
    run();
    expect(builds()).toBe(4);
    writeFileSync(join(dir, 'tsup.config.ts'), 'export default { minify: true };\n');
    run();
    expect(builds()).toBe(5);
    rmSync(join(dir, 'dist/node/index.js'));
    run();
    expect(builds()).toBe(6);
    run();
    expect(builds()).toBe(6);
  });

  it('--clean always builds', () => {
    run('--clean');
    expect(builds()).toBe(7);
    expect(check()).toBe(0);
  });
});
