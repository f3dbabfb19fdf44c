import type { BilingualText } from '../core/bilingual.js';
import type { FindingSeverity } from './finding.js';

/**
 * What a finding code means and how serious it can be (ý nghĩa của mã phát hiện).
 *
 * @example
 * ```ts
 * import type { AuditFindingCodeInfo } from 'cchc';
 * const info: AuditFindingCodeInfo = { severities: ['info'], meaning: { vi: 'x', en: 'x' } };
 * ```
 *
 * @category Audits
 */
export interface AuditFindingCodeInfo {
  /** The severities the code is raised with (see the calibration in the guide). */
  readonly severities: readonly FindingSeverity[];
  /** What it says, in both languages. */
  readonly meaning: BilingualText;
}

const c = (severities: FindingSeverity[], vi: string, en: string): AuditFindingCodeInfo =>
  Object.freeze({ severities: Object.freeze(severities), meaning: Object.freeze({ vi, en }) });

/**
 * Every code an audit of `cchc` can give a finding (mã phát hiện của các phép kiểm tra), with its severities and
 * meaning. The calibration is the same everywhere: `error` only when no reading consistent with the printed
 * precision and the named conventions explains the figures; `warning` when only a loose reading of an approximate
 * figure ("gần", "khoảng", "hơn") does, or when two places may count different scopes; `info` (a note) when rounding,
 * truncation, an unprinted base or another reading explains them — the note says which.
 *
 * @example
 * ```ts
 * import { AUDIT_FINDING_CODES } from 'cchc';
 * AUDIT_FINDING_CODES['par-total-rounded'].severities; // ['info']
 * AUDIT_FINDING_CODES['change-mismatch'].meaning.en; // 'a printed change that no reading of the values explains'
 * ```
 *
 * @category Audits
 */
export const AUDIT_FINDING_CODES = Object.freeze({
  // sums and parts
  'sum-mismatch': c(
    ['error', 'warning'],
    'các thành phần (hoặc các dòng) không cộng lại được tổng in',
    'parts (or rows) that do not add up to the printed total',
  ),
  'sum-rounded': c(
    ['info'],
    'chênh lệch tổng nằm trong sai số làm tròn của các số in',
    'a total off by what the rounding of the printed figures explains',
  ),
  'parts-mismatch': c(
    ['error', 'warning'],
    'một tổng trong dòng không bằng các phần của nó',
    'a total inside a row that is not the sum of its parts',
  ),
  'parts-exceed-total': c(['error', 'warning'], 'các phần "trong đó" lớn hơn tổng', 'listed parts larger than their total'),
  'rows-exceed-total': c(
    ['error', 'warning'],
    'các dòng liệt kê (không đủ) đã lớn hơn dòng tổng',
    'the rows of a partial list exceed the total row',
  ),
  'identity-mismatch': c(['error', 'warning'], 'đẳng thức in sai', 'a printed identity that does not hold'),
  'identity-rounded': c(['info'], 'đẳng thức chỉ đúng khi tính đến làm tròn', 'an identity that holds within rounding'),
  'cross-reference-mismatch': c(['warning', 'error'], 'cùng một số liệu được in khác nhau', 'the same figure printed differently'),
  'cross-reference-rounded': c(
    ['info'],
    'cùng một số liệu in ở hai độ chính xác, khớp khi làm tròn',
    'one figure at two precisions, agreeing once rounded',
  ),
  'cross-reference-truncated': c(['info'], 'số ngắn hơn cắt bớt số dài thay vì làm tròn', 'the shorter figure truncates the longer one'),
  'cross-reference-approximate': c(
    ['info'],
    'đúng theo nghĩa của từ gần đúng nhưng xa hơn mức thường hiểu',
    'true by the approximate words, but further than usual',
  ),
  'claim-not-met': c(['error'], 'khẳng định "đạt trên x%" không đúng', 'a claim "above x%" the figures do not bear out'),
  // rates and shares
  'rate-mismatch': c(['error', 'warning'], 'tỷ lệ in không suy ra được từ các số', 'a printed rate that does not follow from its counts'),
  'rate-truncated': c(['info'], 'tỷ lệ in bị cắt bớt chữ số thay vì làm tròn', 'a printed rate truncated rather than rounded'),
  'rate-rounded': c(
    ['info'],
    'tỷ lệ chỉ khớp khi tính đến làm tròn các số in',
    'a rate that fits only within the rounding of the printed figures',
  ),
  'rate-base': c(
    ['info'],
    'tỷ lệ được tính trên một mẫu số khác (hoặc từ các số khác của dòng)',
    "a rate over another base (or from the row's other counts)",
  ),
  'rate-undefined': c(['info', 'error'], 'tỷ lệ trên mẫu số bằng 0', 'a rate over a denominator of 0'),
  'rate-unverifiable': c(['info'], 'tỷ lệ không kiểm tra được: thiếu số liệu', 'a rate whose counts are not printed'),
  'share-mismatch': c(['error'], 'tỷ trọng in không khớp với số đếm', 'a printed share that does not follow from its count'),
  'shares-sum-mismatch': c(['error'], 'các tỷ trọng in không cộng lại được 100%', 'printed shares that do not add up to 100%'),
  // dossier tables
  'exceeds-received': c(
    ['error', 'warning'],
    'giải quyết + đang giải quyết nhiều hơn số tiếp nhận',
    'more dossiers accounted for than received',
  ),
  'received-unaccounted': c(['info'], 'một số hồ sơ tiếp nhận không rõ tình trạng', 'some dossiers received are not accounted for'),
  'carried-over-implied': c(['info'], 'có hồ sơ kỳ trước chuyển sang, bảng không in', 'dossiers carried over, not printed'),
  // PAR INDEX tables
  'par-total-mismatch': c(
    ['error', 'warning'],
    'các điểm thành phần không cộng lại được tổng điểm',
    'components that do not add up to the total',
  ),
  'par-total-rounded': c(
    ['info'],
    'tổng điểm lệch trong sai số làm tròn của các điểm thành phần',
    'a total off by the rounding of its components',
  ),
  'par-total-approximate': c(['info'], 'tổng điểm khớp theo nghĩa của từ gần đúng', 'a total that fits the approximate words'),
  'par-component-above-max': c(['error'], 'điểm thành phần vượt điểm tối đa', 'a component above its maximum'),
  'par-total-above-max': c(['error'], 'tổng điểm vượt điểm tối đa', 'a total above the maximum'),
  'par-index-mismatch': c(['error', 'warning'], 'chỉ số không bằng tổng điểm / điểm tối đa', 'an index that is not total / maximum'),
  'par-index-truncated': c(['info'], 'chỉ số bị cắt bớt chữ số', 'a truncated index'),
  'par-index-rounded': c(['info'], 'chỉ số lệch trong sai số làm tròn của tổng điểm', 'an index off by the rounding of the total'),
  'par-rank-mismatch': c(
    ['error'],
    'xếp hạng không theo giá trị (cả bảng xếp hạng)',
    'a rank that does not follow the values (whole ranking)',
  ),
  'par-rank-rounded': c(
    ['info'],
    'xếp hạng chỉ giải thích được bằng các giá trị chưa làm tròn (in ở độ chính xác khác nhau)',
    'a rank explained only by unrounded values (printed at different precisions)',
  ),
  'par-rank-out-of-range': c(['error'], 'hạng lớn hơn số đơn vị được xếp hạng', 'a rank beyond the size of the ranking'),
  'par-rank-order': c(['error'], 'trích đoạn bảng xếp hạng: thứ tự hạng ngược với giá trị', 'an excerpt whose ranks contradict the values'),
  'par-rank-excerpt': c(
    ['info'],
    'bảng được đọc như trích đoạn của bảng xếp hạng lớn hơn',
    'a table read as an excerpt of a larger ranking',
  ),
  'par-class-mismatch': c(['error', 'warning'], 'xếp loại không theo khoảng xếp loại', 'a class that is not the band of the index'),
  'par-class-unverified': c(['info'], 'xếp loại không kiểm tra được (khoảng chưa rõ)', 'a class whose band is UNKNOWN'),
  'par-mean-mismatch': c(['error', 'warning'], 'bình quân in không khớp', 'a printed mean that does not follow'),
  'par-mean-truncated': c(['info'], 'bình quân in bị cắt bớt chữ số', 'a truncated printed mean'),
  'par-mean-rounded': c(['info'], 'bình quân lệch trong sai số làm tròn', 'a mean off by rounding'),
  // SIPAS tables
  'sipas-out-of-range': c(['error'], 'giá trị ngoài thang điểm', 'a value outside its scale'),
  'sipas-score-mismatch': c(
    ['error', 'warning'],
    'điểm /10 không khớp với tỷ lệ in bên cạnh',
    'a score out of 10 that does not match the percent beside it',
  ),
  'sipas-score-rounded': c(['info'], 'điểm /10 và tỷ lệ khớp trong sai số làm tròn', 'a score and a percent agreeing within rounding'),
  'sipas-mean-mismatch': c(
    ['error', 'warning'],
    'chỉ số chung không phải bình quân các thành phần (khi phương pháp quy định như vậy)',
    'an overall index that is not the mean of its components (when the method says it is)',
  ),
  'sipas-mean-rounded': c(
    ['info'],
    'chỉ số chung khớp bình quân trong sai số làm tròn',
    'an overall index equal to the mean within rounding',
  ),
  'sipas-overall-outside': c(
    ['error'],
    'chỉ số chung nằm ngoài khoảng các thành phần',
    'an overall index outside the range of its components',
  ),
  'sipas-printed-mean-mismatch': c(['error', 'warning'], 'bình quân in không khớp', 'a printed mean that does not follow'),
  'sipas-printed-mean-rounded': c(['info'], 'bình quân in lệch trong sai số làm tròn', 'a printed mean off by rounding'),
  'sipas-rank-mismatch': c(
    ['error'],
    'xếp hạng không theo giá trị (cả bảng xếp hạng)',
    'a rank that does not follow the values (whole ranking)',
  ),
  'sipas-rank-rounded': c(
    ['info'],
    'xếp hạng chỉ giải thích được bằng các giá trị chưa làm tròn (in ở độ chính xác khác nhau)',
    'a rank explained only by unrounded values (printed at different precisions)',
  ),
  'sipas-rank-out-of-range': c(['error'], 'hạng lớn hơn số đơn vị được xếp hạng', 'a rank beyond the size of the ranking'),
  'sipas-rank-order': c(
    ['error'],
    'trích đoạn bảng xếp hạng: thứ tự hạng ngược với giá trị',
    'an excerpt whose ranks contradict the values',
  ),
  'sipas-rank-excerpt': c(
    ['info'],
    'bảng được đọc như trích đoạn của bảng xếp hạng lớn hơn',
    'a table read as an excerpt of a larger ranking',
  ),
  // changes
  'change-mismatch': c(
    ['error', 'warning'],
    'mức thay đổi in không cách đọc nào giải thích được',
    'a printed change that no reading of the values explains',
  ),
  'change-rounded': c(['info'], 'mức thay đổi khớp trong sai số làm tròn', 'a change that fits within rounding'),
  'change-approximate': c(['info'], 'mức thay đổi khớp theo nghĩa của từ gần đúng', 'a change that fits the approximate words'),
  'change-reading': c(
    ['info'],
    'cách đọc giải thích được mức thay đổi (điểm phần trăm hay tương đối)',
    'the reading that explains a change (percentage points or relative)',
  ),
  'change-reading-mismatch': c(
    ['warning'],
    'cách đọc được chỉ định không khớp, cách đọc khác khớp',
    'the reading named does not fit, another does',
  ),
  'change-implied': c(
    ['info'],
    'giá trị kỳ trước (hoặc kỳ này) suy ra từ mức thay đổi',
    'the earlier (or current) value the change implies',
  ),
  'rank-change-mismatch': c(
    ['error', 'warning'],
    'thay đổi xếp hạng in không khớp với hai hạng',
    'a printed rank change that does not match the two ranks',
  ),
  'rank-change-out-of-range': c(
    ['error'],
    'thay đổi xếp hạng cho hạng kỳ trước không tồn tại',
    'a rank change implying an earlier rank that does not exist',
  ),
  'rank-change-implied': c(['info'], 'hạng kỳ trước suy ra từ thay đổi xếp hạng', 'the earlier rank a rank change implies'),
  // tasks
  'tasks-sum-mismatch': c(['error', 'warning'], 'tổng số nhiệm vụ không bằng các phần', 'a task total that is not the sum of its parts'),
  'tasks-part-exceeds': c(['error'], 'một phần nhiệm vụ lớn hơn tổng', 'a part larger than its total'),
  'tasks-due-mismatch': c(['error'], 'số nhiệm vụ đến hạn không thể có', 'an impossible number of tasks due'),
  'tasks-due-early': c(['info'], 'một số nhiệm vụ hoàn thành trước khi đến hạn', 'some tasks completed before they fell due'),
  // bases not printed
  'implied-base': c(['info'], 'mẫu số suy ra từ số liệu và tỷ lệ in', 'the base a printed part and rate imply'),
  'implied-base-out-of-range': c(['error'], 'mẫu số suy ra nằm ngoài giới hạn đã biết', 'an implied base outside a known bound'),
  'implied-bases-mismatch': c(
    ['error', 'warning'],
    'mẫu số suy ra của các phần không cộng lại được mẫu số của tổng',
    "the parts' implied bases do not add up to the whole's",
  ),
  // reports
  'annex-reference-mismatch': c(
    ['warning', 'error'],
    'phụ lục ghi sai số hoặc ngày của báo cáo',
    'an annex citing the wrong report number or date',
  ),
} satisfies Record<string, AuditFindingCodeInfo>);

/**
 * A finding code of `cchc`'s audits.
 *
 * @category Audits
 */
export type AuditFindingCode = keyof typeof AUDIT_FINDING_CODES;
