// The documents and data the QĐ 766 module rests on (research note issue 15, compiled 2026-12-05; domain brief §3).
// Graded as the project's briefs grade them: A the legal text, B an official summary, C press or secondary, D a
// working document or a capture of the portal's data by public code (to be corroborated).
import type { SourceRef } from '../core/source-ref.js';

const ref = (r: SourceRef): SourceRef => Object.freeze({ ...r });

/**
 * The sources of the QĐ 766 module, by key: the decision (as reproduced by official pages), the press that quotes its
 * points, the operators' working documents, and captures of the national portal's own scores.
 *
 * @example
 * ```ts
 * import { QD766_SOURCES } from 'cchc';
 * QD766_SOURCES.decision.date; // '2022-06-23'
 * QD766_SOURCES.portalFits.verified; // true
 * ```
 *
 * @category QĐ 766 service index
 */
export const QD766_SOURCES = Object.freeze({
  decision: ref({
    document:
      'Quyết định 766/QĐ-TTg ngày 23/6/2022 phê duyệt Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, ' +
      'doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử',
    date: '2022-06-23',
    url: 'https://sonoivu.namdinh.gov.vn/cai-cach-hanh-chinh/thu-tuong-chinh-phu-phe-duyet-bo-chi-so-chi-dao-dieu-hanh-va-danh-gia-chat-luong-phuc-vu-nguoi-dan-doanh-nghiep-trong-2373',
    reliability: 'B',
    verified: true,
    note:
      'Sở Nội vụ Nam Định reproducing the decision: five groups — Công khai, minh bạch 18; Tiến độ, kết quả giải quyết 20; ' +
      'Số hóa hồ sơ 22; Cung cấp dịch vụ trực tuyến 22; Mức độ hài lòng 18 — and operation from 01/8/2022. The appendix ' +
      'table of per-indicator points was not readable in any stored copy.',
  }),
  decisionPoints: ref({
    document: 'Báo cáo tài chính: tóm tắt Quyết định 766/QĐ-TTg 2022 (điểm từng chỉ số được trích)',
    url: 'https://baocaotaichinh.vn/thu-vien/quyet-dinh-766-qd-ttg-2022-phe-duyet-bo-chi-so-chi-dao--dieu-hanh-va-danh-gia-chat-luong-phuc-vu-nguoi-dan--doanh-nghiep-2108502745-126270',
    reliability: 'C',
    verified: true,
    note: 'Quotes three indicator points of the 2022 text: TTHC updated and disclosed on time 4 (of 18), on-time handling up to 20, satisfaction with TTHC handling 6 (of 18).',
  }),
  decisionIndicators: ref({
    document: 'Sở KH&ĐT Bắc Kạn and aita.gov.vn: summaries of the indicator list of Quyết định 766/QĐ-TTg',
    url: 'https://aita.gov.vn/thu-tuong-chinh-phu-ban-hanh-bo-chi-so-chi-dao-dieu-hanh-va-danh-gia-chat-luong-phuc-vu-nguoi-dan-doanh-nghiep-trong-thuc-hien-thu-tuc-hanh-chinh-dich-vu-cong-theo-thoi-gian-thuc-tren-moi-truong-dien-tu',
    reliability: 'B',
    verified: false,
    note: 'Indicator names per group (4 / 2 / 5 / ≥ 2 / 3); read second-hand through the domain brief §3.1, not re-read.',
  }),
  decisionFormulas: ref({
    document: 'Quyết định 766/QĐ-TTg, formulas of the satisfaction indicators, as published by lamdong.dcs.vn (06/7/2022) and vietjack',
    date: '2022-07-06',
    url: 'https://www.lamdong.dcs.vn/tin-tuc-su-kien/thong-tin-tong-hop/task/148/type/detail/id/33503',
    reliability: 'B',
    verified: true,
    note: 'PAKN on time, satisfaction with PAKN handling, satisfaction with TTHC handling: numerators and denominators quoted.',
  }),
  metrics: ref({
    document:
      '"Công thức 766.xlsx", sheet METRICS (24 rows: names, maxima, scope), as extracted in ChippedTopaz/qd766 docs/metrics.m0.json',
    url: 'https://github.com/ChippedTopaz/qd766/blob/72417cd/docs/metrics.m0.json',
    reliability: 'D',
    verified: true,
    note: 'A working document circulated to operators; issuer and date unverified. Its "scope" column marks rows 6, 8, 9, 16, 17 as "Tỉnh" only.',
  }),
  formulaDocument: ref({
    document: '"Mô tả công thức tính chỉ số 766.docx", verbatim in ChippedTopaz/qd766 web/src/formula-document.ts',
    url: 'https://github.com/ChippedTopaz/qd766/blob/0a54bd2/web/src/formula-document.ts',
    reliability: 'D',
    verified: true,
    note: 'Formulas and thresholds per indicator (1.1 20/5 working days, 1.2 10/5, 5.x deadlines); issuer and date unverified. Where it and the portal disagree (4.2 "full at 80%"), the portal\'s scores are followed.',
  }),
  portalFits: ref({
    document:
      "Fits of the national portal's published scores, ChippedTopaz/qd766 docs/scoring-formula-analysis.m0.json (492–2,124 observations per indicator)",
    url: 'https://github.com/ChippedTopaz/qd766/blob/4b89c95/docs/scoring-formula-analysis.m0.json',
    reliability: 'D',
    verified: true,
    note: 'Scores reproduce within ±0.015 with: max × rate for most indicators; full marks at 80% for 4.4 and the two 2-point payment parts, at 90% for 5.3; no PAKN → 6 and 6.',
  }),
  phuThoCapture: ref({
    document:
      'dichvucong.gov.vn /api/v1/reporting/evaluation/* responses for Phú Thọ, month 8/2026, in ChippedTopaz/qd766 tests/fixtures/*/month-all.json',
    date: '2026-09-26',
    url: 'https://github.com/ChippedTopaz/qd766/tree/4b89c951973f81e453140b49a104a98e9541b6fa/tests/fixtures',
    reliability: 'D',
    verified: true,
    note: "Counts and scores of the province, its departments and communes; communes get the province's 1.1–1.3 and are scored on 3.1, 4.6 and 4.7.",
  }),
  dakLakCapture: ref({
    document:
      'dichvucong.gov.vn evaluation responses for Đắk Lắk and 116 units, 2026 to 10/10/2026, in hauphanquoc/766-Analyze data/snapshots/2026-10-10.json',
    date: '2026-10-10',
    url: 'https://github.com/hauphanquoc/766-Analyze/blob/eba085a54ba876c5c3f0320aa502e8b946c73642/data/snapshots/2026-10-10.json',
    reliability: 'D',
    verified: true,
    note: 'Confirms the payment split 6·A + min(2, 2.5·B) + min(2, 2.5·C) with each part rounded to 2 decimals (Sở Xây dựng: 5.38 + 0.71 + 0.24 = 6.33).',
  }),
  provinceRanking: ref({
    document:
      'dichvucong.gov.vn service-results for the 34 provinces, 2026 to 10/10/2026, in hauphanquoc/766-Analyze data/provinces/2026-10-10.json',
    date: '2026-10-10',
    url: 'https://github.com/hauphanquoc/766-Analyze/blob/eba085a54ba876c5c3f0320aa502e8b946c73642/data/provinces/2026-10-10.json',
    reliability: 'D',
    verified: true,
    note: 'Six group scores (CKMB, TDGQ, CLGQ = DVCTT 12, MDSH, MDHL, TTTT = payment 10) and totals; the national "radar" still gives the 2022 five groups with ONLINE_SERVICE = 22.',
  }),
  communePolicy: ref({
    document:
      "ChippedTopaz/qd766 docs/API_CONTRACT_M0.md: the crawler's policy of awarding communes the declared maximum for METRICS rows 6, 8, 9, 16, 17",
    url: 'https://github.com/ChippedTopaz/qd766/blob/4b89c95/docs/API_CONTRACT_M0.md',
    reliability: 'D',
    verified: true,
    note: "A policy of that repository, not the portal's behaviour: the portal scores communes on 3.1, 4.6 and 4.7 (Phường Việt Trì 8/2026: 4.6 = 0.77, 4.7 = 0.24, DVCTT 6.48).",
  }),
  sixGroupsSeen: ref({
    document: 'Bến Cát (Bình Dương): "Bộ chỉ số 766 tuần 03 năm 2024", online payment reported as its own group',
    date: '2024-01-22',
    url: 'https://bencat.binhduong.gov.vn/tin-tuc/bo-chi-so-766-tuan-03-nam-2024-binh-duong-tiep-tuc-duoc-xep-hang-0163-tinh-thanh-pho-22203',
    reliability: 'C',
    verified: true,
    note: 'The earliest date the six-group display was seen; no decision amending QĐ 766 was found.',
  }),
});
