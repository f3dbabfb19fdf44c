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
export const common__roundedBecause = (p: { detail: string }): string => ` The gap lies within the rounding of the printed figures (${p.detail}).`;
export const common__looseBecause = (p: { words: string }): string => ` It only fits a very loose reading of "${p.words}".`;
export const common__softBecause = (p: { words: string }): string => ` Still true by the words "${p.words}", but further than they usually mean.`;

// ——— changes ———
export const changeMismatch = (p: { change: string; computed: string }): string => `the printed change "${p.change}" does not follow from the figures: ${p.computed}.`;
export const changeRounded = (p: { change: string; computed: string }): string =>
  `the printed change "${p.change}" only fits when the rounding of the printed figures is taken into account: ${p.computed}.`;
export const changeApproximate = (p: { change: string; computed: string }): string => `the printed change "${p.change}": ${p.computed}.`;
export const changeReading = (p: { change: string; reading: string; computed: string; other: string }): string =>
  `"${p.change}" is ${p.reading}: ${p.computed}${p.other ? `; read as ${p.other}` : ''}.`;
export const changeReadingMismatch = (p: { change: string; reading: string; computed: string; other: string; otherComputed: string }): string =>
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
export const common__rankOutOfRange = (p: { rank: string; of: string }): string => `printed rank ${p.rank}, but the ranking has only ${p.of} units.`;
export const common__rankExcerpt = (p: { rows: string; max: string }): string =>
  `the table has ${p.rows} rows but prints ranks up to ${p.max}: read as an excerpt of a larger ranking (order checked only; give the size of the full ranking as \`of\`).`;
export const common__rankOrder = (p: { unit: string; rank: string; value: string; other: string; otherRank: string; otherValue: string; basis: string }): string =>
  `ranked ${p.rank} with ${p.basis} ${p.value}, but ${p.other}, ranked above it (${p.otherRank}), has a lower ${p.basis} (${p.otherValue}), even allowing for rounding.`;
export const common__rankOrderTie = (p: { unit: string; rank: string; value: string; other: string; otherRank: string; otherValue: string; basis: string }): string =>
  `shares rank ${p.rank} with ${p.other} but their ${p.basis} values differ (${p.value} and ${p.otherValue}), even allowing for rounding.`;

// ——— PAR INDEX tables ———
export const parTotalRounded = (p: { unit: string; sum: string; total: string }): string =>
  `${p.unit}: the components add up to ${p.sum} and the printed total is ${p.total}: the gap lies within the rounding of the printed points (each rounded on its own).`;
export const parIndexRounded = (p: { unit: string; index: string; total: string; max: string; computed: string }): string =>
  `${p.unit}: the printed index is ${p.index} and ${p.total}/${p.max} × 100 = ${p.computed}: the gap lies within the rounding of the printed total.`;
export const parMeanRounded = (p: { mean: string; printed: string; rows: string }): string =>
  `The printed mean is ${p.printed} and the mean of the ${p.rows} rows is ${p.mean}: the gap lies within the rounding of the printed values.`;
