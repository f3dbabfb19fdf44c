import { defineConfig } from 'tsup';

// One build, two formats. Each public entry is listed here and in package.json "exports".
// `cchc/datasets` is a separate entry so that importing a function never loads the data.
export default defineConfig({
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
});
