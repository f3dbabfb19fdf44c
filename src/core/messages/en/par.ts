// English messages of the par module, keyed by error code (`CODE__variant` for further texts of a code).
// Same keys and parameters in ../vi and ../en. Numbers arrive already written the English way ("14.5", "90%").

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
  methodology: 'a methodology { id, name, nodes }',
  id: 'a non-empty id',
  text: 'a string',
  boolean: 'true or false',
  node: 'a node { code, name, maxPoints, … }',
  nodeName: 'a non-empty Vietnamese name',
  children: 'an array of child nodes',
  list: 'an array',
  inputs: 'an object { [code]: input }',
  row: 'a row { code, name, maxPoints, rule? }',
  band: 'a band { key, title, min, … }',
  bandList: 'a list of class bands or a class scheme { bands, … }',
  unit: 'a unit { id, value }',
  unitId: 'a unit id (non-empty string or number)',
  items: 'an array of { id, value }',
  values: 'an array of values',
  score: 'a result of scoreAssessment',
  scorePart: 'a result of scoreAssessment (or a part of it)',
  comparison: 'an object { selfAssessment, appraisal }',
  rankTarget: 'an object { rank, of, target: { from, to } }',
  rankRange: 'a range of ranks { from, to }',
  bilingual: 'a bilingual text { vi, en }',
  unknownBand: 'a class with unknown bounds { key, title, note }',
  rounding: 'a rounding { decimals, mode? }',
  unitLevels: "an object { [unit level]: 'max' | 'inherited' | 'not-applicable' }",
};

const RULE_FORMS =
  'Valid forms: "manual", "binary", "proportional", "survey", ' +
  '"tiered: On time = 1; Late = 0,5; Not issued = 0", "percent-bands: > 90% = 2; >= 70% = 1; >= 0% = 0", ' +
  '"proportional: fullAt = 90%; whenEmpty = max"';

const RULE_TEXT_PROBLEM: Readonly<Record<ParRuleTextProblem, (part: string) => string>> = {
  params: (part) => `'${part}' takes no parameters`,
  kind: (part) => `there is no rule kind "${part}"`,
  list: () => 'the list of points after ":" is missing',
  points: (part) => `"${part}" lacks "= points"`,
  outcome: () => 'a tier lacks its outcome',
  number: (part) => `"${part}" is not a number in Vietnamese notation (decimal comma)`,
  bound: (part) => `"${part}" must start with ">=", "≥", "từ" (included), ">" or "trên" (excluded)`,
  percent: (part) => `"${part}" is not a percentage (e.g. "90%", "72,5%")`,
  option: (part) => `"${part}" is not a parameter of the rule (use fullAt, whenEmpty, share)`,
  whenEmpty: (part) => `whenEmpty "${part}" is not valid (use max, zero or not-applicable)`,
};

const didYouMean = (s: string): string => (s ? ` — did you mean '${s}'?` : '');
const from = (inclusive: boolean): string => (inclusive ? '≥' : '>');

// ——— types of values ———
export const INVALID_INPUT__parType = (p: { expected: ParExpected; received: string }): string =>
  `Expected ${EXPECTED[p.expected]}, received ${p.received}`;

// ——— rules ———
export const PAR_INVALID_RULE = (p: { received: string; kinds: string }): string => `Not a scoring rule: ${p.received} (use ${p.kinds})`;
export const PAR_INVALID_RULE__noTiers = (): string => `A 'tiered' rule needs at least one tier { outcome, points }`;
export const PAR_INVALID_RULE__tier = (p: { received: string }): string => `Expected a tier { outcome, points }, received ${p.received}`;
export const PAR_INVALID_RULE__outcome = (p: { received: string }): string => `A tier needs a non-empty outcome, received ${p.received}`;
export const PAR_INVALID_RULE__noBands = (): string => `A 'percent-bands' rule needs at least one band { min, points }`;
export const PAR_INVALID_RULE__band = (p: { received: string }): string => `Expected a band { min, points }, received ${p.received}`;
export const PAR_INVALID_RULE__fullAt = (p: { received: string }): string =>
  `fullAt (the rate from which a leaf has full marks) must be a rate above 0% and at most 100%, received ${p.received}`;
export const PAR_INVALID_RULE__flag = (p: { key: string; received: string }): string =>
  `${p.key} must be true or false, received ${p.received}`;
export const PAR_INVALID_RULE__text = (p: { text: string; problem: ParRuleTextProblem; part: string }): string =>
  `Cannot read the rule ${p.text}: ${RULE_TEXT_PROBLEM[p.problem](p.part)}. ${RULE_FORMS}`;
export const PAR_INVALID_RULE__notText = (p: { received: string }): string => `Expected a rule text, received ${p.received}`;
export const PAR_INVALID_RULE__notRule = (p: { received: string }): string => `Expected a rule { kind, … }, received ${p.received}`;
export const PAR_INVALID_RULE__outcomeText = (p: { received: string }): string =>
  `Outcome ${p.received} cannot be written as text (it may not be empty, have surrounding spaces, or contain ";" or "=")`;
export const PAR_DUPLICATE_OUTCOME = (p: { outcome: string; first: number }): string => `Outcome "${p.outcome}" repeats tier ${p.first}`;
export const PAR_RULE_POINTS_OUT_OF_RANGE = (p: { max: string; received: string }): string =>
  `Rule points must be between 0 and the maximum${p.max ? ` ${p.max}` : ''}, received ${p.received}`;
export const PAR_RULE_MAX_UNREACHABLE = (p: { best: string; max: string }): string =>
  `The rule's highest points are ${p.best}, not the maximum ${p.max}: the maximum can never be reached`;
export const PAR_BAND_OUT_OF_RANGE__min = (p: { received: string; exclusiveOne: boolean }): string =>
  `A band's lower bound must be a fraction in [0, 1] (0.9 = 90%), received ${p.received}` +
  (p.exclusiveOne ? ' (exclusive: the band is empty)' : '');
export const PAR_BAND_OUT_OF_RANGE__max = (p: { received: string }): string =>
  `A band's upper bound must be a fraction in [0, 1] (0.9 = 90%), received ${p.received}`;
export const PAR_BAND_OUT_OF_RANGE__empty = (p: { band: number; max: string; min: string }): string =>
  `Band ${p.band} is empty: its upper bound ${p.max} is not above its lower bound ${p.min}`;
export const PAR_BANDS_OVERLAP__sameStart = (p: { band: number; inclusive: boolean; min: string }): string =>
  `Bands ${p.band - 1} and ${p.band} both start at ${from(p.inclusive)} ${p.min}: ` +
  'they overlap, so a ratio there has no single points value';
export const PAR_BANDS_NOT_ORDERED = (p: { band: number; min: string; previousMin: string }): string =>
  `Bands must be listed from the highest lower bound down: band ${p.band} (${p.min}) is not below band ${p.band - 1} (${p.previousMin})`;
export const PAR_BANDS_NOT_MONOTONIC = (p: { band: number; points: string; previousPoints: string }): string =>
  `A higher band must not give fewer points: band ${p.band - 1} gives ${p.previousPoints}, band ${p.band} gives ${p.points}`;

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
const rangeOf = (p: ParBandTop): string => `${from(p.minInclusive)} ${p.min} to ${p.maxInclusive ? '≤' : '<'} ${p.max}`;
const wantOf = (p: ParBandTop): string =>
  p.above === null ? '100%' : `${p.aboveMinInclusive ? 'just under' : 'and include'} ${p.aboveMin}, where band ${p.above} starts`;
export const PAR_BANDS_NOT_COVERING__gap = (p: ParBandTop): string =>
  `Band ${p.band} (${rangeOf(p)}) leaves a gap: ratios from ${p.max} to ${p.above === null ? '100%' : p.aboveMin} ` +
  `get no points; the band must extend to ${wantOf(p)}`;
export const PAR_BANDS_OVERLAP__top = (p: ParBandTop): string =>
  `Band ${p.band} (${rangeOf(p)}) overlaps the band above; it may only extend to ${wantOf(p)}`;
export const PAR_BANDS_NOT_COVERING = (p: { minInclusive: boolean; min: string }): string =>
  `Bands must cover [0, 1]: the lowest band must start at 0 inclusive, received ${from(p.minInclusive)} ${p.min}`;

// ——— methodologies ———
export const PAR_INVALID_CODE = (p: { received: string }): string =>
  `Code ${p.received} is not valid: expected dotted segments of letters and digits ("1", "1.1", "1.1.2")`;
export const PAR_DUPLICATE_CODE = (p: { code: string; at: string }): string => `Code "${p.code}" repeats the node at ${p.at}`;
export const PAR_CODE_NOT_UNDER_PARENT = (p: { code: string; parent: string }): string =>
  `Code "${p.code}" is not a child code of "${p.parent}" (expected "${p.parent}.<n>")`;
export const PAR_CODE_NOT_UNDER_PARENT__top = (p: { code: string; parent: string; at: string }): string =>
  `Code "${p.code}" stands at the top level but its parent "${p.parent}" is at ${p.at}: put "${p.code}" in the children of "${p.parent}"`;
export const PAR_MISSING_PARENT = (p: { code: string; parent: string; ancestor: string }): string =>
  `Code "${p.code}" has no parent node "${p.parent}" (the methodology has "${p.ancestor}" but no "${p.parent}")`;
export const PAR_INVALID_MAX_POINTS__empty = (p: { node: string }): string => `Node ${p.node} has no maxPoints (empty)`;
export const PAR_INVALID_MAX_POINTS = (p: { node: string; received: string; detail: string }): string =>
  `maxPoints of node ${p.node} must be a number above 0, received ${p.received}${p.detail ? ` (${p.detail})` : ''}`;
export const PAR_INVALID_MAX_POINTS__total = (p: { received: string }): string =>
  `The total maxPoints must be above 0, received ${p.received}`;
export const PAR_ROLE_CONFLICT = (p: { node: string; role: string; parent: string; parentRole: string }): string =>
  `Node ${p.node} is '${p.role}' but its parent "${p.parent}" is '${p.parentRole}': bonus and penalty nodes stand at the top level only`;
export const PAR_CHANNEL_CONFLICT = (p: { node: string; channel: string; parent: string; parentChannel: string }): string =>
  `Node ${p.node} is on channel '${p.channel}' but its parent "${p.parent}" is on '${p.parentChannel}'`;
export const PAR_CHANNEL_CONFLICT__survey = (p: { node: string }): string =>
  `Leaf ${p.node} has a 'survey' rule but is on the 'assessed' channel`;
export const PAR_MISSING_RULE = (p: { node: string }): string => `Leaf ${p.node} has no scoring rule`;
export const PAR_RULE_ON_PARENT = (p: { node: string }): string =>
  `Node ${p.node} has children, so its points are their sum; remove its rule`;
export const PAR_CHILDREN_SUM_MISMATCH = (p: { node: string; max: string; sum: string; parts: string }): string =>
  `${p.node} has maxPoints ${p.max} but its children add up to ${p.sum} (${p.parts})`;
export const PAR_EMPTY_METHODOLOGY = (): string => 'The methodology has no nodes';
export const PAR_EMPTY_METHODOLOGY__onlyExtra = (): string => 'The methodology has only bonus / penalty nodes, no regular area';
export const PAR_EMPTY_METHODOLOGY__rows = (p: { received: string }): string =>
  `Expected at least one criteria row, received ${p.received}`;
export const PAR_EMPTY_METHODOLOGY__noRowLeft = (): string => 'No valid row is left';
export const PAR_TOTAL_MISMATCH = (p: { declared: string; sum: string }): string =>
  `The declared total is ${p.declared} but the areas add up to ${p.sum}`;
export const INPUT_TOO_DEEP__parMethodology = (p: { max: number }): string =>
  `The methodology is nested too deep: at most ${p.max} levels (area → criterion → sub-criterion → …)`;

// ——— rows of a spreadsheet ———
export const PAR_DUPLICATE_CODE__row = (p: { code: string; first: number }): string => `Code "${p.code}" repeats row ${p.first}`;
export const PAR_MISSING_PARENT__row = (p: { code: string; parent: string; ancestor: string }): string =>
  `Row "${p.code}" has no parent row "${p.parent}" (there is a row "${p.ancestor}" but no "${p.parent}")`;
export const PAR_TOTAL_MISMATCH__row = (p: { name: string; value: string; declared: string }): string =>
  `The total row "${p.name}" says ${p.value} points but the declared total is ${p.declared}`;
export const PAR_INVALID_CODE__number = (p: { received: string }): string =>
  `Code ${p.received} is a number, not text: read the code column as text (as numbers "1.10" and "1.1" are the same)`;
export const PAR_INVALID_CODE__missing = (p: { row: number; name: string }): string =>
  `Row ${p.row} has no code${p.name ? ` ("${p.name}")` : ''}: ` +
  'every area and criterion needs a code such as "1", "1.1", "1.1.2"; if the row is a scoring level of the criterion above, ' +
  'write it in that criterion\'s rule cell ("tiered: On time = 1; Late = 0,5")';
export const PAR_INVALID_CODE__row = (p: { received: string }): string => `Code ${p.received} is not valid: expected "1", "1.1", "1.1.2"`;

// ——— assessments ———
export const PAR_INPUT_MISMATCH__notObject = (p: { code: string; kind: string; accepted: string; received: string }): string =>
  `Criterion "${p.code}" (rule '${p.kind}') takes ${p.accepted} or 'not-applicable', received ${p.received}`;
export const PAR_INPUT_MISMATCH = (p: { code: string; kind: string; accepted: string; received: string }): string =>
  `Criterion "${p.code}" (rule '${p.kind}') takes ${p.accepted}, received ${p.received}`;
export const PAR_INPUT_MISMATCH__met = (p: { code: string; received: string }): string =>
  `Criterion "${p.code}": met must be true or false, received ${p.received}`;
export const PAR_INPUT_MISMATCH__outcome = (p: { code: string; received: string }): string =>
  `Criterion "${p.code}": outcome must be a string, received ${p.received}`;
export const PAR_INPUT_MISMATCH__parent = (p: { code: string; received: string }): string =>
  `"${p.code}" has sub-criteria: give inputs for them, or 'not-applicable', received ${p.received}`;
export const PAR_NEGATIVE_POINTS = (p: { code: string; received: string }): string =>
  `Criterion "${p.code}": points may not be negative, received ${p.received}`;
export const PAR_POINTS_ABOVE_MAX = (p: { code: string; points: string; max: string }): string =>
  `Criterion "${p.code}": ${p.points} points exceed the maximum ${p.max}`;
export const PAR_UNKNOWN_OUTCOME = (p: { code: string; outcome: string; outcomes: string }): string =>
  `Criterion "${p.code}": outcome "${p.outcome}" is not one of the rule's (${p.outcomes})`;
export const RATE_OUT_OF_RANGE__parRate = (p: { code: string; key: string; received: string }): string =>
  `Criterion "${p.code}": ${p.key} must be a rate in [0, 1] (0.85 or "85%"), received ${p.received}`;
export const RATE_OUT_OF_RANGE__parCounts = (p: { code: string; numerator: string; denominator: string }): string =>
  `Criterion "${p.code}": numerator and denominator may not be negative (${p.numerator}/${p.denominator})`;
export const RATE_OUT_OF_RANGE__parAboveOne = (p: { code: string; numerator: string; denominator: string }): string =>
  `Criterion "${p.code}": numerator ${p.numerator} exceeds denominator ${p.denominator}, the share is above 1`;
export const ZERO_DENOMINATOR__parCriterion = (p: { code: string; numerator: string }): string =>
  `Criterion "${p.code}": the denominator is 0 (${p.numerator}/0), the ratio is undefined`;
export const PAR_UNKNOWN_CODE = (p: { code: string; methodology: string; suggestion: string }): string =>
  `Code "${p.code}" is not in methodology "${p.methodology}"${didYouMean(p.suggestion)}`;
export const PAR_NOT_APPLICABLE_NOT_ALLOWED = (p: { code: string }): string =>
  `Criterion "${p.code}" may not be marked 'not-applicable' under the methodology`;
export const PAR_INPUT_UNDER_NOT_APPLICABLE = (p: { code: string; ancestor: string }): string =>
  `"${p.code}" is inside "${p.ancestor}", which is marked 'not-applicable': remove the input for "${p.code}"`;
export const PAR_MISSING_INPUT = (p: { code: string; name: string }): string => `No input for criterion "${p.code}" (${p.name})`;

// ——— classes, ranks, targets ———
export const PAR_INVALID_BAND__list = (p: { received: string }): string =>
  `Expected a non-empty list of class bands, received ${p.received}`;
export const PAR_INVALID_BAND__key = (p: { received: string }): string => `A band needs a non-empty key, received ${p.received}`;
export const PAR_INVALID_BAND__label = (p: { received: string }): string =>
  `A band needs a label (title { vi, en } or label), received ${p.received}`;
export const PAR_INVALID_BAND__labelMismatch = (p: { field: string; given: string; title: string }): string =>
  `${p.field} (${p.given}) differs from the title (${p.title}): give the title only`;
export const PAR_INVALID_BAND = (p: { key: string; max: string; min: string }): string =>
  `Band "${p.key}" is empty: its upper bound ${p.max} is not above its lower bound ${p.min}`;
export const PAR_DUPLICATE_BAND = (p: { key: string; first: number }): string => `Key "${p.key}" repeats band ${p.first}`;
export const PAR_BANDS_OVERLAP = (p: { key: string; range: string; otherKey: string; otherRange: string }): string =>
  `Band "${p.key}" ${p.range} overlaps band "${p.otherKey}" ${p.otherRange}`;
export const PAR_DUPLICATE_UNIT = (p: { unit: string; first: number }): string => `Unit ${p.unit} repeats item ${p.first}`;
export const PAR_INVALID_RANK = (p: { name: string; received: string }): string =>
  `${p.name} must be an integer ≥ 1, received ${p.received}`;
export const PAR_INVALID_RANK__aboveOf = (p: { rank: number; of: number }): string =>
  `Rank ${p.rank} exceeds the number of units ranked (${p.of})`;
export const PAR_INVALID_RANK__reversed = (p: { from: number; to: number }): string =>
  `The target range is reversed: from ${p.from} to ${p.to}`;
export const PAR_INVALID_RANK__targetAboveOf = (p: { to: number; of: number }): string =>
  `Target rank ${p.to} exceeds the number of units (${p.of})`;
export const RATE_OUT_OF_RANGE__parTarget = (p: { received: string }): string =>
  `The target index must be from 0 to 100 (percent points), received ${p.received}`;
export const ZERO_DENOMINATOR__parNoMax = (): string => 'No applicable maximum (max = 0): there is no index to compare with a target';
export const INVALID_INPUT__parIssuedAndDate = (p: { issued: string; date: string }): string =>
  `The source gives both issued (${p.issued}) and a different date (${p.date}): issued is the old name of date, give date only`;

// ——— unit levels, allocation unknown (QĐ 766) ———
export const INVALID_INPUT__parDuplicateUnitLevel = (p: { level: string }): string => `Unit level "${p.level}" is declared twice`;
export const INVALID_INPUT__parUnitLevelOnParent = (p: { node: string }): string =>
  `${p.node} has children: atUnitLevel belongs on leaves (indicators), not on groups`;
export const INVALID_INPUT__parAllocationWithChildren = (p: { node: string }): string =>
  `${p.node} has allocation: 'unknown' but also children: a node whose split is unknown is scored as a whole; list its indicators as parts`;
export const INVALID_INPUT__parPartsWithoutAllocation = (p: { node: string }): string =>
  `${p.node} has parts but not allocation: 'unknown': indicators whose scoring is known are children`;
export const PAR_CHILDREN_SUM_MISMATCH__parts = (p: { node: string; max: string; sum: string; parts: string }): string =>
  `${p.node} has maxPoints ${p.max} but the parts whose points are known add up to ${p.sum}, more than the maximum`;
export const PAR_UNKNOWN_UNIT_LEVEL = (p: { level: string; levels: string; suggestion: string }): string =>
  p.levels
    ? `Unit level ${p.level} is not among the methodology's unitLevels (${p.levels})${didYouMean(p.suggestion)}`
    : `Unit level ${p.level}: the methodology declares no unitLevels`;
export const PAR_ALLOCATION_UNKNOWN = (p: { code: string; node: string; known: string }): string =>
  `"${p.code}" cannot be scored on its own: the source does not say how the points of "${p.node}" are split${p.known ? ` (known: ${p.known})` : ''}; score "${p.node}" as a whole (e.g. { points })`;
