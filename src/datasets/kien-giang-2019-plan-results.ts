import type { PlanResultEntry } from '../plan/plan-results.js';
import { deepFreeze } from '../core/_internal/freeze.js';

/**
 * Phụ lục I "Kết quả thực hiện các kế hoạch" of Kiên Giang's 2019 CCHC report: 34 plans of 2019, each with when it
 * was issued, what it planned ("Số nhiệm vụ/ số đơn vị trong kế hoạch"), what was completed ("Số nhiệm vụ/đơn vị được
 * hoàn thành theo kế hoạch") and the document that carried it out — exactly as printed. The ten rows without figures
 * keep the text printed instead as `explanation` (rows 17, 18, 21–24, 27, 30, 34), and row 28 prints "//" in both
 * figure columns. Printed oddities are kept, not corrected: row 1 "Kế hoạch cải cách hành chính năm" (no year), row 4
 * "… năm 2016" with note "Kế hoạch số 24/KH-UBND" (the body of the report gives 23/KH-UBND for the emulation plan and
 * 24/KH-UBND for row 3's), row 7 completed "14/42 đơn vị" (the figure §I.1 gives for units rated excellent in the 2018 index), row 25 "khi
 * phí" (for "kinh phí"), row 26 issued "28/12/2019", after the report's own date.
 *
 * Source: Ủy ban nhân dân tỉnh Kiên Giang, Báo cáo số 389/BC-UBND ngày 09/12/2019 "Công tác cải cách hành chính năm
 * 2019 và nhiệm vụ trọng tâm năm 2020", Phụ lục I.
 *
 * @example
 * ```ts
 * import { kienGiang2019PlanResults } from 'cchc/datasets';
 * kienGiang2019PlanResults.length; // 34
 * kienGiang2019PlanResults[19]!.completed; // '179/183 lớp/toàn tỉnh (còn lại 4 lớp chưa hoàn thành theo kế hoạch do chiêu sinh, nhưng không có người đăng ký học)'
 * ```
 *
 * @category Datasets
 */
export const kienGiang2019PlanResults: readonly PlanResultEntry[] = deepFreeze([
  {
    no: 1,
    plan: 'Kế hoạch cải cách hành chính năm',
    issuedText: '07/12/2018',
    planned: '34 nhiệm vụ/06 đơn vị',
    completed: '34 nhiệm vụ/06 đơn vị',
    notes: 'Kế hoạch số 172/KH-UBND',
  },
  {
    no: 2,
    plan: 'Kế hoạch kiểm tra cải cách hành chính năm',
    issuedText: '13/02/2019',
    planned: '07 nhiệm vụ/23 đơn vị',
    completed: '07 nhiệm vụ/23 đơn vị',
    notes: 'Kế hoạch số 22/KH-UBND',
  },
  {
    no: 3,
    plan: 'Kế hoạch tuyên truyền cải cách hành chính của tỉnh',
    issuedText: '14/02/2019',
    planned: '05 nội dung/toàn tỉnh',
    completed: '05 nội dung/toàn tỉnh',
    notes: 'Kế hoạch số 24/KH-UBND',
  },
  {
    no: 4,
    plan: 'Kế hoạch thi đua theo chuyên đề về thực hiện nhiệm vụ cải cách hành chính năm 2016',
    issuedText: '14/02/2019',
    planned: '02 nội dung/187 đơn vị',
    completed: '02 nội dung/187 đơn vị',
    notes: 'Kế hoạch số 24/KH-UBND',
  },
  {
    no: 5,
    plan: 'Tham mưu UBND tỉnh tổ chức điều tra XHH đo lường mức độ hài lòng của tổ chức và công dân đối với sự phục vụ hành chính nhà nước cấp xã trên địa bàn tỉnh Kiên Giang (30% đơn vị hành chính cấp xã trong tỉnh)',
    issuedText: '12/9/2019',
    planned: '08 nhiệm vụ/47 đơn vị',
    completed: '08 nhiệm vụ/47 đơn vị',
    notes: 'Kế hoạch số 32/KH-SNV',
  },
  {
    no: 6,
    plan: 'Tự đánh giá, chấm điểm để xác định Chỉ số CCHC của tỉnh năm 2019 gửi về Bộ Nội vụ',
    issuedText: '04/2019',
    planned: '63/63 đơn vị',
    completed: '47/63 đơn vị',
    notes: 'Báo cáo của Bộ Nội vụ',
  },
  {
    no: 7,
    plan: 'Thẩm định, đánh giá Chỉ số CCHC năm 2019 của sở, ban, ngành và UBND cấp huyện',
    issuedText: '07/5/2019',
    planned: '42/42 đơn vị',
    completed: '14/42 đơn vị',
    notes: 'Quyết định số 1051/QĐ-UBND',
  },
  {
    no: 8,
    plan: 'Kế hoạch kiểm tra, xử lý và rà soát văn bản quy phạm pháp luật năm 2019',
    issuedText: '25/12/2018',
    planned: '03 nhiệm vụ/toàn tỉnh',
    completed: '03 nhiệm vụ/toàn tỉnh',
    notes: 'Kế hoạch số 180/KH-UBND',
  },
  {
    no: 9,
    plan: 'Kế hoạch theo dõi tình hình thi hành pháp luật năm 2019',
    issuedText: '25/01/2019',
    planned: '04 nhiệm vụ/toàn tỉnh',
    completed: '04 nhiệm vụ/toàn tỉnh',
    notes: 'Kế hoạch số 11/KH-UBND',
  },
  {
    no: 10,
    plan: 'Kế hoạch quản lý công tác thi hành pháp luật về xử lý vi phạm hành chính năm 2019 trên địa bàn tỉnh',
    issuedText: '31/01/2019',
    planned: '04 nội dung/37 đơn vị',
    completed: '04 nội dung/37 đơn vị',
    notes: 'Kế hoạch số 19/KH-UBND',
  },
  {
    no: 11,
    plan: 'Kiểm tra công tác xử lý vi phạm pháp luật hành chính năm 2019',
    issuedText: '07/6/2019',
    planned: '06 nội dung/07 đơn vị',
    completed: '06 nội dung/07 đơn vị',
    notes: 'Kế hoạch số 99/KH-UBND',
  },
  {
    no: 12,
    plan: 'Kiểm tra theo dõi thi hành pháp luật theo chuyên đề các lĩnh vực trọng tâm liên ngành năm 2019',
    issuedText: '07/6/2019',
    planned: '02 nội dung/08 đơn vị',
    completed: '02 nội dung/08 đơn vị',
    notes: 'Kế hoạch số 98/KH-UBND',
  },
  {
    no: 13,
    plan: 'Kế hoạch hoạt động kiểm soát TTHC và thực hiện cơ chế một cửa, cơ chế một cửa liên thông trong giải quyết TTHC tại cơ quan hành chính nhà nước năm 2019',
    issuedText: '09/01/2019',
    planned: '13 nhiệm vụ/toàn tỉnh',
    completed: '13 nhiệm vụ/toàn tỉnh',
    notes: 'Quyết định số 34/QĐ-UBND',
  },
  {
    no: 14,
    plan: 'Rà soát, đánh giá TTHC tại cơ quan hành chính trên địa bàn tỉnh Kiên Giang năm 2019',
    issuedText: '22/01/2019',
    planned: '317 nhiệm vụ/10 đơn vị',
    completed: '317 nhiệm vụ/10 đơn vị',
    notes: 'Kế hoạch số 125/KH-UBND',
  },
  {
    no: 15,
    plan: 'Kiểm tra công tác kiểm soát TTHC và thực hiện cơ chế một cửa, cơ chế một cửa liên thông trong giải quyết TTHC tại cơ quan hành chính nhà nước năm 2019',
    issuedText: '28/02/2019',
    planned: '09 nội dung/18 đơn vị',
    completed: '09 nội dung/18 đơn vị',
    notes: 'Quyết định số 462/QĐ-UBND',
  },
  {
    no: 16,
    plan: 'Kế hoạch thông tin, tuyên truyền trong công tác kiểm soát TTHC trên địa bàn tỉnh Kiên Giang năm 2019',
    issuedText: '14/3/2019',
    planned: '02 nội dung/toàn tỉnh',
    completed: '02 nội dung/toàn tỉnh',
    notes: 'Kế hoạch số 39/KH-UBND',
  },
  {
    no: 17,
    plan: 'Kế hoạch tập huấn nghiệp vụ kiểm soát TTHC cho hệ thống cán bộ, công chức đầu mối kiểm soát TTHC trên địa bàn tỉnh',
    explanation:
      'Năm 2019 Văn phòng Chính phủ không tổ chức tập huấn nên Văn phòng UBND tỉnh không ban hành kế hoạch tập huấn cho các sở, ban, ngành tỉnh và UBND cấp huyện, cấp xã',
  },
  {
    no: 18,
    plan: 'Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Tài nguyên và Môi trường tỉnh Kiên Giang',
    explanation: 'Thông báo số 405-BB/BCSD ngày 10/6/2019 của Ban Cán sự Đảng UBND tỉnh',
  },
  {
    no: 19,
    plan: 'Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Y tế tỉnh Kiên Giang',
    issuedText: '03/7/2019',
    planned: '01/01 đơn vị',
    completed: '01/01 đơn vị',
    notes: 'Quyết định số 1476/QĐ-UBND',
  },
  {
    no: 20,
    plan: 'Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2019',
    issuedText: '17/01/2019',
    planned: '183 lớp/toàn tỉnh',
    completed: '179/183 lớp/toàn tỉnh (còn lại 4 lớp chưa hoàn thành theo kế hoạch do chiêu sinh, nhưng không có người đăng ký học)',
    notes: 'Quyết định số 100/QĐ-UBND',
  },
  {
    no: 21,
    plan: 'Ban Cán sự Đảng UBND tỉnh trình Ban Thường vụ Tỉnh ủy kế hoạch thí điểm đổi mới cách tuyển chọn, quản lý cấp sở, cấp phòng trên địa bàn tỉnh Kiên Giang',
    explanation:
      'Ban Cán sự Đảng UBND tỉnh có Tờ trình số 358-TT/BCSĐ ngày 13-3-2019 gửi Ban Tổ chức Trung ương và Bộ Nội vụ về việc chưa thực hiện thí điểm đổi mới cách tuyển chọn lãnh đạo, quản lý cấp sở, cấp phòng trên địa bàn tỉnh Kiên Giang',
  },
  {
    no: 22,
    plan: 'Đề án thi nâng ngạch công chức trong các cơ quan hành chính nhà nước',
    explanation: 'Chuyển sang năm 2020 (do đầu năm Sở Nội vụ không đăng ký với UBND tỉnh)',
  },
  {
    no: 23,
    plan: 'Thực hiện Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 của Chính phủ về sử dụng biên chế và kinh phí hành chính đối với cơ quan nhà nước',
    explanation: 'Chưa ban hành báo cáo',
  },
  {
    no: 24,
    plan: 'Thực hiện Nghị định số 16/2015/NĐ-CP ngày 14/02/2015 của Chính phủ quy định cơ chế tự chủ của đơn vị sự nghiệp công lập',
    explanation: 'Chưa ban hành báo cáo',
  },
  {
    no: 25,
    plan: 'Rà soát chuyển đổi các đơn vị sự nghiệp công lập đủ điều kiện sang cơ chế tự chủ về tài chính theo quy định hiện hành',
    issuedText: '10/5/2019',
    planned: '40 đơn vị/1000 đơn vị tự chủ toàn bộ khi phí',
    completed: '40 đơn vị/1000 đơn vị tự chủ toàn bộ khi phí',
    notes: 'Báo cáo số 132/BC-UBND',
  },
  {
    no: 26,
    plan: 'Ứng dụng công nghệ thông tin trong các cơ quan nhà nước tỉnh Kiên Giang năm 2019',
    issuedText: '28/12/2019',
    planned: '07 nội dung/ toàn tỉnh',
    completed: '07 nội dung/ toàn tỉnh',
    notes: 'Kế hoạch số 185/KH-UBND',
  },
  {
    no: 27,
    plan: 'Quy chế hoạt động Công dịch vụ công trực tuyến và hệ thống một cửa điện tử tỉnh Kiên Giang',
    explanation: 'Ban hành trong tháng 12 năm 2019 (ban hành trễ do lấy ý nhiều lần)',
  },
  {
    no: 28,
    plan: 'Thành lập Ban Chỉ đạo Chính quyền điện tử tỉnh Kiên Giang',
    issuedText: '26/12/2019',
    planned: '//',
    completed: '//',
    notes: 'Quyết định số 2932/QĐ-UBND',
  },
  {
    no: 29,
    plan: 'Quy chế hoạt động của Ban Chỉ đạo Chính quyền điện tử tỉnh Kiên Giang',
    issuedText: '03/5/2019',
    planned: '12 nội dung/01 đơn vị',
    completed: '12 nội dung/01 đơn vị',
    notes: 'Quyết định số 85/QĐ-BCĐ của Ban Chỉ đạo Chính quyền điện tử',
  },
  {
    no: 30,
    plan: 'Ban hành Danh mục dịch vụ công trực tuyến mức độ 3, 4 tỉnh Kiên Giang triển khai trong năm 2019',
    explanation: 'Ban hành trong tháng 12 năm 2019 (ban hành trễ do lấy ý nhiều lần)',
  },
  {
    no: 31,
    plan: 'Duy trì và cải tiến hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001 vào hoạt động của các cơ quan hành chính nhà nước tỉnh Kiên Giang năm 2019',
    issuedText: '12/4/2019',
    planned: '05 nhiệm vụ/toàn tỉnh',
    completed: '05 nhiệm vụ/toàn tỉnh',
    notes: 'Kế hoạch số 61/KH-UBND',
  },
  {
    no: 32,
    plan: 'Chuyển đổi Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2008 tại các cơ quan hành chính nhà nước sang phiên bản TCVN 9001:2015',
    issuedText: '06/5/2019',
    planned: '02 nội dung/55 đơn vị',
    completed: '02 nội dung/55 đơn vị',
    notes: 'Kế hoạch số 67/KH-BCĐ của Ban Chỉ đạo ISO',
  },
  {
    no: 33,
    plan: 'Kiểm tra hoạt động xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001 tại các cơ quan hành chính nhà nước tỉnh Kiên Giang năm 2019',
    issuedText: '14/10/2019',
    planned: '05 nhiệm vụ/55 đơn vị',
    completed: '05 nhiệm vụ/55 đơn vị',
    notes: 'Quyết định số 115/QĐ-BCĐ của Ban Chỉ đạo ISO',
  },
  {
    no: 34,
    plan: 'Phê duyệt Kế hoạch triển khai ứng dụng công nghệ thông tin vào Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 trong hoạt động của các cơ quan hành chính tỉnh Kiên Giang giai đoạn 2019-2020',
    explanation: 'Chuyển sang năm 2020 (do nâng từ kế hoạch lên đề án).',
  },
]);
