// English messages of the core layer, keyed by error code; `CODE__variant` keys are further texts of the same code.
// Same keys and parameters as the Vietnamese catalogue (`../vi/core.ts`).

const didYouMean = (s: string): string => (s ? ` — did you mean '${s}'?` : '');

export const UNKNOWN_KEY = (p: { key: string; suggestion: string; known: string }): string =>
  `Unknown key ${p.key}${didYouMean(p.suggestion)} (known keys: ${p.known})`;
export const INVALID_INPUT__type = (p: { expected: string; received: string }): string => `Expected ${p.expected}, received ${p.received}`;
export const INVALID_INPUT__tooShort = (p: { min: number }): string => (p.min === 1 ? 'May not be empty' : `Needs at least ${p.min} characters`);
export const INVALID_INPUT__range = (p: { min: number | string; max: number | string; received: string }): string =>
  `The value must lie in [${p.min}, ${p.max}], received ${p.received}`;
export const INVALID_INPUT__choice = (p: { choices: string; received: string; suggestion: string }): string =>
  `Expected one of ${p.choices}, received ${p.received}${didYouMean(p.suggestion)}`;
export const INVALID_INPUT__tag = (p: { key: string; choices: string; received: string; suggestion: string }): string =>
  `Invalid ${p.key}: expected one of ${p.choices}, received ${p.received}${didYouMean(p.suggestion)}`;
export const INVALID_INPUT__tooFewItems = (p: { min: number }): string => `The list needs at least ${p.min} items`;
export const INVALID_INPUT__options = (p: { received: string }): string => `The options must be an object { … } or left out, received ${p.received}`;
export const TEXT_TOO_LONG = (p: { max: number; length: number }): string => `Text too long: ${p.length} characters, at most ${p.max}`;
export const INPUT_TOO_LARGE = (p: { max: number; size: number }): string => `Input too large: ${p.size} items, at most ${p.max}`;
export const INPUT_TOO_DEEP = (p: { max: number }): string => `Input nested too deeply (at most ${p.max} levels)`;
export const INVALID_DATE_RANGE = (p: { start: string; end: string; startKey: string; endKey: string }): string =>
  `Reversed date range: ${p.endKey} (${p.end}) is before ${p.startKey} (${p.start})`;
export const INVALID_INPUT__range_object = (p: { received: string }): string => `Expected a date range { start, end }, received ${p.received}`;
export const INVALID_INPUT__rate = (p: { received: string }): string =>
  `Expected a rate: a result of ratio(), { numerator, denominator }, a fraction such as 0.85 or a percent text such as "85%"; received ${p.received}`;
export const INVALID_NUMBER__finite = (p: { received: string }): string => `Not a finite number: ${p.received}`;
export const INVALID_NUMBER__rateText = (p: { received: string }): string =>
  `A rate written as text needs its "%" sign (e.g. "85%"); ${p.received} is not guessed as a fraction or as percent points — pass the number 0.85 for a fraction`;
export const RATE_OUT_OF_RANGE = (p: { value: string; max: string }): string =>
  p.max ? `The rate ${p.value}% is outside the accepted range [0%, ${p.max}%]` : `A rate may not be negative: ${p.value}%`;
export const INVALID_LOCALE = (p: { received: string }): string => `Unknown locale ${p.received} (use 'vi' or 'en')`;
export const INVALID_INPUT__object = (p: { expected: string; received: string }): string => `Expected an object ${p.expected}, received ${p.received}`;
export const INVALID_DATE__schema = (received: string): string => `A date must be YYYY-MM-DD and exist in the calendar, received ${received}`;
export const INVALID_TIMESTAMP__schema = (received: string): string => `A date-time must be ISO with an offset (e.g. 2020-01-20T16:30:00+07:00), received ${received}`;
export const INVALID_ADMIN_LEVEL__schema = (received: string): string => `An administrative level must be 'province', 'district' or 'commune', received ${received}`;
export const INVALID_ROUNDING = (received: string): string => `Unknown rounding mode ${received} (use 'half-up', 'half-even', 'down' or 'up')`;
export const INVALID_COUNT__schema = (received: string): string => `A count must be a non-negative integer, received ${received}`;
