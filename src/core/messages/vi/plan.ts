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

const FORMS =
  '"Tháng 12/2019", "Quý I/2020", "Quý I, II/2021", "6 tháng đầu năm", "Năm 2020", "trong năm", "trước ngày 15/02/2020", "trước ngày 20/6 và 20/12", "15/02/2020", "cuối tháng 6/2020", "Quý II - III/2021", "hàng quý", "định kỳ 6 tháng, năm", "trước ngày 25 hằng tháng", "thực hiện thường xuyên", "Năm 2021 và các năm tiếp theo"; có thể ghi việc phải làm trước thời gian ("Xây dựng kế hoạch quý I") và nhiều phần cách nhau bằng ";"';

// ——— parseDeadline ———
export const UNRECOGNIZED_DEADLINE = (p: { text: string; part: string; reason: string; understood: string }): string =>
  `Không đọc được thời hạn ${p.text}: không hiểu phần ${p.part}${p.reason ? ` (${p.reason})` : ''}. Đã hiểu: ${p.understood}. Các dạng đọc được: ${FORMS}`;
export const UNRECOGNIZED_DEADLINE__notText = (p: { received: string }): string => `Cần chuỗi thời hạn, nhận được ${p.received}`;
export const UNRECOGNIZED_DEADLINE__empty = (p: { received: string }): string => `Thời hạn trống: ${p.received}`;
export const UNRECOGNIZED_DEADLINE__needsYear = (): string => 'phần này không ghi năm; hãy truyền { planYear }';
export const UNRECOGNIZED_DEADLINE__dayNotInEveryMonth = (p: { day: number }): string => `không phải tháng nào cũng có ngày ${p.day}`;
export const UNRECOGNIZED_DEADLINE__noFixedDay = (p: { words: string; period: string }): string => `không rõ ngày nào là ${p.words} ${p.period}`;
export const UNRECOGNIZED_DEADLINE__ambiguousRemark = (): string =>
  'ghi chú trong ngoặc ghi một thời gian khác, không nằm trong thời gian trước ngoặc, nên không rõ thời hạn nào đúng';
export const UNRECOGNIZED_DEADLINE__tooComplex = (): string => 'phần này lồng nhau quá nhiều để đọc (ngoặc, danh sách, phần thường xuyên nối tiếp nhau)';
export const UNRECOGNIZED_DEADLINE__understoodPart = (p: { part: string; dates: string; continuous: boolean }): string =>
  `${p.part} → ${[p.dates, p.continuous ? 'thường xuyên' : ''].filter((x) => x !== '').join(' + ')}`;
export const UNRECOGNIZED_DEADLINE__nothingUnderstood = (): string => 'không có phần nào';
export const UNRECOGNIZED_DEADLINE__more = (p: { count: number }): string => ` và ${n(p.count)} phần khác`;
export const INVALID_INPUT__planYear = (p: { received: string }): string => `Năm kế hoạch không hợp lệ: ${p.received} (cần một năm từ 1000 đến 9999)`;
export const TEXT_TOO_LONG__deadline = (p: { max: number; length: number }): string =>
  `Thời hạn quá dài: ${n(p.length)} ký tự, tối đa ${n(p.max)} (MAX_DEADLINE_TEXT_LENGTH); một ô thời hạn thật chỉ vài dòng`;
