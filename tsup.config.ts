import { defineConfig } from 'tsup';

// Four builds:
// 1. ESM, one file per source module (not bundled), so that bundlers drop every module an application does not
//    import ("sideEffects": false): importing `ratio` does not pull in the calendar, the datasets or zod schemas
//    of other modules. Bundlers reach it through the "module" condition of package.json "exports".
// 2. ESM for Node itself (the "node" condition), dist/node/: built by scripts/build-node.mjs after tsup (a main entry
//    that loads each module on first use; start-up budget of issue 18: +60 ms over bare node).
// 3. CommonJS, bundled per public entry, with the type declarations of both module systems.
// 4. The command line: ESM, one file with a shebang, and its CSV reading thread; never imported by the library.
// Each public entry is listed in package.json "exports"; `cchc/datasets` is a separate entry so that importing a
// function never loads data; `cchc/zod` is the only entry that imports zod; `cchc/xlsx` holds the Excel reader and
// writer (no dependency), so that an application that never touches Excel loads none of it.
const entries = {
  index: 'src/index.ts',
  'datasets/index': 'src/datasets/index.ts',
  'zod/index': 'src/zod/index.ts',
  'xlsx/index': 'src/xlsx/index.ts',
};

export default defineConfig([
  {
    entry: ['src/**/*.ts', '!src/cli/**'],
    format: ['esm'],
    bundle: false,
    dts: false,
    sourcemap: true,
    clean: true,
    target: 'node20',
    outDir: 'dist/esm',
    tsconfig: 'tsconfig.build.json',
  },
  {
    entry: entries,
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    splitting: false,
    target: 'node20',
    outDir: 'dist',
    tsconfig: 'tsconfig.build.json',
  },
  {
    entry: entries,
    format: ['esm'],
    dts: { only: true },
    clean: false,
    target: 'node20',
    outDir: 'dist',
    tsconfig: 'tsconfig.build.json',
  },
  {
    // The CLI and the thread that reads a range of a large CSV file (`cchc dossiers`, src/cli/parallel-csv.ts), which
    // the CLI starts from the file beside it.
    entry: { cli: 'src/cli/index.ts', 'csv-worker': 'src/cli/csv-worker.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    splitting: false,
    target: 'node20',
    outDir: 'dist',
    tsconfig: 'tsconfig.build.json',
    banner: { js: '#!/usr/bin/env node' },
    // Minified: less to parse at every start (`npm start`, `cchc dossiers` on a large file); the source map names
    // the original lines.
    minify: true,
    // Optional dependencies, loaded only for `--format html`.
    external: ['vega', 'vega-lite'],
  },
]);
