// Optional peer packages (vega, vega-lite): a clear CchcError with the npm command when one is not installed.
import { describe, expect, it } from 'vitest';
import { loadOptionalPackages, loadVega } from '../../src/report/_internal/optional-packages.js';
import { CchcError } from '../../src/index.js';

const feature = { vi: 'Vẽ biểu đồ', en: 'Rendering charts' };
const load = (name: string) => import(/* @vite-ignore */ name);

describe('optional packages', () => {
  it('a missing package is MISSING_OPTIONAL_PACKAGE, in both languages, with the npm command as suggestion', async () => {
    const err = await loadOptionalPackages(
      ['node:path', 'cchc-no-such-package'],
      () => [load('node:path'), load('cchc-no-such-package')],
      feature,
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CchcError);
    const e = err as CchcError;
    expect(e.code).toBe('MISSING_OPTIONAL_PACKAGE');
    expect(e.issues[0]?.suggestion).toBe('npm install cchc-no-such-package');
    expect(e.messageEn).toContain('Rendering charts needs the optional packages cchc-no-such-package');
    expect(e.messageVi).toContain('npm install cchc-no-such-package');
  });

  it('any other failure is thrown as it is', async () => {
    const boom = new Error('boom');
    await expect(loadOptionalPackages(['x'], () => [Promise.reject(boom)], feature)).rejects.toBe(boom);
  });

  it('loads vega and vega-lite when installed (devDependencies here)', async () => {
    const [vega, vegaLite] = await loadVega();
    expect(typeof vega.View).toBe('function');
    expect(typeof vegaLite.compile).toBe('function');
  });
});
