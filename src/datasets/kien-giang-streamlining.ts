import type { SourceRef } from '../core/source-ref.js';

/**
 * One streamlining series of a province: base quota, target count and the cut, with as-of dates and sources.
 *
 * @example
 * ```ts
 * import { kienGiangStreamlining2019 } from 'cchc/datasets';
 * kienGiangStreamlining2019.total.base2015; // 35580
 * ```
 *
 * @category Datasets
 */
export interface ProvinceStreamliningSeries {
  /** The 2015 assigned quota (biên chế giao năm 2015). */
  readonly base2015: number;
  /** The province's 2021 target count (số phải tinh giản đến năm 2021). */
  readonly target2021: number;
  /** The quota cut since 2015, by as-of date. */
  readonly cut: Readonly<Record<string, number>>;
}

/**
 * Kiên Giang's staff streamlining figures as the provincial portal published them (not the 2019 report, which
 * prints only "348 trường hợp, đạt 5,93%"), for the quota functions: the 2015 base 35.580 = 2.838 administrative +
 * 32.742 public-service posts (the 149 association posts are not in it), the 2021 targets 284 and 3.318, and the cuts
 * at 06/12/2018 and at September 2019 (dated 2019-09-30 here: the portal gives the month only).
 *
 * Sources (reliability B): kiengiang.gov.vn news 6429 (06/12/2018) and nid=16422 (09/2019), via the project's domain
 * brief `quotas-and-targets.md` §1.5 and §6. The two snapshots differ (1.440 vs 2.110 in total) because they are dated
 * differently: always use a figure with its date.
 *
 * @example
 * ```ts
 * import { kienGiangStreamlining2019 } from 'cchc/datasets';
 * import { streamliningProgress, formatPercent } from 'cchc';
 * const a = kienGiangStreamlining2019.administrative;
 * formatPercent(streamliningProgress({ base: a.base2015, target: a.target2021, achieved: a.cut['2019-09-30']! }).ofBase); // '6,66%'
 * ```
 *
 * @category Datasets
 */
export const kienGiangStreamlining2019 = Object.freeze({
  administrative: Object.freeze({
    base2015: 2838,
    target2021: 284,
    cut: Object.freeze({ '2018-12-06': 132, '2019-09-30': 189 }),
  }) as ProvinceStreamliningSeries,
  publicService: Object.freeze({
    base2015: 32742,
    target2021: 3318,
    cut: Object.freeze({ '2018-12-06': 1308, '2019-09-30': 1921 }),
  }) as ProvinceStreamliningSeries,
  total: Object.freeze({
    base2015: 35580,
    target2021: 3602,
    cut: Object.freeze({ '2018-12-06': 1440, '2019-09-30': 2110 }),
  }) as ProvinceStreamliningSeries,
  publicServiceUnits: Object.freeze({ target2021: 100, cut: Object.freeze({ '2019-09-30': 52 }) }),
  sources: Object.freeze([
    Object.freeze({
      document: 'UBND tỉnh Kiên Giang: thực hiện Nghị quyết 18-NQ/TW, 19-NQ/TW và 39-NQ/TW (06/12/2018)',
      date: '2018-12-06',
      url: 'https://kiengiang.gov.vn/trang/TinTuc/17/6429/Thuc-hien-Nghi-quyet-so-18-NQ-TW-va-Nghi-quyet-so-19-NQ-TW-cua-Hoi-nghi-lan-thu-6-BCH-TW-khoa-XII-va-Nghi-quyet-so-39-NQ-TU-ngay-17-4-2015-cua-Bo-Chinh-tri.html',
      reliability: 'B',
    }),
    Object.freeze({
      document: 'UBND tỉnh Kiên Giang (09/2019)',
      url: 'https://www.kiengiang.gov.vn/trang/TinTuc/inbaiviet.aspx?nid=16422',
      reliability: 'B',
      note: 'The portal gives the month only; the figures are dated 2019-09-30 here.',
    }),
  ] satisfies SourceRef[]) as readonly SourceRef[],
});
