import { fail, show, type CchcPath } from './errors.js';
import * as vi from './messages/vi/core.js';
import * as en from './messages/en/core.js';

/**
 * Output language and number notation (ngôn ngữ hiển thị): `vi` writes "639.677" and "99,50%", `en` writes
 * "639,677" and "99.50%". Vietnamese is the default everywhere.
 *
 * @example
 * ```ts
 * import type { Locale } from 'cchc';
 * const locale: Locale = 'en';
 * ```
 *
 * @category Core
 */
export type Locale = 'vi' | 'en';

/** @internal */
export function checkLocale(value: unknown, path: CchcPath = ['locale']): Locale {
  if (value === 'vi' || value === 'en') return value;
  return fail('INVALID_LOCALE', path, vi.INVALID_LOCALE({ received: show(value) }), en.INVALID_LOCALE({ received: show(value) }), value);
}
