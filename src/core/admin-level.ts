import { fail, show } from './errors.js';
import { foldVi } from './_internal/fold-vi.js';
import { parseIsoDate, type IsoDate } from './iso-date.js';
import type { Locale } from './locale.js';
import { checkLocale } from './locale.js';
import { checkTextLength } from './_internal/check-limits.js';
import { readOptions } from './options.js';
import * as vi from './messages/vi/core.js';
import * as en from './messages/en/core.js';

/**
 * An administrative level (cấp hành chính): `province` (cấp tỉnh), `district` (cấp huyện), `commune` (cấp xã).
 *
 * Do not assume three levels: from 1 July 2025 local government has two levels (province and commune) and the
 * district level no longer exists (Law on Organisation of Local Government No. 72/2025/QH15 and Resolution
 * 203/2025/QH15 amending the Constitution, both in force from 1/7/2025). Data before that date keeps `district`.
 * Use {@link adminLevelsOn} to list the levels that exist on a date.
 *
 * @example
 * ```ts
 * import type { AdminLevel } from 'cchc';
 * const level: AdminLevel = 'commune';
 * ```
 *
 * @category Core
 */
export type AdminLevel = 'province' | 'district' | 'commune';

/**
 * Vietnamese and English labels of each level.
 *
 * @category Core
 */
export const ADMIN_LEVEL_LABELS: Readonly<Record<AdminLevel, { readonly vi: string; readonly en: string }>> = Object.freeze({
  province: Object.freeze({ vi: 'Cấp tỉnh', en: 'Province level' }),
  district: Object.freeze({ vi: 'Cấp huyện', en: 'District level' }),
  commune: Object.freeze({ vi: 'Cấp xã', en: 'Commune level' }),
});

/**
 * The first day without a district level (two-level local government).
 *
 * @category Core
 */
export const TWO_LEVEL_GOVERNMENT_FROM: IsoDate = '2025-07-01';

/**
 * Options of {@link adminLevelLabel}.
 *
 * @category Core
 */
export interface AdminLevelLabelOptions {
  /** `'vi'` (default) or `'en'`. */
  readonly locale?: Locale;
}

const ADMIN_LEVEL_LABEL_KEYS: readonly string[] = Object.freeze(['locale']);

/**
 * The label of a level: `adminLevelLabel('district')` → "Cấp huyện"; with `{ locale: 'en' }` → "District level".
 *
 * @throws {@link CchcError} `INVALID_ADMIN_LEVEL` (also for a prototype name such as `'constructor'`);
 *   `INVALID_INPUT` for options that are not an object; `UNKNOWN_KEY`; `INVALID_LOCALE`.
 * @example
 * ```ts
 * import { adminLevelLabel } from 'cchc';
 * adminLevelLabel('commune'); // 'Cấp xã'
 * adminLevelLabel('commune', { locale: 'en' }); // 'Commune level'
 * ```
 *
 * @category Core
 */
export function adminLevelLabel(level: AdminLevel, options?: AdminLevelLabelOptions): string {
  const o = readOptions<AdminLevelLabelOptions>(options, ADMIN_LEVEL_LABEL_KEYS);
  const locale = checkLocale(o.locale ?? 'vi', ['options', 'locale']);
  // An own key only: 'constructor' or 'toString' is not a level.
  if (typeof level !== 'string' || !Object.hasOwn(ADMIN_LEVEL_LABELS, level)) return invalidLevel(level);
  return ADMIN_LEVEL_LABELS[level][locale];
}

/**
 * Read a level from the words documents use: "Cấp tỉnh", "tỉnh", "cấp huyện", "Huyện", "cấp xã", "xã, phường, thị
 * trấn", "province", "district", "commune" (case and accents do not matter).
 *
 * @throws {@link CchcError} `INVALID_ADMIN_LEVEL`.
 * @example
 * ```ts
 * import { parseAdminLevel } from 'cchc';
 * parseAdminLevel('Cấp huyện'); // 'district'
 * ```
 *
 * @category Core
 */
export function parseAdminLevel(text: string): AdminLevel {
  if (typeof text !== 'string') return invalidLevel(text);
  checkTextLength(text);
  const f = foldVi(text).replace(/^cap\s+/, '');
  if (f === 'province' || f === 'tinh' || f === 'tinh, thanh pho' || f === 'tinh/thanh pho') return 'province';
  if (f === 'district' || f === 'huyen' || f === 'huyen, thi xa, thanh pho' || f === 'huyen/thi xa/thanh pho') return 'district';
  if (f === 'commune' || f === 'xa' || f === 'xa, phuong, thi tran' || f === 'xa/phuong/thi tran' || f === 'xa, phuong, dac khu')
    return 'commune';
  return invalidLevel(text);
}

/**
 * The levels of local government that exist on a date: three before 1/7/2025, two (province, commune) from then.
 *
 * @example
 * ```ts
 * import { adminLevelsOn } from 'cchc';
 * adminLevelsOn('2019-12-09'); // ['province', 'district', 'commune']
 * adminLevelsOn('2025-07-01'); // ['province', 'commune']
 * ```
 *
 * @category Core
 */
export function adminLevelsOn(date: IsoDate): AdminLevel[] {
  const d = parseIsoDate(date, ['date']);
  return d >= parseIsoDate(TWO_LEVEL_GOVERNMENT_FROM) ? ['province', 'commune'] : ['province', 'district', 'commune'];
}

function invalidLevel(value: unknown): never {
  const p = { received: show(value) };
  return fail('INVALID_ADMIN_LEVEL', [], vi.INVALID_ADMIN_LEVEL(p), en.INVALID_ADMIN_LEVEL(p), value);
}
