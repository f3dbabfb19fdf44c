// Run by test/integration/node-facade.test.ts in a plain `node` process: imports each prepared doctest sample (JSDoc
// and guide samples, instrumented by _doctest.ts and stripped of types) from the directory given as argument. The
// samples import 'cchc' by name, which Node resolves to the package's own Node build (the "node" condition), so every
// sample runs against the main entry's facade (scripts/build-node.mjs). Prints a JSON line { ran, failures }.
//
// The checks mirror doctest.test.ts: `equal` is a deep equality that ignores prototypes and undefined properties
// (vitest's toEqual), with a Decimal result compared as its text; `match` is a partial match (toMatchObject, or
// arrayContaining for an array); `throws` expects a CchcError with the code.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CchcError } from 'cchc';

const dir = process.argv[2];
const isDecimal = (v) => v !== null && typeof v === 'object' && v.constructor?.name === 'Decimal' && typeof v.toFixed === 'function';
const top = (v) => (isDecimal(v) ? String(v) : v);
/** A plain copy: objects lose their prototype and their undefined properties (toEqual ignores both). */
const plain = (v, seen = new Map()) => {
  if (v === null || typeof v !== 'object') return v;
  if (seen.has(v)) return seen.get(v);
  if (Array.isArray(v)) {
    const out = [];
    seen.set(v, out);
    for (const x of v) out.push(plain(x, seen));
    return out;
  }
  if (v instanceof Map || v instanceof Set || v instanceof Date || v instanceof RegExp) return v;
  const out = {};
  seen.set(v, out);
  for (const k of Object.keys(v)) if (v[k] !== undefined) out[k] = plain(v[k], seen);
  return out;
};
/** Whether `actual` holds everything `expected` holds (toMatchObject). */
const matches = (actual, expected) => {
  if (expected === null || typeof expected !== 'object') return Object.is(top(actual), expected) || isDeepEqual(actual, expected);
  if (actual === null || typeof actual !== 'object') return false;
  if (Array.isArray(expected))
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matches(actual[i], e));
  return Object.keys(expected).every((k) => k in actual && matches(actual[k], expected[k]));
};
const isDeepEqual = (a, b) => {
  try {
    assert.deepStrictEqual(plain(a), plain(b));
    return true;
  } catch {
    return false;
  }
};

let current = '';
const failures = [];
const fail = (line, message) => failures.push(`${current} ${line}: ${message}`);
globalThis.__doctest = {
  equal(actual, expected, line) {
    if (!isDeepEqual(top(actual), expected)) fail(line, `got ${safe(actual)}`);
  },
  match(actual, expected, line) {
    const ok = Array.isArray(expected)
      ? Array.isArray(actual) && expected.every((e) => actual.some((a) => isDeepEqual(a, e)))
      : matches(actual, expected);
    if (!ok) fail(line, `got ${safe(actual)}`);
  },
  throws(fn, code) {
    let thrown;
    try {
      fn();
    } catch (e) {
      thrown = e;
    }
    if (!(thrown instanceof CchcError) || thrown.code !== code) fail(`throws ${code}`, `got ${safe(thrown)}`);
  },
};
const safe = (v) => {
  try {
    return JSON.stringify(top(v))?.slice(0, 300) ?? String(v);
  } catch {
    return String(v);
  }
};

console.log = () => undefined;
let ran = 0;
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.mjs'))
  .sort()) {
  current = readFileSync(join(dir, file), 'utf8')
    .split('\n', 1)[0]
    .replace(/^\/\/ /, '');
  try {
    await import(pathToFileURL(join(dir, file)).href);
    ran++;
  } catch (e) {
    failures.push(`${current}: ${e instanceof Error ? `${e.name}: ${e.message.split('\n')[0]}` : String(e)}`);
  }
}
process.stdout.write(`${JSON.stringify({ ran, failures })}\n`);
