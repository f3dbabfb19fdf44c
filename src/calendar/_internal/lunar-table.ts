/**
 * The lunar month table: every lunar month (tháng âm lịch) from late 1899 to early 2101, computed once per zone rule
 * from the rules of Hồ Ngọc Đức, "Computing the Vietnamese lunar calendar"
 * (https://www.informatik.uni-leipzig.de/~duc/amlich/calrules_en.html), written for `cchc` from that description:
 *
 * 1. a month starts on the (local) day of the true new moon;
 * 2. the winter solstice (Sun's apparent longitude 270°) always falls in month 11;
 * 3. a lunar year whose month 11 to the next month 11 spans 13 new moons has a leap month: the first month after
 *    month 11 that contains no principal term (trung khí: a multiple of 30° of solar longitude);
 * 4. days are counted at the meridian 105° E (UTC+7) — or UTC+8 (China's standard time), or the historic rule
 *    "UTC+8 before 1968, UTC+7 from 1968" (North Vietnam moved to UTC+7 on 8 August 1967; the calendar from 1968).
 *
 * Astronomy: ./astro.ts (Meeus). Lookups are a guessed index corrected by comparing real month starts, so no
 * "day 0" can appear when a new moon is near midnight.
 * @internal
 */
import { civilToDays } from '../../core/iso-date.js';
import { nearestNewMoonNumber, newMoonJd, sunApparentLongitude, sunLongitudeCrossing } from './astro.js';

/**
 * The zone rule of the lunar calendar.
 *
 * @category Calendar
 */
export type LunarZoneRule = 7 | 8 | 'historic';

const UNIX_EPOCH_JD = 2440587.5;
/**
 * First day of UTC+7 under the historic rule (Calendrical Calculations' convention, Gregorian year ≥ 1968).
 *
 * @category Calendar
 */
export const HISTORIC_SWITCH_DAY = civilToDays(1968, 1, 1);

/**
 * Lunar years whose months are all in the table.
 *
 * @category Calendar
 */
export const LUNAR_TABLE_FIRST_YEAR = 1899;
export const LUNAR_TABLE_LAST_YEAR = 2100;
/**
 * The "modern" table starts at month 11 of 1999 and serves every lunar year from 2000 and every solar day from
 * 2000-01-01: the holiday rules and most queries need only that, so the months of 1899–1999 are computed only when a
 * date before 2000 is asked for (it halves the cost of building the working-day calendar). Both tables compute each
 * lunar year from the same two months 11, so they agree month for month where they overlap.
 *
 * @category Calendar
 */
export const MODERN_TABLE_FIRST_YEAR = 1999;
/**
 * First solar day served by the modern table.
 *
 * @category Calendar
 */
export const MODERN_TABLE_FIRST_DAY = civilToDays(2000, 1, 1);

export interface LunarTable {
  readonly zone: LunarZoneRule;
  /** Gregorian year whose month 11 is the table's first month; lunar year `firstYear` is partial (months 11, 12). */
  readonly firstYear: number;
  /** Day number of the first day of month i (plus one sentinel: the start of the month after the last). */
  readonly start: Int32Array;
  /** Month number 1–12 of month i. */
  readonly month: Uint8Array;
  /** 1 if month i is a leap month. */
  readonly leap: Uint8Array;
  /** Lunar year of month i. */
  readonly year: Int16Array;
  /** For lunar year y, index of its month 1 (Tết) is yearFirst[y - firstYear] (-1 if not in the table); one extra entry at the end. */
  readonly yearFirst: Int32Array;
  /** Leap month number of lunar year y (0: none). */
  readonly yearLeap: Uint8Array;
  /** Minimum distance, in minutes, between a deciding event and a local midnight, per month (diagnostics). */
  readonly margin: Float32Array;
}

function offsetHoursOfDay(zone: LunarZoneRule, dayNumber: number): number {
  if (zone === 'historic') return dayNumber < HISTORIC_SWITCH_DAY ? 8 : 7;
  return zone;
}

function offsetHoursOfJd(zone: LunarZoneRule, jd: number): number {
  if (zone === 'historic') {
    // The instant's local day under +8 decides (the switch happens at 1968-01-01 00:00 in UTC+8 terms).
    return Math.floor(jd - UNIX_EPOCH_JD + 8 / 24) < HISTORIC_SWITCH_DAY ? 8 : 7;
  }
  return zone;
}

/** Local day number of an instant (JD UT), and how far (minutes) it lies from the nearest local midnight. */
function localDay(zone: LunarZoneRule, jd: number): { day: number; margin: number } {
  const t = jd - UNIX_EPOCH_JD + offsetHoursOfJd(zone, jd) / 24;
  const day = Math.floor(t);
  const frac = t - day;
  return { day, margin: Math.min(frac, 1 - frac) * 1440 };
}

/** JD (UT) of local midnight at the start of a day number. */
function midnightJd(zone: LunarZoneRule, dayNumber: number): number {
  return dayNumber + UNIX_EPOCH_JD - offsetHoursOfDay(zone, dayNumber) / 24;
}

/** Day number of the winter solstice of Gregorian year y, local time. */
function solsticeDay(zone: LunarZoneRule, y: number): { day: number; margin: number } {
  const guess = civilToDays(y, 12, 21) + UNIX_EPOCH_JD;
  return localDay(zone, sunLongitudeCrossing(270, guess));
}

export function buildLunarTable(zone: LunarZoneRule, firstYear: number = LUNAR_TABLE_FIRST_YEAR): LunarTable {
  const nmCache = new Map<number, { day: number; margin: number }>();
  const newMoonDay = (k: number) => {
    let v = nmCache.get(k);
    if (!v) {
      v = localDay(zone, newMoonJd(k));
      nmCache.set(k, v);
    }
    return v;
  };
  // k11[y]: new-moon number of month 11 of Gregorian year y (the month containing the winter solstice).
  const firstG = firstYear; // need month 11 of firstYear … 2101
  const lastG = LUNAR_TABLE_LAST_YEAR + 1;
  const k11: number[] = [];
  const solMargin: number[] = [];
  for (let y = firstG; y <= lastG; y++) {
    const sd = solsticeDay(zone, y);
    let k = nearestNewMoonNumber(sd.day + UNIX_EPOCH_JD);
    // Correct the estimate against real (local) new-moon days: month 11 is the last new moon on or before the solstice day.
    while (newMoonDay(k).day > sd.day) k--;
    while (newMoonDay(k + 1).day <= sd.day) k++;
    k11.push(k);
    solMargin.push(sd.margin);
  }
  const kFirst = k11[0]!;
  const kLast = k11[k11.length - 1]!; // exclusive
  const n = kLast - kFirst;
  const start = new Int32Array(n + 1);
  const month = new Uint8Array(n);
  const leap = new Uint8Array(n);
  const year = new Int16Array(n);
  const margin = new Float32Array(n);
  for (let i = 0; i <= n; i++) start[i] = newMoonDay(kFirst + i).day;
  for (let i = 0; i < n; i++) margin[i] = newMoonDay(kFirst + i).margin;
  const sector = (day: number) => Math.floor(sunApparentLongitude(midnightJd(zone, day)) / 30);
  for (let p = 0; p + 1 < k11.length; p++) {
    const a = k11[p]! - kFirst; // month 11 of Gregorian year firstG + p
    const b = k11[p + 1]! - kFirst;
    const gy = firstG + p + 1; // the lunar year whose Tết lies in this period
    let leapAt = 0;
    if (b - a === 13) {
      for (let i = 1; i <= 12; i++) {
        if (sector(start[a + i]!) === sector(start[a + i + 1]!)) {
          leapAt = i;
          break;
        }
      }
      if (leapAt === 0) throw new Error(`cchc internal: no month without a principal term in lunar year ${gy}`);
    } else if (b - a !== 12) {
      throw new Error(`cchc internal: ${b - a} months between two months 11 (${gy})`);
    }
    for (let i = 0; i < b - a; i++) {
      const shifted = leapAt > 0 && i >= leapAt ? i - 1 : i;
      const m = ((shifted + 10) % 12) + 1;
      month[a + i] = m;
      leap[a + i] = leapAt > 0 && i === leapAt ? 1 : 0;
      year[a + i] = m >= 11 ? gy - 1 : gy;
    }
    margin[a] = Math.min(margin[a]!, solMargin[p]!);
  }
  const years = LUNAR_TABLE_LAST_YEAR - firstYear + 1;
  const yearFirst = new Int32Array(years + 1).fill(-1);
  const yearLeap = new Uint8Array(years);
  for (let i = 0; i < n; i++) {
    const yi = year[i]! - firstYear;
    if (month[i] === 1 && leap[i] === 0 && yi >= 0 && yi <= years) yearFirst[yi] = i;
    if (leap[i] && yi >= 0 && yi < years) yearLeap[yi] = month[i]!;
  }
  return { zone, firstYear, start, month, leap, year, yearFirst, yearLeap, margin };
}

const tables = new Map<LunarZoneRule, LunarTable>();
const modernTables = new Map<LunarZoneRule, LunarTable>();

/**
 * The full table (1899–2101) of a zone rule, built on first use.
 *
 * @category Calendar
 */
export function lunarTable(zone: LunarZoneRule): LunarTable {
  let t = tables.get(zone);
  if (!t) {
    t = buildLunarTable(zone);
    tables.set(zone, t);
  }
  return t;
}

/**
 * A table that serves lunar years from 2000 and solar days from 2000-01-01: the full table if it is already built,
 * else the modern one (built on first use).
 *
 * @category Calendar
 */
export function modernLunarTable(zone: LunarZoneRule): LunarTable {
  const full = tables.get(zone);
  if (full) return full;
  let t = modernTables.get(zone);
  if (!t) {
    t = buildLunarTable(zone, MODERN_TABLE_FIRST_YEAR);
    modernTables.set(zone, t);
  }
  return t;
}

/**
 * The table to use for a solar day number (the modern one from 2000-01-01).
 *
 * @category Calendar
 */
export function lunarTableForDay(zone: LunarZoneRule, dayNumber: number): LunarTable {
  return dayNumber >= MODERN_TABLE_FIRST_DAY ? modernLunarTable(zone) : lunarTable(zone);
}

/**
 * The table to use for a lunar year (the modern one from lunar year 2000).
 *
 * @category Calendar
 */
export function lunarTableForYear(zone: LunarZoneRule, lunarYear: number): LunarTable {
  return lunarYear > MODERN_TABLE_FIRST_YEAR ? modernLunarTable(zone) : lunarTable(zone);
}

/**
 * Index of the month containing a day number (binary search), or -1 outside the table.
 *
 * @category Calendar
 */
export function monthIndexOf(t: LunarTable, dayNumber: number): number {
  const s = t.start;
  const n = s.length - 1;
  if (dayNumber < s[0]! || dayNumber >= s[n]!) return -1;
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s[mid]! <= dayNumber) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
