// Vietnamese texts of the audit findings (phát hiện), keyed by finding code in camelCase (`changeMismatch` for
// `change-mismatch`), `code__variant` for further texts of a code, and `common__…` for fragments several findings
// share. Same keys and parameters in ../en/audit-findings.ts (a test compares them, and checks every key names a
// code of AUDIT_FINDING_CODES). Parameters are already formatted (numbers in Vietnamese notation, printed texts
// verbatim). Not re-exported by the index: these are not error messages.

// ——— shared fragments ———
export const common__readingPoints = (): string => 'hiệu số (điểm)';
export const common__readingPercentagePoints = (): string => 'hiệu số điểm phần trăm';
export const common__readingPercent = (): string => 'thay đổi tương đối (%)';
export const common__readingRank = (): string => 'số bậc xếp hạng';
export const common__readingCount = (): string => 'hiệu số';
export const common__asGiven = (): string => ' (cách đọc do người dùng chỉ định)';
export const common__roundedBecause = (p: { detail: string }): string =>
  ` Chênh lệch nằm trong sai số làm tròn của các số in (${p.detail}).`;
export const common__looseBecause = (p: { words: string }): string => ` Chỉ khớp nếu hiểu "${p.words}" rất rộng.`;
export const common__softBecause = (p: { words: string }): string => ` Vẫn đúng theo nghĩa của "${p.words}", nhưng xa hơn mức thường hiểu.`;

// ——— changes (so với kỳ trước) ———
export const changeMismatch = (p: { change: string; computed: string }): string =>
  `mức thay đổi in "${p.change}" không khớp với số liệu: ${p.computed}.`;
export const changeRounded = (p: { change: string; computed: string }): string =>
  `mức thay đổi in "${p.change}" chỉ khớp khi tính đến làm tròn các số in: ${p.computed}.`;
export const changeApproximate = (p: { change: string; computed: string }): string => `mức thay đổi in "${p.change}": ${p.computed}.`;
export const changeReading = (p: { change: string; reading: string; computed: string; other: string }): string =>
  `"${p.change}" là ${p.reading}: ${p.computed}${p.other ? `; nếu hiểu là ${p.other}` : ''}.`;
export const changeReadingMismatch = (p: {
  change: string;
  reading: string;
  computed: string;
  other: string;
  otherComputed: string;
}): string =>
  `hiểu "${p.change}" là ${p.reading} như đã chỉ định thì không khớp (${p.computed}); hiểu là ${p.other} thì khớp (${p.otherComputed}).`;
export const changeImplied = (p: { change: string; missing: string; implied: string }): string =>
  `báo cáo không in ${p.missing}; theo "${p.change}" thì ${p.missing} là ${p.implied}.`;
export const changeImplied__prior = (): string => 'giá trị kỳ trước';
export const changeImplied__current = (): string => 'giá trị kỳ này';
export const rankChangeMismatch = (p: { change: string; prior: string; current: string; computed: string }): string =>
  `thay đổi xếp hạng in "${p.change}" nhưng từ hạng ${p.prior} lên/xuống hạng ${p.current} là ${p.computed}.`;
export const rankChangeOutOfRange = (p: { change: string; current: string; implied: string; of: string }): string =>
  `hạng ${p.current} với "${p.change}" cho hạng kỳ trước là ${p.implied}, nằm ngoài bảng xếp hạng (1–${p.of}).`;
export const rankChangeOutOfRange__noSize = (p: { change: string; current: string; implied: string }): string =>
  `hạng ${p.current} với "${p.change}" cho hạng kỳ trước là ${p.implied}: không có hạng như vậy.`;
export const rankChangeImplied = (p: { change: string; current: string; implied: string }): string =>
  `báo cáo không in hạng kỳ trước; theo "${p.change}" thì từ hạng ${p.implied} đến hạng ${p.current}.`;

// ——— ranks (tables of PAR INDEX, SIPAS …) ———
export const common__rankOutOfRange = (p: { rank: string; of: string }): string =>
  `hạng in ${p.rank} nhưng bảng xếp hạng chỉ có ${p.of} đơn vị.`;
export const common__rankExcerpt = (p: { rows: string; max: string }): string =>
  `bảng có ${p.rows} dòng nhưng in hạng tới ${p.max}: đọc như một trích đoạn của bảng xếp hạng lớn hơn (chỉ kiểm tra thứ tự; hãy cho biết số đơn vị của cả bảng bằng \`of\`).`;
export const common__rankOrder = (p: {
  unit: string;
  rank: string;
  value: string;
  other: string;
  otherRank: string;
  otherValue: string;
  basis: string;
}): string =>
  `xếp hạng ${p.rank} với ${p.basis} ${p.value}, nhưng ${p.other} xếp trên (hạng ${p.otherRank}) lại có ${p.basis} thấp hơn (${p.otherValue}), kể cả khi tính đến làm tròn.`;
export const common__rankOrderTie = (p: {
  unit: string;
  rank: string;
  value: string;
  other: string;
  otherRank: string;
  otherValue: string;
  basis: string;
}): string => `đồng hạng ${p.rank} với ${p.other} nhưng ${p.basis} khác nhau (${p.value} và ${p.otherValue}), kể cả khi tính đến làm tròn.`;
export const common__rankRounded = (p: { unit: string; rank: string; min: string; max: string; basis: string; value: string }): string =>
  `hạng in ${p.rank} với ${p.basis} ${p.value}: các giá trị in được làm tròn ở độ chính xác khác nhau cho phép hạng ${p.min}–${p.max}, nên bảng đã xếp hạng theo số chưa làm tròn.`;

// ——— PAR INDEX tables ———
export const parTotalRounded = (p: { unit: string; sum: string; total: string }): string =>
  `${p.unit}: các điểm thành phần cộng lại được ${p.sum}, tổng điểm in ${p.total}: chênh lệch nằm trong sai số làm tròn của các điểm in (mỗi điểm được làm tròn riêng).`;
export const parIndexRounded = (p: { unit: string; index: string; total: string; max: string; computed: string }): string =>
  `${p.unit}: chỉ số in ${p.index}, còn ${p.total}/${p.max} × 100 = ${p.computed}: chênh lệch nằm trong sai số làm tròn của tổng điểm in.`;
export const parMeanRounded = (p: { mean: string; printed: string; rows: string }): string =>
  `Bình quân in ${p.printed}, còn trung bình của ${p.rows} dòng là ${p.mean}: chênh lệch nằm trong sai số làm tròn của các giá trị in.`;

// ——— SIPAS ———
export const sipasOutOfRange = (p: { unit: string; value: string; max: string }): string =>
  `${p.unit}: giá trị in ${p.value} nằm ngoài thang 0–${p.max}.`;
export const sipasScoreRounded = (p: { unit: string; score: string; scale: string; percent: string; computed: string }): string =>
  `${p.unit}: điểm ${p.score}/${p.scale} ứng với ${p.computed}, bên cạnh tỷ lệ in ${p.percent}: chênh lệch nằm trong sai số làm tròn (hai số được làm tròn riêng).`;
export const sipasScoreMismatch = (p: { unit: string; score: string; scale: string; percent: string; computed: string }): string =>
  `${p.unit}: điểm ${p.score}/${p.scale} ứng với ${p.computed}, nhưng tỷ lệ in bên cạnh là ${p.percent}; làm tròn không giải thích được.`;
export const sipasMeanRounded = (p: { unit?: string; mean: string; printed: string; rows: string }): string =>
  `${p.unit ? `${p.unit}: ` : ''}giá trị in ${p.printed}, còn trung bình của ${p.rows} giá trị là ${p.mean}: chênh lệch nằm trong sai số làm tròn.`;
export const sipasMeanMismatch = (p: { unit?: string; mean: string; printed: string; rows: string }): string =>
  `${p.unit ? `${p.unit}: ` : ''}giá trị in ${p.printed}, nhưng trung bình của ${p.rows} giá trị là ${p.mean}.`;
export const sipasOverallOutside = (p: { unit: string; index: string; min: string; max: string }): string =>
  `${p.unit}: chỉ số chung ${p.index} nằm ngoài khoảng của các chỉ số thành phần (${p.min}–${p.max}), không thể là bình quân có trọng số của chúng.`;

// ——— bases not printed ———
export const impliedBaseRange = (p: { part: string; rate: string; about: string; range: string; whole: string }): string =>
  `${p.part} ứng với ${p.rate} cho mẫu số khoảng ${p.about} (${p.range}${p.whole ? ' nếu là số nguyên' : ''}).`;
export const impliedBaseRate = (p: { part: string; base: string; computed: string; rate: string }): string =>
  `${p.part}/${p.base} = ${p.computed}, bên cạnh tỷ lệ in ${p.rate}.`;
export const impliedBaseOutOfRange = (p: { range: string; bound: string; side: string }): string =>
  `mẫu số suy ra (${p.range}) ${p.side} ${p.bound} ở mọi cách làm tròn các số in: tỷ lệ không thể tính trên mẫu số đó.`;
export const impliedBasesMismatch = (p: { parts: string; sum: string; whole: string }): string =>
  `các mẫu số suy ra của các phần (${p.parts}) cộng lại được ${p.sum}, không khớp với mẫu số suy ra của tổng (${p.whole}).`;

// ——— printed rates over a named or unprinted base ———
export const rateMismatch = (p: { what: string; rate: string; tried: string; hint: string }): string =>
  `${p.what} in ${p.rate} nhưng không cách làm tròn nào của số liệu cho ra tỷ lệ đó: ${p.tried}.${p.hint}`;
export const rateTruncated = (p: { what: string; rate: string; expr: string; rounded: string }): string =>
  `${p.what}: ${p.expr}, làm tròn là ${p.rounded}; báo cáo in ${p.rate} (cắt bớt chữ số, không làm tròn).`;
export const rateRounded = (p: { what: string; rate: string; expr: string; rounded: string }): string =>
  `${p.what}: ${p.expr}, bên cạnh tỷ lệ in ${p.rate}: chênh lệch nằm trong sai số làm tròn của các số in.`;
export const rateBase = (p: { what: string; rate: string; base: string; expr: string; other: string }): string =>
  `${p.what} ${p.rate} được tính trên ${p.base}: ${p.expr} (không phải ${p.other}).`;
export const rateUnverifiable = (p: { what: string; rate: string }): string =>
  `không kiểm tra được ${p.what.toLowerCase()} ${p.rate}: bảng không in các số để tính.`;
export const common__impliedBaseHint = (p: { bases: string }): string => ` Tỷ lệ in ra sẽ đúng nếu mẫu số là ${p.bases}.`;

// ——— task summaries ———
export const tasksSumMismatch = (p: { total: string; expr: string }): string => `${p.total} nhưng ${p.expr}.`;
export const tasksPartExceeds = (p: { total: string; parts: string }): string => `${p.parts} đã lớn hơn ${p.total}: phần còn lại sẽ âm.`;
export const tasksDueMismatch = (p: { due: string; completed: string; overdue: string; sum: string }): string =>
  `số nhiệm vụ đến hạn ${p.due} không thể có: nhiệm vụ đến hạn là nhiệm vụ đã hoàn thành (${p.completed}) hoặc quá hạn (${p.overdue}), tối đa ${p.sum} và tối thiểu ${p.overdue}.`;
export const tasksDueEarly = (p: { due: string; completed: string; overdue: string; sum: string }): string =>
  `số nhiệm vụ đến hạn ${p.due} nhỏ hơn hoàn thành + quá hạn (${p.sum}): một số nhiệm vụ đã hoàn thành trước khi đến hạn.`;

// ——— dossier tables ———
export const partsExceedTotal = (p: { total: string; parts: string }): string => `${p.parts} đã lớn hơn ${p.total}: phần không in sẽ âm.`;
export const carriedOverImplied = (p: { fresh: string; accounted: string; carried: string }): string =>
  `đã giải quyết (và đang giải quyết) ${p.accounted} nhiều hơn số mới tiếp nhận ${p.fresh}: ít nhất ${p.carried} hồ sơ từ kỳ trước chuyển sang, bảng không in.`;
export const rowsExceedTotal = (p: { field: string; rows: string; sum: string; total: string; label: string }): string =>
  `${p.field}: các dòng liệt kê ${p.rows} = ${p.sum}, đã lớn hơn dòng "${p.label}" (${p.total}).`;
export const dossierRateBase = (p: { rate: string; expr: string; other: string }): string =>
  `tỷ lệ ${p.rate} khớp với các số khác của dòng (${p.expr}) chứ không với số in cho nó (${p.other}): số in đó mới là số đáng ngờ.`;

// ——— building blocks (parts, identities, the same figure in several places) ———
export const sumRounded = (p: { expr: string; total: string }): string =>
  `các thành phần cộng lại ${p.expr}, tổng in ${p.total}: chênh lệch nằm trong sai số làm tròn của các số in.`;
export const identityRounded = (p: { expr: string; result: string }): string =>
  `${p.expr}, in ${p.result}: chênh lệch nằm trong sai số làm tròn của các số in.`;
export const crossReferenceRounded = (p: { list: string }): string =>
  `cùng một số liệu được in với độ chính xác khác nhau — ${p.list}: khớp khi làm tròn.`;
export const crossReferenceTruncated = (p: { list: string }): string =>
  `cùng một số liệu được in với độ chính xác khác nhau — ${p.list}: số ngắn hơn là số dài bị cắt bớt chữ số, không làm tròn.`;
export const crossReferenceApproximate = (p: { list: string; words: string }): string =>
  `cùng một số liệu — ${p.list}: vẫn đúng theo nghĩa của "${p.words}", nhưng xa hơn mức thường hiểu.`;
