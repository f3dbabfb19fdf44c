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
export const INVALID_INPUT__options = (p: { received: string }): string => `Tùy chọn phải là một đối tượng { … } hoặc bỏ trống, nhận được ${p.received}`;
export const TEXT_TOO_LONG = (p: { max: number; length: number }): string => `Văn bản quá dài: ${p.length} ký tự, tối đa ${p.max}`;
export const INPUT_TOO_LARGE = (p: { max: number; size: number }): string => `Dữ liệu quá lớn: ${p.size} phần tử, tối đa ${p.max}`;
export const INPUT_TOO_DEEP = (p: { max: number }): string => `Dữ liệu lồng nhau quá sâu (tối đa ${p.max} cấp)`;
export const INVALID_DATE_RANGE = (p: { start: string; end: string; startKey: string; endKey: string }): string =>
  `Khoảng thời gian ngược: ${p.endKey} (${p.end}) trước ${p.startKey} (${p.start})`;
export const INVALID_INPUT__range_object = (p: { received: string }): string => `Cần một khoảng thời gian { start, end }, nhận được ${p.received}`;
export const INVALID_INPUT__rate = (p: { received: string }): string =>
  `Cần một tỷ lệ: kết quả của ratio(), { numerator, denominator }, một phân số như 0.85 hoặc chuỗi phần trăm như "85%"; nhận được ${p.received}`;
export const INVALID_NUMBER__finite = (p: { received: string }): string => `Số không hữu hạn: ${p.received}`;
export const INVALID_NUMBER__rateText = (p: { received: string }): string =>
  `Tỷ lệ dạng chữ phải có dấu "%" (vd. "85%"); ${p.received} không được đoán là phân số hay phần trăm — truyền số 0.85 cho phân số`;
export const RATE_OUT_OF_RANGE = (p: { value: string; max: string }): string =>
  p.max ? `Tỷ lệ ${p.value}% nằm ngoài khoảng cho phép [0%, ${p.max}%]` : `Tỷ lệ không được âm: ${p.value}%`;
export const INVALID_LOCALE = (p: { received: string }): string => `Ngôn ngữ không hợp lệ: ${p.received} (dùng 'vi' hoặc 'en')`;
export const INVALID_INPUT__object = (p: { expected: string; received: string }): string => `Cần một đối tượng ${p.expected}, nhận được ${p.received}`;
export const INVALID_DATE__schema = (received: string): string => `Ngày phải có dạng YYYY-MM-DD và có thật trong lịch, nhận được ${received}`;
export const INVALID_TIMESTAMP__schema = (received: string): string => `Ngày giờ phải theo ISO và ghi múi giờ (vd. 2020-01-20T16:30:00+07:00), nhận được ${received}`;
export const INVALID_ADMIN_LEVEL__schema = (received: string): string => `Cấp hành chính phải là 'province', 'district' hoặc 'commune', nhận được ${received}`;
export const INVALID_ROUNDING = (received: string): string => `Cách làm tròn không hợp lệ: ${received} (dùng 'half-up', 'half-even', 'down' hoặc 'up')`;
export const INVALID_COUNT__schema = (received: string): string => `Số đếm phải là số nguyên không âm, nhận được ${received}`;
