import type { ClassPreset } from './class-scheme.js';

/**
 * The national grouping of provinces by PAR INDEX value (nhóm A, B, C), as the published rankings use it:
 * A ≥ 90%; B from 80% to under 90%; C from 70% to under 80%. Below 70% the sources name no group, so
 * {@link classify} returns `null` there (in 2012, 11 provinces scored 62,58–70%).
 *
 * Sources: 2019 results — https://www.kiengiang.gov.vn/trang/TinTuc/100/22841/Kien-Giang-xep-thu-54-63-tinh--thanh-pho-ve-cai-cach-hanh-chinh-cap-tinh-nam-2019.html ;
 * 2022 results (A: 2 provinces, B: 56, C: 5) — https://vietnambiz.vn/quang-ninh-dung-dau-ca-4-chi-so-ve-cai-cach-hanh-chinh-202341916234832.htm .
 * How ties are ranked: UNKNOWN (no source found).
 *
 * @example
 * ```ts
 * import { classify, PAR_INDEX_GROUPS } from 'cchc';
 * classify(91.8, PAR_INDEX_GROUPS)?.title?.vi;  // 'Nhóm A'  (Hải Phòng 2021)
 * classify(79.97, PAR_INDEX_GROUPS)?.title?.en; // 'Group C'  (Kiên Giang 2021)
 * PAR_INDEX_GROUPS.sources[0]?.document; // 'Kiên Giang xếp thứ 54/63 tỉnh, thành phố về cải cách hành chính cấp tỉnh năm 2019'
 * ```
 *
 * @category PAR INDEX
 */
export const PAR_INDEX_GROUPS: ClassPreset = Object.freeze({
  id: 'par-index-groups',
  name: 'Nhóm Chỉ số cải cách hành chính cấp tỉnh (A, B, C)',
  basis: 'Chỉ số CCHC (%)',
  sources: Object.freeze([
    Object.freeze({
      document: 'Kiên Giang xếp thứ 54/63 tỉnh, thành phố về cải cách hành chính cấp tỉnh năm 2019',
      url: 'https://www.kiengiang.gov.vn/trang/TinTuc/100/22841/Kien-Giang-xep-thu-54-63-tinh--thanh-pho-ve-cai-cach-hanh-chinh-cap-tinh-nam-2019.html',
      reliability: 'B' as const,
      note: '2019 results by group.',
    }),
    Object.freeze({
      document: 'Quảng Ninh dẫn đầu cả 4 chỉ số về cải cách hành chính (Vietnambiz, 2023)',
      url: 'https://vietnambiz.vn/quang-ninh-dung-dau-ca-4-chi-so-ve-cai-cach-hanh-chinh-202341916234832.htm',
      reliability: 'C' as const,
      note: '2022 results: A 2 provinces, B 56, C 5.',
    }),
  ]),
  bands: Object.freeze([
    Object.freeze({
      key: 'A',
      title: Object.freeze({ vi: 'Nhóm A', en: 'Group A' }),
      label: 'Nhóm A',
      labelEn: 'Group A',
      min: 90,
      minInclusive: true,
      max: null,
    }),
    Object.freeze({
      key: 'B',
      title: Object.freeze({ vi: 'Nhóm B', en: 'Group B' }),
      label: 'Nhóm B',
      labelEn: 'Group B',
      min: 80,
      minInclusive: true,
      max: 90,
      maxInclusive: false,
    }),
    Object.freeze({
      key: 'C',
      title: Object.freeze({ vi: 'Nhóm C', en: 'Group C' }),
      label: 'Nhóm C',
      labelEn: 'Group C',
      min: 70,
      minInclusive: true,
      max: 80,
      maxInclusive: false,
    }),
  ]),
  notes: Object.freeze(['Below 70%: no group is named in the sources; classify() returns null.', 'Tie-breaking rule for ranks: UNKNOWN.']),
});

/**
 * Thừa Thiên Huế's classification of its departments and districts (xếp loại công tác CCHC), on the percentage of
 * the points that arise for the unit ("tỷ lệ % trên tổng điểm phát sinh"), exactly as far as the source was read:
 *
 * | key | label | bounds | status |
 * |---|---|---|---|
 * | `xuat-sac` | Xuất sắc | ≥ 90 | sourced |
 * | `tot` | Tốt | 80 to < 90 | sourced |
 * | `kha` | Khá | 70 to < 80 | sourced |
 * | `trung-binh` | Trung bình | 55 to < 70 | bounds sourced; the label is cut off in the source and "Trung bình" is presumed: **UNVERIFIED** (`verified: false`) |
 * | `yeu` | Yếu | — | **UNKNOWN**: the lower band was not in the retrieved text; listed in `unknownBands`, not matched |
 *
 * So `classify` returns `null` below 55. Instrument: QĐ 1963/QĐ-UBND (10/8/2021), replaced by 3241/QĐ-UBND
 * (14/10/2025, bands not retrieved). 100 points = 65 results + 25 survey (DDCI, SIPAS) + 10 leaders' assessment.
 *
 * Sources: https://thuathienhue.org/ban-hanh-bo-tieu-chi-danh-gia-xep-loai-cong-tac-cai-cach-hanh-chinh/ ;
 * https://hethongphapluat.com/quyet-dinh-3241-qd-ubnd-nam-2025-quy-dinh-danh-gia-xep-loai-cong-tac-cai-cach-hanh-chinh-cua-cac-so-ban-nganh-thanh-pho-va-uy-ban-nhan-dan-cac-xa-phuong-thanh-pho-hue.html
 *
 * @example
 * ```ts
 * import { classify, HUE_PAR_CLASSES } from 'cchc';
 * classify(90, HUE_PAR_CLASSES)?.title?.vi;    // 'Xuất sắc'
 * classify(60, HUE_PAR_CLASSES)?.verified;      // false
 * classify(54.99, HUE_PAR_CLASSES);             // null
 * HUE_PAR_CLASSES.unknownBands?.[0]?.title.vi;  // 'Yếu'
 * ```
 *
 * @category PAR INDEX
 */
export const HUE_PAR_CLASSES: ClassPreset = Object.freeze({
  id: 'hue-1963-2021',
  name: 'Xếp loại công tác CCHC các sở, ban, ngành và UBND cấp huyện, tỉnh Thừa Thiên Huế (QĐ 1963/QĐ-UBND ngày 10/8/2021)',
  basis: 'tỷ lệ % trên tổng điểm phát sinh',
  sources: Object.freeze([
    Object.freeze({
      document:
        'Quyết định 1963/QĐ-UBND ngày 10/8/2021 của UBND tỉnh Thừa Thiên Huế (bộ tiêu chí đánh giá, xếp loại công tác cải cách hành chính)',
      date: '2021-08-10',
      url: 'https://thuathienhue.org/ban-hanh-bo-tieu-chi-danh-gia-xep-loai-cong-tac-cai-cach-hanh-chinh/',
      reliability: 'C' as const,
      note: 'Bands ≥ 90, 80–<90, 70–<80 and 55–<70 read here; the label of the 55–<70 band is cut off in the text.',
    }),
    Object.freeze({
      document: 'Quyết định 3241/QĐ-UBND ngày 14/10/2025 (thay thế QĐ 1963/QĐ-UBND)',
      date: '2025-10-14',
      url: 'https://hethongphapluat.com/quyet-dinh-3241-qd-ubnd-nam-2025-quy-dinh-danh-gia-xep-loai-cong-tac-cai-cach-hanh-chinh-cua-cac-so-ban-nganh-thanh-pho-va-uy-ban-nhan-dan-cac-xa-phuong-thanh-pho-hue.html',
      reliability: 'C' as const,
      note: 'The replacing decision; its bands were not retrieved.',
    }),
  ]),
  bands: Object.freeze([
    Object.freeze({
      key: 'xuat-sac',
      title: Object.freeze({ vi: 'Xuất sắc', en: 'Excellent' }),
      label: 'Xuất sắc',
      labelEn: 'Excellent',
      min: 90,
      minInclusive: true,
      max: null,
    }),
    Object.freeze({
      key: 'tot',
      title: Object.freeze({ vi: 'Tốt', en: 'Good' }),
      label: 'Tốt',
      labelEn: 'Good',
      min: 80,
      minInclusive: true,
      max: 90,
      maxInclusive: false,
    }),
    Object.freeze({
      key: 'kha',
      title: Object.freeze({ vi: 'Khá', en: 'Fair' }),
      label: 'Khá',
      labelEn: 'Fair',
      min: 70,
      minInclusive: true,
      max: 80,
      maxInclusive: false,
    }),
    Object.freeze({
      key: 'trung-binh',
      title: Object.freeze({ vi: 'Trung bình', en: 'Average' }),
      label: 'Trung bình',
      labelEn: 'Average',
      min: 55,
      minInclusive: true,
      max: 70,
      maxInclusive: false,
      verified: false,
      note: 'Bounds 55 to under 70 are in the source; the band name is cut off there and "Trung bình" is presumed (UNVERIFIED).',
    }),
  ]),
  unknownBands: Object.freeze([
    Object.freeze({
      key: 'yeu',
      title: Object.freeze({ vi: 'Yếu', en: 'Weak' }),
      label: 'Yếu',
      note: 'UNKNOWN: the band below 55% (name and bounds) was not in the retrieved source; values below 55 are not classified.',
    }),
  ]),
  notes: Object.freeze([
    'Replaced by QĐ 3241/QĐ-UBND (14/10/2025); its bands were not retrieved.',
    '100 points = 65 (results) + 25 (survey: DDCI, SIPAS) + 10 (assessment by provincial leaders).',
  ]),
});
