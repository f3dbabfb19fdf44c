// Vietnamese messages of the indicator module, keyed by error code (`CODE__variant` for further texts of a code).
// Same keys and parameters in ../vi and ../en.

const didYouMean = (s: string): string => (s ? ` — có phải ý bạn là '${s}'?` : '');

export const UNKNOWN_INDICATOR = (p: { received: string; known: string }): string =>
  `Không có chỉ số ${p.received} trong danh mục; các mã hợp lệ: ${p.known}`;
export const UNKNOWN_TARGET__national = (p: { received: string; known: string }): string =>
  `Không có chỉ tiêu quốc gia ${p.received}; các mã hợp lệ: ${p.known}`;
export const INVALID_INDICATOR__definition = (p: { received: string }): string =>
  `Cần một chỉ số từ defineIndicator() hoặc getIndicator(), hay mã của một chỉ số trong danh mục; nhận được ${p.received}`;
export const INVALID_INDICATOR__id = (): string => 'Mã chỉ số phải viết thường, nối bằng gạch ngang (a-z, 0-9, -), vd. "one-stop-coverage"';
export const INVALID_INDICATOR__noName = (): string => 'Chỉ số cần tên `name` { vi, en }';
export const INVALID_INDICATOR__noSource = (): string => 'Chỉ số cần ít nhất một nguồn trong `sources`';
export const INVALID_INDICATOR__noDenominator = (): string => 'Chỉ số tỷ lệ (%) cần mô tả mẫu số';
export const INVALID_INDICATOR__targetAbove100 = (p: { value: string }): string => `Chỉ tiêu tỷ lệ không thể vượt 100%: ${p.value}`;
export const INVALID_INDICATOR__deprecatedConflict = (p: { key: string; current: string }): string =>
  `${p.key} (tên cũ) khác ${p.current}: chỉ truyền ${p.current}`;
export const INVALID_DATE_RANGE__indicatorValidity = (p: { start: string; end: string; startKey: string; endKey: string }): string =>
  `Thời gian áp dụng ngược: ${p.endKey} (${p.end}) trước ${p.startKey} (${p.start})`;
export const INDICATOR_NOT_IN_FORCE = (p: { id: string; range: string; asOf: string }): string =>
  `Chỉ số "${p.id}" chỉ áp dụng ${p.range}, không áp dụng ngày ${p.asOf}`;
export const INVALID_INPUT__indicatorValuesForm = (): string =>
  'Cần đúng một dạng số liệu: { numerator, denominator? }, { percent } hoặc { rate }, không phải nhiều dạng hay không có gì';
export const INVALID_INPUT__indicatorNoNumerator = (): string => 'Thiếu tử số (numerator)';
export const INVALID_INPUT__indicatorCountNoPercent = (p: { id: string }): string => `Chỉ số "${p.id}" là số đếm, không nhận tỷ lệ %`;
export const INVALID_INPUT__indicatorNoDenominator = (p: { id: string }): string =>
  `Chỉ số tỷ lệ "${p.id}" cần mẫu số (denominator), percent hoặc rate`;
export const RATE_OUT_OF_RANGE__indicatorShare = (p: { id: string; value: string }): string =>
  `Chỉ số "${p.id}" là tỷ lệ trên tổng số nên không vượt 100%, nhận được ${p.value}%`;
export const INVALID_INPUT__indicatorNumeratorAboveDenominator = (p: {
  id: string;
  numerator: string;
  numeratorTerm: string;
  denominator: string;
  denominatorTerm: string;
}): string =>
  `Chỉ số "${p.id}" là tỷ lệ trên tổng số: tử số ${p.numerator} (${p.numeratorTerm}) ` +
  `không thể lớn hơn mẫu số ${p.denominator} (${p.denominatorTerm})`;
export const INVALID_INPUT__indicatorByLevel = (p: { received: string }): string =>
  `Cần { province?, district?, commune? }, nhận được ${p.received}`;
export const INVALID_ADMIN_LEVEL__indicatorLevel = (p: { key: string; suggestion: string }): string =>
  `Cấp hành chính không hợp lệ: ${p.key} (dùng province, district, commune)${didYouMean(p.suggestion)}`;
