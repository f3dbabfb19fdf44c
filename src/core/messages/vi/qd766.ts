// Vietnamese messages of the qd766 module, keyed by error code (`CODE__variant` for further texts of a code).
// Same keys and parameters in ../vi and ../en. Numbers arrive already written the Vietnamese way.

/**
 * What an indicator needs to be measured (`QD766_NOT_MEASURABLE`).
 *
 * @category Core
 */
export type Qd766Need =
  | { readonly what: 'dossiers' }
  | { readonly what: 'dossier-fact'; readonly field: string; readonly missing: string; readonly of: string }
  | { readonly what: 'procedure'; readonly missing: string; readonly of: string }
  | { readonly what: 'catalogue' }
  | { readonly what: 'catalogue-field'; readonly field: string; readonly missing: string; readonly of: string }
  | { readonly what: 'pakn' }
  | { readonly what: 'pakn-field'; readonly field: string; readonly missing: string; readonly of: string }
  | { readonly what: 'portal-value'; readonly code: string }
  | { readonly what: 'province-value'; readonly code: string }
  | { readonly what: 'allocation'; readonly code: string }
  | { readonly what: 'something-to-measure' };

export const QD766_NOT_MEASURABLE__need = (n: Qd766Need): string => {
  switch (n.what) {
    case 'dossiers':
      return 'dữ liệu hồ sơ TTHC';
    case 'dossier-fact':
      return `trường qd766.${n.field} trên mọi hồ sơ được tính (${n.missing}/${n.of} hồ sơ thiếu)`;
    case 'procedure':
      return `mã thủ tục (procedure) trên hồ sơ (${n.missing}/${n.of} hồ sơ thiếu)`;
    case 'catalogue':
      return 'danh mục TTHC (catalogue)';
    case 'catalogue-field':
      return `trường ${n.field} trong danh mục TTHC (${n.missing}/${n.of} thủ tục thiếu)`;
    case 'pakn':
      return 'dữ liệu phản ánh, kiến nghị (truyền danh sách rỗng nếu đơn vị không nhận PAKN nào)';
    case 'pakn-field':
      return `trường ${n.field} trên mọi PAKN trong kỳ (${n.missing}/${n.of} PAKN thiếu)`;
    case 'portal-value':
      return `tỷ lệ do Cổng DVCQG công bố (provided['${n.code}'])`;
    case 'province-value':
      return `giá trị của tỉnh (provided['${n.code}'] hoặc danh mục TTHC của tỉnh)`;
    case 'allocation':
      return `cách phân bổ điểm trong nhóm ${n.code} (văn bản năm 2022 không cho biết): truyền điểm cả nhóm (provided['${n.code}'] = { points })`;
    case 'something-to-measure':
      return 'ít nhất một đối tượng để tính (tỷ lệ 0/0: chưa rõ Cổng chấm thế nào)';
  }
};

export const QD766_NOT_MEASURABLE = (p: { code: string; name: string; needs: string }): string =>
  `Không đo được ${p.code} (${p.name}): cần ${p.needs}`;
export const QD766_NOT_IN_FORCE = (p: { asOf: string; start: string }): string =>
  `Ngày ${p.asOf}: Bộ chỉ số QĐ 766 chưa vận hành (vận hành chính thức từ ${p.start})`;
export const INVALID_INPUT__qd766Edition = (p: { received: string }): string =>
  `edition phải là 'qd766-2022' hoặc 'qd766-portal', nhận được ${p.received}`;
export const INVALID_INPUT__qd766Policy = (p: { received: string }): string =>
  `policy phải là 'portal-observed' hoặc 'commune-full-marks', nhận được ${p.received}`;
export const INVALID_INPUT__qd766PolicyEdition = (): string =>
  `policy 'commune-full-marks' chỉ áp dụng cho cấu hình của Cổng (edition 'qd766-portal')`;
export const INVALID_INPUT__qd766Level = (p: { received: string; levels: string; suggestion: string }): string =>
  `level phải là một trong ${p.levels}, nhận được ${p.received}${p.suggestion ? ` — có phải ý bạn là '${p.suggestion}'?` : ''}`;
export const INVALID_INPUT__qd766Sources = (p: { received: string }): string =>
  `Cần nguồn dữ liệu { dossiers?, catalogue?, pakn? }, nhận được ${p.received}`;
export const INVALID_INPUT__qd766List = (p: { key: string; received: string }): string =>
  `${p.key} phải là một mảng, nhận được ${p.received}`;
export const INVALID_INPUT__qd766Measurement = (p: { received: string }): string => `Cần kết quả của measure766, nhận được ${p.received}`;
export const INVALID_DATE_RANGE__qd766AsOf = (p: { asOf: string; start: string }): string => `asOf ${p.asOf} trước ngày đầu kỳ ${p.start}`;
export const INVALID_INPUT__qd766Period = (p: { received: string }): string =>
  `period phải là một kỳ { start, end }, nhận được ${p.received}`;
export const INVALID_INPUT__qd766Provided = (): string => `provided phải là một đối tượng { [mã chỉ số]: dữ liệu }`;
export const QD766_NOT_MEASURABLE__or = (): string => '— hoặc';
export const INVALID_INPUT__qd766Partial = (p: { received: string }): string => `partial phải là true hoặc false, nhận được ${p.received}`;
export const INVALID_INPUT__qd766SqlText = (p: { received: string }): string =>
  `Mã SQL không hợp lệ (cần một biểu thức không rỗng, không có ";"), nhận được ${p.received}`;
export const INVALID_INPUT__qd766RowsAndDossiers = (): string => `Các dòng SQL đã thay cho hồ sơ: không truyền thêm sources.dossiers`;
export const INVALID_INPUT__qd766Of = (p: { received: string }): string =>
  `of (số đơn vị được xếp hạng) phải là số nguyên dương, nhận được ${p.received}`;
export const INVALID_INPUT__qd766PrintedRow = (p: { index: number }): string =>
  `Dòng ${p.index}: cần { unit, total?, groups?, rank? } với tên đơn vị không rỗng`;
export const INVALID_INPUT__qd766Rank = (p: { received: string }): string => `Hạng phải là số nguyên dương, nhận được ${p.received}`;
export const INVALID_INPUT__qd766PortalScore = (p: { received: string }): string =>
  `Cần kết quả chấm theo QD766_PORTAL (scoreAssessment), nhận được ${p.received}`;
export const INVALID_INPUT__qd766CsvValue = (p: { field: string; received: string; expected: string }): string =>
  `${p.field}: giá trị ${p.received} không đọc được (cần ${p.expected})`;
export const INVALID_INPUT__qd766DateFormat = (p: { received: string }): string =>
  `dateFormat phải là 'auto', 'iso' hoặc 'dd/mm/yyyy', nhận được ${p.received}`;
export const INVALID_INPUT__qd766CsvRow = (p: { index: number }): string =>
  `Dòng ${p.index}: cần một đối tượng { [tên cột]: giá trị } (như readCsvRecords cho)`;
