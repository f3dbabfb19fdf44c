import type { Report, ReportCheck, ReportFigure, ReportSection, ReportTable } from '../audit/report-schema.js';
import type { UnitEvent } from '../quota/unit-reduction.js';
import { kienGiang2019DossierTable } from './kien-giang-2019-dossiers.js';
import { deepFreeze } from '../core/_internal/freeze.js';

// Transcription of the quantitative content of Kiên Giang's 2019 CCHC report (§I–II and Phụ lục II–V), as printed,
// errors included. Numbers are those of the seed text; "04" is 4, "3.145" is 3145. The checks below say which
// printed figures must agree; the audit (auditReport) finds where they do not.

type Fig = ReportFigure;
const fig = (id: string, value: number, labelVi: string, labelEn: string, printed?: string, unit?: Fig['unit']): Fig => ({
  id,
  value,
  label: { vi: labelVi, en: labelEn },
  ...(printed !== undefined ? { printed } : {}),
  ...(unit !== undefined ? { unit } : {}),
});

const sections: ReportSection[] = [
  {
    id: 'I.1',
    title: { vi: 'Công tác chỉ đạo, điều hành', en: 'Direction and management' },
    figures: [
      fig(
        'I.1.par-units',
        42,
        'Số sở, ban, ngành và UBND cấp huyện được công bố Chỉ số CCHC năm 2018',
        'Departments and districts with a published 2018 PAR index',
        '42',
      ),
      fig('I.1.excellent', 14, 'Xếp loại xuất sắc', 'Class excellent', '14'),
      fig('I.1.good', 22, 'Xếp loại tốt', 'Class good', '22'),
      fig('I.1.fair', 4, 'Xếp loại khá', 'Class fair', '04'),
      fig('I.1.average', 2, 'Xếp loại trung bình', 'Class average', '02'),
    ],
  },
  {
    id: 'I.2',
    title: { vi: 'Về kiểm tra cải cách hành chính', en: 'Administrative reform inspections' },
    figures: [
      fig('I.2.inspected-departments', 9, 'Sở, ban, ngành cấp tỉnh được kiểm tra', 'Provincial departments inspected', '09'),
      fig('I.2.inspected-districts', 5, 'UBND cấp huyện được kiểm tra', 'District people’s committees inspected', '05'),
      fig('I.2.inspected-communes', 9, 'Đơn vị cấp xã được kiểm tra', 'Communes inspected', '09'),
      fig('I.2.correction-documents', 14, 'Văn bản chấn chỉnh sau kiểm tra', 'Correction documents issued after inspection', '14'),
    ],
  },
  {
    id: 'II.1',
    title: { vi: 'Cải cách thể chế', en: 'Institutional reform' },
    figures: [
      fig(
        'II.1.legal-documents',
        42,
        'VBQPPL do HĐND và UBND tỉnh ban hành',
        'Legal documents issued by the People’s Council and Committee',
        '42',
      ),
      fig('II.1.legal-resolutions', 21, 'Nghị quyết', 'Resolutions', '21'),
      fig('II.1.legal-decisions', 21, 'Quyết định', 'Decisions', '21'),
      fig('II.1.inspection-notices', 8, 'Thông báo kết luận kiểm tra thi hành pháp luật', 'Law-enforcement inspection conclusions', '08'),
      fig(
        'II.1.inspected-departments',
        3,
        'Sở, ngành được kiểm tra (Sở Y tế, Sở LĐ-TB&XH, BHXH tỉnh)',
        'Departments inspected (Health, Labour, Social Insurance)',
        '03',
      ),
      fig(
        'II.1.inspected-districts',
        5,
        'UBND huyện được kiểm tra (An Biên, An Minh, Giồng Riềng, Hòn Đất, Phú Quốc)',
        'Districts inspected',
        '05',
      ),
      fig('II.1.repealed-decisions', 70, 'Quyết định bị bãi bỏ (QĐ 20/2019/QĐ-UBND)', 'Decisions repealed', '70'),
      fig('II.1.repealed-directives', 39, 'Chỉ thị bị bãi bỏ (QĐ 20/2019/QĐ-UBND)', 'Directives repealed', '39'),
      fig('II.1.expired', 34, 'VBQPPL hết hiệu lực toàn bộ', 'Legal documents wholly expired', '34'),
      fig('II.1.expired-resolutions', 21, 'Nghị quyết hết hiệu lực toàn bộ', 'Resolutions wholly expired', '21'),
      fig('II.1.expired-decisions', 13, 'Quyết định hết hiệu lực toàn bộ', 'Decisions wholly expired', '13'),
      fig('II.1.partly-expired', 10, 'VBQPPL hết hiệu lực một phần', 'Legal documents partly expired', '10'),
      fig('II.1.partly-expired-resolutions', 5, 'Nghị quyết hết hiệu lực một phần', 'Resolutions partly expired', '05'),
      fig('II.1.partly-expired-decisions', 5, 'Quyết định hết hiệu lực một phần', 'Decisions partly expired', '05'),
    ],
  },
  {
    id: 'II.2.1',
    title: { vi: 'Cải cách thủ tục hành chính', en: 'Administrative procedure reform' },
    figures: [
      fig('II.2.1.publication-decisions', 23, 'Quyết định công bố TTHC', 'Decisions publishing procedures', '23'),
      fig('II.2.1.published', 854, 'TTHC được công bố', 'Procedures published', '854'),
      fig('II.2.1.published-new', 285, 'TTHC mới ban hành', 'New procedures', '285'),
      fig('II.2.1.published-amended', 217, 'TTHC sửa đổi, bổ sung', 'Amended procedures', '217'),
      fig('II.2.1.published-repealed', 352, 'TTHC bãi bỏ', 'Repealed procedures', '352'),
      fig(
        'II.2.1.feedback',
        14,
        'Phản ánh, kiến nghị về quy định hành chính đã tiếp nhận và xử lý',
        'Feedback on administrative rules received and handled',
        '14',
      ),
      fig('II.2.1.procedures', 1991, 'Tổng số TTHC trên địa bàn tỉnh', 'Administrative procedures in the province', '1.991'),
      fig('II.2.1.procedures-province', 1621, 'TTHC cấp tỉnh', 'Province-level procedures', '1.621'),
      fig('II.2.1.procedures-district', 249, 'TTHC cấp huyện', 'District-level procedures', '249'),
      fig('II.2.1.procedures-commune', 121, 'TTHC cấp xã', 'Commune-level procedures', '121'),
      fig(
        'II.2.1.procedures-at-centre',
        1579,
        'TTHC thực hiện tại Trung tâm Phục vụ hành chính công',
        'Procedures handled at the Public Administration Service Centre',
        '1579',
      ),
    ],
  },
  {
    id: 'II.2.2',
    title: { vi: 'Thực hiện cơ chế một cửa, cơ chế một cửa liên thông', en: 'One-stop and inter-agency one-stop mechanisms' },
    figures: [
      fig(
        'II.2.2.centre-departments',
        20,
        'Cơ quan chuyên môn có TTHC tiếp nhận tại Trung tâm Phục vụ hành chính công (cùng BHXH tỉnh)',
        'Departments served by the Public Administration Service Centre (plus Social Insurance)',
        '20',
      ),
      fig(
        'II.2.2.one-stop-districts',
        15,
        'Huyện, thành phố duy trì một cửa, một cửa điện tử',
        'Districts running one-stop and e-one-stop',
        '15',
      ),
      fig('II.2.2.districts', 15, 'Huyện, thành phố', 'Districts', '15'),
      fig(
        'II.2.2.one-stop-communes',
        145,
        'Xã, phường, thị trấn duy trì một cửa, một cửa điện tử',
        'Communes running one-stop and e-one-stop',
        '145',
      ),
      fig('II.2.2.communes', 145, 'Xã, phường, thị trấn', 'Communes', '145'),
      fig('II.2.2.one-stop-commune', 121, 'TTHC cấp xã thực hiện theo cơ chế một cửa', 'Commune procedures handled one-stop', '121'),
      fig('II.2.2.one-stop-commune-of', 121, 'TTHC cấp xã', 'Commune procedures', '121'),
      fig('II.2.2.one-stop-district', 249, 'TTHC cấp huyện thực hiện theo cơ chế một cửa', 'District procedures handled one-stop', '249'),
      fig('II.2.2.one-stop-district-of', 249, 'TTHC cấp huyện', 'District procedures', '249'),
      fig(
        'II.2.2.one-stop-province',
        1579,
        'TTHC cấp tỉnh thực hiện theo cơ chế một cửa tại Trung tâm (không tính TTHC đặc thù)',
        'Province procedures handled one-stop at the Centre (special procedures excluded)',
        '1579',
      ),
      fig(
        'II.2.2.one-stop-province-of',
        1579,
        'TTHC cấp tỉnh tại Trung tâm (không tính TTHC đặc thù)',
        'Province procedures at the Centre (special procedures excluded)',
        '1579',
      ),
      fig('II.2.2.inter-agency-commune', 3, 'TTHC cấp xã theo cơ chế một cửa liên thông', 'Commune procedures handled inter-agency', '03'),
      fig(
        'II.2.2.inter-agency-district',
        13,
        'TTHC cấp huyện theo cơ chế một cửa liên thông (đất đai)',
        'District procedures handled inter-agency (land)',
        '13',
      ),
      fig(
        'II.2.2.inter-agency-centre',
        120,
        'TTHC liên thông tại Trung tâm Phục vụ hành chính công',
        'Inter-agency procedures at the Centre',
        '120',
      ),
      fig('II.2.2.inter-agency-centre-business', 93, 'Thủ tục đăng ký và thành lập doanh nghiệp', 'Business registration procedures', '93'),
      fig('II.2.2.inter-agency-centre-land', 27, 'Thủ tục về đất đai', 'Land procedures', '27'),
      fig(
        'II.2.2.postal-procedures',
        1008,
        'TTHC thực hiện qua dịch vụ bưu chính công ích',
        'Procedures available by public postal service',
        '1.008',
      ),
    ],
  },
  {
    id: 'II.3',
    title: { vi: 'Cải cách tổ chức bộ máy hành chính nhà nước', en: 'Reform of the state administrative apparatus' },
    figures: [
      fig(
        'II.3.departments',
        20,
        'Cơ quan chuyên môn thuộc UBND tỉnh',
        'Specialised departments of the provincial People’s Committee',
        '20',
      ),
      fig('II.3.provincial-bodies', 5, 'Cơ quan hành chính thuộc tỉnh', 'Other provincial administrative bodies', '05'),
      fig(
        'II.3.restructured-departments',
        14,
        'Cơ quan chuyên môn được quy định lại chức năng, nhiệm vụ, cơ cấu tổ chức',
        'Departments with a new organisation decision',
        '14',
      ),
      fig('II.3.pending-departments', 5, 'Sở, ngành đang hoàn chỉnh đề án sắp xếp', 'Departments whose reorganisation is pending', '05'),
      fig('II.3.offices-cut', 25, 'Đầu mối (phòng) trực thuộc giảm qua sắp xếp', 'Internal offices cut by the reorganisation', '25'),
      fig('II.3.offices-cut.finance', 2, 'Sở Tài chính: phòng giảm', 'Finance: offices cut', '02'),
      fig('II.3.offices-cut.planning', 3, 'Sở Kế hoạch và Đầu tư: phòng giảm', 'Planning and Investment: offices cut', '03'),
      fig('II.3.offices-cut.construction', 2, 'Sở Xây dựng: phòng giảm', 'Construction: offices cut', '02'),
      fig('II.3.offices-cut.inspectorate', 2, 'Thanh tra tỉnh: phòng giảm', 'Inspectorate: offices cut', '02'),
      fig('II.3.offices-cut.justice', 2, 'Sở Tư pháp: phòng giảm', 'Justice: offices cut', '02'),
      fig('II.3.offices-cut.industry', 4, 'Sở Công Thương: phòng giảm', 'Industry and Trade: offices cut', '04'),
      fig('II.3.offices-cut.foreign-affairs', 1, 'Sở Ngoại vụ: phòng giảm', 'Foreign Affairs: offices cut', '01'),
      fig('II.3.offices-cut.home-affairs', 1, 'Sở Nội vụ: phòng giảm', 'Home Affairs: offices cut', '01'),
      fig('II.3.offices-cut.science', 3, 'Sở Khoa học và Công nghệ: phòng giảm', 'Science and Technology: offices cut', '03'),
      fig(
        'II.3.offices-cut.labour',
        2,
        'Sở Lao động - Thương binh và Xã hội: phòng giảm',
        'Labour, Invalids and Social Affairs: offices cut',
        '02',
      ),
      fig('II.3.offices-cut.health', 1, 'Sở Y tế: phòng giảm', 'Health: offices cut', '01'),
      fig('II.3.offices-cut.ict', 2, 'Sở Thông tin và Truyền thông: phòng giảm', 'Information and Communications: offices cut', '02'),
      fig('II.3.district-offices-dissolved', 24, 'Phòng chuyên môn cấp huyện giải thể', 'District offices dissolved', '24'),
      fig('II.3.district-ethnic-offices', 11, 'Phòng Dân tộc giải thể', 'Ethnic-affairs offices dissolved', '11'),
      fig('II.3.district-health-offices', 13, 'Phòng Y tế giải thể', 'Health offices dissolved', '13'),
      fig(
        'II.3.district-offices-before',
        189,
        'Phòng chuyên môn cấp huyện trước khi giải thể',
        'District offices before the dissolutions',
        '189',
      ),
      fig('II.3.units-cut.schools', 7, 'Trường mầm non, phổ thông sáp nhập (giảm)', 'Schools merged (cut)', '07'),
      fig('II.3.units-cut.college', 1, 'Trường cao đẳng hợp nhất (giảm)', 'Colleges merged (cut)', '01'),
      fig(
        'II.3.units-cut.vocational',
        3,
        'Trung tâm GDNN-GDTX sáp nhập vào trường trung cấp nghề (giảm)',
        'Vocational centres merged into vocational schools (cut)',
        '03',
      ),
      fig(
        'II.3.units-cut.cdc',
        5,
        'Trung tâm Y tế dự phòng hợp nhất thành CDC (giảm)',
        'Preventive-medicine centres merged into the CDC (cut)',
        '05',
      ),
      fig(
        'II.3.units-cut.district-health',
        26,
        'Bệnh viện, TTYT, TT DS-KHHGĐ hợp nhất thành TTYT cấp huyện (giảm)',
        'Hospitals and health and population centres merged into district health centres (cut)',
        '26',
      ),
      fig('II.3.units-cut.standards', 1, 'Trung tâm Kỹ thuật TĐC sáp nhập (giảm)', 'Standards centre merged (cut)', '01'),
      fig(
        'II.3.units-cut.dissolved',
        2,
        'Quỹ Bảo trợ trẻ em, Đoạn Quản lý giao thông thủy bộ giải thể (giảm)',
        'Child-protection fund and waterway-road section dissolved (cut)',
        '02',
      ),
      fig(
        'II.3.units-cut.justice',
        2,
        'Phòng Công chứng số 1 chuyển đổi, Trung tâm Dịch vụ bán đấu giá tài sản giải thể (giảm)',
        'Notary office converted and auction centre dissolved (cut)',
        '02',
      ),
      fig('II.3.preventive-centres', 6, 'Trung tâm Y tế dự phòng được hợp nhất', 'Preventive-medicine centres merged', '06'),
      fig('II.3.hospitals', 11, 'Bệnh viện được hợp nhất', 'Hospitals merged', '11'),
      fig('II.3.health-centres', 15, 'Trung tâm Y tế được hợp nhất', 'Health centres merged', '15'),
      fig('II.3.population-centres', 15, 'Trung tâm Dân số - KHHGĐ được hợp nhất', 'Population centres merged', '15'),
      fig('II.3.district-health-centres', 15, 'Trung tâm Y tế cấp huyện sau hợp nhất', 'District health centres after the merger', '15'),
      fig('II.3.units-now', 958, 'Đơn vị sự nghiệp hiện có toàn tỉnh', 'Public service units in the province now', '958'),
      fig('II.3.units-cut', 52, 'Đơn vị sự nghiệp giảm được', 'Public service units cut', '52'),
      fig('II.3.units-target', 100, 'Kế hoạch giảm đơn vị sự nghiệp đến năm 2021', 'Planned cut of public service units by 2021', '100'),
      fig(
        'II.3.units-equitize',
        5,
        'Đơn vị sự nghiệp cổ phần hóa giai đoạn 2018–2020',
        'Public service units to be equitised in 2018–2020',
        '05',
      ),
      fig('II.3.fn5.base', 10000, 'Chú thích 5: số đơn vị đầu kỳ', 'Footnote 5: units at the start', '10000'),
      fig('II.3.fn5.cut', 7, 'Chú thích 5: giảm 2015–2017', 'Footnote 5: cut in 2015–2017', '07'),
      fig('II.3.fn5.created', 11, 'Chú thích 5: tăng 2015–2017', 'Footnote 5: created in 2015–2017', '11'),
      fig('II.3.fn5.result', 1004, 'Chú thích 5: số đơn vị cuối 2017', 'Footnote 5: units at the end of 2017', '1004'),
      fig('II.3.streamlined', 348, 'Trường hợp tinh giản biên chế năm 2019', 'People streamlined in 2019', '348'),
      fig(
        'II.3.streamlined-progress',
        5.93,
        'Tỷ lệ đạt so với kế hoạch tinh giản đến năm 2021 (mẫu số không in)',
        'Progress against the 2021 streamlining plan (base not printed)',
        '5,93%',
        'percent',
      ),
    ],
  },
  {
    id: 'II.5.1',
    title: { vi: 'Giải ngân kế hoạch đầu tư vốn ngân sách', en: 'Disbursement of the budget investment plan' },
    figures: [
      fig(
        'II.5.1.disbursed',
        3145,
        'Vốn đã giải ngân đến 30/11/2019 (tỷ đồng)',
        'Disbursed to 30/11/2019 (billion VND)',
        '3.145',
        'amount',
      ),
      fig('II.5.1.plan', 5582, 'Kế hoạch vốn năm 2019 (tỷ đồng)', '2019 capital plan (billion VND)', '5.582', 'amount'),
      fig(
        'II.5.1.estimate',
        4689,
        'Ước giải ngân cả năm 2019 (tỷ đồng)',
        'Estimated disbursement for 2019 (billion VND)',
        '4.689',
        'amount',
      ),
    ],
  },
  {
    id: 'II.5.2',
    title: { vi: 'Thực hiện cơ chế tự chủ về tài chính', en: 'Financial autonomy' },
    figures: [
      fig(
        'II.5.2.agencies-autonomous',
        489,
        'Cơ quan hành chính thực hiện NĐ 130/2005 (tỉnh, huyện, xã)',
        'Administrative agencies applying Decree 130/2005',
        '489',
      ),
      fig(
        'II.5.2.agencies',
        489,
        'Cơ quan hành chính nhà nước cấp tỉnh, huyện, xã',
        'State administrative agencies at the three levels',
        '489',
      ),
      fig(
        'II.5.2.units-autonomous',
        851,
        'Đơn vị sự nghiệp công lập thực hiện cơ chế tự chủ tài chính',
        'Public service units under financial autonomy',
        '851',
      ),
      fig(
        'II.5.2.units',
        851,
        'Đơn vị sự nghiệp công lập (mẫu số của "851/851")',
        'Public service units (denominator of "851/851")',
        '851',
      ),
      fig('II.5.2.units-autonomous-province', 138, 'Đơn vị cấp tỉnh thực hiện tự chủ', 'Province units under autonomy', '138'),
      fig('II.5.2.units-province', 138, 'Đơn vị sự nghiệp cấp tỉnh', 'Province public service units', '138'),
      fig('II.5.2.units-autonomous-district', 713, 'Đơn vị cấp huyện thực hiện tự chủ', 'District units under autonomy', '713'),
      fig('II.5.2.units-district', 713, 'Đơn vị sự nghiệp cấp huyện', 'District public service units', '713'),
    ],
  },
  {
    id: 'II.6.1',
    title: { vi: 'Ứng dụng công nghệ thông tin', en: 'Information technology' },
    figures: [
      fig('II.6.1.portals', 51, 'Cổng thông tin điện tử thành phần', 'Component portals', '51'),
      fig('II.6.1.portals-province', 22, 'Cổng TTĐT của sở, ban, ngành cấp tỉnh', 'Portals of provincial departments', '22'),
      fig('II.6.1.portals-district', 15, 'Cổng TTĐT các huyện, thành phố', 'District portals', '15'),
      fig('II.6.1.portals-commune', 14, 'Cổng TTĐT các xã, phường, thị trấn', 'Commune portals', '14'),
      fig('II.6.1a.online-level-1-2', 1446, 'DVCTT mức độ 1 và 2', 'Online services at levels 1–2', '1.446'),
      fig('II.6.1a.online-level-3', 409, 'DVCTT mức độ 3', 'Online services at level 3', '409'),
      fig('II.6.1a.online-level-4', 310, 'DVCTT mức độ 4', 'Online services at level 4', '310'),
      fig(
        'II.6.1a.online-level-4-payment',
        310,
        'DVCTT mức độ 4 được hỗ trợ thanh toán trực tuyến',
        'Level-4 services for online payment',
        '310',
      ),
      fig(
        'II.6.1b.connected-departments',
        21,
        'Sở, ban, ngành cấp tỉnh kết nối phần mềm quản lý văn bản',
        'Provincial departments connected to the document system',
        '21',
      ),
      fig('II.6.1b.connected-districts', 15, 'Đơn vị cấp huyện kết nối phần mềm quản lý văn bản', 'Districts connected', '15'),
      fig('II.6.1b.connected-communes', 145, 'Đơn vị cấp xã kết nối phần mềm quản lý văn bản', 'Communes connected', '145'),
      fig('II.6.1b.connected-district-offices', 327, 'Phòng, ban chuyên môn cấp huyện kết nối', 'District offices connected', '327'),
      fig(
        'II.6.1b.e-documents',
        1464185,
        'Lượt văn bản điện tử gửi, nhận trên môi trường mạng',
        'Electronic documents sent and received',
        '1.464.185',
      ),
      fig('II.6.1b.signatures', 371, 'Chữ ký số cấp cho cơ quan nhà nước', 'Digital signatures issued to state agencies', '371'),
      fig('II.6.1b.signatures-province', 62, 'Chữ ký số tập thể cấp tỉnh', 'Collective signatures, province', '62'),
      fig('II.6.1b.signatures-district', 15, 'Chữ ký số tập thể UBND cấp huyện', 'Collective signatures, districts', '15'),
      fig('II.6.1b.signatures-commune', 95, 'Chữ ký số tập thể UBND cấp xã', 'Collective signatures, communes', '95'),
      fig(
        'II.6.1b.signatures-district-leaders',
        47,
        'Chữ ký số cá nhân lãnh đạo UBND cấp huyện',
        'Personal signatures of district leaders',
        '47',
      ),
      fig(
        'II.6.1c.postal-procedures',
        1008,
        'TTHC tiếp nhận, trả kết quả qua bưu chính công ích (QĐ 1415/QĐ-UBND)',
        'Procedures by public postal service',
        '1.008',
      ),
      fig(
        'II.6.1c.postal-dossiers',
        146637,
        'Hồ sơ tiếp nhận và trả kết quả qua bưu chính công ích (đến hết tháng 10/2019)',
        'Dossiers by public postal service (to October 2019)',
        '146.637',
      ),
      fig('II.6.1c.postal-received', 12757, 'Tiếp nhận tại điểm bưu điện', 'Received at post offices', '12.757'),
      fig('II.6.1c.postal-returned', 133824, 'Trả kết quả qua dịch vụ bưu điện', 'Results returned by post', '133.824'),
      fig(
        'II.6.1c.postal-online',
        56,
        'Tiếp nhận và trả kết quả qua Cổng dịch vụ công trực tuyến',
        'Received and returned through the online portal',
        '56',
      ),
    ],
  },
  {
    id: 'II.6.2',
    title: { vi: 'Áp dụng ISO trong hoạt động của cơ quan hành chính', en: 'ISO 9001 in administrative agencies' },
    figures: [
      fig('II.6.2.courses', 14, 'Khoá đào tạo, tập huấn ISO', 'ISO training courses', '14'),
      fig('II.6.2.converted', 55, 'Cơ quan chuyển đổi sang TCVN ISO 9001:2015', 'Agencies converted to TCVN ISO 9001:2015', '55'),
      fig('II.6.2.iso-agencies', 191, 'Cơ quan áp dụng HTQLCL theo TCVN ISO 9001:2015', 'Agencies applying TCVN ISO 9001:2015', '191'),
      fig('II.6.2.iso-province', 31, 'Cơ quan hành chính cấp tỉnh áp dụng ISO', 'Province agencies applying ISO', '31'),
      fig('II.6.2.iso-district', 15, 'UBND cấp huyện áp dụng ISO', 'Districts applying ISO', '15'),
      fig('II.6.2.iso-commune', 145, 'UBND cấp xã áp dụng ISO', 'Communes applying ISO', '145'),
      fig(
        'II.6.2.iso-announced',
        151,
        'Cơ quan đã công bố HTQLCL phù hợp TCVN ISO 9001:2015',
        'Agencies that announced conformity with TCVN ISO 9001:2015',
        '151',
      ),
    ],
  },
];

/** English names of the appendix rows (the Vietnamese ones are as printed). */
const ROW_EN: Readonly<Record<string, string>> = {
  'plII.1': 'Agencies in the approved reform-inspection plan',
  'plII.2': 'Agencies inspected for administrative reform',
  'plII.3': 'Agencies publishing the full procedure set at the one-stop desk',
  'plII.4': 'Departments in the plan to inspect organisation and operation',
  'plII.5': 'Agencies inspected on organisation and operation',
  'plII.6': 'Agencies with an approved civil-servant structure by job position',
  'plII.7': 'Administrative agencies following the approved civil-servant structure',
  'plII.8': 'Agencies and public service units recruiting as required',
  'plII.9': 'Agencies and public service units following the rules on appointment, rewards and benefits',
  'plII.10': 'Administrative agencies applying the staff-and-budget allocation of Decree 130/2005',
  'plII.11': 'Administrative agencies with internal spending rules under Decree 130/2005',
  'plII.12': 'Administrative agencies with task-completion criteria for extra income',
  'plII.13': 'Public service units under autonomy (Decree 16/2015)',
  'plII.14': 'Public service units with internal spending rules',
  'plII.15': 'Public service units with task-completion criteria for extra income',
  'plII.16': 'Public science and technology organisations with internal spending rules',
  'plII.17': 'Public science and technology organisations with task-completion criteria',
  'plII.18': 'Departments and district units using the document-management software',
  'plII.19': 'Departments and district units using a LAN',
  'plII.20': 'Departments and district units with a web portal',
  'plII.21': 'Agencies that announced a TCVN ISO 9001-conformant quality system',
  'plII.22': 'Agencies that announced TCVN ISO 9001 conformity in the year',
  'plII.23': 'Agencies applying ISO 9001 as required',
  'plII.24': 'Departments with one-stop and inter-agency one-stop',
  'plII.25': 'Districts with one-stop and inter-agency one-stop',
  'plII.26': 'Communes with one-stop and inter-agency one-stop',
  'plII.27': 'Departments and district units meeting the facility standards',
  'plII.28': '"Districts" with a modern one-stop model',
  'plIII.1': 'Administrative agencies',
  'plIII.2': 'Public service units',
  'plIII.3': 'Public science and technology organisations',
  'plIV.1': 'Procedures published in full on the provincial portal',
  'plIV.2': 'Local procedures handled one-stop',
  'plIV.3': 'Procedures handled inter-agency one-stop',
  'plV.1': 'Issues raised by reform inspections',
  'plV.2': 'Citizen and business feedback on local procedures',
  'plV.3': 'Issues raised by inspections of departments and districts',
  'plV.4': 'Issues found by reviewing legal documents',
  'plV.5': 'Issues found by inspecting legal documents',
  'plV.6': 'Government decentralisation rules applied locally',
  'plV.7': 'Legal documents implemented locally',
  'plV.8': 'Legal documents implemented locally and inspected',
  'plV.9': 'Issues found by inspecting the implementation of legal documents',
};

const LEVEL_COLUMNS = [
  { key: 'total', label: { vi: 'Tổng số', en: 'Total' } },
  { key: 'province', label: { vi: 'Cấp tỉnh', en: 'Province' } },
  { key: 'district', label: { vi: 'Cấp huyện', en: 'District' } },
  { key: 'commune', label: { vi: 'Cấp xã', en: 'Commune' } },
];
const LEVEL_SUMS = [{ total: 'total', parts: ['province', 'district', 'commune'] }];
/** A row of a by-level table: [STT, label, total, province, district, commune]; `null` where "/" or blank is printed. */
type LevelRow = [string, string, number, number | null, number | null, number | null];
const levelRows = (table: string, rows: LevelRow[]) =>
  rows.map(([key, labelVi, total, province, district, commune]) => ({
    key,
    label: { vi: labelVi, en: ROW_EN[`${table}.${key}`]! },
    cells: { total, province, district, commune },
  }));

const tables: ReportTable[] = [
  {
    id: 'plII',
    attachedTo: '389 /BC-UBND',
    title: {
      vi: 'Thống kê số lượng cơ quan, đơn vị theo các tiêu chí thực hiện cải cách hành chính',
      en: 'Agencies by administrative-reform criterion',
    },
    location: 'Phụ lục II',
    locationEn: 'Appendix II',
    columns: LEVEL_COLUMNS,
    rowSums: LEVEL_SUMS,
    rows: levelRows('plII', [
      ['1', 'Số cơ quan trong kế hoạch kiểm tra CCHC được phê duyệt', 23, 9, 5, 9],
      ['2', 'Số cơ quan được kiểm tra về CCHC', 23, 9, 5, 9],
      ['3', 'Số cơ quan công khai đầy đủ, đúng quy định bộ thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả', 161, 1, 15, 145],
      ['4', 'Số cơ quan chuyên môn trong kế hoạch kiểm tra, đánh giá tình hình tổ chức hoạt động', 23, 9, 5, 9],
      ['5', 'Số cơ quan được kiểm tra về tình hình tổ chức và hoạt động', 23, 9, 5, 9],
      ['6', 'Số cơ quan có cơ cấu công chức theo vị trí việc làm được phê duyệt', 27, 13, 12, null],
      ['7', 'Số cơ quan hành chính thực hiện đúng cơ cấu công chức được phê duyệt', 27, 13, 12, null],
      [
        '8',
        'Số cơ quan hành chính, đơn vị sự nghiệp dịch vụ công và tương đương thực hiện đúng quy định về tuyển dụng công chức, viên chức',
        33,
        11,
        8,
        14,
      ],
      [
        '9',
        'Số cơ quan hành chính, đơn vị sự nghiệp dịch vụ công thực hiện đúng quy định về sử dụng, bổ nhiệm, khen thưởng và các chế độ chính sách đối với cán bộ, công chức, viên chức',
        824,
        142,
        682,
        null,
      ],
      [
        '10',
        'Số cơ quan hành chính (tỉnh, huyện, xã) thực hiện cơ chế khoán biên chế và kinh phí hành chính theo Nghị định số 130/2005/NĐ-CP',
        489,
        50,
        294,
        145,
      ],
      [
        '11',
        'Số cơ quan hành chính (tỉnh, huyện, xã) ban hành Quy chế chi tiêu nội bộ để triển khai cơ chế khoán biên chế và kinh phí hành chính theo Nghị định số 130/2005/NĐ-CP',
        489,
        50,
        294,
        145,
      ],
      [
        '12',
        'Số cơ quan hành chính (tỉnh, huyện, xã) ban hành tiêu chí đánh giá mức độ hoàn thành nhiệm vụ được giao làm căn cứ chi trả thu nhập tăng thêm cho công chức',
        489,
        50,
        294,
        145,
      ],
      [
        '13',
        'Số đơn vị sự nghiệp cấp tỉnh, cấp huyện thực hiện cơ chế tự chủ, tự chịu trách nhiệm theo Nghị định số 16/2015/NĐ-CP',
        851,
        138,
        713,
        null,
      ],
      ['14', 'Số đơn vị sự nghiệp công lập cấp tỉnh, cấp huyện ban hành quy chế chi tiêu nội bộ', 851, 138, 713, null],
      [
        '15',
        'Số đơn vị sự nghiệp công lập cấp tỉnh, cấp huyện ban hành tiêu chí đánh giá mức độ hoàn thành nhiệm vụ được giao làm căn cứ chi trả thu nhập tăng thêm cho người lao động',
        851,
        138,
        713,
        null,
      ],
      ['16', 'Số tổ chức khoa học và công nghệ công lập cấp tỉnh, cấp huyện ban hành quy chế chi tiêu nội bộ', 2, 2, null, null],
      [
        '17',
        'Số tổ chức khoa học và công nghệ công lập cấp tỉnh, cấp huyện ban hành tiêu chí đánh giá mức độ hoàn thành nhiệm vụ được giao làm căn cứ chi trả thu nhập tăng thêm cho người lao động',
        2,
        2,
        null,
        null,
      ],
      [
        '18',
        'Số cơ quan chuyên môn cấp tỉnh và đơn vị hành chính cấp huyện triển khai ứng dụng phần mềm quản lý văn bản',
        182,
        22,
        15,
        145,
      ],
      [
        '19',
        'Số cơ quan chuyên môn cấp tỉnh và đơn vị hành chính cấp huyện sử dụng mạng nội bộ (mạng LAN) để trao đổi công việc',
        182,
        22,
        15,
        145,
      ],
      ['20', 'Số cơ quan chuyên môn cấp tỉnh và đơn vị hành chính cấp huyện có cổng (hoặc trang) thông tin điện tử', 51, 22, 15, 14],
      ['21', 'Số cơ quan, đơn vị đã công bố Hệ thống quản lý chất lượng phù hợp tiêu chuẩn TCVN ISO 9001', 191, 31, 15, 145],
      ['22', 'Số cơ quan, đơn vị đã công bố Hệ thống quản lý chất lượng phù hợp tiêu chuẩn TCVN ISO 9001 trong năm', 55, 30, 15, 10],
      ['23', 'Số cơ quan, đơn vị thực hiện đúng quy định chuẩn ISO 9001', 191, 31, 15, 145],
      [
        '24',
        'Số cơ quan chuyên môn cấp tỉnh có giải quyết công việc liên quan trực tiếp tới người dân, doanh nghiệp triển khai cơ chế một cửa, cơ chế một cửa liên thông',
        22,
        22,
        null,
        null,
      ],
      ['25', 'Số đơn vị hành chính cấp huyện triển khai cơ chế một cửa, cơ chế một cửa liên thông', 15, null, 15, null],
      [
        '26',
        'Số đơn vị hành chính cấp xã triển khai cơ chế một cửa, cơ chế một cửa liên thông (trừ các xã được Thủ tướng Chính phủ cho phép chưa thực hiện)',
        145,
        null,
        null,
        145,
      ],
      [
        '27',
        'Số cơ quan chuyên môn cấp tỉnh và đơn vị hành chính cấp huyện đạt yêu cầu về cơ sở vật chất, trang thiết bị theo quy định',
        182,
        22,
        15,
        145,
      ],
      ['28', 'Số huyện thực hiện mô hình một cửa hiện đại', 37, 22, 15, null],
    ]),
  },
  {
    id: 'plIII',
    attachedTo: '339/BC-UBND',
    title: { vi: 'Thống kê số lượng cơ quan, tổ chức', en: 'Agencies and organisations' },
    location: 'Phụ lục III',
    locationEn: 'Appendix III',
    columns: LEVEL_COLUMNS,
    rowSums: LEVEL_SUMS,
    rows: levelRows('plIII', [
      ['1', 'Cơ quan hành chính', 335, 25, 165, 145],
      ['2', 'Đơn vị sự nghiệp công lập (đơn vị sự nghiệp dịch vụ công) trực thuộc', 901, 276, 625, null],
      ['3', 'Tổ chức khoa học và công nghệ công lập (cấp tỉnh, cấp huyện)', 2, 2, null, null],
    ]),
  },
  {
    id: 'plIV',
    attachedTo: 'BC-UBND',
    title: { vi: 'Số lượng thủ tục hành chính', en: 'Administrative procedures' },
    location: 'Phụ lục IV',
    locationEn: 'Appendix IV',
    columns: LEVEL_COLUMNS,
    rowSums: LEVEL_SUMS,
    rate: {
      numerator: 'total',
      denominator: { figure: 'II.2.1.procedures' },
      label: { vi: 'Tỷ lệ % so với tổng số TTHC trong bộ TTHC', en: 'Share of the procedures in the set' },
    },
    rows: [
      ...levelRows('plIV', [
        [
          '1',
          'Số TTHC được công khai đầy đủ, đúng quy định trên Cổng thông tin điện tử hoặc Trang thông tin điện tử của tỉnh',
          1991,
          1621,
          249,
          121,
        ],
      ]).map((r) => ({ ...r, printedRate: '100%' })),
      ...levelRows('plIV', [
        ['2', 'Số lượng các TTHC thực hiện ở địa phương được giải quyết theo cơ chế một cửa', 1991, 1621, 249, 121],
      ]).map((r) => ({ ...r, printedRate: '100%' })),
      ...levelRows('plIV', [['3', 'Số TTHC giải quyết theo cơ chế một cửa liên thông', 136, 120, 13, 3]]).map((r) => ({
        ...r,
        printedRate: '6,8%',
      })),
    ],
  },
  {
    id: 'plV',
    attachedTo: '389 /BC-UBND',
    title: {
      vi: 'Tổng hợp các vấn đề xử lý trong quá trình triển khai nhiệm vụ CCHC',
      en: 'Issues handled while carrying out the reform tasks',
    },
    location: 'Phụ lục V',
    locationEn: 'Appendix V',
    columns: [
      { key: 'total', label: { vi: 'Tổng số', en: 'Total' } },
      { key: 'done', label: { vi: 'Đã xử lý/Đã thực hiện', en: 'Handled / done' } },
    ],
    rate: { numerator: 'done', denominator: { column: 'total' }, label: { vi: 'Tỷ lệ % so với tổng số', en: 'Share of the total' } },
    rows: (
      [
        ['1', 'Số vấn đề đặt ra sau kiểm tra CCHC', 24, 24, '100%'],
        ['2', 'Số phản ánh kiến nghị của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết của địa phương', 24, 24, '100%'],
        [
          '3',
          'Số vấn đề đặt ra sau kiểm tra, đánh giá tình hình tổ chức và hoạt động của các cơ quan chuyên môn cấp tỉnh, cấp huyện',
          24,
          24,
          '100%',
        ],
        ['4', 'Số vấn đề phát hiện sau khi rà soát văn bản quy phạm pháp luật (VBQPPL) thực hiện tại địa phương', 0, 0, '0'],
        ['5', 'Số vấn đề phát hiện sau khi tiến hành kiểm tra VBQPPL tại địa phương', 0, 0, '0'],
        ['6', 'Số quy định của Chính phủ về phân cấp được thực hiện ở địa phương', 1, 1, '100%'],
        ['7', 'Số VBQPPL được tổ chức triển khai thực hiện tại địa phương (tổng số các văn bản của các ngành, lĩnh vực)', 52, 52, '100%'],
        ['8', 'Số VBQPPL thực hiện tại địa phương được kiểm tra (tổng số các văn bản của các ngành, lĩnh vực)', 22, 22, '100%'],
        ['9', 'Số vấn đề phát hiện qua kiểm tra việc thực hiện VBQPPL tại địa phương', 0, 0, '100%'],
      ] as [string, string, number, number, string][]
    ).map(([key, labelVi, total, done, printedRate]) => ({
      key,
      label: { vi: labelVi, en: ROW_EN[`plV.${key}`]! },
      cells: { total, done },
      printedRate,
    })),
  },
];

const EQUITISATION = {
  figure: 'II.3.units-equitize',
  label: {
    vi: '05 đơn vị sự nghiệp công lập cổ phần hóa giai đoạn 2018–2020 (Công văn 1268/TTg-ĐMDN)',
    en: 'the 5 public service units slated for equitisation in 2018–2020 (Official Letter 1268/TTg-ĐMDN)',
  },
};

const checks: ReportCheck[] = [
  // §I.1 — PAR index classes of the 42 departments and districts, with printed shares
  {
    kind: 'shares',
    id: 'I.1.par-classes',
    label: {
      vi: 'Xếp loại Chỉ số CCHC năm 2018 của 42 sở, ban, ngành và UBND cấp huyện',
      en: '2018 PAR index classes of the 42 departments and districts',
    },
    total: 'I.1.par-units',
    items: [
      { figure: 'I.1.excellent', printedShare: '33,3%' },
      { figure: 'I.1.good', printedShare: '52,40%' },
      { figure: 'I.1.fair', printedShare: '9,52%' },
      { figure: 'I.1.average', printedShare: '4,78%' },
    ],
  },
  // §I.2 — inspections: the body's 09 + 05 + 09 against Phụ lục II row 2, and the "above 30%" claim
  {
    kind: 'parts',
    id: 'I.2.inspected-vs-annex',
    label: { vi: 'Số cơ quan được kiểm tra CCHC (thân báo cáo so với Phụ lục II)', en: 'Agencies inspected (body vs Appendix II)' },
    total: 'plII.2.total',
    parts: ['I.2.inspected-departments', 'I.2.inspected-districts', 'I.2.inspected-communes'],
    exhaustive: true,
  },
  {
    kind: 'claim',
    id: 'I.2.inspection-coverage',
    label: {
      vi: 'Tỷ lệ sở, ngành và UBND cấp huyện được kiểm tra ("đạt trên 30%")',
      en: 'Share of departments and districts inspected ("above 30%")',
    },
    numerator: ['I.2.inspected-departments', 'I.2.inspected-districts'],
    denominator: 'I.1.par-units',
    comparison: 'at-least',
    percent: 30,
    inclusive: false,
    printed: 'trên 30%',
    note: {
      vi: 'Mẫu số không được in; ở đây lấy 42 sở, ban, ngành và UBND cấp huyện được xếp loại ở §I.1.',
      en: 'The base is not printed; the 42 departments and districts ranked in §I.1 are used.',
    },
  },
  // §II.1 — legal documents
  {
    kind: 'parts',
    id: 'II.1.legal-documents',
    label: { vi: 'VBQPPL ban hành', en: 'Legal documents issued' },
    total: 'II.1.legal-documents',
    parts: ['II.1.legal-resolutions', 'II.1.legal-decisions'],
    exhaustive: true,
  },
  {
    kind: 'parts',
    id: 'II.1.inspection-notices',
    label: { vi: 'Thông báo kết luận kiểm tra', en: 'Inspection conclusions' },
    total: 'II.1.inspection-notices',
    parts: ['II.1.inspected-departments', 'II.1.inspected-districts'],
    exhaustive: true,
  },
  {
    kind: 'parts',
    id: 'II.1.expired',
    label: { vi: 'VBQPPL hết hiệu lực toàn bộ', en: 'Legal documents wholly expired' },
    total: 'II.1.expired',
    parts: ['II.1.expired-resolutions', 'II.1.expired-decisions'],
    exhaustive: true,
  },
  {
    kind: 'parts',
    id: 'II.1.partly-expired',
    label: { vi: 'VBQPPL hết hiệu lực một phần', en: 'Legal documents partly expired' },
    total: 'II.1.partly-expired',
    parts: ['II.1.partly-expired-resolutions', 'II.1.partly-expired-decisions'],
    exhaustive: true,
  },
  // §II.2.1 — procedures
  {
    kind: 'parts',
    id: 'II.2.1.published',
    label: { vi: 'TTHC được công bố (mới, sửa đổi, bãi bỏ)', en: 'Procedures published (new, amended, repealed)' },
    total: 'II.2.1.published',
    parts: ['II.2.1.published-new', 'II.2.1.published-amended', 'II.2.1.published-repealed'],
    exhaustive: true,
  },
  {
    kind: 'rate',
    id: 'II.2.1.feedback-handled',
    label: { vi: 'Tỷ lệ phản ánh, kiến nghị được xử lý', en: 'Share of feedback handled' },
    numerator: 'II.2.1.feedback',
    denominator: 'II.2.1.feedback',
    printed: '100%',
  },
  {
    kind: 'parts',
    id: 'II.2.1.procedures',
    label: { vi: 'Tổng số TTHC theo cấp', en: 'Procedures by level' },
    total: 'II.2.1.procedures',
    parts: ['II.2.1.procedures-province', 'II.2.1.procedures-district', 'II.2.1.procedures-commune'],
    exhaustive: true,
  },
  {
    kind: 'same',
    id: 'II.2.1.procedures-vs-annex',
    label: { vi: 'Tổng số TTHC', en: 'Procedures in the province' },
    figures: ['II.2.1.procedures', 'plIV.1.total', 'plIV.2.total'],
  },
  {
    kind: 'same',
    id: 'II.2.1.feedback-vs-annex',
    label: { vi: 'Số phản ánh, kiến nghị về TTHC/quy định hành chính', en: 'Feedback on procedures and administrative rules' },
    figures: ['II.2.1.feedback', 'plV.2.total'],
    note: {
      vi: 'Hai nơi có thể đếm phạm vi khác nhau ("quy định hành chính" và "TTHC thuộc thẩm quyền của địa phương"); báo cáo không giải thích.',
      en: 'The two places may count different scopes ("administrative rules" vs "procedures under local authority"); the report does not say.',
    },
  },
  // §II.2.2 — one-stop
  {
    kind: 'rate',
    id: 'II.2.2.one-stop-commune',
    label: { vi: 'Tỷ lệ TTHC cấp xã thực hiện theo cơ chế một cửa', en: 'Commune procedures handled one-stop' },
    numerator: 'II.2.2.one-stop-commune',
    denominator: 'II.2.2.one-stop-commune-of',
    printed: '100%',
  },
  {
    kind: 'rate',
    id: 'II.2.2.one-stop-district',
    label: { vi: 'Tỷ lệ TTHC cấp huyện thực hiện theo cơ chế một cửa', en: 'District procedures handled one-stop' },
    numerator: 'II.2.2.one-stop-district',
    denominator: 'II.2.2.one-stop-district-of',
    printed: '100%',
  },
  {
    kind: 'rate',
    id: 'II.2.2.one-stop-province',
    label: {
      vi: 'Tỷ lệ TTHC cấp tỉnh thực hiện theo cơ chế một cửa tại Trung tâm',
      en: 'Province procedures handled one-stop at the Centre',
    },
    numerator: 'II.2.2.one-stop-province',
    denominator: 'II.2.2.one-stop-province-of',
    printed: '100%',
  },
  {
    kind: 'same',
    id: 'II.2.2.commune-procedures',
    label: { vi: 'TTHC cấp xã', en: 'Commune procedures' },
    figures: ['II.2.2.one-stop-commune-of', 'II.2.1.procedures-commune', 'plIV.2.commune'],
  },
  {
    kind: 'same',
    id: 'II.2.2.district-procedures',
    label: { vi: 'TTHC cấp huyện', en: 'District procedures' },
    figures: ['II.2.2.one-stop-district-of', 'II.2.1.procedures-district', 'plIV.2.district'],
  },
  {
    kind: 'same',
    id: 'II.2.2.centre-procedures',
    label: { vi: 'TTHC tại Trung tâm Phục vụ hành chính công', en: 'Procedures at the Centre' },
    figures: ['II.2.2.one-stop-province-of', 'II.2.1.procedures-at-centre'],
  },
  {
    kind: 'parts',
    id: 'II.2.2.inter-agency-centre',
    label: { vi: 'TTHC liên thông tại Trung tâm', en: 'Inter-agency procedures at the Centre' },
    total: 'II.2.2.inter-agency-centre',
    parts: ['II.2.2.inter-agency-centre-business', 'II.2.2.inter-agency-centre-land'],
    exhaustive: true,
  },
  {
    kind: 'parts',
    id: 'II.2.2.inter-agency-vs-annex',
    label: {
      vi: 'TTHC liên thông theo cấp (thân báo cáo so với Phụ lục IV)',
      en: 'Inter-agency procedures by level (body vs Appendix IV)',
    },
    total: 'plIV.3.total',
    parts: ['II.2.2.inter-agency-centre', 'II.2.2.inter-agency-district', 'II.2.2.inter-agency-commune'],
    exhaustive: true,
  },
  {
    kind: 'same',
    id: 'II.2.2.one-stop-districts',
    label: { vi: 'Huyện triển khai một cửa', en: 'Districts with one-stop' },
    figures: ['II.2.2.one-stop-districts', 'II.2.2.districts', 'plII.25.total'],
  },
  {
    kind: 'same',
    id: 'II.2.2.one-stop-communes',
    label: { vi: 'Xã triển khai một cửa', en: 'Communes with one-stop' },
    figures: ['II.2.2.one-stop-communes', 'II.2.2.communes', 'plII.26.total'],
  },
  {
    kind: 'same',
    id: 'II.2.2.postal-procedures',
    label: { vi: 'TTHC qua dịch vụ bưu chính công ích', en: 'Procedures by public postal service' },
    figures: ['II.2.2.postal-procedures', 'II.6.1c.postal-procedures'],
  },
  // §II.3 — apparatus, units, streamlining
  {
    kind: 'identity',
    id: 'II.3.provincial-bodies-vs-annex',
    label: {
      vi: 'Cơ quan hành chính cấp tỉnh (20 cơ quan chuyên môn + 05 cơ quan thuộc tỉnh)',
      en: 'Province administrative bodies (20 departments + 5 other bodies)',
    },
    terms: [{ figure: 'II.3.departments' }, { figure: 'II.3.provincial-bodies' }],
    result: 'plIII.1.province',
  },
  {
    kind: 'parts',
    id: 'II.3.offices-cut',
    label: { vi: 'Đầu mối trực thuộc giảm (chú thích 4)', en: 'Internal offices cut (footnote 4)' },
    total: 'II.3.offices-cut',
    parts: [
      'II.3.offices-cut.finance',
      'II.3.offices-cut.planning',
      'II.3.offices-cut.construction',
      'II.3.offices-cut.inspectorate',
      'II.3.offices-cut.justice',
      'II.3.offices-cut.industry',
      'II.3.offices-cut.foreign-affairs',
      'II.3.offices-cut.home-affairs',
      'II.3.offices-cut.science',
      'II.3.offices-cut.labour',
      'II.3.offices-cut.health',
      'II.3.offices-cut.ict',
    ],
    exhaustive: true,
  },
  {
    kind: 'parts',
    id: 'II.3.district-offices-dissolved',
    label: { vi: 'Phòng chuyên môn cấp huyện giải thể', en: 'District offices dissolved' },
    total: 'II.3.district-offices-dissolved',
    parts: ['II.3.district-ethnic-offices', 'II.3.district-health-offices'],
    exhaustive: true,
  },
  {
    kind: 'identity',
    id: 'II.3.district-offices-vs-annex',
    label: {
      vi: 'Phòng chuyên môn cấp huyện còn lại (189 − 24) so với Phụ lục III',
      en: 'District offices left (189 − 24) vs Appendix III',
    },
    terms: [{ figure: 'II.3.district-offices-before' }, { figure: 'II.3.district-offices-dissolved', sign: -1 }],
    result: 'plIII.1.district',
  },
  {
    kind: 'identity',
    id: 'II.3.district-health-merger',
    label: {
      vi: 'Hợp nhất 11 bệnh viện, 15 TTYT và 15 TT DS-KHHGĐ thành 15 TTYT cấp huyện',
      en: 'Merging 11 hospitals, 15 health and 15 population centres into 15 district health centres',
    },
    terms: [
      { figure: 'II.3.hospitals' },
      { figure: 'II.3.health-centres' },
      { figure: 'II.3.population-centres' },
      { figure: 'II.3.district-health-centres', sign: -1 },
    ],
    result: 'II.3.units-cut.district-health',
  },
  {
    kind: 'parts',
    id: 'II.3.units-cut',
    label: { vi: 'Số đơn vị sự nghiệp giảm được so với các trường hợp liệt kê', en: 'Public service units cut vs the cases listed' },
    total: 'II.3.units-cut',
    parts: [
      'II.3.units-cut.schools',
      'II.3.units-cut.college',
      'II.3.units-cut.vocational',
      'II.3.units-cut.cdc',
      'II.3.units-cut.district-health',
      'II.3.units-cut.standards',
      'II.3.units-cut.dissolved',
      'II.3.units-cut.justice',
    ],
    exhaustive: true,
    explanations: [EQUITISATION],
  },
  {
    kind: 'rate',
    id: 'II.3.units-progress',
    label: { vi: 'Tiến độ giảm đơn vị sự nghiệp so với lộ trình đến năm 2021', en: 'Unit cuts against the 2021 roadmap' },
    numerator: 'II.3.units-cut',
    denominator: 'II.3.units-target',
    printed: '52%',
  },
  {
    kind: 'identity',
    id: 'II.3.footnote-5',
    label: { vi: 'Chú thích 5: biến động số đơn vị sự nghiệp 2015–2017', en: 'Footnote 5: public service units 2015–2017' },
    terms: [{ figure: 'II.3.fn5.base' }, { figure: 'II.3.fn5.cut', sign: -1 }, { figure: 'II.3.fn5.created' }],
    result: 'II.3.fn5.result',
    severity: 'warning',
    note: {
      vi: '1.000 − 7 + 11 = 1.004 thì đúng, nên "10000" có lẽ là lỗi đánh máy của 1.000; phần còn lại của chú thích bị cắt nên không đối chiếu được với 958 đơn vị.',
      en: '1,000 − 7 + 11 = 1,004 holds, so "10000" is probably a typo for 1,000; the rest of the footnote is cut off, so it cannot be reconciled with the 958 units.',
    },
  },
  {
    kind: 'same',
    id: 'II.3.units-vs-annex',
    label: { vi: 'Số đơn vị sự nghiệp công lập hiện có toàn tỉnh', en: 'Public service units in the province now' },
    figures: ['II.3.units-now', 'plIII.2.total'],
    note: { vi: 'Báo cáo không giải thích phần chênh.', en: 'The report does not explain the difference.' },
  },
  // §II.5.1 — disbursement
  {
    kind: 'rate',
    id: 'II.5.1.disbursed-rate',
    label: { vi: 'Tỷ lệ giải ngân đến 30/11/2019', en: 'Disbursement rate to 30/11/2019' },
    numerator: 'II.5.1.disbursed',
    denominator: 'II.5.1.plan',
    printed: '56,35%',
  },
  {
    kind: 'rate',
    id: 'II.5.1.estimate-rate',
    label: { vi: 'Tỷ lệ ước giải ngân cả năm 2019', en: 'Estimated disbursement rate for 2019' },
    numerator: 'II.5.1.estimate',
    denominator: 'II.5.1.plan',
    printed: '84,17%',
    note: {
      vi: 'Báo cáo so với "kế hoạch vốn cả năm" mà không in con số; nếu đó không phải 5.582 tỷ thì cần ghi rõ.',
      en: 'The report compares with "the full-year capital plan" without printing it; if that is not 5,582 billion it should say so.',
    },
  },
  // §II.5.2 — autonomy
  {
    kind: 'parts',
    id: 'II.5.2.units',
    label: {
      vi: 'Đơn vị sự nghiệp công lập theo cấp (mẫu số của "851/851")',
      en: 'Public service units by level (denominator of "851/851")',
    },
    total: 'II.5.2.units',
    parts: ['II.5.2.units-province', 'II.5.2.units-district'],
    exhaustive: true,
  },
  {
    kind: 'parts',
    id: 'II.5.2.units-autonomous',
    label: { vi: 'Đơn vị sự nghiệp thực hiện tự chủ theo cấp', en: 'Units under autonomy by level' },
    total: 'II.5.2.units-autonomous',
    parts: ['II.5.2.units-autonomous-province', 'II.5.2.units-autonomous-district'],
    exhaustive: true,
  },
  {
    kind: 'same',
    id: 'II.5.2.units-autonomous-vs-annex-II',
    label: { vi: 'Đơn vị sự nghiệp thực hiện tự chủ', en: 'Units under autonomy' },
    figures: ['II.5.2.units-autonomous', 'plII.13.total'],
  },
  {
    kind: 'same',
    id: 'II.5.2.units-vs-annex-III',
    label: {
      vi: 'Số đơn vị sự nghiệp công lập cấp tỉnh, cấp huyện ("851/851" đơn vị thực hiện tự chủ so với Phụ lục III)',
      en: 'Province and district public service units ("851/851" under autonomy vs Appendix III)',
    },
    figures: ['II.5.2.units', 'plIII.2.total'],
    note: {
      vi: 'Theo cấp: 138 so với 276 ở cấp tỉnh và 713 so với 625 ở cấp huyện — số đơn vị cấp huyện thực hiện tự chủ lớn hơn số đơn vị sự nghiệp cấp huyện mà Phụ lục III thống kê.',
      en: 'By level: 138 vs 276 at province level and 713 vs 625 at district level — more district units under autonomy than Appendix III counts district units.',
    },
  },
  {
    kind: 'same',
    id: 'II.5.2.agencies-vs-annex-III',
    label: {
      vi: 'Số cơ quan hành chính nhà nước cấp tỉnh, huyện, xã ("489/489" thực hiện NĐ 130/2005 so với Phụ lục III)',
      en: 'State administrative agencies ("489/489" under Decree 130/2005 vs Appendix III)',
    },
    figures: ['II.5.2.agencies', 'plII.10.total', 'plIII.1.total'],
    note: {
      vi: 'Có thể NĐ 130/2005 được tính theo đơn vị dự toán (kể cả chi cục) còn Phụ lục III đếm cơ quan hành chính; báo cáo không nói rõ.',
      en: 'Decree 130/2005 may be counted by budget unit (sub-departments included) while Appendix III counts administrative agencies; the report does not say.',
    },
  },
  // §II.6.1 — IT
  {
    kind: 'parts',
    id: 'II.6.1.portals',
    label: { vi: 'Cổng TTĐT thành phần', en: 'Component portals' },
    total: 'II.6.1.portals',
    parts: ['II.6.1.portals-province', 'II.6.1.portals-district', 'II.6.1.portals-commune'],
    exhaustive: true,
  },
  { kind: 'same', id: 'II.6.1.portals-vs-annex', label: { vi: 'Cổng TTĐT', en: 'Portals' }, figures: ['II.6.1.portals', 'plII.20.total'] },
  {
    kind: 'parts',
    id: 'II.6.1a.online-services',
    label: {
      vi: 'DVCTT theo mức độ so với tổng số TTHC ("100% các TTHC được cung cấp trực tuyến")',
      en: 'Online services by level vs the procedures ("100% of procedures online")',
    },
    total: 'II.2.1.procedures',
    parts: ['II.6.1a.online-level-1-2', 'II.6.1a.online-level-3', 'II.6.1a.online-level-4'],
    exhaustive: true,
    severity: 'warning',
    note: {
      vi: 'Nếu mỗi TTHC ứng với một DVCTT thì ba mức độ phải cộng lại đúng số TTHC; báo cáo không nói một TTHC có thể có nhiều DVCTT.',
      en: 'If each procedure is one online service, the three levels must add up to the procedures; the report does not say a procedure may have several services.',
    },
  },
  {
    kind: 'same',
    id: 'II.6.1a.level-4',
    label: { vi: 'DVCTT mức độ 4', en: 'Level-4 online services' },
    figures: ['II.6.1a.online-level-4', 'II.6.1a.online-level-4-payment'],
  },
  {
    kind: 'same',
    id: 'II.6.1b.document-system-vs-annex',
    label: {
      vi: 'Số sở, ban, ngành cấp tỉnh dùng phần mềm quản lý văn bản',
      en: 'Provincial departments on the document-management system',
    },
    figures: ['II.6.1b.connected-departments', 'plII.18.province'],
    note: {
      vi: 'Thân báo cáo nói đã kết nối "đến tất cả các sở, ngành" (21 đơn vị), nhưng cũng đếm 22 cổng TTĐT của sở, ban, ngành cấp tỉnh.',
      en: 'The body says "all departments" are connected (21), yet it also counts 22 portals of provincial departments.',
    },
  },
  {
    kind: 'shares',
    id: 'II.6.1b.e-document-shares',
    label: { vi: 'Văn bản trao đổi giữa các cơ quan nhà nước của tỉnh', en: 'Documents exchanged between the province’s state agencies' },
    items: [
      { label: { vi: 'Hoàn toàn trên môi trường mạng', en: 'Fully online' }, printedShare: '65%' },
      { label: { vi: 'Dạng điện tử song song với văn bản giấy', en: 'Electronic alongside paper' }, printedShare: '35%' },
    ],
  },
  {
    kind: 'parts',
    id: 'II.6.1b.signatures',
    label: { vi: 'Chữ ký số (các loại được liệt kê)', en: 'Digital signatures (the kinds listed)' },
    total: 'II.6.1b.signatures',
    parts: [
      'II.6.1b.signatures-province',
      'II.6.1b.signatures-district',
      'II.6.1b.signatures-commune',
      'II.6.1b.signatures-district-leaders',
    ],
    exhaustive: false,
  },
  {
    kind: 'parts',
    id: 'II.6.1c.postal-dossiers',
    label: { vi: 'Hồ sơ qua bưu chính công ích', en: 'Dossiers by public postal service' },
    total: 'II.6.1c.postal-dossiers',
    parts: ['II.6.1c.postal-received', 'II.6.1c.postal-returned', 'II.6.1c.postal-online'],
    exhaustive: true,
  },
  // §II.6.2 — ISO
  {
    kind: 'parts',
    id: 'II.6.2.iso-agencies',
    label: { vi: 'Cơ quan áp dụng ISO theo cấp', en: 'Agencies applying ISO by level' },
    total: 'II.6.2.iso-agencies',
    parts: ['II.6.2.iso-province', 'II.6.2.iso-district', 'II.6.2.iso-commune'],
    exhaustive: true,
  },
  {
    kind: 'parts',
    id: 'II.6.2.iso-announced',
    label: { vi: 'Cơ quan đã công bố ISO (trong số cơ quan áp dụng)', en: 'Agencies that announced ISO conformity (of those applying)' },
    total: 'II.6.2.iso-agencies',
    parts: ['II.6.2.iso-announced'],
    exhaustive: false,
  },
  {
    kind: 'same',
    id: 'II.6.2.iso-agencies-vs-annex',
    label: { vi: 'Cơ quan áp dụng ISO', en: 'Agencies applying ISO' },
    figures: ['II.6.2.iso-agencies', 'plII.23.total'],
  },
  {
    kind: 'same',
    id: 'II.6.2.iso-announced-vs-annex',
    label: { vi: 'Số cơ quan đã công bố HTQLCL phù hợp TCVN ISO 9001', en: 'Agencies that announced TCVN ISO 9001 conformity' },
    figures: ['II.6.2.iso-announced', 'plII.21.total'],
    note: {
      vi: 'Thân báo cáo nói 151 đơn vị đã công bố và dự kiến đến cuối năm 2019 tất cả sẽ công bố; Phụ lục II có thể đã tính trước.',
      en: 'The body says 151 have announced and all are expected to by the end of 2019; Appendix II may count ahead.',
    },
  },
  {
    kind: 'same',
    id: 'II.6.2.converted-vs-annex',
    label: { vi: 'Cơ quan công bố ISO trong năm', en: 'Agencies announcing ISO in the year' },
    figures: ['II.6.2.converted', 'plII.22.total'],
  },
];

/**
 * The quantitative content of Kiên Giang's 2019 CCHC report (Báo cáo 389/BC-UBND, 09/12/2019, "Công tác cải cách
 * hành chính năm 2019 và nhiệm vụ trọng tâm năm 2020"): the figures of §I–II, Phụ lục II–V as tables, the checks that
 * tie them together, and the dossier table (`kienGiang2019DossierTable`, reused, not copied). As printed, errors
 * included: `auditReport` lists them.
 *
 * Transcription notes: each annex keeps the document number its caption prints ("Kèm theo Báo cáo số …": Phụ lục III
 * prints 339/BC-UBND, Phụ lục IV no number); Phụ lục II row 10's label is split by a page break in the source and is given whole; "/" and
 * blank cells are `null`; Phụ lục V prints "0" (no sign) as the rate of rows 4–5. The body's streamlining figure
 * "348 trường hợp, đạt 5,93%" has no printed base, so it is kept as figures without a check (5,93% equals the
 * cumulative 2.110 / 35.580 of the provincial portal's September 2019 figures, see `kienGiangStreamlining2019`).
 *
 * @example
 * ```ts
 * import { kienGiang2019Report } from 'cchc/datasets';
 * import { auditReport, isDossierTableFinding } from 'cchc';
 * kienGiang2019Report.documentNumber; // '389/BC-UBND'
 * auditReport(kienGiang2019Report).filter((f) => f.severity === 'error' && !isDossierTableFinding(f)).length; // 6
 * ```
 *
 * @category Datasets
 */
export const kienGiang2019Report = deepFreeze({
  id: 'kien-giang-2019-cchc',
  title: {
    vi: 'Báo cáo công tác cải cách hành chính năm 2019 và nhiệm vụ trọng tâm năm 2020',
    en: 'Report on administrative reform in 2019 and key tasks for 2020',
  },
  issuer: 'Ủy ban nhân dân tỉnh Kiên Giang',
  documentNumber: '389/BC-UBND',
  date: '2019-12-09',
  year: 2019,
  sources: [
    {
      document: 'Báo cáo số 389/BC-UBND của UBND tỉnh Kiên Giang "Công tác cải cách hành chính năm 2019 và nhiệm vụ trọng tâm năm 2020"',
      date: '2019-12-09',
      article: '§I–II, Phụ lục II–V',
      reliability: 'A',
      verified: true,
    },
  ],
  sections,
  tables,
  checks,
  dossierTable: {
    location: '§II.2.2',
    totalLabel: 'Toàn tỉnh',
    rows: kienGiang2019DossierTable.rows.map((r) => ({ ...r, printed: { ...r.printed } })),
  },
} satisfies Report);

/** The value of a figure of the report, by id (used to state the unit events without copying numbers). */
function v(id: string): number {
  for (const s of sections) for (const f of s.figures) if (f.id === id) return f.value;
  throw new Error(`kien-giang-2019-report: no figure ${id}`);
}

/**
 * The changes to public service units that §II.3 of the 2019 report lists, as `unitReduction` events (the numbers are
 * the report's figures). They add up to a net reduction of 47; the report prints 52. The 5 units slated for
 * equitisation in 2018–2020 are not included: the report does not say they are done.
 *
 * @example
 * ```ts
 * import { kienGiang2019UnitEvents } from 'cchc/datasets';
 * import { unitReduction } from 'cchc';
 * unitReduction(kienGiang2019UnitEvents).net; // 47
 * ```
 *
 * @category Datasets
 */
export const kienGiang2019UnitEvents: readonly UnitEvent[] = deepFreeze([
  {
    kind: 'merge',
    from: v('II.3.units-cut.schools'),
    into: 0,
    group: 'education',
    label: 'Sáp nhập 07 trường mầm non, phổ thông (giảm 07 đơn vị)',
  },
  {
    kind: 'merge',
    from: 2,
    into: 1,
    group: 'vocational-training',
    label: 'Hợp nhất Trường CĐ Cộng đồng và Trường CĐ Kinh tế - Kỹ thuật thành Trường CĐ Kiên Giang',
  },
  {
    kind: 'merge',
    from: v('II.3.units-cut.vocational'),
    into: 0,
    group: 'vocational-training',
    label: 'Sáp nhập 03 Trung tâm GDNN-GDTX vào 03 Trường Trung cấp Nghề',
  },
  {
    kind: 'merge',
    from: v('II.3.preventive-centres'),
    into: 1,
    group: 'health',
    label: 'Hợp nhất 06 Trung tâm Y tế dự phòng thành Trung tâm Kiểm soát bệnh tật',
  },
  {
    kind: 'merge',
    from: v('II.3.hospitals') + v('II.3.health-centres') + v('II.3.population-centres'),
    into: v('II.3.district-health-centres'),
    group: 'health',
    label: 'Hợp nhất 11 bệnh viện, 15 TTYT và 15 TT DS-KHHGĐ thành 15 TTYT cấp huyện',
  },
  { kind: 'merge', from: 1, into: 0, group: 'other', label: 'Sáp nhập Trung tâm Kỹ thuật TĐC vào Trung tâm Ứng dụng tiến bộ KH&CN' },
  {
    kind: 'dissolve',
    count: v('II.3.units-cut.dissolved'),
    group: 'other',
    label: 'Giải thể Quỹ Bảo trợ trẻ em và Đoạn Quản lý giao thông thủy bộ',
  },
  { kind: 'convert', count: 1, group: 'justice', label: 'Chuyển Phòng Công chứng số 1 thành văn phòng công chứng' },
  { kind: 'dissolve', count: 1, group: 'justice', label: 'Giải thể Trung tâm Dịch vụ bán đấu giá tài sản' },
] satisfies UnitEvent[]);
