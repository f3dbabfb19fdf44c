// Vietnamese messages of the plan module (thông báo lỗi tiếng Việt), keyed by error code; `CODE__variant` keys are
// further texts of the same code. The English catalogue (`../en/plan.ts`) has exactly the same keys and parameters.
// Parameters are already formatted values (`show(x)`), never raw input.

/** A count with Vietnamese digit grouping (2000 → "2.000"). */
const n = (x: number): string => {
  const s = String(x);
  let out = '';
  for (let i = 0; i < s.length; i++) out += (i > 0 && (s.length - i) % 3 === 0 ? '.' : '') + s[i];
  return out;
};

const FORMS_LIST = [
  '"Tháng 12/2019"',
  '"Quý I/2020"',
  '"Quý I, II/2021"',
  '"6 tháng đầu năm"',
  '"Năm 2020"',
  '"trong năm"',
  '"trước ngày 15/02/2020"',
  '"trước ngày 20/6 và 20/12"',
  '"15/02/2020"',
  '"cuối tháng 6/2020"',
  '"Quý II - III/2021"',
  '"hàng quý"',
  '"định kỳ 6 tháng, năm"',
  '"trước ngày 25 hằng tháng"',
  '"thực hiện thường xuyên"',
  '"Năm 2021 và các năm tiếp theo"',
];
const FORMS_NOTE = 'có thể ghi việc phải làm trước thời gian ("Xây dựng kế hoạch quý I") và nhiều phần cách nhau bằng ";"';
const FORMS = `${FORMS_LIST.join(', ')}; ${FORMS_NOTE}`;

// ——— parseDeadline ———
export const UNRECOGNIZED_DEADLINE = (p: { text: string; part: string; reason: string; understood: string }): string =>
  `Không đọc được thời hạn ${p.text}: không hiểu phần ${p.part}${p.reason ? ` (${p.reason})` : ''}. ` +
  `Đã hiểu: ${p.understood}. Các dạng đọc được: ${FORMS}`;
export const UNRECOGNIZED_DEADLINE__notText = (p: { received: string }): string => `Cần chuỗi thời hạn, nhận được ${p.received}`;
export const UNRECOGNIZED_DEADLINE__empty = (p: { received: string }): string => `Thời hạn trống: ${p.received}`;
export const UNRECOGNIZED_DEADLINE__needsYear = (): string => 'phần này không ghi năm; hãy truyền { planYear }';
export const UNRECOGNIZED_DEADLINE__dayNotInEveryMonth = (p: { day: number }): string => `không phải tháng nào cũng có ngày ${p.day}`;
export const UNRECOGNIZED_DEADLINE__noFixedDay = (p: { words: string; period: string }): string =>
  `không rõ ngày nào là ${p.words} ${p.period}`;
export const UNRECOGNIZED_DEADLINE__ambiguousRemark = (): string =>
  'ghi chú trong ngoặc ghi một thời gian khác, không nằm trong thời gian trước ngoặc, nên không rõ thời hạn nào đúng';
export const UNRECOGNIZED_DEADLINE__tooComplex = (): string =>
  'phần này lồng nhau quá nhiều để đọc (ngoặc, danh sách, phần thường xuyên nối tiếp nhau)';
export const UNRECOGNIZED_DEADLINE__understoodPart = (p: { part: string; dates: string; continuous: boolean }): string =>
  `${p.part} → ${[p.dates, p.continuous ? 'thường xuyên' : ''].filter((x) => x !== '').join(' + ')}`;
export const UNRECOGNIZED_DEADLINE__nothingUnderstood = (): string => 'không có phần nào';
export const UNRECOGNIZED_DEADLINE__more = (p: { count: number }): string => ` và ${n(p.count)} phần khác`;
export const INVALID_INPUT__planYear = (p: { received: string }): string =>
  `Năm kế hoạch không hợp lệ: ${p.received} (cần một năm từ 1000 đến 9999)`;
export const TEXT_TOO_LONG__deadline = (p: { max: number; length: number }): string =>
  `Thời hạn quá dài: ${n(p.length)} ký tự, tối đa ${n(p.max)} (MAX_DEADLINE_TEXT_LENGTH); một ô thời hạn thật chỉ vài dòng`;

// ——— Plans, tasks and progress records (schemas) ———
export const INVALID_INPUT__emptyDeadline = (): string => 'Thời hạn phải có ít nhất một mốc ngày hoặc là nhiệm vụ thường xuyên';
export const INVALID_PROGRESS__zeroTotal = (): string => 'Tổng số theo kế hoạch (total) phải ít nhất là 1';
export const INVALID_PROGRESS__doneWithoutTotal = (): string => 'Cần ghi cả số đã thực hiện (done) và tổng số (total)';
export const INVALID_PROGRESS__reportedBeforeCompleted = (): string =>
  'Ngày báo cáo (reportedOn) trước ngày hoàn thành (completedOn): không thể báo cáo hoàn thành trước khi hoàn thành';
export const INVALID_PROGRESS__empty = (): string => 'Bản ghi tiến độ trống: cần ngày hoàn thành, số đã thực hiện, minh chứng hoặc ghi chú';
export const INVALID_PROGRESS__noMilestone = (p: { milestone: number; deadline: string; count: number }): string =>
  `Mốc ${p.milestone} không có: thời hạn ${p.deadline} có ${p.count} mốc (đánh số từ 0)`;
export const UNKNOWN_KEY__progressOnTask = (p: { key: string }): string =>
  `${p.key} không phải là trường của nhiệm vụ: tiến độ ghi trong progress, vd. progress: [{ completedOn: '2020-03-20' }]`;
export const DUPLICATE_CODE__task = (p: { section: string; code: string }): string => `Mục ${p.section} có hai nhiệm vụ số ${p.code}`;
export const DUPLICATE_CODE__subsection = (p: { section: string; code: string }): string => `Mục ${p.section} có hai mục con ${p.code}`;
export const DUPLICATE_CODE__section = (p: { code: string }): string => `Kế hoạch có hai mục ${p.code}`;
export const INVALID_INPUT__noSuchTask = (p: { plan: string; id: string }): string => `Kế hoạch ${p.plan} không có nhiệm vụ ${p.id}`;

// ——— taskStatus, planProgress, overdueTasks (options) ———
export const INVALID_INPUT__missingDate = (p: { key: string }): string => `Thiếu ${p.key}: một ngày YYYY-MM-DD`;
export const INVALID_INPUT__planCalendar = (received: string): string =>
  `calendar phải là lịch tạo bởi createWorkCalendar (vd. civilServiceCalendar), nhận được ${received}`;
export const INVALID_INPUT__dueSoonDays = (p: { received: string }): string =>
  `dueSoonDays phải là số nguyên không âm, nhận được ${p.received}`;
export const INVALID_INPUT__dueSoonConflict = (): string =>
  'Không dùng cùng lúc dueSoon và dueSoonDays (đã lỗi thời): chỉ ghi dueSoon: { days, unit }';

// ——— Status counts ———
export const INVALID_INPUT__statusCounts = (p: { received: string }): string =>
  `Cần số nhiệm vụ theo tình trạng { total, … }, nhận được ${p.received}`;
export const INVALID_COUNT__statusTotal = (p: { total: string; sum: number }): string =>
  `Tổng ${p.total} khác tổng các tình trạng (${n(p.sum)})`;
export const INVALID_COUNT__statusSumTooLarge = (p: { key: string }): string =>
  `Tổng ${p.key} vượt quá số nguyên chính xác lớn nhất (2^53 − 1)`;
export const INVALID_INPUT__statusList = (p: { received: string }): string => `Cần một danh sách tình trạng, nhận được ${p.received}`;
export const INVALID_INPUT__status = (p: { received: string; choices: string }): string =>
  `Tình trạng không hợp lệ: ${p.received} (dùng ${p.choices})`;

// ——— Agencies ———
export const INVALID_INPUT__agencyText = (p: { received: string }): string => `Cần tên cơ quan, nhận được ${p.received}`;
export const TEXT_TOO_LONG__agencies = (p: { max: number; length: number }): string =>
  `Tên cơ quan quá dài: ${n(p.length)} ký tự, tối đa ${n(p.max)} (MAX_AGENCY_TEXT_LENGTH)`;
export const INVALID_INPUT__agencyKey = (): string => 'Khóa cơ quan gồm chữ thường không dấu và chữ số, nối bằng "-" (vd. "so-noi-vu")';
export const INVALID_INPUT__agencyName = (): string => 'Tên hoặc tên viết tắt của cơ quan phải có ít nhất một chữ cái hoặc chữ số';
export const INVALID_INPUT__oneAgency = (p: { agency: string; count: number }): string =>
  `Cần đúng một cơ quan, ${p.agency} chỉ ${p.count} cơ quan`;

// ——— Results tables ———
export const UNRECOGNIZED_QUANTITY = (p: { text: string }): string =>
  `Không đọc được số liệu ${p.text}; các dạng đọc được: ` +
  '"34 nhiệm vụ/06 đơn vị", "05 nội dung/toàn tỉnh", "47/63 đơn vị", "179/183 lớp/toàn tỉnh (ghi chú)", "//"';
export const UNRECOGNIZED_QUANTITY__notText = (p: { received: string }): string => `Cần chuỗi số liệu, nhận được ${p.received}`;
export const UNRECOGNIZED_QUANTITY__tooLarge = (p: { number: string; text: string; max: number }): string =>
  `Số ${p.number} trong ${p.text} quá lớn để đếm chính xác (lớn hơn ${n(p.max)})`;
export const TEXT_TOO_LONG__quantity = (p: { max: number; length: number }): string =>
  `Số liệu quá dài: ${n(p.length)} ký tự, tối đa ${n(p.max)} (MAX_RESULT_QUANTITY_TEXT_LENGTH)`;
export const UNIT_MISMATCH = (p: { row: string; planned: string; completed: string }): string =>
  `Dòng ${p.row}: kế hoạch đếm ${p.planned} nhưng kết quả đếm ${p.completed}`;
