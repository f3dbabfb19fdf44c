import type { IsoDate } from '../core/iso-date.js';
import { entryOf, followForward, predecessorEntries, readCode, readDay, recordOnOrFail, registry } from './_internal/registry.js';
import { readOnOption, type ProvinceOnOptions } from './province-by-code.js';
import type { Province, ProvinceCode } from './types.js';

/**
 * The unit that holds, on `date`, the territory of the unit a code named (đơn vị kế thừa): the old unit → the unit
 * that absorbed it. A code in force on `date` gives its own record; a closed code is followed through its
 * successors. So `successorOn('89', '2025-07-01')` (the old An Giang) and `successorOn('91', '2025-07-01')` (Kiên
 * Giang, whose code the merged unit kept because it hosts the seat) both give Tỉnh An Giang, code 91: tell them apart
 * by the record's `seat` (`'91'`) and `mergedFrom` (`['89', '91']`), or by {@link predecessorsOf}.
 *
 * A code is read as the unit it named before `date` when it is not in force on `date`, so the function never maps
 * backwards: for the units a merged unit came from, use {@link predecessorsOf}.
 *
 * @throws {@link CchcError} `INVALID_PROVINCE_CODE`, `UNKNOWN_PROVINCE`, `INVALID_DATE`, `DATE_OUT_OF_RANGE`.
 *
 * @example
 * ```ts
 * import { successorOn } from 'cchc';
 * successorOn('89', '2025-07-01').code; // '91'
 * successorOn('89', '2025-07-01').name; // 'Tỉnh An Giang'
 * successorOn('77', '2026-01-01').name; // 'Thành phố Hồ Chí Minh'
 * successorOn('10', '2025-07-01').code; // '15'
 * successorOn('89', '2024-01-01').name; // 'Tỉnh An Giang'
 * successorOn('91', '2024-01-01').name; // 'Tỉnh Kiên Giang'
 * ```
 *
 * @category Administrative units
 */
export function successorOn(code: ProvinceCode, date: IsoDate): Province {
  const c = readCode(code, ['code']);
  const day = readDay(date, ['date']);
  const list = registry().byCode.get(c)!;
  const inForce = list.find((e) => e.from <= day && day <= e.to);
  if (inForce) return inForce.record;
  // Not in force: the code was closed before `day` (every code of the registry exists from its start).
  const last = list[list.length - 1]!;
  return followForward(last, day)?.entry.record ?? recordOnOrFail(c, day, ['code']);
}

/**
 * The units a unit was formed from (các đơn vị trước sắp xếp): the records in force the day before its record began,
 * in the order of its `mergedFrom`. An Giang from 01/07/2025 gives the old An Giang (89) and Kiên Giang (91); an
 * unchanged unit gives its own earlier record; Huế from 01/01/2025 gives Tỉnh Thừa Thiên Huế. A unit that exists since
 * the start of the registry (01/08/2008) gives `[]`.
 *
 * @param options - `on`: the date whose unit the code names, required (`'91'` is Kiên Giang until 30/06/2025).
 * @throws {@link CchcError} `INVALID_PROVINCE_CODE`, `UNKNOWN_PROVINCE`, `PROVINCE_NOT_IN_FORCE`, `INVALID_INPUT`
 *   (no `on`), `INVALID_DATE`, `DATE_OUT_OF_RANGE`, `UNKNOWN_KEY`.
 *
 * @example
 * ```ts
 * import { predecessorsOf } from 'cchc';
 * predecessorsOf('91', { on: '2025-07-01' }).map((p) => `${p.code} ${p.shortName}`); // ['89 An Giang', '91 Kiên Giang']
 * predecessorsOf('79', { on: '2025-07-01' }).map((p) => p.code); // ['74', '77', '79']
 * predecessorsOf('46', { on: '2025-01-01' }).map((p) => p.name); // ['Tỉnh Thừa Thiên Huế']
 * predecessorsOf('91', { on: '2024-01-01' }); // []
 * ```
 *
 * @category Administrative units
 */
export function predecessorsOf(code: ProvinceCode, options: ProvinceOnOptions): readonly Province[] {
  const c = readCode(code, ['code']);
  const day = readOnOption(options, c);
  const record = recordOnOrFail(c, day, ['code']);
  return Object.freeze(predecessorEntries(entryOf(record)).map((e) => e.record));
}
