// The API reference builds, and every exported function, class, interface, type and constant is documented.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
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
      output = execFileSync(process.execPath, [`${root}node_modules/typedoc/bin/typedoc`, '--out', out, '--treatWarningsAsErrors'], {
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
    rmSync(out, { recursive: true, force: true });
  });
});
