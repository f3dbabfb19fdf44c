import type { IsoDate } from '../core/iso-date.js';
import type { SourceRef } from '../core/source-ref.js';

/**
 * A provincial code (mã đơn vị hành chính cấp tỉnh) as published: a string of two digits, `'01'` Hà Nội … `'96'` Cà
 * Mau. Codes follow Quyết định 124/2004/QĐ-TTg and, from 01/07/2025, Quyết định 19/2025/QĐ-TTg, where a merged
 * province keeps the code of the unit that hosts its seat and the other codes are closed, never reused.
 *
 * A code alone does not name a territory: `'91'` is Kiên Giang until 30/06/2025 and An Giang (Kiên Giang + the old An
 * Giang, code 89) from 01/07/2025. Functions that take a code also take a date (`on`).
 *
 * @example
 * ```ts
 * import type { ProvinceCode } from 'cchc';
 * const code: ProvinceCode = '91';
 * ```
 *
 * @category Administrative units
 */
export type ProvinceCode = string;

/**
 * The kind of a provincial unit: `'province'` (tỉnh) or `'city'` (thành phố trực thuộc trung ương, a centrally-run
 * city). Huế was a province (Tỉnh Thừa Thiên Huế) until 31/12/2024 and is a city from 01/01/2025.
 *
 * @example
 * ```ts
 * import type { ProvinceKind } from 'cchc';
 * const kind: ProvinceKind = 'city';
 * ```
 *
 * @category Administrative units
 */
export type ProvinceKind = 'province' | 'city';

/**
 * How a record of the registry arose from the records in force the day before its `validFrom` (listed in
 * `mergedFrom`):
 * - `'unchanged'`: the same territory, name and kind (the 11 units the 2025 arrangement did not merge);
 * - `'merged'`: two or three units merged into one (01/07/2025, Nghị quyết 202/2025/QH15);
 * - `'reclassified'`: the same territory with a new status and name (Tỉnh Thừa Thiên Huế → Thành phố Huế, a
 *   centrally-run city, 01/01/2025, Nghị quyết 175/2024/QH15).
 *
 * Records without a `change` begin with the registry (01/08/2008).
 *
 * @example
 * ```ts
 * import type { ProvinceChange } from 'cchc';
 * const change: ProvinceChange = 'merged';
 * ```
 *
 * @category Administrative units
 */
export type ProvinceChange = 'unchanged' | 'merged' | 'reclassified';

/**
 * A provincial unit (đơn vị hành chính cấp tỉnh) over the period it existed with this name, kind and territory: one
 * record of the registry behind {@link provincesOn}. A unit whose territory, name or kind changed has one record per
 * period, linked by `mergedFrom` (backwards) and `successor` (forwards).
 *
 * The registry starts on 01/08/2008 (the 63-unit map, after Hà Tây joined Hà Nội under Nghị quyết 15/2008/QH12): a
 * unit that existed before carries `validFrom: '2008-08-01'`. Communes are not in the registry (see the module notes).
 *
 * @example
 * ```ts
 * import { provinceByCode } from 'cchc';
 * const p = provinceByCode('91', { on: '2025-07-01' });
 * p.name; // 'Tỉnh An Giang'
 * p.mergedFrom; // ['89', '91']
 * ```
 *
 * @category Administrative units
 */
export interface Province {
  /** The code as published, two digits (`'91'`). See {@link ProvinceCode}. */
  readonly code: ProvinceCode;
  /** The official Vietnamese name as the statistics office lists it: `'Tỉnh An Giang'`, `'Thành phố Hồ Chí Minh'`. */
  readonly name: string;
  /** The name without its kind: `'An Giang'`, `'Hồ Chí Minh'`. */
  readonly shortName: string;
  /**
   * The English name: the short name without diacritics followed by `Province` or `City` (`'An Giang Province'`,
   * `'Ho Chi Minh City'`), as official English-language media write them. Derived here, not read at a source.
   */
  readonly nameEn: string;
  /** See {@link ProvinceKind}. */
  readonly kind: ProvinceKind;
  /** First day of this record (ISO). `'2008-08-01'` for units that existed when the registry starts. */
  readonly validFrom: IsoDate;
  /** Last day of this record (ISO); absent while it is in force. */
  readonly validTo?: IsoDate;
  /**
   * The codes of the records in force the day before `validFrom` whose territory this record took (`['89', '91']` for
   * An Giang from 01/07/2025; its own code for a unit that continued). Absent for records that begin with the registry.
   */
  readonly mergedFrom?: readonly ProvinceCode[];
  /** How this record arose from `mergedFrom`; see {@link ProvinceChange}. */
  readonly change?: ProvinceChange;
  /**
   * For a merged unit, the code of the old unit that hosts its seat (trung tâm chính trị - hành chính), whose code the
   * merged unit keeps: `'91'` (Kiên Giang) for An Giang from 01/07/2025.
   */
  readonly seat?: ProvinceCode;
  /** For a record that ended (`validTo`), the code of the unit that took its territory the next day. */
  readonly successor?: ProvinceCode;
  /** Where the record was read; see {@link SourceRef}. */
  readonly sources: readonly SourceRef[];
  /** Whether the record was cross-checked against at least two sources (every record of the registry is). */
  readonly verified: boolean;
}
