/**
 * The numbers of each holiday-law version that the working-day rules need (no titles, no citations), so that the
 * working-day arithmetic does not carry the texts of {@link HOLIDAY_LAWS} into an application's bundle. The public
 * `HOLIDAY_LAWS` (holiday-laws.ts) is these versions with their titles, legal status and sources.
 * @internal
 */
import type { IsoDate } from '../../core/iso-date.js';
import { scanIsoDate } from '../../core/read-date.js';

/**
 * The versions of the law that fix Vietnam's public holidays (ngày nghỉ lễ, tết), as data: the Labour Codes and the
 * texts that changed them. The version in force on a holiday's date applies to it (so Tết 2013, in February, still
 * falls under the 1994 code; Quốc khánh 2021 under the 2019 code; 24/11/2026 under the 2019 code with Nghị quyết
 * 28/2026/QH16).
 *
 * @example
 * ```ts
 * import { HOLIDAY_LAWS } from 'cchc';
 * HOLIDAY_LAWS.map((l) => l.id); // ['labour-code-1994', 'labour-code-1994-amended-2007', 'labour-code-2012', 'labour-code-2019', 'labour-code-2019-culture-day']
 * ```
 *
 * @category Calendar
 */
export type HolidayLawId =
  | 'labour-code-1994'
  | 'labour-code-1994-amended-2007'
  | 'labour-code-2012'
  | 'labour-code-2019'
  | 'labour-code-2019-culture-day';

/**
 * One version's dates and holiday counts.
 *
 * @category Calendar
 */
export interface LawVersion {
  readonly id: HolidayLawId;
  readonly from: IsoDate;
  readonly to?: IsoDate;
  readonly tetDays: 4 | 5;
  readonly nationalDayDays: 1 | 2;
  readonly hungKings: boolean;
  /** 24/11 (Ngày Văn hóa Việt Nam): the default treatment of a 24/11 on a weekly rest day, or null without the day. */
  readonly cultureDayOnRestDay: 'next-working-day' | 'none' | null;
}

/**
 * Every version, oldest first (see holiday-laws.ts for what each rests on).
 *
 * @category Calendar
 */
export const LAW_VERSIONS: readonly LawVersion[] = [
  {
    id: 'labour-code-1994',
    from: '1995-01-01',
    to: '2007-04-01',
    tetDays: 4,
    nationalDayDays: 1,
    hungKings: false,
    cultureDayOnRestDay: null,
  },
  {
    id: 'labour-code-1994-amended-2007',
    from: '2007-04-02',
    to: '2013-04-30',
    tetDays: 4,
    nationalDayDays: 1,
    hungKings: true,
    cultureDayOnRestDay: null,
  },
  {
    id: 'labour-code-2012',
    from: '2013-05-01',
    to: '2020-12-31',
    tetDays: 5,
    nationalDayDays: 1,
    hungKings: true,
    cultureDayOnRestDay: null,
  },
  {
    id: 'labour-code-2019',
    from: '2021-01-01',
    to: '2026-06-30',
    tetDays: 5,
    nationalDayDays: 2,
    hungKings: true,
    cultureDayOnRestDay: null,
  },
  {
    id: 'labour-code-2019-culture-day',
    from: '2026-07-01',
    tetDays: 5,
    nationalDayDays: 2,
    hungKings: true,
    cultureDayOnRestDay: 'next-working-day',
  },
];

let fromDays: number[] | undefined;

/**
 * Index in {@link LAW_VERSIONS} of the version in force on a day number, or -1 before 1995.
 *
 * @category Calendar
 */
export function lawIndexOnDay(dayNumber: number): number {
  const from = (fromDays ??= LAW_VERSIONS.map((l) => scanIsoDate(l.from)));
  for (let i = from.length - 1; i >= 0; i--) if (dayNumber >= from[i]!) return i;
  return -1;
}

/**
 * The version in force on a day number, or undefined before 1995.
 *
 * @category Calendar
 */
export function lawVersionOnDay(dayNumber: number): LawVersion | undefined {
  return LAW_VERSIONS[lawIndexOnDay(dayNumber)];
}
