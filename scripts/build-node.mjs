// Build step (after tsup): the build Node loads, dist/node/ (the "node" condition of package.json "exports").
//
// Issue 18 asks `node -e "import('cchc')"` to cost at most 60 ms over bare node. What costs is V8 parsing and compiling
// the library (~800 KB minified, about 0.1 ms of CPU per KB on the reference machine, even for functions that never
// run) and the top-level code of its modules; Node 20 has no compile cache for packages. So the main entry Node
// imports is a facade that loads almost nothing:
//
// - At import: the facade itself, decimal.js (see below) and the three helpers it is made of (`_eager.js`).
// - Every module of the library (`core`, `calendar`, `units`, `dossier`, `plan`, `par`, `quota`, `indicator`, `qd766`,
//   `audit`, `report`) is an entry of its own, `_lazy/<module>.js`, loaded on the first call of one of its functions
//   or the first use of one of its constants.
// - A function is exported as a function of the same name and `length` that calls the module's own.
// - A constant (object or array) is exported as a stand-in built on first use (`lazyFrozen`, as the library already
//   does for its schemas and tables): same keys, prototype and values, frozen deeply (or not frozen, when the value is
//   not). When it is built, the stand-in is registered wherever the library knows the value by identity
//   (`adoptIdentity`), so functions accept it exactly as they accept the value.
// - A class (`CchcError`, `Schema`) or a constructor with properties of its own (`CchcDecimal`) is a stand-in that
//   forwards everything to it (`lazyFunction`): `new`, calls, statics, `instanceof`, `extends`.
// - `civilServiceCalendar`, an instance with private fields, is a stand-in whose methods are bound to the calendar
//   (INSTANCES); the calendar option's reader takes the calendar itself from it (`valueOfStandIn`).
// - A primitive constant is written as its value.
//
// Loading is synchronous: `require()` of an ES module. So the entries are under the `"module-sync"` condition of
// package.json "exports", which Node matches only where it has `require()` of ES modules (≥ 20.19, ≥ 22.12); the
// `"node"` condition after it (22.0–22.11) gives `_entries/<entry>.js`, each public entry whole, as before. No entry
// has a top-level `await` (an application may `require()` an ES module that imports cchc).
//
// Every file of the implementation is loaded with `require()`, never by `import`, including by the other public
// entries (`cchc/datasets`, `cchc/zod`, `cchc/xlsx`, which load theirs at import): Node refuses to `require()` a file
// that an `import()` in flight is still loading, so the two must never meet (two entries imported at once,
// `Promise.all`). The files an entry does import, it imports statically, before any `require()`: the helpers
// (`_eager.js`) and the packages the implementation imports (decimal.js, zod; the application's own ES modules, so
// results are `instanceof` the application's `Decimal`). Every entry imports them all, so none is still loading when
// an entry runs. decimal.js costs the main entry ~8 ms of its import.
//
// One esbuild build with code splitting, so that all entries share one copy of each module (one `CchcError` class,
// one registry). test/integration/node-facade.test.ts checks the result against the one-file-per-module build, runs
// every doc sample against it, and checks what is loaded when.
//
// Bundlers are not concerned: they take the one-file-per-module ESM build (the "module" condition) and tree-shake.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'dist', 'node');

/** The modules `src/index.ts` re-exports, in its order: each is loaded on first use. */
const MODULES = ['core', 'calendar', 'units', 'dossier', 'plan', 'par', 'quota', 'indicator', 'qd766', 'audit', 'report'];
/** Exported instances of classes with private fields: their stand-ins read methods bound to the instance. */
const INSTANCES = ['civilServiceCalendar'];
/** The other public entries (package.json "exports"): all of each is loaded at import. */
const OTHER_ENTRIES = ['datasets', 'zod', 'xlsx'];
/** Packages the implementation imports, and the entries that import them first (see above). */
const PACKAGES = { 'decimal.js': ['index', ...OTHER_ENTRIES], zod: ['zod'] };

const src = (path) => join(root, 'src', path).split('\\').join('/');
/** `_eager.js`: the helpers the facade is made of (the only code of the library loaded at import). */
const EAGER_SOURCE = [
  `export { lazyFrozen } from ${JSON.stringify(src('core/_internal/lazy-frozen.ts'))};`,
  `export { adoptIdentity } from ${JSON.stringify(src('core/_internal/identity.ts'))};`,
  `export { lazyFunction } from ${JSON.stringify(src('core/_internal/lazy-function.ts'))};`,
].join('\n');

rmSync(out, { recursive: true, force: true });
const result = await build({
  entryPoints: {
    _eager: 'cchc-node:eager',
    ...Object.fromEntries(MODULES.map((m) => [`_lazy/${m}`, src(`${m}/index.ts`)])),
    // Every public entry whole, for a Node without require() of ES modules (the "node" condition; see above).
    '_entries/index': src('index.ts'),
    ...Object.fromEntries(OTHER_ENTRIES.map((e) => [`_entries/${e}`, src(`${e}/index.ts`)])),
  },
  bundle: true,
  splitting: true,
  format: 'esm',
  // Minified but for names: functions and classes keep theirs (`CchcError.name`, a stack trace names the function).
  // esbuild's `keepNames` would cost ~6 ms at import (a call per closure made); keeping identifiers costs nothing
  // measurable at import (the files loaded at import are small) and ~30% more bytes on disk.
  minifyWhitespace: true,
  minifySyntax: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  outdir: out,
  tsconfig: join(root, 'tsconfig.build.json'),
  // decimal.js and zod (see above), and the chart packages, loaded with `import()` only for HTML and SVG output.
  external: ['decimal.js', 'zod', 'vega', 'vega-lite'],
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
  plugins: [
    {
      name: 'cchc-node',
      setup(b) {
        b.onResolve({ filter: /^cchc-node:eager$/ }, () => ({ path: 'eager', namespace: 'cchc-node' }));
        b.onLoad({ filter: /^eager$/, namespace: 'cchc-node' }, () => ({ contents: EAGER_SOURCE, loader: 'ts', resolveDir: root }));
      },
    },
  ],
});
if (process.env.CCHC_BUILD_META) writeFileSync(process.env.CCHC_BUILD_META, JSON.stringify(result.metafile));

// What each module exports, read from the modules just built (importing them builds no constant).
const load = (file) => import(pathToFileURL(join(out, file)).href);
const lazy = {};
for (const m of MODULES) lazy[m] = await load(`_lazy/${m}.js`);
const publicApi = await import(pathToFileURL(join(root, 'dist', 'esm', 'index.js')).href);

const isClass = (f) => /^class[\s{]/.test(Function.prototype.toString.call(f));
const plainFunction = (f) =>
  typeof f === 'function' && !isClass(f) && Object.getOwnPropertyNames(f).every((p) => p === 'length' || p === 'name' || p === 'prototype');

/**
 * The first lines of an entry (`up`: the way to dist/node/ from it): the packages its implementation imports and the
 * helpers (`_eager.js`), imported statically so that they are loaded before any `require()`; then `__load`, which takes
 * a file of the implementation with `require()`. No top-level `await`: an application may `require()` an ES module
 * that imports cchc.
 */
const headerLines = (entry, up) => [
  ...Object.keys(PACKAGES)
    .filter((p) => PACKAGES[p].includes(entry))
    .map((p) => `import '${p}';`),
  entry === 'index' ? `import * as __eager from '${up}_eager.js';` : `import '${up}_eager.js';`,
  "import { createRequire } from 'node:module';",
  'const __require = createRequire(import.meta.url);',
  `const __load = (file) => __require('${up}' + file);`,
];

// The main entry.
/** Each export placed, with its value. */
const seen = new Map();
const body = [];
const used = [];
for (const [m, ns] of Object.entries(lazy)) {
  const loader = `__${m}`;
  /** Plain functions and constants of the module, as `name` or `name:number` (a length, or flags). */
  const functions = [];
  const constants = [];
  const others = [];
  for (const [name, value] of Object.entries(ns)) {
    if (seen.has(name)) {
      // Exported by an earlier module too (a module re-exporting another's): it must be the same value.
      if (seen.get(name) !== value) throw new Error(`build-node: ${name} differs between two modules (${m})`);
      continue;
    }
    if (!(name in publicApi)) continue; // re-exported by a module but not by the package
    seen.set(name, value);
    if (typeof value === 'function') {
      if (plainFunction(value)) functions.push(value.length ? `${name}:${value.length}` : name);
      // A class, or a constructor with properties of its own (CchcDecimal): every operation goes to the function.
      else others.push(`export const ${name} = __lazyFunction(() => ${loader}().${name}, ${JSON.stringify(value.name)}, ${value.length});`);
    } else if (typeof value === 'object' && value !== null) {
      const proto = Object.getPrototypeOf(value);
      const instance = INSTANCES.includes(name);
      const plain = proto === null || proto === Object.prototype || proto === Array.prototype || Object.prototype.isPrototypeOf.call(lazy.core.Schema.prototype, value);
      if (!plain && !instance) throw new Error(`build-node: ${m}.${name} is not a plain object, array or schema (${proto?.constructor?.name}): add it to INSTANCES`);
      // Flags: 1 an array; 2 frozen as the value is, not deeply by the stand-in; 4 methods bound to the value.
      const flags = (Array.isArray(value) ? 1 : 0) | (Object.isFrozen(value) && !instance ? 0 : 2) | (instance ? 4 : 0);
      constants.push(flags ? `${name}:${flags}` : name);
    } else if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
      if (typeof value === 'number' && !Number.isFinite(value)) throw new Error(`build-node: ${m}.${name} is not finite`);
      others.push(`export const ${name} = ${JSON.stringify(value)};`);
    } else throw new Error(`build-node: ${m}.${name}: unexpected ${typeof value}`);
  }
  const names = (list) => list.map((x) => x.split(':')[0]).join(', ');
  if (functions.length) body.push(`export const [${names(functions)}] = __functions(${loader}, ${JSON.stringify(functions.join(' '))});`);
  if (constants.length) body.push(`export const [${names(constants)}] = __constants(${loader}, ${JSON.stringify(constants.join(' '))});`);
  body.push(...others);
  if (functions.length || constants.length || others.some((l) => l.includes(`${loader}()`))) used.push(m);
}
const missing = Object.keys(publicApi).filter((k) => !seen.has(k));
if (missing.length) throw new Error(`build-node: not placed: ${missing.join(', ')}`);

const main = [
  '// Generated by scripts/build-node.mjs: the main entry of the build Node loads (see that script). Do not edit.',
  ...headerLines('index', './'),
  'const { lazyFrozen: __lazyFrozen, adoptIdentity: __adopt, lazyFunction: __lazyFunction } = __eager;',
  ...used.map((m) => `let __${m}_m;\nconst __${m} = () => (__${m}_m ??= __load('_lazy/${m}.js'));`),
  '// Functions: each calls the module’s own (loaded on the first call), with the same name and length.',
  'const __functions = (module, list) =>',
  "  list.split(' ').map((item) => {",
  "    const [name, length] = item.split(':');",
  '    let real;',
  '    const f = function () {',
  '      return (real ??= module()[name]).apply(this, arguments);',
  '    };',
  "    Object.defineProperty(f, 'name', { value: name });",
  "    if (length) Object.defineProperty(f, 'length', { value: +length });",
  '    return f;',
  '  });',
  '// Constants: stand-ins built on first use; flags 1 an array, 2 frozen as the value is (not deeply by the stand-in),',
  '// 4 methods bound to the value.',
  'const __constants = (module, list) =>',
  "  list.split(' ').map((item) => {",
  "    const [name, flags = 0] = item.split(':');",
  '    const options = { array: (flags & 1) !== 0, freeze: (flags & 2) === 0, bindMethods: (flags & 4) !== 0, onBuilt: __adopt };',
  '    return __lazyFrozen(() => module()[name], options);',
  '  });',
  ...body,
];
writeFileSync(join(out, 'index.js'), `${main.join('\n')}\n`);

// The other entries: all of the entry, taken at import, through the same loader.
for (const entry of OTHER_ENTRIES) {
  const ns = await load(`_entries/${entry}.js`);
  const file = `_entries/${entry}.js`;
  mkdirSync(join(out, entry), { recursive: true });
  const lines = [
    `// Generated by scripts/build-node.mjs: the entry cchc/${entry} of the build Node loads (see that script). Do not edit.`,
    ...headerLines(entry, '../'),
    `export const { ${Object.keys(ns).join(', ')} } = __load(${JSON.stringify(file)});`,
  ];
  writeFileSync(join(out, entry, 'index.js'), `${lines.join('\n')}\n`);
}
