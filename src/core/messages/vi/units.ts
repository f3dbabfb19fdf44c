// Vietnamese messages of the units module, keyed by error code (`CODE__variant` for further texts of a code).
// Same keys and parameters in ../vi and ../en.

export const INVALID_PROVINCE_CODE = (p: { received: string; suggestion: string }): string =>
  `Mã tỉnh phải là chuỗi hai chữ số như đã công bố ('01', '91'), nhận được ${p.received}${p.suggestion ? ` — có phải ý bạn là '${p.suggestion}'?` : ''}`;
export const UNKNOWN_PROVINCE__code = (p: { received: string }): string =>
  `Không có đơn vị hành chính cấp tỉnh nào mang mã ${p.received} (từ 01/08/2008)`;
export const UNKNOWN_PROVINCE__name = (p: { received: string; on: string; suggestion: string }): string =>
  `Không tìm thấy tỉnh, thành phố tên ${p.received}${p.on ? ` vào ngày ${p.on}` : ''}${p.suggestion ? ` — có phải ý bạn là '${p.suggestion}'?` : ''}`;
export const PROVINCE_NOT_IN_FORCE = (p: { unit: string; from: string; to: string; on: string; successor: string }): string =>
  `${p.unit} chỉ tồn tại từ ${p.from} đến ${p.to}, không có vào ngày ${p.on}${p.successor ? `; ngày đó địa bàn của đơn vị thuộc ${p.successor} (dùng successorOn)` : ''}`;
export const AMBIGUOUS_PROVINCE_NAME = (p: { received: string; matches: string }): string =>
  `Tên ${p.received} chỉ các đơn vị có mã khác nhau theo thời gian: ${p.matches}; truyền { on: 'YYYY-MM-DD' } để chọn đơn vị của một ngày (hoặc dùng findProvinces để lấy tất cả)`;
export const INVALID_INPUT__provinceOnRequired = (p: { code: string; records: string }): string =>
  `Cần tùy chọn on (ngày): mã ${p.code} chỉ các đơn vị khác nhau theo thời gian (${p.records})`;
export const INVALID_INPUT__provinceName = (p: { received: string }): string =>
  `Cần tên tỉnh, thành phố (chuỗi khác rỗng), nhận được ${p.received}`;
export const DATE_OUT_OF_RANGE__provinceRegistry = (p: { date: string; start: string }): string =>
  `Danh mục tỉnh bắt đầu từ ${p.start} (bản đồ 63 tỉnh, thành phố); không có dữ liệu cho ngày ${p.date}`;
export const CANNOT_SPLIT_UNIT = (p: { unit: string; to: string; parts: string }): string =>
  `Không thể chuyển số liệu của ${p.unit} về ngày ${p.to}: đơn vị này được hợp nhất từ ${p.parts}, và số liệu của một đơn vị hợp nhất không tách được thành số liệu của từng đơn vị cũ nếu không có số liệu riêng của từng phần`;
export const UNWEIGHTED_AVERAGE__combine = (p: { received: string }): string =>
  `Không lấy trung bình cộng tỷ lệ của các đơn vị hợp nhất (combine: ${p.received}): các tỉnh có quy mô khác nhau, trung bình cộng các tỷ lệ không phải là tỷ lệ của đơn vị mới. Hãy đưa số đếm { numerator, denominator } với combine: 'sum' (tính lại tỷ lệ từ tổng tử số và tổng mẫu số), hoặc combine: 'weighted' với trọng số`;
export const UNWEIGHTED_AVERAGE__missingCombine = (): string =>
  `Cần nói cách gộp số liệu (combine): dãy có tỷ lệ, mà tỷ lệ của các đơn vị hợp nhất không cộng được và không lấy trung bình cộng được. Hãy đưa số đếm { numerator, denominator } với combine: 'sum', hoặc combine: 'weighted' với trọng số`;
export const UNWEIGHTED_AVERAGE__rateSum = (p: { received: string }): string =>
  `Không cộng được tỷ lệ ${p.received} khi gộp đơn vị: tổng các tỷ lệ không phải là tỷ lệ của đơn vị mới. Hãy đưa số đếm { numerator, denominator } (tỷ lệ được tính lại từ tổng các số đếm) hoặc dùng combine: 'weighted' với trọng số`;
export const UNWEIGHTED_AVERAGE__missingWeight = (p: { unit: string; into: string }): string =>
  `Thiếu trọng số của ${p.unit} để gộp vào ${p.into}: không lấy trung bình cộng không trọng số tỷ lệ của các đơn vị có quy mô khác nhau (đưa weight cho điểm số liệu, hoặc weights theo mã tỉnh)`;
export const INVALID_INPUT__seriesCombine = (p: { received: string }): string =>
  `combine phải là 'sum' (cộng số đếm, số tiền, hoặc tử số và mẫu số) hoặc 'weighted' (bình quân có trọng số), nhận được ${p.received}`;
export const INVALID_INPUT__seriesMixedValues = (p: { first: string; other: string }): string =>
  `Các giá trị gộp vào cùng một đơn vị phải cùng loại: ${p.first} và ${p.other}`;
export const INVALID_INPUT__seriesDuplicate = (p: { code: string; date: string; first: number }): string =>
  `Điểm số liệu trùng: mã ${p.code} ngày ${p.date} đã có ở vị trí ${p.first}`;
export const INVALID_INPUT__seriesWeightWithSum = (): string =>
  `Trọng số chỉ dùng với combine: 'weighted'; với combine: 'sum' các giá trị được cộng trực tiếp`;
export const INVALID_INPUT__seriesValue = (p: { received: string }): string =>
  `Giá trị phải là một số (number, bigint, Decimal), { numerator, denominator }, một tỷ lệ (ratio()) hoặc chuỗi phần trăm "85,5%", hoặc null khi thiếu số liệu; nhận được ${p.received}`;
export const INVALID_INPUT__levelRows = (p: { received: string }): string => `Cần một danh sách nhãn dòng (chuỗi), nhận được ${p.received}`;
export const INVALID_INPUT__levelPeriod = (p: { received: string }): string =>
  `period phải là { start, end } (một Period cũng được) hoặc tên kỳ như "Quý IV/2025", nhận được ${p.received}`;
export const ZERO_DENOMINATOR__seriesWeights = (p: { unit: string }): string =>
  `Tổng trọng số của ${p.unit} bằng 0: không tính được bình quân`;
