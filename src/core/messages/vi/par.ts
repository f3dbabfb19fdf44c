// Vietnamese messages of the par module, keyed by error code (`CODE__variant` for further texts of a code).
// Same keys and parameters in ../vi and ../en. Numbers arrive already written the Vietnamese way ("14,5", "90%").

/**
 * What a value should have been, named in messages of the par module (`INVALID_INPUT__parType`).
 *
 * @category Core
 */
export type ParExpected =
  | 'methodology'
  | 'id'
  | 'text'
  | 'boolean'
  | 'node'
  | 'nodeName'
  | 'children'
  | 'list'
  | 'inputs'
  | 'row'
  | 'band'
  | 'bandList'
  | 'unit'
  | 'unitId'
  | 'items'
  | 'values'
  | 'score'
  | 'scorePart'
  | 'comparison'
  | 'rankTarget'
  | 'rankRange'
  | 'bilingual'
  | 'unknownBand'
  | 'rounding'
  | 'unitLevels';

/**
 * Why a rule text could not be read (`PAR_INVALID_RULE__text`).
 *
 * @category Core
 */
export type ParRuleTextProblem =
  | 'params'
  | 'kind'
  | 'list'
  | 'points'
  | 'outcome'
  | 'number'
  | 'bound'
  | 'percent'
  | 'option'
  | 'whenEmpty';

const EXPECTED: Readonly<Record<ParExpected, string>> = {
  methodology: 'một bộ tiêu chí { id, name, nodes }',
  id: 'một mã (id) không rỗng',
  text: 'một chuỗi',
  boolean: 'true hoặc false',
  node: 'một nút { code, name, maxPoints, … }',
  nodeName: 'tên tiếng Việt không rỗng',
  children: 'một mảng nút con',
  list: 'một mảng',
  inputs: 'một đối tượng { [mã]: dữ liệu }',
  row: 'một dòng { code, name, maxPoints, rule? }',
  band: 'một khoảng { key, title, min, … }',
  bandList: 'một danh sách khoảng xếp loại hoặc một bảng xếp loại { bands, … }',
  unit: 'một đơn vị { id, value }',
  unitId: 'một mã đơn vị (chuỗi không rỗng hoặc số)',
  items: 'một mảng { id, value }',
  values: 'một mảng giá trị',
  score: 'kết quả của scoreAssessment',
  scorePart: 'kết quả của scoreAssessment (hoặc một phần của nó)',
  comparison: 'một đối tượng { selfAssessment, appraisal }',
  rankTarget: 'một đối tượng { rank, of, target: { from, to } }',
  rankRange: 'một khoảng hạng { from, to }',
  bilingual: 'một văn bản song ngữ { vi, en }',
  unknownBand: 'một loại chưa rõ ngưỡng { key, title, note }',
  rounding: 'một cách làm tròn { decimals, mode? }',
  unitLevels: "một đối tượng { [cấp đơn vị]: 'max' | 'inherited' | 'not-applicable' }",
};

const RULE_FORMS =
  'Dạng hợp lệ: "manual", "binary", "proportional", "survey", ' +
  '"tiered: Kịp thời = 1; Không kịp thời = 0,5; Không ban hành = 0", "percent-bands: trên 90% = 2; từ 70% = 1; từ 0% = 0", ' +
  '"proportional: fullAt = 90%; whenEmpty = max"';

const RULE_TEXT_PROBLEM: Readonly<Record<ParRuleTextProblem, (part: string) => string>> = {
  params: (part) => `'${part}' không có tham số`,
  kind: (part) => `loại quy tắc "${part}" không có`,
  list: () => 'thiếu danh sách mức điểm sau dấu ":"',
  points: (part) => `"${part}" thiếu "= điểm"`,
  outcome: () => 'một mức thiếu tên kết quả',
  number: (part) => `"${part}" không phải số viết kiểu Việt Nam (dấu phẩy thập phân)`,
  bound: (part) => `"${part}" phải bắt đầu bằng ">=", "≥", "từ", ">" hoặc "trên"`,
  percent: (part) => `"${part}" không phải phần trăm (ví dụ "90%", "72,5%")`,
  option: (part) => `"${part}" không phải tham số của quy tắc (dùng fullAt, whenEmpty, share)`,
  whenEmpty: (part) => `whenEmpty "${part}" không hợp lệ (dùng max, zero hoặc not-applicable)`,
};

const didYouMean = (s: string): string => (s ? ` — có phải ý bạn là '${s}'?` : '');
const from = (inclusive: boolean): string => (inclusive ? 'từ' : 'trên');

// ——— types of values ———
export const INVALID_INPUT__parType = (p: { expected: ParExpected; received: string }): string =>
  `Cần ${EXPECTED[p.expected]}, nhận được ${p.received}`;

// ——— rules ———
export const PAR_INVALID_RULE = (p: { received: string; kinds: string }): string =>
  `Quy tắc chấm điểm không hợp lệ: ${p.received} (dùng ${p.kinds})`;
export const PAR_INVALID_RULE__noTiers = (): string => `Quy tắc 'tiered' cần ít nhất một mức { outcome, points }`;
export const PAR_INVALID_RULE__tier = (p: { received: string }): string => `Cần một mức { outcome, points }, nhận được ${p.received}`;
export const PAR_INVALID_RULE__outcome = (p: { received: string }): string =>
  `Mức cần một kết quả (outcome) không rỗng, nhận được ${p.received}`;
export const PAR_INVALID_RULE__noBands = (): string => `Quy tắc 'percent-bands' cần ít nhất một khoảng { min, points }`;
export const PAR_INVALID_RULE__band = (p: { received: string }): string => `Cần một khoảng { min, points }, nhận được ${p.received}`;
export const PAR_INVALID_RULE__fullAt = (p: { received: string }): string =>
  `fullAt (ngưỡng đạt điểm tối đa) phải là một tỷ lệ lớn hơn 0% và không quá 100%, nhận được ${p.received}`;
export const PAR_INVALID_RULE__flag = (p: { key: string; received: string }): string =>
  `${p.key} phải là true hoặc false, nhận được ${p.received}`;
export const PAR_INVALID_RULE__text = (p: { text: string; problem: ParRuleTextProblem; part: string }): string =>
  `Không đọc được quy tắc ${p.text}: ${RULE_TEXT_PROBLEM[p.problem](p.part)}. ${RULE_FORMS}`;
export const PAR_INVALID_RULE__notText = (p: { received: string }): string => `Cần quy tắc dạng chữ, nhận được ${p.received}`;
export const PAR_INVALID_RULE__notRule = (p: { received: string }): string => `Cần một quy tắc { kind, … }, nhận được ${p.received}`;
export const PAR_INVALID_RULE__outcomeText = (p: { received: string }): string =>
  `Kết quả ${p.received} không viết được thành chữ (không được rỗng, có khoảng trắng đầu/cuối, hay chứa ";" hoặc "=")`;
export const PAR_DUPLICATE_OUTCOME = (p: { outcome: string; first: number }): string => `Kết quả "${p.outcome}" trùng với mức ${p.first}`;
export const PAR_RULE_POINTS_OUT_OF_RANGE = (p: { max: string; received: string }): string =>
  `Điểm của quy tắc phải từ 0 đến điểm tối đa${p.max ? ` ${p.max}` : ''}, nhận được ${p.received}`;
export const PAR_RULE_MAX_UNREACHABLE = (p: { best: string; max: string }): string =>
  `Mức điểm cao nhất của quy tắc là ${p.best}, không bằng điểm tối đa ${p.max}: không bao giờ đạt được điểm tối đa`;
export const PAR_BAND_OUT_OF_RANGE__min = (p: { received: string; exclusiveOne: boolean }): string =>
  `Cận dưới của khoảng phải là tỷ lệ trong [0, 1] (0,9 = 90%), nhận được ${p.received}` +
  (p.exclusiveOne ? ' (không tính chính nó: khoảng rỗng)' : '');
export const PAR_BAND_OUT_OF_RANGE__max = (p: { received: string }): string =>
  `Cận trên của khoảng phải là tỷ lệ trong [0, 1] (0,9 = 90%), nhận được ${p.received}`;
export const PAR_BAND_OUT_OF_RANGE__empty = (p: { band: number; max: string; min: string }): string =>
  `Khoảng ${p.band} rỗng: cận trên ${p.max} không lớn hơn cận dưới ${p.min}`;
export const PAR_BANDS_OVERLAP__sameStart = (p: { band: number; inclusive: boolean; min: string }): string =>
  `Khoảng ${p.band} và khoảng ${p.band - 1} cùng bắt đầu ${from(p.inclusive)} ${p.min}: ` +
  'hai khoảng chồng nhau, một tỷ lệ không biết được bao nhiêu điểm';
export const PAR_BANDS_NOT_ORDERED = (p: { band: number; min: string; previousMin: string }): string =>
  'Các khoảng phải xếp từ cận dưới cao nhất xuống thấp nhất: ' +
  `khoảng ${p.band} (${p.min}) không thấp hơn khoảng ${p.band - 1} (${p.previousMin})`;
export const PAR_BANDS_NOT_MONOTONIC = (p: { band: number; points: string; previousPoints: string }): string =>
  `Khoảng cao hơn phải cho điểm không thấp hơn: khoảng ${p.band - 1} cho ${p.previousPoints} điểm, khoảng ${p.band} cho ${p.points} điểm`;

/**
 * A percent band printed with both ends, and the band above it (`above` null: the top, 100%).
 *
 * @category Core
 */
export interface ParBandTop {
  readonly band: number;
  readonly minInclusive: boolean;
  readonly min: string;
  readonly maxInclusive: boolean;
  readonly max: string;
  readonly above: number | null;
  readonly aboveMinInclusive: boolean;
  readonly aboveMin: string;
}
const rangeOf = (p: ParBandTop): string => `${from(p.minInclusive)} ${p.min} đến ${p.maxInclusive ? 'hết' : 'dưới'} ${p.max}`;
const wantOf = (p: ParBandTop): string =>
  p.above === null ? 'lên đến 100%' : `đến ${p.aboveMinInclusive ? 'dưới' : 'hết'} ${p.aboveMin}, nơi khoảng ${p.above} bắt đầu`;
export const PAR_BANDS_NOT_COVERING__gap = (p: ParBandTop): string =>
  `Khoảng ${p.band} (${rangeOf(p)}) để hở: các tỷ lệ từ ${p.max} đến ${p.above === null ? '100%' : p.aboveMin} ` +
  `không được điểm nào; khoảng cần kéo ${wantOf(p)}`;
export const PAR_BANDS_OVERLAP__top = (p: ParBandTop): string =>
  `Khoảng ${p.band} (${rangeOf(p)}) chồng lên khoảng phía trên; khoảng chỉ được kéo ${wantOf(p)}`;
export const PAR_BANDS_NOT_COVERING = (p: { minInclusive: boolean; min: string }): string =>
  `Các khoảng phải phủ kín [0, 1]: khoảng thấp nhất phải bắt đầu từ 0 (tính cả 0), nhận được ${from(p.minInclusive)} ${p.min}`;

// ——— methodologies ———
export const PAR_INVALID_CODE = (p: { received: string }): string =>
  `Mã ${p.received} không hợp lệ: cần các đoạn chữ/số nối bằng dấu chấm ("1", "1.1", "1.1.2")`;
export const PAR_DUPLICATE_CODE = (p: { code: string; at: string }): string => `Mã "${p.code}" trùng với nút ở ${p.at}`;
export const PAR_CODE_NOT_UNDER_PARENT = (p: { code: string; parent: string }): string =>
  `Mã "${p.code}" không phải mã con của "${p.parent}" (cần "${p.parent}.<số>")`;
export const PAR_CODE_NOT_UNDER_PARENT__top = (p: { code: string; parent: string; at: string }): string =>
  `Mã "${p.code}" đứng ở cấp cao nhất nhưng nút cha "${p.parent}" có ở ${p.at}: đặt "${p.code}" vào children của "${p.parent}"`;
export const PAR_MISSING_PARENT = (p: { code: string; parent: string; ancestor: string }): string =>
  `Mã "${p.code}" thiếu nút cha "${p.parent}" (bộ tiêu chí có "${p.ancestor}" nhưng không có "${p.parent}")`;
export const PAR_INVALID_MAX_POINTS__empty = (p: { node: string }): string => `Nút ${p.node} thiếu điểm tối đa (maxPoints trống)`;
export const PAR_INVALID_MAX_POINTS = (p: { node: string; received: string; detail: string }): string =>
  `Điểm tối đa của nút ${p.node} phải là số lớn hơn 0, nhận được ${p.received}${p.detail ? ` (${p.detail})` : ''}`;
export const PAR_INVALID_MAX_POINTS__total = (p: { received: string }): string =>
  `Tổng điểm tối đa phải lớn hơn 0, nhận được ${p.received}`;
export const PAR_ROLE_CONFLICT = (p: { node: string; role: string; parent: string; parentRole: string }): string =>
  `Nút ${p.node} là '${p.role}' nhưng nút cha "${p.parent}" là '${p.parentRole}': điểm thưởng / điểm trừ chỉ đặt ở cấp cao nhất`;
export const PAR_CHANNEL_CONFLICT = (p: { node: string; channel: string; parent: string; parentChannel: string }): string =>
  `Nút ${p.node} thuộc kênh '${p.channel}' nhưng nút cha "${p.parent}" thuộc kênh '${p.parentChannel}'`;
export const PAR_CHANNEL_CONFLICT__survey = (p: { node: string }): string =>
  `Tiêu chí ${p.node} chấm theo điều tra xã hội học (rule 'survey') nhưng thuộc kênh 'assessed'`;
export const PAR_MISSING_RULE = (p: { node: string }): string => `Tiêu chí lá ${p.node} không có quy tắc chấm điểm (rule)`;
export const PAR_RULE_ON_PARENT = (p: { node: string }): string =>
  `Nút ${p.node} có nút con nên điểm của nó là tổng điểm các nút con; bỏ quy tắc (rule) của nó`;
export const PAR_CHILDREN_SUM_MISMATCH = (p: { node: string; max: string; sum: string; parts: string }): string =>
  `Điểm tối đa của ${p.node} là ${p.max} nhưng các nút con cộng lại được ${p.sum} (${p.parts})`;
export const PAR_EMPTY_METHODOLOGY = (): string => 'Bộ tiêu chí không có lĩnh vực nào (nodes rỗng)';
export const PAR_EMPTY_METHODOLOGY__onlyExtra = (): string => 'Bộ tiêu chí chỉ có điểm thưởng / điểm trừ, không có lĩnh vực nào';
export const PAR_EMPTY_METHODOLOGY__rows = (p: { received: string }): string => `Cần ít nhất một dòng tiêu chí, nhận được ${p.received}`;
export const PAR_EMPTY_METHODOLOGY__noRowLeft = (): string => 'Không còn dòng hợp lệ nào';
export const PAR_TOTAL_MISMATCH = (p: { declared: string; sum: string }): string =>
  `Tổng điểm tối đa khai báo là ${p.declared} nhưng các lĩnh vực cộng lại được ${p.sum}`;
export const INPUT_TOO_DEEP__parMethodology = (p: { max: number }): string =>
  `Bộ tiêu chí lồng quá sâu: tối đa ${p.max} cấp (lĩnh vực → tiêu chí → tiêu chí thành phần → …)`;

// ——— rows of a spreadsheet ———
export const PAR_DUPLICATE_CODE__row = (p: { code: string; first: number }): string => `Mã "${p.code}" trùng với dòng ${p.first}`;
export const PAR_MISSING_PARENT__row = (p: { code: string; parent: string; ancestor: string }): string =>
  `Dòng "${p.code}" thiếu dòng cha "${p.parent}" (có dòng "${p.ancestor}" nhưng không có "${p.parent}")`;
export const PAR_TOTAL_MISMATCH__row = (p: { name: string; value: string; declared: string }): string =>
  `Dòng tổng "${p.name}" ghi ${p.value} điểm nhưng tổng điểm tối đa khai báo là ${p.declared}`;
export const PAR_INVALID_CODE__number = (p: { received: string }): string =>
  `Mã ${p.received} là số chứ không phải chữ: đọc cột mã dưới dạng chữ (là số thì "1.10" và "1.1" như nhau)`;
export const PAR_INVALID_CODE__missing = (p: { row: number; name: string }): string =>
  `Dòng ${p.row} không có mã (cột code trống)${p.name ? ` ("${p.name}")` : ''}: ` +
  'mỗi lĩnh vực, tiêu chí cần một mã như "1", "1.1", "1.1.2"; nếu dòng này là một mức chấm của tiêu chí phía trên, ' +
  'ghi nó vào cột quy tắc của tiêu chí đó ("tiered: Kịp thời = 1; Không kịp thời = 0,5")';
export const PAR_INVALID_CODE__row = (p: { received: string }): string => `Mã ${p.received} không hợp lệ: cần dạng "1", "1.1", "1.1.2"`;

// ——— assessments ———
export const PAR_INPUT_MISMATCH__notObject = (p: { code: string; kind: string; accepted: string; received: string }): string =>
  `Tiêu chí "${p.code}" (quy tắc '${p.kind}') cần ${p.accepted} hoặc 'not-applicable', nhận được ${p.received}`;
export const PAR_INPUT_MISMATCH = (p: { code: string; kind: string; accepted: string; received: string }): string =>
  `Tiêu chí "${p.code}" (quy tắc '${p.kind}') cần ${p.accepted}, nhận được ${p.received}`;
export const PAR_INPUT_MISMATCH__met = (p: { code: string; received: string }): string =>
  `Tiêu chí "${p.code}": met phải là true hoặc false, nhận được ${p.received}`;
export const PAR_INPUT_MISMATCH__outcome = (p: { code: string; received: string }): string =>
  `Tiêu chí "${p.code}": outcome phải là chuỗi, nhận được ${p.received}`;
export const PAR_INPUT_MISMATCH__parent = (p: { code: string; received: string }): string =>
  `"${p.code}" có tiêu chí con: nhập điểm cho các tiêu chí con, hoặc 'not-applicable', nhận được ${p.received}`;
export const PAR_NEGATIVE_POINTS = (p: { code: string; received: string }): string =>
  `Tiêu chí "${p.code}": điểm không được âm, nhận được ${p.received}`;
export const PAR_POINTS_ABOVE_MAX = (p: { code: string; points: string; max: string }): string =>
  `Tiêu chí "${p.code}": ${p.points} điểm vượt điểm tối đa ${p.max}`;
export const PAR_UNKNOWN_OUTCOME = (p: { code: string; outcome: string; outcomes: string }): string =>
  `Tiêu chí "${p.code}": kết quả "${p.outcome}" không có trong quy tắc (${p.outcomes})`;
export const RATE_OUT_OF_RANGE__parRate = (p: { code: string; key: string; received: string }): string =>
  `Tiêu chí "${p.code}": ${p.key} phải là tỷ lệ trong [0, 1] (0,85 hoặc "85%"), nhận được ${p.received}`;
export const RATE_OUT_OF_RANGE__parCounts = (p: { code: string; numerator: string; denominator: string }): string =>
  `Tiêu chí "${p.code}": tử số và mẫu số không được âm (${p.numerator}/${p.denominator})`;
export const RATE_OUT_OF_RANGE__parAboveOne = (p: { code: string; numerator: string; denominator: string }): string =>
  `Tiêu chí "${p.code}": tử số ${p.numerator} lớn hơn mẫu số ${p.denominator}, tỷ lệ vượt quá 1`;
export const ZERO_DENOMINATOR__parCriterion = (p: { code: string; numerator: string }): string =>
  `Tiêu chí "${p.code}": mẫu số bằng 0 (${p.numerator}/0), không tính được tỷ lệ`;
export const PAR_UNKNOWN_CODE = (p: { code: string; methodology: string; suggestion: string }): string =>
  `Mã "${p.code}" không có trong bộ tiêu chí "${p.methodology}"${didYouMean(p.suggestion)}`;
export const PAR_NOT_APPLICABLE_NOT_ALLOWED = (p: { code: string }): string =>
  `Tiêu chí "${p.code}" không được đánh dấu "không phát sinh" (not-applicable) theo bộ tiêu chí`;
export const PAR_INPUT_UNDER_NOT_APPLICABLE = (p: { code: string; ancestor: string }): string =>
  `"${p.code}" nằm trong "${p.ancestor}" đã đánh dấu không phát sinh: bỏ dữ liệu của "${p.code}"`;
export const PAR_MISSING_INPUT = (p: { code: string; name: string }): string =>
  `Thiếu dữ liệu chấm điểm cho tiêu chí "${p.code}" (${p.name})`;

// ——— classes, ranks, targets ———
export const PAR_INVALID_BAND__list = (p: { received: string }): string =>
  `Cần một danh sách khoảng xếp loại không rỗng, nhận được ${p.received}`;
export const PAR_INVALID_BAND__key = (p: { received: string }): string => `Khoảng cần một key không rỗng, nhận được ${p.received}`;
export const PAR_INVALID_BAND__label = (p: { received: string }): string =>
  `Khoảng cần một nhãn (title { vi, en } hoặc label), nhận được ${p.received}`;
export const PAR_INVALID_BAND__labelMismatch = (p: { field: string; given: string; title: string }): string =>
  `${p.field} (${p.given}) khác với nhãn trong title (${p.title}): chỉ cần ghi title`;
export const PAR_INVALID_BAND = (p: { key: string; max: string; min: string }): string =>
  `Khoảng "${p.key}" rỗng: cận trên ${p.max} không lớn hơn cận dưới ${p.min}`;
export const PAR_DUPLICATE_BAND = (p: { key: string; first: number }): string => `Key "${p.key}" trùng với khoảng ${p.first}`;
export const PAR_BANDS_OVERLAP = (p: { key: string; range: string; otherKey: string; otherRange: string }): string =>
  `Khoảng "${p.key}" ${p.range} chồng lên khoảng "${p.otherKey}" ${p.otherRange}`;
export const PAR_DUPLICATE_UNIT = (p: { unit: string; first: number }): string => `Đơn vị ${p.unit} trùng với mục ${p.first}`;
export const PAR_INVALID_RANK = (p: { name: string; received: string }): string =>
  `${p.name} phải là số nguyên ≥ 1, nhận được ${p.received}`;
export const PAR_INVALID_RANK__aboveOf = (p: { rank: number; of: number }): string =>
  `Hạng ${p.rank} lớn hơn số đơn vị được xếp hạng (${p.of})`;
export const PAR_INVALID_RANK__reversed = (p: { from: number; to: number }): string => `Khoảng mục tiêu ngược: từ ${p.from} đến ${p.to}`;
export const PAR_INVALID_RANK__targetAboveOf = (p: { to: number; of: number }): string => `Mục tiêu hạng ${p.to} vượt số đơn vị (${p.of})`;
export const RATE_OUT_OF_RANGE__parTarget = (p: { received: string }): string =>
  `Chỉ số mục tiêu phải từ 0 đến 100 (điểm phần trăm), nhận được ${p.received}`;
export const ZERO_DENOMINATOR__parNoMax = (): string => 'Không có điểm tối đa áp dụng (max = 0): không có chỉ số để so với mục tiêu';
export const INVALID_INPUT__parIssuedAndDate = (p: { issued: string; date: string }): string =>
  `Nguồn ghi cả issued (${p.issued}) và date (${p.date}) khác nhau: issued là tên cũ của date, chỉ ghi date`;

// ——— unit levels, allocation unknown (QĐ 766) ———
export const INVALID_INPUT__parDuplicateUnitLevel = (p: { level: string }): string => `Cấp đơn vị "${p.level}" được khai báo hai lần`;
export const INVALID_INPUT__parUnitLevelOnParent = (p: { node: string }): string =>
  `${p.node} có con: atUnitLevel chỉ đặt cho tiêu chí lá (chỉ số), không đặt cho nhóm`;
export const INVALID_INPUT__parAllocationWithChildren = (p: { node: string }): string =>
  `${p.node} có allocation: 'unknown' nhưng lại có con: một nút chưa rõ cách phân bổ điểm được chấm cả nhóm; liệt kê các chỉ số của nó trong parts`;
export const INVALID_INPUT__parPartsWithoutAllocation = (p: { node: string }): string =>
  `${p.node} có parts nhưng không có allocation: 'unknown': các chỉ số đã biết cách chấm là con (children)`;
export const PAR_CHILDREN_SUM_MISMATCH__parts = (p: { node: string; max: string; sum: string; parts: string }): string =>
  `${p.node} có điểm tối đa ${p.max} nhưng các chỉ số đã biết điểm cộng lại được ${p.sum}, vượt điểm tối đa`;
export const PAR_UNKNOWN_UNIT_LEVEL = (p: { level: string; levels: string; suggestion: string }): string =>
  p.levels
    ? `Cấp đơn vị ${p.level} không có trong unitLevels của bộ tiêu chí (${p.levels})${didYouMean(p.suggestion)}`
    : `Cấp đơn vị ${p.level}: bộ tiêu chí không khai báo unitLevels`;
export const PAR_ALLOCATION_UNKNOWN = (p: { code: string; node: string; known: string }): string =>
  `Không chấm được "${p.code}" riêng: nguồn không cho biết cách phân bổ điểm trong "${p.node}"${p.known ? ` (chỉ biết ${p.known})` : ''}; hãy chấm cả "${p.node}" (ví dụ { points })`;
