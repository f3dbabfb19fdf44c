// Vietnamese messages of the dossier CSV readers (readDossiersCsv, readCsvRecords), keyed by error code
// (`CODE__variant`). Same keys and parameters in ../en/dossier-csv.ts. Parameters are already formatted (`show(x)`).

const didYouMean = (s: string): string => (s ? ` — có phải ý bạn là '${s}'?` : '');

// Nguồn dữ liệu và tùy chọn.
export const INVALID_INPUT__csvSource = (p: { received: string }): string =>
  `Cần nội dung CSV (chuỗi, hoặc các đoạn chuỗi/byte, ví dụ một stream), nhận được ${p.received}`;
export const INVALID_INPUT__csvChunk = (p: { received: string }): string => `Đoạn dữ liệu phải là chuỗi hoặc byte, nhận được ${p.received}`;
export const INVALID_INPUT__csvDelimiter = (p: { received: string }): string =>
  `Dấu phân cách phải là một ký tự, không phải dấu nháy kép hay dấu xuống dòng (",", ";", tab), nhận được ${p.received}`;
export const INVALID_INPUT__csvReaderReused = (): string => 'Trình đọc CSV chỉ duyệt được một lần';
export const INVALID_INPUT__csvFunction = (p: { received: string }): string => `Cần một hàm, nhận được ${p.received}`;

// Tách dòng.
export const INVALID_CSV_ROW__unclosedQuote = (): string =>
  'Dấu nháy kép mở một trường không được đóng trên dòng này (xuống dòng trong một trường cần tùy chọn multilineFields); ' +
  'dòng bị loại và việc đọc tiếp tục từ dòng sau';
export const INVALID_CSV_ROW__neverClosed = (): string =>
  'Dấu nháy kép mở một trường không bao giờ được đóng; dòng bị loại và các dòng sau được đọc riêng từng dòng';
export const INVALID_CSV_ROW__textAfterQuote = (): string => 'Ngoặc kép sai cú pháp: có ký tự sau dấu nháy đóng của trường trong ngoặc kép';
export const INVALID_CSV_ROW__multilineWidth = (p: { lines: number; fields: number; width: number }): string =>
  `Trường trong ngoặc kép mở ở đây sẽ tạo một dòng dài ${p.lines} dòng văn bản với ${p.fields} trường (tiêu đề có ${p.width}): ` +
  'coi là dấu nháy lạc; dòng bị loại và các dòng sau được đọc riêng từng dòng';
export const INVALID_CSV_ROW__width = (p: { fields: number; width: number }): string => `Dòng có ${p.fields} trường, tiêu đề có ${p.width}`;
export const INVALID_CSV_ROW__atLine = (p: { line: number; message: string }): string => `Dòng ${p.line}: ${p.message}`;
export const INVALID_CSV_ROW__duplicateHeader = (p: { name: string }): string => `Tiêu đề có hai cột cùng tên ${p.name}`;
export const INPUT_TOO_LARGE__csvRow = (p: { max: string }): string =>
  `Dòng quá lớn: dài hơn ${p.max} ký tự (giới hạn của một dòng CSV); dòng bị loại mà không giữ trong bộ nhớ`;
export const INPUT_TOO_LARGE__csvField = (p: { column: number; length: string; max: string }): string =>
  `Trường quá lớn: cột ${p.column} có ${p.length} ký tự, tối đa ${p.max}`;

// Dòng tiêu đề.
export const CSV_MISSING_COLUMN__header = (p: { message: string }): string => `Không đọc được dòng tiêu đề: ${p.message}`;
export const CSV_MISSING_COLUMN__columns = (p: {
  columns: string;
  header: string;
  suggestion: string;
  known: string;
  delimiter: string;
}): string =>
  (p.delimiter
    ? `Dòng tiêu đề chỉ có một cột nhưng chứa dấu ${p.delimiter === 'tab' ? 'tab' : `"${p.delimiter}"`}: tệp có lẽ được phân cách bằng dấu đó (tùy chọn delimiter). `
    : '') +
  `Tiêu đề thiếu cột ${p.columns}${didYouMean(p.suggestion)} (dùng tùy chọn columns để ánh xạ). Tiêu đề nhận biết được: ${p.known}. Tiêu đề của tệp: ${p.header}`;

// Giá trị của một dòng hồ sơ.
export const INVALID_DATE__csvViDate = (p: { received: string }): string => `Không phải ngày dd/mm/yyyy [HH:mm]: ${p.received}`;
export const INVALID_DATE__csvAutoDate = (p: { received: string }): string =>
  `Không phải ngày dd/mm/yyyy [HH:mm] hay yyyy-mm-dd: ${p.received}`;
export const INVALID_SLA__csv = (p: { received: string }): string =>
  `Thời hạn giải quyết phải là số nguyên không âm, nhận được ${p.received}`;
export const INVALID_CHANNEL__csv = (p: { received: string }): string => `Kênh tiếp nhận không hợp lệ: ${p.received}`;
export const INVALID_SUPPLEMENT__csv = (p: { received: string }): string =>
  `Không phải lần bổ sung dạng "ngày yêu cầu", "ngày yêu cầu>ngày bổ sung xong" hoặc "ngày yêu cầu>ngày bổ sung xong>ngày hẹn trả mới": ${p.received}`;
export const DUPLICATE_DOSSIER_ID__csv = (p: { id: string; firstRow: number }): string => `Mã hồ sơ ${p.id} đã có ở dòng ${p.firstRow}`;
export const INVALID_INPUT__csvQd766 = (p: { received: string }): string =>
  `Không đọc được ${p.received} (cần 1/0, true/false, có/không; hoặc mức hài lòng: hài lòng, không hài lòng, chưa đánh giá)`;

// Bảng mã và dấu phân cách (issue 17).
export const INVALID_INPUT__csvEncoding = (p: { received: string; known: string }): string =>
  `Bảng mã không hợp lệ ${p.received}; dùng một trong ${p.known}`;
export const INVALID_TEXT_ENCODING__bytes = (p: { encoding: string; from: string; to: string; probable: string }): string =>
  `Tệp không phải văn bản ${p.encoding}: có chuỗi byte không hợp lệ trong khoảng byte ${p.from}–${p.to}. ` +
  `Có lẽ tệp dùng bảng mã ${p.probable}: chỉ rõ bằng tùy chọn encoding (không đọc thành ký tự "�", để các tên khác nhau không bị gộp làm một)`;
export const INVALID_TEXT_ENCODING__unknown = (p: { sample: string }): string =>
  `Không nhận ra bảng mã của tệp: không phải UTF-8, UTF-16, cũng không giống Windows-1258 (các byte ${p.sample}). ` +
  'Lưu lại tệp dạng "CSV UTF-8" trong Excel, hoặc chỉ rõ bảng mã bằng tùy chọn encoding';
export const INVALID_TEXT_ENCODING__tcvn3 = (p: { sample: string }): string =>
  `Tệp có vẻ dùng bảng mã TCVN3 (ABC, phông .VnTime) — các byte ${p.sample}: bảng mã này không được hỗ trợ. ` +
  'Chuyển sang Unicode (ví dụ bằng công cụ chuyển mã của Unikey) rồi lưu dạng "CSV UTF-8"';
export const AMBIGUOUS_CSV_DELIMITER__tie = (p: { a: string; b: string; fields: number; lines: number }): string =>
  `Không xác định được dấu phân cách: cả ${p.a} và ${p.b} đều chia ${p.lines} dòng đầu thành ${p.fields} cột. Chỉ rõ bằng tùy chọn delimiter`;
