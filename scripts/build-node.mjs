// Build step (after tsup): the build Node loads, dist/node/ (the "node" condition of package.json "exports").
//
// Issue 18 asks `node -e "import('cchc')"` to cost at most 60 ms over bare node. What costs is V8 parsing and compiling
// the library (~800 KB minified, about 0.1 ms of CPU per KB on the reference machine, even for functions that never
// run) and the top-level code of its modules; Node 20 has no compile cache for packages. So the main entry Node
// imports is a facade that loads almost nothing:
//
// - The calendar (its functions are called once per record in hot loops, and `civilServiceCalendar` is passed to every
//   dossier function), the classes (`CchcError`, `Schema`: `instanceof` must hold at once) and `CchcDecimal` are loaded
//   at import, from `_eager.js`.
// - Every other module (`core`'s other functions, `units`, `dossier`, `plan`, `par`, `quota`, `indicator`, `qd766`,
//   `audit`, `report`) is an entry of its own, `_lazy/<module>.js`, loaded on the first call of one of its functions
//   or the first use of one of its constants, synchronously, with `require()` of an ES module (Node ≥ 20.19 and
//   ≥ 22.12; see `process.features.require_module`). On a Node without it, the facade imports every module at start,
//   as the previous build did.
// - A function is exported as a function of the same name and `length` that calls the module's own.
// - A constant (object or array) is exported as a stand-in built on first use (`lazyFrozen`, as the library already
//   does for its schemas and tables): same keys, prototype and values, deeply frozen (or unfrozen, when the value is
//   not frozen). When it is built, the stand-in
//   is registered wherever the library knows the value by identity (`adoptIdentity`), so functions accept it exactly
//   as they accept the value.
// - A primitive constant is written as its value.
//
// Everything is one esbuild build with code splitting, so `cchc`, `cchc/datasets`, `cchc/zod` and `cchc/xlsx` share
// one copy of each module (one `CchcError` class, one registry). The other entries are not facades (they are small, or
// their users want all of them). test/integration/node-facade.test.ts checks the facade against the sources.
//
// Bundlers are not concerned: they take the one-file-per-module ESM build (the "module" condition) and tree-shake.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist', 'node');

/** The modules `src/index.ts` re-exports, in its order. */
const MODULES = ['core', 'calendar', 'units', 'dossier', 'plan', 'par', 'quota', 'indicator', 'qd766', 'audit', 'report'];
/** Modules loaded at import (see above). */
const EAGER_MODULES = [];
/**
 * Exports loaded at import all the same, by the file that defines them: classes (`instanceof` must hold before
 * anything is loaded), and an object with private fields (a stand-in cannot call its methods).
 */
const EAGER_NAMES = {
  'core/errors.ts': ['CchcError'],
  'core/schema.ts': ['Schema'],
  'calendar/civil-service-calendar.ts': ['civilServiceCalendar'],
};
/** The other public entries (package.json "exports"), built as they are. */
const OTHER_ENTRIES = { 'datasets/index': 'datasets/index.ts', 'zod/index': 'zod/index.ts', 'xlsx/index': 'xlsx/index.ts' };

const src = (path) => join(root, 'src', path).split('\\').join('/');
const EAGER_SOURCE = [
  ...EAGER_MODULES.map((m) => `export * from ${JSON.stringify(src(`${m}/index.ts`))};`),
  // From the files that define them: `export *` of a module's index would bring every file of the module.
  ...Object.entries(EAGER_NAMES).map(([file, names]) => `export { ${names.join(', ')} } from ${JSON.stringify(src(file))};`),
  `export { lazyFrozen } from ${JSON.stringify(src('core/_internal/lazy-frozen.ts'))};`,
  `export { adoptIdentity } from ${JSON.stringify(src('core/_internal/identity.ts'))};`,
  `export { lazyFunction } from ${JSON.stringify(src('core/_internal/lazy-function.ts'))};`,
].join('\n');

rmSync(out, { recursive: true, force: true });
const result = await build({
  entryPoints: {
    _eager: 'cchc-node:eager',
    ...Object.fromEntries(MODULES.filter((m) => !EAGER_MODULES.includes(m)).map((m) => [`_lazy/${m}`, src(`${m}/index.ts`)])),
    ...Object.fromEntries(Object.entries(OTHER_ENTRIES).map(([k, v]) => [k, src(v)])),
  },
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  // Functions and classes keep their names (`CchcError.name`, and a stack trace names the function).
  keepNames: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  outdir: out,
  tsconfig: join(root, 'tsconfig.build.json'),
  external: ['decimal.js', 'zod', 'vega', 'vega-lite'],
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
  plugins: [
    {
      name: 'cchc-node-eager',
      setup(b) {
        b.onResolve({ filter: /^cchc-node:eager$/ }, () => ({ path: 'eager', namespace: 'cchc-node' }));
        b.onLoad({ filter: /.*/, namespace: 'cchc-node' }, () => ({ contents: EAGER_SOURCE, loader: 'ts', resolveDir: root }));
      },
    },
  ],
});

// What each module exports, read from the modules just built (importing them builds no constant).
const eager = await import(pathToFileURL(join(out, '_eager.js')).href);
const lazy = {};
for (const m of MODULES) if (!EAGER_MODULES.includes(m)) lazy[m] = await import(pathToFileURL(join(out, '_lazy', `${m}.js`)).href);
const publicApi = await import(pathToFileURL(join(root, 'dist', 'esm', 'index.js')).href);

const isClass = (f) => /^class[\s{]/.test(Function.prototype.toString.call(f));
const plainFunction = (f) =>
  typeof f === 'function' && !isClass(f) && Object.getOwnPropertyNames(f).every((p) => p === 'length' || p === 'name' || p === 'prototype');
const INTERNAL = new Set(['lazyFrozen', 'adoptIdentity', 'lazyFunction']);

const lines = [
  '// Generated by scripts/build-node.mjs: the main entry of the build Node loads (see that script). Do not edit.',
  "import { createRequire } from 'node:module';",
  `import { lazyFrozen as __lazyFrozen, adoptIdentity as __adopt, lazyFunction as __lazyFunction } from './_eager.js';`,
];
const reexports = [];
const body = [];
const lengths = [];
const seen = new Set();
for (const name of Object.keys(eager)) {
  if (INTERNAL.has(name)) continue;
  if (!(name in publicApi)) throw new Error(`build-node: _eager.js exports ${name}, which cchc does not`);
  reexports.push(name);
  seen.add(name);
}
const loaders = [];
for (const [m, ns] of Object.entries(lazy)) {
  const loader = `__${m}`;
  let used = false;
  for (const [name, value] of Object.entries(ns)) {
    if (seen.has(name)) {
      if (eager[name] !== undefined && eager[name] !== value) throw new Error(`build-node: ${name} differs between _eager.js and ${m}`);
      continue;
    }
    if (!(name in publicApi)) continue; // re-exported by a module but not by the package
    seen.add(name);
    used = true;
    const ref = `${loader}().${name}`;
    if (typeof value === 'function') {
      if (isClass(value)) throw new Error(`build-node: ${m}.${name} is a class: add it to EAGER_NAMES`);
      if (!plainFunction(value)) {
        // A constructor with properties of its own (CchcDecimal): every operation goes to the function once loaded.
        body.push(`export const ${name}=__lazyFunction(()=>${ref},${JSON.stringify(value.name)},${value.length});`);
        continue;
      }
      body.push(`let ${loader}_${name};export function ${name}(){return(${loader}_${name}??=${ref}).apply(this,arguments)}`);
      if (value.length !== 0) lengths.push(`[${name},${value.length}]`);
    } else if (typeof value === 'object' && value !== null) {
      const proto = Object.getPrototypeOf(value);
      const plain = proto === null || proto === Object.prototype || proto === Array.prototype || Object.prototype.isPrototypeOf.call(eager.Schema.prototype, value);
      if (!plain) throw new Error(`build-node: ${m}.${name} is not a plain object, array or schema (${proto?.constructor?.name})`);
      const flags = (Array.isArray(value) ? 1 : 0) | (Object.isFrozen(value) ? 0 : 2);
      body.push(`export const ${name}=__lazy(()=>${ref}${flags ? `,${flags}` : ''});`);
    } else if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
      if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`build-node: ${m}.${name} is not finite`);
      body.push(`export const ${name}=${JSON.stringify(value)};`);
    } else throw new Error(`build-node: ${m}.${name}: unexpected ${typeof value}`);
  }
  if (used) loaders.push(m);
}
const missing = Object.keys(publicApi).filter((k) => !seen.has(k));
if (missing.length) throw new Error(`build-node: not placed: ${missing.join(', ')}`);

lines.push(`export { ${reexports.join(', ')} } from './_eager.js';`);
lines.push(
  // require() of an ES module: Node ≥ 20.19 and ≥ 22.12. Elsewhere, every module is imported at start.
  'const __require=process.features.require_module?createRequire(import.meta.url):undefined;',
  `const __all=__require?undefined:await Promise.all([${loaders.map((m) => `import('./_lazy/${m}.js')`).join(',')}]);`,
  ...loaders.map((m, i) => `let __${m}_m;const __${m}=()=>__${m}_m??=__all?__all[${i}]:__require('./_lazy/${m}.js');`),
  // flags: 1 an array, 2 not frozen (left unfrozen, as the value is).
  'const __lazy=(get,flags=0)=>__lazyFrozen(get,{array:(flags&1)!==0,freeze:(flags&2)===0,onBuilt:__adopt});',
  ...body,
  `for(const[f,n]of[${lengths.join(',')}])Object.defineProperty(f,'length',{value:n});`,
);
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'index.js'), `${lines.join('\n')}\n`);
if (process.env.CCHC_BUILD_META) writeFileSync(process.env.CCHC_BUILD_META, JSON.stringify(result.metafile));
