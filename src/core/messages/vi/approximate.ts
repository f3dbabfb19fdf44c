// Vietnamese messages of the reader of approximate figures (core, `parse-vi-approximate.ts`), keyed by error code.
// Same keys and parameters in ../vi and ../en. Parameters are already formatted values (`show(x)`), never raw input.

export const INVALID_NUMBER__approxText = (p: { received: string }): string =>
  `Không đọc được số liệu ${p.received} (ví dụ hợp lệ: "4.561", "gần 98%", "hơn 4.500 hồ sơ", "3,87 ngàn", "2,6 nghìn tỷ đồng")`;
export const INVALID_NUMBER__approxExtra = (p: { received: string; extra: string }): string =>
  `Số liệu ${p.received} có phần không đọc được: ${p.extra} (chỉ một số, có thể kèm từ chỉ mức gần đúng, đơn vị, "/" hoặc một khoảng "X–Y")`;
export const INVALID_NUMBER__approxRange = (p: { received: string }): string => `Khoảng ${p.received} ngược chiều: số đầu lớn hơn số sau`;
export const AMBIGUOUS_NUMBER__approxNotation = (p: { received: string; number: string; locale: string; other: string }): string =>
  `Số ${p.number} trong ${p.received} không đúng cách viết ${p.locale === 'en' ? 'tiếng Anh' : 'tiếng Việt'} (locale: '${p.locale}'); ` +
  `nó chỉ đọc được theo cách viết ${p.other === 'en' ? 'tiếng Anh' : 'tiếng Việt'}, nên không đoán: truyền locale: '${p.other}' nếu nguồn viết như vậy`;
export const INVALID_INPUT__approxTolerance = (p: { received: string }): string =>
  `tolerance phải là một số trong [0, 1] (0,1 = 10%), nhận được ${p.received}`;
export const INVALID_NUMBER__approxFraction = (p: { received: string }): string =>
  `${p.received} là một phân số "x/y": ở đây cần một số, hãy tách tử số và mẫu số`;
export const INVALID_NUMBER__approxNegative = (p: { received: string }): string => `${p.received}: số liệu này không được âm`;
export const INPUT_TOO_LARGE__approxDigits = (p: { max: number; digits: string }): string =>
  `Số có quá nhiều chữ số (${p.digits}, tối đa ${p.max}): không phải số liệu của một báo cáo`;
