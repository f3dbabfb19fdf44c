// The API reference builds, and every exported function, class, interface, type and constant is documented.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('typedoc', () => {
  it('builds the API site (npm run docs) with warnings as errors', () => {
    const out = mkdtempSync(join(tmpdir(), 'cchc-api-'));
    let output = '';
    try {
      output = execFileSync(process.execPath, [`${root}node_modules/typedoc/bin/typedoc`, '--out', out, '--json', join(out, 'api.json'), '--treatWarningsAsErrors'], {
        cwd: root,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string };
      expect.fail(`typedoc failed:\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
    }
    expect(output).not.toMatch(/\[warning\]|\[error\]/);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'functions', 'index.ratio.html'))).toBe(true);
    // The site is grouped by module (`@category`), not one flat list: every export of every entry has a category.
    const api = JSON.parse(readFileSync(join(out, 'api.json'), 'utf8')) as {
      children: { name: string; categories?: { title: string; children: number[] }[] }[];
    };
    const categories = Object.fromEntries(api.children.map((m) => [m.name, (m.categories ?? []).map((c) => c.title)]));
    expect(categories.index).toEqual(expect.arrayContaining(['Core', 'Calendar', 'Dossiers', 'Plans and tasks', 'PAR INDEX', 'Audits', 'Reports']));
    for (const m of api.children) expect(m.categories?.map((c) => c.title) ?? [], m.name).not.toContain('Other');
    rmSync(out, { recursive: true, force: true });
  });
});
