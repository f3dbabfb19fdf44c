import { CchcError, fail, show } from './errors.js';
import { foldVi } from './_internal/fold-vi.js';
import { civilToDays, daysInMonth, formatIsoDate, fromDayNumber, parseIsoDate, weekdayOfDayNumber, type IsoDate } from './iso-date.js';
import { PERIOD_DESCRIPTION_KEYS } from './date-range.js';
import { checkTextLength } from './_internal/check-limits.js';
import { readInputObject, readOptions } from './options.js';
import * as vi from './messages/vi/core.js';
import * as en from './messages/en/core.js';

/**
 * What a period names:
 * - `day`: one date ("ngày 15/02/2020");
 * - `month`: a calendar month ("Tháng 12/2019");
 * - `quarter`: a quarter ("Quý I/2020");
 * - `half`: a half-year ("6 tháng đầu năm 2020", "6 tháng cuối năm");
 * - `months-from-start`: the first n months of a year other than 6 ("9 tháng đầu năm 2019": 1/1–30/9);
 * - `months-to-end`: the last n months of a year other than 6 ("3 tháng cuối năm");
 * - `week`: a numbered week ("tuần 49/2025"): the seven days ending on the week's last day, ISO weeks by default (see
 *   {@link weekPeriod});
 * - `year`: a calendar year ("năm 2020");
 * - `range`: from the start of one period to the end of another ("từ ngày 16/12/2018 đến ngày 15/9/2019", "Quý II -
 *   III/2021", "tháng 1-3/2020", "giai đoạn 2021-2025").
 *
 * @category Core
 */
export type PeriodKind = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'months-from-start' | 'months-to-end' | 'year' | 'range';

/**
 * A period of time (kỳ, thời gian) with inclusive ISO bounds, as Vietnamese documents name them.
 *
 * @example
 * ```ts
 * import type { Period } from 'cchc';
 * const q: Period = { kind: 'quarter', start: '2020-01-01', end: '2020-03-31', year: 2020, quarter: 1, label: 'Quý I/2020' };
 * ```
 *
 * @category Core
 */
export interface Period {
  /** See {@link PeriodKind}. */
  readonly kind: PeriodKind;
  /** First day, inclusive. */
  readonly start: IsoDate;
  /** Last day, inclusive. */
  readonly end: IsoDate;
  /** The year of the period (of its start, for a range). */
  readonly year: number;
  /** Month 1–12 for `month`. */
  readonly month?: number;
  /** Quarter 1–4 for `quarter`. */
  readonly quarter?: number;
  /** Half 1–2 for `half`. */
  readonly half?: number;
  /** Week 1–53 for `week` (of the ISO week-year `year`). */
  readonly week?: number;
  /** Number of months for `months-from-start` / `months-to-end` (and 6 for `half`). */
  readonly months?: number;
  /** The canonical Vietnamese name ("Quý I/2020", "6 tháng đầu năm 2020", "Tháng 12/2019"). */
  readonly label: string;
}

/**
 * Options of {@link parsePeriod}.
 *
 * @category Core
 */
export interface ParsePeriodOptions {
  /** The year to use when the text names none ("quý I", "6 tháng cuối năm"). */
  readonly year?: number;
  /** For weeks ("tuần 49/2025"): the weekday a week ends on, 0 = Sunday (default: ISO weeks) … 6 = Saturday. See {@link weekPeriod}. */
  readonly weekEndsOn?: number;
}

/**
 * Options of {@link weekPeriod}.
 *
 * @category Core
 */
export interface WeekPeriodOptions {
  /**
   * The weekday the week ends on, as {@link dayOfWeek} numbers them: 0 = Sunday (Chủ nhật, the default: ISO 8601
   * weeks, Monday to Sunday), 1 = Monday … 5 = Friday, 6 = Saturday. Week n then ends on that weekday of ISO week n.
   */
  readonly weekEndsOn?: number;
}

const WEEK_PERIOD_KEYS: readonly string[] = Object.freeze(['weekEndsOn']);
const WEEKDAY_NAMES_VI = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];

/** The number of ISO 8601 weeks of a week-year: 53 when 1 January is a Thursday, or a Wednesday in a leap year. */
function isoWeeksIn(year: number): number {
  const jan1 = weekdayOfDayNumber(civilToDays(year, 1, 1));
  const leap = daysInMonth(year, 2) === 29;
  return jan1 === 4 || (leap && jan1 === 3) ? 53 : 52;
}

/**
 * Week `week` of a year as a period (tuần): the seven days ending on the `weekEndsOn` weekday of ISO 8601 week `week`
 * (weeks start on Monday; week 1 holds 4 January). With the default (weeks end on Sunday) it is the ISO week itself;
 * `weekEndsOn: 5` gives the week ending on that ISO week's Friday (Saturday to Friday).
 *
 * No legal text numbers the weeks of administrative reports; ISO numbering is the one the press follows ("tuần 03 năm
 * 2024" of Bình Dương's QĐ 766 ranking, snapshot of Monday 22/01/2024, the day after ISO week 3 ended). Which weekday a
 * body's "weekly" figures are taken on is its own convention: pass it.
 *
 * @throws {@link CchcError} `UNRECOGNIZED_PERIOD` for a week that the year does not have (week 53 of a 52-week year),
 *   `INVALID_INPUT` for a bad year, week or weekday.
 * @example
 * ```ts
 * import { weekPeriod } from 'cchc';
 * weekPeriod(2025, 49); // { kind: 'week', start: '2025-12-01', end: '2025-12-07', year: 2025, week: 49, label: 'Tuần 49/2025' }
 * weekPeriod(2025, 49, { weekEndsOn: 5 }).end;   // '2025-12-05' (a Friday)
 * weekPeriod(2024, 3).end;                        // '2024-01-21'
 * weekPeriod(2025, 53);                           // throws CchcError UNRECOGNIZED_PERIOD
 * ```
 *
 * @category Core
 */
export function weekPeriod(year: number, week: number, options?: WeekPeriodOptions): Period {
  const o = readOptions<WeekPeriodOptions>(options, WEEK_PERIOD_KEYS);
  if (typeof year !== 'number' || !Number.isInteger(year) || year < 1000 || year > 9999) {
    fail(
      'INVALID_INPUT',
      ['year'],
      vi.INVALID_INPUT__year({ received: show(year) }),
      en.INVALID_INPUT__year({ received: show(year) }),
      year,
    );
  }
  if (typeof week !== 'number' || !Number.isInteger(week) || week < 1 || week > 53) {
    fail(
      'INVALID_INPUT',
      ['week'],
      vi.INVALID_INPUT__week({ received: show(week) }),
      en.INVALID_INPUT__week({ received: show(week) }),
      week,
    );
  }
  const endsOn = o.weekEndsOn ?? 0;
  if (typeof endsOn !== 'number' || !Number.isInteger(endsOn) || endsOn < 0 || endsOn > 6) {
    fail(
      'INVALID_INPUT',
      ['options', 'weekEndsOn'],
      vi.INVALID_INPUT__weekEndsOn({ received: show(endsOn) }),
      en.INVALID_INPUT__weekEndsOn({ received: show(endsOn) }),
      endsOn,
    );
  }
  if (week > isoWeeksIn(year)) {
    const p = { year, weeks: isoWeeksIn(year) };
    fail('UNRECOGNIZED_PERIOD', ['week'], vi.UNRECOGNIZED_PERIOD__weeks(p), en.UNRECOGNIZED_PERIOD__weeks(p), week);
  }
  const jan4 = civilToDays(year, 1, 4);
  const monday1 = jan4 - ((weekdayOfDayNumber(jan4) + 6) % 7);
  const monday = monday1 + (week - 1) * 7;
  const end = monday + ((endsOn + 6) % 7);
  const label = endsOn === 0 ? `Tuần ${pad2(week)}/${year}` : `Tuần ${pad2(week)}/${year} (kết thúc ${WEEKDAY_NAMES_VI[endsOn]})`;
  return Object.freeze({ kind: 'week', start: fromDayNumber(end - 6), end: fromDayNumber(end), year, week, label });
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const ROMAN_OUT = ['', 'I', 'II', 'III', 'IV'];
const WORD_NUMBERS: Record<string, number> = { mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10 };

// A year after a period name: "/2020", "-2020", ".2020", " 2020", " năm 2020", "/năm 2020".
const YEAR_TAIL = String.raw`(?:\s*[/.-]\s*(?:nam\s*)?|\s+nam\s+|\s+)(\d{4})`;
// "tuần 49/2025", "tuần thứ 49 năm 2025", "tuần 03"
const WEEK = new RegExp(String.raw`^tuan\s*(?:thu\s*)?(\d{1,2})(?:${YEAR_TAIL})?$`);
const NUMBER_WORDS = 'mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi';
const DATE = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})`;
// "15 tháng 02 năm 2020", and "15/02 năm 2020" (day and month in figures, the year in words)
const DATE_WORDS = String.raw`(\d{1,2})(?:\s+thang\s+|\s*[/.-]\s*)(\d{1,2})\s+nam\s+(\d{4})`;

const PATTERNS: readonly { re: RegExp; build: (m: RegExpExecArray, year: number | undefined, text: string) => Period }[] = [
  {
    // "tháng 12/2019", "tháng 01/2020", "tháng 12 năm 2019", "tháng 12"
    re: new RegExp(String.raw`^thang\s*(\d{1,2})(?:${YEAR_TAIL})?$`),
    build: (m, y, text) => monthPeriod(Number(m[1]), needYear(m[2], y, text), text),
  },
  {
    // "quý I/2020", "quí 4 năm 2019", "quý 01/2020", "quý IV"
    re: new RegExp(String.raw`^qu[yi]\s*(iv|i{1,3}|0?[1-4])(?:${YEAR_TAIL})?$`),
    build: (m, y, text) => quarterPeriod(ROMAN[m[1]!] ?? Number(m[1]), needYear(m[2], y, text)),
  },
  {
    // "6 tháng đầu năm 2020", "06 tháng cuối năm", "9 tháng đầu năm/2019", "sáu tháng đầu năm", and without "đầu":
    // "6 tháng năm 2020", "9 tháng năm 2019" (the usual titles of the 6- and 9-month reports: the first n months)
    re: new RegExp(String.raw`^(\d{1,2}|${NUMBER_WORDS})\s*thang\s+(?:(dau|cuoi)\s+)?nam(?:${YEAR_TAIL})?$`),
    build: (m, y, text) =>
      monthsPeriod(WORD_NUMBERS[m[1]!] ?? Number(m[1]), m[2] === 'cuoi' ? 'end' : 'start', needYear(m[3], y, text), text),
  },
  {
    // "3 quý đầu năm 2020", "hai quý cuối năm": the first / last n quarters
    re: new RegExp(String.raw`^([1-4]|mot|hai|ba|bon)\s*qu[yi]\s+(dau|cuoi)\s+nam(?:${YEAR_TAIL})?$`),
    build: (m, y, text) =>
      monthsPeriod(3 * (WORD_NUMBERS[m[1]!] ?? Number(m[1])), m[2] === 'dau' ? 'start' : 'end', needYear(m[3], y, text), text),
  },
  {
    // "nửa đầu năm 2020", "nửa cuối năm"
    re: new RegExp(String.raw`^nua\s+(dau|cuoi)\s+nam(?:${YEAR_TAIL})?$`),
    build: (m, y, text) => monthsPeriod(6, m[1] === 'dau' ? 'start' : 'end', needYear(m[2], y, text), text),
  },
  {
    // "năm 2020", "2020", "cả năm 2020", "toàn năm 2020"
    re: /^(?:(?:ca|toan)\s+)?(?:nam\s*)?(\d{4})$/,
    build: (m, _y, text) => yearPeriod(checkYear(Number(m[1]), text)),
  },
  {
    // "năm" alone ("trong năm", "cuối năm" once the preposition is read), "cả năm": the year of `options.year`
    re: /^(?:(?:ca|toan)\s+)?nam$/,
    build: (_m, y, text) => yearPeriod(needYear(undefined, y, text)),
  },
  {
    // "2021-2025", "giai đoạn 2021 - 2025", "năm 2021-2022", "từ năm 2021 đến năm 2025": whole years
    re: /^(?:giai doan\s+|tu\s+)?(?:nam\s*)?(\d{4})\s*(?:-|den|toi)\s*(?:het\s+)?(?:nam\s*)?(\d{4})$/,
    build: (m, _y, text) => {
      const a = checkYear(Number(m[1]), text);
      const b = checkYear(Number(m[2]), text);
      const p = { first: a, last: b };
      if (a >= b) unrecognized(text, vi.UNRECOGNIZED_PERIOD__whyYears(p), en.UNRECOGNIZED_PERIOD__whyYears(p));
      return { kind: 'range', start: formatIsoDate(a, 1, 1), end: formatIsoDate(b, 12, 31), year: a, label: `Từ năm ${a} đến năm ${b}` };
    },
  },
  {
    // "04/2019", "12-2019": month and year without the word "tháng" (Phụ lục I of Báo cáo 389/BC-UBND prints "04/2019")
    re: /^(\d{1,2})\s*[/.-]\s*(\d{4})$/,
    build: (m, _y, text) => monthPeriod(Number(m[1]), checkYear(Number(m[2]), text), text),
  },
  {
    // "ngày 15/02", "15/02", "ngày 15 tháng 02": a day without its year takes `options.year`
    re: /^(?:ngay\s+)?(\d{1,2})\s*[/.]\s*(\d{1,2})$|^(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})$/,
    build: (m, y, text) => {
      const day = dayOf(m[1] ?? m[3], m[2] ?? m[4], String(needYear(undefined, y, text)), text);
      return { kind: 'day', start: day.iso, end: day.iso, year: day.year, label: `Ngày ${day.label}` };
    },
  },
  {
    // "ngày 15/02/2020", "15/02/2020", "ngày 15 tháng 02 năm 2020"
    re: new RegExp(String.raw`^(?:ngay\s+)?(?:${DATE}|${DATE_WORDS})$`),
    build: (m, _y, text) => {
      const day = dayOf(m[1] ?? m[4], m[2] ?? m[5], m[3] ?? m[6], text);
      return { kind: 'day', start: day.iso, end: day.iso, year: day.year, label: `Ngày ${day.label}` };
    },
  },
  {
    // "từ ngày 16/12/2018 đến ngày 15/9/2019", "16/12/2018 - 15/9/2019"
    re: new RegExp(String.raw`^(?:tu\s+)?(?:ngay\s+)?${DATE}\s*(?:den|-|toi)\s*(?:het\s+)?(?:ngay\s+)?${DATE}$`),
    build: (m, _y, text) => {
      const a = dayOf(m[1], m[2], m[3], text);
      const b = dayOf(m[4], m[5], m[6], text);
      if (a.iso > b.iso) unrecognized(text, vi.UNRECOGNIZED_PERIOD__whyReversed(), en.UNRECOGNIZED_PERIOD__whyReversed());
      return { kind: 'range', start: a.iso, end: b.iso, year: a.year, label: `Từ ngày ${a.label} đến ngày ${b.label}` };
    },
  },
];

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function needYear(captured: string | undefined, fallback: number | undefined, text: string): number {
  if (captured !== undefined) return checkYear(Number(captured), text);
  if (fallback === undefined)
    return fail('MISSING_YEAR', ['text'], vi.MISSING_YEAR({ received: show(text) }), en.MISSING_YEAR({ received: show(text) }), text);
  return checkYear(fallback, text);
}

function checkYear(year: number, text: string): number {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    const p = { received: show(text), year: show(year) };
    return fail('UNRECOGNIZED_PERIOD', ['year'], vi.UNRECOGNIZED_PERIOD__year(p), en.UNRECOGNIZED_PERIOD__year(p), year);
  }
  return year;
}

function dayOf(
  d: string | undefined,
  mo: string | undefined,
  y: string | undefined,
  text: string,
): { iso: IsoDate; year: number; label: string } {
  const year = checkYear(Number(y), text);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    const p = { received: show(text), date: `${d}/${mo}/${y}` };
    return fail('INVALID_DATE', ['text'], vi.INVALID_DATE__period(p), en.INVALID_DATE__period(p), text);
  }
  return { iso: formatIsoDate(year, month, day), year, label: `${pad2(day)}/${pad2(month)}/${year}` };
}

function monthPeriod(month: number, year: number, text: string): Period {
  if (month < 1 || month > 12) unrecognized(text, vi.UNRECOGNIZED_PERIOD__whyMonth({ month }), en.UNRECOGNIZED_PERIOD__whyMonth({ month }));
  return {
    kind: 'month',
    start: formatIsoDate(year, month, 1),
    end: formatIsoDate(year, month, daysInMonth(year, month)),
    year,
    month,
    label: `Tháng ${pad2(month)}/${year}`,
  };
}

function quarterPeriod(quarter: number, year: number): Period {
  const first = (quarter - 1) * 3 + 1;
  return {
    kind: 'quarter',
    start: formatIsoDate(year, first, 1),
    end: formatIsoDate(year, first + 2, daysInMonth(year, first + 2)),
    year,
    quarter,
    label: `Quý ${ROMAN_OUT[quarter]}/${year}`,
  };
}

function monthsPeriod(months: number, from: 'start' | 'end', year: number, text: string): Period {
  if (!Number.isInteger(months) || months < 1 || months > 12) {
    unrecognized(text, vi.UNRECOGNIZED_PERIOD__whyMonths({ months }), en.UNRECOGNIZED_PERIOD__whyMonths({ months }));
  }
  const firstMonth = from === 'start' ? 1 : 13 - months;
  const lastMonth = from === 'start' ? months : 12;
  const label = `${months} tháng ${from === 'start' ? 'đầu' : 'cuối'} năm ${year}`;
  const base = {
    start: formatIsoDate(year, firstMonth, 1),
    end: formatIsoDate(year, lastMonth, daysInMonth(year, lastMonth)),
    year,
    months,
    label,
  };
  if (months === 12) return yearPeriod(year); // "12 tháng năm 2020" is the year, the same period as "năm 2020"
  if (months === 6) return { kind: 'half', half: from === 'start' ? 1 : 2, ...base };
  return { kind: from === 'start' ? 'months-from-start' : 'months-to-end', ...base };
}

function yearPeriod(year: number): Period {
  return { kind: 'year', start: formatIsoDate(year, 1, 1), end: formatIsoDate(year, 12, 31), year, label: `Năm ${year}` };
}

function unrecognized(text: string, whyVi = '', whyEn = ''): never {
  return fail(
    'UNRECOGNIZED_PERIOD',
    ['text'],
    vi.UNRECOGNIZED_PERIOD({ received: show(text), why: whyVi }),
    en.UNRECOGNIZED_PERIOD({ received: show(text), why: whyEn }),
    text,
  );
}

/**
 * Read a period as Vietnamese documents write it (đọc kỳ báo cáo / thời hạn) into inclusive ISO bounds.
 *
 * Understood forms (any case, with or without accents, old or new tone placement, extra spaces, "/" "-" "." or "năm"
 * before the year, a trailing "." or ","):
 * - months: "Tháng 12/2019", "tháng 01/2020", "tháng 12 năm 2019", "tháng 9.2019", "04/2019";
 * - quarters: "Quý I/2020" … "Quý IV", "quí 2/2020", "Quý 1 năm 2020", "quý I - 2020";
 * - first / last months: "6 tháng đầu năm 2020", "06 tháng cuối năm", "9 tháng đầu năm 2019", "nửa đầu năm", and
 *   "6 tháng năm 2020", "9 tháng năm 2019" — without "đầu", as report titles write them, the first n months;
 *   "3 quý đầu năm 2020" (the first three quarters);
 * - years: "năm 2020", "2020", "cả năm 2020", "năm";
 * - weeks (kind `week`): "tuần 49/2025", "tuần 03 năm 2024", "tuần thứ 49/2025", "tuần 49" (with `year`): ISO weeks,
 *   or weeks ending on `weekEndsOn` (see {@link weekPeriod});
 * - days: "ngày 15/02/2020", "15/02/2020", "ngày 15 tháng 02 năm 2020", "ngày 15/02 năm 2020", "ngày 15/02",
 *   "ngày 15 tháng 02";
 * - ranges (kind `range`): "từ ngày 16/12/2018 đến ngày 15/9/2019", "từ tháng 1 đến tháng 6 năm 2020",
 *   "tháng 1-3/2020", "Quý II - III/2021", "Tháng 12/2020 - Tháng 01/2021", "2021-2025", "giai đoạn 2021 - 2025".
 *   The end may leave out the unit of the start ("III/2021" after "Quý II"); a start without a year takes the end's
 *   year, or the year before when it would otherwise start after the end.
 * Texts without a year ("quý I", "tháng 12", "năm", "ngày 15/02") take `options.year`. Lists ("quý I, II/2021") are
 * not one period; `parseDeadline` reads them as several milestones.
 *
 * Linear in the length of the text; a text longer than {@link MAX_TEXT_LENGTH} is refused.
 *
 * @throws {@link CchcError} `UNRECOGNIZED_PERIOD` (with the forms it knows), `MISSING_YEAR`, `INVALID_DATE`;
 *   `INVALID_INPUT` for a bad `year` or options that are not an object; `UNKNOWN_KEY`; `TEXT_TOO_LONG`.
 *
 * @example
 * ```ts
 * import { parsePeriod } from 'cchc';
 * parsePeriod('Quý I/2020');                   // { kind: 'quarter', start: '2020-01-01', end: '2020-03-31', … }
 * parsePeriod('9 tháng đầu năm 2019').end;     // '2019-09-30'
 * parsePeriod('6 tháng cuối năm', { year: 2020 }).start; // '2020-07-01'
 * parsePeriod('9 tháng năm 2019').end;         // '2019-09-30'
 * parsePeriod('Quý II - III/2021').label;      // 'Từ quý II/2021 đến quý III/2021'
 * parsePeriod('giai đoạn 2021-2025').end;      // '2025-12-31'
 * parsePeriod('tuần 49/2025');                 // { kind: 'week', start: '2025-12-01', end: '2025-12-07', week: 49, … }
 * parsePeriod('Tuần 49/2025', { weekEndsOn: 5 }).end; // '2025-12-05'
 * ```
 *
 * @category Core
 */
export function parsePeriod(text: string, options?: ParsePeriodOptions): Period {
  const o = readOptions<ParsePeriodOptions>(options, PARSE_PERIOD_KEYS);
  if (typeof text !== 'string') {
    return fail(
      'UNRECOGNIZED_PERIOD',
      ['text'],
      vi.UNRECOGNIZED_PERIOD__type({ received: show(text) }),
      en.UNRECOGNIZED_PERIOD__type({ received: show(text) }),
      text,
    );
  }
  if (o.year !== undefined && (typeof o.year !== 'number' || !Number.isInteger(o.year) || o.year < 1000 || o.year > 9999)) {
    fail(
      'INVALID_INPUT',
      ['options', 'year'],
      vi.INVALID_INPUT__year({ received: show(o.year) }),
      en.INVALID_INPUT__year({ received: show(o.year) }),
      o.year,
    );
  }
  checkTextLength(text, ['text']);
  const folded = trimPunctuation(foldVi(text));
  const w = WEEK.exec(folded);
  if (w) return weekPeriod(needYear(w[2], o.year, text), Number(w[1]), o.weekEndsOn === undefined ? {} : { weekEndsOn: o.weekEndsOn });
  return Object.freeze(readSimple(folded, o.year, text) ?? readRange(folded, o.year, text) ?? unrecognized(text));
}

const PARSE_PERIOD_KEYS: readonly string[] = Object.freeze(['year', 'weekEndsOn']);

/**
 * Drop one pair of enclosing brackets' ends ("(Quý I/2020)") and trailing punctuation ("năm 2020."), with loops: the
 * regexes `/\s*[)\]]$/` and `/[.,;:]+$/` are quadratic on a long run of spaces or dots that does not end the text.
 */
function trimPunctuation(folded: string): string {
  let a = 0;
  let b = folded.length;
  const c0 = folded.charCodeAt(0);
  if (c0 === 40 || c0 === 91) {
    a = 1; // "(" or "["
    while (a < b && folded.charCodeAt(a) === 32) a++;
  }
  const cz = folded.charCodeAt(b - 1);
  if (b > a && (cz === 41 || cz === 93)) {
    b--; // ")" or "]"
    while (b > a && folded.charCodeAt(b - 1) === 32) b--;
  }
  while (b > a) {
    const c = folded.charCodeAt(b - 1);
    if (c !== 46 && c !== 44 && c !== 59 && c !== 58) break; // . , ; :
    b--;
  }
  return folded.slice(a, b).trim();
}

/** One period by the patterns above; `undefined` when none matches (a matching pattern may still throw). */
function readSimple(folded: string, year: number | undefined, text: string): Period | undefined {
  for (const { re, build } of PATTERNS) {
    const m = re.exec(folded);
    if (m) return build(m, year, text);
  }
  return undefined;
}

const MAX_RANGE_SPLITS = 16;

// A bare number or numeral after a range mark takes the unit of the start: "quý II - III/2021", "tháng 1 đến 6".
const BARE_END = new RegExp(String.raw`^(?:iv|i{1,3}|\d{1,2})(?:${YEAR_TAIL})?$`);
const UNIT_WORD = /^(thang|qu[yi])\s*/;

/**
 * A range of two periods: "từ tháng 1 đến tháng 6 năm 2020", "tháng 1-3/2020", "Quý II - III/2021",
 * "Tháng 12/2020 - Tháng 01/2021". The end may leave out the unit of the start ("III/2021" after "Quý II"); the start
 * may leave out its year, taking the end's (or the year before, when the start would otherwise come after the end:
 * "tháng 11 đến tháng 2/2021" starts in November 2020).
 */
function readRange(folded: string, year: number | undefined, text: string): Period | undefined {
  const body = folded.replace(/^tu\s+/, '');
  const marks = /\s+(?:den|toi)\s+(?:het\s+)?|\s*-\s*/g;
  let problem: CchcError | undefined; // why the most promising split failed ("tháng 13/2020", a missing year)
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (e) {
      if (!(e instanceof CchcError)) throw e;
      problem ??= e;
      return undefined;
    }
  };
  // A real range has a handful of marks ("16-12-2018 - 15-9-2019" has five); stop after MAX_RANGE_SPLITS, so that a
  // hostile text of thousands of dashes costs one scan, not thousands of attempts.
  let splits = 0;
  for (let m = marks.exec(body); m && splits < MAX_RANGE_SPLITS; m = marks.exec(body), splits++) {
    const left = body.slice(0, m.index).trim();
    let right = body.slice(m.index + m[0].length).trim();
    if (left === '' || right === '') continue;
    const unit = UNIT_WORD.exec(left)?.[1];
    if (unit !== undefined && BARE_END.test(right)) right = `${unit} ${right}`;
    const end = attempt(() => readSimple(right, year, text));
    if (end === undefined) continue;
    let start: Period | undefined;
    try {
      start = readSimple(left, undefined, text);
    } catch (e) {
      if (!(e instanceof CchcError)) throw e;
      if (e.code !== 'MISSING_YEAR') {
        problem ??= e;
        continue;
      }
      // The start names no year: it takes the end's, or the year before when it would otherwise start after the end.
      start = readSimple(left, end.year, text);
      if (start && start.start > end.end) start = readSimple(left, end.year - 1, text);
    }
    if (start === undefined) continue;
    if (start.start > end.end) unrecognized(text, vi.UNRECOGNIZED_PERIOD__whyReversed(), en.UNRECOGNIZED_PERIOD__whyReversed());
    const lower = (label: string) => label.charAt(0).toLowerCase() + label.slice(1);
    return { kind: 'range', start: start.start, end: end.end, year: start.year, label: `Từ ${lower(start.label)} đến ${lower(end.label)}` };
  }
  if (problem) throw problem;
  return undefined;
}

const PERIOD_KEYS: readonly string[] = Object.freeze(['start', 'end', ...PERIOD_DESCRIPTION_KEYS]);

/**
 * Whether a date lies within a period, bounds included.
 *
 * @throws {@link CchcError} `INVALID_DATE` for a bad date or bad period bounds; `INVALID_INPUT` for a period that is
 *   not an object; `UNKNOWN_KEY` for a key that is neither a bound nor a {@link Period} description key.
 * @example
 * ```ts
 * import { parsePeriod, periodContains } from 'cchc';
 * periodContains(parsePeriod('Quý I/2020'), '2020-03-31'); // true
 * periodContains(parsePeriod('Quý I/2020'), '2020-04-01'); // false
 * ```
 *
 * @category Core
 */
export function periodContains(period: Pick<Period, 'start' | 'end'>, date: IsoDate): boolean {
  readInputObject(period, PERIOD_KEYS, '{ start, end }', ['period']);
  const s = parseIsoDate(period.start, ['period', 'start']);
  const e = parseIsoDate(period.end, ['period', 'end']);
  const d = parseIsoDate(date, ['date']);
  return s <= d && d <= e;
}
