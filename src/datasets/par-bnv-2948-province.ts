import type { MethodologySpec } from '../par/methodology.js';

const SOURCE = 'https://bonoivu.cls.vn/BoNoiVuTemplate/ChiTietKhoaHoc/22610';

/**
 * The provincial PAR INDEX framework of the 2017 index (Bộ Chỉ số CCHC cấp tỉnh, 2948/QĐ-BNV) as a skeleton: its 8
 * areas (lĩnh vực) with their maximum points, which add up to 100. The criteria and sub-criteria below the areas were
 * not retrievable (the source gives only their counts, kept in each area's note), so each area is a leaf scored
 * `manual`ly: enter an area's points directly, or replace an area by its criteria (from the BNV annex) to complete it.
 *
 * What the source leaves UNKNOWN, and how the data reflects it:
 * - the split between survey and appraisal points: no area sets a `channel`, so all count as `assessed` (the
 *   library's default), not as a claim about the source;
 * - the criteria count: the source says 38 criteria / 81 sub-criteria, but its per-area criteria counts add up to 39;
 * - the decision's date.
 *
 * Source: MOHA e-learning course page — https://bonoivu.cls.vn/BoNoiVuTemplate/ChiTietKhoaHoc/22610
 *
 * @example
 * ```ts
 * import { defineMethodology } from 'cchc';
 * import { bnv2948ProvinceSkeleton } from 'cchc/datasets';
 * const m = defineMethodology(bnv2948ProvinceSkeleton);
 * m.maxPoints.toString(); // '100'
 * m.nodes.map((n) => n.maxPoints.toNumber()); // [10, 10, 14.5, 11, 16, 7, 16, 15.5]
 * ```
 *
 * @category Datasets
 */
export const bnv2948ProvinceSkeleton: MethodologySpec = Object.freeze({
  id: 'bnv-2948-province-2017',
  name: 'Chỉ số cải cách hành chính cấp tỉnh (2948/QĐ-BNV, Chỉ số CCHC năm 2017) — khung 8 lĩnh vực',
  maxPoints: 100,
  sources: Object.freeze([
    Object.freeze({
      document: 'Quyết định 2948/QĐ-BNV của Bộ Nội vụ (bộ Chỉ số CCHC cấp tỉnh, áp dụng khoảng năm 2017)',
      url: SOURCE,
      note: 'Area names, criteria counts and maximum points per area.',
    }),
  ]),
  notes: Object.freeze([
    'Skeleton: the criteria and sub-criteria under each area are UNKNOWN (not retrieved); each area is a manual leaf.',
    'The source states 38 criteria and 81 sub-criteria; its per-area criteria counts add up to 39 (inconsistent by one in the source).',
    'The survey / appraisal split of this version is UNKNOWN; no channel is set, so every area counts as assessed by default.',
  ]),
  nodes: Object.freeze([
    Object.freeze({
      code: '1',
      name: 'Công tác chỉ đạo, điều hành cải cách hành chính',
      maxPoints: 10,
      rule: 'manual',
      note: '6 tiêu chí, 6 tiêu chí thành phần (chưa có chi tiết)',
    }),
    Object.freeze({
      code: '2',
      name: 'Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại tỉnh',
      maxPoints: 10,
      rule: 'manual',
      note: '4 tiêu chí, 6 tiêu chí thành phần (chưa có chi tiết)',
    }),
    Object.freeze({
      code: '3',
      name: 'Cải cách thủ tục hành chính',
      maxPoints: 14.5,
      rule: 'manual',
      note: '5 tiêu chí, 16 tiêu chí thành phần (chưa có chi tiết)',
    }),
    Object.freeze({
      code: '4',
      name: 'Cải cách tổ chức bộ máy hành chính',
      maxPoints: 11,
      rule: 'manual',
      note: '4 tiêu chí, 10 tiêu chí thành phần (chưa có chi tiết)',
    }),
    Object.freeze({
      code: '5',
      name: 'Xây dựng và nâng cao chất lượng đội ngũ công chức, viên chức',
      maxPoints: 16,
      rule: 'manual',
      note: '9 tiêu chí, 16 tiêu chí thành phần (chưa có chi tiết)',
    }),
    Object.freeze({
      code: '6',
      name: 'Cải cách tài chính công',
      maxPoints: 7,
      rule: 'manual',
      note: '3 tiêu chí, 6 tiêu chí thành phần (chưa có chi tiết)',
    }),
    Object.freeze({
      code: '7',
      name: 'Hiện đại hoá hành chính',
      maxPoints: 16,
      rule: 'manual',
      note: '5 tiêu chí, 18 tiêu chí thành phần (chưa có chi tiết)',
    }),
    Object.freeze({
      code: '8',
      name: 'Tác động của CCHC đến người dân, tổ chức và phát triển kinh tế - xã hội của tỉnh',
      maxPoints: 15.5,
      rule: 'manual',
      note: '3 tiêu chí, 3 tiêu chí thành phần (chưa có chi tiết)',
    }),
  ]),
});
