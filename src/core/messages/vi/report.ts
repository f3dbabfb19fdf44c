// Vietnamese messages of the report module, keyed by error code (`CODE__variant` for further texts of a code).
// Same keys and parameters in ../vi and ../en. Parameters are already formatted values (`show(x)`), never raw input.

export const ZERO_DENOMINATOR__dashboardClasses = (): string => 'Không có đơn vị nào trong các loại';
export const INVALID_INPUT__dashboardPaceDate = (): string => 'Cần ngày số liệu (asOf) để kiểm tra tiến độ';
export const INVALID_INPUT__dashboardSource = (): string =>
  'Chỉ dùng một trong hai: sources (danh sách SourceRef) hoặc source (cách ghi cũ)';
export const INVALID_INPUT__dashboardTarget = (): string => 'Chỉ dùng một trong hai: targetPercent hoặc target (cách ghi cũ)';
export const INVALID_INPUT__chartColors = (p: { colors: number; statuses: number }): string =>
  `Cần đúng một màu cho mỗi trạng thái: ${p.colors} màu cho ${p.statuses} trạng thái`;
export const INVALID_INPUT__taskStatus = (p: { received: string; suggestion: string }): string =>
  `Trạng thái nhiệm vụ không hợp lệ: ${p.received}${p.suggestion ? ` — có phải ý bạn là '${p.suggestion}'?` : ''}`;

export const MISSING_OPTIONAL_PACKAGE = (p: { packages: string; feature: string; command: string }): string =>
  `${p.feature} cần các gói tùy chọn ${p.packages}, chưa được cài đặt. Cài bằng lệnh: ${p.command}`;
