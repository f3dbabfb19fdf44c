import type { BilingualText } from '../core/bilingual.js';
import { fail, show } from '../core/errors.js';
import { parseIsoDate } from '../core/iso-date.js';
import type { IsoDate } from '../core/iso-date.js';
import type { SourceRef } from '../core/source-ref.js';
import { deepFreeze } from '../core/_internal/freeze.js';
import { LAW_VERSIONS, lawIndexOnDay, type HolidayLawId } from './_internal/law-params.js';
import { sourceText } from './_internal/source-text.js';
import * as vi from '../core/messages/vi/calendar.js';
import * as en from '../core/messages/en/calendar.js';

export type { HolidayLawId } from './_internal/law-params.js';

/**
 * Ngày Văn hóa Việt Nam (24 November) under a holiday-law version: a paid day off, and what the version's data assume
 * when it falls on a weekly rest day.
 *
 * @example
 * ```ts
 * import { holidayLawOn } from 'cchc';
 * const rule = holidayLawOn('2027-11-24').cultureDay;
 * rule?.onRestDay;         // 'next-working-day'
 * rule?.onRestDayVerified; // false
 * holidayLawOn('2026-06-30').cultureDay; // null
 * ```
 *
 * @category Calendar
 */
export interface CultureDayRule {
  /**
   * When 24/11 falls on a weekly rest day: compensated on the next working day (the default of `cchc`, as BLLĐ 2019
   * Điều 111(3) does for the days of Điều 112(1)), or not. A calendar can choose otherwise ({@link CultureDayMode}).
   */
  readonly onRestDay: 'next-working-day' | 'none';
  /**
   * `false`: the rest-day rule was not read in a legal text. Điều 111(3) names only the days of Điều 112(1); whether
   * it reaches a day added by a National Assembly resolution outside the Code is open.
   */
  readonly onRestDayVerified: boolean;
  /** The texts the day rests on (the resolution, the Politburo resolution behind it), with how far each was checked. */
  readonly sources: readonly SourceRef[];
}

/**
 * One Labour Code version: its holiday counts and its compensatory-day rule.
 *
 * @example
 * ```ts
 * import { holidayLawOn } from 'cchc';
 * holidayLawOn('2020-09-02').nationalDayDays; // 1
 * holidayLawOn('2020-09-02').title.en; // 'Labour Code 2012, Article 115'
 * ```
 *
 * @category Calendar
 */
export interface HolidayLaw {
  readonly id: HolidayLawId;
  /** Title and article, in Vietnamese and English. */
  readonly title: BilingualText;
  /** @deprecated Use `title.vi` (0.2). */
  readonly titleVi: string;
  /**
   * The kind of text that opened this version (its legal status): `'code'` (a Labour Code), `'amending-law'` (a law
   * amending it), `'resolution'` (a National Assembly resolution adding a day outside the Code).
   */
  readonly instrument: 'code' | 'amending-law' | 'resolution';
  /** First day the version governs (the effective date of its text). */
  readonly from: IsoDate;
  /** Last day it governs, when a later version replaced it. */
  readonly to?: IsoDate;
  /** Days of Tết Âm lịch (Lunar New Year). */
  readonly tetDays: 4 | 5;
  /** Days of Quốc khánh (National Day): 2/9 alone, or 2/9 plus an adjacent day fixed each year. */
  readonly nationalDayDays: 1 | 2;
  /** Whether Giỗ Tổ Hùng Vương (10/3 lunar) is a holiday. */
  readonly hungKings: boolean;
  /** Ngày Văn hóa Việt Nam (24/11), or `null` when the version does not have it. */
  readonly cultureDay: CultureDayRule | null;
  /**
   * The compensatory-day rule (nghỉ bù): a holiday that falls on a weekly rest day is compensated on the next working
   * day. Every version below has it (BLLĐ 1994 Art. 73; BLLĐ 2012 Art. 115(3); BLLĐ 2019 Art. 111(3)).
   */
  readonly compensatory: 'next-working-day';
  /**
   * The law and the texts it was read from, for its Labour Code days; versions not checked against a stored text
   * carry `verified: false`. (24/11 cites `cultureDay.sources`.)
   */
  readonly sources: readonly SourceRef[];
  /** @deprecated Use `sources` (0.2). The same citation as one text. */
  readonly source: string;
}

const CODE_2019: readonly SourceRef[] = [
  {
    document: 'Bộ luật Lao động 2019 (45/2019/QH14)',
    article: 'Điều 112(1),(3) và Điều 111(3)',
    url: 'https://vinanet.vn/chinh-sach-viet-nam/tu-nam-2021-lich-nghi-le-tet-se-co-mot-so-thay-doi-723430.html',
  },
  {
    document: 'Bộ luật Lao động 2019 (45/2019/QH14)',
    article: 'Điều 111(3)',
    url: 'https://news.laodong.vn/giai-dap-phap-luat/di-lam-vao-ngay-tet-sau-nghi-le-nguoi-lao-dong-co-duoc-nghi-bu-khong-1000305.ldo',
  },
];

/** What each version rests on: its title, the kind of text, its sources (the numbers are in _internal/law-params.ts). */
const META: Readonly<Record<HolidayLawId, { title: BilingualText; instrument: HolidayLaw['instrument']; sources: readonly SourceRef[] }>> =
  {
    'labour-code-1994': {
      title: { vi: 'Bộ luật Lao động 1994, Điều 73', en: 'Labour Code 1994, Article 73' },
      instrument: 'code',
      sources: [
        {
          document: 'Bộ luật Lao động 1994',
          date: '1994-06-23',
          article: 'Điều 73',
          verified: false,
          note: 'in force 01/01/1995: Tết Dương lịch 1, Tết Âm lịch 4, 30/4, 1/5, 2/9; compensatory day next (general legal knowledge)',
        },
      ],
    },
    'labour-code-1994-amended-2007': {
      title: {
        vi: 'Bộ luật Lao động 1994, Điều 73, sửa đổi bởi Luật 84/2007/QH11',
        en: 'Labour Code 1994, Article 73, as amended by Law 84/2007/QH11',
      },
      instrument: 'amending-law',
      sources: [
        {
          document: 'Luật 84/2007/QH11',
          date: '2007-04-02',
          article: 'sửa đổi, bổ sung Điều 73 Bộ luật Lao động',
          verified: false,
          note: 'adds Giỗ Tổ Hùng Vương (10/3 lunar) (general legal knowledge)',
        },
      ],
    },
    'labour-code-2012': {
      title: { vi: 'Bộ luật Lao động 2012, Điều 115', en: 'Labour Code 2012, Article 115' },
      instrument: 'code',
      sources: [
        {
          document: 'Bộ luật Lao động 2012 (10/2012/QH13)',
          article: 'Điều 115(1),(3)',
          url: 'http://thptngosilienbg.edu.vn/tin-giao-duc/pho-bien-phap-luat-1554720882.html',
        },
        {
          document: 'Nghị định 45/2013/NĐ-CP',
          url: 'http://greatcareerlife.com/index.php/resource/vietnamese-labor-code/item/26-3-decree-no-45-2013-nd-cp.html',
          note: 'Tết split options: 1 day before + 4 after, or 2 + 3',
        },
      ],
    },
    'labour-code-2019': {
      title: { vi: 'Bộ luật Lao động 2019, Điều 112', en: 'Labour Code 2019, Article 112' },
      instrument: 'code',
      sources: CODE_2019,
    },
    'labour-code-2019-culture-day': {
      title: {
        vi: 'Bộ luật Lao động 2019, Điều 112; Nghị quyết 28/2026/QH16 (24/11)',
        en: 'Labour Code 2019, Article 112; Resolution 28/2026/QH16 (24 November)',
      },
      instrument: 'resolution',
      sources: CODE_2019,
    },
  };

/** The texts 24/11 rests on: the National Assembly resolution (read in a copy only) and the Politburo resolution. */
const CULTURE_DAY_SOURCES: readonly SourceRef[] = [
  {
    document: 'Nghị quyết 28/2026/QH16',
    article: 'Điều 2',
    url: 'https://xaydungchinhsach.chinhphu.vn/toan-van-nghi-quyet-so-28-2026-qh16-ve-phat-trien-van-hoa-viet-nam-119260508142130402.htm',
    reliability: 'D',
    verified: false,
    note: 'a National Assembly resolution, in force 01/07/2026; wording seen only in a repository copy',
  },
  {
    document: 'Nghị quyết 80-NQ/TW (tin TTXVN)',
    date: '2026-01-07',
    url: 'https://baotintuc.vn/infographics/chon-ngay-2411-hang-nam-la-ngay-van-hoa-viet-nam-20260113202440189.htm',
    reliability: 'B',
    note: '24/11: a paid day off',
  },
];

/**
 * Every version of the holiday law the rules know, oldest first.
 *
 * - 1994 and its 2007 amendment (BLLĐ 1994 Art. 73: 8 days, Tết 4 days; Luật 84/2007/QH11 adds Giỗ Tổ Hùng Vương):
 *   general legal knowledge, **not checked against a stored text** — the years they govern (2000–2013 in the
 *   calendar's range) are always marked `provisional`.
 * - 2012 (BLLĐ 2012, No. 10/2012/QH13, Art. 115, in force 2013-05-01): 10 days, Tết 5 days, Quốc khánh 1 day.
 * - 2019 (BLLĐ 2019, No. 45/2019/QH14, Art. 112, in force 2021-01-01): 11 days, Quốc khánh 2 days.
 * - 2019 with Nghị quyết 28/2026/QH16 (in force 2026-07-01): 12 days, 24/11 (Ngày Văn hóa Việt Nam) added by a
 *   National Assembly **resolution** (`instrument: 'resolution'`), not by amending the Code (the amendment of Điều
 *   112(1) planned by NQ 30/NQ-CP was not found adopted). Its wording is known from a repository copy only
 *   (`verified: false`, reliability `D`); its rest-day rule is a flagged default ({@link CultureDayRule}).
 *
 * @example
 * ```ts
 * import { HOLIDAY_LAWS } from 'cchc';
 * HOLIDAY_LAWS[3]!.tetDays; // 5
 * HOLIDAY_LAWS[4]!.cultureDay?.sources[0]?.verified; // false
 * ```
 *
 * @category Calendar
 */
export const HOLIDAY_LAWS: readonly HolidayLaw[] = deepFreeze(
  LAW_VERSIONS.map(({ cultureDayOnRestDay, ...v }): HolidayLaw => {
    const m = META[v.id];
    const cultureDay =
      cultureDayOnRestDay === null ? null : { onRestDay: cultureDayOnRestDay, onRestDayVerified: false, sources: CULTURE_DAY_SOURCES };
    const law = {
      ...v,
      title: m.title,
      titleVi: m.title.vi,
      instrument: m.instrument,
      cultureDay,
      compensatory: 'next-working-day' as const,
    };
    return { ...law, sources: m.sources, source: sourceText(m.sources) };
  }),
);

/** The law version in force on a day number, or undefined before 1995. @internal */
export function holidayLawOnDay(dayNumber: number): HolidayLaw | undefined {
  return HOLIDAY_LAWS[lawIndexOnDay(dayNumber)];
}

/**
 * The version of the holiday law whose rules govern a date.
 *
 * @throws {@link CchcError} `INVALID_DATE`; `DATE_OUT_OF_RANGE` before 1995-01-01 (no version in the data).
 * @example
 * ```ts
 * import { holidayLawOn } from 'cchc';
 * holidayLawOn('2013-02-10').id; // 'labour-code-1994-amended-2007'
 * holidayLawOn('2021-09-03').id; // 'labour-code-2019'
 * holidayLawOn('2026-11-24').id; // 'labour-code-2019-culture-day'
 * holidayLawOn('2026-11-24').instrument; // 'resolution'
 * holidayLawOn('2021-09-03').to; // '2026-06-30'
 * ```
 *
 * @category Calendar
 */
export function holidayLawOn(date: IsoDate): HolidayLaw {
  const law = holidayLawOnDay(parseIsoDate(date, ['date']));
  if (!law) {
    const p = { received: show(date) };
    return fail('DATE_OUT_OF_RANGE', ['date'], vi.DATE_OUT_OF_RANGE__holidayLaw(p), en.DATE_OUT_OF_RANGE__holidayLaw(p), date);
  }
  return law;
}
