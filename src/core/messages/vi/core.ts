// Vietnamese messages of the core layer (thông báo lỗi tiếng Việt), keyed by error code; `CODE__variant` keys are
// further texts of the same code. The English catalogue (`../en/core.ts`) has exactly the same keys and parameters
// (checked by a type test and a unit test). Parameters are already formatted values (`show(x)`), never raw input.

const didYouMean = (s: string): string => (s ? ` — có phải ý bạn là '${s}'?` : '');

export const UNKNOWN_KEY = (p: { key: string; suggestion: string; known: string }): string =>
  `Khóa không được hỗ trợ: ${p.key}${didYouMean(p.suggestion)} (các khóa được dùng: ${p.known})`;
export const INVALID_INPUT__type = (p: { expected: string; received: string }): string => `Cần ${p.expected}, nhận được ${p.received}`;
export const INVALID_INPUT__tooShort = (p: { min: number }): string => (p.min === 1 ? 'Không được để trống' : `Cần ít nhất ${p.min} ký tự`);
export const INVALID_INPUT__range = (p: { min: number | string; max: number | string; received: string }): string =>
  `Giá trị phải nằm trong khoảng [${p.min}, ${p.max}], nhận được ${p.received}`;
export const INVALID_INPUT__choice = (p: { choices: string; received: string; suggestion: string }): string =>
  `Cần một trong ${p.choices}, nhận được ${p.received}${didYouMean(p.suggestion)}`;
export const INVALID_INPUT__tag = (p: { key: string; choices: string; received: string; suggestion: string }): string =>
  `Giá trị ${p.key} không hợp lệ: cần một trong ${p.choices}, nhận được ${p.received}${didYouMean(p.suggestion)}`;
export const INVALID_INPUT__tooFewItems = (p: { min: number }): string => `Danh sách cần ít nhất ${p.min} phần tử`;
export const INVALID_INPUT__options = (p: { received: string }): string =>
  `Tùy chọn phải là một đối tượng { … } hoặc bỏ trống, nhận được ${p.received}`;
export const TEXT_TOO_LONG = (p: { max: number; length: number }): string => `Văn bản quá dài: ${p.length} ký tự, tối đa ${p.max}`;
export const INPUT_TOO_LARGE = (p: { max: number; size: number }): string => `Dữ liệu quá lớn: ${p.size} phần tử, tối đa ${p.max}`;
export const INPUT_TOO_DEEP = (p: { max: number }): string => `Dữ liệu lồng nhau quá sâu (tối đa ${p.max} cấp)`;
export const INVALID_DATE_RANGE = (p: { start: string; end: string; startKey: string; endKey: string }): string =>
  `Khoảng thời gian ngược: ${p.endKey} (${p.end}) trước ${p.startKey} (${p.start})`;
export const INVALID_INPUT__range_object = (p: { received: string }): string =>
  `Cần một khoảng thời gian { start, end }, nhận được ${p.received}`;
export const INVALID_INPUT__rate = (p: { received: string }): string =>
  `Cần một tỷ lệ: kết quả của ratio(), { numerator, denominator }, một phân số như 0.85 hoặc chuỗi phần trăm như "85%"; nhận được ${p.received}`;
export const INVALID_NUMBER__finite = (p: { received: string }): string => `Số không hữu hạn: ${p.received}`;
export const INVALID_NUMBER__rateText = (p: { received: string }): string =>
  `Tỷ lệ dạng chữ phải có dấu "%" (vd. "85%"); ${p.received} không được đoán là phân số hay phần trăm — truyền số 0.85 cho phân số`;
export const RATE_OUT_OF_RANGE = (p: { value: string; max: string }): string =>
  p.max ? `Tỷ lệ ${p.value}% nằm ngoài khoảng cho phép [0%, ${p.max}%]` : `Tỷ lệ không được âm: ${p.value}%`;
export const INVALID_LOCALE = (p: { received: string }): string => `Ngôn ngữ không hợp lệ: ${p.received} (dùng 'vi' hoặc 'en')`;
export const INVALID_INPUT__object = (p: { expected: string; received: string }): string =>
  `Cần một đối tượng ${p.expected}, nhận được ${p.received}`;
export const INVALID_DATE__schema = (received: string): string =>
  `Ngày phải có dạng YYYY-MM-DD và có thật trong lịch, nhận được ${received}`;
export const INVALID_TIMESTAMP__schema = (received: string): string =>
  `Ngày giờ phải theo ISO và ghi múi giờ (vd. 2020-01-20T16:30:00+07:00), nhận được ${received}`;
export const INVALID_ADMIN_LEVEL__schema = (received: string): string =>
  `Cấp hành chính phải là 'province', 'district' hoặc 'commune', nhận được ${received}`;
export const INVALID_ROUNDING = (received: string): string =>
  `Cách làm tròn không hợp lệ: ${received} (dùng 'half-up', 'half-even', 'down' hoặc 'up')`;
export const INVALID_COUNT__schema = (received: string): string => `Số đếm phải là số nguyên không âm, nhận được ${received}`;

// Numbers (decimal.ts, parse-vi-number.ts, ratio.ts, rounding.ts, check-*.ts, largest-remainder.ts)
export const INPUT_TOO_LARGE__digits = (p: { max: number; digits: string }): string =>
  `Số có quá nhiều chữ số (${p.digits}) khi viết đầy đủ: tối đa ${p.max} chữ số`;
export const INVALID_NUMBER__type = (p: { received: string }): string =>
  `Cần một số (number, bigint hoặc Decimal), nhận được ${p.received}`;
export const INVALID_NUMBER__text = (p: { received: string }): string => `Cần một chuỗi số, nhận được ${p.received}`;
export const INVALID_NUMBER__notNumber = (p: { received: string }): string =>
  `Không đọc được số: ${p.received} (ví dụ hợp lệ: "639.677", "56,35", "3.145,5")`;
export const AMBIGUOUS_NUMBER = (p: { received: string }): string =>
  `Số ${p.received} không đúng cách viết tiếng Việt: dấu "." phân cách hàng nghìn (theo sau đúng 3 chữ số), dấu "," là dấu thập phân`;
export const INVALID_NUMBER__percentText = (p: { received: string }): string => `Cần một chuỗi phần trăm, nhận được ${p.received}`;
export const INVALID_NUMBER__missingPercent = (p: { received: string }): string => `Thiếu dấu "%": ${p.received}`;
export const INVALID_NUMBER__emptyPercent = (p: { received: string }): string => `Không có số trong tỷ lệ phần trăm ${p.received}`;
export const INVALID_NUMBER__negativeQuantity = (p: { received: string }): string => `Đại lượng không được âm: ${p.received}`;
export const INVALID_NUMBER__negativeTolerance = (p: { received: string }): string => `Dung sai không được âm: ${p.received}`;
export const INVALID_NUMBER__inexact = (p: { received: string }): string =>
  `Kết quả ${p.received} không biểu diễn chính xác được bằng số JavaScript; hãy truyền các số dưới dạng bigint hoặc Decimal`;
export const INVALID_COUNT__unsafe = (p: { received: string; max: number }): string =>
  `Số đếm ${p.received} vượt quá ${p.max} (số nguyên lớn nhất JavaScript biểu diễn chính xác)`;
export const ZERO_DENOMINATOR = (p: { numerator: string; denominator: string }): string =>
  `Mẫu số bằng 0 (${p.numerator}/${p.denominator}): không tính được tỷ lệ`;
export const ZERO_DENOMINATOR__empty = (): string => 'Danh sách số đếm trống: không chia được tỷ lệ';
export const ZERO_DENOMINATOR__allZero = (): string => 'Tổng các số đếm bằng 0: không chia được tỷ lệ';
export const INVALID_DECIMALS = (p: { received: string }): string =>
  `Số chữ số thập phân phải là số nguyên từ 0 đến 20, nhận được ${p.received}`;
export const INVALID_DECIMALS__printed = (p: { printed: string; decimals: number }): string =>
  `Tỷ lệ in ${p.printed} có ${p.decimals} chữ số thập phân (tối đa 20); hãy truyền decimals`;
export const INVALID_INPUT__ratio = (p: { received: string }): string =>
  `Cần một tỷ lệ (kết quả của ratio() hoặc quantityRatio()), nhận được ${p.received}`;
export const INVALID_INPUT__counts = (p: { received: string }): string => `Cần một mảng số đếm, nhận được ${p.received}`;
export const INVALID_INPUT__boolean = (p: { key: string; received: string }): string =>
  `${p.key} phải là true hoặc false, nhận được ${p.received}`;
export const INVALID_INPUT__nonNegative = (p: { key: string; received: string }): string =>
  `${p.key} phải là một số không âm, nhận được ${p.received}`;
export const INVALID_INPUT__integer = (p: { key: string; received: string }): string =>
  `${p.key} phải là số nguyên, nhận được ${p.received}`;
export const INVALID_ADMIN_LEVEL = (p: { received: string }): string =>
  `Cấp hành chính không hợp lệ: ${p.received} (dùng 'province' | 'district' | 'commune')`;

// Dates and date-times (read-date.ts, iso-date.ts, timestamp.ts, period.ts)
export const INVALID_DATE__noSuchDay = (p: { received: string; year: number; month: number; days: number }): string =>
  `Ngày không có thật: ${p.received}${p.days > 0 ? ` (tháng ${p.month}/${p.year} có ${p.days} ngày)` : ''}`;
export const INVALID_DATE__padding = (p: { received: string }): string =>
  `Ngày phải viết đủ hai chữ số cho tháng và ngày (YYYY-MM-DD): ${p.received}`;
export const INVALID_DATE__dmy = (p: { received: string }): string =>
  `Ngày phải theo dạng ISO YYYY-MM-DD, không phải dd/mm/yyyy: ${p.received}`;
export const INVALID_DATE__dateTime = (p: { received: string }): string => `Cần một ngày (YYYY-MM-DD), không phải ngày giờ: ${p.received}`;
export const INVALID_DATE__format = (p: { received: string }): string => `Không phải ngày ISO YYYY-MM-DD: ${p.received}`;
export const INVALID_DATE__dateObject = (): string =>
  'Nhận được đối tượng Date; hãy truyền chuỗi "YYYY-MM-DD" (ngày lịch không đi qua múi giờ của máy)';
export const INVALID_DATE__type = (p: { received: string }): string => `Cần chuỗi ngày "YYYY-MM-DD", nhận được ${p.received}`;
export const INVALID_DATE__dateOrTimestamp = (p: { received: string }): string =>
  `Cần ngày "YYYY-MM-DD" hoặc ngày giờ có múi giờ, nhận được ${p.received}`;
export const INVALID_DATE__period = (p: { received: string; date: string }): string => `Ngày không có thật trong ${p.received}: ${p.date}`;
export const DATE_OUT_OF_RANGE__dayNumber = (p: { dayNumber: string }): string => `Số ngày ngoài phạm vi năm 0001–9999: ${p.dayNumber}`;
export const DATE_OUT_OF_RANGE__timestamp = (p: { received: string }): string =>
  `Ngày giờ ${p.received} rơi vào một ngày ngoài phạm vi năm 0001–9999 (theo múi giờ được dùng)`;
export const INVALID_TIMESTAMP__type = (p: { received: string }): string => `Cần chuỗi ngày giờ ISO có múi giờ, nhận được ${p.received}`;
export const INVALID_TIMESTAMP__noOffset = (p: { received: string }): string =>
  `Ngày giờ phải ghi múi giờ (ví dụ "+07:00" hoặc "Z"): ${p.received}`;
export const INVALID_TIMESTAMP__format = (p: { received: string }): string =>
  `Không phải ngày giờ ISO có múi giờ (YYYY-MM-DDTHH:mm:ss+07:00): ${p.received}`;
export const INVALID_TIMESTAMP__offset = (p: { received: string }): string => `Múi giờ không hợp lệ: ${p.received}`;
export const INVALID_TIMESTAMP__impossible = (p: { received: string }): string => `Ngày giờ không có thật: ${p.received}`;
export const INVALID_INPUT__offsetMinutes = (p: { received: string }): string =>
  `Độ lệch múi giờ (offsetMinutes) phải là số phút nguyên trong [−1080, 1080], nhận được ${p.received}`;

// Periods (period.ts)
const PERIOD_FORMS =
  '"Tháng 12/2019", "04/2019", "Quý I/2020", "6 tháng đầu năm 2020", "9 tháng năm 2019", "năm 2020", "ngày 15/02/2020", ' +
  '"từ ngày 16/12/2018 đến ngày 15/9/2019", "Quý II - III/2021", "2021-2025"';
export const UNRECOGNIZED_PERIOD = (p: { received: string; why: string }): string =>
  `Không hiểu kỳ ${p.received}${p.why ? ` (${p.why})` : ''}. Các dạng được hỗ trợ: ${PERIOD_FORMS}`;
export const UNRECOGNIZED_PERIOD__whyYears = (p: { first: number; last: number }): string =>
  `năm bắt đầu ${p.first} không trước năm kết thúc ${p.last}`;
export const UNRECOGNIZED_PERIOD__whyMonth = (p: { month: number }): string => `không có tháng ${p.month}`;
export const UNRECOGNIZED_PERIOD__whyMonths = (p: { months: number }): string => `số tháng ${p.months} không hợp lệ`;
export const UNRECOGNIZED_PERIOD__whyReversed = (): string => 'kỳ bắt đầu sau kỳ kết thúc';
export const UNRECOGNIZED_PERIOD__type = (p: { received: string }): string => `Cần một chuỗi mô tả kỳ, nhận được ${p.received}`;
export const UNRECOGNIZED_PERIOD__year = (p: { received: string; year: string }): string =>
  `Năm không hợp lệ trong kỳ ${p.received}: ${p.year}`;
export const MISSING_YEAR = (p: { received: string }): string => `Kỳ ${p.received} không ghi năm; hãy truyền tùy chọn { year }`;
export const INVALID_INPUT__year = (p: { received: string }): string => `Năm không hợp lệ (cần số nguyên 1000–9999): ${p.received}`;
export const INVALID_INPUT__week = (p: { received: string }): string => `Số tuần phải là số nguyên từ 1 đến 53, nhận được ${p.received}`;
export const INVALID_INPUT__weekEndsOn = (p: { received: string }): string =>
  `weekEndsOn là thứ trong tuần: 0 = Chủ nhật … 6 = Thứ bảy, nhận được ${p.received}`;
export const UNRECOGNIZED_PERIOD__weeks = (p: { year: number; weeks: number }): string => `Năm ${p.year} chỉ có ${p.weeks} tuần (ISO 8601)`;

// zod issues converted by zodIssuesToCchc (validate.ts): zod's English text, a Vietnamese summary of its code.
const ZOD_VI: Readonly<Record<string, string>> = {
  invalid_type: 'Sai kiểu dữ liệu',
  too_big: 'Giá trị quá lớn',
  too_small: 'Giá trị quá nhỏ',
  invalid_format: 'Sai định dạng',
  not_multiple_of: 'Không phải bội số',
  unrecognized_keys: 'Khóa không được hỗ trợ',
  invalid_union: 'Không khớp dạng nào',
  invalid_key: 'Khóa không hợp lệ',
  invalid_element: 'Phần tử không hợp lệ',
  invalid_value: 'Giá trị không hợp lệ',
  custom: 'Dữ liệu không hợp lệ',
};

export const INVALID_INPUT__zod = (p: { zodCode: string; message: string }): string =>
  `${Object.hasOwn(ZOD_VI, p.zodCode) ? ZOD_VI[p.zodCode] : 'Dữ liệu không hợp lệ'} (${p.message})`;
export const UNKNOWN_KEY__more = (p: { count: string; max: number }): string =>
  `Đối tượng này còn ${p.count} khóa lạ khác (đã liệt kê ${p.max} khóa đầu): có đúng là đối tượng cần truyền vào không?`;
export const UNKNOWN_KEY__zod = (p: { zodCode: string; message: string }): string => `Khóa không được hỗ trợ (${p.message})`;

// What a schema expected (fragments of INVALID_INPUT__type, schema.ts and schemas.ts)
export const INVALID_INPUT__expectedString = (): string => 'một chuỗi văn bản';
export const INVALID_INPUT__expectedInteger = (): string => 'một số nguyên';
export const INVALID_INPUT__expectedNumber = (): string => 'một số hữu hạn';
export const INVALID_INPUT__expectedBoolean = (): string => 'true hoặc false';
export const INVALID_INPUT__expectedObject = (): string => 'một đối tượng { … }';
export const INVALID_INPUT__expectedArray = (): string => 'một danh sách [ … ]';
export const INVALID_INPUT__expectedPath = (): string => 'một đường dẫn: danh sách các khóa và chỉ số (chuỗi và số nguyên)';
export const INVALID_INPUT__expectedOneOf = (p: { kinds: string }): string => `một trong các dạng: ${p.kinds}`;
export const INVALID_INPUT__expectedIsoDate = (): string => 'một ngày "YYYY-MM-DD" có thật';
export const INVALID_INPUT__expectedTimestamp = (): string => 'ngày giờ ISO có múi giờ';
export const INVALID_INPUT__expectedDecimal = (): string => 'một số hữu hạn (number, bigint hoặc Decimal)';
export const INVALID_INPUT__expectedFiniteDecimal = (): string => 'một Decimal hữu hạn';
export const INVALID_INPUT__percentSign = (): string => 'Tỷ lệ dạng chữ phải có dấu "%"';
export const INVALID_INPUT__url = (): string => 'Địa chỉ phải bắt đầu bằng http:// hoặc https://';
export const INVALID_INPUT__deprecatedWithNew = (p: { old: string; new: string }): string =>
  `Dùng "${p.new}" hoặc tên cũ "${p.old}", không dùng cả hai`;
export const INVALID_INPUT__issues = (): string => 'Lỗi CchcError cần ít nhất một vấn đề { code, path, messageVi, messageEn }';
