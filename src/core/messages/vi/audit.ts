// Vietnamese messages of the audit module, keyed by error code (`CODE__variant` for further texts of a code).
// Same keys and parameters in ../vi and ../en. Parameters are already formatted values (`show(x)`), never raw input.

// ——— findings ———
export const INVALID_INPUT__findings = (p: { received: string }): string =>
  `Cần một mảng phát hiện (AuditFinding[]), nhận được ${p.received}`;
export const INVALID_INPUT__finding = (p: { received: string }): string => `Cần một phát hiện (AuditFinding), nhận được ${p.received}`;
export const INVALID_INPUT__findingSeverity = (p: { index: number; received: string }): string =>
  `Phát hiện ${p.index} cần mức độ 'error', 'warning' hoặc 'info', nhận được ${p.received}`;
export const INVALID_INPUT__findingMessage = (): string =>
  'Phát hiện cần nội dung message { vi, en } (hoặc cặp messageVi và messageEn, cách ghi cũ)';
export const INVALID_INPUT__auditLabel = (p: { key: string }): string =>
  `Cần ${p.key} { vi, en } (hoặc cặp ${p.key}Vi và ${p.key}En, cách ghi cũ)`;

// ——— numbers read by the audits ———
export const INPUT_TOO_LARGE__auditDigits = (p: { max: number; digits: string }): string =>
  `Số có quá nhiều chữ số (${p.digits}, tối đa ${p.max}): không phải số liệu của một báo cáo`;
export const TEXT_TOO_LONG__auditPrinted = (p: { max: number; length: number }): string =>
  `Số liệu in quá dài: ${p.length} ký tự, tối đa ${p.max}`;
export const INVALID_INPUT__auditNegative = (p: { received: string }): string => `Giá trị không được âm, nhận được ${p.received}`;
export const INVALID_INPUT__auditZeroDenominator = (): string => 'Mẫu số không được bằng 0';
export const INVALID_INPUT__auditDecimal = (): string => 'một số hữu hạn (number, bigint hoặc Decimal)';
export const INVALID_INPUT__auditParNumber = (): string => 'một số (number, bigint, Decimal hoặc chuỗi số như "51,75")';

// ——— report model ———
export const INVALID_INPUT__figureId = (): string => 'Mã chỉ gồm chữ cái, chữ số và _ . : - (vd. "II.5.1.disbursed")';
export const INVALID_INPUT__reportRowKey = (): string => 'Mã dòng chỉ gồm chữ cái, chữ số, _ và -';
export const DUPLICATE_FIGURE_ID__figure = (p: { id: string }): string => `Mã số liệu "${p.id}" bị trùng`;
export const DUPLICATE_FIGURE_ID__table = (p: { id: string }): string => `Mã bảng "${p.id}" bị trùng`;
export const DUPLICATE_FIGURE_ID__row = (p: { table: string; row: string }): string => `Bảng "${p.table}" có hai dòng "${p.row}"`;
export const DUPLICATE_FIGURE_ID__check = (p: { id: string }): string => `Mã kiểm tra "${p.id}" bị trùng`;
export const UNKNOWN_FIGURE_REF__column = (p: { table: string; key: string }): string => `Bảng "${p.table}" không có cột "${p.key}"`;
export const UNKNOWN_FIGURE_REF__totalRow = (p: { table: string; row: string }): string =>
  `Bảng "${p.table}" không có dòng tổng "${p.row}"`;
export const UNKNOWN_FIGURE_REF = (p: { id: string }): string => `Không có số liệu ${p.id} trong báo cáo`;
export const INVALID_INPUT__shareItem = (): string => 'Mỗi nhóm cần `figure` hoặc `labelVi`';
export const INVALID_COUNT__figure = (p: { id: string; received: string }): string =>
  `Số đếm "${p.id}" phải là số nguyên, nhận được ${p.received}`;
export const INVALID_COUNT__auditCount = (p: { received: string }): string => `Số đếm phải là số nguyên không âm, nhận được ${p.received}`;

// ——— dossier tables ———
export const INVALID_INPUT__dossierTableRows = (p: { received: string }): string => `Cần { rows: [...] }, nhận được ${p.received}`;
export const INVALID_INPUT__dossierTableLabel = (): string => 'Mỗi dòng cần nhãn (label) là chuỗi';
export const INVALID_COUNT__dossierTableGroup = (p: { received: string }): string =>
  `Cần một số hoặc một đối tượng, nhận được ${p.received}`;
export const INVALID_INPUT__dossierTableRate = (p: { received: string }): string =>
  `Cần tỷ lệ in dạng chuỗi ("99,26%"), nhận được ${p.received}`;
export const INVALID_INPUT__dossierTableDenominator = (p: { received: string; allowed: string }): string =>
  `Mẫu số không hợp lệ: ${p.received} (dùng ${p.allowed})`;
export const INVALID_INPUT__dossierTableTotal = (p: { received: string }): string => `Không có dòng nào có nhãn ${p.received}`;

// ——— PAR tables ———
export const INVALID_INPUT__parTableRows = (p: { received: string }): string => `Cần một mảng dòng, nhận được ${p.received}`;
export const INVALID_INPUT__parTableUnit = (p: { index: number }): string => `Dòng ${p.index} cần tên đơn vị (unit)`;
export const INVALID_NUMBER__parTableMaxPoints = (): string => 'maxPoints phải lớn hơn 0';
export const PAR_INVALID_RANK__parTableRank = (p: { received: string }): string => `Hạng phải là số nguyên ≥ 1, nhận được ${p.received}`;

// ——— changes, ranks, printed figures (issue 16) ———
export const INVALID_NUMBER__auditChange = (p: { received: string }): string =>
  `Không đọc được mức thay đổi ${p.received} (ví dụ: "tăng 2,1 điểm", "giảm 7 bậc", "tăng 0,85%", "+5,83%", "giữ nguyên", "từ 10,85% xuống 1,31%")`;
export const PAR_INVALID_RANK__rankText = (p: { received: string }): string =>
  `Không đọc được thứ hạng ${p.received} (ví dụ: 5, "thứ 2", "9/63", "2nd out of 63", "dẫn đầu", "đứng cuối")`;
export const INVALID_INPUT__impliedBaseRate = (p: { received: string }): string =>
  `Tỷ lệ ${p.received} không cho suy ra mẫu số: tỷ lệ phải lớn hơn 0`;
