// The periods of the QĐ 766 index: what the portal offers, and the "weekly" rankings of the press.
import type { DateRange } from '../core/date-range.js';
import { formatIsoDate, type IsoDate } from '../core/iso-date.js';
import { readOptions } from '../core/options.js';
import { weekPeriod, type Period } from '../core/period.js';
import type { SourceRef } from '../core/source-ref.js';

/**
 * The periods the national portal's evaluation API offers (`timeType`): `month`, `quarter`, `year`. Values are
 * cumulative to the time of the call, so an open period is provisional; there is no week period in the API
 * (ChippedTopaz/qd766 docs/API_CONTRACT_M0.md, 2026).
 *
 * @example
 * ```ts
 * import { QD766_PORTAL_PERIODS } from 'cchc';
 * QD766_PORTAL_PERIODS.kinds; // ['month', 'quarter', 'year']
 * ```
 *
 * @category QĐ 766 service index
 */
export const QD766_PORTAL_PERIODS = Object.freeze({
  kinds: Object.freeze(['month', 'quarter', 'year'] as const),
  source: Object.freeze({
    document: 'ChippedTopaz/qd766 docs/API_CONTRACT_M0.md: timeType month / quarter / year; values cumulative to the call',
    url: 'https://github.com/ChippedTopaz/qd766/blob/4b89c95/docs/API_CONTRACT_M0.md',
    reliability: 'D',
    verified: true,
  } satisfies SourceRef),
});

/**
 * The weekday the press's "weekly" QĐ 766 rankings are taken on, as a parameter: **not verified**. No official week
 * or publication day was found. Snapshots in the press fall on Fridays (Đồng Nai 10/10 and 17/10/2025; Quảng Trị
 * 25/07/2025, unverified) and Mondays (Bình Dương "tuần 03" 22/01/2024; Đồng Nai 25/08/2025; Bắc Ninh "week ending
 * 08/12/2025"); one collector notes the habit of scanning "vào thứ 6". Default: Friday (5, as `dayOfWeek` numbers it).
 *
 * @example
 * ```ts
 * import { QD766_WEEK_END } from 'cchc';
 * QD766_WEEK_END.weekEndsOn; // 5
 * QD766_WEEK_END.verified; // false
 * ```
 *
 * @category QĐ 766 service index
 */
export const QD766_WEEK_END = Object.freeze({
  weekEndsOn: 5,
  verified: false,
  sources: Object.freeze([
    Object.freeze({
      document: 'Báo Đồng Nai: Đồng Nai xếp thứ 2/34 (17/10/2025; previous evaluation 10/10/2025)',
      url: 'https://baodongnai.com.vn/english/202510/dong-nai-ranks-2nd-among-34-provinces-and-cities-in-implementing-the-index-set-no-766-c84622b',
      reliability: 'C',
      verified: true,
    } satisfies SourceRef),
    Object.freeze({
      document: 'Vietnam News: Bắc Ninh leads … for the week ending 08/12/2025 (a Monday)',
      date: '2025-12-16',
      url: 'https://vietnamnews.vn/society/1731990/bac-ninh-leads-the-nation-in-index-for-leadership-administration-and-evaluation-of-service-quality.html',
      reliability: 'C',
      verified: true,
    } satisfies SourceRef),
    Object.freeze({
      document: 'Bến Cát (Bình Dương): Bộ chỉ số 766 tuần 03 năm 2024 (22/01/2024, a Monday)',
      date: '2024-01-22',
      url: 'https://bencat.binhduong.gov.vn/tin-tuc/bo-chi-so-766-tuan-03-nam-2024-binh-duong-tiep-tuc-duoc-xep-hang-0163-tinh-thanh-pho-22203',
      reliability: 'C',
      verified: true,
    } satisfies SourceRef),
  ]),
  note: "The weekly ranking is a snapshot of the running (year-to-date) score; which day is the portal's is unknown: pass weekEndsOn.",
});

/**
 * Options of {@link qd766WeeklySnapshot}.
 *
 * @example
 * ```ts
 * import type { Qd766WeeklySnapshotOptions } from 'cchc';
 * const o: Qd766WeeklySnapshotOptions = { weekEndsOn: 1 };
 * ```
 *
 * @category QĐ 766 service index
 */
export interface Qd766WeeklySnapshotOptions {
  /** The weekday the snapshot is taken (0 = Sunday … 6 = Saturday); default {@link QD766_WEEK_END} (Friday, unverified). */
  readonly weekEndsOn?: number;
}

/**
 * A "weekly" QĐ 766 ranking: week `week` of `year` ending on the snapshot day, and what the ranking measures then —
 * the year to date (1/1 of the snapshot's year to the snapshot), taken as of the snapshot. Pass `period` and `asOf` to
 * {@link measure766}.
 *
 * @example
 * ```ts
 * import { qd766WeeklySnapshot } from 'cchc';
 * const s = qd766WeeklySnapshot(2025, 49);
 * s.week.end; // '2025-12-05'
 * s.period; // { start: '2025-01-01', end: '2025-12-05' }
 * s.asOf; // '2025-12-05'
 * qd766WeeklySnapshot(2025, 50, { weekEndsOn: 1 }).asOf; // '2025-12-08'
 * ```
 *
 * @category QĐ 766 service index
 */
export function qd766WeeklySnapshot(
  year: number,
  week: number,
  options?: Qd766WeeklySnapshotOptions,
): { readonly week: Period; readonly period: DateRange; readonly asOf: IsoDate } {
  const o = readOptions<Qd766WeeklySnapshotOptions>(options, ['weekEndsOn']);
  const w = weekPeriod(year, week, { weekEndsOn: o.weekEndsOn ?? QD766_WEEK_END.weekEndsOn });
  const snapshotYear = Number(w.end.slice(0, 4));
  return Object.freeze({ week: w, period: Object.freeze({ start: formatIsoDate(snapshotYear, 1, 1), end: w.end }), asOf: w.end });
}
