import { defineConfig } from 'tsup';

// One build, two formats. Each public entry is listed here and in package.json "exports".
// `cchc/datasets` is a separate entry so that importing a function never loads the data.
export default defineConfig([
  {
  entry: {
    index: 'src/index.ts',
    'datasets/index': 'src/datasets/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'node20',
  outDir: 'dist',
  tsconfig: 'tsconfig.build.json',
  },
  {
    // The command line: ESM only, no declarations, one file with a shebang. Never imported by the library.
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    clean: false,
    splitting: false,
    target: 'node20',
    outDir: 'dist',
    tsconfig: 'tsconfig.build.json',
    banner: { js: '#!/usr/bin/env node' },
    // Optional dependencies, loaded only for `--format html`.
    external: ['vega', 'vega-lite'],
  },
]);
