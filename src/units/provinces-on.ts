import type { IsoDate } from '../core/iso-date.js';
import { readDay, recordsOn } from './_internal/registry.js';
import { START } from './data/provinces.js';
import type { Province } from './types.js';

/**
 * The first day the province registry covers: 01/08/2008, when Hà Tây joined Hà Nội and the country had the 63
 * provincial units it kept until 30/06/2025 (Nghị quyết 15/2008/QH12, in force 01/08/2008). Dates before it are
 * `DATE_OUT_OF_RANGE`.
 *
 * @example
 * ```ts
 * import { PROVINCE_REGISTRY_START } from 'cchc';
 * PROVINCE_REGISTRY_START; // '2008-08-01'
 * ```
 *
 * @category Administrative units
 */
export const PROVINCE_REGISTRY_START: IsoDate = START;

/**
 * The day the province registry was last checked against its sources (the research of 05/12/2026). No provincial
 * change after 01/07/2025 was known then; for a later date the registry returns the 34 units of 01/07/2025, a result
 * that rests on no change having been made since.
 *
 * @example
 * ```ts
 * import { PROVINCE_REGISTRY_CHECKED_ON } from 'cchc';
 * PROVINCE_REGISTRY_CHECKED_ON; // '2026-12-05'
 * ```
 *
 * @category Administrative units
 */
export const PROVINCE_REGISTRY_CHECKED_ON: IsoDate = '2026-12-05';

/**
 * The provincial units in force on a date (các đơn vị hành chính cấp tỉnh tại một ngày), ordered by code: the 63
 * provinces and centrally-run cities until 30/06/2025, the 34 units from 01/07/2025 (Nghị quyết 202/2025/QH15: 28
 * provinces and 6 cities; codes of Quyết định 19/2025/QĐ-TTg). Huế is a province (Tỉnh Thừa Thiên Huế) until
 * 31/12/2024 and a city from 01/01/2025 (Nghị quyết 175/2024/QH15), so the 63 count 5 cities until then and 6 after.
 *
 * The array and its records are frozen and shared: each record carries its `validFrom` / `validTo`, how it arose
 * (`mergedFrom`, `change`, `seat`), where its territory went (`successor`) and its `sources`. Communes (3,321 from
 * 01/07/2025, listed in Phụ lục II of QĐ 19/2025/QĐ-TTg) are not in the registry.
 *
 * @param date - an ISO date on or after {@link PROVINCE_REGISTRY_START}.
 * @throws {@link CchcError} `INVALID_DATE`, `DATE_OUT_OF_RANGE` (before 01/08/2008).
 *
 * @example
 * ```ts
 * import { provincesOn } from 'cchc';
 * provincesOn('2025-06-30').length; // 63
 * provincesOn('2025-07-01').length; // 34
 * provincesOn('2025-07-01').filter((p) => p.kind === 'city').map((p) => p.shortName); // ['Hà Nội', 'Hải Phòng', 'Huế', 'Đà Nẵng', 'Hồ Chí Minh', 'Cần Thơ']
 * provincesOn('2024-12-31').find((p) => p.code === '46')?.name; // 'Tỉnh Thừa Thiên Huế'
 * ```
 *
 * @category Administrative units
 */
export function provincesOn(date: IsoDate): readonly Province[] {
  return recordsOn(readDay(date, ['date']));
}
