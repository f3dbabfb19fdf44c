import { fail } from '../core/errors.js';
import { civilToDays, parseIsoDate } from '../core/iso-date.js';
import type { IsoDate } from '../core/iso-date.js';

/**
 * The Labour Code versions that fix Vietnam's public holidays (ngày nghỉ lễ, tết), as data. The version in force on
 * a holiday's date applies to it (so Tết 2013, in February, still falls under the 1994 code; Quốc khánh 2021 under
 * the 2019 code).
 *
 * @example
 * ```ts
 * import { HOLIDAY_LAWS } from 'cchc';
 * HOLIDAY_LAWS.map((l) => l.id); // ['labour-code-1994', 'labour-code-1994-amended-2007', 'labour-code-2012', 'labour-code-2019']
 * ```
 */
export type HolidayLawId = 'labour-code-1994' | 'labour-code-1994-amended-2007' | 'labour-code-2012' | 'labour-code-2019';

/**
 * One Labour Code version: its holiday counts and its compensatory-day rule.
 *
 * @example
 * ```ts
 * import { holidayLawOn } from 'cchc';
 * holidayLawOn('2020-09-02').nationalDayDays; // 1
 * ```
 */
export interface HolidayLaw {
  readonly id: HolidayLawId;
  /** Vietnamese title and article. */
  readonly titleVi: string;
  /** First day the version governs. */
  readonly from: IsoDate;
  /** Days of Tết Âm lịch (Lunar New Year). */
  readonly tetDays: 4 | 5;
  /** Days of Quốc khánh (National Day): 2/9 alone, or 2/9 plus an adjacent day fixed each year. */
  readonly nationalDayDays: 1 | 2;
  /** Whether Giỗ Tổ Hùng Vương (10/3 lunar) is a holiday. */
  readonly hungKings: boolean;
  /**
   * The compensatory-day rule (nghỉ bù): a holiday that falls on a weekly rest day is compensated on the next working
   * day. Every version below has it (BLLĐ 1994 Art. 73; BLLĐ 2012 Art. 115(3); BLLĐ 2019 Art. 111(3)).
   */
  readonly compensatory: 'next-working-day';
  /** Citation. */
  readonly source: string;
}

/**
 * Every Labour Code version the rules know, oldest first.
 *
 * - 1994 and its 2007 amendment (BLLĐ 1994 Art. 73: 8 days, Tết 4 days; Luật 84/2007/QH11 adds Giỗ Tổ Hùng Vương):
 *   general legal knowledge, **not checked against a stored text** — the years they govern (2000–2013 in the
 *   calendar's range) are always marked `provisional`.
 * - 2012 (BLLĐ 2012, No. 10/2012/QH13, Art. 115, in force 2013-05-01): 10 days, Tết 5 days, Quốc khánh 1 day.
 * - 2019 (BLLĐ 2019, No. 45/2019/QH14, Art. 112, in force 2021-01-01): 11 days, Quốc khánh 2 days.
 *
 * @example
 * ```ts
 * import { HOLIDAY_LAWS } from 'cchc';
 * HOLIDAY_LAWS[3].tetDays; // 5
 * ```
 */
export const HOLIDAY_LAWS: readonly HolidayLaw[] = Object.freeze([
  Object.freeze({
    id: 'labour-code-1994',
    titleVi: 'Bộ luật Lao động 1994, Điều 73',
    from: '1995-01-01',
    tetDays: 4,
    nationalDayDays: 1,
    hungKings: false,
    compensatory: 'next-working-day',
    source: 'Bộ luật Lao động 1994 (ngày 23/6/1994, hiệu lực 01/01/1995), Điều 73: Tết Dương lịch 1, Tết Âm lịch 4, 30/4, 1/5, 2/9; nghỉ bù ngày kế tiếp — not verified against a stored text',
  }),
  Object.freeze({
    id: 'labour-code-1994-amended-2007',
    titleVi: 'Bộ luật Lao động 1994, Điều 73, sửa đổi bởi Luật 84/2007/QH11',
    from: '2007-04-02',
    tetDays: 4,
    nationalDayDays: 1,
    hungKings: true,
    compensatory: 'next-working-day',
    source: 'Luật số 84/2007/QH11 sửa đổi, bổ sung Điều 73 Bộ luật Lao động (02/4/2007): thêm Giỗ Tổ Hùng Vương 10/3 âm lịch — not verified against a stored text',
  }),
  Object.freeze({
    id: 'labour-code-2012',
    titleVi: 'Bộ luật Lao động 2012, Điều 115',
    from: '2013-05-01',
    tetDays: 5,
    nationalDayDays: 1,
    hungKings: true,
    compensatory: 'next-working-day',
    source:
      'Bộ luật Lao động 2012 (10/2012/QH13), Điều 115(1),(3) — http://thptngosilienbg.edu.vn/tin-giao-duc/pho-bien-phap-luat-1554720882.html ; Tết split options (1 day before + 4 after, or 2 + 3): Nghị định 45/2013/NĐ-CP — http://greatcareerlife.com/index.php/resource/vietnamese-labor-code/item/26-3-decree-no-45-2013-nd-cp.html',
  }),
  Object.freeze({
    id: 'labour-code-2019',
    titleVi: 'Bộ luật Lao động 2019, Điều 112',
    from: '2021-01-01',
    tetDays: 5,
    nationalDayDays: 2,
    hungKings: true,
    compensatory: 'next-working-day',
    source:
      'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112(1),(3) and Điều 111(3) — https://vinanet.vn/chinh-sach-viet-nam/tu-nam-2021-lich-nghi-le-tet-se-co-mot-so-thay-doi-723430.html ; https://news.laodong.vn/giai-dap-phap-luat/di-lam-vao-ngay-tet-sau-nghi-le-nguoi-lao-dong-co-duoc-nghi-bu-khong-1000305.ldo',
  }),
] as const satisfies readonly HolidayLaw[]);

const FROM_DAYS = HOLIDAY_LAWS.map((l) => {
  const [y, m, d] = l.from.split('-').map(Number) as [number, number, number];
  return civilToDays(y, m, d);
});

/** The law version in force on a day number, or undefined before 1995. @internal */
export function holidayLawOnDay(dayNumber: number): HolidayLaw | undefined {
  for (let i = HOLIDAY_LAWS.length - 1; i >= 0; i--) if (dayNumber >= FROM_DAYS[i]!) return HOLIDAY_LAWS[i];
  return undefined;
}

/**
 * The Labour Code version whose holiday rules govern a date.
 *
 * @throws {@link CchcError} `INVALID_DATE`; `DATE_OUT_OF_RANGE` before 1995-01-01 (no version in the data).
 * @example
 * ```ts
 * import { holidayLawOn } from 'cchc';
 * holidayLawOn('2013-02-10').id; // 'labour-code-1994-amended-2007'
 * holidayLawOn('2021-09-03').id; // 'labour-code-2019'
 * ```
 */
export function holidayLawOn(date: IsoDate): HolidayLaw {
  const law = holidayLawOnDay(parseIsoDate(date, ['date']));
  if (!law) {
    return fail('DATE_OUT_OF_RANGE', ['date'], `Không có quy định ngày nghỉ lễ trong dữ liệu trước 1995-01-01: "${date}"`, `No holiday law in the data before 1995-01-01: "${date}"`, date);
  }
  return law;
}
