import { z } from 'zod';
import { CchcError, issue, type CchcIssue } from '../core/errors.js';
import { civilToDays, daysToCivil, formatIsoDate, parseIsoDate, type IsoDate } from '../core/iso-date.js';
import { IsoDateSchema } from '../core/_zod-legacy.js';
import { parseWithSchema } from '../core/_zod-legacy.js';
import { badCount, badDayNumber, badIndex, badResult, buildDayIndex, type DayIndex } from './_internal/day-index.js';
import { compensatoryDays, type RuleDay } from './_internal/holiday-rules.js';
import type { CalendarDayKind, CalendarEntry, Weekday } from './types.js';
import { dayNumberOfIso, holidaysOfYear, type HolidayRegime } from './vn-holidays.js';
import type { WorkCalendar } from './work-calendar-types.js';

export type { WorkCalendar } from './work-calendar-types.js';

/**
 * One marked day in a {@link WorkCalendarSpec}: an extra day off (`day-off`, or a holiday kind), or a day worked
 * (`working-day`, `swap-workday`).
 *
 * @example
 * ```ts
 * import type { CalendarDayInput } from 'cchc';
 * const d: CalendarDayInput = { date: '2027-05-03', kind: 'day-off', nameVi: 'Nghỉ theo quyết định của UBND tỉnh', source: 'QĐ …/QĐ-UBND' };
 * ```
 */
export interface CalendarDayInput {
  readonly date: IsoDate;
  readonly kind: CalendarDayKind;
  /** English name; default from the kind. */
  readonly name?: string;
  /** Vietnamese name; default from the kind. */
  readonly nameVi?: string;
  /** Where the day comes from (decision number, URL). Default `'user-defined'`. */
  readonly source?: string;
}

/**
 * A later year's announced schedule that replaces every marked day of that year in the base calendar (for example the
 * official 2027 civil-service schedule, once published, replacing the provisional rule-based days).
 *
 * @example
 * ```ts
 * import type { YearScheduleInput } from 'cchc';
 * const y: YearScheduleInput = { year: 2027, days: [{ date: '2027-01-01', kind: 'statutory', nameVi: 'Tết Dương lịch' }] };
 * ```
 */
export interface YearScheduleInput {
  readonly year: number;
  readonly days: readonly CalendarDayInput[];
}

/**
 * What {@link createWorkCalendar} builds a calendar from. Every field is optional.
 *
 * - `base`: a calendar to start from (its days, weekend and range). Without a base, the calendar starts from the
 *   `holidays` regime (default `'none'`: weekly pattern only). `holidays` cannot be given with a `base` (the base
 *   brings its own), and a calendar with national `holidays` must start on or after 2000-01-01 (the first year
 *   `vnHolidays` knows); both are reported as errors rather than silently ignored.
 * - `weekend`: weekly rest days (default: the base's, else `[0, 6]`, Sunday and Saturday, QĐ 188/1999/QĐ-TTg). When
 *   it differs from the base's, the base's compensatory days are recomputed for the new week (a holiday on a new rest
 *   day is compensated on the next working day) and its swaps are dropped (swaps apply only to bodies with the
 *   Saturday–Sunday week: CV 6519/VPCP-KGVX).
 * - `years`: replace every marked day of a year (a later year's announcement).
 * - `days`: extra marked days (a province's extra day off, a Saturday worked); they win over the base and `years`.
 * - `from`, `to`: the supported range (default: the base's, else 2000-01-01 … 2100-12-31); must lie inside the base's.
 *
 * @example
 * ```ts
 * import type { WorkCalendarSpec } from 'cchc';
 * import { civilServiceCalendar } from 'cchc';
 * const spec: WorkCalendarSpec = { base: civilServiceCalendar, name: 'Sunday-only unit', weekend: [0] };
 * ```
 */
export interface WorkCalendarSpec {
  readonly name?: string;
  readonly base?: WorkCalendar;
  readonly holidays?: HolidayRegime | 'none';
  readonly weekend?: readonly Weekday[];
  readonly years?: readonly YearScheduleInput[];
  readonly days?: readonly CalendarDayInput[];
  readonly from?: IsoDate;
  readonly to?: IsoDate;
}

const KINDS = ['statutory', 'compensatory', 'swap-off', 'swap-workday', 'day-off', 'working-day'] as const;

/**
 * Schema of {@link CalendarDayInput}.
 *
 * @example
 * ```ts
 * import { CalendarDayInputSchema } from 'cchc';
 * CalendarDayInputSchema.safeParse({ date: '2027-05-03', kind: 'day-off' }).success; // true
 * CalendarDayInputSchema.safeParse({ date: '2027-5-3', kind: 'day-off' }).success;   // false
 * ```
 */
export const CalendarDayInputSchema = z
  .object({
    date: IsoDateSchema,
    kind: z.enum(KINDS),
    name: z.string().min(1).optional(),
    nameVi: z.string().min(1).optional(),
    source: z.string().min(1).optional(),
  })
  .strict();

const WeekdaySchema = z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]);

/**
 * Schema of {@link WorkCalendarSpec} (the `base` must be a calendar made by {@link createWorkCalendar}).
 *
 * @example
 * ```ts
 * import { WorkCalendarSpecSchema } from 'cchc';
 * WorkCalendarSpecSchema.safeParse({ weekend: [0, 6], holidays: 'labour-code' }).success; // true
 * WorkCalendarSpecSchema.safeParse({ weekend: [7] }).success;                             // false
 * ```
 */
export const WorkCalendarSpecSchema = z
  .object({
    name: z.string().min(1).optional(),
    base: z.custom<WorkCalendar>((v) => v instanceof WorkCalendarImpl, { message: 'base must be a WorkCalendar made by createWorkCalendar' }).optional(),
    holidays: z.enum(['civil-service', 'labour-code', 'none']).optional(),
    weekend: z.array(WeekdaySchema).max(6).optional(),
    years: z.array(z.object({ year: z.number().int().min(1900).max(2100), days: z.array(CalendarDayInputSchema) }).strict()).optional(),
    days: z.array(CalendarDayInputSchema).optional(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
  })
  .strict();

const DEFAULT_NAMES: Record<CalendarDayKind, readonly [string, string]> = {
  statutory: ['Public holiday', 'Ngày nghỉ lễ'],
  compensatory: ['Compensatory day off', 'Nghỉ bù'],
  'swap-off': ['Swapped day off', 'Hoán đổi nghỉ'],
  'swap-workday': ['Make-up working day', 'Làm bù'],
  'day-off': ['Day off', 'Ngày nghỉ'],
  'working-day': ['Working day', 'Ngày làm việc'],
};

const isWorkingKind = (k: CalendarDayKind) => k === 'swap-workday' || k === 'working-day';
const SAT_SUN = 0b1000001;
const MIN_DAY = civilToDays(1900, 1, 1);
const MAX_DAY = civilToDays(2100, 12, 31);
const DEFAULT_FROM = civilToDays(2000, 1, 1);
const DEFAULT_TO = MAX_DAY;

function iso(day: number): IsoDate {
  const c = daysToCivil(day);
  return formatIsoDate(c.year, c.month, c.day);
}

interface Definition {
  readonly name: string;
  readonly mask: number;
  readonly first: number;
  readonly last: number;
  /** Marked days, resolved on first use (the national schedule needs the lunar table). */
  readonly entries: () => Map<number, CalendarEntry>;
}

function entryOf(d: CalendarDayInput, provisional = false): CalendarEntry {
  const [name, nameVi] = DEFAULT_NAMES[d.kind];
  return Object.freeze({
    date: d.date,
    name: d.name ?? name,
    nameVi: d.nameVi ?? nameVi,
    kind: d.kind,
    working: isWorkingKind(d.kind),
    provisional,
    source: d.source ?? 'user-defined',
  });
}

/** National holidays for a regime and a weekly pattern over a day range. */
function nationalEntries(regime: HolidayRegime, mask: number, first: number, last: number): Map<number, CalendarEntry> {
  const out = new Map<number, CalendarEntry>();
  const y0 = Math.max(2000, daysToCivil(first).year);
  const y1 = Math.min(2100, daysToCivil(last).year);
  for (let y = y0; y <= y1; y++) {
    for (const h of holidaysOfYear(y, regime)) {
      const day = dayNumberOfIso(h.date); // generated by the library: valid by construction
      if (day >= first && day <= last) out.set(day, Object.freeze({ ...h, working: h.kind === 'swap-workday' }));
    }
  }
  return mask === SAT_SUN ? out : reweek(out, mask);
}

/** Recompute compensatory days for another weekly pattern; drop swaps. */
function reweek(entries: Map<number, CalendarEntry>, mask: number): Map<number, CalendarEntry> {
  const kept = new Map<number, CalendarEntry>();
  const statutory: RuleDay[] = [];
  for (const [day, e] of [...entries].sort((a, b) => a[0] - b[0])) {
    if (e.kind === 'compensatory' || e.kind === 'swap-off' || e.kind === 'swap-workday') continue;
    kept.set(day, e);
    if (e.kind === 'statutory') statutory.push({ day, kind: 'statutory', name: e.name, nameVi: e.nameVi, source: e.source });
  }
  for (const c of compensatoryDays(statutory, mask, (d) => kept.has(d))) {
    kept.set(c.day, Object.freeze({ date: iso(c.day), name: c.name, nameVi: c.nameVi, kind: 'compensatory', working: false, provisional: true, source: c.source }));
  }
  return kept;
}

/** @internal */
export class WorkCalendarImpl implements WorkCalendar {
  readonly name: string;
  readonly weekend: readonly Weekday[];
  readonly firstDate: IsoDate;
  readonly lastDate: IsoDate;
  readonly firstDayNumber: number;
  readonly lastDayNumber: number;
  readonly firstWorkingDayIndex = 1;
  /** @internal */
  readonly def: Definition;
  #ix: DayIndex | undefined;
  #entries: Map<number, CalendarEntry> | undefined;

  constructor(def: Definition) {
    this.def = def;
    this.name = def.name;
    this.weekend = Object.freeze(([0, 1, 2, 3, 4, 5, 6] as Weekday[]).filter((w) => (def.mask >> w) & 1));
    this.firstDayNumber = def.first;
    this.lastDayNumber = def.last;
    this.firstDate = iso(def.first);
    this.lastDate = iso(def.last);
  }

  /** @internal Marked days by day number (resolved on first use). */
  entryMap(): Map<number, CalendarEntry> {
    return (this.#entries ??= this.def.entries());
  }

  /** @internal The index, built on first use. */
  ix(): DayIndex {
    if (this.#ix) return this.#ix;
    this.#ix = buildDayIndex(this.def.first, this.def.last, this.def.mask, this.entryMap());
    return this.#ix;
  }

  #iso: (string | undefined)[] | undefined;

  /** @internal The ISO date of an in-range day number, memoised (formatting dominates ISO-in/ISO-out arithmetic). */
  isoOf(dayNumber: number): IsoDate {
    const cache = (this.#iso ??= new Array<string | undefined>(this.def.last - this.def.first + 1));
    const i = dayNumber - this.def.first;
    return (cache[i] ??= iso(dayNumber));
  }

  get lastWorkingDayIndex(): number {
    return this.ix().lastIndex;
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.isWorkingDayNumber(this.dayOf(date, 'date'));
  }

  entry(date: IsoDate): CalendarEntry | undefined {
    return this.entryMap().get(this.dayOf(date, 'date'));
  }

  entries(from?: IsoDate, to?: IsoDate): CalendarEntry[] {
    const a = from === undefined ? this.def.first : this.dayOf(from, 'from');
    const b = to === undefined ? this.def.last : this.dayOf(to, 'to');
    return [...this.entryMap()].filter(([d]) => d >= a && d <= b).sort((x, y) => x[0] - y[0]).map(([, e]) => e);
  }

  /** @internal ISO date → day number, range-checked. */
  dayOf(date: IsoDate, path: string): number {
    const d = parseIsoDate(date, [path]);
    if (d < this.def.first || d > this.def.last) badDayNumber(this.name, this.ix(), d, path);
    return d;
  }

  isWorkingDayNumber(dayNumber: number): boolean {
    const ix = this.#ix ?? this.ix();
    const i = dayNumber - ix.first;
    if (!(i >= 0 && i < ix.len && (i | 0) === i)) badDayNumber(this.name, ix, dayNumber, 'dayNumber');
    return ix.working[i] === 1;
  }

  workingDayIndex(dayNumber: number): number {
    const ix = this.#ix ?? this.ix();
    const i = dayNumber - ix.first;
    if (!(i >= 0 && i < ix.len && (i | 0) === i)) badDayNumber(this.name, ix, dayNumber, 'dayNumber');
    return ix.index[i]!;
  }

  dayNumberAtWorkingDayIndex(index: number): number {
    const ix = this.#ix ?? this.ix();
    if (!(index >= 1 && index <= ix.lastIndex && (index | 0) === index)) badIndex(this.name, ix, index);
    return ix.atIndex[index]!;
  }

  addWorkingDaysToDayNumber(dayNumber: number, n: number): number {
    const ix = this.#ix ?? this.ix();
    const i = dayNumber - ix.first;
    if (!(i >= 0 && i < ix.len && (i | 0) === i)) badDayNumber(this.name, ix, dayNumber, 'dayNumber');
    if ((n | 0) !== n && !Number.isInteger(n)) badCount(n);
    const working = ix.working[i] === 1;
    if (n === 0 && working) return dayNumber;
    // Exact in double precision for every integer n (|n| < 2^53); a huge n is out of range, not "not an integer".
    const k = ix.index[i]! + n + (n > 0 || working ? 0 : 1);
    if (!(k >= 1 && k <= ix.lastIndex)) badResult(this.name, ix, dayNumber, n);
    return ix.atIndex[k]!;
  }

  workingDaysBetweenDayNumbers(start: number, end: number): number {
    const ix = this.#ix ?? this.ix();
    const a = start - ix.first;
    const b = end - ix.first;
    if (!(a >= 0 && a < ix.len && (a | 0) === a)) badDayNumber(this.name, ix, start, 'start');
    if (!(b >= 0 && b < ix.len && (b | 0) === b)) badDayNumber(this.name, ix, end, 'end');
    return ix.index[b]! - ix.index[a]!;
  }

  classifyDayNumbers(dayNumbers: ArrayLike<number>, out?: Uint8Array): Uint8Array {
    const ix = this.#ix ?? this.ix();
    const n = dayNumbers.length;
    const res = out ?? new Uint8Array(n);
    if (res.length < n) badCount(res.length);
    const { first, len, working } = ix;
    for (let j = 0; j < n; j++) {
      const d = dayNumbers[j]!;
      const i = d - first;
      if (!(i >= 0 && i < len && (i | 0) === i)) badDayNumber(this.name, ix, d, `dayNumbers[${j}]`);
      res[j] = working[i]!;
    }
    return res;
  }

  workingDayIndexes(dayNumbers: ArrayLike<number>, out?: Int32Array): Int32Array {
    const ix = this.#ix ?? this.ix();
    const n = dayNumbers.length;
    const res = out ?? new Int32Array(n);
    if (res.length < n) badCount(res.length);
    const { first, len, index } = ix;
    for (let j = 0; j < n; j++) {
      const d = dayNumbers[j]!;
      const i = d - first;
      if (!(i >= 0 && i < len && (i | 0) === i)) badDayNumber(this.name, ix, d, `dayNumbers[${j}]`);
      res[j] = index[i]!;
    }
    return res;
  }
}

/**
 * Build a working-day calendar (lịch ngày làm việc) from a base calendar plus overrides: a province's extra day off,
 * a unit that works Saturdays, a later year's announcement — without a new release of `cchc`. Calendars compose: a
 * calendar made here can be the `base` of another. The index is built on first use, once (O(days in range)).
 *
 * @throws {@link CchcError} `INVALID_INPUT` (spec shape), `INVALID_DATE`, `DATE_OUT_OF_RANGE` (a day or range
 *   outside the base's range, or outside 1900–2100), `CONFLICTING_CALENDAR_DAYS` (one date listed twice in `days`,
 *   or twice in a year of `years`). Every problem is reported at once.
 * @example
 * ```ts
 * import { createWorkCalendar, civilServiceCalendar, isWorkingDay } from 'cchc';
 * const province = createWorkCalendar({
 *   base: civilServiceCalendar,
 *   name: 'Tỉnh X',
 *   days: [{ date: '2025-06-02', kind: 'day-off', nameVi: 'Ngày nghỉ của tỉnh', source: 'QĐ …/QĐ-UBND' }],
 * });
 * isWorkingDay('2025-06-02', { calendar: province });             // false
 * isWorkingDay('2025-06-02');                                      // true
 * const saturdays = createWorkCalendar({ base: province, weekend: [0] });
 * isWorkingDay('2025-06-07', { calendar: saturdays });            // true
 * isWorkingDay('2025-06-02', { calendar: saturdays });            // false
 * ```
 */
export function createWorkCalendar(spec: WorkCalendarSpec = {}): WorkCalendar {
  const s = parseWithSchema(WorkCalendarSpecSchema, spec, ['spec']);
  const base = s.base as WorkCalendarImpl | undefined;
  const problems: CchcIssue[] = [];
  const mask = s.weekend ? s.weekend.reduce<number>((m, w) => m | (1 << w), 0) : base ? base.def.mask : SAT_SUN;
  const first = s.from ? parseIsoDate(s.from, ['spec', 'from']) : base ? base.def.first : DEFAULT_FROM;
  const last = s.to ? parseIsoDate(s.to, ['spec', 'to']) : base ? base.def.last : DEFAULT_TO;
  const lo = base ? base.def.first : MIN_DAY;
  const hi = base ? base.def.last : MAX_DAY;
  if (first > last) problems.push(issue('INVALID_INPUT', ['spec', 'to'], `Ngày kết thúc ${iso(last)} trước ngày bắt đầu ${iso(first)}`, `to (${iso(last)}) is before from (${iso(first)})`));
  if (first < lo || last > hi) {
    problems.push(
      issue(
        'DATE_OUT_OF_RANGE',
        ['spec', first < lo ? 'from' : 'to'],
        `Phạm vi lịch phải nằm trong ${iso(lo)} … ${iso(hi)}${base ? ` (phạm vi của lịch gốc "${base.name}")` : ''}`,
        `The range must lie within ${iso(lo)} … ${iso(hi)}${base ? ` (the range of base calendar "${base.name}")` : ''}`,
      ),
    );
  }
  if (base && s.holidays !== undefined) {
    // The base brings its own holidays; silently ignoring `holidays` would hide a mistake.
    problems.push(
      issue(
        'INVALID_INPUT',
        ['spec', 'holidays'],
        `Không dùng "holidays" cùng với "base": lịch gốc "${base.name}" đã có ngày nghỉ của nó`,
        `"holidays" cannot be combined with "base": the base calendar "${base.name}" already brings its holidays`,
        s.holidays,
      ),
    );
  }
  if (!base && s.holidays !== undefined && s.holidays !== 'none' && first < DEFAULT_FROM) {
    // National holidays are known from 2000 (vnHolidays); earlier days would silently count as plain weekdays.
    problems.push(
      issue(
        'DATE_OUT_OF_RANGE',
        ['spec', 'from'],
        `Ngày nghỉ lễ quốc gia chỉ có từ ${iso(DEFAULT_FROM)}; lịch có "holidays" phải bắt đầu từ ngày đó trở đi (nhận ${iso(first)})`,
        `National holidays are known from ${iso(DEFAULT_FROM)} on; a calendar with "holidays" must start on or after it (received ${iso(first)})`,
        s.from,
      ),
    );
  }
  const check = (list: readonly CalendarDayInput[], path: (string | number)[], yearOf?: number) => {
    const seen = new Map<string, number>();
    list.forEach((d, i) => {
      const day = parseIsoDate(d.date);
      if (day < Math.max(first, lo) || day > Math.min(last, hi)) {
        problems.push(issue('DATE_OUT_OF_RANGE', [...path, i, 'date'], `Ngày ${d.date} nằm ngoài phạm vi của lịch`, `${d.date} is outside the calendar's range`, d.date));
      }
      if (yearOf !== undefined && Number(d.date.slice(0, 4)) !== yearOf) {
        problems.push(issue('INVALID_INPUT', [...path, i, 'date'], `Ngày ${d.date} không thuộc năm ${yearOf}`, `${d.date} is not in year ${yearOf}`, d.date));
      }
      const prev = seen.get(d.date);
      if (prev !== undefined) {
        problems.push(
          issue('CONFLICTING_CALENDAR_DAYS', [...path, i, 'date'], `Ngày ${d.date} được khai báo hai lần (vị trí ${prev} và ${i})`, `${d.date} is listed twice (items ${prev} and ${i})`, d.date),
        );
      } else seen.set(d.date, i);
    });
  };
  (s.years ?? []).forEach((y, i) => check(y.days, ['spec', 'years', i, 'days'], y.year));
  const years = new Map<number, number>();
  (s.years ?? []).forEach((y, i) => {
    if (years.has(y.year)) problems.push(issue('CONFLICTING_CALENDAR_DAYS', ['spec', 'years', i, 'year'], `Năm ${y.year} được khai báo hai lần`, `Year ${y.year} is listed twice`, y.year));
    years.set(y.year, i);
  });
  check(s.days ?? [], ['spec', 'days']);
  if (problems.length > 0) throw new CchcError(problems);

  const name = s.name ?? (base ? `${base.name} (custom)` : 'custom');
  const regime = s.holidays ?? 'none';
  const entries = (): Map<number, CalendarEntry> => {
    let m: Map<number, CalendarEntry>;
    if (base) {
      m = new Map([...base.entryMap()].filter(([d]) => d >= first && d <= last));
      if (mask !== base.def.mask) m = reweek(m, mask);
    } else {
      m = regime === 'none' ? new Map() : nationalEntries(regime, mask, first, last);
    }
    for (const y of s.years ?? []) {
      const a = civilToDays(y.year, 1, 1);
      const b = civilToDays(y.year, 12, 31);
      for (const d of [...m.keys()]) if (d >= a && d <= b) m.delete(d);
      for (const d of y.days) m.set(parseIsoDate(d.date), entryOf(d));
    }
    for (const d of s.days ?? []) m.set(parseIsoDate(d.date), entryOf(d));
    return m;
  };
  return new WorkCalendarImpl({ name, mask, first, last, entries });
}
