import { CchcError, issue } from '../core/errors.js';
import type { IsoDate } from '../core/iso-date.js';
import { own, readOptions } from '../core/options.js';
import * as vi from '../core/messages/vi/units.js';
import * as en from '../core/messages/en/units.js';
import { describeRecord, readCode, readDay, recordOnOrFail, registry } from './_internal/registry.js';
import type { Province, ProvinceCode } from './types.js';

/**
 * Options of {@link provinceByCode} and {@link predecessorsOf}.
 *
 * @example
 * ```ts
 * import type { ProvinceOnOptions } from 'cchc';
 * const options: ProvinceOnOptions = { on: '2025-07-01' };
 * ```
 *
 * @category Administrative units
 */
export interface ProvinceOnOptions {
  /** The date (ISO) whose unit the code names: required, since a code names different units over time. */
  readonly on: IsoDate;
}

/**
 * The `on` of a code lookup, required: a code names different units over time. @internal
 */
export function readOnOption(options: unknown, code: ProvinceCode): number {
  const o = readOptions<ProvinceOnOptions>(options, ['on']);
  const on = own(o, 'on');
  if (on === undefined) {
    const p = {
      code,
      records: registry()
        .byCode.get(code)!
        .map((e) => describeRecord(e.record))
        .join('; '),
    };
    throw new CchcError(
      issue('INVALID_INPUT', ['options', 'on'], vi.INVALID_INPUT__provinceOnRequired(p), en.INVALID_INPUT__provinceOnRequired(p)),
    );
  }
  return readDay(on, ['options', 'on']);
}

/**
 * The provincial unit a code names on a date (đơn vị hành chính cấp tỉnh theo mã): `'91'` is Tỉnh Kiên Giang until
 * 30/06/2025 and Tỉnh An Giang (Kiên Giang + the old An Giang, code 89) from 01/07/2025; `'89'` is closed from
 * 01/07/2025 and never reused.
 *
 * @param code - two digits as published (`'01'`, `'91'`); `1` or `'1'` is `INVALID_PROVINCE_CODE` with the suggestion `'01'`.
 * @param options - `on`: the date, required.
 * @throws {@link CchcError} `INVALID_PROVINCE_CODE`, `UNKNOWN_PROVINCE` (a code never used), `PROVINCE_NOT_IN_FORCE`
 *   (a closed code; the message names the unit that holds its territory on that date), `INVALID_INPUT` (no `on`),
 *   `INVALID_DATE`, `DATE_OUT_OF_RANGE`, `UNKNOWN_KEY`.
 *
 * @example
 * ```ts
 * import { provinceByCode } from 'cchc';
 * provinceByCode('91', { on: '2025-06-30' }).name; // 'Tỉnh Kiên Giang'
 * provinceByCode('91', { on: '2025-07-01' }).name; // 'Tỉnh An Giang'
 * provinceByCode('46', { on: '2024-12-31' }).kind; // 'province'
 * provinceByCode('46', { on: '2025-01-01' }).kind; // 'city'
 * provinceByCode('89', { on: '2025-07-01' }); // throws CchcError PROVINCE_NOT_IN_FORCE
 * provinceByCode('1', { on: '2025-07-01' }); // throws CchcError INVALID_PROVINCE_CODE
 * ```
 *
 * @category Administrative units
 */
export function provinceByCode(code: ProvinceCode, options: ProvinceOnOptions): Province {
  const c = readCode(code, ['code']);
  const day = readOnOption(options, c);
  return recordOnOrFail(c, day, ['code']);
}

/**
 * Every record of a code, oldest first: its names, kinds and territories over time (lịch sử của một mã tỉnh).
 *
 * @throws {@link CchcError} `INVALID_PROVINCE_CODE`, `UNKNOWN_PROVINCE`.
 *
 * @example
 * ```ts
 * import { provinceHistory } from 'cchc';
 * provinceHistory('46').map((p) => `${p.validFrom} ${p.name}`); // ['2008-08-01 Tỉnh Thừa Thiên Huế', '2025-01-01 Thành phố Huế', '2025-07-01 Thành phố Huế']
 * provinceHistory('89').map((p) => p.validTo); // ['2025-06-30']
 * ```
 *
 * @category Administrative units
 */
export function provinceHistory(code: ProvinceCode): readonly Province[] {
  const c = readCode(code, ['code']);
  return Object.freeze(
    registry()
      .byCode.get(c)!
      .map((e) => e.record),
  );
}
