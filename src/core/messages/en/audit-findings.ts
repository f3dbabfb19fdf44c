// English texts of the audit findings, keyed by finding code in camelCase (`changeMismatch` for `change-mismatch`),
// `code__variant` for further texts of a code, and `common__…` for shared fragments. Same keys and parameters as
// ../vi/audit-findings.ts. Parameters are already formatted (numbers in English notation, printed texts verbatim).

// ——— shared fragments ———
export const common__readingPoints = (): string => 'a difference in points';
export const common__readingPercentagePoints = (): string => 'a difference in percentage points';
export const common__readingPercent = (): string => 'a relative change (%)';
export const common__readingRank = (): string => 'a number of places in the ranking';
export const common__readingCount = (): string => 'a difference';
export const common__asGiven = (): string => ' (the reading the caller named)';
export const common__roundedBecause = (p: { detail: string }): string =>
  ` The gap lies within the rounding of the printed figures (${p.detail}).`;
export const common__looseBecause = (p: { words: string }): string => ` It only fits a very loose reading of "${p.words}".`;
export const common__softBecause = (p: { words: string }): string =>
  ` Still true by the words "${p.words}", but further than they usually mean.`;

// ——— changes ———
export const changeMismatch = (p: { change: string; computed: string }): string =>
  `the printed change "${p.change}" does not follow from the figures: ${p.computed}.`;
export const changeRounded = (p: { change: string; computed: string }): string =>
  `the printed change "${p.change}" only fits when the rounding of the printed figures is taken into account: ${p.computed}.`;
export const changeApproximate = (p: { change: string; computed: string }): string => `the printed change "${p.change}": ${p.computed}.`;
export const changeReading = (p: { change: string; reading: string; computed: string; other: string }): string =>
  `"${p.change}" is ${p.reading}: ${p.computed}${p.other ? `; read as ${p.other}` : ''}.`;
export const changeReadingMismatch = (p: {
  change: string;
  reading: string;
  computed: string;
  other: string;
  otherComputed: string;
}): string =>
  `read as ${p.reading}, as the caller said, "${p.change}" does not fit (${p.computed}); read as ${p.other} it does (${p.otherComputed}).`;
export const changeImplied = (p: { change: string; missing: string; implied: string }): string =>
  `the report does not print ${p.missing}; by "${p.change}" it is ${p.implied}.`;
export const changeImplied__prior = (): string => 'the earlier value';
export const changeImplied__current = (): string => 'the current value';
export const rankChangeMismatch = (p: { change: string; prior: string; current: string; computed: string }): string =>
  `the printed rank change is "${p.change}", but from rank ${p.prior} to rank ${p.current} is ${p.computed}.`;
export const rankChangeOutOfRange = (p: { change: string; current: string; implied: string; of: string }): string =>
  `rank ${p.current} with "${p.change}" puts the earlier rank at ${p.implied}, outside the ranking (1–${p.of}).`;
export const rankChangeOutOfRange__noSize = (p: { change: string; current: string; implied: string }): string =>
  `rank ${p.current} with "${p.change}" puts the earlier rank at ${p.implied}: there is no such rank.`;
export const rankChangeImplied = (p: { change: string; current: string; implied: string }): string =>
  `the report does not print the earlier rank; by "${p.change}" it went from rank ${p.implied} to rank ${p.current}.`;

// ——— ranks (tables of PAR INDEX, SIPAS …) ———
export const common__rankOutOfRange = (p: { rank: string; of: string }): string =>
  `printed rank ${p.rank}, but the ranking has only ${p.of} units.`;
export const common__rankExcerpt = (p: { rows: string; max: string }): string =>
  `the table has ${p.rows} rows but prints ranks up to ${p.max}: read as an excerpt of a larger ranking (order checked only; give the size of the full ranking as \`of\`).`;
export const common__rankOrder = (p: {
  unit: string;
  rank: string;
  value: string;
  other: string;
  otherRank: string;
  otherValue: string;
  basis: string;
}): string =>
  `ranked ${p.rank} with ${p.basis} ${p.value}, but ${p.other}, ranked above it (${p.otherRank}), has a lower ${p.basis} (${p.otherValue}), even allowing for rounding.`;
export const common__rankOrderTie = (p: {
  unit: string;
  rank: string;
  value: string;
  other: string;
  otherRank: string;
  otherValue: string;
  basis: string;
}): string =>
  `shares rank ${p.rank} with ${p.other} but their ${p.basis} values differ (${p.value} and ${p.otherValue}), even allowing for rounding.`;
export const common__rankRounded = (p: { unit: string; rank: string; min: string; max: string; basis: string; value: string }): string =>
  `printed rank ${p.rank} with ${p.basis} ${p.value}: the printed values, rounded at different precisions, allow ranks ${p.min}–${p.max}, so the ranking was made on unrounded values.`;

// ——— PAR INDEX tables ———
export const parTotalRounded = (p: { unit: string; sum: string; total: string }): string =>
  `${p.unit}: the components add up to ${p.sum} and the printed total is ${p.total}: the gap lies within the rounding of the printed points (each rounded on its own).`;
export const parIndexRounded = (p: { unit: string; index: string; total: string; max: string; computed: string }): string =>
  `${p.unit}: the printed index is ${p.index} and ${p.total}/${p.max} × 100 = ${p.computed}: the gap lies within the rounding of the printed total.`;
export const parMeanRounded = (p: { mean: string; printed: string; rows: string }): string =>
  `The printed mean is ${p.printed} and the mean of the ${p.rows} rows is ${p.mean}: the gap lies within the rounding of the printed values.`;

// ——— SIPAS ———
export const sipasOutOfRange = (p: { unit: string; value: string; max: string }): string =>
  `${p.unit}: the printed value ${p.value} lies outside the scale 0–${p.max}.`;
export const sipasScoreRounded = (p: { unit: string; score: string; scale: string; percent: string; computed: string }): string =>
  `${p.unit}: the score ${p.score}/${p.scale} is ${p.computed}, beside the printed ${p.percent}: the gap lies within rounding (each printed figure rounded on its own).`;
export const sipasScoreMismatch = (p: { unit: string; score: string; scale: string; percent: string; computed: string }): string =>
  `${p.unit}: the score ${p.score}/${p.scale} is ${p.computed}, but the percent printed beside it is ${p.percent}; rounding does not explain it.`;
export const sipasMeanRounded = (p: { unit?: string; mean: string; printed: string; rows: string }): string =>
  `${p.unit ? `${p.unit}: ` : ''}the printed value is ${p.printed} and the mean of the ${p.rows} values is ${p.mean}: the gap lies within rounding.`;
export const sipasMeanMismatch = (p: { unit?: string; mean: string; printed: string; rows: string }): string =>
  `${p.unit ? `${p.unit}: ` : ''}the printed value is ${p.printed}, but the mean of the ${p.rows} values is ${p.mean}.`;
export const sipasOverallOutside = (p: { unit: string; index: string; min: string; max: string }): string =>
  `${p.unit}: the overall index ${p.index} lies outside the range of its components (${p.min}–${p.max}), so it cannot be a weighted mean of them.`;

// ——— bases not printed ———
export const impliedBaseRange = (p: { part: string; rate: string; about: string; range: string; whole: string }): string =>
  `${p.part} at ${p.rate} implies a base of about ${p.about} (${p.range}${p.whole ? ' as whole numbers' : ''}).`;
export const impliedBaseRate = (p: { part: string; base: string; computed: string; rate: string }): string =>
  `${p.part}/${p.base} = ${p.computed}, beside the printed rate ${p.rate}.`;
export const impliedBaseOutOfRange = (p: { range: string; bound: string; side: string }): string =>
  `the base implied (${p.range}) is ${p.side} ${p.bound} at every rounding of the printed figures: the rate cannot be of that base.`;
export const impliedBasesMismatch = (p: { parts: string; sum: string; whole: string }): string =>
  `the bases the parts imply (${p.parts}) add up to ${p.sum}, not to the base the whole implies (${p.whole}).`;

// ——— printed rates over a named or unprinted base ———
export const rateMismatch = (p: { what: string; rate: string; tried: string; hint: string }): string =>
  `${p.what} is printed as ${p.rate}, but no rounding of the figures gives it: ${p.tried}.${p.hint}`;
export const rateTruncated = (p: { what: string; rate: string; expr: string; rounded: string }): string =>
  `${p.what}: ${p.expr}, which rounds to ${p.rounded}; the report prints ${p.rate} (truncated, not rounded).`;
export const rateRounded = (p: { what: string; rate: string; expr: string; rounded: string }): string =>
  `${p.what}: ${p.expr}, beside the printed ${p.rate}: the gap lies within the rounding of the printed figures.`;
export const rateBase = (p: { what: string; rate: string; base: string; expr: string; other: string }): string =>
  `${p.what} ${p.rate} is over ${p.base}: ${p.expr} (not ${p.other}).`;
export const rateUnverifiable = (p: { what: string; rate: string }): string =>
  `${p.what} ${p.rate} cannot be checked: the table does not print the counts it comes from.`;
export const common__impliedBaseHint = (p: { bases: string }): string => ` The printed rate would follow from a base of ${p.bases}.`;

// ——— task summaries ———
export const tasksSumMismatch = (p: { total: string; expr: string }): string => `${p.total}, but ${p.expr}.`;
export const tasksPartExceeds = (p: { total: string; parts: string }): string =>
  `${p.parts} already exceed ${p.total}: the rest would be negative.`;
export const tasksDueMismatch = (p: { due: string; completed: string; overdue: string; sum: string }): string =>
  `${p.due} tasks due is impossible: a task due is either completed (${p.completed}) or overdue (${p.overdue}), so at most ${p.sum} and at least ${p.overdue}.`;
export const tasksDueEarly = (p: { due: string; completed: string; overdue: string; sum: string }): string =>
  `${p.due} tasks due is fewer than completed + overdue (${p.sum}): some tasks were completed before they fell due.`;

// ——— dossier tables ———
export const partsExceedTotal = (p: { total: string; parts: string }): string =>
  `${p.parts} already exceed ${p.total}: a part not printed would be negative.`;
export const carriedOverImplied = (p: { fresh: string; accounted: string; carried: string }): string =>
  `resolved (and pending) ${p.accounted} exceed the ${p.fresh} new receipts: at least ${p.carried} dossiers were carried over from the previous period, which the table does not print.`;
export const rowsExceedTotal = (p: { field: string; rows: string; sum: string; total: string; label: string }): string =>
  `${p.field}: the rows listed add up to ${p.rows} = ${p.sum}, more than "${p.label}" (${p.total}).`;
export const dossierRateBase = (p: { rate: string; expr: string; other: string }): string =>
  `the rate ${p.rate} follows from the row's other counts (${p.expr}), not from the count printed for it (${p.other}): that printed count is the one in doubt.`;

// ——— building blocks (parts, identities, the same figure in several places) ———
export const sumRounded = (p: { expr: string; total: string }): string =>
  `the parts add up to ${p.expr} and the printed total is ${p.total}: the gap lies within the rounding of the printed figures.`;
export const identityRounded = (p: { expr: string; result: string }): string =>
  `${p.expr}, printed ${p.result}: the gap lies within the rounding of the printed figures.`;
export const crossReferenceRounded = (p: { list: string }): string =>
  `the same figure is printed at different precisions — ${p.list}: they agree once rounded.`;
export const crossReferenceTruncated = (p: { list: string }): string =>
  `the same figure is printed at different precisions — ${p.list}: the shorter one truncates the longer instead of rounding it.`;
export const crossReferenceApproximate = (p: { list: string; words: string }): string =>
  `the same figure — ${p.list}: still true by the words "${p.words}", but further than they usually mean.`;
