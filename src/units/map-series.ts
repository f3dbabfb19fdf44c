import { Decimal } from 'decimal.js';
import { CchcDecimal, toDecimal, type DecimalInput } from '../core/decimal.js';
import { MAX_SERIES_POINTS } from '../core/limits.js';
import { CchcError, issue, show, type CchcIssue } from '../core/errors.js';
import { fromDayNumber, type IsoDate } from '../core/iso-date.js';
import type { Locale } from '../core/locale.js';
import { readOptions } from '../core/options.js';
import { rateOf } from '../core/rate-input.js';
import { quantityRatio, ratio, type QuantityRatio, type Ratio, type RatioLike } from '../core/ratio.js';
import { suggestKey } from '../core/suggest.js';
import * as vi from '../core/messages/vi/units.js';
import * as en from '../core/messages/en/units.js';
import { entryOn, followForward, nameOf, predecessorEntries, readCode, readDay, recordOnOrFail, type Entry } from './_internal/registry.js';
import type { Province, ProvinceCode } from './types.js';
import * as s from '../core/schema.js';
import * as schemas from './schemas.js';

/**
 * A figure of one unit in a series (giá trị của một đơn vị), one of:
 * - a **quantity**: a `number`, `bigint` or `Decimal` (a count of dossiers, an amount of money, index points);
 * - **counts** `{ numerator, denominator }` (a `Ratio` from `ratio()` fits): the form a rate must take to be combined
 *   across a merger, since the rate of the merged unit is Σ numerators / Σ denominators;
 * - a **rate** alone: a percent text with its sign (`'95,5%'`) or a `RatioLike` without counts;
 * - `null` for a figure that is missing (the merged unit's figure is then `null` too).
 *
 * @example
 * ```ts
 * import type { SeriesValue } from 'cchc';
 * const values: SeriesValue[] = [1250, { numerator: 9500, denominator: 10000 }, '95,5%', null];
 * ```
 *
 * @category Administrative units
 */
export type SeriesValue =
  | DecimalInput
  | { readonly numerator: DecimalInput; readonly denominator: DecimalInput }
  | RatioLike
  | string
  | null;

/**
 * One figure of a series: a unit's code as the source prints it, the date that code refers to, and the value.
 *
 * @example
 * ```ts
 * import type { SeriesPoint } from 'cchc';
 * // An Giang (code 89 until 30/06/2025), dossiers resolved on time in 2024
 * const p: SeriesPoint = { code: '89', date: '2024-12-31', value: { numerator: 95_120, denominator: 96_000 } };
 * ```
 *
 * @category Administrative units
 */
export interface SeriesPoint {
  /** The unit's code on `date` (two digits). */
  readonly code: ProvinceCode;
  /**
   * The date the code refers to: a day of the figure's period (its last day, say). Points of one period must share
   * it: they are combined by date. A figure of a period that straddles 01/07/2025 belongs to one side: date it so.
   */
  readonly date: IsoDate;
  /** See {@link SeriesValue}. */
  readonly value: SeriesValue;
  /** The weight of this figure in a weighted mean (`combine: 'weighted'`): a population, a number of dossiers … */
  readonly weight?: DecimalInput;
}

/**
 * How figures of units merged into one are combined:
 * - `'sum'`: quantities are added; counts `{ numerator, denominator }` are added part by part, so a rate is recomputed
 *   from counts (the only exact way to get the rate of a merged unit);
 * - `'weighted'`: the weighted mean Σ wᵢ·xᵢ / Σ wᵢ, with a weight per point (`weight`, or `weights` by code).
 *
 * There is no unweighted mean: `'mean'` / `'average'` are `UNWEIGHTED_AVERAGE`.
 *
 * @example
 * ```ts
 * import type { SeriesCombine } from 'cchc';
 * const combine: SeriesCombine = 'sum';
 * ```
 *
 * @category Administrative units
 */
export type SeriesCombine = 'sum' | 'weighted';

/**
 * Options of {@link mapSeries}.
 *
 * @example
 * ```ts
 * import type { MapSeriesOptions } from 'cchc';
 * const options: MapSeriesOptions = { to: '2025-07-01', combine: 'weighted', weights: { '89': 1_900_000, '91': 1_750_000 } };
 * ```
 *
 * @category Administrative units
 */
export interface MapSeriesOptions {
  /** The date whose units the series is mapped to (`'2025-07-01'`: the 34 units). */
  readonly to: IsoDate;
  /** See {@link SeriesCombine}; required. */
  readonly combine: SeriesCombine;
  /** Weights by code (the code as the points print it), for `combine: 'weighted'`; a point's own `weight` wins. */
  readonly weights?: Readonly<Record<ProvinceCode, DecimalInput>>;
  /** Notation of percent texts: `'vi'` (default, "95,5%") or `'en'` ("95.5%"). */
  readonly locale?: Locale;
}

/**
 * How an input unit relates to the unit it was mapped to: `'same'` (the unit is in force on the target date),
 * `'continued'` (the same territory under a later or earlier record: unchanged, or renamed like Thừa Thiên Huế →
 * Huế), `'merged'` (it became part of a merged unit).
 *
 * @example
 * ```ts
 * import type { SeriesRelation } from 'cchc';
 * const relation: SeriesRelation = 'merged';
 * ```
 *
 * @category Administrative units
 */
export type SeriesRelation = 'same' | 'continued' | 'merged';

/**
 * One line of the mapping a {@link mapSeries} result reports: which unit went into which.
 *
 * @example
 * ```ts
 * import type { SeriesMappingEntry } from 'cchc';
 * const m: SeriesMappingEntry = {
 *   from: { code: '89', name: 'Tỉnh An Giang', validFrom: '2008-08-01', validTo: '2025-06-30' },
 *   to: { code: '91', name: 'Tỉnh An Giang' },
 *   relation: 'merged',
 * };
 * ```
 *
 * @category Administrative units
 */
export interface SeriesMappingEntry {
  /** The input unit, as on the date of its points. */
  readonly from: { readonly code: ProvinceCode; readonly name: string; readonly validFrom: IsoDate; readonly validTo?: IsoDate };
  /** The unit in force on the target date. */
  readonly to: { readonly code: ProvinceCode; readonly name: string };
  /** See {@link SeriesRelation}. */
  readonly relation: SeriesRelation;
}

/**
 * One figure of the mapped series: a unit in force on the target date, on one of the input dates.
 *
 * @example
 * ```ts
 * import { mapSeries } from 'cchc';
 * const [p] = mapSeries([{ code: '01', date: '2024-12-31', value: 5 }], { to: '2025-07-01', combine: 'sum' }).points;
 * p?.value?.toString(); // '5'
 * ```
 *
 * @category Administrative units
 */
export interface MappedPoint {
  /** The unit's code on the target date. */
  readonly code: ProvinceCode;
  /** The unit's name on the target date. */
  readonly name: string;
  /** The input date (the period) the figure is for. */
  readonly date: IsoDate;
  /**
   * The combined figure: a `Decimal` for quantities and weighted means (40 significant digits; a sum is exact), a
   * `Ratio` (integer counts) or `QuantityRatio` for counts, `null` when an input figure is missing.
   */
  readonly value: Decimal | Ratio | QuantityRatio | null;
  /** The input units that went into it, by code. */
  readonly from: readonly { readonly code: ProvinceCode; readonly name: string; readonly relation: SeriesRelation }[];
  /** Codes whose figure was `null` (then `value` is `null`). */
  readonly missing?: readonly ProvinceCode[];
  /** The total weight, for `combine: 'weighted'` when weights were given. */
  readonly weight?: Decimal;
}

/**
 * The result of {@link mapSeries}.
 *
 * @example
 * ```ts
 * import { mapSeries } from 'cchc';
 * mapSeries([], { to: '2025-07-01', combine: 'sum' }).points; // []
 * ```
 *
 * @category Administrative units
 */
export interface MappedSeries {
  /** The target date. */
  readonly to: IsoDate;
  /** How figures were combined. */
  readonly combine: SeriesCombine;
  /** The figures by unit of the target date, ordered by date then code. */
  readonly points: readonly MappedPoint[];
  /** Every input unit and the unit it went to, ordered by target code then input code. */
  readonly mapping: readonly SeriesMappingEntry[];
}

export { MAX_SERIES_POINTS }; // defined in core/limits.ts with every other limit

const UNWEIGHTED = ['mean', 'average', 'avg', 'unweighted', 'unweighted-mean', 'arithmetic-mean', 'simple-mean'];

type Kind = 'quantity' | 'pair' | 'rate' | 'missing';

function kindOf(value: unknown): Kind {
  if (value === null) return 'missing';
  if (typeof value === 'string') return 'rate';
  if (typeof value === 'object' && !Decimal.isDecimal(value)) {
    return Object.hasOwn(value, 'numerator') || Object.hasOwn(value, 'denominator') ? 'pair' : 'rate';
  }
  return 'quantity';
}

function combineIssue(combine: unknown): CchcIssue | undefined {
  if (combine === 'sum' || combine === 'weighted') return undefined;
  if (typeof combine === 'string' && UNWEIGHTED.includes(combine.toLowerCase())) {
    const p = { received: show(combine) };
    return issue(
      'UNWEIGHTED_AVERAGE',
      ['options', 'combine'],
      vi.UNWEIGHTED_AVERAGE__combine(p),
      en.UNWEIGHTED_AVERAGE__combine(p),
      combine,
    );
  }
  const p = { received: show(combine) };
  const it = issue(
    'INVALID_INPUT',
    ['options', 'combine'],
    vi.INVALID_INPUT__seriesCombine(p),
    en.INVALID_INPUT__seriesCombine(p),
    combine,
  );
  const suggestion = typeof combine === 'string' ? suggestKey(combine, ['sum', 'weighted']) : undefined;
  return suggestion ? Object.freeze({ ...it, suggestion }) : it;
}

/** Where an input unit goes on the target day, or `CANNOT_SPLIT_UNIT`. */
function target(entry: Entry, toDay: number, path: (string | number)[]): { entry: Entry; relation: SeriesRelation } {
  if (entry.from <= toDay && toDay <= entry.to) return { entry, relation: 'same' };
  if (toDay > entry.to) {
    const f = followForward(entry, toDay)!;
    return { entry: f.entry, relation: f.merged ? 'merged' : 'continued' };
  }
  let cur = entry;
  while (cur.from > toDay) {
    const preds = predecessorEntries(cur);
    if (preds.length !== 1) {
      const p = { unit: nameOf(cur.record), to: fromDayNumber(toDay), parts: preds.map((e) => nameOf(e.record)).join(', ') };
      throw new CchcError(issue('CANNOT_SPLIT_UNIT', path, vi.CANNOT_SPLIT_UNIT(p), en.CANNOT_SPLIT_UNIT(p), entry.record.code));
    }
    cur = preds[0]!;
  }
  return { entry: cur, relation: 'continued' };
}

/**
 * Map a series of figures by province onto the units in force on one date (quy đổi số liệu theo đơn vị hành chính
 * mới), so that figures from before and after 01/07/2025 can be compared or ranked. Figures of units merged into one
 * are combined as you say, explicitly, and the result reports which unit went into which (`mapping`).
 *
 * **Counts add up; rates do not.** The on-time rate of the new An Giang in 2024 is not the mean of the old An Giang's
 * and Kiên Giang's rates: it is (on time in 89 + on time in 91) / (resolved in 89 + resolved in 91). So give rates as
 * counts `{ numerator, denominator }` with `combine: 'sum'`, and the rate is recomputed from the summed counts. When
 * only rates or scores exist (a PAR INDEX, a published percentage), `combine: 'weighted'` takes a weight per point,
 * and the result is a weighted mean: an approximation you chose, with its weights. An unweighted mean is refused with
 * `UNWEIGHTED_AVERAGE`, and so is a sum of rates.
 *
 * Each point's code is read on its own date (`'91'` dated 2024 is Kiên Giang; dated 2026, An Giang), so a 2019–2026
 * series keyed by the codes each year printed maps onto the 34 units in one call. Units are followed forwards through
 * their successors; backwards only while no merger is crossed (a merged unit cannot be split: `CANNOT_SPLIT_UNIT`).
 *
 * @param series - the points; see {@link SeriesPoint}. At most {@link MAX_SERIES_POINTS}.
 * @param options - see {@link MapSeriesOptions}.
 * @throws {@link CchcError} `UNWEIGHTED_AVERAGE` (an unweighted mean asked for, rates to be summed, a missing weight,
 *   or no `combine` for a series of rates), `CANNOT_SPLIT_UNIT`, `INVALID_PROVINCE_CODE`, `UNKNOWN_PROVINCE`,
 *   `PROVINCE_NOT_IN_FORCE` (a code printed on a date it did not exist, such as `'89'` in 2026), `INVALID_INPUT`
 *   (values of different kinds, duplicate points, weights with `'sum'`), `INVALID_NUMBER`, `ZERO_DENOMINATOR`,
 *   `INVALID_DATE`, `DATE_OUT_OF_RANGE`, `UNKNOWN_KEY`, `INPUT_TOO_LARGE`; every problem of the input listed.
 *
 * @example
 * ```ts
 * import { mapSeries, formatPercent, type Ratio } from 'cchc';
 * // 2024 on-time counts of the old An Giang (89) and Kiên Giang (91), onto the 34 units of 01/07/2025
 * const r = mapSeries(
 *   [
 *     { code: '89', date: '2024-12-31', value: { numerator: 9_500, denominator: 10_000 } },
 *     { code: '91', date: '2024-12-31', value: { numerator: 4_950, denominator: 5_000 } },
 *   ],
 *   { to: '2025-07-01', combine: 'sum' },
 * );
 * r.points[0]?.code; // '91'
 * formatPercent(r.points[0]!.value as Ratio); // '96,33%'
 * r.mapping.map((m) => `${m.from.code} → ${m.to.code} (${m.relation})`); // ['89 → 91 (merged)', '91 → 91 (merged)']
 * mapSeries([{ code: '89', date: '2024-12-31', value: '95%' }, { code: '91', date: '2024-12-31', value: '99%' }], { to: '2025-07-01', combine: 'mean' as never }); // throws CchcError UNWEIGHTED_AVERAGE
 * ```
 *
 * @category Administrative units
 */
export function mapSeries(series: readonly SeriesPoint[], options: MapSeriesOptions): MappedSeries {
  const o = readOptions<MapSeriesOptions>(options, ['to', 'combine', 'weights', 'locale']);
  // Why a combination is refused comes first: it is the answer the caller needs.
  const combine = Object.hasOwn(o, 'combine') ? o.combine : undefined;
  if (
    combine === undefined &&
    Array.isArray(series) &&
    series.some((p) => typeof p === 'object' && p !== null && kindOf((p as { value?: unknown }).value) === 'rate')
  ) {
    throw new CchcError(
      issue('UNWEIGHTED_AVERAGE', ['options', 'combine'], vi.UNWEIGHTED_AVERAGE__missingCombine(), en.UNWEIGHTED_AVERAGE__missingCombine()),
    );
  }
  const combineProblem = combineIssue(combine);
  if (combineProblem) throw new CchcError(combineProblem);
  schemas.MapSeriesOptionsSchema.parse(o, { path: ['options'] });
  pointsSchema().parse(series, { path: ['series'] });
  const mode = combine as SeriesCombine;
  const toDay = readDay(o.to, ['options', 'to']);
  const weights = o.weights;
  const problems: CchcIssue[] = [];

  if (mode === 'sum' && weights !== undefined)
    problems.push(
      issue('INVALID_INPUT', ['options', 'weights'], vi.INVALID_INPUT__seriesWeightWithSum(), en.INVALID_INPUT__seriesWeightWithSum()),
    );
  if (weights !== undefined) for (const k of Object.keys(weights)) collect(problems, () => readCode(k, ['options', 'weights', k]));

  // 1. Read each point: its unit on its date, the unit it goes to, its value.
  interface Read {
    index: number;
    date: IsoDate;
    from: Entry;
    to: Entry;
    relation: SeriesRelation;
    kind: Kind;
    value: unknown;
    weight: DecimalInput | undefined;
  }
  const read: Read[] = [];
  const seen = new Map<string, number>();
  let firstKind: { kind: Kind; index: number } | undefined;
  for (let i = 0; i < series.length; i++) {
    const pt = series[i]!;
    const path = ['series', i];
    const key = `${pt.date}|${pt.code}`;
    const dup = seen.get(key);
    if (dup !== undefined) {
      const p = { code: pt.code, date: pt.date, first: dup };
      problems.push(issue('INVALID_INPUT', path, vi.INVALID_INPUT__seriesDuplicate(p), en.INVALID_INPUT__seriesDuplicate(p)));
      continue;
    }
    seen.set(key, i);
    const got = collect(problems, () => {
      const code = readCode(pt.code, [...path, 'code']);
      const day = readDay(pt.date, [...path, 'date']);
      const record = recordOnOrFail(code, day, [...path, 'code']);
      const from = entryOn(record.code, day)!;
      return { from, ...target(from, toDay, path) };
    });
    const kind = kindOf(pt.value);
    if (kind === 'rate' && mode === 'sum') {
      const p = { received: show(pt.value) };
      problems.push(
        issue('UNWEIGHTED_AVERAGE', [...path, 'value'], vi.UNWEIGHTED_AVERAGE__rateSum(p), en.UNWEIGHTED_AVERAGE__rateSum(p), pt.value),
      );
      continue;
    }
    if (mode === 'sum' && pt.weight !== undefined)
      problems.push(
        issue('INVALID_INPUT', [...path, 'weight'], vi.INVALID_INPUT__seriesWeightWithSum(), en.INVALID_INPUT__seriesWeightWithSum()),
      );
    if (kind !== 'missing') {
      const family = (k: Kind) => (mode === 'weighted' ? (k === 'quantity' ? 'number' : 'rate') : k);
      if (!firstKind) firstKind = { kind, index: i };
      else if (family(firstKind.kind) !== family(kind)) {
        const p = {
          first: `series[${firstKind.index}]: ${show(series[firstKind.index]!.value)}`,
          other: `series[${i}]: ${show(pt.value)}`,
        };
        problems.push(
          issue(
            'INVALID_INPUT',
            [...path, 'value'],
            vi.INVALID_INPUT__seriesMixedValues(p),
            en.INVALID_INPUT__seriesMixedValues(p),
            pt.value,
          ),
        );
      }
    }
    const weight = pt.weight ?? (weights !== undefined && Object.hasOwn(weights, pt.code) ? weights[pt.code] : undefined);
    if (got) read.push({ index: i, date: pt.date, from: got.from, to: got.entry, relation: got.relation, kind, value: pt.value, weight });
    if (problems.length >= 1000) break;
  }
  if (problems.length > 0) throw new CchcError(problems);

  // 2. Group by date and target unit, and combine.
  const groups = new Map<string, Read[]>();
  for (const r of read) {
    const key = `${r.date}|${r.to.record.code}`;
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  const locale = o.locale ?? 'vi';
  const points: MappedPoint[] = [];
  for (const g of groups.values()) {
    const into = g[0]!.to.record;
    g.sort((a, b) => (a.from.record.code < b.from.record.code ? -1 : 1));
    const fromList = Object.freeze(
      g.map((r) => Object.freeze({ code: r.from.record.code, name: r.from.record.name, relation: r.relation })),
    );
    const missing = g.filter((r) => r.kind === 'missing').map((r) => r.from.record.code);
    const base = { code: into.code, name: into.name, date: g[0]!.date, from: fromList };
    if (mode === 'weighted' && g.length > 1) {
      for (const r of g) {
        if (r.weight === undefined) {
          const p = { unit: nameOf(r.from.record), into: nameOf(into) };
          problems.push(
            issue(
              'UNWEIGHTED_AVERAGE',
              ['series', r.index, 'weight'],
              vi.UNWEIGHTED_AVERAGE__missingWeight(p),
              en.UNWEIGHTED_AVERAGE__missingWeight(p),
            ),
          );
        }
      }
      if (problems.length > 0) continue;
    }
    if (missing.length > 0) {
      points.push(Object.freeze({ ...base, value: null, missing: Object.freeze(missing) }));
      continue;
    }
    const value = collect(problems, () => combineGroup(g, mode, locale, nameOf(into)));
    if (value) points.push(Object.freeze({ ...base, ...value }));
  }
  if (problems.length > 0) throw new CchcError(problems);
  points.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  // 3. The mapping: every input unit and where it went.
  const mapping = new Map<Province, SeriesMappingEntry>();
  for (const r of read) {
    if (mapping.has(r.from.record)) continue;
    const f = r.from.record;
    mapping.set(
      f,
      Object.freeze({
        from: Object.freeze({
          code: f.code,
          name: f.name,
          validFrom: f.validFrom,
          ...(f.validTo !== undefined ? { validTo: f.validTo } : {}),
        }),
        to: Object.freeze({ code: r.to.record.code, name: r.to.record.name }),
        relation: r.relation,
      }),
    );
  }
  const mappingList = [...mapping.values()].sort(
    (a, b) => cmp(a.to.code, b.to.code) || cmp(a.from.code, b.from.code) || cmp(a.from.validFrom, b.from.validFrom),
  );
  return Object.freeze({ to: fromDayNumber(toDay), combine: mode, points: Object.freeze(points), mapping: Object.freeze(mappingList) });
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

let seriesSchema: s.Schema<readonly SeriesPoint[]> | undefined;
/** The schema of a series, built on first use. */
const pointsSchema = (): s.Schema<readonly SeriesPoint[]> => (seriesSchema ??= s.array(schemas.SeriesPointSchema).max(MAX_SERIES_POINTS));

/** Run `read`; a CchcError's issues go to `problems` and `undefined` is returned. */
function collect<T>(problems: CchcIssue[], read: () => T): T | undefined {
  try {
    return read();
  } catch (e) {
    if (e instanceof CchcError) {
      problems.push(...e.issues);
      return undefined;
    }
    throw e;
  }
}

function combineGroup(
  g: readonly { index: number; kind: Kind; value: unknown; weight: DecimalInput | undefined }[],
  mode: SeriesCombine,
  locale: Locale,
  into: string,
): { value: Decimal | Ratio | QuantityRatio; weight?: Decimal } {
  if (mode === 'sum') {
    if (g[0]!.kind === 'quantity')
      return { value: g.reduce((s, r) => s.plus(toDecimal(r.value, ['series', r.index, 'value'])), new CchcDecimal(0)) };
    let n = new CchcDecimal(0);
    let d = new CchcDecimal(0);
    for (const r of g) {
      const v = r.value as { numerator: DecimalInput; denominator: DecimalInput };
      n = n.plus(toDecimal(v.numerator, ['series', r.index, 'value', 'numerator']));
      d = d.plus(toDecimal(v.denominator, ['series', r.index, 'value', 'denominator']));
    }
    const ints = n.isInteger() && d.isInteger() && n.lte(Number.MAX_SAFE_INTEGER) && d.lte(Number.MAX_SAFE_INTEGER);
    return { value: ints ? ratio(n.toNumber(), d.toNumber()) : quantityRatio(n, d) };
  }
  const figureOf = (r: (typeof g)[number]): Decimal => {
    if (r.kind === 'quantity') return toDecimal(r.value, ['series', r.index, 'value']);
    return new CchcDecimal(rateOf(r.value as string, { locale }, ['series', r.index, 'value']).value);
  };
  if (g.length === 1) {
    const r = g[0]!;
    return r.weight === undefined ? { value: figureOf(r) } : { value: figureOf(r), weight: toDecimal(r.weight) };
  }
  let sw = new CchcDecimal(0);
  let swx = new CchcDecimal(0);
  for (const r of g) {
    const w = toDecimal(r.weight, ['series', r.index, 'weight']);
    sw = sw.plus(w);
    swx = swx.plus(w.times(figureOf(r)));
  }
  if (sw.isZero()) {
    const p = { unit: into };
    throw new CchcError(
      issue('ZERO_DENOMINATOR', ['options', 'weights'], vi.ZERO_DENOMINATOR__seriesWeights(p), en.ZERO_DENOMINATOR__seriesWeights(p)),
    );
  }
  return { value: swx.div(sw), weight: sw };
}
