import { bilingual } from '../core/bilingual.js';
import { fail, show } from '../core/errors.js';
import { daysToCivil, formatIsoDate } from '../core/iso-date.js';
import { scanIsoDate } from '../core/read-date.js';
import { readOptions } from '../core/options.js';
import type { SourceRef } from '../core/source-ref.js';
import { ruleMarks, yearMarks, type Mark } from './_internal/day-marks.js';
import { ruleLabel } from './_internal/holiday-rules.js';
import { CULTURE_DAY_MODES, tagCultureDay } from './_internal/culture-day.js';
import { HOLIDAY_LAWS } from './holiday-laws.js';
import {
  CULTURE_DAY_SOURCE,
  OFFICIAL_SCHEDULE_LABELS,
  OFFICIAL_SCHEDULE_SOURCE_REFS,
  OFFICIAL_SCHEDULE_SOURCES,
} from './data/civil-service-schedules.js';
import type { CultureDayMode, Holiday } from './types.js';
import * as vi from '../core/messages/vi/calendar.js';
import * as viCore from '../core/messages/vi/core.js';
import * as enCore from '../core/messages/en/core.js';
import * as en from '../core/messages/en/calendar.js';

/**
 * Whose holiday schedule {@link vnHolidays} returns:
 *
 * - `'civil-service'` (default): cadres, civil servants and public employees of bodies with a Saturday–Sunday week
 *   (CBCCVC): statutory days, compensatory days, and the Government's swaps (hoán đổi) and make-up Saturdays (làm
 *   bù). 2019–2026 come from the official announcements; other years from the rules (`status: 'provisional'`).
 * - `'labour-code'`: what the Labour Code gives every employee with a Saturday–Sunday week: statutory and
 *   compensatory days, no swaps (swaps apply only to CBCCVC: MOLISA 89/TTr-LĐTBXH, 2014). For 2019–2026 the
 *   statutory days are the announced ones (the Tết split and the Quốc khánh adjacent day are fixed for everyone).
 *
 * @example
 * ```ts
 * import { vnHolidays } from 'cchc';
 * vnHolidays(2024, { regime: 'labour-code' }).some((h) => h.kind === 'swap-workday'); // false
 * ```
 *
 * @category Calendar
 */
export type HolidayRegime = 'civil-service' | 'labour-code';

/**
 * Options of {@link vnHolidays}.
 *
 * @example
 * ```ts
 * import type { VnHolidaysOptions } from 'cchc';
 * const o: VnHolidaysOptions = { regime: 'labour-code' };
 * ```
 *
 * @category Calendar
 */
export interface VnHolidaysOptions {
  /** See {@link HolidayRegime}. Default `'civil-service'`. */
  readonly regime?: HolidayRegime;
  /** Ngày Văn hóa Việt Nam (24/11, from 2026): see {@link CultureDayMode}. Default `'observed'`. */
  readonly cultureDay?: CultureDayMode;
}

/**
 * Years {@link vnHolidays} supports.
 *
 * @example
 * ```ts
 * import { VN_HOLIDAY_YEARS } from 'cchc';
 * VN_HOLIDAY_YEARS.first; // 2000
 * ```
 *
 * @category Calendar
 */
export const VN_HOLIDAY_YEARS = Object.freeze({ first: 2000, last: 2100 } as const);

const VN_HOLIDAYS_KEYS: readonly string[] = Object.freeze(['regime', 'cultureDay']);

const SAT_SUN = (1 << 0) | (1 << 6);

let officialByDate: Map<string, Holiday> | undefined;
let citations: readonly (readonly SourceRef[])[] | undefined;

/** The official day of a mark (frozen, shared: one object per date), with its names and citations. */
function officialHoliday(m: Mark): Holiday {
  const date = m.date!;
  const known = (officialByDate ??= new Map()).get(date);
  if (known) return known;
  // One frozen `sources` list per citation set, shared by every day it covers; 24/11 cites its holiday-law version.
  const culture = HOLIDAY_LAWS.find((l) => l.cultureDay)!.cultureDay!.sources;
  citations ??= OFFICIAL_SCHEDULE_SOURCE_REFS.map((refs, i): readonly SourceRef[] =>
    i === CULTURE_DAY_SOURCE ? culture : Object.freeze(refs.map((r) => Object.freeze({ ...r }))),
  );
  const [nameVi, name, src] = OFFICIAL_SCHEDULE_LABELS[date]!;
  const source = src === CULTURE_DAY_SOURCE ? culture[0]!.url! : OFFICIAL_SCHEDULE_SOURCES[src]!;
  const label = bilingual(nameVi, name);
  const h = Object.freeze({
    date,
    label,
    name,
    nameVi,
    kind: m.kind,
    status: m.status,
    provisional: false,
    sources: citations[src]!,
    source,
  });
  officialByDate.set(date, m.culture ? tagCultureDay(h) : h);
  return officialByDate.get(date)!;
}

/** The holiday of a mark: an official day, or a rule-based day named and cited by the rules. @internal */
export function holidayOfMark(m: Mark): Holiday {
  if (m.date !== undefined) return officialHoliday(m);
  const c = daysToCivil(m.day);
  const date = formatIsoDate(c.year, c.month, c.day);
  const l = ruleLabel(m);
  const label = bilingual(l.nameVi, l.name);
  const h = Object.freeze({
    date,
    label,
    name: l.name,
    nameVi: l.nameVi,
    kind: m.kind,
    status: m.status,
    provisional: true,
    sources: l.sources,
    source: l.source,
  });
  return m.culture ? tagCultureDay(h) : h;
}

/**
 * Rule-based holidays of a year for a weekly rest-day mask (bit w = weekday w is a rest day). @internal
 */
export function ruleHolidays(year: number, restMask: number = SAT_SUN, cultureDay: CultureDayMode = 'observed'): Holiday[] {
  return ruleMarks(year, restMask, cultureDay).map(holidayOfMark);
}

/**
 * Vietnam's public holidays of a year (ngày nghỉ lễ, tết), with compensatory days (nghỉ bù) and, for the civil
 * service, swapped days (hoán đổi) and make-up working Saturdays (làm bù), in date order. Each day has a `label`
 * `{ vi, en }`, a `kind`, its `sources` (the announcement or the law, as {@link SourceRef}s with their URL), and a
 * `status`: `'provisional'` when it was computed from the rules rather than taken from an official announcement in
 * the data ({@link DayStatus}).
 *
 * Rules by law version ({@link HOLIDAY_LAWS}): Labour Code 2012 (Art. 115, to 2020: Tết Dương lịch 1/1; Tết Âm lịch
 * 5 days; Giỗ Tổ Hùng Vương 10/3 lunar; 30/4; 1/5; Quốc khánh 2/9, 1 day) and Labour Code 2019 (Art. 112, from 2021:
 * Quốc khánh 2 days, 2/9 and an adjacent day); from 2026-07-01 also 24/11, Ngày Văn hóa Việt Nam (Nghị quyết
 * 28/2026/QH16; option `cultureDay`, {@link CultureDayMode}); a holiday on a weekly rest day is compensated on the next
 * working day. Civil-service schedules 2019–2026: the official announcements (CV 6519/VPCP-KGVX, CV 245/VPCP-KGVX,
 * TB 5034/TB-LĐTBXH, CV 2450/VPCP-KGVX, CV 8726/VPCP-KGVX, TB 6150/TB-BLĐTBXH, CV 9859/VPCP-KGVX, TB 9441/TB-BNV,
 * CV 12729/VPCP-KGVX …; each day's URL in `sources`). No swap around 24/11/2026 was decided (one was only proposed).
 *
 * @param year - 2000–2100
 * @throws {@link CchcError} `INVALID_INPUT` (not an integer, unknown regime or cultureDay, options that are not an
 *   object), `UNKNOWN_KEY` (e.g. `regim`), `DATE_OUT_OF_RANGE` (outside 2000–2100).
 * @example
 * ```ts
 * import { vnHolidays } from 'cchc';
 * const extra = vnHolidays(2026).filter((h) => h.kind !== 'statutory');
 * extra.map((h) => `${h.date} ${h.kind}`); // ['2026-01-02 swap-off', '2026-01-10 swap-workday', '2026-04-27 compensatory', '2026-08-22 swap-workday', '2026-08-31 swap-off']
 * vnHolidays(2030).find((h) => h.label.vi.startsWith('Giỗ Tổ'))?.date;      // '2030-04-12'
 * vnHolidays(2030).every((h) => h.status === 'provisional');               // true
 * vnHolidays(2026).at(-1)?.label;                                           // { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnam Culture Day' }
 * vnHolidays(2026, { cultureDay: 'not-observed' }).at(-1)?.date;            // '2026-09-02'
 * vnHolidays(2029).filter((h) => h.date >= '2029-11-24').map((h) => `${h.date} ${h.kind}`); // ['2029-11-24 statutory', '2029-11-26 compensatory']
 * ```
 *
 * @category Calendar
 */
export function vnHolidays(year: number, options?: VnHolidaysOptions): Holiday[] {
  const o = readOptions<VnHolidaysOptions>(options, VN_HOLIDAYS_KEYS);
  if (typeof year !== 'number' || !Number.isInteger(year)) {
    return fail(
      'INVALID_INPUT',
      ['year'],
      vi.INVALID_INPUT__holidayYear({ received: show(year) }),
      en.INVALID_INPUT__holidayYear({ received: show(year) }),
      year,
    );
  }
  if (year < VN_HOLIDAY_YEARS.first || year > VN_HOLIDAY_YEARS.last) {
    const p = { year, first: VN_HOLIDAY_YEARS.first, last: VN_HOLIDAY_YEARS.last };
    return fail('DATE_OUT_OF_RANGE', ['year'], vi.DATE_OUT_OF_RANGE__holidayYear(p), en.DATE_OUT_OF_RANGE__holidayYear(p), year);
  }
  const regime = o.regime ?? 'civil-service';
  if (regime !== 'civil-service' && regime !== 'labour-code') {
    return fail(
      'INVALID_INPUT',
      ['options', 'regime'],
      vi.INVALID_INPUT__regime({ received: show(regime) }),
      en.INVALID_INPUT__regime({ received: show(regime) }),
      regime,
    );
  }
  const cultureDay = Object.hasOwn(o, 'cultureDay') ? o.cultureDay : undefined;
  return holidaysOfYear(year, regime, readCultureDayMode(cultureDay, ['options', 'cultureDay']));
}

/** The `cultureDay` option, checked (default `'observed'`). @internal */
export function readCultureDayMode(value: unknown, path: readonly (string | number)[]): CultureDayMode {
  if (value === undefined) return 'observed';
  if (!(CULTURE_DAY_MODES as readonly unknown[]).includes(value)) {
    const p = { choices: CULTURE_DAY_MODES.map((m) => `'${m}'`).join(', '), received: show(value), suggestion: '' };
    return fail('INVALID_INPUT', path, viCore.INVALID_INPUT__choice(p), enCore.INVALID_INPUT__choice(p), value);
  }
  return value as CultureDayMode;
}

/** The holidays of a year of the national schedule: its marks, named and cited. @internal */
export function holidaysOfYear(year: number, regime: HolidayRegime, cultureDay: CultureDayMode = 'observed'): Holiday[] {
  return yearMarks(year, regime, cultureDay).map(holidayOfMark);
}

/** Day number of a date the library generated (valid by construction), read by the one ISO date reader. @internal */
export function dayNumberOfIso(date: string): number {
  return scanIsoDate(date);
}
