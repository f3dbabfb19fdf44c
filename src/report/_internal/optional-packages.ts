/**
 * Optional peer packages, loaded only by the features that need them (issue 18: installing `cchc` installs its
 * runtime dependencies only). `vega` and `vega-lite` render charts to SVG for `cchc report --format html`; an
 * application that never renders charts never installs them.
 * @internal
 */
import { CchcError, issue } from '../../core/errors.js';
import * as vi from '../../core/messages/vi/report.js';
import * as en from '../../core/messages/en/report.js';

/** Whether `e` says that `name` itself (not something it imports) could not be found. */
function isMissing(e: unknown, name: string): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return false;
  const message = String((e as { message?: unknown }).message ?? '');
  return message.includes(`'${name}'`) || message.includes(`"${name}"`);
}

/**
 * Load optional packages by name. When some are not installed: one `CchcError` `MISSING_OPTIONAL_PACKAGE` naming
 * them, with the npm command that installs them as `suggestion`; any other failure is thrown as it is.
 * @internal
 */
export async function loadOptionalPackages<T extends readonly unknown[]>(
  names: readonly string[],
  load: () => { [K in keyof T]: Promise<T[K]> },
  feature: { readonly vi: string; readonly en: string },
): Promise<T> {
  const settled = await Promise.allSettled(load());
  const missing = names.filter(
    (name, i) => settled[i]!.status === 'rejected' && isMissing((settled[i] as PromiseRejectedResult).reason, name),
  );
  if (missing.length > 0) {
    const command = `npm install ${missing.join(' ')}`;
    const packages = missing.join(', ');
    const it = issue(
      'MISSING_OPTIONAL_PACKAGE',
      [],
      vi.MISSING_OPTIONAL_PACKAGE({ packages, feature: feature.vi, command }),
      en.MISSING_OPTIONAL_PACKAGE({ packages, feature: feature.en, command }),
    );
    throw new CchcError(Object.freeze({ ...it, suggestion: command }));
  }
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

/** `vega` and `vega-lite`, for rendering Vega-Lite specs to SVG. @internal */
export function loadVega(): Promise<readonly [typeof import('vega'), typeof import('vega-lite')]> {
  return loadOptionalPackages<readonly [typeof import('vega'), typeof import('vega-lite')]>(
    ['vega', 'vega-lite'],
    () => [import('vega'), import('vega-lite')] as const,
    { vi: 'Vẽ biểu đồ SVG (cchc report --format html)', en: 'Rendering charts to SVG (cchc report --format html)' },
  );
}
