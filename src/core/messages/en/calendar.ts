// English messages of the calendar module, keyed by error code (`CODE__variant` for further texts of a code).
// Same keys and parameters in ../vi and ../en. Generic texts (an integer expected, options not an object, a reversed
// range) come from the core catalogue.

// The calendar option and working-day arithmetic (calendar-options.ts, _internal/day-index.ts)
export const INVALID_INPUT__calendarOption = (p: { received: string }): string =>
  `calendar must be a WorkCalendar made by createWorkCalendar (e.g. civilServiceCalendar), received ${p.received}`;
export const INVALID_INPUT__workingDays = (p: { received: string }): string =>
  `The number of working days must be an integer, received ${p.received}`;
export const DATE_OUT_OF_RANGE__calendarDay = (p: { day: string; isDate: boolean; name: string; first: string; last: string }): string =>
  `${p.isDate ? 'Date' : 'Day number'} ${p.day} is outside the range of calendar "${p.name}" (${p.first} … ${p.last})`;
export const DATE_OUT_OF_RANGE__calendarIndex = (p: {
  name: string;
  first: string;
  last: string;
  lastIndex: number;
  received: string;
}): string =>
  `The result falls outside the range of calendar "${p.name}" (${p.first} … ${p.last}; indexes 1 … ${p.lastIndex}, got ${p.received})`;
export const DATE_OUT_OF_RANGE__calendarResult = (p: {
  n: number;
  date: string;
  name: string;
  first: string;
  last: string;
  available: number;
  forward: boolean;
}): string =>
  `Adding ${p.n} working days to ${p.date} goes beyond the range of calendar "${p.name}" (${p.first} … ${p.last}: it has only ` +
  `${p.available} working days ${p.forward ? 'after' : 'before'} that date)`;

// Receipt and due dates (due-date.ts)
export const INVALID_CUTOFF = (p: { received: string }): string => `cutoff must be a clock time "HH:mm", received ${p.received}`;
export const INVALID_CUTOFF__dateOnly = (p: { cutoff: string; received: string }): string =>
  `A cut-off (${p.cutoff}) needs the time of receipt (an ISO date-time with an offset), received the date ${p.received}`;
export const INVALID_INPUT__negativeDeadline = (p: { n: number }): string => `A deadline cannot be negative: ${p.n}`;

// Holidays (holiday-laws.ts, vn-holidays.ts)
export const DATE_OUT_OF_RANGE__holidayLaw = (p: { received: string }): string =>
  `No holiday law in the data before 1995-01-01: ${p.received}`;
export const INVALID_INPUT__holidayYear = (p: { received: string }): string => `year must be an integer, received ${p.received}`;
export const DATE_OUT_OF_RANGE__holidayYear = (p: { year: number; first: number; last: number }): string =>
  `Holidays are supported for ${p.first}–${p.last}, received ${p.year}`;
export const INVALID_INPUT__regime = (p: { received: string }): string =>
  `regime must be 'civil-service' or 'labour-code', received ${p.received}`;

// The lunar calendar (_internal/lunar-options.ts, lunar-to-solar.ts, solar-to-lunar.ts)
export const INVALID_INPUT__utcOffset = (p: { received: string }): string => `utcOffset must be 7, 8 or 'historic', received ${p.received}`;
export const DATE_OUT_OF_RANGE__lunar = (p: { year: number; month: number; day: number; leap: boolean }): string =>
  `Lunar date ${p.year}-${p.month}${p.leap ? ' (leap)' : ''}-${p.day} is outside the supported range (solar 1900-01-01 … 2100-12-31)`;
export const DATE_OUT_OF_RANGE__solar = (p: { received: string }): string =>
  `The lunar calendar supports 1900-01-01 … 2100-12-31, received ${p.received}`;
export const INVALID_LUNAR_DATE__noLeapMonth = (p: { year: number }): string => `Lunar year ${p.year} has no leap month`;
export const INVALID_LUNAR_DATE__otherLeapMonth = (p: { year: number; leapMonth: number; month: number }): string =>
  `Lunar year ${p.year} has leap month ${p.leapMonth}, not ${p.month}`;
export const INVALID_LUNAR_DATE__monthLength = (p: { year: number; month: number; leap: boolean; length: number }): string =>
  `Lunar month ${p.month}${p.leap ? ' (leap)' : ''} of ${p.year} has only ${p.length} days`;

// Work calendars (work-calendar.ts)
export const DATE_OUT_OF_RANGE__calendarSpan = (p: { first: string; last: string; base: string }): string =>
  `The range must lie within ${p.first} … ${p.last}${p.base ? ` (the range of base calendar "${p.base}")` : ''}`;
export const INVALID_INPUT__holidaysWithBase = (p: { base: string }): string =>
  `"holidays" cannot be combined with "base": the base calendar "${p.base}" already brings its holidays`;
export const DATE_OUT_OF_RANGE__holidaysStart = (p: { first: string; received: string }): string =>
  `National holidays are known from ${p.first} on; a calendar with "holidays" must start on or after it (received ${p.received})`;
export const DATE_OUT_OF_RANGE__specDay = (p: { date: string }): string => `${p.date} is outside the calendar's range`;
export const INVALID_INPUT__dayNotInYear = (p: { date: string; year: number }): string => `${p.date} is not in year ${p.year}`;
export const CONFLICTING_CALENDAR_DAYS = (p: { date: string; first: number; second: number }): string =>
  `${p.date} is listed twice (items ${p.first} and ${p.second})`;
export const CONFLICTING_CALENDAR_DAYS__year = (p: { year: number }): string => `Year ${p.year} is listed twice`;
export const INVALID_INPUT__expectedWorkCalendar = (): string => 'a WorkCalendar made by createWorkCalendar (e.g. civilServiceCalendar)';

// Ngày Văn hóa Việt Nam and provisional days (vn-holidays.ts, work-calendar.ts, _internal/provisional.ts)
export const INVALID_INPUT__cultureDayWithoutHolidays = (): string =>
  `"cultureDay" needs a calendar with national holidays ("holidays" or "base")`;
export const PROVISIONAL_CALENDAR = (p: { day: string; name: string }): string =>
  `The result rests on the provisional day ${p.day} of calendar "${p.name}" (derived from the rules, no official schedule yet)`;
