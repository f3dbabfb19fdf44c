import type { Locale } from '../core/locale.js';

/** Pick the text for the CLI's language. */
export function tr(lang: Locale, vi: string, en: string): string {
  return lang === 'en' ? en : vi;
}
