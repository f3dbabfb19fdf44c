import { fail, show } from './errors.js';
import { foldVi } from './_internal/fold-vi.js';
import { parseIsoDate, type IsoDate } from './iso-date.js';
import type { Locale } from './locale.js';
import { checkLocale } from './locale.js';

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
 * const level: AdminLevel = 'commune';
 * ```
 */
export type AdminLevel = 'province' | 'district' | 'commune';


/** Vietnamese and English labels of each level. */
export const ADMIN_LEVEL_LABELS: Readonly<Record<AdminLevel, { readonly vi: string; readonly en: string }>> = Object.freeze({
  province: Object.freeze({ vi: 'Cấp tỉnh', en: 'Province level' }),
  district: Object.freeze({ vi: 'Cấp huyện', en: 'District level' }),
  commune: Object.freeze({ vi: 'Cấp xã', en: 'Commune level' }),
});

/** The first day without a district level (two-level local government). */
export const TWO_LEVEL_GOVERNMENT_FROM: IsoDate = '2025-07-01';

/**
 * The label of a level: `adminLevelLabel('district')` → "Cấp huyện"; with `{ locale: 'en' }` → "District level".
 * @example
 * ```ts
 * import { adminLevelLabel } from 'cchc';
 * adminLevelLabel('commune'); // 'Cấp xã'
 * ```
 */
export function adminLevelLabel(level: AdminLevel, options: { readonly locale?: Locale } = {}): string {
  const locale = checkLocale(options.locale ?? 'vi');
  const labels = ADMIN_LEVEL_LABELS[level as AdminLevel];
  if (!labels) return invalidLevel(level);
  return labels[locale];
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
 */
export function parseAdminLevel(text: string): AdminLevel {
  if (typeof text !== 'string') return invalidLevel(text);
  const f = foldVi(text).replace(/^cap\s+/, '');
  if (f === 'province' || f === 'tinh' || f === 'tinh, thanh pho' || f === 'tinh/thanh pho') return 'province';
  if (f === 'district' || f === 'huyen' || f === 'huyen, thi xa, thanh pho' || f === 'huyen/thi xa/thanh pho') return 'district';
  if (f === 'commune' || f === 'xa' || f === 'xa, phuong, thi tran' || f === 'xa/phuong/thi tran' || f === 'xa, phuong, dac khu') return 'commune';
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
 */
export function adminLevelsOn(date: IsoDate): AdminLevel[] {
  const d = parseIsoDate(date, ['date']);
  return d >= parseIsoDate(TWO_LEVEL_GOVERNMENT_FROM) ? ['province', 'commune'] : ['province', 'district', 'commune'];
}

function invalidLevel(value: unknown): never {
  return fail(
    'INVALID_ADMIN_LEVEL',
    [],
    `Cấp hành chính không hợp lệ: ${show(value)} (dùng 'province' | 'district' | 'commune')`,
    `Unknown administrative level ${show(value)} (use 'province' | 'district' | 'commune')`,
    value,
  );
}
