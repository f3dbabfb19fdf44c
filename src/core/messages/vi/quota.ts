// Vietnamese messages of the quota module, keyed by error code (`CODE__variant` for further texts of a code).
// Same keys and parameters in ../vi and ../en.

export const UNKNOWN_REGIME = (p: { received: string; known: string }): string => `Không có cơ chế tự chủ ${p.received}; dùng ${p.known}`;
export const RATE_OUT_OF_RANGE__noAutonomyBand = (p: { percent: string }): string => `Không có nhóm tự chủ cho ${p.percent}%`;
export const UNKNOWN_TARGET__streamlining = (p: { received: string; known: string }): string =>
  `Không có mục tiêu tinh giản ${p.received}; các mã hợp lệ: ${p.known}`;
export const MISSING_TARGET = (): string =>
  'Cần mục tiêu: `target` (số lượng), `targetPercent` (số % so với biên chế gốc) hoặc `targetShare` (tỷ lệ, vd. "10%")';
export const CONFLICTING_TARGET = (p: { keys: string }): string =>
  `Chỉ truyền một trong \`target\`, \`targetPercent\`, \`targetShare\` (nhận được ${p.keys}: các giá trị có thể mâu thuẫn)`;
export const TARGET_ROUNDING_REQUIRED = (): string =>
  'Mục tiêu tính từ tỷ lệ % cần chỉ rõ cách làm tròn (`targetRounding`): các nguồn làm tròn khác nhau, "ít nhất p%" tương ứng với `up`';
export const INVALID_COUNT__quotaZeroTarget = (): string => 'Mục tiêu phải lớn hơn 0';
export const RATE_OUT_OF_RANGE__quotaZeroTarget = (p: { received: string }): string => `Mục tiêu phải lớn hơn 0%, nhận được ${p.received}`;
export const INVALID_INPUT__quotaTargetAboveBase = (p: { value: number; limit: number }): string =>
  `Mục tiêu (${p.value}) không thể lớn hơn biên chế gốc (${p.limit})`;
export const INVALID_INPUT__quotaCutAboveBase = (p: { value: number; limit: number }): string =>
  `Số biên chế đã cắt giảm (${p.value}) không thể lớn hơn biên chế gốc (${p.limit})`;
export const INVALID_INPUT__quotaProgressMismatch = (p: { target: number; achieved: number }): string =>
  `Kết quả tiến độ không khớp với chính nó: remaining, surplus và met phải suy ra từ mục tiêu ${p.target} và số đã đạt ${p.achieved}`;
export const INVALID_DATE_RANGE__streamliningPace = (p: { start: string; end: string }): string =>
  `Hạn cuối (${p.end}) phải sau ngày bắt đầu (${p.start})`;
export const INVALID_UNIT_EVENT = (p: { from: string; into: string }): string =>
  `Sáp nhập ${p.from} đơn vị thành ${p.into} đơn vị không làm giảm đơn vị nào (cần into < from)`;
export const INVALID_UNIT_EVENT__reduction = (p: { reduction: string; expected: string }): string =>
  `Sự kiện ghi reduction ${p.reduction} nhưng sự kiện này làm giảm ${p.expected} đơn vị`;
export const INVALID_INPUT__disbursementPlanYear = (p: { received: string }): string =>
  `Năm kế hoạch không hợp lệ: ${p.received} (cần số nguyên 1–9998)`;
export const INVALID_INPUT__disbursementMeasured = (): string => 'Chỉ tiêu giải ngân cần `measured` { vi, en } (thời điểm đo kết quả)';
export const DATE_OUT_OF_RANGE__streamliningRegime = (p: { date: string; start: string; end: string }): string =>
  `Không có chế độ tinh giản biên chế nào được mã hóa cho ngày ${p.date}: danh mục từ ${p.start} (Nghị định 29/2023/NĐ-CP) đến ${p.end} (hết hiệu lực áp dụng Nghị định 154/2025/NĐ-CP)`;
