// English messages of the units module, keyed by error code (`CODE__variant` for further texts of a code).
// Same keys and parameters in ../vi and ../en.

export const INVALID_PROVINCE_CODE = (p: { received: string; suggestion: string }): string =>
  `A province code is a string of two digits as published ('01', '91'), received ${p.received}${p.suggestion ? ` — did you mean '${p.suggestion}'?` : ''}`;
export const UNKNOWN_PROVINCE__code = (p: { received: string }): string =>
  `No provincial unit has had the code ${p.received} (since 2008-08-01)`;
export const UNKNOWN_PROVINCE__name = (p: { received: string; on: string; suggestion: string }): string =>
  `No province or city named ${p.received}${p.on ? ` on ${p.on}` : ''}${p.suggestion ? ` — did you mean '${p.suggestion}'?` : ''}`;
export const PROVINCE_NOT_IN_FORCE = (p: { unit: string; from: string; to: string; on: string; successor: string }): string =>
  `${p.unit} existed from ${p.from} to ${p.to}, not on ${p.on}${p.successor ? `; on that day its territory is part of ${p.successor} (see successorOn)` : ''}`;
export const AMBIGUOUS_PROVINCE_NAME = (p: { received: string; matches: string }): string =>
  `The name ${p.received} meant units with different codes over time: ${p.matches}; pass { on: 'YYYY-MM-DD' } to pick the unit of a date (or use findProvinces to get every match)`;
export const INVALID_INPUT__provinceOnRequired = (p: { code: string; records: string }): string =>
  `The option on (a date) is required: the code ${p.code} names different units over time (${p.records})`;
export const INVALID_INPUT__provinceName = (p: { received: string }): string =>
  `Expected the name of a province or city (a non-empty string), received ${p.received}`;
export const DATE_OUT_OF_RANGE__provinceRegistry = (p: { date: string; start: string }): string =>
  `The province registry starts on ${p.start} (the 63-unit map); it has no data for ${p.date}`;
export const CANNOT_SPLIT_UNIT = (p: { unit: string; to: string; parts: string }): string =>
  `Figures of ${p.unit} cannot be mapped back to ${p.to}: the unit was merged from ${p.parts}, and a merged unit's figure cannot be split into its former units without figures for each part`;
export const UNWEIGHTED_AVERAGE__combine = (p: { received: string }): string =>
  `Rates of merged units are not averaged without weights (combine: ${p.received}): provinces differ in size, and the plain mean of their rates is not the rate of the new unit. Give counts { numerator, denominator } with combine: 'sum' (the rate is recomputed from the summed numerators and denominators), or combine: 'weighted' with weights`;
export const UNWEIGHTED_AVERAGE__missingCombine = (): string =>
  `Say how figures are combined (combine): the series holds rates, and rates of merged units can be neither added nor averaged without weights. Give counts { numerator, denominator } with combine: 'sum', or combine: 'weighted' with weights`;
export const UNWEIGHTED_AVERAGE__rateSum = (p: { received: string }): string =>
  `The rate ${p.received} cannot be summed when units merge: the sum of rates is not the rate of the new unit. Give counts { numerator, denominator } (the rate is recomputed from the summed counts), or use combine: 'weighted' with weights`;
export const UNWEIGHTED_AVERAGE__missingWeight = (p: { unit: string; into: string }): string =>
  `No weight for ${p.unit}, merged into ${p.into}: rates of units of different sizes are not averaged without weights (give the point a weight, or weights by province code)`;
export const INVALID_INPUT__seriesCombine = (p: { received: string }): string =>
  `combine must be 'sum' (add counts, amounts, or numerators and denominators) or 'weighted' (a weighted mean), received ${p.received}`;
export const INVALID_INPUT__seriesMixedValues = (p: { first: string; other: string }): string =>
  `Values combined into one unit must be of one kind: ${p.first} and ${p.other}`;
export const INVALID_INPUT__seriesDuplicate = (p: { code: string; date: string; first: number }): string =>
  `Duplicate point: code ${p.code} on ${p.date} is already at index ${p.first}`;
export const INVALID_INPUT__seriesWeightWithSum = (): string =>
  `Weights apply to combine: 'weighted' only; with combine: 'sum' values are added as they are`;
export const INVALID_INPUT__seriesValue = (p: { received: string }): string =>
  `A value is a number (number, bigint, Decimal), { numerator, denominator }, a rate (ratio()) or a percent text "85,5%", or null for a missing figure; received ${p.received}`;
export const INVALID_INPUT__levelRows = (p: { received: string }): string =>
  `Expected a list of row labels (strings), received ${p.received}`;
export const INVALID_INPUT__levelPeriod = (p: { received: string }): string =>
  `period must be { start, end } (a Period fits) or a period name such as "Quý IV/2025", received ${p.received}`;
export const ZERO_DENOMINATOR__seriesWeights = (p: { unit: string }): string => `The weights of ${p.unit} add up to 0: no weighted mean`;
