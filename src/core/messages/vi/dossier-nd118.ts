// Vietnamese messages of the dossier module for the rules of NĐ 118/2025/NĐ-CP (gia hạn, dừng, tính lại thời hạn,
// phát hiện), keyed by error code. Same keys and parameters in ../en.

// ——— records ———
export const SUBMITTED_AFTER_RECEIPT = (p: { submittedAt: string; receivedAt: string }): string =>
  `Thời điểm nộp ${p.submittedAt} (submittedAt) sau thời điểm tiếp nhận ${p.receivedAt}: hồ sơ được tiếp nhận sau khi nộp`;
export const INVALID_EXTENSION__item = (p: { received: string }): string =>
  `Cần một lần gia hạn { notifiedAt, newDueDate }, nhận được ${p.received}`;
export const INVALID_EXTENSION__list = (p: { received: string }): string =>
  `extensions phải là một mảng { notifiedAt, newDueDate }, nhận được ${p.received}`;
export const INVALID_EXTENSION__missing = (p: { key: string }): string =>
  `Lần gia hạn thiếu ${p.key}: cần { notifiedAt (ngày thông báo), newDueDate (ngày hẹn trả mới) }`;
export const INVALID_EXTENSION__both = (): string =>
  'Chỉ ghi gia hạn một lần: extension (một lần) hoặc extensions (danh sách, để ghi cả lần thứ hai), không ghi cả hai';
export const INVALID_EXTENSION__dueBeforeNotice = (): string => 'Ngày hẹn trả mới (newDueDate) trước ngày thông báo gia hạn (notifiedAt)';
export const INVALID_EXTENSION__order = (): string => 'Các lần gia hạn không theo thứ tự thời gian thông báo';
export const INVALID_EXTENSION__notLater = (p: { newDueDate: string; dueDate: string }): string =>
  `Ngày hẹn trả mới ${p.newDueDate} không sau ngày hết hạn ${p.dueDate}: không phải gia hạn, không áp dụng`;
export const EVENT_BEFORE_RECEIPT__extension = (): string => 'Thông báo gia hạn trước ngày tiếp nhận hồ sơ';
export const INVALID_SUPPLEMENT__newDueOpen = (): string =>
  'Có ngày hẹn trả mới (newDueDate) khi hồ sơ chưa bổ sung xong: thời hạn chỉ tính lại sau khi nhận đủ hồ sơ';
export const INVALID_SUPPLEMENT__newDueBeforeCompletion = (): string => 'Ngày hẹn trả mới (newDueDate) trước ngày bổ sung xong';
export const MISSING_DUE_DATE__restart = (): string =>
  'Thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ (Đ19(5) NĐ 118/2025) nhưng hồ sơ không có slaWorkingDays để tính: hãy ghi ngày hẹn trả mới (newDueDate) trong lần bổ sung';
export const CONFLICTING_OUTCOMES__nd118 = (): string =>
  'Hồ sơ bị từ chối tiếp nhận (rejectedAt) không thể đồng thời bị dừng hay được gia hạn';

// ——— findings ———
export const LATE_ACCEPTANCE = (p: { submittedAt: string; receivedAt: string; hours: string; limit: string }): string =>
  `Nộp trực tuyến ${p.submittedAt}, tiếp nhận ${p.receivedAt}: ${p.hours} giờ làm việc, quá ${p.limit} giờ cho phép (Đ17(2)(c) NĐ 118/2025)`;
export const LATE_SUPPLEMENT_REQUEST = (p: { requestedAt: string; from: string; days: number; limit: number }): string =>
  `Yêu cầu bổ sung ngày ${p.requestedAt}, ${p.days} ngày làm việc sau ${p.from}: quá ${p.limit} ngày cho phép (Đ19(5) NĐ 118/2025)`;
export const LATE_EXTENSION_NOTICE = (p: { notifiedAt: string; dueDate: string; days: number }): string =>
  `Thông báo gia hạn ngày ${p.notifiedAt}, chưa đủ ${p.days} ngày trước ngày hết hạn ${p.dueDate} (Đ19(6) NĐ 118/2025): không áp dụng`;
export const SECOND_EXTENSION = (p: { number: number }): string =>
  `Lần gia hạn thứ ${p.number}: việc hẹn lại ngày trả kết quả chỉ được thực hiện không quá một lần (Đ19(6) NĐ 118/2025); không áp dụng`;
export const SUPPLEMENT_AFTER_WINDOW = (p: { completedAt: string; closedOn: string }): string =>
  `Bổ sung xong ngày ${p.completedAt}, sau ngày hồ sơ phải được đóng ${p.closedOn} (Đ19(5) NĐ 118/2025)`;

// ——— options ———
export const INVALID_INPUT__dossierInForce = (): string =>
  "'in-force' chọn quy tắc theo ngày tiếp nhận của từng hồ sơ: dùng làm tùy chọn rules, hoặc gọi dossierRulesInForce(receivedAt) cho một ngày";
export const INVALID_INPUT__dossierOfficeHours = (p: { received: string }): string =>
  `officeHours phải là các khoảng { start, end } giờ "HH:MM" tăng dần, không chồng nhau, start trước end, nhận được ${p.received}`;
export const INVALID_INPUT__dossierWindow = (p: { received: string }): string =>
  `Cần { days (số nguyên dương), unit: 'calendar-days' | 'working-days' } hoặc null, nhận được ${p.received}`;

// ——— CSV ———
export const INVALID_EXTENSION__csv = (p: { received: string }): string =>
  `Không phải lần gia hạn dạng "ngày thông báo>ngày hẹn trả mới": ${p.received}`;
