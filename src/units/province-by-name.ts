import { CchcError, issue, show } from '../core/errors.js';
import { fromDayNumber, type IsoDate } from '../core/iso-date.js';
import { own, readOptions } from '../core/options.js';
import { suggestKey } from '../core/suggest.js';
import * as vi from '../core/messages/vi/units.js';
import * as en from '../core/messages/en/units.js';
import * as viCore from '../core/messages/vi/core.js';
import * as enCore from '../core/messages/en/core.js';
import { MAX_PROVINCE_NAME_LENGTH, nameIndex, nameKey } from './_internal/names.js';
import { describeRecord, followForward, nameOf, readDay, recordsOn, registry, type Entry } from './_internal/registry.js';
import type { Province } from './types.js';

/**
 * Options of {@link provinceByName}.
 *
 * @example
 * ```ts
 * import type { ProvinceByNameOptions } from 'cchc';
 * const options: ProvinceByNameOptions = { on: '2024-12-31' };
 * ```
 *
 * @category Administrative units
 */
export interface ProvinceByNameOptions {
  /** The date (ISO) whose unit is wanted. Without it, see {@link provinceByName} for how a name that changed meaning is treated. */
  readonly on?: IsoDate;
}

function readName(text: unknown): string {
  if (typeof text !== 'string' || text.trim() === '') {
    const p = { received: show(text) };
    throw new CchcError(issue('INVALID_INPUT', ['name'], vi.INVALID_INPUT__provinceName(p), en.INVALID_INPUT__provinceName(p), text));
  }
  if (text.length > MAX_PROVINCE_NAME_LENGTH) {
    const p = { max: MAX_PROVINCE_NAME_LENGTH, length: text.length };
    throw new CchcError(issue('TEXT_TOO_LONG', ['name'], viCore.TEXT_TOO_LONG(p), enCore.TEXT_TOO_LONG(p)));
  }
  return text;
}

function matches(text: string): Entry[] {
  return nameIndex().get(nameKey(text)) ?? [];
}

function unknownName(text: string, day: number | undefined): never {
  const candidates = [...new Set((day === undefined ? registry().entries.map((e) => e.record) : recordsOn(day)).map((r) => r.shortName))];
  const suggestion = suggestKey(nameKey(text), candidates) ?? '';
  const p = { received: show(text), on: day === undefined ? '' : fromDayNumber(day), suggestion };
  const it = issue('UNKNOWN_PROVINCE', ['name'], vi.UNKNOWN_PROVINCE__name(p), en.UNKNOWN_PROVINCE__name(p), text);
  throw new CchcError(suggestion ? Object.freeze({ ...it, suggestion }) : it);
}

/**
 * Find a provincial unit by its name (tìm tỉnh, thành phố theo tên), written as people write it: with or without
 * accents, in any case, with or without its kind ("Tỉnh", "Thành phố", "TP.", "TP", "T.P", "Thủ đô", "UBND"), in
 * English ("Ho Chi Minh City", "An Giang Province"), with the tone mark placed either way ("Hoà Bình" / "Hòa Bình"),
 * and the usual short forms ("TP.HCM", "TPHCM", "TP HCM", "HCM", "BR-VT").
 *
 * **With `on`** the unit in force that day is returned. A unit also answers to the names of the records it continues
 * without a merger: "Thừa Thiên Huế" on 2025-03-01 is Thành phố Huế (a city from 01/01/2025, Nghị quyết
 * 175/2024/QH15), and "Huế" on 2024-06-01 is Tỉnh Thừa Thiên Huế (a province then). The name of a unit absorbed by a
 * merger ("Kiên Giang" after 30/06/2025) is `PROVINCE_NOT_IN_FORCE`, with the unit that holds its territory in the
 * message: use {@link successorOn} to map it.
 *
 * **Without `on`**, a name that has always meant one code returns the latest record of that code that answers to it
 * ("Hà Nội" → the record from 01/07/2025; "Thừa Thiên Huế" → Thành phố Huế; "Kiên Giang" → the record that ended on
 * 30/06/2025). A name that meant units with different codes is refused with `AMBIGUOUS_PROVINCE_NAME`, listing them:
 * "An Giang" was code 89 until 30/06/2025 and is code 91 from 01/07/2025; so are "Lào Cai" (10 → 15), "Bắc Ninh"
 * (27 → 24), "Quảng Trị" (45 → 44), "Gia Lai" (64 → 52), "Tây Ninh" (72 → 80) and "Đồng Tháp" (87 → 82). Pass `on`,
 * or call {@link findProvinces} for every match. Even when the code is the same, a merged unit is another territory
 * ("Hải Phòng" from 01/07/2025 includes Hải Dương): pass `on` for figures of a date.
 *
 * @throws {@link CchcError} `UNKNOWN_PROVINCE` (with the closest name as `suggestion`), `PROVINCE_NOT_IN_FORCE`,
 *   `AMBIGUOUS_PROVINCE_NAME`, `INVALID_INPUT` (not a non-empty string), `TEXT_TOO_LONG` (over 200 characters),
 *   `INVALID_DATE`, `DATE_OUT_OF_RANGE`, `UNKNOWN_KEY`.
 *
 * @example
 * ```ts
 * import { provinceByName } from 'cchc';
 * provinceByName('TP.HCM', { on: '2025-07-01' }).code; // '79'
 * provinceByName('Thành phố Hồ Chí Minh', { on: '2024-01-01' }).mergedFrom; // undefined
 * provinceByName('tinh an giang', { on: '2025-06-30' }).code; // '89'
 * provinceByName('An Giang', { on: '2025-07-01' }).code; // '91'
 * provinceByName('Thừa Thiên Huế', { on: '2024-06-01' }).kind; // 'province'
 * provinceByName('Thừa Thiên Huế', { on: '2025-03-01' }).name; // 'Thành phố Huế'
 * provinceByName('Thừa Thiên Huế').kind; // 'city'
 * provinceByName('Khánh Hoà', { on: '2025-07-01' }).code; // '56'
 * provinceByName('An Giang'); // throws CchcError AMBIGUOUS_PROVINCE_NAME
 * provinceByName('Kiên Giang', { on: '2025-08-01' }); // throws CchcError PROVINCE_NOT_IN_FORCE
 * ```
 *
 * @category Administrative units
 */
export function provinceByName(text: string, options: ProvinceByNameOptions = {}): Province {
  const name = readName(text);
  const o = readOptions<ProvinceByNameOptions>(options, ['on']);
  const on = own(o, 'on');
  const day = on === undefined ? undefined : readDay(on, ['options', 'on']);
  const found = matches(name);
  if (day !== undefined) {
    const hit = found.find((e) => e.from <= day && day <= e.to);
    if (hit) return hit.record;
    if (found.length === 0) return unknownName(name, day);
    // The name is a unit's, but not on that day: the closest record before the day (or the first after it).
    const before = found.filter((e) => e.to < day);
    const e = before.length > 0 ? before[before.length - 1]! : found[0]!;
    const target = before.length > 0 ? followForward(e, day)?.entry : undefined;
    const p = {
      unit: nameOf(e.record),
      from: e.record.validFrom,
      to: e.record.validTo ?? '…',
      on: fromDayNumber(day),
      successor: target ? nameOf(target.record) : '',
    };
    throw new CchcError(issue('PROVINCE_NOT_IN_FORCE', ['name'], vi.PROVINCE_NOT_IN_FORCE(p), en.PROVINCE_NOT_IN_FORCE(p), name));
  }
  if (found.length === 0) return unknownName(name, undefined);
  const codes = new Set(found.map((e) => e.record.code));
  if (codes.size > 1) {
    const p = { received: show(name), matches: found.map((e) => describeRecord(e.record)).join('; ') };
    throw new CchcError(issue('AMBIGUOUS_PROVINCE_NAME', ['name'], vi.AMBIGUOUS_PROVINCE_NAME(p), en.AMBIGUOUS_PROVINCE_NAME(p), name));
  }
  return found.reduce((a, b) => (b.from > a.from ? b : a)).record;
}

/**
 * Every record of the registry that answers to a name, oldest first (same matching as {@link provinceByName}):
 * "An Giang" gives code 89 (until 30/06/2025) and code 91 (from 01/07/2025). An empty array when none does.
 *
 * @throws {@link CchcError} `INVALID_INPUT`, `TEXT_TOO_LONG`.
 *
 * @example
 * ```ts
 * import { findProvinces } from 'cchc';
 * findProvinces('An Giang').map((p) => `${p.code} ${p.validFrom}`); // ['89 2008-08-01', '91 2025-07-01']
 * findProvinces('Hà Tây'); // []
 * ```
 *
 * @category Administrative units
 */
export function findProvinces(text: string): readonly Province[] {
  const name = readName(text);
  return Object.freeze(matches(name).map((e) => e.record));
}
