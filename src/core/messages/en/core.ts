// English messages of the core layer, keyed by error code; `CODE__variant` keys are further texts of the same code.
// Same keys and parameters as the Vietnamese catalogue (`../vi/core.ts`).

const didYouMean = (s: string): string => (s ? ` — did you mean '${s}'?` : '');

export const UNKNOWN_KEY = (p: { key: string; suggestion: string; known: string }): string =>
  `Unknown key ${p.key}${didYouMean(p.suggestion)} (known keys: ${p.known})`;
export const INVALID_INPUT__type = (p: { expected: string; received: string }): string => `Expected ${p.expected}, received ${p.received}`;
export const INVALID_INPUT__tooShort = (p: { min: number }): string =>
  p.min === 1 ? 'May not be empty' : `Needs at least ${p.min} characters`;
export const INVALID_INPUT__range = (p: { min: number | string; max: number | string; received: string }): string =>
  `The value must lie in [${p.min}, ${p.max}], received ${p.received}`;
export const INVALID_INPUT__choice = (p: { choices: string; received: string; suggestion: string }): string =>
  `Expected one of ${p.choices}, received ${p.received}${didYouMean(p.suggestion)}`;
export const INVALID_INPUT__tag = (p: { key: string; choices: string; received: string; suggestion: string }): string =>
  `Invalid ${p.key}: expected one of ${p.choices}, received ${p.received}${didYouMean(p.suggestion)}`;
export const INVALID_INPUT__tooFewItems = (p: { min: number }): string => `The list needs at least ${p.min} items`;
export const INVALID_INPUT__options = (p: { received: string }): string =>
  `The options must be an object { … } or left out, received ${p.received}`;
export const TEXT_TOO_LONG = (p: { max: number; length: number }): string => `Text too long: ${p.length} characters, at most ${p.max}`;
export const INPUT_TOO_LARGE = (p: { max: number; size: number }): string => `Input too large: ${p.size} items, at most ${p.max}`;
export const INPUT_TOO_DEEP = (p: { max: number }): string => `Input nested too deeply (at most ${p.max} levels)`;
export const INVALID_DATE_RANGE = (p: { start: string; end: string; startKey: string; endKey: string }): string =>
  `Reversed date range: ${p.endKey} (${p.end}) is before ${p.startKey} (${p.start})`;
export const INVALID_INPUT__range_object = (p: { received: string }): string =>
  `Expected a date range { start, end }, received ${p.received}`;
export const INVALID_INPUT__rate = (p: { received: string }): string =>
  `Expected a rate: a result of ratio(), { numerator, denominator }, a fraction such as 0.85 or a percent text such as "85%"; received ${p.received}`;
export const INVALID_NUMBER__finite = (p: { received: string }): string => `Not a finite number: ${p.received}`;
export const INVALID_NUMBER__rateText = (p: { received: string }): string =>
  `A rate written as text needs its "%" sign (e.g. "85%"); ${p.received} is not guessed as a fraction or as percent points — pass the number 0.85 for a fraction`;
export const RATE_OUT_OF_RANGE = (p: { value: string; max: string }): string =>
  p.max ? `The rate ${p.value}% is outside the accepted range [0%, ${p.max}%]` : `A rate may not be negative: ${p.value}%`;
export const INVALID_LOCALE = (p: { received: string }): string => `Unknown locale ${p.received} (use 'vi' or 'en')`;
export const INVALID_INPUT__object = (p: { expected: string; received: string }): string =>
  `Expected an object ${p.expected}, received ${p.received}`;
export const INVALID_DATE__schema = (received: string): string =>
  `A date must be YYYY-MM-DD and exist in the calendar, received ${received}`;
export const INVALID_TIMESTAMP__schema = (received: string): string =>
  `A date-time must be ISO with an offset (e.g. 2020-01-20T16:30:00+07:00), received ${received}`;
export const INVALID_ADMIN_LEVEL__schema = (received: string): string =>
  `An administrative level must be 'province', 'district' or 'commune', received ${received}`;
export const INVALID_ROUNDING = (received: string): string =>
  `Unknown rounding mode ${received} (use 'half-up', 'half-even', 'down' or 'up')`;
export const INVALID_COUNT__schema = (received: string): string => `A count must be a non-negative integer, received ${received}`;

// Numbers (decimal.ts, parse-vi-number.ts, ratio.ts, rounding.ts, check-*.ts, largest-remainder.ts)
export const INPUT_TOO_LARGE__digits = (p: { max: number; digits: string }): string =>
  `A number with too many digits (${p.digits}) when written out in full: at most ${p.max} digits`;
export const INVALID_NUMBER__type = (p: { received: string }): string =>
  `Expected a number (number, bigint or Decimal), received ${p.received}`;
export const INVALID_NUMBER__text = (p: { received: string }): string => `Expected the text of a number, received ${p.received}`;
export const INVALID_NUMBER__notNumber = (p: { received: string }): string =>
  `Not a number: ${p.received} (valid examples: "639.677", "56,35", "3.145,5")`;
export const AMBIGUOUS_NUMBER = (p: { received: string }): string =>
  `${p.received} is not Vietnamese notation, where "." groups thousands (followed by exactly 3 digits) and "," is the decimal mark; it ` +
  `would only read as an English-notation number, so it is not guessed`;
export const INVALID_NUMBER__percentText = (p: { received: string }): string => `Expected the text of a percentage, received ${p.received}`;
export const INVALID_NUMBER__missingPercent = (p: { received: string }): string => `Missing the "%" sign: ${p.received}`;
export const INVALID_NUMBER__emptyPercent = (p: { received: string }): string => `No number in the percentage ${p.received}`;
export const INVALID_NUMBER__negativeQuantity = (p: { received: string }): string => `A quantity may not be negative: ${p.received}`;
export const INVALID_NUMBER__negativeTolerance = (p: { received: string }): string => `The tolerance may not be negative: ${p.received}`;
export const INVALID_NUMBER__inexact = (p: { received: string }): string =>
  `The result ${p.received} cannot be returned exactly as a JavaScript number; pass the figures as bigints or Decimals`;
export const INVALID_COUNT__unsafe = (p: { received: string; max: number }): string =>
  `The count ${p.received} exceeds ${p.max}, the largest integer a JavaScript number holds exactly`;
export const ZERO_DENOMINATOR = (p: { numerator: string; denominator: string }): string =>
  `The denominator is 0 (${p.numerator}/${p.denominator}): the rate is undefined`;
export const ZERO_DENOMINATOR__empty = (): string => 'The list of counts is empty: there are no shares to compute';
export const ZERO_DENOMINATOR__allZero = (): string => 'The counts add up to 0: there are no shares to compute';
export const INVALID_DECIMALS = (p: { received: string }): string =>
  `The number of decimals must be an integer from 0 to 20, received ${p.received}`;
export const INVALID_DECIMALS__printed = (p: { printed: string; decimals: number }): string =>
  `The printed rate ${p.printed} has ${p.decimals} decimals (at most 20); pass decimals`;
export const INVALID_INPUT__ratio = (p: { received: string }): string =>
  `Expected a ratio (from ratio() or quantityRatio()), received ${p.received}`;
export const INVALID_INPUT__counts = (p: { received: string }): string => `Expected an array of counts, received ${p.received}`;
export const INVALID_INPUT__boolean = (p: { key: string; received: string }): string =>
  `${p.key} must be true or false, received ${p.received}`;
export const INVALID_INPUT__nonNegative = (p: { key: string; received: string }): string =>
  `${p.key} must be a non-negative number, received ${p.received}`;
export const INVALID_INPUT__integer = (p: { key: string; received: string }): string =>
  `${p.key} must be an integer, received ${p.received}`;
export const INVALID_ADMIN_LEVEL = (p: { received: string }): string =>
  `Unknown administrative level ${p.received} (use 'province' | 'district' | 'commune')`;

// Dates and date-times (read-date.ts, iso-date.ts, timestamp.ts, period.ts)
export const INVALID_DATE__noSuchDay = (p: { received: string; year: number; month: number; days: number }): string =>
  `No such date: ` +
  `${p.received}${p.days > 0 ? ` (${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')} has ${p.days} days)` : ''}`;
export const INVALID_DATE__padding = (p: { received: string }): string => `Month and day need two digits (YYYY-MM-DD): ${p.received}`;
export const INVALID_DATE__dmy = (p: { received: string }): string => `Dates must be ISO YYYY-MM-DD, not dd/mm/yyyy: ${p.received}`;
export const INVALID_DATE__dateTime = (p: { received: string }): string =>
  `Expected a calendar date (YYYY-MM-DD), not a date-time: ${p.received}`;
export const INVALID_DATE__format = (p: { received: string }): string => `Not an ISO date YYYY-MM-DD: ${p.received}`;
export const INVALID_DATE__dateObject = (): string =>
  'Received a Date object; pass an ISO string "YYYY-MM-DD" (calendar dates never go through the host time zone)';
export const INVALID_DATE__type = (p: { received: string }): string => `Expected an ISO date string "YYYY-MM-DD", received ${p.received}`;
export const INVALID_DATE__dateOrTimestamp = (p: { received: string }): string =>
  `Expected a date "YYYY-MM-DD" or a date-time with an offset, received ${p.received}`;
export const INVALID_DATE__period = (p: { received: string; date: string }): string => `No such date in ${p.received}: ${p.date}`;
export const DATE_OUT_OF_RANGE__dayNumber = (p: { dayNumber: string }): string => `Day number outside years 0001–9999: ${p.dayNumber}`;
export const DATE_OUT_OF_RANGE__timestamp = (p: { received: string }): string =>
  `The date-time ${p.received} falls on a day outside years 0001–9999 (in the zone used)`;
export const INVALID_TIMESTAMP__type = (p: { received: string }): string =>
  `Expected an ISO date-time string with an offset, received ${p.received}`;
export const INVALID_TIMESTAMP__noOffset = (p: { received: string }): string =>
  `A date-time must carry an offset (e.g. "+07:00" or "Z"): ${p.received}`;
export const INVALID_TIMESTAMP__format = (p: { received: string }): string =>
  `Not an ISO date-time with an offset (YYYY-MM-DDTHH:mm:ss+07:00): ${p.received}`;
export const INVALID_TIMESTAMP__offset = (p: { received: string }): string => `Invalid offset: ${p.received}`;
export const INVALID_TIMESTAMP__impossible = (p: { received: string }): string => `No such date-time: ${p.received}`;
export const INVALID_INPUT__offsetMinutes = (p: { received: string }): string =>
  `offsetMinutes must be a whole number of minutes in [−1080, 1080], received ${p.received}`;

// Periods (period.ts)
const PERIOD_FORMS =
  '"Tháng 12/2019", "04/2019", "Quý I/2020", "6 tháng đầu năm 2020", "9 tháng năm 2019", "năm 2020", "ngày 15/02/2020", ' +
  '"từ ngày 16/12/2018 đến ngày 15/9/2019", "Quý II - III/2021", "2021-2025"';
export const UNRECOGNIZED_PERIOD = (p: { received: string; why: string }): string =>
  `Could not understand the period ${p.received}${p.why ? ` (${p.why})` : ''}. Supported forms: ${PERIOD_FORMS}`;
export const UNRECOGNIZED_PERIOD__whyYears = (p: { first: number; last: number }): string =>
  `the first year ${p.first} is not before the last year ${p.last}`;
export const UNRECOGNIZED_PERIOD__whyMonth = (p: { month: number }): string => `there is no month ${p.month}`;
export const UNRECOGNIZED_PERIOD__whyMonths = (p: { months: number }): string => `${p.months} is not a number of months`;
export const UNRECOGNIZED_PERIOD__whyReversed = (): string => 'the start is after the end';
export const UNRECOGNIZED_PERIOD__type = (p: { received: string }): string => `Expected the text of a period, received ${p.received}`;
export const UNRECOGNIZED_PERIOD__year = (p: { received: string; year: string }): string =>
  `Invalid year in the period ${p.received}: ${p.year}`;
export const MISSING_YEAR = (p: { received: string }): string => `The period ${p.received} names no year; pass the { year } option`;
export const INVALID_INPUT__year = (p: { received: string }): string => `Invalid year (an integer 1000–9999 is expected): ${p.received}`;
export const INVALID_INPUT__week = (p: { received: string }): string => `A week number is an integer from 1 to 53, received ${p.received}`;
export const INVALID_INPUT__weekEndsOn = (p: { received: string }): string =>
  `weekEndsOn is a weekday: 0 = Sunday … 6 = Saturday, received ${p.received}`;
export const UNRECOGNIZED_PERIOD__weeks = (p: { year: number; weeks: number }): string => `${p.year} has ${p.weeks} weeks (ISO 8601)`;

// zod issues converted by zodIssuesToCchc (validate.ts): zod's own English text.
export const INVALID_INPUT__zod = (p: { zodCode: string; message: string }): string => p.message;
export const UNKNOWN_KEY__more = (p: { count: string; max: number }): string =>
  `${p.count} more unknown keys in this object (the first ${p.max} are listed): is it the object expected here?`;
export const UNKNOWN_KEY__zod = (p: { zodCode: string; message: string }): string => p.message;

// What a schema expected (fragments of INVALID_INPUT__type, schema.ts and schemas.ts)
export const INVALID_INPUT__expectedString = (): string => 'a string';
export const INVALID_INPUT__expectedInteger = (): string => 'an integer';
export const INVALID_INPUT__expectedNumber = (): string => 'a finite number';
export const INVALID_INPUT__expectedBoolean = (): string => 'true or false';
export const INVALID_INPUT__expectedObject = (): string => 'an object { … }';
export const INVALID_INPUT__expectedArray = (): string => 'an array [ … ]';
export const INVALID_INPUT__expectedPath = (): string => 'a path: a list of keys and indexes (texts and integers)';
export const INVALID_INPUT__expectedOneOf = (p: { kinds: string }): string => `one of: ${p.kinds}`;
export const INVALID_INPUT__expectedIsoDate = (): string => 'an existing date "YYYY-MM-DD"';
export const INVALID_INPUT__expectedTimestamp = (): string => 'an ISO date-time with an offset';
export const INVALID_INPUT__expectedDecimal = (): string => 'a finite number (number, bigint or Decimal)';
export const INVALID_INPUT__expectedFiniteDecimal = (): string => 'a finite Decimal';
export const INVALID_INPUT__percentSign = (): string => 'A rate written as text needs its "%" sign';
export const INVALID_INPUT__url = (): string => 'A URL must start with http:// or https://';
export const INVALID_INPUT__deprecatedWithNew = (p: { old: string; new: string }): string =>
  `Give "${p.new}" or its older name "${p.old}", not both`;
export const INVALID_INPUT__issues = (): string => 'A CchcError needs at least one issue { code, path, messageVi, messageEn }';
