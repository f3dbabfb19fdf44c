import type { BilingualText } from '../core/bilingual.js';
import type { DateRange } from '../core/date-range.js';
import { PERIOD_DESCRIPTION_KEYS, readDateRange } from '../core/date-range.js';
import { CchcError, issue, show, type CchcIssue, type CchcPath } from '../core/errors.js';
import { fromDayNumber, parseIsoDate, type IsoDate } from '../core/iso-date.js';
import { readOptions, pushUnknownKeys } from '../core/options.js';
import { isPlainObject } from '../core/schema.js';
import { suggestKey } from '../core/suggest.js';
import * as vi from '../core/messages/vi/qd766.js';
import * as en from '../core/messages/en/qd766.js';
import type { Qd766Need } from '../core/messages/en/qd766.js';
import { readCalendar } from '../calendar/calendar-options.js';
import type { WorkCalendar } from '../calendar/work-calendar-types.js';
import type { DossierRulesInput } from '../dossier/rules.js';
import { tallyDossiers, type DossierTally } from '../dossier/tally.js';
import type { DossierRecord } from '../dossier/record.js';
import type { Methodology, MethodologyNode } from '../par/methodology.js';
import type { AssessmentInputs, LeafInput } from '../par/score-assessment.js';
import { qd766Methodology, type Qd766Edition, type Qd766LevelPolicy } from './editions.js';
import { QD766_PORTAL } from './methodologies.js';
import type { PaknRecord, Qd766DossierRecord, TthcCatalogueRecord } from './records.js';
import { catalogueSchema, paknSchema } from './_internal/record-schemas.js';
import { countIndicators, groupKey, groupsOf, type Counted } from './_internal/aggregate.js';

/**
 * The records {@link measure766} counts: the unit's dossiers (with their `qd766` facts), its TTHC catalogue and its
 * PAKN. Every source is optional; an indicator whose source is missing is reported not measurable, never scored 0. A
 * unit that received no PAKN passes `pakn: []` (and gets the portal's full marks for 5.1 and 5.2).
 *
 * @example
 * ```ts
 * import type { Qd766Sources } from 'cchc';
 * const s: Qd766Sources = { dossiers: [], pakn: [] };
 * ```
 *
 * @category QĐ 766 service index
 */
export interface Qd766Sources {
  /** Dossier records (any iterable; an async iterable, e.g. a CSV reader, makes the result a Promise). */
  readonly dossiers?: Iterable<Qd766DossierRecord> | AsyncIterable<Qd766DossierRecord>;
  /** The TTHC catalogue (for a department or a commune: its province's, whose 1.1–1.3 it inherits). */
  readonly catalogue?: readonly TthcCatalogueRecord[];
  /** PAKN records. */
  readonly pakn?: readonly PaknRecord[];
}

/**
 * Options of {@link measure766}.
 *
 * @example
 * ```ts
 * import { weekPeriod, type Measure766Options } from 'cchc';
 * const o: Measure766Options = { period: { start: '2025-01-01', end: '2025-12-31' }, asOf: weekPeriod(2025, 49, { weekEndsOn: 5 }).end, level: 'province' };
 * ```
 *
 * @category QĐ 766 service index
 */
export interface Measure766Options {
  /** The period measured, `{ start, end }` (a {@link Period} fits). The portal's periods: month, quarter, year. */
  readonly period: DateRange;
  /**
   * The kind of unit: `'province'`, `'department'`, `'commune'` or `'ministry'` (the levels of {@link QD766_PORTAL}).
   * It picks the working-day limits of 1.1–1.2 and the indicators inherited or awarded at that level.
   */
  readonly level: string;
  /**
   * The day the figures are taken (ngày chốt số liệu); default the period's last day. Nothing after it is known: an
   * open period (asOf before its end) is measured up to asOf, as the portal's running figures are.
   */
  readonly asOf?: IsoDate;
  /** Working-day calendar (due dates from SLAs, PAKN deadlines, 1.1–1.2 limits); default `civilServiceCalendar`. */
  readonly calendar?: WorkCalendar;
  /** The edition to measure for (default: the one in use on asOf; see {@link qd766Methodology}). */
  readonly edition?: Qd766Edition['id'];
  /** A level policy (default `'portal-observed'`). */
  readonly policy?: Qd766LevelPolicy['id'];
  /** Dossier rules of the on-time count (default `'qd766'`, see `DOSSIER_RULE_PRESETS`). */
  readonly rules?: DossierRulesInput;
  /**
   * Inputs measured elsewhere, by indicator code: the portal's published ratio for 3.1 (`{ rate: '73,58%' }`), the
   * province's 1.1–1.3 for a department or a commune (`{ points: 1.96 }` or its counts), a group's points for the
   * 2022 edition. They take precedence over what the records give.
   */
  readonly provided?: Readonly<Record<string, LeafInput>>;
}

/**
 * How one indicator was measured:
 * - `measured`: counted from the records (`numerator` / `denominator`);
 * - `provided`: given in `provided`;
 * - `awarded`: the level's treatment gives the maximum (4.3 on the portal; 3.1, 4.6, 4.7 for communes under the
 *   full-marks policy);
 * - `not-applicable`: the level's treatment leaves it out;
 * - `not-measurable`: something is missing (`needs`, and a message "not measurable: 4.1 needs …").
 *
 * @example
 * ```ts
 * import type { Qd766IndicatorStatus } from 'cchc';
 * const s: Qd766IndicatorStatus = 'not-measurable';
 * ```
 *
 * @category QĐ 766 service index
 */
export type Qd766IndicatorStatus = 'measured' | 'provided' | 'awarded' | 'not-applicable' | 'not-measurable';

/**
 * One indicator of a {@link Qd766Measurement}.
 *
 * @example
 * ```ts
 * import type { Qd766Indicator } from 'cchc';
 * const i: Qd766Indicator = { code: '6.3', name: { vi: 'Tỷ lệ hồ sơ thanh toán trực tuyến', en: 'Share of dossiers paid online' }, status: 'measured', numerator: 1516, denominator: 1707, inherited: false };
 * ```
 *
 * @category QĐ 766 service index
 */
export interface Qd766Indicator {
  readonly code: string;
  readonly name: BilingualText;
  readonly status: Qd766IndicatorStatus;
  /** The counts, when measured (kept as counted). */
  readonly numerator?: number;
  readonly denominator?: number;
  /** Whether the value is the province's (inherited at this level). */
  readonly inherited: boolean;
  /** What is missing, when not measurable. */
  readonly needs?: readonly Qd766Need[];
  /** "Not measurable: 4.1 needs …", when not measurable. */
  readonly message?: BilingualText;
}

/**
 * The result of {@link measure766}: the leaf inputs for `scoreAssessment` (or {@link score766}), every indicator with
 * its counts, what could not be measured and why, and what the result rests on.
 *
 * @example
 * ```ts
 * import { measure766 } from 'cchc';
 * const m = measure766({ pakn: [] }, { period: { start: '2025-11-01', end: '2025-11-30' }, level: 'province' });
 * m.inputs['5.1']; // { numerator: 0, denominator: 0 }
 * m.notMeasurable.map((i) => i.code).includes('2.1'); // true
 * ```
 *
 * @category QĐ 766 service index
 */
export interface Qd766Measurement {
  readonly methodology: Methodology;
  readonly edition: Qd766Edition['id'];
  readonly policy: Qd766LevelPolicy['id'];
  /** Whether a published legal text gives the rules (false for the portal's observed configuration). */
  readonly published: boolean;
  readonly notes: readonly BilingualText[];
  readonly level: string;
  readonly period: DateRange;
  readonly asOf: IsoDate;
  /** The name of the working-day calendar used. */
  readonly calendar: string;
  /** Inputs of the measurable leaves, by code (for `scoreAssessment(methodology, inputs, { unitLevel: level })`). */
  readonly inputs: AssessmentInputs;
  /** Every leaf of the methodology, by code. */
  readonly indicators: Readonly<Record<string, Qd766Indicator>>;
  /** Leaf codes in the methodology's order. */
  readonly order: readonly string[];
  /** The indicators that could not be measured, in order. */
  readonly notMeasurable: readonly Qd766Indicator[];
  /** The portal indicators' counts as counted (also for the 2022 edition, whose groups cannot use them). */
  readonly counts: Readonly<Record<string, { readonly numerator: number; readonly denominator: number } | null>>;
  /** How many records were counted: dossiers in 2.1's denominator, new receipts, PAKN in the period, catalogue. */
  readonly records: {
    readonly dossiers: number | null;
    readonly received: number | null;
    readonly pakn: number | null;
    readonly catalogue: number | null;
  };
}

const OPTION_KEYS: readonly string[] = ['period', 'level', 'asOf', 'calendar', 'edition', 'policy', 'rules', 'provided'];
const SOURCE_KEYS: readonly string[] = ['dossiers', 'catalogue', 'pakn'];

/** The options read and checked. */
interface Read {
  readonly start: number;
  readonly end: number;
  readonly last: number;
  readonly asOf: IsoDate;
  readonly level: string;
  readonly calendar: WorkCalendar & { readonly name: string };
  readonly choice: ReturnType<typeof qd766Methodology>;
  readonly rules: DossierRulesInput;
  readonly provided: Readonly<Record<string, LeafInput>>;
  readonly catalogue: readonly TthcCatalogueRecord[] | undefined;
  readonly pakn: readonly PaknRecord[] | undefined;
}

function readAll(sources: unknown, options: unknown): Read & { readonly dossiers: unknown } {
  if (!isPlainObject(sources)) {
    const p = { received: show(sources) };
    throw new CchcError(issue('INVALID_INPUT', ['sources'], vi.INVALID_INPUT__qd766Sources(p), en.INVALID_INPUT__qd766Sources(p), sources));
  }
  const problems: CchcIssue[] = [];
  pushUnknownKeys(problems, sources, (key) => SOURCE_KEYS.includes(key), ['sources'], SOURCE_KEYS);
  const o = readOptions<Measure766Options>(options, OPTION_KEYS);
  if (options === undefined || !isPlainObject(o.period)) {
    const p = { received: show(o.period) };
    throw new CchcError(
      issue('INVALID_INPUT', ['options', 'period'], vi.INVALID_INPUT__qd766Period(p), en.INVALID_INPUT__qd766Period(p), o.period),
    );
  }
  readOptions(o.period, ['start', 'end', ...PERIOD_DESCRIPTION_KEYS], ['options', 'period']);
  const range = readDateRange(o.period.start, o.period.end, ['options', 'period']);
  const asOf = o.asOf ?? fromDayNumber(range.end);
  const asOfDay = parseIsoDate(asOf, ['options', 'asOf']);
  if (asOfDay < range.start) {
    const p = { asOf, start: fromDayNumber(range.start) };
    throw new CchcError(
      issue('INVALID_DATE_RANGE', ['options', 'asOf'], vi.INVALID_DATE_RANGE__qd766AsOf(p), en.INVALID_DATE_RANGE__qd766AsOf(p), asOf),
    );
  }
  const levels = QD766_PORTAL.unitLevels ?? [];
  if (typeof o.level !== 'string' || !levels.includes(o.level)) {
    const suggestion = typeof o.level === 'string' ? (suggestKey(o.level, levels) ?? '') : '';
    const p = { received: show(o.level), levels: levels.map((l) => `'${l}'`).join(', '), suggestion };
    const it = issue('INVALID_INPUT', ['options', 'level'], vi.INVALID_INPUT__qd766Level(p), en.INVALID_INPUT__qd766Level(p), o.level);
    throw new CchcError(suggestion ? Object.freeze({ ...it, suggestion }) : it);
  }
  const calendar = readCalendar(o.calendar) as unknown as WorkCalendar & { readonly name: string };
  const choice = qd766Methodology(asOf, {
    ...(o.edition !== undefined ? { edition: o.edition } : {}),
    ...(o.policy !== undefined ? { policy: o.policy } : {}),
  });
  const leaves = leavesOf(choice.methodology);
  const provided = o.provided ?? {};
  if (!isPlainObject(provided))
    throw new CchcError(
      issue('INVALID_INPUT', ['options', 'provided'], vi.INVALID_INPUT__qd766Provided(), en.INVALID_INPUT__qd766Provided(), provided),
    );
  const codes = leaves.map((n) => n.code);
  pushUnknownKeys(problems, provided, (key) => codes.includes(key), ['options', 'provided'], codes);
  const catalogue = readList<TthcCatalogueRecord>(sources, 'catalogue', catalogueSchema(), problems);
  const pakn = readList<PaknRecord>(sources, 'pakn', paknSchema(), problems);
  if (problems.length > 0) throw new CchcError(problems);
  return {
    start: range.start,
    end: range.end,
    last: Math.min(range.end, asOfDay),
    asOf,
    level: o.level,
    calendar,
    choice,
    rules: o.rules ?? 'qd766',
    provided,
    catalogue,
    pakn,
    dossiers: Object.hasOwn(sources, 'dossiers') ? sources.dossiers : undefined,
  };
}

function readList<T>(
  sources: Record<string, unknown>,
  key: string,
  schema: { issuesOf(v: unknown, o: { path: CchcPath }): CchcIssue[] },
  problems: CchcIssue[],
): readonly T[] | undefined {
  const list = Object.hasOwn(sources, key) ? sources[key] : undefined;
  if (list === undefined) return undefined;
  if (!Array.isArray(list)) {
    const p = { key, received: show(list) };
    problems.push(issue('INVALID_INPUT', ['sources', key], vi.INVALID_INPUT__qd766List(p), en.INVALID_INPUT__qd766List(p), list));
    return undefined;
  }
  // An index loop: a hole of a sparse array is a bad record at its index.
  for (let i = 0; i < list.length; i++) problems.push(...schema.issuesOf(list[i], { path: ['sources', key, i] }));
  return list as readonly T[];
}

function leavesOf(m: Methodology): MethodologyNode[] {
  const out: MethodologyNode[] = [];
  const walk = (n: MethodologyNode) => {
    if (n.children.length === 0) out.push(n);
    else n.children.forEach(walk);
  };
  m.nodes.forEach(walk);
  return out;
}

/** The group key of each dossier: its QĐ 766 facts (checked by the tally, as every record field), its procedure. */
function keyOf(pakn: readonly PaknRecord[] | undefined): (r: DossierRecord) => string {
  const linked = new Set<string>();
  for (const p of pakn ?? []) if (p.dossierId != null) linked.add(String(p.dossierId).normalize('NFC'));
  return (r) =>
    groupKey(
      r.qd766 as Readonly<Record<string, unknown>> | null | undefined,
      r.procedure,
      linked.size > 0 && linked.has(String(r.id).normalize('NFC')),
    );
}

/**
 * Measure the QĐ 766 indicators of one unit from its own records (đo Bộ chỉ số 766 từ dữ liệu của đơn vị), before the
 * portal does: the numerator and denominator of each indicator, as leaf inputs for `scoreAssessment` /
 * {@link score766}. Nothing reads the clock: `asOf` defaults to the period's last day.
 *
 * What is counted (see `QD766_PORTAL`'s notes for each formula and its source):
 * - dossiers — the set of 2.1's denominator (resolved in the period + pending at its end, classified with the `qd766`
 *   dossier rules as of min(end, asOf)), which every capture shows the portal also uses for 4.1, 4.2, 4.4–4.6 and 5.3;
 *   1.4 counts the dossiers received in the period; 6.3 those with a financial obligation; 3.1 those of procedures
 *   eligible for full-process service (a fact of the dossier, or the catalogue's `onlineService`);
 * - the catalogue — 1.1 and 1.2 (publication decisions dated in the period; working-day limits of
 *   `QD766_PUBLICATION_LIMITS` on `calendar`), 1.3 (procedures disclosed by asOf), 6.1, and the denominators of 4.7
 *   and 6.2 (procedures with citizen applicants; fee-bearing procedures) matched to the dossiers' `procedure`;
 * - PAKN received in the period — 5.1 (handled by its due date, or still within it), 5.2.
 *
 * Missing data is never scored as zero: an indicator whose source is absent, or whose records lack a field it needs
 * (a fact absent or `null` is unknown), is `not-measurable`, with what it needs ("not measurable: 4.1 needs
 * qd766.electronicResult on every dossier counted (12 of 500 lack it)"). At a level where an indicator is the
 * province's (1.1–1.3 for departments and communes), it is measured from the catalogue given (pass the province's) or
 * taken from `provided`. For the 2022 edition, whose allocations are unknown, every group needs `provided` points.
 *
 * @throws {@link CchcError} for a bad record (`UNKNOWN_KEY`, `INVALID_INPUT`, `INVALID_DATE` … with the record's path:
 *   `[index, 'qd766', 'paidOnline']`, `['sources', 'pakn', 3, 'receivedAt']`), a bad option (`level`, `period`,
 *   `INVALID_DATE_RANGE` for asOf before the period), `QD766_NOT_IN_FORCE` for a date before 1/8/2022.
 *
 * @example
 * ```ts
 * import { measure766 } from 'cchc';
 * const dossiers = [
 *   { id: 1, receivedAt: '2025-11-03', dueDate: '2025-11-07', resolvedAt: '2025-11-06', procedure: 'P1',
 *     qd766: { electronicResult: true, feeRequired: true, paidOnline: true, satisfaction: 'satisfied' } },
 *   { id: 2, receivedAt: '2025-11-10', dueDate: '2025-11-12', resolvedAt: '2025-11-14', procedure: 'P1',
 *     qd766: { electronicResult: false, feeRequired: true, paidOnline: false, satisfaction: 'not-rated' } },
 * ] as const;
 * const m = measure766({ dossiers, pakn: [] }, { period: { start: '2025-11-01', end: '2025-11-30' }, level: 'province' });
 * m.inputs['2.1']; // { numerator: 1, denominator: 2 }
 * m.inputs['6.3']; // { numerator: 1, denominator: 2 }
 * m.indicators['4.2']?.message?.en; // 'Not measurable: 4.2 (Share of dossiers digitised) needs qd766.digitised on every dossier counted (2 of 2 lack it)'
 * ```
 *
 * @category QĐ 766 service index
 */
export function measure766(
  sources: Qd766Sources & { readonly dossiers: AsyncIterable<Qd766DossierRecord> },
  options: Measure766Options,
): Promise<Qd766Measurement>;
export function measure766(
  sources: Qd766Sources & { readonly dossiers?: Iterable<Qd766DossierRecord> },
  options: Measure766Options,
): Qd766Measurement;
export function measure766(sources: Qd766Sources, options: Measure766Options): Qd766Measurement | Promise<Qd766Measurement>;
export function measure766(sources: Qd766Sources, options: Measure766Options): Qd766Measurement | Promise<Qd766Measurement> {
  const r = readAll(sources, options);
  const records = r.dossiers;
  if (records === undefined) return build(r, undefined);
  const groupBy = keyOf(r.pakn);
  const tallyOptions = { start: fromDayNumber(r.start), end: fromDayNumber(r.last), rules: r.rules, calendar: r.calendar, groupBy };
  if (records !== null && typeof records === 'object' && Symbol.asyncIterator in records) {
    return tallyDossiers(records as AsyncIterable<DossierRecord>, tallyOptions).then((tallies) => build(r, tallies));
  }
  if (records === null || typeof records !== 'object' || !(Symbol.iterator in records)) {
    const p = { key: 'dossiers', received: show(records) };
    throw new CchcError(
      issue('INVALID_INPUT', ['sources', 'dossiers'], vi.INVALID_INPUT__qd766List(p), en.INVALID_INPUT__qd766List(p), records),
    );
  }
  return build(r, tallyDossiers(records as Iterable<DossierRecord>, tallyOptions));
}

/**
 * Build the measurement from dossier tallies keyed by group key (or none), the catalogue and the PAKN.
 * @internal
 */
export function build(r: Read, tallies: Iterable<readonly [unknown, DossierTally]> | undefined): Qd766Measurement {
  const groups = tallies === undefined ? undefined : groupsOf(tallies);
  const counted = countIndicators({
    groups,
    catalogue: r.catalogue,
    pakn: r.pakn,
    start: r.start,
    last: r.last,
    level: r.level,
    calendar: r.calendar,
  });
  const m = r.choice.methodology;
  const leaves = leavesOf(m);
  const inputs: Record<string, LeafInput> = {};
  const indicators: Record<string, Qd766Indicator> = {};
  const notMeasurable: Qd766Indicator[] = [];
  for (const n of leaves) {
    const name = Object.freeze({ vi: n.name, en: n.nameEn ?? n.name });
    const treatment = n.atUnitLevel && Object.hasOwn(n.atUnitLevel, r.level) ? n.atUnitLevel[r.level] : undefined;
    const inherited = treatment === 'inherited';
    const base = { code: n.code, name, inherited };
    let item: Qd766Indicator;
    if (Object.hasOwn(r.provided, n.code)) {
      inputs[n.code] = r.provided[n.code]!;
      item = { ...base, status: 'provided' };
    } else if (treatment === 'max') item = { ...base, status: 'awarded' };
    else if (treatment === 'not-applicable') item = { ...base, status: 'not-applicable' };
    else {
      const c: Counted =
        n.allocation === 'unknown'
          ? { kind: 'needs', needs: [{ what: 'allocation', code: n.code }] }
          : (counted[n.code] ?? { kind: 'needs', needs: [{ what: 'portal-value', code: n.code }] });
      const empty = c.kind === 'counts' && c.denominator === 0 && !(n.rule?.kind === 'proportional' && n.rule.whenEmpty);
      if (c.kind === 'counts' && !empty) {
        inputs[n.code] = Object.freeze({ numerator: c.numerator, denominator: c.denominator });
        item = { ...base, status: 'measured', numerator: c.numerator, denominator: c.denominator };
      } else {
        const needs: Qd766Need[] = c.kind === 'needs' ? [...c.needs] : [{ what: 'something-to-measure' }];
        // What could stand in for the records: the province's value (inherited indicators), the portal's rate (3.1).
        const instead: Qd766Need | undefined = inherited
          ? { what: 'province-value', code: n.code }
          : n.code === '3.1' && !needs.some((x) => x.what === 'portal-value')
            ? { what: 'portal-value', code: n.code }
            : undefined;
        const text = (m: typeof vi | typeof en) =>
          needs.map((x) => m.QD766_NOT_MEASURABLE__need(x)).join('; ') +
          (instead ? ` ${m.QD766_NOT_MEASURABLE__or()} ${m.QD766_NOT_MEASURABLE__need(instead)}` : '');
        const textVi = text(vi);
        const textEn = text(en);
        if (instead) needs.push(instead);
        const message = Object.freeze({
          vi: vi.QD766_NOT_MEASURABLE({ code: n.code, name: name.vi, needs: textVi }),
          en: en.QD766_NOT_MEASURABLE({ code: n.code, name: name.en, needs: textEn }),
        });
        item = { ...base, status: 'not-measurable', needs: Object.freeze(needs), message };
        notMeasurable.push(Object.freeze(item));
      }
    }
    indicators[n.code] = Object.freeze(item);
  }
  const portalCounts: Record<string, { numerator: number; denominator: number } | null> = {};
  for (const [code, c] of Object.entries(counted))
    portalCounts[code] = c.kind === 'counts' ? Object.freeze({ numerator: c.numerator, denominator: c.denominator }) : null;
  const inPeriod = (d: string) => {
    const x = parseIsoDate(d);
    return x >= r.start && x <= r.last;
  };
  return Object.freeze({
    methodology: m,
    edition: r.choice.edition.id,
    policy: r.choice.policy.id,
    published: r.choice.published,
    notes: r.choice.notes,
    level: r.level,
    period: Object.freeze({ start: fromDayNumber(r.start), end: fromDayNumber(r.end) }),
    asOf: r.asOf,
    calendar: r.calendar.name,
    inputs: Object.freeze(inputs),
    indicators: Object.freeze(indicators),
    order: Object.freeze(leaves.map((n) => n.code)),
    notMeasurable: Object.freeze(notMeasurable),
    counts: Object.freeze(portalCounts),
    records: Object.freeze({
      dossiers: groups ? groups.reduce((a, g) => a + g.base, 0) : null,
      received: groups ? groups.reduce((a, g) => a + g.received, 0) : null,
      pakn: r.pakn ? r.pakn.filter((p) => inPeriod(p.receivedAt)).length : null,
      catalogue: r.catalogue ? r.catalogue.length : null,
    }),
  });
}

/** The options and sources of {@link measure766}, read and checked (shared with the SQL path). @internal */
export function readMeasureOptions(sources: unknown, options: unknown): Read & { readonly dossiers: unknown } {
  return readAll(sources, options);
}
