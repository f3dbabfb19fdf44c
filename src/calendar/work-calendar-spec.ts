import type { IsoDate } from '../core/iso-date.js';
import type { SourceRef } from '../core/source-ref.js';
import type { HolidayRegime } from './vn-holidays.js';
import type { CalendarDayKind, CultureDayMode, DayStatus, Weekday } from './types.js';
import type { WorkCalendar } from './work-calendar-types.js';

/**
 * One marked day in a {@link WorkCalendarSpec}: an extra day off (`day-off`, or a holiday kind), or a day worked
 * (`working-day`, `swap-workday`), with its name and where it comes from.
 *
 * @example
 * ```ts
 * import type { CalendarDayInput } from 'cchc';
 * const d: CalendarDayInput = {
 *   date: '2027-05-03',
 *   kind: 'day-off',
 *   label: { vi: 'Nghỉ theo quyết định của UBND tỉnh' },
 *   sources: [{ document: 'Quyết định …/QĐ-UBND' }],
 * };
 * ```
 *
 * @category Calendar
 */
export interface CalendarDayInput {
  readonly date: IsoDate;
  readonly kind: CalendarDayKind;
  /** Its name in Vietnamese and English; a part left out takes the default of the kind ("Ngày nghỉ" / "Day off"). */
  readonly label?: { readonly vi?: string; readonly en?: string };
  /** Where the day comes from (decision, announcement, URL). Default: none. */
  readonly sources?: readonly SourceRef[];
  /**
   * Whether the day is settled ({@link DayStatus}). Default: its year's `status` in `years`, else `'official'` (an
   * announcement, a decision). Say `'provisional'` for a day you assume (a proposed swap, a draft schedule).
   */
  readonly status?: DayStatus;
  /** @deprecated Use `label.en` (0.2). */
  readonly name?: string;
  /** @deprecated Use `label.vi` (0.2). */
  readonly nameVi?: string;
  /** @deprecated Use `sources` (0.2): `source: 'QĐ 12/QĐ-UBND'` is `sources: [{ document: 'QĐ 12/QĐ-UBND' }]`. */
  readonly source?: string;
}

/**
 * A later year's announced schedule that replaces every marked day of that year in the base calendar (for example the
 * official 2027 civil-service schedule, once published, replacing the provisional rule-based days).
 *
 * @example
 * ```ts
 * import type { YearScheduleInput } from 'cchc';
 * const y: YearScheduleInput = { year: 2027, days: [{ date: '2027-01-01', kind: 'statutory', label: { vi: 'Tết Dương lịch' } }] };
 * ```
 *
 * @category Calendar
 */
export interface YearScheduleInput {
  readonly year: number;
  readonly days: readonly CalendarDayInput[];
  /**
   * Whether the year's schedule is published (`'official'`, default: the year's days, and its unmarked days, stop
   * being provisional) or a draft you assume (`'provisional'`).
   */
  readonly status?: DayStatus;
}

/**
 * What {@link createWorkCalendar} builds a calendar from. Every field is optional.
 *
 * - `base`: a calendar to start from (its days, weekend and range). Without a base, the calendar starts from the
 *   `holidays` regime (default `'none'`: weekly pattern only). `holidays` cannot be given with a `base` (the base
 *   brings its own), and a calendar with national `holidays` must start on or after 2000-01-01 (the first year
 *   `vnHolidays` knows); both are reported as errors rather than silently ignored.
 * - `weekend`: weekly rest days (default: the base's, else `[0, 6]`, Sunday and Saturday, QĐ 188/1999/QĐ-TTg). When
 *   it differs from the base's, the base's compensatory days are recomputed for the new week (a holiday on a new rest
 *   day is compensated on the next working day) and its swaps are dropped (swaps apply only to bodies with the
 *   Saturday–Sunday week: CV 6519/VPCP-KGVX).
 * - `years`: replace every marked day of a year (a later year's announcement).
 * - `days`: extra marked days (a province's extra day off, a Saturday worked); they win over the base and `years`.
 * - `start`, `end`: the supported range (default: the base's, else 2000-01-01 … 2100-12-31); must lie inside the
 *   base's. (`from`, `to`: the same under their 0.1 names.)
 * - `cultureDay`: whether 24/11 (Ngày Văn hóa Việt Nam, from 2026) is kept, kept without a compensatory day, or
 *   dropped (a body that does not apply Nghị quyết 28/2026/QH16): {@link CultureDayMode}. Default: the base's, else
 *   `'observed'`. Needs national holidays (a `base` or `holidays`).
 *
 * @example
 * ```ts
 * import type { WorkCalendarSpec } from 'cchc';
 * import { civilServiceCalendar } from 'cchc';
 * const spec: WorkCalendarSpec = { base: civilServiceCalendar, name: 'Sunday-only unit', weekend: [0] };
 * ```
 *
 * @category Calendar
 */
export interface WorkCalendarSpec {
  readonly name?: string;
  readonly base?: WorkCalendar;
  readonly holidays?: HolidayRegime | 'none';
  readonly weekend?: readonly Weekday[];
  readonly years?: readonly YearScheduleInput[];
  readonly days?: readonly CalendarDayInput[];
  /** 24/11 (Ngày Văn hóa Việt Nam): see {@link CultureDayMode}. */
  readonly cultureDay?: CultureDayMode;
  /** First day of the supported range. */
  readonly start?: IsoDate;
  /** Last day of the supported range. */
  readonly end?: IsoDate;
  /** @deprecated Use `start` (0.2). */
  readonly from?: IsoDate;
  /** @deprecated Use `end` (0.2). */
  readonly to?: IsoDate;
}
