// Every example in examples/ runs as a user would run it (tsx, importing 'cchc' by name) and prints something.
import { execFile } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const examples = readdirSync(join(root, 'examples')).filter((f) => /\.(ts|mts)$/.test(f) && !f.startsWith('_')).sort();

describe('examples', () => {
  it('there are examples', () => expect(examples.length).toBeGreaterThan(0));
  it.each(examples)('%s runs and prints', async (file) => {
    const { stdout } = await run(tsx, [join('examples', file)], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
    expect(stdout.trim().length).toBeGreaterThan(0);
  });
});
