// The built package (dist/), as users get it: both module systems load, and the data entry is separate.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('built package', () => {
  it('has been built (npm test builds before running vitest)', () => {
    expect(existsSync(`${root}dist/index.js`)).toBe(true);
    expect(existsSync(`${root}dist/index.cjs`)).toBe(true);
    expect(existsSync(`${root}dist/index.d.ts`)).toBe(true);
  });

  it('loads through require (CJS) and import (ESM) with the same API', async () => {
    const require = createRequire(import.meta.url);
    const cjs = require(`${root}dist/index.cjs`);
    const esm = await import(`${root}dist/index.js`);
    expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort());
    expect(cjs.formatPercent(cjs.ratio(618369, 621448))).toBe('99,50%');
    expect(esm.formatPercent(esm.ratio(618369, 621448), { locale: 'en' })).toBe('99.50%');
  });

  it('resolves "cchc" and "cchc/datasets" by name from a consumer, in both module systems', () => {
    const esm = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', "import { ratio } from 'cchc'; import * as d from 'cchc/datasets'; console.log(typeof ratio, Object.keys(d).length > 0)"],
      { cwd: root, encoding: 'utf8' },
    );
    expect(esm.trim()).toBe('function true');
    const cjs = execFileSync(process.execPath, ['-e', "const { ratio } = require('cchc'); console.log(typeof ratio)"], { cwd: root, encoding: 'utf8' });
    expect(cjs.trim()).toBe('function');
  });

  it('keeps data out of the main entry', () => {
    const main = readFileSync(`${root}dist/index.js`, 'utf8');
    // Figures that only the datasets hold must not be in the code bundle.
    expect(main).not.toContain('Báo cáo số 389/BC-UBND ngày 09/12/2019 của UBND tỉnh Kiên Giang');
  });

  it('declares sideEffects: false', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
    expect(pkg.sideEffects).toBe(false);
  });
});
