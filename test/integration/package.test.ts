// The built package (dist/), as users get it: both module systems load, the data entry is separate, and importing one
// function does not pull in the rest.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('built package', () => {
  it('has been built (npm test builds before running vitest)', () => {
    for (const f of [
      'dist/esm/index.js',
      'dist/index.cjs',
      'dist/index.d.ts',
      'dist/index.d.cts',
      'dist/esm/datasets/index.js',
      'dist/datasets/index.cjs',
    ]) {
      expect(existsSync(`${root}${f}`), f).toBe(true);
    }
  });

  it('loads through require (CJS) and import (ESM) with the same API', async () => {
    const require = createRequire(import.meta.url);
    const cjs = require(`${root}dist/index.cjs`);
    const esm = await import(`${root}dist/esm/index.js`);
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort());
    expect(cjs.formatPercent(cjs.ratio(618369, 621448))).toBe('99,50%');
    expect(esm.formatPercent(esm.ratio(618369, 621448), { locale: 'en' })).toBe('99.50%');
    expect(esm.addWorkingDays('2020-01-20', 5)).toBe('2020-02-03');
  });

  it('resolves "cchc" and "cchc/datasets" by name from a consumer, in both module systems', () => {
    const esm = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { ratio } from 'cchc'; import * as d from 'cchc/datasets'; console.log(typeof ratio, Object.keys(d).length > 0)",
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(esm.trim()).toBe('function true');
    const cjs = execFileSync(process.execPath, ['-e', "const { ratio } = require('cchc'); console.log(typeof ratio)"], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(cjs.trim()).toBe('function');
  });

  it('keeps data out of the main entry', () => {
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) walk(fileURLToPath(new URL(m[1]!, `file://${file}`)));
    };
    walk(`${root}dist/esm/index.js`);
    expect([...seen].some((f) => f.includes('/datasets/'))).toBe(false);
    expect(readFileSync(`${root}dist/index.cjs`, 'utf8')).not.toContain('Báo cáo số 389/BC-UBND ngày 09/12/2019 của UBND tỉnh Kiên Giang');
  });

  it('importing one function bundles only what it needs (sideEffects: false, one ESM file per module)', async () => {
    const { build } = await import('esbuild');
    const size = async (code: string) => {
      const r = await build({
        stdin: { contents: code, resolveDir: root, sourcefile: 'entry.mjs' },
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'node',
        minify: true,
        external: ['zod', 'decimal.js', 'date-fns'],
        logLevel: 'silent',
      });
      return r.outputFiles[0]!.text.length;
    };
    const whole = await size("import * as c from 'cchc'; console.log(Object.keys(c).length);");
    const one = await size("import { ratio } from 'cchc'; console.log(ratio(1, 2));");
    expect(one).toBeLessThan(15_000);
    expect(one * 20).toBeLessThan(whole);
  });

  it('declares sideEffects: false', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    expect(pkg.sideEffects).toBe(false);
  });
});
