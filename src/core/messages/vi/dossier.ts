// Vietnamese messages of the dossier module, keyed by error code (`CODE__variant` for further texts of a code).
// Same keys and parameters in ../vi and ../en. Keys of codes shared with other modules carry a `dossier…` variant so
// that the catalogues re-exported together never collide.

/** Vietnamese names of the record fields, for messages. */
const FIELD: Readonly<Record<string, string>> = {
  receivedAt: 'Ngày tiếp nhận',
  dueDate: 'Ngày hẹn trả',
  resolvedAt: 'Ngày giải quyết xong',
  returnedAt: 'Ngày trả lại hồ sơ',
  withdrawnAt: 'Ngày rút hồ sơ',
  rejectedAt: 'Ngày từ chối tiếp nhận',
  requestedAt: 'Ngày yêu cầu bổ sung',
  completedAt: 'Ngày bổ sung xong',
};
const field = (key: string): string => (Object.hasOwn(FIELD, key) ? FIELD[key]! : key);

// ——— records ———
export const INVALID_INPUT__dossierRecord = (p: { received: string }): string =>
  `Cần một hồ sơ (đối tượng { id, receivedAt, … }), nhận được ${p.received}`;
export const INVALID_INPUT__dossierId = (p: { received: string }): string =>
  `Mã hồ sơ (id) phải là chuỗi khác rỗng hoặc số nguyên, nhận được ${p.received}`;
export const INVALID_INPUT__dossierText = (p: { key: string; received: string }): string =>
  `${p.key} phải là chuỗi, nhận được ${p.received}`;
export const INVALID_ADMIN_LEVEL__dossier = (p: { received: string }): string =>
  `Cấp hành chính không hợp lệ: ${p.received} (dùng 'province' | 'district' | 'commune')`;
export const INVALID_CHANNEL = (p: { received: string }): string =>
  `Kênh tiếp nhận không hợp lệ: ${p.received} (dùng 'in-person' trực tiếp, 'online' trực tuyến, 'postal' bưu chính công ích)`;
export const INVALID_CHANNEL__missing = (): string => 'Thiếu kênh tiếp nhận (channel) và quy tắc missingChannel là "error"';
export const INVALID_CHANNEL__code = (p: { code: string }): string =>
  `Mã kênh không hợp lệ: ${p.code} (0 trực tiếp, 1 trực tuyến, 2 bưu chính, 3 không rõ)`;
export const INVALID_DATE__dossierMissing = (p: { key: string }): string => `Thiếu ${field(p.key).toLowerCase()} (${p.key})`;
export const INVALID_DATE__dossierEvent = (p: { received: string }): string =>
  `Cần ngày "YYYY-MM-DD" hoặc ngày giờ ISO có múi giờ (vd. 2020-01-20T16:30:00+07:00), nhận được ${p.received}`;
export const INVALID_SLA = (p: { received: string }): string =>
  `Thời hạn giải quyết (số ngày làm việc) phải là số nguyên không âm, nhận được ${p.received}`;
export const INVALID_SUPPLEMENT__list = (p: { received: string }): string =>
  `supplements phải là một mảng [{ requestedAt, completedAt? }], nhận được ${p.received}`;
export const INVALID_SUPPLEMENT__item = (p: { received: string }): string =>
  `Cần một lần bổ sung { requestedAt, completedAt? }, nhận được ${p.received}`;
export const INVALID_SUPPLEMENT__completedBeforeRequest = (): string => 'Ngày bổ sung xong trước ngày yêu cầu bổ sung';
export const INVALID_SUPPLEMENT__previousOpen = (): string => 'Yêu cầu bổ sung mới khi yêu cầu trước chưa được bổ sung xong';
export const INVALID_SUPPLEMENT__order = (): string => 'Các lần yêu cầu bổ sung chồng lên nhau hoặc không theo thứ tự thời gian';
export const INVALID_SUPPLEMENT__afterResolution = (): string => 'Yêu cầu bổ sung sau khi hồ sơ đã giải quyết xong';
export const INVALID_SUPPLEMENT__openOnResolved = (): string => 'Hồ sơ đã giải quyết xong nhưng lần bổ sung này chưa có ngày bổ sung xong';
export const INVALID_SUPPLEMENT__completedAfterResolution = (): string => 'Bổ sung xong sau khi hồ sơ đã giải quyết xong';
export const EVENT_BEFORE_RECEIPT = (p: { key: string; value: string; receivedAt: string }): string =>
  `${field(p.key)} ${p.value} trước ngày tiếp nhận ${p.receivedAt}`;
export const EVENT_BEFORE_RECEIPT__supplement = (): string => 'Yêu cầu bổ sung trước ngày tiếp nhận hồ sơ';
export const EVENT_BEFORE_RECEIPT__column = (): string => 'Ngày giải quyết, rút hoặc trả lại trước ngày tiếp nhận';
export const DUE_BEFORE_RECEIPT = (p: { due: string; receivedAt: string }): string =>
  `Ngày hẹn trả ${p.due} trước ngày tiếp nhận ${p.receivedAt}`;
export const DUE_BEFORE_RECEIPT__column = (): string => 'Ngày hẹn trả trước ngày tiếp nhận';
export const CONFLICTING_OUTCOMES = (): string =>
  'Hồ sơ bị từ chối tiếp nhận (rejectedAt) không thể đồng thời được giải quyết, rút, trả lại hoặc yêu cầu bổ sung';
export const MISSING_DUE_DATE = (): string => 'Hồ sơ đã tiếp nhận cần ngày hẹn trả (dueDate) hoặc thời hạn giải quyết (slaWorkingDays)';
export const INVALID_SLA__column = (p: { sla: number }): string => `Thời hạn giải quyết âm: ${p.sla}`;

// ——— options ———
export const INVALID_INPUT__dossierOptions = (p: { expected: string; received: string }): string =>
  `Cần tùy chọn ${p.expected}, nhận được ${p.received}`;
export const INVALID_INPUT__dossierRecords = (p: { received: string }): string =>
  `Cần một tập hồ sơ lặp được (mảng, generator, stream), nhận được ${p.received}`;
export const INVALID_INPUT__dossierRows = (p: { received: string }): string => `Cần một tập dòng lặp được, nhận được ${p.received}`;
export const INVALID_INPUT__dossierFunction = (p: { key: string; received: string }): string =>
  `${p.key} phải là một hàm, nhận được ${p.received}`;
export const INVALID_INPUT__dossierBoolean = (p: { key: string; received: string }): string =>
  `${p.key} phải là true hoặc false, nhận được ${p.received}`;
export const INVALID_INPUT__dossierGroupBy = (p: { choices: string; received: string; suggestion: string }): string =>
  `groupBy không hợp lệ: ${p.received} (dùng ${p.choices} hoặc một hàm)${p.suggestion ? ` — có phải ý bạn là '${p.suggestion}'?` : ''}`;
export const INVALID_INPUT__dossierColumnName = (p: { received: string }): string => `Tên cột không hợp lệ: ${p.received}`;
export const INVALID_DATE_RANGE__dossierBoth = (): string =>
  'Chỉ ghi kỳ báo cáo một lần: { start, end } (hoặc một Period), không kèm from / to (tên cũ, không dùng nữa)';
export const RECEIVED_AFTER_AS_OF = (p: { receivedAt: string; asOf: string }): string =>
  `Hồ sơ tiếp nhận ngày ${p.receivedAt}, sau ngày chốt ${p.asOf}`;
export const INVALID_CUTOFF__dossierNoTime = (): string =>
  'Cần giờ tiếp nhận (ngày giờ có múi giờ) để áp dụng giờ chốt nhận hồ sơ (receiptCutoff)';
export const INVALID_INPUT__dossierCutoffFormat = (): string => 'Giờ chốt nhận hồ sơ phải có dạng HH:MM (00:00–23:59)';
export const INVALID_INPUT__dossierCutoff = (p: { received: string }): string =>
  `Giờ chốt nhận hồ sơ phải có dạng HH:MM, nhận được ${p.received}`;

// ——— tallies and rates ———
export const INVALID_TALLY = (p: { received: string }): string => `Cần một bảng tổng hợp hồ sơ (DossierTally), nhận được ${p.received}`;
export const INVALID_TALLY__group = (p: { received: string }): string => `Cần một nhóm số đếm { total, … }, nhận được ${p.received}`;
export const INVALID_TALLY__count = (p: { received: string }): string => `Số đếm phải là số nguyên không âm, nhận được ${p.received}`;
export const INVALID_TALLY__total = (p: { group: string; total: string; sum: number }): string =>
  `${p.group}.total = ${p.total} nhưng tổng các thành phần là ${p.sum}`;
export const INVALID_TALLY__calendar = (p: { received: string }): string =>
  `calendar của bảng tổng hợp phải là tên một lịch (chuỗi), nhận được ${p.received}`;
export const INVALID_TALLY__calendars = (p: { names: string }): string =>
  `Không cộng được các bảng tổng hợp tính theo những lịch khác nhau (${p.names}): hãy tính lại theo cùng một lịch`;
export const INPUT_TOO_LARGE__dossierSum = (): string => 'Tổng số hồ sơ vượt quá 2^53 − 1: không cộng chính xác được';
export const INVALID_TALLY__workload = (p: { bad: number; received: number }): string =>
  `Số hồ sơ trễ hạn (${p.bad}) lớn hơn số tiếp nhận (${p.received})`;
export const INVALID_TALLY__row = (p: { received: string }): string => `Cần một dòng tổng hợp (đối tượng), nhận được ${p.received}`;
export const INVALID_TALLY__missingColumn = (p: { column: string }): string => `Thiếu cột ${p.column}`;
export const INVALID_TALLY__columnTotal = (p: { column: string; total: number; sum: number }): string =>
  `Cột ${p.column} = ${p.total} nhưng tổng các thành phần là ${p.sum}`;
export const INVALID_INPUT__dossierDenominator = (p: { choices: string; received: string; suggestion: string }): string =>
  `Mẫu số không hợp lệ: ${p.received} (dùng ${p.choices})${p.suggestion ? ` — có phải ý bạn là '${p.suggestion}'?` : ''}`;
export const INVALID_NUMBER__dossierMaxPoints = (p: { received: string }): string =>
  `Số điểm tối đa (maxPoints) phải là số không âm, nhận được ${p.received}`;

// ——— columns ———
export const INVALID_INPUT__dossierReceivedColumn = (p: { received: string }): string =>
  `Cần cột received (Int32Array số ngày), nhận được ${p.received}`;
export const INVALID_INPUT__dossierColumn = (p: { name: string; types: string; length: number }): string =>
  `Cột ${p.name} phải là ${p.types} dài ${p.length}`;
export const INVALID_INPUT__dossierColumnsRules = (): string =>
  'Dữ liệu dạng cột chỉ có ngày: không áp dụng giờ chốt nhận hồ sơ hay so sánh theo giờ';
export const INVALID_INPUT__dossierGroups = (p: { length: number }): string => `groups phải là { codes (dài ${p.length}), count }`;
export const INVALID_INPUT__dossierGroupCode = (p: { received: string }): string => `Mã nhóm ngoài phạm vi: ${p.received}`;
export const INVALID_INPUT__dossierNoReceipt = (): string => 'Thiếu ngày tiếp nhận';

// ——— SQL ———
export const INVALID_INPUT__dossierDialect = (p: { received: string }): string =>
  `dialect phải là 'duckdb' hoặc 'postgres', nhận được ${p.received}`;
export const INVALID_INPUT__dossierSqlText = (p: { received: string }): string =>
  `Cần một tên bảng / biểu thức SQL không rỗng (không có ";"), nhận được ${p.received}`;
export const INVALID_INPUT__dossierSqlGroupBy = (p: { received: string }): string =>
  `groupBy không hợp lệ: ${p.received} (dùng level, agency, procedure, channel, month hoặc { expression })`;
export const INVALID_INPUT__dossierSqlCalendar = (): string =>
  'dossierSql đếm ngày làm việc trên một bảng lịch: ghi tên bảng vào calendarTable (calendarTableSql(calendarRows(…)) tạo bảng đó)';
export const INVALID_INPUT__dossierCalendarRows = (p: { received: string }): string =>
  `Cần các dòng lịch lặp được { date, isWorkingDay, workingDayIndex }, nhận được ${p.received}`;
export const INVALID_INPUT__dossierCalendarRow = (p: { received: string }): string => `Dòng lịch không hợp lệ: ${p.received}`;
export const UNSUPPORTED_SQL_OPTION = (): string => 'SQL chỉ so sánh theo ngày (compare: "date")';
export const UNSUPPORTED_SQL_OPTION__missingChannel = (): string =>
  'SQL không loại được dòng thiếu kênh; hãy kiểm tra dữ liệu trước (dossierSqlProblems)';
export const UNSUPPORTED_SQL_OPTION__cutoff = (): string => 'Giờ chốt nhận hồ sơ cần cột giờ tiếp nhận (columns.receivedSecond)';

// Provisional days (issue 13: _internal/tally-schema.ts)
export const INVALID_TALLY__provisional = (p: { provisional: number; received: number }): string =>
  `provisional (${p.provisional} hồ sơ tạm tính) không thể lớn hơn số hồ sơ tiếp nhận (${p.received})`;
