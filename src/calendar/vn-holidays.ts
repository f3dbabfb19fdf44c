import { bilingual } from '../core/bilingual.js';
import { fail, show } from '../core/errors.js';
import { daysToCivil, formatIsoDate } from '../core/iso-date.js';
import { scanIsoDate } from '../core/read-date.js';
import { readOptions } from '../core/options.js';
import type { SourceRef } from '../core/source-ref.js';
import { compensatoryDays, statutoryDaysByRule, type RuleDay } from './_internal/holiday-rules.js';
import {
  OFFICIAL_SCHEDULE_DAYS,
  OFFICIAL_SCHEDULE_SOURCE_REFS,
  OFFICIAL_SCHEDULE_SOURCES,
  OFFICIAL_SCHEDULE_YEARS,
} from './data/civil-service-schedules.js';
import type { Holiday } from './types.js';
import * as vi from '../core/messages/vi/calendar.js';
import * as en from '../core/messages/en/calendar.js';

/**
 * Whose holiday schedule {@link vnHolidays} returns:
 *
 * - `'civil-service'` (default): cadres, civil servants and public employees of bodies with a Saturday–Sunday week
 *   (CBCCVC): statutory days, compensatory days, and the Government's swaps (hoán đổi) and make-up Saturdays (làm
 *   bù). 2019–2026 come from the official announcements; other years from the rules (`provisional: true`).
 * - `'labour-code'`: what the Labour Code gives every employee with a Saturday–Sunday week: statutory and
 *   compensatory days, no swaps (swaps apply only to CBCCVC: MOLISA 89/TTr-LĐTBXH, 2014). For 2019–2026 the
 *   statutory days are the announced ones (the Tết split and the Quốc khánh adjacent day are fixed for everyone).
 *
 * @example
 * ```ts
 * import { vnHolidays } from 'cchc';
 * vnHolidays(2024, { regime: 'labour-code' }).some((h) => h.kind === 'swap-workday'); // false
 * ```
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
 */
export interface VnHolidaysOptions {
  /** See {@link HolidayRegime}. Default `'civil-service'`. */
  readonly regime?: HolidayRegime;
}

/**
 * Years {@link vnHolidays} supports.
 *
 * @example
 * ```ts
 * import { VN_HOLIDAY_YEARS } from 'cchc';
 * VN_HOLIDAY_YEARS.first; // 2000
 * ```
 */
export const VN_HOLIDAY_YEARS = Object.freeze({ first: 2000, last: 2100 } as const);

const VN_HOLIDAYS_KEYS: readonly string[] = Object.freeze(['regime']);

const SAT_SUN = (1 << 0) | (1 << 6);

let officialByYear: Map<number, readonly Holiday[]> | undefined;

/** The official days dated in a year (frozen, shared), grouped once on first use. */
function officialFor(year: number): readonly Holiday[] {
  if (!officialByYear) {
    officialByYear = new Map();
    // One frozen `sources` list per source, shared by every day it covers.
    const sources = OFFICIAL_SCHEDULE_SOURCE_REFS.map((ref): readonly SourceRef[] => Object.freeze([Object.freeze({ ...ref })]));
    for (const [date, kind, nameVi, name, src] of OFFICIAL_SCHEDULE_DAYS) {
      const y = Number(date.slice(0, 4));
      const list = (officialByYear.get(y) ?? []) as Holiday[];
      const label = bilingual(nameVi, name);
      const source = OFFICIAL_SCHEDULE_SOURCES[src]!;
      list.push(Object.freeze({ date, label, name, nameVi, kind, provisional: false, sources: sources[src]!, source }));
      officialByYear.set(y, list);
    }
  }
  return officialByYear.get(year) ?? [];
}

function toHoliday(r: RuleDay): Holiday {
  const c = daysToCivil(r.day);
  const date = formatIsoDate(c.year, c.month, c.day);
  const label = bilingual(r.nameVi, r.name);
  const names = { label, name: r.name, nameVi: r.nameVi };
  return Object.freeze({ date, ...names, kind: r.kind, provisional: true, sources: r.sources, source: r.source });
}

/**
 * Rule-based holidays of a year for a weekly rest-day mask (bit w = weekday w is a rest day). @internal
 */
export function ruleHolidays(year: number, restMask: number = SAT_SUN): Holiday[] {
  const statutory = statutoryDaysByRule(year);
  return [...statutory, ...compensatoryDays(statutory, restMask)].sort((a, b) => a.day - b.day).map(toHoliday);
}

/**
 * Vietnam's public holidays of a year (ngày nghỉ lễ, tết), with compensatory days (nghỉ bù) and, for the civil
 * service, swapped days (hoán đổi) and make-up working Saturdays (làm bù), in date order. Each day has a `label`
 * `{ vi, en }`, a `kind`, its `sources` (the announcement or the law, as {@link SourceRef}s with their URL), and
 * `provisional: true` when it was computed from the rules rather than taken from an official announcement in the
 * data.
 *
 * Rules by law version ({@link HOLIDAY_LAWS}): Labour Code 2012 (Art. 115, to 2020: Tết Dương lịch 1/1; Tết Âm lịch
 * 5 days; Giỗ Tổ Hùng Vương 10/3 lunar; 30/4; 1/5; Quốc khánh 2/9, 1 day) and Labour Code 2019 (Art. 112, from 2021:
 * Quốc khánh 2 days, 2/9 and an adjacent day); a holiday on a weekly rest day is compensated on the next working day.
 * Civil-service schedules 2019–2026: the official announcements (CV 6519/VPCP-KGVX, CV 245/VPCP-KGVX, TB 5034/TB-LĐTBXH,
 * CV 2450/VPCP-KGVX, CV 8726/VPCP-KGVX, TB 9441/TB-BNV, CV 12729/VPCP-KGVX …; each day's URL in `sources`).
 *
 * @param year - 2000–2100
 * @throws {@link CchcError} `INVALID_INPUT` (not an integer, unknown regime, options that are not an object),
 *   `UNKNOWN_KEY` (e.g. `regim`), `DATE_OUT_OF_RANGE` (outside 2000–2100).
 * @example
 * ```ts
 * import { vnHolidays } from 'cchc';
 * const extra = vnHolidays(2026).filter((h) => h.kind !== 'statutory');
 * extra.map((h) => `${h.date} ${h.kind}`); // ['2026-01-02 swap-off', '2026-01-10 swap-workday', '2026-04-27 compensatory', '2026-08-22 swap-workday', '2026-08-31 swap-off']
 * vnHolidays(2030).find((h) => h.label.vi.startsWith('Giỗ Tổ'))?.date;      // '2030-04-12'
 * vnHolidays(2030).every((h) => h.provisional);                             // true
 * ```
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
  return holidaysOfYear(year, regime);
}

/** @internal */
export function holidaysOfYear(year: number, regime: HolidayRegime): Holiday[] {
  const official = (OFFICIAL_SCHEDULE_YEARS as readonly number[]).includes(year);
  let days: Holiday[];
  if (official) {
    days = [...officialFor(year)];
  } else {
    // Rules, plus any official day of a neighbouring announcement dated in this year (2018-12-31 for Tết DL 2019).
    const extra = officialFor(year);
    const taken = new Set(extra.map((h) => h.date));
    days = [...ruleHolidays(year).filter((h) => !taken.has(h.date)), ...extra].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  }
  if (regime === 'labour-code') days = days.filter((h) => h.kind === 'statutory' || h.kind === 'compensatory');
  return days;
}

/** Day number of a date the library generated (valid by construction), read by the one ISO date reader. @internal */
export function dayNumberOfIso(date: string): number {
  return scanIsoDate(date);
}
