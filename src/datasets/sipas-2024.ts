import type { Decimal } from 'decimal.js';
import type { BilingualText } from '../core/bilingual.js';
import { CchcDecimal } from '../core/decimal.js';
import { deepFreeze } from '../core/_internal/freeze.js';
import type { IsoDate } from '../core/iso-date.js';
import type { SourceRef } from '../core/source-ref.js';
import type { PublishedProvinceResult } from './par-index-2024.js';

const PETROTIMES: SourceRef = {
  document: 'Petrotimes: "Công bố kết quả PAR Index 2024: Hải Phòng dẫn đầu cả nước"',
  url: 'https://media.petrotimes.vn/cong-bo-ket-qua-par-index-2024-hai-phong-dan-dau-ca-nuoc-toan-quoc-duy-tri-da-tang-726574.html',
  reliability: 'C',
  verified: true,
  note: '"Chỉ số hài lòng trung bình đạt 83,94%, tăng 1,28% so với năm 2023. Các địa phương có kết quả cao nhất gồm: Hải Phòng, Thái Nguyên, Hải Dương, Quảng Ninh và Bà Rịa - Vũng Tàu. Chỉ số SIPAS của thành phố Hải Phòng đạt 90,59%". Date not shown (04/2025).',
};
const VNA: SourceRef = {
  document: 'Vietnam News Agency (English): "Over 90% of citizens report no difficulties from civil servants"',
  date: '2025-04-07',
  url: 'https://vietnam.vnanet.vn/english/tin-van/over-90-of-citizens-report-no-difficulties-from-civil-servants-392158.html',
  reliability: 'B',
  verified: true,
  note: 'Mean 83.94% (+1.28); policy development and implementation 83.84% (+1.35), provinces from 78.16% to 90.59%; public administrative service delivery 84.09% (+1.12); the five highest and the five lowest provinces; 36,525 citizens surveyed in 195 district-level and 385 commune-level units and 1,170 villages.',
};
const LAODONG: SourceRef = {
  document: 'Lao Động (English edition): "5 provinces lowest on people\'s satisfaction with administrative agencies"',
  url: 'https://news.laodong.vn/thoi-su/5-tinh-thap-nhat-ve-chi-so-hai-long-cua-nguoi-dan-voi-co-quan-hanh-chinh-1487593.ldo',
  reliability: 'B',
  verified: true,
  note: '"the 5 lowest provinces are Bac Kan, Lang Son, Quang Nam, An Giang and Quang Ngai". Date not shown (04/2025).',
};

const d = (v: string): Decimal => new CchcDecimal(v);

/**
 * The published results of SIPAS 2024 (Chỉ số hài lòng về sự phục vụ hành chính, the satisfaction index) of the 63
 * provinces, announced with the PAR INDEX on 06/04/2025 — what the press confirms:
 *
 * - mean 83,94% (+1,28 points on 2023); its two parts: policy development and implementation 83,84% (provinces from
 *   78,16% to 90,59%), public administrative service delivery 84,09%. The mean is not the mean of its parts (83,965):
 *   do not check it as one;
 * - Hải Phòng first with 90,59%; the five highest (Hải Phòng, Thái Nguyên, Hải Dương, Quảng Ninh, Bà Rịa - Vũng Tàu)
 *   and the five lowest (Bắc Kạn, Lạng Sơn, Quảng Nam, An Giang, Quảng Ngãi), in the order printed, which the sources
 *   do not call a ranking;
 * - the survey: 36,525 citizens.
 *
 * No per-province table was found; codes are those of 31/12/2024.
 *
 * @example
 * ```ts
 * import { sipas2024 } from 'cchc/datasets';
 * sipas2024.meanPercent.toString(); // '83.94'
 * sipas2024.ranked[0]?.valuePercent?.toString(); // '90.59'
 * sipas2024.lowest.map((p) => p.code); // ['06', '20', '49', '89', '51']
 * ```
 *
 * @category Datasets
 */
export const sipas2024 = deepFreeze({
  id: 'sipas-2024' as const,
  title: {
    vi: 'Chỉ số hài lòng về sự phục vụ hành chính năm 2024 (SIPAS 2024)',
    en: 'Satisfaction Index of Public Administrative Services 2024 (SIPAS 2024)',
  } satisfies BilingualText,
  year: 2024,
  announced: '2025-04-06' as IsoDate,
  unitsOn: '2024-12-31' as IsoDate,
  unitCount: 63,
  meanPercent: d('83.94'),
  changePoints: d('1.28'),
  components: [
    {
      key: 'policy',
      label: { vi: 'Hài lòng về xây dựng và tổ chức thực hiện chính sách', en: 'Policy development and implementation' },
      meanPercent: d('83.84'),
      changePoints: d('1.35'),
      minPercent: d('78.16'),
      maxPercent: d('90.59'),
    },
    {
      key: 'services',
      label: { vi: 'Hài lòng về cung ứng dịch vụ hành chính công', en: 'Public administrative service delivery' },
      meanPercent: d('84.09'),
      changePoints: d('1.12'),
    },
  ],
  ranked: [
    { rank: 1, code: '31', name: 'Hải Phòng', valuePercent: d('90.59'), printed: '90,59%' },
  ] satisfies readonly PublishedProvinceResult[],
  /** The five highest, in the order printed. */
  highest: [
    { code: '31', name: 'Hải Phòng' },
    { code: '19', name: 'Thái Nguyên' },
    { code: '30', name: 'Hải Dương' },
    { code: '22', name: 'Quảng Ninh' },
    { code: '77', name: 'Bà Rịa - Vũng Tàu' },
  ] satisfies readonly PublishedProvinceResult[],
  /** The five lowest, in the order printed. */
  lowest: [
    { code: '06', name: 'Bắc Kạn' },
    { code: '20', name: 'Lạng Sơn' },
    { code: '49', name: 'Quảng Nam' },
    { code: '89', name: 'An Giang' },
    { code: '51', name: 'Quảng Ngãi' },
  ] satisfies readonly PublishedProvinceResult[],
  survey: { citizens: 36_525, districtUnits: 195, communeUnits: 385, villages: 1_170 },
  sources: [PETROTIMES, VNA, LAODONG] satisfies readonly SourceRef[],
});
