// Issue 16: the JSON Schema of what `cchc audit` reads is shipped in the package (dist/schemas/audit-input.schema.json,
// written by scripts/build-schemas.mjs after the build) and is the one the library checks against.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('audit input JSON Schema in the package', () => {
  it('is exported as cchc/schemas/audit-input.schema.json', () => {
    const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { exports: Record<string, unknown>; files?: string[] };
    expect(pkg.exports['./schemas/audit-input.schema.json']).toBe('./dist/schemas/audit-input.schema.json');
    const require = createRequire(`${root}package.json`);
    expect(require.resolve('cchc/schemas/audit-input.schema.json')).toBe(`${root}dist/schemas/audit-input.schema.json`);
  });

  it('is the schema the built library generates, and describes every document type', async () => {
    const shipped = JSON.parse(readFileSync(`${root}dist/schemas/audit-input.schema.json`, 'utf8')) as Record<string, unknown>;
    const esm = (await import(`${root}dist/esm/index.js`)) as {
      auditInputJsonSchema: () => unknown;
      AUDIT_DOCUMENT_TYPES: readonly string[];
    };
    expect(shipped).toEqual(JSON.parse(JSON.stringify(esm.auditInputJsonSchema())));
    const text = JSON.stringify(shipped);
    for (const t of esm.AUDIT_DOCUMENT_TYPES) expect(text, t).toContain(`"${t}"`);
  });
});
