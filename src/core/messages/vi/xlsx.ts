// Vietnamese messages of the xlsx module (cchc/xlsx), keyed by error code (`CODE__variant`). Same keys and parameters in
// ../en/xlsx.ts. Parameters are already formatted.

const didYouMean = (s: string): string => (s ? ` — có phải ý bạn là '${s}'?` : '');

// Tệp không phải sổ tính .xlsx.
export const INVALID_XLSX__notZip = (): string =>
  'Không phải tệp .xlsx: không có cấu trúc zip của sổ tính Excel (tệp CSV hay văn bản được đặt đuôi .xlsx?)';
export const INVALID_XLSX__oldXls = (): string =>
  'Đây là tệp Excel cũ dạng nhị phân (.xls, Excel 97–2003) hoặc tệp .xlsx có mật khẩu: mở trong Excel và lưu lại dạng "Excel Workbook (.xlsx)" (bỏ mật khẩu), hoặc xuất ra CSV UTF-8';
export const INVALID_XLSX__damaged = (p: { detail: string }): string => `Tệp .xlsx bị hỏng (${p.detail}); mở trong Excel và lưu lại`;
export const INVALID_XLSX__missingPart = (p: { part: string }): string => `Tệp .xlsx thiếu phần ${p.part}; mở trong Excel và lưu lại`;
export const INVALID_XLSX__xml = (p: { part: string; detail: string }): string => `XML không hợp lệ trong ${p.part}: ${p.detail}`;
export const INVALID_XLSX__tooLarge = (p: { part: string; max: string }): string =>
  `Phần ${p.part} của tệp .xlsx quá lớn khi giải nén (hơn ${p.max} byte): có thể là tệp hỏng hoặc "bom zip"`;
export const INVALID_XLSX__tableTooLong = (p: { sheet: string; max: string }): string =>
  `Trang tính "${p.sheet}" có hơn ${p.max} dòng: một biểu báo cáo, phụ lục hay bảng kết quả nhỏ hơn nhiều. Với danh sách hồ sơ, hãy dùng readDossiersXlsx (hoặc cchc dossiers), đọc được số dòng bất kỳ`;
export const INVALID_XLSX__source = (p: { received: string }): string =>
  `Cần nội dung tệp .xlsx (Uint8Array, ArrayBuffer hoặc Blob/File), nhận được ${p.received}`;
export const INVALID_XLSX__cellRef = (p: { ref: string; part: string }): string => `Địa chỉ ô không hợp lệ ${p.ref} trong ${p.part}`;
export const INVALID_XLSX__cellTooLong = (p: { part: string; row: number; what: 'cell' | 'row'; max: string }): string =>
  `${p.what === 'cell' ? 'Một ô của dòng' : 'Dòng'} ${p.row} của ${p.part} có hơn ${p.max} ký tự (Excel chỉ cho 32.767 ký tự một ô): tệp hỏng hoặc được tạo để gây hại`;

// Tính năng không hỗ trợ.
export const XLSX_UNSUPPORTED__method = (p: { part: string; method: number }): string =>
  `Phần ${p.part} nén theo phương pháp ${p.method}, chỉ đọc được deflate (8) hoặc không nén (0); mở trong Excel và lưu lại`;
export const XLSX_UNSUPPORTED__encrypted = (): string => 'Tệp .xlsx được mã hóa: bỏ mật khẩu trong Excel rồi lưu lại';
export const XLSX_UNSUPPORTED__zip64 = (): string => 'Tệp .xlsx dạng ZIP64 (trên 4 GB) chưa được hỗ trợ; xuất ra CSV UTF-8';
export const XLSX_UNSUPPORTED__host = (): string =>
  'Môi trường chạy không có Compression Streams (DecompressionStream "deflate-raw"): cần Node.js ≥ 20, Deno, Bun hoặc trình duyệt hiện hành';

// Trang tính.
export const XLSX_SHEET_NOT_FOUND__name = (p: { sheet: string; sheets: string; suggestion: string }): string =>
  `Sổ tính không có trang ${p.sheet}${didYouMean(p.suggestion)}. Các trang: ${p.sheets}`;
export const XLSX_SHEET_NOT_FOUND__none = (): string => 'Sổ tính không có trang tính dữ liệu nào';

// Bảng không nhận ra.
export const XLSX_TABLE_NOT_RECOGNISED__header = (p: { sheet: string; rows: number; what: string; known: string }): string =>
  `Không tìm thấy dòng tiêu đề của ${p.what} trong ${p.rows} dòng đầu của trang ${p.sheet}. Tiêu đề nhận biết được: ${p.known}`;
export const XLSX_TABLE_NOT_RECOGNISED__noRows = (p: { sheet: string; what: string }): string =>
  `Trang ${p.sheet} có dòng tiêu đề của ${p.what} nhưng không có dòng số liệu nào bên dưới`;

// Options.
export const INVALID_INPUT__xlsxSheet = (p: { received: string }): string =>
  `Trang tính phải là tên trang hoặc số thứ tự từ 1, nhận được ${p.received}`;
export const INVALID_INPUT__xlsxSheets = (p: { received: string }): string =>
  `Cần ít nhất một trang tính trong sheets, nhận được ${p.received}`;
export const INVALID_INPUT__xlsxSheetName = (p: { received: string }): string =>
  `Tên trang tính không hợp lệ ${p.received}: 1–31 ký tự, không có [ ] : * ? / \\, không trùng tên trang khác`;
export const INVALID_INPUT__xlsxStyle = (p: { received: string; known: string }): string =>
  `Kiểu ô không hợp lệ ${p.received}; dùng một trong ${p.known}`;
export const INVALID_INPUT__xlsxDate = (p: { received: string }): string =>
  `Ngày phải có dạng YYYY-MM-DD và có thật, nhận được ${p.received}`;
export const INVALID_INPUT__xlsxFormula = (p: { received: string }): string =>
  `Công thức chỉ được là một hàm trên một vùng ô (SUM(B2:B9)) hoặc tổng các ô (B2+C2), nhận được ${p.received}`;
export const INVALID_INPUT__xlsxNumber = (p: { received: string }): string => `Số phải hữu hạn, nhận được ${p.received}`;
export const INVALID_INPUT__xlsxCell = (p: { received: string }): string =>
  `Ô phải là chữ, số, true/false, null, { date } hoặc { value, formula, style }, nhận được ${p.received}`;
export const INVALID_INPUT__xlsxSheetOption = (p: { option: string; expected: string; received: string }): string =>
  `Tùy chọn ${p.option} của trang tính phải là ${p.expected}, nhận được ${p.received}`;
export const INVALID_INPUT__xlsxRow = (p: { received: string }): string =>
  `Một dòng phải là mảng các ô (hoặc null nếu dòng trống), nhận được ${p.received}`;
export const INVALID_INPUT__xlsxTooLarge = (p: { rows: string; columns: string }): string =>
  `Trang tính vượt giới hạn của Excel: tối đa ${p.rows} dòng và ${p.columns} cột`;
