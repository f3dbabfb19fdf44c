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
      output = execFileSync(
        process.execPath,
        [`${root}node_modules/typedoc/bin/typedoc`, '--out', out, '--json', join(out, 'api.json'), '--treatWarningsAsErrors'],
        {
          cwd: root,
          encoding: 'utf8',
          stdio: 'pipe',
        },
      );
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string };
      expect.fail(`typedoc failed:\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
    }
    expect(output).not.toMatch(/\[warning\]|\[error\]/);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(join(out, 'functions', 'index.ratio.html'))).toBe(true);
    // The site is grouped by module (`@category`), not one flat list: every export of every entry has a category.
    interface Node {
      id: number;
      name: string;
      kind: number;
      children?: Node[];
      categories?: { title: string; children: number[] }[];
    }
    const api = JSON.parse(readFileSync(join(out, 'api.json'), 'utf8')) as { children: Node[] };
    const categories = Object.fromEntries(api.children.map((m) => [m.name, (m.categories ?? []).map((c) => c.title)]));
    expect(categories.index).toEqual(
      expect.arrayContaining(['Core', 'Calendar', 'Dossiers', 'Plans and tasks', 'PAR INDEX', 'Audits', 'Reports']),
    );
    // A re-export of a declaration documented in another entry (typedoc's "reference", kind 4194304) has no comment of
    // its own; every declaration has a category.
    for (const m of api.children) {
      const byId = new Map((m.children ?? []).map((c) => [c.id, c]));
      const uncategorised = (m.categories ?? [])
        .filter((c) => c.title === 'Other')
        .flatMap((c) => c.children.map((id) => byId.get(id)))
        .filter((c) => c !== undefined && c.kind !== 4194304)
        .map((c) => c?.name);
      expect(uncategorised, m.name).toEqual([]);
    }
    rmSync(out, { recursive: true, force: true });
  });
});
