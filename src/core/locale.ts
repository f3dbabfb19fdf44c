import { fail, show } from './errors.js';

/**
 * Output language and number notation (ngôn ngữ hiển thị): `vi` writes "639.677" and "99,50%", `en` writes
 * "639,677" and "99.50%". Vietnamese is the default everywhere.
 *
 * @example
 * ```ts
 * const locale: Locale = 'en';
 * ```
 */
export type Locale = 'vi' | 'en';


/** @internal */
export function checkLocale(value: unknown, path: readonly (string | number)[] = ['locale']): Locale {
  if (value === 'vi' || value === 'en') return value;
  return fail('INVALID_LOCALE', path, `Ngôn ngữ không hợp lệ: ${show(value)} (dùng 'vi' hoặc 'en')`, `Unknown locale ${show(value)} (use 'vi' or 'en')`, value);
}
