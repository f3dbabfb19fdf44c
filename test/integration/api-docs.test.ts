// The API reference builds, and every exported function, class, interface, type and constant is documented.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('typedoc', () => {
  it('validates the API reference with warnings as errors', () => {
    let output = '';
    try {
      output = execFileSync(process.execPath, [`${root}node_modules/typedoc/bin/typedoc`, '--emit', 'none', '--treatWarningsAsErrors'], {
        cwd: root,
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string };
      expect.fail(`typedoc failed:\n${err.stdout ?? ''}\n${err.stderr ?? ''}`);
    }
    expect(output).not.toMatch(/\[warning\]|\[error\]/);
  });
});
