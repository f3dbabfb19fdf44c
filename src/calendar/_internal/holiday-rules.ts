/**
 * Names and citations of the rule-based days of the national schedule (the days themselves come from
 * ./day-marks.ts): each statutory day cites the law version in force on it, and the defaults of `cchc` where the law
 * leaves a choice to the Prime Minister (flagged `verified: false`); each compensatory day cites the rule that moved
 * it. See docs/calendar.md "How days off are decided".
 * @internal
 */
import { daysToCivil, formatIsoDate } from '../../core/iso-date.js';
import type { SourceRef } from '../../core/source-ref.js';
import { holidayLawOnDay } from '../holiday-laws.js';
import type { Mark, Occasion } from './day-marks.js';
import { sourceText } from './source-text.js';

/**
 * A day's names and citations.
 *
 * @category Calendar
 */
export interface DayLabel {
  readonly name: string;
  readonly nameVi: string;
  /** Where the rule or the announcement comes from. */
  readonly sources: readonly SourceRef[];
  /** The same as one text (the deprecated `Holiday.source`). */
  readonly source: string;
}

/** Flag on the compensatory day of a 24/11 that fell on a rest day: the rule applied is a default of cchc. */
const CULTURE_DAY_COMPENSATION_REF: SourceRef = Object.freeze({
  document: 'Bộ luật Lao động 2019 (45/2019/QH14)',
  article: 'Điều 111(3)',
  verified: false,
  note: 'default of cchc for 24/11 (the article names the days of Art. 112(1) only)',
});

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

/** English and Vietnamese names by occasion (Tết days add their lunar day to the Vietnamese name). */
const NAMES: Readonly<Record<Occasion, readonly [string, string]>> = {
  'new-year': ["New Year's Day", 'Tết Dương lịch'],
  tet: ['Lunar New Year (Tết)', 'Tết Âm lịch'],
  'hung-kings': ["Hùng Kings' Commemoration Day", 'Giỗ Tổ Hùng Vương (10/3 âm lịch)'],
  victory: ['Victory Day (Reunification Day)', 'Ngày Chiến thắng'],
  labour: ["International Workers' Day", 'Quốc tế Lao động'],
  national: ['National Day', 'Quốc khánh'],
  'national-adjacent': ['National Day (adjacent day)', 'Quốc khánh (ngày liền kề)'],
  culture: ['Vietnam Culture Day', 'Ngày Văn hóa Việt Nam'],
};

const NO_SOURCES: readonly SourceRef[] = Object.freeze([]);

function iso(day: number): string {
  const c = daysToCivil(day);
  return formatIsoDate(c.year, c.month, c.day);
}

/**
 * Names and citations of a rule-based statutory day.
 *
 * @category Calendar
 */
export function statutoryLabel(m: Mark): DayLabel {
  const law = holidayLawOnDay(m.day)!;
  const [name, vi] = NAMES[m.occasion!];
  if (m.occasion === 'culture') {
    const sources = law.cultureDay!.sources;
    return { name, nameVi: vi, sources, source: sourceText(sources) };
  }
  const nameVi =
    m.occasion !== 'tet' ? vi : `${vi} (${m.day >= m.tet! ? `mùng ${m.day - m.tet! + 1}` : `${m.day - m.chap! + 1} tháng Chạp`})`;
  const extra = m.occasion === 'tet' ? TET_BEFORE_REF : m.occasion === 'national-adjacent' ? ADJACENT_REF : undefined;
  if (!extra) return { name, nameVi, sources: law.sources, source: law.source };
  return { name, nameVi, sources: Object.freeze([...law.sources, extra]), source: `${law.source} ; ${sourceText([extra])}` };
}

/**
 * Names and citations of the compensatory day of a holiday on `ofDay` (named `of`): the compensatory rule of the law
 * in force then; for 24/11 (`culture`), its own texts and the flag that the rule applied is a default of cchc.
 *
 * @category Calendar
 */
export function compensatoryLabel(ofDay: number, of: DayLabel, culture: boolean): DayLabel {
  const law = holidayLawOnDay(ofDay);
  const sources = culture ? Object.freeze([...of.sources, CULTURE_DAY_COMPENSATION_REF]) : law ? law.sources : NO_SOURCES;
  return {
    name: `Compensatory day off (${of.name})`,
    nameVi: `Nghỉ bù ${of.nameVi} (${iso(ofDay)})`,
    sources,
    source: culture ? sourceText(sources) : law ? `${law.titleVi}: ${law.source}` : 'compensatory rule',
  };
}

/**
 * Names and citations of a rule-based day (statutory or compensatory).
 *
 * @category Calendar
 */
export function ruleLabel(m: Mark): DayLabel {
  return m.of ? compensatoryLabel(m.of.day, statutoryLabel(m.of), m.culture === true) : statutoryLabel(m);
}
