// Bundle budgets (issue 18): importing one function from the built package, bundled by esbuild with its default
// settings plus --bundle --minify (no package marked external: zod and decimal.js count when they are pulled in),
// must stay under its budget, gzipped. The same table is in docs/performance.md; change both together.
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Gzipped budget in bytes (1 KB = 1000 bytes) of a bundle that imports only `name` from 'cchc', and whether decimal.js may be in it. */
const BUNDLE_BUDGETS: readonly { readonly name: string; readonly kb: number; readonly decimal: boolean }[] = [
  { name: 'addWorkingDays', kb: 12, decimal: false },
  { name: 'isWorkingDay', kb: 12, decimal: false },
  { name: 'parsePeriod', kb: 7, decimal: false },
  { name: 'parseDeadline', kb: 14, decimal: false },
  { name: 'ratio', kb: 15, decimal: true },
  { name: 'dossierSql', kb: 22, decimal: false },
  { name: 'classifyDossier', kb: 33, decimal: false },
  { name: 'tallyDossiers', kb: 36, decimal: false },
  { name: 'readDossiersCsv', kb: 28, decimal: false },
  { name: 'scoreAssessment', kb: 44, decimal: true },
];

async function bundle(name: string): Promise<{ gz: number; min: number; inputs: string[] }> {
  const { build } = await import('esbuild');
  const r = await build({
    stdin: { contents: `import { ${name} } from 'cchc';\nconsole.log(${name});\n`, resolveDir: root, sourcefile: 'entry.js' },
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
    // The built package as an application gets it (not the repository's tsconfig paths to src/).
    tsconfigRaw: '{}',
  });
  const out = r.outputFiles[0]!.contents;
  // The files that put bytes in the output (the metafile's input list also has files read and then dropped).
  const used = Object.entries(Object.values(r.metafile.outputs)[0]!.inputs).filter(([, v]) => v.bytesInOutput > 0);
  return { gz: gzipSync(out).length, min: out.length, inputs: used.map(([f]) => f) };
}

describe('bundle budgets of single-function imports (esbuild --bundle --minify, gzip)', () => {
  for (const { name, kb, decimal } of BUNDLE_BUDGETS) {
    it(`import { ${name} } from 'cchc' ≤ ${kb} KB gzipped`, async () => {
      const b = await bundle(name);
      expect(
        b.inputs.some((f) => f.includes('node_modules/zod/')),
        `${name} pulls in zod`,
      ).toBe(false);
      expect(
        b.inputs.some((f) => f.includes('node_modules/date-fns/')),
        `${name} pulls in date-fns`,
      ).toBe(false);
      if (!decimal)
        expect(
          b.inputs.some((f) => f.includes('node_modules/decimal.js/')),
          `${name} pulls in decimal.js`,
        ).toBe(false);
      expect(b.gz, `${name}: ${b.gz} bytes gzipped (${b.min} minified)`).toBeLessThanOrEqual(kb * 1000);
    });
  }
});
