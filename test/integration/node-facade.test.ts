// The main entry Node loads (dist/node/index.js, made by scripts/build-node.mjs; issue 18's start-up budget): a facade
// that loads each module of the library on first use. These checks run in
// plain `node` processes, with Node's own module loader (inside vitest the facade would be transformed by vite).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { instrument, jsdocSamples, markdownSamples } from './_doctest.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const node = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });

/**
 * The files Node loaded, in order: NODE_DEBUG=esm names each file the ES module loader translates, NODE_DEBUG=module
 * each file `require()` loads (the facade loads a module with `require()` of an ES module).
 */
function filesLoaded(stderr: string): string[] {
  return [...stderr.matchAll(/Translating StandardModule file:\/\/(\S+)|MODULE \d+: load "([^"]+)" for module/g)].map((m) =>
    (m[1] ?? m[2])!.replace(root, ''),
  );
}

describe('the Node build’s main entry (dist/node/index.js)', () => {
  for (const mode of ['require(esm)', 'without require(esm)'] as const) {
    it(`has the API of the one-file-per-module build, value for value (${mode})`, () => {
      const flags = mode === 'require(esm)' ? [] : ['--no-experimental-require-module'];
      const r = node([...flags, 'test/integration/_node-facade-check.mjs']);
      expect(r.stderr).toBe('');
      const out = JSON.parse(r.stdout) as { functions: number; objects: number; failures: string[] };
      expect(out.failures).toEqual([]);
      expect(out.functions).toBeGreaterThan(150);
      expect(out.objects).toBeGreaterThan(150);
      expect(r.status).toBe(0);
    });
  }

  it('loads no module of the library at import (only decimal.js and the facade’s helpers), and a namespace on the first call of one of its functions', () => {
    const script = [
      "const m = await import('cchc');",
      "console.error('@imported');",
      "m.tallyDossiers([], { start: '2025-01-01', end: '2025-01-31' });",
      "console.error('@called');",
    ].join('\n');
    const r = node(['--input-type=module', '-e', script], { NODE_DEBUG: 'esm,module' });
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    const [atImport, afterCall] = r.stderr.split('@imported');
    const imported = filesLoaded(atImport!);
    expect(imported).toContain('dist/node/index.js');
    expect(imported).toContain('dist/node/_eager.js');
    expect(imported.filter((f) => f.includes('/_lazy/'))).toEqual([]);
    // decimal.js is imported by the entry, to hand it to the modules loaded later (see scripts/build-node.mjs).
    expect(imported.filter((f) => f.includes('node_modules')).map((f) => f.replace(/^.*node_modules\//, ''))).toEqual([
      'decimal.js/decimal.mjs',
    ]);
    const called = filesLoaded(afterCall!.split('@called')[0]!);
    expect(called).toContain('dist/node/_lazy/dossier.js');
    expect(called.filter((f) => f.includes('node_modules'))).toEqual([]);
    expect(called.filter((f) => /_lazy\/(audit|report|qd766)\.js/.test(f))).toEqual([]);
  });

  it('survives entries and packages imported at the same time as a first call (no require() of a file in flight)', () => {
    // Node refuses to require() a file that an import() still in flight is loading: before every implementation file
    // was taken with require(), this crashed in most runs ("request for './chunk-….js' is not in cache").
    // The first call happens while the other entry is still loading (files shared with the module called).
    const script = (other: string) =>
      [
        'const main = (async () => {',
        "  const m = await import('cchc');",
        "  m.tallyDossiers([], { start: '2025-01-01', end: '2025-01-31' });",
        '  m.methodologyToRows(m.QD766_PORTAL);',
        '  return m.formatPercent(m.ratio(1, 3));',
        '})();',
        `const other = import('${other}');`,
        'console.log((await Promise.all([main, other]))[0]);',
      ].join('\n');
    for (const other of ['cchc/xlsx', 'cchc/xlsx', 'cchc/xlsx', 'cchc/xlsx', 'cchc/datasets', 'cchc/zod', 'decimal.js']) {
      const r = node(['--input-type=module', '-e', script(other)]);
      expect(r.stderr, other).toBe('');
      expect(r.stdout.trim()).toBe('33,33%');
    }
  });

  it('without require(esm) (Node 22.0–22.11), resolves to the whole entry (the "node" condition)', () => {
    const r = node(['--no-experimental-require-module', '--input-type=module', '-e', "await import('cchc');"], {
      NODE_DEBUG: 'esm,module',
    });
    expect(r.status).toBe(0);
    const loaded = filesLoaded(r.stderr);
    expect(loaded).toContain('dist/node/_entries/index.js');
    expect(loaded).not.toContain('dist/node/index.js');
  });

  it('can be loaded by require() of an ES module that imports it (no top-level await in any entry)', () => {
    const dir = join(root, 'test/integration/.require-esm');
    mkdirSync(dir, { recursive: true });
    try {
      writeFileSync(
        join(dir, 'lib.mjs'),
        [
          "import { addWorkingDays } from 'cchc';",
          "import { kienGiang2019Report } from 'cchc/datasets';",
          "import { readXlsxRows } from 'cchc/xlsx';",
          "import { toZod } from 'cchc/zod';",
          "export const v = [addWorkingDays('2020-01-20', 5), typeof kienGiang2019Report, typeof readXlsxRows, typeof toZod].join(' ');",
        ].join('\n'),
      );
      const r = node(['-e', "console.log(require('./test/integration/.require-esm/lib.mjs').v)"]);
      expect(r.stderr).toBe('');
      expect(r.stdout.trim()).toBe('2020-02-03 object function function');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('every JSDoc and guide sample, run against it', () => {
    const dir = join(root, 'test/integration/.doctest-node');
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    it('gives the results the samples state', () => {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      const samples = [...jsdocSamples(root, 'src'), ...markdownSamples(root, 'docs'), ...markdownSamples(root, '.', ['README.md'])];
      samples.forEach((sample, i) => {
        const { source } = instrument(sample.code);
        const js = transformSync(`${source}\nexport {};\n`, { loader: 'ts', format: 'esm', target: 'node20' }).code;
        writeFileSync(join(dir, `sample-${String(i).padStart(4, '0')}.mjs`), `// ${sample.where} (${sample.name})\n${js}`);
      });
      const r = node(['test/integration/_doctest-node-runner.mjs', dir]);
      expect(r.stderr).toBe('');
      const out = JSON.parse(r.stdout) as { ran: number; failures: string[] };
      expect(out.failures).toEqual([]);
      expect(out.ran).toBe(samples.length);
    }, 120_000);
  });

  it('is what `import("cchc")` resolves to in Node', () => {
    const url = execFileSync(process.execPath, ['--input-type=module', '-e', "console.log(import.meta.resolve('cchc'))"], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(url.trim()).toBe(`file://${root}dist/node/index.js`);
  });
});
