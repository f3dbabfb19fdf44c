// Build step (after tsup): write the JSON Schema of what `cchc audit` reads into the package,
// dist/schemas/audit-input.schema.json, generated from the library's own schemas (auditInputJsonSchema), so that the
// file shipped is the one the code checks against. test/integration/audit-input-schema.test.ts compares the two.
import { mkdirSync, writeFileSync } from 'node:fs';
import { auditInputJsonSchema } from '../dist/esm/index.js';

const out = new URL('../dist/schemas/audit-input.schema.json', import.meta.url);
mkdirSync(new URL('.', out), { recursive: true });
writeFileSync(out, `${JSON.stringify(auditInputJsonSchema(), null, 2)}\n`);
