import type { MethodologySpec } from '../par/methodology.js';

const SOURCE =
  'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-1880-QD-UBND-nam-2013-xac-dinh-Chi-so-Cai-cach-hanh-chinh-Ca-Mau-229973.aspx';

/**
 * The part of Cà Mau's internal PAR INDEX (Chỉ số CCHC của các sở, ngành, huyện; QĐ 1880/QĐ-UBND, 2013) whose rules
 * were retrieved: criteria 1.1 "Kế hoạch CCHC năm" (5 points), 1.2 "Báo cáo CCHC" (2) and 1.3 "Kiểm tra công tác CCHC"
 * (3) of area 1 "Công tác chỉ đạo, điều hành CCHC", 10 points in all, with every rule as the source states it:
 *
 * | Code | Max | Rule (source) | Kind |
 * |---|---|---|---|
 * | 1.1.1 | 1 | Ban hành kịp thời: 1; không kịp thời: 0,5; không ban hành: 0 | tiered |
 * | 1.1.2 | 1 | Đầy đủ nhiệm vụ và có kinh phí: 1; không đầy đủ hoặc không bố trí kinh phí: 0 | binary |
 * | 1.1.3 | 1 | Đạt yêu cầu: 1; không đạt: 0 | binary |
 * | 1.1.4 | 2 | Trên 90% kế hoạch: 2; từ 70% - 90%: 1; dưới 70%: 0 | percent-bands (90% exactly → 1: "trên" excludes it, "từ 70% - 90%" includes it) |
 * | 1.2.1 | 1 | Đủ số lượng và đúng thời gian: 1; không: 0 | binary |
 * | 1.2.2 | 1 | Đạt yêu cầu: 1; không đạt: 0 | binary |
 * | 1.3 | 3 | sub-criteria not retrieved | manual (0–3) |
 *
 * Not invented, so not included: area 1's other criteria (area 1 has 20 points; 1.1–1.3 make 10), areas 2 onward,
 * 1.3's sub-criteria, which criteria were survey-assessed (none sets a `channel`: all count as `assessed` by default),
 * and which may be not applicable (none is marked).
 *
 * Source: https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Quyet-dinh-1880-QD-UBND-nam-2013-xac-dinh-Chi-so-Cai-cach-hanh-chinh-Ca-Mau-229973.aspx
 *
 * @example
 * ```ts
 * import { scoreAssessment } from 'cchc';
 * import { caMau2013Fragment } from 'cchc/datasets';
 * const s = scoreAssessment(caMau2013Fragment, {
 *   '1.1.1': { outcome: 'Ban hành kịp thời' }, '1.1.2': { met: true }, '1.1.3': { met: true },
 *   '1.1.4': { ratio: 0.9 }, '1.2.1': { met: true }, '1.2.2': { met: false }, '1.3': { points: 2.5 },
 * });
 * s.total.achieved.toString(); // '7.5'
 * s.nodes['1.1.4']?.achieved.toString(); // '1'
 * ```
 *
 * @category Datasets
 */
export const caMau2013Fragment: MethodologySpec = Object.freeze({
  id: 'ca-mau-1880-2013-area1-fragment',
  name: 'Chỉ số CCHC các sở, ngành, huyện tỉnh Cà Mau (QĐ 1880/QĐ-UBND, 2013) — lĩnh vực 1, tiêu chí 1.1–1.3',
  maxPoints: 10,
  sources: Object.freeze([
    Object.freeze({
      document: 'Quyết định 1880/QĐ-UBND năm 2013 của UBND tỉnh Cà Mau về xác định Chỉ số Cải cách hành chính',
      url: SOURCE,
      note: 'Area 1 only partially retrieved: criteria 1.1, 1.2 (with sub-criteria and rules) and 1.3 (maximum only).',
    }),
  ]),
  notes: Object.freeze([
    'Fragment: area 1 "Công tác chỉ đạo, điều hành CCHC" has 20 points in the source; only criteria 1.1–1.3 (10 points) were retrieved.',
    'Score columns in the source: Điều tra XHH | Tự đánh giá | SNV đánh giá | Điểm đạt được | Chỉ số.',
    'Channels and not-applicable criteria are not stated in the retrieved part; none is set.',
  ]),
  nodes: Object.freeze([
    Object.freeze({
      code: '1.1',
      name: 'Kế hoạch CCHC năm',
      maxPoints: 5,
      children: Object.freeze([
        Object.freeze({
          code: '1.1.1',
          name: 'Ban hành kế hoạch CCHC năm',
          maxPoints: 1,
          rule: 'tiered: Ban hành kịp thời = 1; Không kịp thời = 0,5; Không ban hành = 0',
          note: 'Ban hành kịp thời: 1; không kịp thời: 0.5; không ban hành: 0',
        }),
        Object.freeze({
          code: '1.1.2',
          name: 'Xác định đầy đủ nhiệm vụ CCHC theo kế hoạch của UBND tỉnh và bố trí kinh phí',
          maxPoints: 1,
          rule: 'binary',
          note: 'Đầy đủ nhiệm vụ và có kinh phí: 1; không đầy đủ hoặc không bố trí kinh phí: 0',
        }),
        Object.freeze({
          code: '1.1.3',
          name: 'Kết quả phải đạt rõ ràng, cụ thể, định rõ trách nhiệm phòng, ban, đơn vị',
          maxPoints: 1,
          rule: 'binary',
          note: 'Đạt yêu cầu: 1; không đạt: 0',
        }),
        Object.freeze({
          code: '1.1.4',
          name: 'Mức độ thực hiện kế hoạch CCHC',
          maxPoints: 2,
          rule: 'percent-bands: trên 90% = 2; từ 70% = 1; từ 0% = 0',
          note: 'Trên 90% kế hoạch: 2; từ 70% - 90%: 1; dưới 70%: 0',
        }),
      ]),
    }),
    Object.freeze({
      code: '1.2',
      name: 'Báo cáo CCHC',
      maxPoints: 2,
      children: Object.freeze([
        Object.freeze({
          code: '1.2.1',
          name: 'Báo cáo gửi đúng thời gian (quý I, quý III, 6 tháng, năm)',
          maxPoints: 1,
          rule: 'binary',
          note: 'Đủ số lượng và đúng thời gian: 1; không: 0',
        }),
        Object.freeze({
          code: '1.2.2',
          name: 'Báo cáo đầy đủ nội dung theo hướng dẫn',
          maxPoints: 1,
          rule: 'binary',
          note: 'Đạt yêu cầu: 1; không đạt: 0',
        }),
      ]),
    }),
    Object.freeze({
      code: '1.3',
      name: 'Kiểm tra công tác CCHC',
      maxPoints: 3,
      rule: 'manual',
      note: 'Sub-criteria and their rules were not retrieved; scored manually from 0 to 3.',
    }),
  ]),
});
