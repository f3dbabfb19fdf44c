import type { BilingualText } from '../core/bilingual.js';
import type { IsoDate } from '../core/iso-date.js';
import type { SourceRef } from '../core/source-ref.js';

/**
 * Day of the week as `Date#getUTCDay` numbers it: 0 = Chủ nhật (Sunday), 1 = Thứ hai (Monday) … 6 = Thứ bảy (Saturday).
 *
 * @example
 * ```ts
 * import type { Weekday } from 'cchc';
 * const saturday: Weekday = 6;
 * ```
 */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/**
 * Why a day is listed in a holiday schedule (loại ngày nghỉ):
 *
 * - `statutory`: a public holiday of the Labour Code (ngày nghỉ lễ, tết: Điều 112 BLLĐ 2019, Điều 115 BLLĐ 2012),
 *   listed even when it falls on a weekly rest day;
 * - `compensatory`: a compensatory day off (nghỉ bù) for a holiday that fell on a weekly rest day;
 * - `swap-off`: a working day given off under a swap (hoán đổi ngày làm việc);
 * - `swap-workday`: a weekly rest day worked to make up for a swap (làm bù).
 *
 * @example
 * ```ts
 * import { vnHolidays } from 'cchc';
 * vnHolidays(2024).find((h) => h.date === '2024-05-04')?.kind; // 'swap-workday'
 * ```
 */
export type HolidayKind = 'statutory' | 'compensatory' | 'swap-off' | 'swap-workday';

/**
 * One day of a holiday schedule (ngày nghỉ lễ, nghỉ bù, hoán đổi, làm bù), with its source.
 *
 * @example
 * ```ts
 * import { vnHolidays } from 'cchc';
 * const h = vnHolidays(2026).find((x) => x.date === '2026-04-27');
 * h?.kind;        // 'compensatory'
 * h?.label.vi;    // 'Nghỉ bù Giỗ Tổ'
 * h?.provisional; // false
 * h?.sources[0]?.url; // 'https://thanhnien.vn/gio-to-hung-vuong-304-15-quoc-khanh-29-nam-2026-duoc-nghi-may-ngay-185260223083506397.htm'
 * ```
 */
export interface Holiday {
  /** The calendar date. */
  readonly date: IsoDate;
  /** Its name in Vietnamese and English (tên ngày nghỉ): `{ vi: 'Quốc khánh', en: 'National Day' }`. */
  readonly label: BilingualText;
  /** @deprecated Use `label.en` (0.2). English name. */
  readonly name: string;
  /** @deprecated Use `label.vi` (0.2). Vietnamese name. */
  readonly nameVi: string;
  /** See {@link HolidayKind}. */
  readonly kind: HolidayKind;
  /**
   * `false` when the day comes from an official announcement in the data (2019–2026 for the civil service);
   * `true` when it was computed from the Labour Code rules because no announcement is in the data (years after
   * 2026, and years before 2019), so the Government's real schedule (its Tết split, its swaps) may differ.
   */
  readonly provisional: boolean;
  /**
   * Where the rule or the announcement comes from: the documents (announcement, law article), with their URL. A day
   * derived from a rule where no announcement was found carries `verified: false`.
   */
  readonly sources: readonly SourceRef[];
  /** @deprecated Use `sources` (0.2). The same citation as one text (URL or description). */
  readonly source: string;
}

/**
 * How one day of a {@link WorkCalendar} is marked, beyond its weekday: every {@link HolidayKind}, plus
 * `day-off` (an extra day off that is not a national holiday, e.g. a province's own day off) and `working-day` (a day
 * worked that would otherwise be off, e.g. a unit that works on a given Saturday).
 *
 * @example
 * ```ts
 * import type { CalendarDayKind } from 'cchc';
 * const k: CalendarDayKind = 'day-off';
 * ```
 */
export type CalendarDayKind = HolidayKind | 'day-off' | 'working-day';

/**
 * A marked day of a {@link WorkCalendar}: a holiday from the base schedule or an override of the calendar's spec.
 *
 * @example
 * ```ts
 * import { civilServiceCalendar } from 'cchc';
 * const e = civilServiceCalendar.entries({ start: '2024-05-01', end: '2024-05-31' })[0];
 * e?.label; // { vi: 'Quốc tế Lao động', en: "International Workers' Day" }
 * e?.kind; // 'statutory'
 * e?.sources[0]?.url; // 'https://baophapluat.vn/media/thu-tuong-chinh-phu-dong-y-nghi-5-ngay-lien-tiep-dip-304-va-15-post12513.html'
 * ```
 */
export interface CalendarEntry {
  readonly date: IsoDate;
  /** Its name in Vietnamese and English. */
  readonly label: BilingualText;
  /** @deprecated Use `label.en` (0.2). */
  readonly name: string;
  /** @deprecated Use `label.vi` (0.2). */
  readonly nameVi: string;
  readonly kind: CalendarDayKind;
  /** Whether the day is worked (`swap-workday`, `working-day`) or off (every other kind). */
  readonly working: boolean;
  /** See {@link Holiday.provisional}; `false` for a day given in a calendar's spec. */
  readonly provisional: boolean;
  /** Where the day comes from (empty for a day given without a source). */
  readonly sources: readonly SourceRef[];
  /** @deprecated Use `sources` (0.2). The same citation as one text (`'user-defined'` for a day given without one). */
  readonly source: string;
}
