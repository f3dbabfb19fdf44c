// English messages of the quota module, keyed by error code (`CODE__variant` for further texts of a code).
// Same keys and parameters in ../vi and ../en.

export const UNKNOWN_REGIME = (p: { received: string; known: string }): string => `Unknown autonomy regime ${p.received}; use ${p.known}`;
export const RATE_OUT_OF_RANGE__noAutonomyBand = (p: { percent: string }): string => `No autonomy group for ${p.percent}%`;
export const UNKNOWN_TARGET__streamlining = (p: { received: string; known: string }): string =>
  `No streamlining target ${p.received}; known ids: ${p.known}`;
export const MISSING_TARGET = (): string =>
  'A target is needed: `target` (a count), `targetPercent` (percent points of the base) or `targetShare` (a rate, e.g. "10%")';
export const CONFLICTING_TARGET = (p: { keys: string }): string =>
  `Give only one of \`target\`, \`targetPercent\`, \`targetShare\` (received ${p.keys}: they could disagree)`;
export const TARGET_ROUNDING_REQUIRED = (): string =>
  'A target derived from a percent needs an explicit `targetRounding`: sources round differently; "at least p%" reads as `up`';
export const INVALID_COUNT__quotaZeroTarget = (): string => 'The target must be greater than 0';
export const RATE_OUT_OF_RANGE__quotaZeroTarget = (p: { received: string }): string =>
  `The target must be greater than 0%, received ${p.received}`;
export const INVALID_INPUT__quotaTargetAboveBase = (p: { value: number; limit: number }): string =>
  `The target (${p.value}) cannot exceed the base (${p.limit})`;
export const INVALID_INPUT__quotaCutAboveBase = (p: { value: number; limit: number }): string =>
  `The quota cut (${p.value}) cannot exceed the base (${p.limit})`;
export const INVALID_INPUT__quotaProgressMismatch = (p: { target: number; achieved: number }): string =>
  `A progress result that contradicts itself: remaining, surplus and met must follow from ` +
  `the target ${p.target} and the achieved ${p.achieved}`;
export const INVALID_DATE_RANGE__streamliningPace = (p: { start: string; end: string }): string =>
  `The end (${p.end}) must come after the start (${p.start})`;
export const INVALID_UNIT_EVENT = (p: { from: string; into: string }): string =>
  `Merging ${p.from} units into ${p.into} reduces nothing (into must be less than from)`;
export const INVALID_UNIT_EVENT__reduction = (p: { reduction: string; expected: string }): string =>
  `The event says reduction ${p.reduction}, but it removes ${p.expected} units`;
export const INVALID_INPUT__disbursementPlanYear = (p: { received: string }): string =>
  `Not a valid plan year: ${p.received} (an integer 1–9998)`;
export const INVALID_INPUT__disbursementMeasured = (): string =>
  'A disbursement target needs `measured` { vi, en } (when the result is measured)';
export const DATE_OUT_OF_RANGE__streamliningRegime = (p: { date: string; start: string; end: string }): string =>
  `No streamlining regime is encoded for ${p.date}: the list runs from ${p.start} (Nghị định 29/2023/NĐ-CP) to ${p.end} (the end of Nghị định 154/2025/NĐ-CP's regimes)`;
