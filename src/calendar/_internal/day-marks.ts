/**
 * Which days of the national schedule are marked (holiday, compensatory day, swap, make-up day), with their kind and
 * status and what they are — without their names and citations, which vn-holidays.ts adds. The working-day arithmetic
 * (the default calendar of addWorkingDays and friends) needs only this, so it stays light; `vnHolidays` and
 * `civilServiceCalendar` decorate the same marks, so the two can never disagree.
 *
 * Open points, decided here as documented defaults (docs/calendar.md "How days off are decided"):
 * - Tết split (the Prime Minister fixes it each year, Art. 112(3)(b)); ND 45/2013 allows 1 day before + 4 after or
 *   2 + 3. Default: 1 + 4 when mùng 1 is a Monday or Tuesday (2019, 2022, 2026 precedents for Tuesday; for Monday
 *   both splits give the same days off), 2 + 3 otherwise (2020, 2021, 2023, 2024, 2025 precedents). A 4-day Tết
 *   (1994 code) is taken as 1 + 3.
 * - Quốc khánh adjacent day (Art. 112(3)(đ)): 1/9 when 2/9 is Tue, Wed, Fri or Sat (2025, 2026, 2022, 2023
 *   precedents), 3/9 when it is Mon or Thu (2024, 2021 precedents) or Sun (the Monday).
 * - Compensatory days: each holiday on a weekly rest day moves to the first later day that is neither a rest day, a
 *   holiday, nor an earlier compensatory day (BLLĐ 2012 Art. 115(3), BLLĐ 2019 Art. 111(3)); matches every
 *   compensatory day of the official 2019–2026 schedules.
 * - 24/11 (Ngày Văn hóa Việt Nam, from 2026-07-01): compensated like the Labour Code days under the calendar's
 *   default mode `'observed'` (flagged: Điều 111(3) names only the days of Điều 112(1)); not compensated under
 *   `'observed-without-compensation'`; absent under `'not-observed'`.
 * @internal
 */
import { civilToDays, daysToCivil, weekdayOfDayNumber } from '../../core/iso-date.js';
import { scanIsoDate } from '../../core/read-date.js';
import { OFFICIAL_DAYS, OFFICIAL_SCHEDULE_YEARS } from '../data/official-days.js';
import type { CultureDayMode, DayStatus, HolidayKind } from '../types.js';
import { lawVersionOnDay } from './law-params.js';
import { lunarTableForYear } from './lunar-table.js';

/**
 * What a rule day is (its names and citations follow from it).
 *
 * @category Calendar
 */
export type Occasion = 'new-year' | 'tet' | 'hung-kings' | 'victory' | 'labour' | 'national' | 'national-adjacent' | 'culture';

/**
 * Whose schedule: the civil service (with swaps) or the Labour Code (statutory and compensatory days only).
 *
 * @category Calendar
 */
export type Regime = 'civil-service' | 'labour-code';

/**
 * A marked day.
 *
 * @category Calendar
 */
export interface Mark {
  readonly day: number;
  readonly kind: HolidayKind;
  /** Worked (a make-up day) or off. */
  readonly working: boolean;
  readonly status: DayStatus;
  /** Official days: the date (the key of their names and citations). */
  readonly date?: string;
  /** Rule days: what the day is; compensatory days: what the day compensated is. */
  readonly occasion?: Occasion;
  /** Rule Tết days: the day number of mùng 1 and of the first day of tháng Chạp (for the name). */
  readonly tet?: number;
  readonly chap?: number;
  /** Rule compensatory days: the day compensated. */
  readonly of?: Mark;
  /** 24/11 or its compensatory day. */
  readonly culture?: boolean;
  /** `false`: not compensated when on a rest day (24/11 under some modes). */
  readonly compensate?: boolean;
}

const SAT_SUN = (1 << 0) | (1 << 6);

/**
 * Whether a year's schedule is official in the data (its unmarked days are official too).
 *
 * @category Calendar
 */
export function isOfficialScheduleYear(year: number): boolean {
  return OFFICIAL_SCHEDULE_YEARS.includes(year);
}

let officialByYear: Map<number, Mark[]> | undefined;

/** The official marks dated in a year (frozen, shared), grouped once on first use. */
function officialMarks(year: number): readonly Mark[] {
  if (!officialByYear) {
    officialByYear = new Map();
    for (const [date, kind] of OFFICIAL_DAYS) {
      const y = Number(date.slice(0, 4));
      const list = officialByYear.get(y) ?? [];
      // The one statutory day on 24/11 is Ngày Văn hóa Việt Nam.
      const culture = kind === 'statutory' && date.endsWith('-11-24');
      list.push(
        Object.freeze({ day: scanIsoDate(date), kind, working: kind === 'swap-workday', status: 'official' as const, date, culture }),
      );
      officialByYear.set(y, list);
    }
  }
  return officialByYear.get(year) ?? [];
}

function tetDay(lunarYear: number): number {
  const t = lunarTableForYear(7, lunarYear);
  return t.start[t.yearFirst[lunarYear - t.firstYear]!]!;
}

/** Length (29 or 30) of the last month of the lunar year before `lunarYear` (tháng Chạp, or its leap month). */
function lastMonthLength(lunarYear: number): number {
  const t = lunarTableForYear(7, lunarYear);
  const i = t.yearFirst[lunarYear - t.firstYear]!;
  return t.start[i]! - t.start[i - 1]!;
}

function hungKingsDay(lunarYear: number): number {
  const t = lunarTableForYear(7, lunarYear);
  const first = t.yearFirst[lunarYear - t.firstYear]!;
  const leap = t.yearLeap[lunarYear - t.firstYear]!;
  // month 3 is index first + 2, shifted by one when leap 1 or leap 2 precedes it
  const i = first + 2 + (leap !== 0 && leap < 3 ? 1 : 0);
  return t.start[i]! + 9;
}

/**
 * Whether a 24/11 on a rest day is compensated under a calendar's mode and the law in force on that day.
 *
 * @category Calendar
 */
export function cultureDayCompensates(mode: CultureDayMode, day: number): boolean {
  return mode === 'observed' && lawVersionOnDay(day)?.cultureDayOnRestDay === 'next-working-day';
}

/**
 * Statutory days of a Gregorian year by the rules.
 *
 * @category Calendar
 */
export function statutoryMarks(year: number, cultureDay: CultureDayMode = 'observed'): Mark[] {
  const out: Mark[] = [];
  const add = (day: number, occasion: Occasion, extra?: Partial<Mark>) => {
    if (lawVersionOnDay(day)) out.push({ day, kind: 'statutory', working: false, status: 'provisional', occasion, ...extra });
  };
  add(civilToDays(year, 1, 1), 'new-year');
  const tet = tetDay(year);
  const lawTet = lawVersionOnDay(tet);
  if (lawTet) {
    const chap = tet - lastMonthLength(year); // first day of month 12 of the previous lunar year
    const wd = weekdayOfDayNumber(tet);
    const before = lawTet.tetDays === 4 ? 1 : wd === 1 || wd === 2 ? 1 : 2;
    for (let d = tet - before; d < tet - before + lawTet.tetDays; d++) add(d, 'tet', { tet, chap });
  }
  const hk = hungKingsDay(year);
  if (lawVersionOnDay(hk)?.hungKings) add(hk, 'hung-kings');
  add(civilToDays(year, 4, 30), 'victory');
  add(civilToDays(year, 5, 1), 'labour');
  const nd = civilToDays(year, 9, 2);
  add(nd, 'national');
  if (lawVersionOnDay(nd)?.nationalDayDays === 2) {
    const wd = weekdayOfDayNumber(nd);
    add(wd === 1 || wd === 4 || wd === 0 ? nd + 1 : nd - 1, 'national-adjacent');
  }
  const cd = civilToDays(year, 11, 24);
  if (lawVersionOnDay(cd)?.cultureDayOnRestDay && cultureDay !== 'not-observed') {
    add(cd, 'culture', { culture: true, compensate: cultureDayCompensates(cultureDay, cd) });
  }
  return out.sort((a, b) => a.day - b.day);
}

/**
 * Where the compensatory days of `statutory` fall for a weekly pattern (`restMask` bit w set = weekday w is a rest
 * day): each one on a rest day (and not marked `compensate: false`) moves to the first later day that is neither a
 * rest day, one of them, an earlier compensatory day, nor `isTaken` (a holiday of a neighbouring year, a swap).
 *
 * @category Calendar
 */
export function compensatoryPositions<T extends { readonly day: number; readonly compensate?: boolean }>(
  statutory: readonly T[],
  restMask: number,
  isTaken: (day: number) => boolean = () => false,
): { day: number; of: T }[] {
  const off = new Set(statutory.map((s) => s.day));
  const out: { day: number; of: T }[] = [];
  for (const s of statutory) {
    if (((restMask >> weekdayOfDayNumber(s.day)) & 1) === 0 || s.compensate === false) continue;
    let d = s.day + 1;
    while (((restMask >> weekdayOfDayNumber(d)) & 1) === 1 || off.has(d) || isTaken(d)) d++;
    off.add(d);
    out.push({ day: d, of: s });
  }
  return out;
}

/**
 * Rule-based marks of a year for a weekly rest-day mask.
 *
 * @category Calendar
 */
export function ruleMarks(year: number, restMask: number = SAT_SUN, cultureDay: CultureDayMode = 'observed'): Mark[] {
  const statutory = statutoryMarks(year, cultureDay);
  const compensatory = compensatoryPositions(statutory, restMask).map(({ day, of }): Mark => {
    const m = { day, kind: 'compensatory' as const, working: false, status: 'provisional' as const, occasion: of.occasion!, of };
    return of.culture ? { ...m, culture: true } : m;
  });
  return [...statutory, ...compensatory].sort((a, b) => a.day - b.day);
}

/**
 * The marks of a year of the national schedule (Saturday–Sunday week).
 *
 * @category Calendar
 */
export function yearMarks(year: number, regime: Regime, cultureDay: CultureDayMode): Mark[] {
  let marks: Mark[];
  if (isOfficialScheduleYear(year)) {
    marks = [...officialMarks(year)];
    // An official 24/11 (2026 on): left out by a body that does not observe it (its compensatory day, none so far, too).
    if (cultureDay !== 'observed') marks = marks.filter((m) => !m.culture || (cultureDay !== 'not-observed' && m.kind === 'statutory'));
  } else {
    // Rules, plus any official day of a neighbouring announcement dated in this year (2018-12-31 for Tết DL 2019).
    const extra = officialMarks(year);
    const taken = new Set(extra.map((m) => m.day));
    marks = [...ruleMarks(year, SAT_SUN, cultureDay).filter((m) => !taken.has(m.day)), ...extra].sort((a, b) => a.day - b.day);
  }
  return regime === 'labour-code' ? marks.filter((m) => m.kind === 'statutory' || m.kind === 'compensatory') : marks;
}

/**
 * The marks of the national schedule over a day range (years 2000–2100), by day number.
 *
 * @category Calendar
 */
export function nationalMarks(first: number, last: number, regime: Regime, cultureDay: CultureDayMode): Map<number, Mark> {
  const out = new Map<number, Mark>();
  const y1 = Math.min(2100, daysToCivil(last).year);
  for (let y = Math.max(2000, daysToCivil(first).year); y <= y1; y++) {
    for (const m of yearMarks(y, regime, cultureDay)) if (m.day >= first && m.day <= last) out.set(m.day, m);
  }
  return out;
}
