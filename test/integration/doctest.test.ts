// Every JSDoc @example in src/ and every ```ts sample in docs/ runs, and its result comments are checked.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CchcError } from 'cchc';
import { instrument, jsdocSamples, markdownSamples, type Sample } from './_doctest.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tmp = join(root, 'test/integration/.doctest');

function normalize(v: unknown): unknown {
  if (
    v !== null &&
    typeof v === 'object' &&
    'toFixed' in v &&
    typeof (v as { toString: unknown }).toString === 'function' &&
    CchcDecimalLike(v)
  )
    return String(v);
  return v;
}
function CchcDecimalLike(v: object): boolean {
  return v.constructor?.name === 'Decimal';
}

const doctest = {
  equal(actual: unknown, expected: unknown, line: string) {
    expect(normalize(actual), line).toEqual(expected);
  },
  match(actual: unknown, expected: unknown, line: string) {
    if (Array.isArray(expected)) expect(actual, line).toEqual(expect.arrayContaining(expected));
    else if (typeof expected === 'object' && expected !== null) expect(actual, line).toMatchObject(expected as object);
    else expect(normalize(actual), line).toEqual(expected);
  },
  throws(fn: () => unknown, code: string) {
    let thrown: unknown;
    try {
      fn();
    } catch (e) {
      thrown = e;
    }
    expect(thrown, `expected CchcError ${code}`).toBeInstanceOf(CchcError);
    expect((thrown as CchcError).code).toBe(code);
  },
};

const samples: Sample[] = [...jsdocSamples(root, 'src'), ...markdownSamples(root, 'docs'), ...markdownSamples(root, '.', ['README.md'])];

beforeAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  (globalThis as { __doctest?: unknown }).__doctest = doctest;
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('doctests', () => {
  it('found samples in src/ and docs/', () => {
    expect(samples.length).toBeGreaterThan(20);
  });

  it.each(samples.map((s, i) => [`${s.where} (${s.name})`, s, i] as const))('%s', async (_label, sample, i) => {
    const { source } = instrument(sample.code);
    const file = join(tmp, `sample-${i}.ts`);
    writeFileSync(file, `// ${sample.where}\n${source}\nexport {};\n`);
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      await import(/* @vite-ignore */ file);
    } finally {
      log.mockRestore();
    }
  });
});
