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
 *
 * @category Calendar
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
 *
 * @category Calendar
 */
export type HolidayKind = 'statutory' | 'compensatory' | 'swap-off' | 'swap-workday';

/**
 * Whether a day's verdict (working or day off) is settled (trạng thái: chính thức / tạm tính):
 *
 * - `'official'`: it comes from a published schedule (a Government announcement in the data, or one a calendar's spec
 *   gives) or from a law read at its source;
 * - `'provisional'` (tạm tính): it was derived from the rules because no schedule for its year is in the data (the
 *   Prime Minister fixes the Tết split, the Quốc khánh adjacent day and any swap each year), so the real schedule may
 *   differ. Years without an official civil-service schedule today: 2000–2018 and 2027 onwards.
 *
 * A calendar answers the same question for every day, marked or not: {@link isProvisional}.
 *
 * @example
 * ```ts
 * import { vnHolidays, type DayStatus } from 'cchc';
 * const s: DayStatus = vnHolidays(2027)[0]!.status;
 * s; // 'provisional'
 * vnHolidays(2026)[0]!.status; // 'official'
 * ```
 *
 * @category Calendar
 */
export type DayStatus = 'official' | 'provisional';

/**
 * Whether a calendar observes Ngày Văn hóa Việt Nam (24 November, a paid day off from 2026 under Nghị quyết
 * 28/2026/QH16; see {@link HOLIDAY_LAWS}), and what happens when it falls on a weekly rest day:
 *
 * - `'observed'` (default): a day off; on a weekly rest day it is compensated on the next working day, as BLLĐ 2019
 *   Điều 111(3) does for the days of Điều 112(1). That article names only the days of Điều 112(1), and the resolution
 *   adds 24/11 outside the Labour Code, so whether it reaches 24/11 is an open legal point: this default is flagged
 *   (`verified: false` in the sources of such a day). It first matters in 2029 (a Saturday) and 2030 (a Sunday).
 * - `'observed-without-compensation'`: a day off, with no compensatory day when it falls on a rest day (reading Điều
 *   111(3) by its words).
 * - `'not-observed'`: an ordinary day, for a body that does not apply the resolution (or to compare with the old
 *   calendar).
 *
 * @example
 * ```ts
 * import { createWorkCalendar, civilServiceCalendar, isWorkingDay, type CultureDayMode } from 'cchc';
 * const mode: CultureDayMode = 'not-observed';
 * const without = createWorkCalendar({ base: civilServiceCalendar, name: 'without 24/11', cultureDay: mode });
 * isWorkingDay('2026-11-24');                         // false
 * isWorkingDay('2026-11-24', { calendar: without });  // true
 * ```
 *
 * @category Calendar
 */
export type CultureDayMode = 'observed' | 'observed-without-compensation' | 'not-observed';

/**
 * One day of a holiday schedule (ngày nghỉ lễ, nghỉ bù, hoán đổi, làm bù), with its source.
 *
 * @example
 * ```ts
 * import { vnHolidays } from 'cchc';
 * const h = vnHolidays(2026).find((x) => x.date === '2026-04-27');
 * h?.kind;        // 'compensatory'
 * h?.label.vi;    // 'Nghỉ bù Giỗ Tổ'
 * h?.status;      // 'official'
 * h?.sources[0]?.url; // 'https://thanhnien.vn/gio-to-hung-vuong-304-15-quoc-khanh-29-nam-2026-duoc-nghi-may-ngay-185260223083506397.htm'
 * ```
 *
 * @category Calendar
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
   * `'official'` when the day comes from an official announcement in the data (2019–2026 for the civil service);
   * `'provisional'` when it was computed from the rules because no announcement is in the data (years after 2026,
   * and years before 2019), so the Government's real schedule (its Tết split, its swaps) may differ. See
   * {@link DayStatus}.
   */
  readonly status: DayStatus;
  /** @deprecated Use `status` (0.2): `provisional` is `status === 'provisional'`. */
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
 *
 * @category Calendar
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
 *
 * @category Calendar
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
  /**
   * See {@link DayStatus}: a holiday's status, or for a day given in a calendar's spec the status given there
   * (default `'official'`: an announcement or a decision).
   */
  readonly status: DayStatus;
  /** @deprecated Use `status` (0.2): `provisional` is `status === 'provisional'`. */
  readonly provisional: boolean;
  /** Where the day comes from (empty for a day given without a source). */
  readonly sources: readonly SourceRef[];
  /** @deprecated Use `sources` (0.2). The same citation as one text (`'user-defined'` for a day given without one). */
  readonly source: string;
}
