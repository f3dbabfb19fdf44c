// Every JSDoc @example in src/ and every ```ts sample in docs/ and README.md is type-checked by the TypeScript compiler,
// as written (the doctest harness runs them; this makes sure they also compile, so a sample never shows a call the
// types forbid). A sample that shows a mistake on purpose marks the line with `// @ts-expect-error`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { jsdocSamples, markdownSamples, type Sample } from './_doctest.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = join(root, 'test/integration/.doctest-types');

describe('doctest types', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('every sample type-checks', () => {
    const samples: Sample[] = [
      ...jsdocSamples(root, 'src'),
      ...markdownSamples(root, 'docs'),
      ...markdownSamples(root, '.', ['README.md']),
    ];
    expect(samples.length).toBeGreaterThan(100);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const where = new Map<string, string>();
    samples.forEach((s, i) => {
      const file = `sample-${i}.ts`;
      where.set(file, s.where);
      // Top-level await is allowed (module files); each sample is its own module.
      writeFileSync(join(dir, file), `${s.code}\nexport {};\n`);
    });
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        extends: '../../../tsconfig.json',
        compilerOptions: { noEmit: true, noUnusedLocals: false, noUnusedParameters: false },
        include: ['./*.ts'],
      }),
    );
    let output = '';
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json')], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      output = String((e as { stdout?: string }).stdout ?? e);
    }
    // Name each failing sample by its place in the sources.
    const failures = output
      .split('\n')
      .filter((l) => /error TS\d+/.test(l))
      .map((l) =>
        l.replace(/^.*?(sample-\d+\.ts)\((\d+),\d+\)/, (_m, f: string, line: string) => `${where.get(f) ?? f} (+${Number(line) - 1})`),
      );
    expect(failures, failures.slice(0, 40).join('\n')).toEqual([]);
  }, 300_000);
});
