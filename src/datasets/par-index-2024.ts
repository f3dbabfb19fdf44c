import type { Decimal } from 'decimal.js';
import type { BilingualText } from '../core/bilingual.js';
import { CchcDecimal } from '../core/decimal.js';
import { deepFreeze } from '../core/_internal/freeze.js';
import type { IsoDate } from '../core/iso-date.js';
import type { SourceRef } from '../core/source-ref.js';

/**
 * One province's published result in a national ranking, as far as the sources print it: its code on the date the
 * ranking refers to (the 63 units of 2024: use `mapSeries` or `successorOn` to reach the 34 units of 01/07/2025), the
 * name as printed, and the rank and value when printed.
 *
 * @example
 * ```ts
 * import type { PublishedProvinceResult } from 'cchc/datasets';
 * const r: PublishedProvinceResult = { code: '04', name: 'Cao Bằng', rank: 63 };
 * ```
 *
 * @category Datasets
 */
export interface PublishedProvinceResult {
  /** The province code on 31/12/2024. */
  readonly code: string;
  /** The name as the sources print it. */
  readonly name: string;
  /** The rank (1 = best), when printed. */
  readonly rank?: number;
  /** The value in percent points, when printed. */
  readonly valuePercent?: Decimal;
  /** The value as printed (Vietnamese notation). */
  readonly printed?: string;
}

/**
 * A count of provinces in a group of results: a class band (`minPercent` ≤ value, below `belowPercent`) and how many
 * provinces it holds.
 *
 * @example
 * ```ts
 * import { parIndex2024 } from 'cchc/datasets';
 * parIndex2024.groups[0]?.count; // 13
 * ```
 *
 * @category Datasets
 */
export interface ResultGroup {
  /** `'A'`, `'B'` … */
  readonly key: string;
  /** Name of the group. */
  readonly label: BilingualText;
  /** Lowest value of the group, inclusive, in percent points. */
  readonly minPercent: number;
  /** Value the group stays below, when it has an upper bound. */
  readonly belowPercent?: number;
  /** Number of provinces. */
  readonly count: number;
  /** `false` when the count was derived rather than read (see `note`). */
  readonly verified: boolean;
  /** How the count was obtained, when it was not read as such. */
  readonly note?: string;
}

const VIETNAMPLUS: SourceRef = {
  document: 'VietnamPlus (TTXVN): "Hải Phòng đứng đầu, Cao Bằng đội sổ bảng Chỉ số cải cách hành chính năm 2024"',
  date: '2025-04-06',
  url: 'https://www.vietnamplus.vn/hai-phong-dung-dau-cao-bang-doi-so-bang-chi-so-cai-cach-hanh-chinh-nam-2024-post1025084.vnp',
  reliability: 'B',
  verified: true,
  note: '"đạt 88,37%, cao hơn 1,39% so với năm 2023 … Nhóm A, đạt kết quả Chỉ số từ 90% trở lên, gồm 13 tỉnh, thành phố"; the page is dated 04/2025, the day is that of the announcement.',
};
const KINHTEDOTHI: SourceRef = {
  document: 'Kinh tế & Đô thị: "Hải Phòng đứng đầu toàn quốc về chỉ số cải cách hành chính"',
  url: 'https://kinhtedothi.vn/hai-phong-dung-dau-toan-quoc-ve-chi-so-cai-cach-hanh-chinh.665272.html',
  reliability: 'C',
  verified: true,
  note: '"96,17/100 điểm … Tất cả địa phương đều đạt chỉ số cải cách hành chính trên 80%. 53/63 địa phương có chỉ số cải cách hành chính tăng so với năm 2023, tăng cao nhất là Bình Thuận (+6.39%), tăng thấp nhất là Lai Châu (+0.19%); 9 địa phương có chỉ số giảm … tỉnh giảm nhiều nhất là 2.94% và tỉnh giảm ít nhất là 0.21%." Date not shown (04/2025).',
};
const DNTT: SourceRef = {
  document: 'Doanh nghiệp & Tiếp thị: "Hà Nội xếp thứ 3 cả nước về chỉ số cải cách hành chính"',
  date: '2025-04-06',
  url: 'https://doanhnghieptiepthi.vn/ha-noi-xep-thu-3-ca-nuoc-ve-chi-so-cai-cach-hanh-chinh-161250406224503325.htm',
  reliability: 'C',
  verified: true,
  note: '"Theo công bố của Bộ Nội vụ ngày 6/4, TP Hải Phòng đứng đầu … xếp thứ hai là Bà Rịa - Vũng Tàu, TP Hà Nội xếp thứ ba"; survey of over 85,600 forms (36,525 citizens, 49,159 officials).',
};
const VIETNAMPLUS_REGIONS: SourceRef = {
  document: 'VietnamPlus (TTXVN): "Giá trị trung bình Chỉ số cải cách hành chính của 6 vùng kinh tế-xã hội"',
  date: '2025-04-06',
  url: 'https://www.vietnamplus.vn/gia-tri-trung-binh-chi-so-cai-cach-hanh-chinh-cua-6-vung-kinh-te-xa-hoi-post1025126.vnp',
  reliability: 'B',
  verified: true,
  note: "Prints decimals with a dot (90.17%). Only the 2024 values are kept: the 2023 base it prints for Bắc Trung Bộ và duyên hải miền Trung (87.72) repeats the next line's and contradicts its own change (+1.58).",
};

const d = (v: string): Decimal => new CchcDecimal(v);

/**
 * The published results of the PAR INDEX 2024 of the 63 provinces and centrally-run cities (Chỉ số cải cách hành
 * chính năm 2024), announced by the Ministry of Home Affairs on 06/04/2025 — what the press confirms, nothing more:
 *
 * - national mean 88,37% (+1,39 points on 2023, so 86,98 in 2023), the highest yet; every province above 80%;
 * - group A (≥ 90%): 13 provinces; group B (80% to below 90%): 50, derived (63 − 13, none below 80%);
 * - Hải Phòng first with 96,17; Bà Rịa - Vũng Tàu second, Hà Nội third, Cao Bằng last (63rd); values of ranks 2–63
 *   were not found;
 * - 53 provinces rose (most: Bình Thuận +6,39; least: Lai Châu +0,19), 9 fell (by 0,21 to 2,94 points);
 * - the means of the six socio-economic regions.
 *
 * No full per-province table was found, so none is given: do not rank provinces from this dataset beyond the ranks it
 * prints. Codes are those of 31/12/2024 (63 units); the 2025 index, the first on 34 units, was not found.
 *
 * @example
 * ```ts
 * import { parIndex2024 } from 'cchc/datasets';
 * parIndex2024.meanPercent.toString(); // '88.37'
 * parIndex2024.groups.map((g) => g.count); // [13, 50]
 * parIndex2024.ranked[0]; // { rank: 1, code: '31', name: 'Hải Phòng', … }
 * parIndex2024.meanPercent.minus(parIndex2024.changePoints).toString(); // '86.98'
 * ```
 *
 * @category Datasets
 */
export const parIndex2024 = deepFreeze({
  id: 'par-index-2024' as const,
  title: {
    vi: 'Chỉ số cải cách hành chính năm 2024 của các tỉnh, thành phố trực thuộc trung ương',
    en: 'PAR INDEX 2024 of the provinces and centrally-run cities',
  } satisfies BilingualText,
  year: 2024,
  announced: '2025-04-06' as IsoDate,
  /** The date whose units the codes name: the 63 units of 2024. */
  unitsOn: '2024-12-31' as IsoDate,
  unitCount: 63,
  /** National mean of the provinces' index, percent points. */
  meanPercent: d('88.37'),
  /** Change of the mean on 2023, percent points. */
  changePoints: d('1.39'),
  groups: [
    { key: 'A', label: { vi: 'Nhóm A (từ 90% trở lên)', en: 'Group A (90% and above)' }, minPercent: 90, count: 13, verified: true },
    {
      key: 'B',
      label: { vi: 'Nhóm B (từ 80% đến dưới 90%)', en: 'Group B (80% to below 90%)' },
      minPercent: 80,
      belowPercent: 90,
      count: 50,
      verified: false,
      note: 'Derived: 63 − 13, since every province scored above 80% (Kinh tế & Đô thị); the count as such was cut off in the stored page.',
    },
  ] satisfies readonly ResultGroup[],
  /** The ranks the sources print (a partial list: ranks 4–62 not found). */
  ranked: [
    { rank: 1, code: '31', name: 'Hải Phòng', valuePercent: d('96.17'), printed: '96,17' },
    { rank: 2, code: '77', name: 'Bà Rịa - Vũng Tàu' },
    { rank: 3, code: '01', name: 'Hà Nội' },
    { rank: 63, code: '04', name: 'Cao Bằng' },
  ] satisfies readonly PublishedProvinceResult[],
  changes: {
    increased: 53,
    decreased: 9,
    note: '53 + 9 = 62: the 63rd province is not mentioned (presumably unchanged).',
    largestIncrease: { code: '60', name: 'Bình Thuận', changePoints: d('6.39') },
    smallestIncrease: { code: '12', name: 'Lai Châu', changePoints: d('0.19') },
    largestDecreasePoints: d('2.94'),
    smallestDecreasePoints: d('0.21'),
  },
  /** Means of the six socio-economic regions, percent points. */
  regions: [
    { name: { vi: 'Đồng bằng sông Hồng', en: 'Red River Delta' }, meanPercent: d('90.17') },
    { name: { vi: 'Đông Nam Bộ', en: 'South East' }, meanPercent: d('89.44') },
    { name: { vi: 'Bắc Trung Bộ và duyên hải miền Trung', en: 'North Central and Central Coast' }, meanPercent: d('88.51') },
    { name: { vi: 'Trung du miền núi phía Bắc', en: 'Northern Midlands and Mountains' }, meanPercent: d('88.20') },
    { name: { vi: 'Đồng bằng sông Cửu Long', en: 'Mekong Delta' }, meanPercent: d('87.37') },
    { name: { vi: 'Tây Nguyên', en: 'Central Highlands' }, meanPercent: d('85.63') },
  ],
  /** The sociological survey: "over 85,600 forms", of 36,525 citizens and 49,159 officials. */
  survey: { citizens: 36_525, officials: 49_159 },
  sources: [VIETNAMPLUS, KINHTEDOTHI, DNTT, VIETNAMPLUS_REGIONS] satisfies readonly SourceRef[],
});
