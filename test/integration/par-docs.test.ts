// The PAR guide's code samples and the PAR example run as users would run them (tsx, 'cchc' resolved to the sources).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const run = (file: string) => execFileSync(tsx, ['--tsconfig', join(root, 'tsconfig.json'), file], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('docs/par-index.md', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-par-docs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const guide = readFileSync(join(root, 'docs', 'par-index.md'), 'utf8');
  const blocks = [...guide.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

  it('has runnable samples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(8);
  });

  blocks.forEach((code, i) => {
    it(`sample ${i + 1} runs without error`, () => {
      const file = join(dir, `sample-${i + 1}.ts`);
      writeFileSync(file, code);
      expect(() => run(file)).not.toThrow();
    });
  });
});

describe('examples/par-index.ts', () => {
  it('scores, ranks 42 units and prints the class distribution', () => {
    const out = run(join(root, 'examples', 'par-index.ts'));
    expect(out).toContain('Phân bố xếp loại (42 đơn vị):');
    const ranks = [...out.matchAll(/^\s+(\d+)\s{2}(?:Sở|Cơ quan TW|Huyện) /gm)].map((m) => Number(m[1]));
    expect(ranks).toHaveLength(42);
    expect(ranks[0]).toBe(1);
    expect(out).toMatch(/Tốt\s+22\/42\s+in 52,40%\s+tỷ lệ 52,38% KHÔNG KHỚP/);
  });
});
