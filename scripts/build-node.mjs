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
// Loading is synchronous: `require()` of an ES module (Node ≥ 20.19 and ≥ 22.12; `process.features.require_module`).
// Every file of the implementation is loaded that way, never by `import`, including by the other public entries
// (`cchc/datasets`, `cchc/zod`, `cchc/xlsx`, which load theirs at import): Node refuses to `require()` a file that an
// `import()` still in flight is loading, so the two must never meet (two entries imported at once, `Promise.all`).
// The packages the implementation imports (decimal.js, zod) are not taken with `require()`: an application's own
// `import('decimal.js')` in flight could meet it the same way. Each entry that may need one imports it statically
// (the main entry: decimal.js, ~8 ms of the import) and hands it to the implementation (`_packages.js`), which so uses
// the application's own ES modules (results are `instanceof` the application's `Decimal`). On a Node without
// `require()` of ES modules (22.0–22.11), each entry imports all of its implementation at start instead.
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
/** Packages the library imports (see above), with each named import the sources use, and the entries that need them. */
const PACKAGES = { 'decimal.js': { names: ['Decimal'], entries: ['index', ...OTHER_ENTRIES] }, zod: { names: ['z'], entries: ['zod'] } };

const src = (path) => join(root, 'src', path).split('\\').join('/');
const EAGER_SOURCE = [
  `export { lazyFrozen } from ${JSON.stringify(src('core/_internal/lazy-frozen.ts'))};`,
  `export { adoptIdentity } from ${JSON.stringify(src('core/_internal/identity.ts'))};`,
  `export { lazyFunction } from ${JSON.stringify(src('core/_internal/lazy-function.ts'))};`,
].join('\n');
const INTERNAL = new Set(['lazyFrozen', 'adoptIdentity', 'lazyFunction']);

rmSync(out, { recursive: true, force: true });
const result = await build({
  entryPoints: {
    _eager: 'cchc-node:eager',
    _packages: 'cchc-node:packages',
    ...Object.fromEntries(MODULES.map((m) => [`_lazy/${m}`, src(`${m}/index.ts`)])),
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
  // The chart packages, loaded with `import()` only for HTML and SVG output.
  external: ['vega', 'vega-lite'],
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
  plugins: [
    {
      name: 'cchc-node',
      setup(b) {
        b.onResolve({ filter: /^cchc-node:(eager|packages)$/ }, (args) => ({ path: args.path.slice(10), namespace: 'cchc-node' }));
        b.onLoad({ filter: /^eager$/, namespace: 'cchc-node' }, () => ({ contents: EAGER_SOURCE, loader: 'ts', resolveDir: root }));
        // Where the entries put the packages they imported.
        b.onLoad({ filter: /^packages$/, namespace: 'cchc-node' }, () => ({ contents: 'export const packages = {};', loader: 'js' }));
        // A package, as the module an entry handed over.
        const packages = new RegExp(`^(${Object.keys(PACKAGES).map((p) => p.replace('.', '\\.')).join('|')})$`);
        b.onResolve({ filter: packages }, (args) => ({ path: args.path, namespace: 'cchc-package' }));
        b.onLoad({ filter: /.*/, namespace: 'cchc-package' }, (args) => ({
          contents: [
            "import { packages } from 'cchc-node:packages';",
            `const m = packages[${JSON.stringify(args.path)}];`,
            `if (m === undefined) throw new Error(${JSON.stringify(`cchc: ${args.path} was not handed over by the entry (scripts/build-node.mjs)`)});`,
            ...PACKAGES[args.path].names.map((name) => `export const ${name} = m.${name};`),
            'export default m.default;',
          ].join('\n'),
          loader: 'js',
        }));
      },
    },
  ],
});
if (process.env.CCHC_BUILD_META) writeFileSync(process.env.CCHC_BUILD_META, JSON.stringify(result.metafile));

// What each module exports, read from the modules just built (importing them builds no constant).
const load = (file) => import(pathToFileURL(join(out, file)).href);
const { packages } = await load('_packages.js');
for (const p of Object.keys(PACKAGES)) packages[p] = await import(p);
const eager = await load('_eager.js');
const lazy = {};
for (const m of MODULES) lazy[m] = await load(`_lazy/${m}.js`);
const publicApi = await import(pathToFileURL(join(root, 'dist', 'esm', 'index.js')).href);

const isClass = (f) => /^class[\s{]/.test(Function.prototype.toString.call(f));
const plainFunction = (f) =>
  typeof f === 'function' && !isClass(f) && Object.getOwnPropertyNames(f).every((p) => p === 'length' || p === 'name' || p === 'prototype');

/**
 * How an entry takes a file of the implementation: `require()` of an ES module where Node has it, else `import()` at
 * start (`files` are all the files the entry may ask for, imported then).
 */
const loaderLines = (entry, up, files) => {
  const packages = Object.keys(PACKAGES).filter((p) => PACKAGES[p].entries.includes(entry));
  return [
    ...packages.map((p, i) => `import * as __package${i} from '${p}';`),
    "import { createRequire } from 'node:module';",
    '// require() of an ES module: Node ≥ 20.19 and ≥ 22.12. Elsewhere, every file is imported at start.',
    'const __require = process.features.require_module ? createRequire(import.meta.url) : undefined;',
    '// The packages, handed to the implementation before any of it runs.',
    `const { packages: __packages } = __require ? __require('${up}_packages.js') : await import('${up}_packages.js');`,
    ...packages.map((p, i) => `__packages[${JSON.stringify(p)}] ??= __package${i};`),
    `const __imported = __require ? undefined : await Promise.all([${files.map((f) => `import('${up}${f}')`).join(', ')}]);`,
  `const __files = ${JSON.stringify(files)};`,
    `const __load = (file) => (__imported ? __imported[__files.indexOf(file)] : __require('${up}' + file));`,
  ];
};

// The main entry.
const seen = new Set();
const eagerNames = Object.keys(eager).filter((name) => !INTERNAL.has(name));
for (const name of eagerNames) {
  if (!(name in publicApi)) throw new Error(`build-node: _eager.js exports ${name}, which cchc does not`);
  seen.add(name);
}
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
      if (name in eager && eager[name] !== value) throw new Error(`build-node: ${name} differs between _eager.js and ${m}`);
      continue;
    }
    if (!(name in publicApi)) continue; // re-exported by a module but not by the package
    seen.add(name);
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
  ...loaderLines('index', './', ['_eager.js', ...used.map((m) => `_lazy/${m}.js`)]),
  "const __eager = __load('_eager.js');",
  'const { lazyFrozen: __lazyFrozen, adoptIdentity: __adopt, lazyFunction: __lazyFunction } = __eager;',
  ...(eagerNames.length ? [`export const { ${eagerNames.join(', ')} } = __eager;`] : []),
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
    ...loaderLines(entry, '../', [file]),
    `export const { ${Object.keys(ns).join(', ')} } = __load(${JSON.stringify(file)});`,
  ];
  writeFileSync(join(out, entry, 'index.js'), `${lines.join('\n')}\n`);
}
