/**
 * Holidays computed from the Labour Code rules (used where no official schedule is in the data).
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
import { civilToDays, daysToCivil, formatIsoDate, weekdayOfDayNumber } from '../../core/iso-date.js';
import type { SourceRef } from '../../core/source-ref.js';
import { holidayLawOnDay } from '../holiday-laws.js';
import type { CultureDayMode, HolidayKind } from '../types.js';
import { lunarTableForYear } from './lunar-table.js';
import { sourceText } from './source-text.js';

export interface RuleDay {
  readonly day: number;
  readonly kind: HolidayKind;
  readonly name: string;
  readonly nameVi: string;
  /** Where the rule comes from (the law in force; the defaults of cchc where the law leaves a choice). */
  readonly sources: readonly SourceRef[];
  /** The same as one text (the deprecated `Holiday.source`). */
  readonly source: string;
  /** 24/11 or its compensatory day. */
  readonly cultureDay?: boolean;
  /** `false`: no compensatory day when it falls on a rest day (default true). */
  readonly compensate?: boolean;
}

/** English name of Ngày Văn hóa Việt Nam. */
export const CULTURE_DAY_EN = 'Vietnam Culture Day';

/** Flag on the compensatory day of a 24/11 that fell on a rest day: the rule applied is a default of cchc. */
export const CULTURE_DAY_COMPENSATION_REF: SourceRef = Object.freeze({
  document: 'Bộ luật Lao động 2019 (45/2019/QH14)',
  article: 'Điều 111(3)',
  verified: false,
  note: 'default of cchc for 24/11 (the article names the days of Art. 112(1) only)',
});

/** Whether a 24/11 on a rest day is compensated under a calendar's mode and the law in force on that day. */
export function cultureDayCompensates(mode: CultureDayMode, day: number): boolean {
  return mode === 'observed' && holidayLawOnDay(day)?.cultureDay?.onRestDay === 'next-working-day';
}

const TET_BEFORE_REF: SourceRef = Object.freeze({
  document: 'Nghị định 45/2013/NĐ-CP',
  verified: false,
  note:
    'Tết split default of cchc (the Prime Minister fixes it each year): 1 day before + 4 after when mùng 1 is a Monday or ' +
    'Tuesday, else 2 + 3; precedents 2019–2026',
});
const ADJACENT_REF: SourceRef = Object.freeze({
  document: 'Bộ luật Lao động 2019 (45/2019/QH14)',
  article: 'Điều 112',
  verified: false,
  note:
    'adjacent-day default of cchc (the Prime Minister fixes it each year): 1/9 when 2/9 is a Tuesday, Wednesday, Friday or ' +
    'Saturday, else 3/9; precedents 2021–2026',
});

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

/** Statutory days of a Gregorian year by the rules (names, sources). */
export function statutoryDaysByRule(year: number, cultureDay: CultureDayMode = 'observed'): RuleDay[] {
  const out: RuleDay[] = [];
  const add = (day: number, name: string, nameVi: string, extra?: SourceRef) => {
    const law = holidayLawOnDay(day);
    if (!law) return;
    const sources = extra ? Object.freeze([...law.sources, extra]) : law.sources;
    out.push({ day, kind: 'statutory', name, nameVi, sources, source: extra ? `${law.source} ; ${sourceText([extra])}` : law.source });
  };
  add(civilToDays(year, 1, 1), "New Year's Day", 'Tết Dương lịch');
  const tet = tetDay(year);
  const lastMonthStart = tet - lastMonthLength(year); // first day of month 12 of the previous lunar year
  const lawTet = holidayLawOnDay(tet);
  if (lawTet) {
    const wd = weekdayOfDayNumber(tet);
    const before = lawTet.tetDays === 4 ? 1 : wd === 1 || wd === 2 ? 1 : 2;
    for (let d = tet - before; d < tet - before + lawTet.tetDays; d++) {
      const label = d >= tet ? `mùng ${d - tet + 1}` : `${d - lastMonthStart + 1} tháng Chạp`;
      add(d, 'Lunar New Year (Tết)', `Tết Âm lịch (${label})`, TET_BEFORE_REF);
    }
  }
  const hk = hungKingsDay(year);
  if (holidayLawOnDay(hk)?.hungKings) add(hk, "Hùng Kings' Commemoration Day", 'Giỗ Tổ Hùng Vương (10/3 âm lịch)');
  add(civilToDays(year, 4, 30), 'Victory Day (Reunification Day)', 'Ngày Chiến thắng');
  add(civilToDays(year, 5, 1), "International Workers' Day", 'Quốc tế Lao động');
  const nd = civilToDays(year, 9, 2);
  add(nd, 'National Day', 'Quốc khánh');
  if (holidayLawOnDay(nd)?.nationalDayDays === 2) {
    const wd = weekdayOfDayNumber(nd);
    const adjacent = wd === 1 || wd === 4 || wd === 0 ? nd + 1 : nd - 1;
    add(adjacent, 'National Day (adjacent day)', 'Quốc khánh (ngày liền kề)', ADJACENT_REF);
  }
  // 24/11 (Ngày Văn hóa Việt Nam), from the version that has it; it cites its own texts.
  const cd = civilToDays(year, 11, 24);
  const rule = holidayLawOnDay(cd)?.cultureDay;
  if (rule && cultureDay !== 'not-observed') {
    const compensate = cultureDayCompensates(cultureDay, cd);
    out.push({ day: cd, kind: 'statutory', name: CULTURE_DAY_EN, nameVi: 'Ngày Văn hóa Việt Nam', sources: rule.sources, source: sourceText(rule.sources), cultureDay: true, compensate });
  }
  return out.sort((a, b) => a.day - b.day);
}

const NO_SOURCES: readonly SourceRef[] = Object.freeze([]);

/**
 * Compensatory days for statutory days that fall on a rest day. `restMask` bit w set = weekday w is a rest day.
 * `isTaken(day)` tells whether a day is already off for another reason (a holiday of a neighbouring year, a swap).
 */
export function compensatoryDays(statutory: readonly RuleDay[], restMask: number, isTaken: (day: number) => boolean = () => false): RuleDay[] {
  const off = new Set(statutory.map((s) => s.day));
  const out: RuleDay[] = [];
  for (const s of statutory) {
    if (((restMask >> weekdayOfDayNumber(s.day)) & 1) === 0 || s.compensate === false) continue;
    let d = s.day + 1;
    while (((restMask >> weekdayOfDayNumber(d)) & 1) === 1 || off.has(d) || isTaken(d)) d++;
    off.add(d);
    const law = holidayLawOnDay(s.day);
    // 24/11 cites its own texts and flags the rule applied (a default of cchc).
    const sources = s.cultureDay ? Object.freeze([...s.sources, CULTURE_DAY_COMPENSATION_REF]) : law ? law.sources : NO_SOURCES;
    out.push({
      day: d,
      kind: 'compensatory',
      name: `Compensatory day off (${s.name})`,
      nameVi: `Nghỉ bù ${s.nameVi} (${formatDay(s.day)})`,
      sources,
      source: s.cultureDay ? sourceText(sources) : law ? `${law.titleVi}: ${law.source}` : 'compensatory rule',
      cultureDay: s.cultureDay,
    });
  }
  return out;
}

function formatDay(day: number): string {
  const c = daysToCivil(day);
  return formatIsoDate(c.year, c.month, c.day);
}
