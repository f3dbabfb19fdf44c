/**
 * A text in Vietnamese and English (văn bản song ngữ): the one shape of every label, name, message and reason that
 * `cchc` gives in both languages. Pick one with `text[locale]`.
 *
 * @example
 * ```ts
 * import type { BilingualText } from 'cchc';
 * const label: BilingualText = { vi: 'Cấp xã', en: 'Commune level' };
 * label.en; // 'Commune level'
 * ```
 *
 * @category Core
 */
export interface BilingualText {
  /** Vietnamese (tiếng Việt). */
  readonly vi: string;
  /** English. */
  readonly en: string;
}

/**
 * Make a frozen {@link BilingualText}.
 * @internal
 */
export function bilingual(viText: string, enText: string): BilingualText {
  return Object.freeze({ vi: viText, en: enText });
}
