import type { Plan } from '../plan/plan.js';
import { deepFreeze } from '../core/_internal/freeze.js';

/**
 * Kiên Giang's 2020 administrative reform plan (kế hoạch CCHC năm 2020) as data: its identity, the documents it is
 * based on, the seven areas of work of Part II ("Nhiệm vụ cải cách hành chính") with their bullet points, and the
 * whole appendix table "Triển khai các nhiệm vụ cải cách hành chính năm 2020": 32 tasks in sections I–VII, section VI
 * split into A and B. Content, product, lead agency, coordinating agencies, deadline text and notes are exactly as
 * printed, typing slips included ("tại cơ quan hành chính nhà năm 2020" in II.1 and II.3); cells broken across pages
 * (VI.B.2, VII.3, VII.7) are joined with one space. Each `deadline` is what `parseDeadline(deadlineText, { planYear:
 * 2020 })` reads, checked by the tests. No progress is recorded: the plan is as issued.
 *
 * Source: Ủy ban nhân dân tỉnh Kiên Giang, Kế hoạch số 164/KH-UBND ngày 09/12/2019 "Công tác cải cách hành chính năm
 * 2020" (signed KT. Chủ tịch, Phó Chủ tịch Lê Thị Minh Phụng), Part II and Phụ lục.
 *
 * @example
 * ```ts
 * import { planTasks } from 'cchc';
 * import { kienGiang2020Plan } from 'cchc/datasets';
 * planTasks(kienGiang2020Plan).length; // 32
 * kienGiang2020Plan.sections[5]!.sections?.map((s) => s.code); // ['A', 'B']
 * ```
 *
 * @category Datasets
 */
export const kienGiang2020Plan: Plan = deepFreeze({
  number: '164/KH-UBND',
  issuedOn: '2019-12-09',
  issuer: 'Ủy ban nhân dân tỉnh Kiên Giang',
  year: 2020,
  title: 'Công tác cải cách hành chính năm 2020',
  legalBases: [
    'Nghị quyết số 30c/NQ-CP ngày 08 tháng 11 năm 2011 của Chính phủ về Chương trình tổng thể cải cách hành chính (CCHC) nhà nước giai đoạn 2011-2020',
    'Nghị quyết số 76/NQ-CP ngày 13 tháng 6 năm 2013 của Chính phủ sửa đổi, bổ sung một số điều của Nghị quyết số 30c/NQ-CP',
    'Quyết định số 225/QĐ-TTg ngày 04/02/2016 của Thủ tướng Chính phủ về việc phê duyệt Kế hoạch CCHC nhà nước giai đoạn 2016-2020',
    'Quyết định số 609/QĐ-TTg ngày 04/5/2017 của Thủ tướng Chính phủ sửa đổi, bổ sung Quyết định số 225/QĐ-TTg ngày 04/02/2016 của Thủ tướng Chính phủ',
    'Kế hoạch số 64/KH-UBND ngày 03/6/2016 về việc CCHC nhà nước giai đoạn 2016-2020 và định hướng đến năm 2030 trên địa bàn tỉnh Kiên Giang',
  ],
  objectives: [
    {
      code: '1',
      title: 'Cải cách thể chế',
      items: [
        'Xây dựng và ban hành văn bản quy phạm pháp luật (VBQPPL) của tỉnh kịp thời, đảm bảo đúng quy trình theo quy định Luật Ban hành VBQPPL năm 2015 và Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành. Thực hiện tốt công tác theo dõi thi hành pháp luật tại các sở, ban, ngành, địa phương.',
        'Ban hành và tổ chức thực hiện hiệu quả Kế hoạch kiểm tra, rà soát VBQPPL năm 2020 và Kế hoạch rà soát VBQPPL theo chuyên đề, lĩnh vực liên quan đến quyền, nghĩa vụ của người dân, doanh nghiệp.',
        'Đẩy mạnh công tác kiểm tra, xử lý VBQPPL, hướng dẫn, theo dõi, đôn đốc các sở, ban, ngành, địa phương thực hiện hiệu quả công tác kiểm tra và xử lý VBQPPL trên địa bàn tỉnh. Đảm bảo 100% văn bản đã ban hành được tự kiểm tra, phát hiện và tham mưu xử lý kịp thời những văn bản vi phạm theo quy định của pháp luật. Kịp thời công bố các VBQPPL đã hết hiệu lực toàn bộ và một phần.',
        'Tổ chức thực hiện có hiệu quả các chương trình, đề án, dự án do Ủy ban nhân dân tỉnh giao cho các sở, ban, ngành tỉnh và Ủy ban nhân dân cấp huyện.',
      ],
    },
    {
      code: '2',
      title: 'Cải cách thủ tục hành chính và giải quyết thủ tục hành chính',
      items: [
        'Tiếp tục đẩy mạnh thực hiện Nghị định số 92/2017/NĐ-CP ngày 07/8/2017 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính và Quyết định số 446/QĐ-UBND ngày 28/02/2018 của Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang ban hành Quy chế phối hợp thực hiện công tác kiểm soát TTHC trên địa bàn tỉnh Kiên Giang, đưa công tác kiểm soát TTHC ngày càng đi vào nề nếp, kiểm soát chặt chẽ việc ban hành TTHC mới theo quy định; thường xuyên cập nhật đúng, đủ, kịp thời TTHC đang có hiệu lực thi hành, đồng thời tổ chức niêm yết công khai đúng quy định tại trụ sở cơ quan hành chính các cấp và trên cổng hoặc trang thông tin điện tử của sở, ngành, địa phương và của tỉnh để tạo điều kiện thuận lợi cho cá nhân, tổ chức tiếp cận, thực hiện và giám sát việc thực hiện TTHC. Rà soát phát hiện các quy định, TTHC rườm rà, không cần thiết để kịp thời sửa đổi, bổ sung theo thẩm quyền hoặc kiến nghị cấp có thẩm quyền sửa đổi, bổ sung.',
        'Đẩy mạnh thực hiện Nghị định số 20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ về tiếp nhận, xử lý, phản ánh kiến nghị của cá nhân, tổ chức về các quy định hành chính, Quyết định số 808/QĐ-UBND ngày 06/4/2018 của Chủ tịch Ủy ban nhân dân tỉnh ban hành Quy chế phối hợp tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính trên địa bàn tỉnh Kiên Giang.',
        'Tổ chức thực hiện có hiệu quả Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính; Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ hướng dẫn thực hiện một số quy định của Nghị định số 61/2018/NĐ-CP của Chính phủ; Chỉ thị số 30/CT-TTg ngày 30/10/2018 của Thủ tướng Chính phủ về nâng cao chất lượng giải quyết thủ tục hành chính tại các bộ, ngành, địa phương; đưa 100% TTHC vào thực hiện cơ chế một cửa tại các cơ quan hành chính các cấp; duy trì ổn định việc thực hiện cơ chế một cửa điện tử tại Trung tâm Phục vụ hành chính công của tỉnh, Ủy ban nhân dân cấp huyện và Ủy ban nhân dân cấp xã; đẩy mạnh thực hiện việc tiếp nhận hồ sơ và trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích; tăng cường tuyên truyền việc thực hiện TTHC qua dịch vụ công trực tuyến mức độ 3, 4. Tiếp tục thực hiện cơ chế một cửa liên thông, triển khai có hiệu quả Quyết định số 1380/QĐ-TTg ngày 18/10/2018 của Thủ tướng Chính phủ phê duyệt Đề án “Thực hiện liên thông các TTHC: Đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất/hỗ trợ phí mai táng/hưởng mai táng phí”.',
      ],
    },
    {
      code: '3',
      title: 'Cải cách tổ chức, bộ máy',
      items: [
        'Tiếp tục đẩy mạnh thực hiện Kế hoạch số 93/KH-UBND ngày 09/5/2018 thực hiện Chương trình hành động số 32-CTr/TU ngày 29-12-2017 của Tỉnh ủy Kiên Giang thực hiện Nghị quyết số 18-NQ/TW và Kế hoạch số 105/KH-UBND ngày 07/6/2018 thực hiện Chương trình hành động số 38-CTr/TU ngày 11/4/2018 của Tỉnh ủy thực hiện Nghị quyết số 19-NQ/TW. Xem xét điều chỉnh sự chồng chéo, bỏ sót hoặc trùng lặp về chức năng, nhiệm vụ và quyền hạn của các cơ quan, đơn vị.',
        'Kiểm tra việc thực hiện sắp xếp tổ chức, bộ máy các cơ quan chuyên môn thuộc sở, ban, ngành cấp tỉnh và Ủy ban nhân dân cấp huyện theo Kế hoạch số 93/KH-UBND ngày 09/5/2018 và Kế hoạch số 105/KH-UBND ngày 07/6/2018 của Ủy ban nhân dân tỉnh.',
        'Tổ chức rà soát tình hình hoạt động và thực trạng quản lý biên chế của các đơn vị sự nghiệp công lập để có kế hoạch chuyển dần sang cơ chế tự chủ, tự chịu trách nhiệm, tiến tới xã hội hóa trong một số lĩnh vực dịch vụ; thành lập sáp nhập, hợp nhất một số tổ chức sự nghiệp công lập để thực hiện nhiệm vụ phát triển kinh tế - xã hội.',
        'Các cơ quan hành chính các cấp và đơn vị sự nghiệp công lập trong tỉnh đẩy mạnh thực hiện các giải pháp cải thiện và nâng cao chỉ số hài lòng của tổ chức và cá nhân đối với việc cung cấp dịch vụ hành chính và dịch vụ công theo mục tiêu đã đề ra đến năm 2020.',
      ],
    },
    {
      code: '4',
      title: 'Về xây dựng đội ngũ cán bộ, công chức, viên chức',
      items: [
        'Triển khai thực hiện kịp thời quy định pháp luật của Nhà nước về quản lý cán bộ, công chức, viên chức trên địa bàn tỉnh; thực hiện có hiệu quả đề án vị trí việc làm và cơ cấu ngạch công chức đã được cấp có thẩm quyền phê duyệt gắn với thực hiện tinh giản biên chế giai đoạn 2016-2021. Xây dựng hệ thống danh mục vị trí việc làm và cơ cấu lại đội ngũ cán bộ, công chức, viên chức theo ngạch, chức danh nghề nghiệp, vị trí việc làm và trình độ đào tạo phù hợp với chức năng, nhiệm vụ, bảo đảm cơ cấu phù hợp.',
        'Đổi mới công tác tuyển dụng, bồi dưỡng, đánh giá, bổ nhiệm cán bộ, công chức, viên chức, nâng cao tính chuyên nghiệp của bộ máy hành chính, của cán bộ, công chức, viên chức; chú trọng đào tạo, bồi dưỡng chuyên môn để nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức.',
        'Tổ chức tuyển dụng công chức, viên chức theo hướng công khai, minh bạch, khách quan, khoa học, tuyển dụng đúng người, sát nhu cầu công việc thực tế, đáp ứng yêu cầu nhiệm vụ và vị trí việc làm, phản ánh đúng kết quả thực thi công vụ, nhiệm vụ; đẩy mạnh ứng dụng công nghệ thông tin vào công tác tuyển dụng. Triển khai thực hiện các quy định về sử dụng, quản lý vị trí việc làm, tiêu chuẩn, ngạch công chức trong các cơ quan, đơn vị, địa phương.',
        'Thực hiện tốt công tác tinh giản biên chế theo Nghị quyết số 39-NQ/TW ngày 17/4/2015 của Bộ Chính trị về tinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức, viên chức; và Nghị định số 108/2014/NĐ-CP ngày 20/11/2014 và Nghị định số 113/2018/NĐ-CP ngày 31/8/2018 của Chính phủ và Đề án tinh giản biên chế giai đoạn 2016-2021 của Ủy ban nhân dân tỉnh; triển khai thực hiện định kỳ chuyển đổi vị trí công tác đối với cán bộ, công chức, viên chức theo Nghị định số 59/2019/NĐ-CP ngày 01/7/2019 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Phòng, chống tham nhũng.',
        'Thực hiện thanh tra chuyên ngành Nội vụ theo hướng dẫn của Bộ Nội vụ, tổ chức các đoàn thanh tra, kiểm tra nhằm nâng cao trách nhiệm, kỷ luật, kỷ cương hành chính và đạo đức công vụ của cán bộ, công chức, viên chức.',
      ],
    },
    {
      code: '5',
      title: 'Cải cách tài chính công',
      items: [
        'Tiếp tục thực hiện và hoàn thiện các cơ chế tài chính, trong đó có cơ chế tự chủ tài chính, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan nhà nước theo Nghị định số 130/2005/NĐ-CP ngày 17/10/2005 của Chính phủ, Nghị định số 117/2013/NĐ-CP ngày 07/10/2013 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định 130/2005/NĐ-CP.',
        'Thực hiện Nghị định số 141/2016/NĐ-CP ngày 10/10/2016 của Chính phủ quy định cơ chế tự chủ của đơn vị sự nghiệp công lập trong lĩnh vực sự nghiệp kinh tế và sự nghiệp khác; đơn vị sự nghiệp công tự chủ về thực hiện nhiệm vụ; tự chủ về tổ chức bộ máy và tự chủ về nhân sự.',
        'Thực hiện dân chủ, công khai, minh bạch về tài chính. Tất cả các cơ quan, đơn vị trong tỉnh đều phải xây dựng quy chế chi tiêu nội bộ, thường xuyên rà soát, điều chỉnh cho phù hợp với quy định của pháp luật; tổ chức kiểm tra, giám sát, đánh giá tình hình thực hiện cơ chế tự chủ, tự chịu trách nhiệm về biên chế và kinh phí.',
        'Đẩy mạnh việc chuyển đổi các đơn vị sự nghiệp công lập sang cơ chế tự chủ về tài chính theo quy định hiện hành; thực hiện xã hội hóa đối với các lĩnh vực mà các thành phần kinh tế có thể tham gia; tiếp tục nghiên cứu, đề xuất những chính sách và giải pháp nhằm thực hiện sâu rộng hơn chủ trương xã hội hóa trên những lĩnh vực mà cơ quan nhà nước không cần thiết phải trực tiếp thực hiện hoặc thực hiện không có hiệu quả (y tế, giáo dục - đào tạo, văn hóa, thể dục thể thao, cơ sở hạ tầng đô thị...).',
      ],
    },
    {
      code: '6',
      title: 'Hiện đại hóa nền hành chính nhà nước',
      items: [
        'Tiếp tục thực hiện Chương trình hành động số 64-CTr/TU ngày 09/9/2015 của Tỉnh ủy Kiên Giang về đẩy mạnh ứng dụng, phát triển công nghệ thông tin (CNTT) đáp ứng yêu cầu phát triển bền vững và hội nhập quốc tế và Kế hoạch số 82/KH-UBND ngày 22/5/2019 của Ủy ban nhân dân tỉnh thực hiện Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ về một số nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử giai đoạn 2019-2020, định hướng đến năm 2025. Tập trung đầu tư, triển khai ứng dụng công nghệ thông tin phục vụ nhiệm vụ CCHC tại Trung tâm Phục vụ hành chính công của tỉnh và Ủy ban nhân dân cấp huyện, cấp xã. Thực hiện đầu tư, duy trì, nâng cấp hạ tầng công nghệ thông tin bảo đảm ứng dụng công nghệ thông tin trong nội bộ cơ quan nhà nước, tăng cường sử dụng văn bản điện tử và chữ ký số trong chỉ đạo, điều hành. Đẩy mạnh triển khai một số dịch vụ công trực tuyến mức độ 3 và 4, tích hợp vào cổng dịch vụ công trực tuyến của tỉnh phục vụ tra cứu kết quả giải quyết thủ tục hành chính. Đẩy nhanh tiến độ thực hiện xây dựng chính quyền điện tử theo chỉ đạo của Chính phủ; triển khai theo tiến độ xây dựng thành phố thông minh Phú Quốc và thành phố Rạch Giá.',
        'Tiếp tục áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại 191 cơ quan hành chính. Triển khai thí điểm áp dụng ISO điện tử vào hoạt động của một số cơ quan hành chính của tỉnh.',
        'Quan tâm đầu tư xây dựng trụ sở cơ quan hành chính nhà nước, đặc biệt là xây dựng trụ sở Ủy ban nhân dân cấp xã, gắn với việc bố trí nơi làm việc của Bộ phận tiếp nhận và trả kết quả, đảm bảo diện tích, trang thiết bị làm việc theo quy định của pháp luật.',
      ],
    },
    {
      code: '7',
      title: 'Công tác chỉ đạo, điều hành',
      items: [
        'Tiếp tục chỉ đạo triển khai thực hiện Chương trình tổng thể CCHC nhà nước giai đoạn 2011-2020; Quyết định số 225/QĐ-TTg ngày 04/02/2016 của Thủ tướng Chính phủ về kế hoạch CCHC nhà nước giai đoạn 2016-2020; Kế hoạch số 64/KH-UBND ngày 03/6/2016 của Ủy ban nhân dân tỉnh về việc CCHC nhà nước giai đoạn 2016-2020 và định hướng đến năm 2030 trên địa bàn tỉnh Kiên Giang và các văn bản chỉ đạo, điều hành công tác CCHC của Trung ương và tỉnh mới ban hành.',
        'Chỉ đạo các sở, ban, ngành tỉnh và địa phương xây dựng kế hoạch CCHC năm 2020 theo hướng dẫn. Tổ chức triển khai, thực hiện có hiệu quả nhiệm vụ CCHC năm 2020 tại các sở, ban, ngành, địa phương. Kịp thời ban hành văn bản chỉ đạo, điều hành thực hiện nhiệm vụ CCHC.',
        'Xây dựng và ban hành kế hoạch thông tin, tuyên truyền chương trình tổng thể CCHC nhà nước trên địa bàn tỉnh Kiên Giang năm 2020.',
        'Đẩy mạnh việc thực hiện Chỉ thị số 1524/CT-UBND ngày 24/7/2015 của Ủy ban nhân dân tỉnh về việc tăng cường công tác CCHC trên địa bàn tỉnh Kiên Giang; Chỉ thị số 1453/CT-UBND ngày 07/7/2017 của Ủy ban nhân dân tỉnh về việc đẩy mạnh nâng cao các chỉ số CCHC, năng lực cạnh tranh (PCI), sự hài lòng của người dân và tổ chức đối với sự phục vụ của cơ quan hành chính (SIPAS), chỉ số quản trị và hành chính công (PAPI). Thực hiện tốt công tác kiểm tra, tự kiểm tra, giám sát thực hiện nhiệm vụ CCHC tại các sở, ban, ngành, địa phương; kịp thời phát hiện, chấn chỉnh những thiếu sót trong quá trình thực hiện.',
        'Quán triệt, chỉ đạo thực hiện nghiêm túc Chỉ thị số 26/CT-TTg ngày 05/9/2016 của Thủ tướng Chính phủ về tăng cường kỷ luật, kỷ cương trong cơ quan hành chính nhà nước các cấp; Chỉ thị số 13/CT-TTg ngày 10/6/2015 của Thủ tướng Chính phủ về việc tăng cường trách nhiệm của người đứng đầu cơ quan hành chính nhà nước các cấp trong công tác cải cách thủ tục hành chính; Quyết định số 03/2007/QĐ-BNV ngày 26/02/2007 của Bộ trưởng Bộ Nội vụ ban hành quy tắc ứng xử của cán bộ, công chức, viên chức làm việc trong bộ máy chính quyền địa phương; Chỉ thị số 11/CT-UBND ngày 29/7/2019 của Chủ tịch Ủy ban nhân dân tỉnh về việc tăng cường kỷ luật, kỷ cương hành chính và trách nhiệm người đứng đầu trong thực hiện nhiệm vụ cải cách hành chính trên địa bàn tỉnh Kiên Giang.',
        'Ban hành Quyết định sửa đổi, bổ sung Quyết định 1059/QĐ-UBND ngày 10/5/2017 về ban hành Quy định về thẩm quyền, trách nhiệm thực hiện chuyển đổi vị trí công tác theo định kỳ đối với công chức, viên chức tại các cơ quan hành chính, đơn vị sự nghiệp; xây dựng kế hoạch tổ chức thực hiện phong trào thi đua thực hiện nhiệm vụ CCHC năm 2020; thực hiện nghiêm chế độ thông tin, báo cáo về CCHC.',
      ],
    },
  ],
  sections: [
    {
      code: 'I',
      title: 'CẢI CÁCH THỂ CHẾ',
      tasks: [
        {
          code: '1',
          content: 'Tham mưu UBND tỉnh ban hành Kế hoạch kiểm tra, xử lý và rà soát văn bản QPPL năm 2020',
          product: 'Kế hoạch',
          lead: 'Sở Tư pháp',
          coordinating: ['Các sở, ban, ngành tỉnh và UBND cấp huyện'],
          deadlineText: 'Tháng 12/2019',
          deadline: { milestones: [{ due: '2019-12-31', text: 'Tháng 12/2019' }], continuous: false },
        },
        {
          code: '2',
          content: 'Tham mưu UBND tỉnh ban hành Kế hoạch công tác theo dõi thi hành pháp luật năm 2020 trên địa bàn tỉnh',
          product: 'Kế hoạch',
          lead: 'Sở Tư pháp',
          coordinating: ['Các sở, ban, ngành tỉnh và UBND cấp huyện'],
          deadlineText: 'Tháng 01/2020',
          deadline: { milestones: [{ due: '2020-01-31', text: 'Tháng 01/2020' }], continuous: false },
        },
        {
          code: '3',
          content: 'Tham mưu UBND tỉnh ban hành Báo cáo công tác theo dõi thi hành pháp luật năm 2020 trên địa bàn tỉnh',
          product: 'Báo cáo',
          lead: 'Sở Tư pháp',
          coordinating: ['Các sở, ban, ngành tỉnh và UBND cấp huyện'],
          deadlineText: 'Tháng 10/2020',
          deadline: { milestones: [{ due: '2020-10-31', text: 'Tháng 10/2020' }], continuous: false },
        },
      ],
    },
    {
      code: 'II',
      title: 'CẢI CÁCH THỦ TỤC HÀNH CHÍNH',
      tasks: [
        {
          code: '1',
          content:
            'Tham mưu UBND tỉnh xây dựng Kế hoạch thực hiện hoạt động kiểm soát thủ tục hành chính và thực hiện cơ chế một cửa, cơ chế một cửa liên thông trong giải quyết thủ tục hành chính tại cơ quan hành chính nhà năm 2020',
          product: 'Quyết định ban hành kế hoạch',
          lead: 'Văn phòng UBND tỉnh',
          coordinating: ['Các sở, ban, ngành tỉnh và UBND cấp huyện'],
          deadlineText: 'Tháng 01/2020',
          deadline: { milestones: [{ due: '2020-01-31', text: 'Tháng 01/2020' }], continuous: false },
        },
        {
          code: '2',
          content: 'Tham mưu UBND tỉnh xây dựng Kế hoạch rà soát thủ tục hành chính trên địa bàn tỉnh Kiên Giang năm 2020',
          product: 'Quyết định ban hành kế hoạch',
          lead: 'Văn phòng UBND tỉnh',
          coordinating: ['Các sở, ngành liên quan và UBND cấp huyện'],
          deadlineText: 'Tháng 01/2020',
          deadline: { milestones: [{ due: '2020-01-31', text: 'Tháng 01/2020' }], continuous: false },
        },
        {
          code: '3',
          content:
            'Tham mưu UBND tỉnh xây dựng Kế hoạch kiểm tra công tác kiểm soát thủ tục hành chính và thực hiện cơ chế một cửa, cơ chế một cửa liên thông trong giải quyết thủ tục hành chính tại cơ quan hành chính nhà năm 2020',
          product: 'Quyết định ban hành kế hoạch',
          lead: 'Văn phòng UBND tỉnh',
          coordinating: ['Các sở, ngành liên quan và UBND cấp huyện'],
          deadlineText: 'Quý I/2020',
          deadline: { milestones: [{ due: '2020-03-31', text: 'Quý I/2020' }], continuous: false },
          notes: 'Kiểm tra chuyên đề KSTTHC và giải quyết TTHC theo cơ chế một cửa, một cửa liên thông',
        },
        {
          code: '4',
          content:
            'Tham mưu UBND tỉnh xây dựng Kế hoạch tuyên truyền trong công tác kiểm soát thủ tục hành chính trên địa bàn tỉnh Kiên Giang năm 2020',
          product: 'Quyết định ban hành kế hoạch',
          lead: 'Văn phòng UBND tỉnh',
          coordinating: ['Các sở, ngành liên quan và UBND cấp huyện'],
          deadlineText: 'Quý I/2020',
          deadline: { milestones: [{ due: '2020-03-31', text: 'Quý I/2020' }], continuous: false },
        },
        {
          code: '5',
          content:
            'Tham mưu UBND tỉnh xây dựng Kế hoạch tập huấn nghiệp vụ kiểm soát thủ tục hành chính cho hệ thống cán bộ, công chức đầu mối kiểm soát thủ tục hành chính trên địa bàn tỉnh',
          product: 'Quyết định ban hành kế hoạch',
          lead: 'Văn phòng UBND tỉnh',
          coordinating: ['Các sở, ngành liên quan và UBND cấp huyện'],
          deadlineText: 'Quý I/2020',
          deadline: { milestones: [{ due: '2020-03-31', text: 'Quý I/2020' }], continuous: false },
        },
      ],
    },
    {
      code: 'III',
      title: 'CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH',
      tasks: [
        {
          code: '1',
          content: 'Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nông nghiệp và Phát triển nông thôn',
          product: 'Quyết định',
          lead: 'Sở Nội vụ',
          coordinating: ['Sở Nông nghiệp và Phát triển nông thôn'],
          deadlineText: 'Quý I/2020',
          deadline: { milestones: [{ due: '2020-03-31', text: 'Quý I/2020' }], continuous: false },
        },
        {
          code: '2',
          content: 'Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Văn hóa và Thể thao',
          product: 'Quyết định',
          lead: 'Sở Nội vụ',
          coordinating: ['Sở Văn hóa và Thể thao'],
          deadlineText: 'Quý I/2020',
          deadline: { milestones: [{ due: '2020-03-31', text: 'Quý I/2020' }], continuous: false },
        },
        {
          code: '3',
          content: 'Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Quản lý Khu kinh tế tỉnh',
          product: 'Quyết định',
          lead: 'Sở Nội vụ',
          coordinating: ['Ban Quản lý Khu kinh tế tỉnh'],
          deadlineText: 'Quý I/2020',
          deadline: { milestones: [{ due: '2020-03-31', text: 'Quý I/2020' }], continuous: false },
        },
        {
          code: '4',
          content: 'Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Ban Quản lý Khu kinh tế Phú Quốc',
          product: 'Quyết định',
          lead: 'Sở Nội vụ',
          coordinating: ['Ban Quản lý Khu kinh tế Phú Quốc'],
          deadlineText: 'Quý I/2020',
          deadline: { milestones: [{ due: '2020-03-31', text: 'Quý I/2020' }], continuous: false },
        },
      ],
    },
    {
      code: 'IV',
      title: 'XÂY DỰNG VÀ NÂNG CAO CHẤT LƯỢNG ĐỘI NGŨ CÁN BỘ, CÔNG CHỨC, VIÊN CHỨC',
      tasks: [
        {
          code: '1',
          content: 'Xây dựng kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2020',
          product: 'Phê duyệt của Tỉnh ủy và UBND tỉnh',
          lead: 'Sở Nội vụ',
          coordinating: ['Các sở, ban, ngành tỉnh và UBND cấp huyện'],
          deadlineText: 'Xây dựng kế hoạch trong tháng 12/2019; thực hiện thường xuyên',
          deadline: {
            milestones: [{ due: '2019-12-31', label: 'Xây dựng kế hoạch', text: 'Xây dựng kế hoạch trong tháng 12/2019' }],
            continuous: true,
          },
        },
        {
          code: '2',
          content: 'Tham mưu UBND tỉnh xây dựng Đề án thi nâng ngạch công chức trong các cơ quan hành chính nhà nước',
          product: 'Đề án thi nâng ngạch công chức',
          lead: 'Sở Nội vụ',
          coordinating: ['Các sở, ban, ngành tỉnh và UBND cấp huyện'],
          deadlineText: 'Quý II/2020',
          deadline: { milestones: [{ due: '2020-06-30', text: 'Quý II/2020' }], continuous: false },
        },
      ],
    },
    {
      code: 'V',
      title: 'CẢI CÁCH TÀI CHÍNH CÔNG',
      tasks: [
        {
          code: '1',
          content:
            'Thực hiện cơ chế tự chủ, tự chịu trách nhiệm về sử dụng kinh phí quản lý hành chính theo Nghị định số 130/2005/NĐ-CP và Nghị định số 117/2013/NĐ-CP của Chính phủ',
          product: 'Báo cáo/ VB triển khai',
          lead: 'Sở Tài chính',
          coordinating: ['Các sở, ban, ngành tỉnh và UBND cấp huyện, cấp xã'],
          deadlineText: 'Quý I/2020',
          deadline: { milestones: [{ due: '2020-03-31', text: 'Quý I/2020' }], continuous: false },
        },
        {
          code: '2',
          content:
            'Thực hiện cơ chế tự chủ của đơn vị sự nghiệp công lập trong lĩnh vực sự nghiệp kinh tế và sự nghiệp khác theo Nghị định số 141/2016/NĐ-CP của Chính phủ.',
          product: 'Quyết định/ Báo cáo',
          lead: 'Cơ quan chủ quản cấp trên đơn vị sự nghiệp thực hiện theo Nghị định số 141/2016/NĐ-CP',
          coordinating: ['Sở Tài chính'],
          deadlineText: 'Quý IV/2020',
          deadline: { milestones: [{ due: '2020-12-31', text: 'Quý IV/2020' }], continuous: false },
        },
        {
          code: '3',
          content: 'Thực hiện cơ chế tự chủ của tổ chức khoa học và công nghệ công lập theo Nghị định số 54/2016/NĐ-CP của Chính phủ',
          product: 'Quyết định/ Báo cáo',
          lead: 'Sở Khoa học và Công nghệ',
          coordinating: ['Sở Tài chính'],
          deadlineText: 'Quý IV/2020',
          deadline: { milestones: [{ due: '2020-12-31', text: 'Quý IV/2020' }], continuous: false },
        },
        {
          code: '4',
          content:
            'Cải cách tiền lương và thực hiện chế độ, chính sách đối với cán bộ, công chức, viên chức theo lộ trình cải cách tiền lương của Chính phủ',
          product: 'Công văn/ Báo cáo',
          lead: 'Sở Tài chính',
          coordinating: ['Các sở, ban, ngành tỉnh và UBND cấp huyện, cấp xã'],
          deadlineText: 'Quý IV/2020',
          deadline: { milestones: [{ due: '2020-12-31', text: 'Quý IV/2020' }], continuous: false },
        },
      ],
    },
    {
      code: 'VI',
      title: 'HIỆN ĐẠI HÓA NỀN HÀNH CHÍNH',
      tasks: [],
      sections: [
        {
          code: 'A',
          title: 'Ứng dụng công nghệ thông tin',
          tasks: [
            {
              code: '1',
              content: 'Kế hoạch ứng dụng công nghệ thông tin trong các cơ quan nhà nước tỉnh Kiên Giang năm 2020.',
              product: 'Kế hoạch',
              lead: 'Sở Thông tin và Truyền thông',
              coordinating: ['Các cơ quan nhà nước trên địa bàn tỉnh Kiên Giang'],
              deadlineText: 'Quý IV/2019',
              deadline: { milestones: [{ due: '2019-12-31', text: 'Quý IV/2019' }], continuous: false },
            },
            {
              code: '2',
              content: 'Quy chế hoạt động Đội ứng cứu sự cố máy tính tỉnh Kiên Giang',
              product: 'Quyết định',
              lead: 'Sở Thông tin và Truyền thông',
              coordinating: ['Các cơ quan nhà nước trên địa bàn tỉnh Kiên Giang'],
              deadlineText: 'Quý II/2020',
              deadline: { milestones: [{ due: '2020-06-30', text: 'Quý II/2020' }], continuous: false },
            },
            {
              code: '3',
              content:
                'Tham mưu Ủy ban nhân dân tỉnh ban hành Kế hoạch hành động thực hiện số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị về chủ trương, chính sách chủ động tham gia cuộc Cách mạng công nghiệp lần thứ tư',
              product: 'Chương trình',
              lead: 'Sở Thông tin và Truyền thông',
              coordinating: ['Cấp ủy đảng, chính quyền, Mặt trận Tổ quốc và đoàn thể'],
              deadlineText: 'Quý I/2020',
              deadline: { milestones: [{ due: '2020-03-31', text: 'Quý I/2020' }], continuous: false },
            },
            {
              code: '4',
              content: 'Kế hoạch hoạt động Ban Chỉ đạo Chính quyền điện tử tỉnh Kiên Giang',
              product: 'Kế hoạch',
              lead: 'Sở Thông tin và Truyền thông',
              coordinating: ['Các cơ quan nhà nước trên địa bàn tỉnh Kiên Giang'],
              deadlineText: 'Quý I/2020',
              deadline: { milestones: [{ due: '2020-03-31', text: 'Quý I/2020' }], continuous: false },
            },
          ],
        },
        {
          code: 'B',
          title: 'Áp dụng Hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001',
          tasks: [
            {
              code: '1',
              content:
                'Kế hoạch xây dựng, áp dụng, duy trì và cải tiến hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 vào hoạt động của các cơ quan hành chính nhà nước tỉnh Kiên Giang năm 2020',
              product: 'Kế hoạch',
              lead: 'Sở Khoa học và Công nghệ',
              coordinating: ['Các sở, ban, ngành tỉnh và UBND cấp huyện'],
              deadlineText: 'Quý I/2020',
              deadline: { milestones: [{ due: '2020-03-31', text: 'Quý I/2020' }], continuous: false },
            },
            {
              code: '2',
              content:
                'Quyết định phê duyệt kế hoạch kiểm tra hoạt động xây dựng, áp dụng, duy trì và cải tiến hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại các cơ quan hành chính nhà nước tỉnh Kiên Giang năm 2020.',
              product: 'Quyết định',
              lead: 'Sở Khoa học và Công nghệ',
              coordinating: ['Sở Nội vụ, Văn phòng UBND tỉnh'],
              deadlineText: 'Quý II/2020',
              deadline: { milestones: [{ due: '2020-06-30', text: 'Quý II/2020' }], continuous: false },
            },
            {
              code: '3',
              content:
                'Đề án triển khai ứng dụng công nghệ thông tin vào hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 trong hoạt động của các cơ quan hành chính tỉnh Kiên Giang giai đoạn 2020-2025',
              product: 'Đề án',
              lead: 'Sở Khoa học và Công nghệ',
              coordinating: ['Sở Thông tin và Truyền thông, Sở Tài chính; các sở, ban, ngành tỉnh và UBND cấp huyện'],
              deadlineText: 'Quý II/2020',
              deadline: { milestones: [{ due: '2020-06-30', text: 'Quý II/2020' }], continuous: false },
            },
          ],
        },
      ],
    },
    {
      code: 'VII',
      title: 'CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH',
      tasks: [
        {
          code: '1',
          content: 'Xây dựng Kế hoạch cải cách hành chính của tỉnh năm 2020',
          product: 'Kế hoạch',
          lead: 'Sở Nội vụ',
          coordinating: ['Các sở, ban, ngành tỉnh và UBND cấp huyện, cấp xã'],
          deadlineText: '- Ban hành tháng 12/2019; - Thực hiện thường xuyên',
          deadline: { milestones: [{ due: '2019-12-31', label: 'Ban hành', text: 'Ban hành tháng 12/2019' }], continuous: true },
        },
        {
          code: '2',
          content: 'Xây dựng Kế hoạch thông tin, tuyên truyền về CCHC nhà nước năm 2020',
          product: 'Kế hoạch',
          lead: 'Sở Nội vụ',
          coordinating: ['Các sở, ban, ngành tỉnh và UBND cấp huyện, các cơ quan thông tin đại chúng'],
          deadlineText: '- Xây dựng kế hoạch quý I; - Thực hiện thường xuyên',
          deadline: { milestones: [{ due: '2020-03-31', label: 'Xây dựng kế hoạch', text: 'Xây dựng kế hoạch quý I' }], continuous: true },
        },
        {
          code: '3',
          content: 'Xây dựng kế hoạch và thực hiện kiểm tra công tác CCHC năm 2020',
          product: 'Kế hoạch',
          lead: 'Sở Nội vụ',
          coordinating: ['Các sở, ngành liên quan'],
          deadlineText: 'XD kế hoạch quý I; thực hiện quý III',
          deadline: {
            milestones: [
              { due: '2020-03-31', label: 'XD kế hoạch', text: 'XD kế hoạch quý I' },
              { due: '2020-09-30', label: 'thực hiện', text: 'thực hiện quý III' },
            ],
            continuous: false,
          },
        },
        {
          code: '4',
          content: 'Xây dựng Kế hoạch phát động thi đua chuyên đề CCHC năm 2020',
          product: 'Kế hoạch',
          lead: 'Sở Nội vụ',
          coordinating: ['Các sở, ban, ngành tỉnh và UBND cấp huyện'],
          deadlineText: '- Xây dựng kế hoạch quý I; - Thực hiện trong năm.',
          deadline: {
            milestones: [
              { due: '2020-03-31', label: 'Xây dựng kế hoạch', text: 'Xây dựng kế hoạch quý I' },
              { due: '2020-12-31', label: 'Thực hiện', text: 'Thực hiện trong năm' },
            ],
            continuous: false,
          },
        },
        {
          code: '5',
          content:
            'Tham mưu UBND tỉnh tổ chức điều tra xã hội học đo lường mức độ hài lòng của tổ chức và công dân đối với sự phục vụ của cơ quan hành chính nhà nước cấp xã trên địa bàn tỉnh Kiên Giang (30% số đơn vị hành chính cấp xã trong tỉnh)',
          product: 'Kế hoạch',
          lead: 'Sở Nội vụ',
          coordinating: ['UBND cấp huyện, cấp xã'],
          deadlineText: 'Quý II/2020',
          deadline: { milestones: [{ due: '2020-06-30', text: 'Quý II/2020' }], continuous: false },
          notes: 'Theo Quyết định số 2640/QĐ-BNV ngày 10/10/2017 của Bộ Nội vụ và Kế hoạch số 104/KH-UBND ngày 06/6/2018 của UBND tỉnh',
        },
        {
          code: '6',
          content:
            'Tự đánh giá, chấm điểm để xác định chỉ số CCHC của UBND tỉnh Kiên Giang năm 2019 theo Quyết định số 2636/QĐ-BNV ngày 10/12/2018 của Bộ Nội vụ',
          product: 'Báo cáo',
          lead: 'Sở Nội vụ',
          coordinating: ['Các sở, ban, ngành tỉnh và UBND cấp huyện'],
          deadlineText: 'Trước ngày 15/02/2020',
          deadline: { milestones: [{ due: '2020-02-14', text: 'Trước ngày 15/02/2020' }], continuous: false },
        },
        {
          code: '7',
          content:
            'Thực hiện đánh giá chấm điểm xếp hạng kết quả CCHC năm 2019 cho các sở, ban, ngành tỉnh; UBND cấp huyện theo Quy định của UBND tỉnh',
          product: 'Quyết định',
          lead: 'Sở Nội vụ',
          coordinating: ['Các sở, ban, ngành tỉnh và UBND cấp huyện'],
          deadlineText: 'Quý II/2020',
          deadline: { milestones: [{ due: '2020-06-30', text: 'Quý II/2020' }], continuous: false },
        },
      ],
    },
  ],
});
