// English messages of the indicator module, keyed by error code (`CODE__variant` for further texts of a code).
// Same keys and parameters in ../vi and ../en.

const didYouMean = (s: string): string => (s ? ` — did you mean '${s}'?` : '');

export const UNKNOWN_INDICATOR = (p: { received: string; known: string }): string =>
  `No indicator ${p.received} in the registry; known ids: ${p.known}`;
export const UNKNOWN_TARGET__national = (p: { received: string; known: string }): string =>
  `No national target ${p.received}; known ids: ${p.known}`;
export const INVALID_INDICATOR__definition = (p: { received: string }): string =>
  `Expected an indicator from defineIndicator() or getIndicator(), or the id of one in the registry; received ${p.received}`;
export const INVALID_INDICATOR__id = (): string => 'An indicator id must be kebab-case (a-z, 0-9, -), e.g. "one-stop-coverage"';
export const INVALID_INDICATOR__noName = (): string => 'An indicator needs a `name` { vi, en }';
export const INVALID_INDICATOR__noSource = (): string => 'An indicator needs at least one source in `sources`';
export const INVALID_INDICATOR__noDenominator = (): string => 'A percent indicator needs a denominator';
export const INVALID_INDICATOR__targetAbove100 = (p: { value: string }): string => `A percent target cannot exceed 100: ${p.value}`;
export const INVALID_INDICATOR__deprecatedConflict = (p: { key: string; current: string }): string =>
  `${p.key} (the old name) differs from ${p.current}: give only ${p.current}`;
export const INVALID_DATE_RANGE__indicatorValidity = (p: { start: string; end: string; startKey: string; endKey: string }): string =>
  `A reversed validity: ${p.endKey} (${p.end}) is before ${p.startKey} (${p.start})`;
export const INDICATOR_NOT_IN_FORCE = (p: { id: string; range: string; asOf: string }): string =>
  `Indicator "${p.id}" applies ${p.range}, not on ${p.asOf}`;
export const INVALID_INPUT__indicatorValuesForm = (): string =>
  'Give exactly one form of figures: { numerator, denominator? }, { percent } or { rate } — not several, not none';
export const INVALID_INPUT__indicatorNoNumerator = (): string => 'The numerator is missing';
export const INVALID_INPUT__indicatorCountNoPercent = (p: { id: string }): string =>
  `Indicator "${p.id}" is a count; it does not take a percent`;
export const INVALID_INPUT__indicatorNoDenominator = (p: { id: string }): string =>
  `Percent indicator "${p.id}" needs a denominator (or a percent or a rate)`;
export const RATE_OUT_OF_RANGE__indicatorShare = (p: { id: string; value: string }): string =>
  `Indicator "${p.id}" is a share of a whole, so it cannot exceed 100%; received ${p.value}%`;
export const INVALID_INPUT__indicatorNumeratorAboveDenominator = (p: {
  id: string;
  numerator: string;
  numeratorTerm: string;
  denominator: string;
  denominatorTerm: string;
}): string =>
  `Indicator "${p.id}" is a share of a whole: the numerator ${p.numerator} (${p.numeratorTerm}) ` +
  `cannot exceed the denominator ${p.denominator} (${p.denominatorTerm})`;
export const INVALID_INPUT__indicatorByLevel = (p: { received: string }): string =>
  `Expected { province?, district?, commune? }, received ${p.received}`;
export const INVALID_ADMIN_LEVEL__indicatorLevel = (p: { key: string; suggestion: string }): string =>
  `Unknown administrative level ${p.key} (use province, district, commune)${didYouMean(p.suggestion)}`;
