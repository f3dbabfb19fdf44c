import { bilingual } from '../core/bilingual.js';
import { valueOfStandIn } from '../core/_internal/identity.js';
import { CchcError, fail, issue, show, type CchcIssue } from '../core/errors.js';
import { civilToDays, daysToCivil, formatIsoDate, parseIsoDate, type IsoDate } from '../core/iso-date.js';
import { readDateRange, readRangeObject } from '../core/date-range.js';
import { NO_DAY, readIsoDate, scanIsoDate } from '../core/read-date.js';
import type * as s from '../core/schema.js';
import type { SourceRef } from '../core/source-ref.js';
import { badCount, badDayNumber, badIndex, badResult, buildDayIndex, type DayIndex } from './_internal/day-index.js';
import { compensatoryPositions, cultureDayCompensates, isOfficialScheduleYear } from './_internal/day-marks.js';
import { compensatoryLabel } from './_internal/holiday-rules.js';
import { entryOfHoliday, isCultureDay, tagCultureDay } from './_internal/culture-day.js';
import { buildProvisionalIndex, firstProvisionalIn, type ProvisionalIndex } from './_internal/provisional-index.js';
import { workCalendarSpecSchema } from './_internal/schema-builders.js';
import type { CalendarDayKind, CalendarEntry, CultureDayMode, DayStatus, Weekday } from './types.js';
import { dayNumberOfIso, holidaysOfYear, type HolidayRegime } from './vn-holidays.js';
import type { WorkCalendar } from './work-calendar-types.js';
import type { CalendarDayInput, WorkCalendarSpec } from './work-calendar-spec.js';
import * as viCore from '../core/messages/vi/core.js';
import * as enCore from '../core/messages/en/core.js';
import * as vi from '../core/messages/vi/calendar.js';
import * as en from '../core/messages/en/calendar.js';

export type { WorkCalendar } from './work-calendar-types.js';
export type { CalendarDayInput, WorkCalendarSpec, YearScheduleInput } from './work-calendar-spec.js';

const DEFAULT_NAMES: Readonly<Record<CalendarDayKind, readonly [string, string]>> = Object.freeze({
  statutory: ['Public holiday', 'Ngày nghỉ lễ'],
  compensatory: ['Compensatory day off', 'Nghỉ bù'],
  'swap-off': ['Swapped day off', 'Hoán đổi nghỉ'],
  'swap-workday': ['Make-up working day', 'Làm bù'],
  'day-off': ['Day off', 'Ngày nghỉ'],
  'working-day': ['Working day', 'Ngày làm việc'],
});

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

/** A marked day as the indexes see it: worked or not, official or provisional. */
interface DayMark {
  readonly working: boolean;
  readonly status: DayStatus;
}

/** What a calendar is made of. @internal */
export interface Definition {
  readonly name: string;
  readonly mask: number;
  readonly first: number;
  readonly last: number;
  /** Marked days, with names and sources, resolved on first use (the national schedule needs the lunar table). */
  readonly entries: () => Map<number, CalendarEntry>;
  /** The verdict and status of the marked days, when cheaper to get than `entries` (default: the entries). */
  readonly marks?: () => ReadonlyMap<number, DayMark>;
  /** A calendar with the same days, verdicts and statuses: its indexes are shared rather than built twice. */
  readonly same?: WorkCalendarImpl;
  /** Whether the unmarked days of a year are provisional (no official schedule for that year). */
  readonly isProvisionalYear: (year: number) => boolean;
  /** How the calendar treats 24/11 (Ngày Văn hóa Việt Nam). */
  readonly cultureDay: CultureDayMode;
}

const NO_SOURCES: readonly SourceRef[] = Object.freeze([]);

function entryOf(d: CalendarDayInput, status: DayStatus): CalendarEntry {
  const [name, nameVi] = DEFAULT_NAMES[d.kind];
  const label = bilingual(d.label?.vi ?? d.nameVi ?? nameVi, d.label?.en ?? d.name ?? name);
  const sources: readonly SourceRef[] = d.sources
    ? Object.freeze(d.sources.map((r) => Object.freeze({ ...r })))
    : d.source !== undefined
      ? Object.freeze([Object.freeze({ document: d.source })])
      : NO_SOURCES;
  return Object.freeze({
    date: d.date,
    label,
    name: label.en,
    nameVi: label.vi,
    kind: d.kind,
    working: isWorkingKind(d.kind),
    status,
    provisional: status === 'provisional',
    sources,
    source: d.source ?? sources[0]?.document ?? 'user-defined',
  });
}

/** National holidays for a regime and a weekly pattern over a day range. */
function nationalEntries(
  regime: HolidayRegime,
  mask: number,
  first: number,
  last: number,
  mode: CultureDayMode,
): Map<number, CalendarEntry> {
  const out = new Map<number, CalendarEntry>();
  const y0 = Math.max(2000, daysToCivil(first).year);
  const y1 = Math.min(2100, daysToCivil(last).year);
  for (let y = y0; y <= y1; y++) {
    for (const h of holidaysOfYear(y, regime, mode)) {
      const day = dayNumberOfIso(h.date); // generated by the library: valid by construction
      if (day >= first && day <= last) out.set(day, entryOfHoliday(h));
    }
  }
  return mask === SAT_SUN ? out : reweek(out, mask, mode);
}

/** A statutory entry to compensate (24/11 with the compensation of the calendar's mode). */
interface ToCompensate {
  readonly day: number;
  readonly entry: CalendarEntry;
  readonly culture: boolean;
  readonly compensate: boolean;
}

function toCompensate(day: number, entry: CalendarEntry, mode: CultureDayMode): ToCompensate {
  const culture = isCultureDay(entry);
  return { day, entry, culture, compensate: !culture || cultureDayCompensates(mode, day) };
}

/** Add the compensatory days of `statutory` for a weekly pattern, on days not already marked (rule-derived: provisional). */
function addCompensatory(m: Map<number, CalendarEntry>, statutory: readonly ToCompensate[], mask: number): void {
  for (const { day, of } of compensatoryPositions(statutory, mask, (d) => m.has(d))) {
    const l = compensatoryLabel(
      of.day,
      { name: of.entry.label.en, nameVi: of.entry.label.vi, sources: of.entry.sources, source: of.entry.source },
      of.culture,
    );
    const e = {
      date: iso(day),
      label: bilingual(l.nameVi, l.name),
      name: l.name,
      nameVi: l.nameVi,
      kind: 'compensatory' as const,
      working: false,
    };
    const entry: CalendarEntry = Object.freeze({
      ...e,
      status: 'provisional' as const,
      provisional: true,
      sources: l.sources,
      source: l.source,
    });
    m.set(day, of.culture ? tagCultureDay(entry) : entry);
  }
}

/** Recompute compensatory days for another weekly pattern; drop swaps (and 24/11 when not observed). */
function reweek(entries: Map<number, CalendarEntry>, mask: number, mode: CultureDayMode): Map<number, CalendarEntry> {
  const kept = new Map<number, CalendarEntry>();
  const statutory: ToCompensate[] = [];
  for (const [day, e] of [...entries].sort((a, b) => a[0] - b[0])) {
    if (e.kind === 'compensatory' || e.kind === 'swap-off' || e.kind === 'swap-workday') continue;
    if (mode === 'not-observed' && isCultureDay(e)) continue;
    kept.set(day, e);
    if (e.kind === 'statutory') statutory.push(toCompensate(day, e, mode));
  }
  addCompensatory(kept, statutory, mask);
  return kept;
}

/** Apply another 24/11 mode to a calendar's days (same weekly pattern): drop it, or recompute its compensatory day. */
function applyCultureDay(entries: Map<number, CalendarEntry>, mode: CultureDayMode, mask: number): Map<number, CalendarEntry> {
  const m = new Map<number, CalendarEntry>();
  const statutory: ToCompensate[] = [];
  for (const [day, e] of [...entries].sort((a, b) => a[0] - b[0])) {
    if (isCultureDay(e)) {
      if (e.kind !== 'statutory' || mode === 'not-observed') continue;
      statutory.push(toCompensate(day, e, mode));
    }
    m.set(day, e);
  }
  addCompensatory(m, statutory, mask);
  return m;
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
  #marks: ReadonlyMap<number, DayMark> | undefined;
  #prov: ProvisionalIndex | undefined;

  constructor(def: Definition) {
    this.def = Object.freeze({ ...def });
    this.name = def.name;
    this.weekend = Object.freeze(([0, 1, 2, 3, 4, 5, 6] as Weekday[]).filter((w) => (def.mask >> w) & 1));
    this.firstDayNumber = def.first;
    this.lastDayNumber = def.last;
    this.firstDate = iso(def.first);
    this.lastDate = iso(def.last);
    // A calendar is a value shared by every caller (civilServiceCalendar above all): no caller may change its methods
    // or fields. Its private caches (#ix, #entries, #iso) are not properties and stay writable.
    Object.freeze(this);
  }

  /** @internal Marked days by day number (resolved on first use). */
  entryMap(): Map<number, CalendarEntry> {
    return (this.#entries ??= this.def.entries());
  }

  /** @internal Verdict and status of the marked days. */
  markMap(): ReadonlyMap<number, DayMark> {
    return (this.#marks ??= this.def.marks ? this.def.marks() : this.entryMap());
  }

  /** @internal The index, built on first use (or shared with a calendar of the same days). */
  ix(): DayIndex {
    return (this.#ix ??= this.def.same ? this.def.same.ix() : buildDayIndex(this.def.first, this.def.last, this.def.mask, this.markMap()));
  }

  #iso: (string | undefined)[] | undefined;

  /** @internal The ISO date of an in-range day number, memoised (formatting dominates ISO-in/ISO-out arithmetic). */
  isoOf(dayNumber: number): IsoDate {
    const cache = (this.#iso ??= new Array<string | undefined>(this.def.last - this.def.first + 1));
    const i = (typeof dayNumber === 'number' ? dayNumber : Number.NaN) - this.def.first;
    if (!(i >= 0 && i < cache.length && (i | 0) === i)) badDayNumber(this.name, this.ix(), dayNumber, 'dayNumber');
    return (cache[i] ??= iso(dayNumber));
  }

  get lastWorkingDayIndex(): number {
    return this.ix().lastIndex;
  }

  /** @internal Which days are provisional, built on first use (never by the plain working-day arithmetic). */
  prov(): ProvisionalIndex {
    const d = this.def;
    return (this.#prov ??= d.same ? d.same.prov() : buildProvisionalIndex(d.first, d.last, d.isProvisionalYear, this.markMap()));
  }

  isProvisional(date: IsoDate): boolean {
    return this.prov().flags[this.dayOf(date, 'date') - this.def.first] === 1;
  }

  isProvisionalDayNumber(dayNumber: number): boolean {
    const i = (typeof dayNumber === 'number' ? dayNumber : Number.NaN) - this.def.first;
    if (!(i >= 0 && dayNumber <= this.def.last && (i | 0) === i)) badDayNumber(this.name, this.ix(), dayNumber, 'dayNumber');
    return this.prov().flags[i] === 1;
  }

  firstProvisionalDayNumber(start: number, end: number): number | undefined {
    const a = (typeof start === 'number' ? start : Number.NaN) - this.def.first;
    const b = (typeof end === 'number' ? end : Number.NaN) - this.def.first;
    const len = this.def.last - this.def.first + 1;
    if (!(a >= 0 && a < len && (a | 0) === a)) badDayNumber(this.name, this.ix(), start, 'start');
    if (!(b >= 0 && b < len && (b | 0) === b)) badDayNumber(this.name, this.ix(), end, 'end');
    return firstProvisionalIn(this.prov(), a, b);
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.isWorkingDayNumber(this.dayOf(date, 'date'));
  }

  entry(date: IsoDate): CalendarEntry | undefined {
    return this.entryMap().get(this.dayOf(date, 'date'));
  }

  entries(range?: { readonly start: IsoDate; readonly end: IsoDate } | IsoDate, to?: IsoDate): CalendarEntry[] {
    let a: number;
    let b: number;
    if (typeof range === 'object' && range !== null) {
      // The range form `{ start, end }` (a Period fits); a reversed range is INVALID_DATE_RANGE.
      const r = readRangeObject(range, ['range']);
      readDateRange(r.start, r.end, ['range']); // both valid dates, start ≤ end (INVALID_DATE_RANGE)
      a = this.dayOf(r.start as IsoDate, 'start');
      b = this.dayOf(r.end as IsoDate, 'end');
    } else {
      a = range === undefined ? this.def.first : this.dayOf(range, 'from');
      b = to === undefined ? this.def.last : this.dayOf(to, 'to');
    }
    return [...this.entryMap()]
      .filter(([d]) => d >= a && d <= b)
      .sort((x, y) => x[0] - y[0])
      .map(([, e]) => e);
  }

  /** @internal ISO date → day number, range-checked (no allocation on the fast path). */
  dayOf(date: IsoDate, path: string): number {
    let d = typeof date === 'string' ? scanIsoDate(date) : NO_DAY;
    if (d === NO_DAY) d = readIsoDate(date, [path]);
    if (d < this.def.first || d > this.def.last) badDayNumber(this.name, this.ix(), d, path);
    return d;
  }

  isWorkingDayNumber(dayNumber: number): boolean {
    const ix = this.#ix ?? this.ix();
    const i = (typeof dayNumber === 'number' ? dayNumber : Number.NaN) - ix.first;
    if (!(i >= 0 && i < ix.len && (i | 0) === i)) badDayNumber(this.name, ix, dayNumber, 'dayNumber');
    return ix.working[i] === 1;
  }

  workingDayIndex(dayNumber: number): number {
    const ix = this.#ix ?? this.ix();
    const i = (typeof dayNumber === 'number' ? dayNumber : Number.NaN) - ix.first;
    if (!(i >= 0 && i < ix.len && (i | 0) === i)) badDayNumber(this.name, ix, dayNumber, 'dayNumber');
    return ix.index[i]!;
  }

  dayNumberAtWorkingDayIndex(index: number): number {
    const ix = this.#ix ?? this.ix();
    if (!(typeof index === 'number' && index >= 1 && index <= ix.lastIndex && (index | 0) === index)) badIndex(this.name, ix, index);
    return ix.atIndex[index]!;
  }

  addWorkingDaysToDayNumber(dayNumber: number, n: number): number {
    const ix = this.#ix ?? this.ix();
    const i = (typeof dayNumber === 'number' ? dayNumber : Number.NaN) - ix.first;
    if (!(i >= 0 && i < ix.len && (i | 0) === i)) badDayNumber(this.name, ix, dayNumber, 'dayNumber');
    if (typeof n !== 'number' || ((n | 0) !== n && !Number.isInteger(n))) badCount(n);
    const working = ix.working[i] === 1;
    if (n === 0 && working) return dayNumber;
    // Exact in double precision for every integer n (|n| < 2^53); a huge n is out of range, not "not an integer".
    const k = ix.index[i]! + n + (n > 0 || working ? 0 : 1);
    if (!(k >= 1 && k <= ix.lastIndex)) badResult(this.name, ix, dayNumber, n);
    return ix.atIndex[k]!;
  }

  workingDaysBetweenDayNumbers(start: number, end: number): number {
    const ix = this.#ix ?? this.ix();
    const a = (typeof start === 'number' ? start : Number.NaN) - ix.first;
    const b = (typeof end === 'number' ? end : Number.NaN) - ix.first;
    if (!(a >= 0 && a < ix.len && (a | 0) === a)) badDayNumber(this.name, ix, start, 'start');
    if (!(b >= 0 && b < ix.len && (b | 0) === b)) badDayNumber(this.name, ix, end, 'end');
    return ix.index[b]! - ix.index[a]!;
  }

  classifyDayNumbers(dayNumbers: ArrayLike<number>, out?: Uint8Array): Uint8Array {
    const ix = this.#ix ?? this.ix();
    const n = arrayLength(dayNumbers, 'dayNumbers');
    if (out !== undefined && !(out instanceof Uint8Array)) badArray(out, 'out');
    const res = out ?? new Uint8Array(n);
    if (res.length < n) badCount(res.length);
    const { first, len, working } = ix;
    for (let j = 0; j < n; j++) {
      const d = dayNumbers[j]!;
      const i = (typeof d === 'number' ? d : Number.NaN) - first;
      if (!(i >= 0 && i < len && (i | 0) === i)) badDayNumber(this.name, ix, d, `dayNumbers[${j}]`);
      res[j] = working[i]!;
    }
    return res;
  }

  workingDayIndexes(dayNumbers: ArrayLike<number>, out?: Int32Array): Int32Array {
    const ix = this.#ix ?? this.ix();
    const n = arrayLength(dayNumbers, 'dayNumbers');
    if (out !== undefined && !(out instanceof Int32Array)) badArray(out, 'out');
    const res = out ?? new Int32Array(n);
    if (res.length < n) badCount(res.length);
    const { first, len, index } = ix;
    for (let j = 0; j < n; j++) {
      const d = dayNumbers[j]!;
      const i = (typeof d === 'number' ? d : Number.NaN) - first;
      if (!(i >= 0 && i < len && (i | 0) === i)) badDayNumber(this.name, ix, d, `dayNumbers[${j}]`);
      res[j] = index[i]!;
    }
    return res;
  }
}

/** The length of an array-like of day numbers (an array or a typed array), or `INVALID_INPUT` at `path`. */
function arrayLength(value: unknown, path: string): number {
  if (Array.isArray(value) || ArrayBuffer.isView(value)) return (value as ArrayLike<unknown>).length;
  return badArray(value, path);
}

function badArray(value: unknown, path: string): never {
  const p = { expected: enCore.INVALID_INPUT__expectedArray(), received: show(value) };
  const pv = { expected: viCore.INVALID_INPUT__expectedArray(), received: show(value) };
  return fail('INVALID_INPUT', [path], viCore.INVALID_INPUT__type(pv), enCore.INVALID_INPUT__type(p), value);
}

let specSchema: s.Schema<WorkCalendarSpec> | undefined;

/**
 * Build a working-day calendar (lịch ngày làm việc) from a base calendar plus overrides: a province's extra day off,
 * a unit that works Saturdays, a later year's announcement — without a new release of `cchc`. Calendars compose: a
 * calendar made here can be the `base` of another. The index is built on first use, once (O(days in range)).
 *
 * The spec is strict: a key it does not know is `UNKNOWN_KEY` with a suggestion (`holiday` → `holidays`). The 0.1
 * keys still work: `from` / `to` (now `start` / `end`), and a day's `name` / `nameVi` / `source` (now `label`,
 * `sources`).
 *
 * A day given in `days` or `years` is `'official'` unless its `status` (or its year's) says `'provisional'`; a year
 * given in `years` makes its unmarked days official too ({@link isProvisional}). `cultureDay` keeps or drops 24/11
 * (Ngày Văn hóa Việt Nam) of the base or of the national holidays ({@link CultureDayMode}).
 *
 * @throws {@link CchcError} `INVALID_INPUT` (spec shape; `cultureDay` without national holidays), `UNKNOWN_KEY`, `INVALID_DATE`, `INVALID_DATE_RANGE` (`end`
 *   before `start`), `DATE_OUT_OF_RANGE` (a day or range outside the base's range, or outside 1900–2100),
 *   `CONFLICTING_CALENDAR_DAYS` (one date listed twice in `days`, or twice in a year of `years`). Every problem is
 *   reported at once.
 * @example
 * ```ts
 * import { createWorkCalendar, civilServiceCalendar, isWorkingDay } from 'cchc';
 * const province = createWorkCalendar({
 *   base: civilServiceCalendar,
 *   name: 'Tỉnh X',
 *   days: [{ date: '2025-06-02', kind: 'day-off', label: { vi: 'Ngày nghỉ của tỉnh' }, sources: [{ document: 'QĐ …/QĐ-UBND' }] }],
 * });
 * isWorkingDay('2025-06-02', { calendar: province });             // false
 * isWorkingDay('2025-06-02');                                      // true
 * province.entry('2025-06-02')?.label;                            // { vi: 'Ngày nghỉ của tỉnh', en: 'Day off' }
 * const saturdays = createWorkCalendar({ base: province, weekend: [0] });
 * isWorkingDay('2025-06-07', { calendar: saturdays });            // true
 * isWorkingDay('2025-06-02', { calendar: saturdays });            // false
 * ```
 *
 * @category Calendar
 */
export function createWorkCalendar(spec: WorkCalendarSpec = {}): WorkCalendar {
  // The schema is built on first use: the built-in calendars never go through it, and importing the working-day
  // functions does not load the schema kit.
  specSchema ??= workCalendarSpecSchema((v): v is WorkCalendar => v instanceof WorkCalendarImpl);
  const s = specSchema.parse(spec, { path: ['spec'] });
  // A stand-in (the Node build's civilServiceCalendar) is read as the calendar itself.
  const base = valueOfStandIn(s.base) as WorkCalendarImpl | undefined;
  const problems: CchcIssue[] = [];
  const startKey = s.start !== undefined || s.from === undefined ? 'start' : 'from';
  const endKey = s.end !== undefined || s.to === undefined ? 'end' : 'to';
  const startDate = s.start ?? s.from;
  const endDate = s.end ?? s.to;
  const mask = s.weekend ? s.weekend.reduce<number>((m, w) => m | (1 << w), 0) : base ? base.def.mask : SAT_SUN;
  const first = startDate !== undefined ? parseIsoDate(startDate, ['spec', startKey]) : base ? base.def.first : DEFAULT_FROM;
  const last = endDate !== undefined ? parseIsoDate(endDate, ['spec', endKey]) : base ? base.def.last : DEFAULT_TO;
  const lo = base ? base.def.first : MIN_DAY;
  const hi = base ? base.def.last : MAX_DAY;
  if (first > last) {
    const p = { start: iso(first), end: iso(last), startKey, endKey };
    problems.push(issue('INVALID_DATE_RANGE', ['spec', endKey], viCore.INVALID_DATE_RANGE(p), enCore.INVALID_DATE_RANGE(p), endDate));
  }
  if (first < lo || last > hi) {
    const p = { first: iso(lo), last: iso(hi), base: base ? base.name : '' };
    problems.push(
      issue(
        'DATE_OUT_OF_RANGE',
        ['spec', first < lo ? startKey : endKey],
        vi.DATE_OUT_OF_RANGE__calendarSpan(p),
        en.DATE_OUT_OF_RANGE__calendarSpan(p),
      ),
    );
  }
  if (base && s.holidays !== undefined) {
    // The base brings its own holidays; silently ignoring `holidays` would hide a mistake.
    const p = { base: base.name };
    problems.push(
      issue(
        'INVALID_INPUT',
        ['spec', 'holidays'],
        vi.INVALID_INPUT__holidaysWithBase(p),
        en.INVALID_INPUT__holidaysWithBase(p),
        s.holidays,
      ),
    );
  }
  if (!base && (s.holidays ?? 'none') === 'none' && s.cultureDay !== undefined) {
    // 24/11 is a national holiday: a calendar without national holidays has none to keep or drop.
    problems.push(
      issue(
        'INVALID_INPUT',
        ['spec', 'cultureDay'],
        vi.INVALID_INPUT__cultureDayWithoutHolidays(),
        en.INVALID_INPUT__cultureDayWithoutHolidays(),
        s.cultureDay,
      ),
    );
  }
  if (!base && s.holidays !== undefined && s.holidays !== 'none' && first < DEFAULT_FROM) {
    // National holidays are known from 2000 (vnHolidays); earlier days would silently count as plain weekdays.
    const p = { first: iso(DEFAULT_FROM), received: iso(first) };
    problems.push(
      issue(
        'DATE_OUT_OF_RANGE',
        ['spec', startKey],
        vi.DATE_OUT_OF_RANGE__holidaysStart(p),
        en.DATE_OUT_OF_RANGE__holidaysStart(p),
        startDate,
      ),
    );
  }
  const check = (list: readonly CalendarDayInput[], path: (string | number)[], yearOf?: number) => {
    const seen = new Map<string, number>();
    list.forEach((d, i) => {
      const day = parseIsoDate(d.date);
      if (day < Math.max(first, lo) || day > Math.min(last, hi)) {
        problems.push(
          issue(
            'DATE_OUT_OF_RANGE',
            [...path, i, 'date'],
            vi.DATE_OUT_OF_RANGE__specDay({ date: d.date }),
            en.DATE_OUT_OF_RANGE__specDay({ date: d.date }),
            d.date,
          ),
        );
      }
      if (yearOf !== undefined && Number(d.date.slice(0, 4)) !== yearOf) {
        const p = { date: d.date, year: yearOf };
        problems.push(
          issue('INVALID_INPUT', [...path, i, 'date'], vi.INVALID_INPUT__dayNotInYear(p), en.INVALID_INPUT__dayNotInYear(p), d.date),
        );
      }
      const prev = seen.get(d.date);
      if (prev !== undefined) {
        const p = { date: d.date, first: prev, second: i };
        problems.push(
          issue(
            'CONFLICTING_CALENDAR_DAYS',
            [...path, i, 'date'],
            vi.CONFLICTING_CALENDAR_DAYS(p),
            en.CONFLICTING_CALENDAR_DAYS(p),
            d.date,
          ),
        );
      } else seen.set(d.date, i);
    });
  };
  (s.years ?? []).forEach((y, i) => check(y.days, ['spec', 'years', i, 'days'], y.year));
  const years = new Map<number, number>();
  (s.years ?? []).forEach((y, i) => {
    if (years.has(y.year)) {
      const p = { year: y.year };
      problems.push(
        issue(
          'CONFLICTING_CALENDAR_DAYS',
          ['spec', 'years', i, 'year'],
          vi.CONFLICTING_CALENDAR_DAYS__year(p),
          en.CONFLICTING_CALENDAR_DAYS__year(p),
          y.year,
        ),
      );
    }
    years.set(y.year, i);
  });
  check(s.days ?? [], ['spec', 'days']);
  if (problems.length > 0) throw new CchcError(problems);

  const name = s.name ?? (base ? `${base.name} (custom)` : 'custom');
  const regime = s.holidays ?? 'none';
  const mode: CultureDayMode = s.cultureDay ?? (base ? base.def.cultureDay : 'observed');
  const entries = (): Map<number, CalendarEntry> => {
    let m: Map<number, CalendarEntry>;
    if (base) {
      m = new Map([...base.entryMap()].filter(([d]) => d >= first && d <= last));
      if (mask !== base.def.mask) m = reweek(m, mask, mode);
      else if (mode !== base.def.cultureDay) m = applyCultureDay(m, mode, mask);
    } else {
      m = regime === 'none' ? new Map() : nationalEntries(regime, mask, first, last, mode);
    }
    for (const y of s.years ?? []) {
      const a = civilToDays(y.year, 1, 1);
      const b = civilToDays(y.year, 12, 31);
      for (const d of [...m.keys()]) if (d >= a && d <= b) m.delete(d);
      for (const d of y.days) m.set(parseIsoDate(d.date), entryOf(d, d.status ?? y.status ?? 'official'));
    }
    for (const d of s.days ?? []) m.set(parseIsoDate(d.date), entryOf(d, d.status ?? 'official'));
    return m;
  };
  // A year given in `years` is official unless said provisional; other years keep the base's status (national
  // holidays: official for the years of the data's schedules; no national holidays: nothing rests on rules).
  const yearStatus = new Map((s.years ?? []).map((y) => [y.year, y.status === 'provisional'] as const));
  const inherited = base ? base.def.isProvisionalYear : regime === 'none' ? () => false : (y: number) => !isOfficialScheduleYear(y);
  const isProvisionalYear = (y: number): boolean => yearStatus.get(y) ?? inherited(y);
  return new WorkCalendarImpl({ name, mask, first, last, entries, isProvisionalYear, cultureDay: mode });
}
