import type { Decimal } from 'decimal.js';
import { CchcDecimal, toDecimal } from '../core/decimal.js';
import { CchcError, MAX_ISSUES, issue, show, type CchcIssue, type CchcPath } from '../core/errors.js';
import { formatNumber } from '../core/format-number.js';
import { checkLocale, type Locale } from '../core/locale.js';
import { pushUnknownKeys, unknownKeyIssue } from '../core/options.js';
import { parseViNumber, parseViPercent, viDecimalsOf } from '../core/parse-vi-number.js';
import { checkDecimals, roundDecimal } from '../core/rounding.js';
import { foldVi } from '../core/_internal/fold-vi.js';
import * as vi from '../core/messages/vi/audit.js';
import * as en from '../core/messages/en/audit.js';
import * as viCore from '../core/messages/vi/core.js';
import * as enCore from '../core/messages/en/core.js';
import * as viF from '../core/messages/vi/audit-findings.js';
import * as enF from '../core/messages/en/audit-findings.js';
import { classify, type ClassBand, type ClassScheme } from '../par/classify.js';
import type { ParNumberInput } from '../par/rule.js';
import { readChange, readRank } from './change.js';
import { buildFinding, type AuditFinding, type FindingSeverity, type FindingValue } from './finding.js';
import { digitLimitIssue, printedTextIssue } from './limits.js';
import type { PrintedFigure } from './printed-figure.js';
import { rankChangeFindings, valueChangeFindings, type ChangeReading, type FindingSpec } from './_internal/changes.js';
import { rankFindings } from './_internal/ranking.js';
import { fmtAt, judge, readFigure, scale, sum, type ReadContext, type Reading } from './_internal/reading.js';
import { levelFindings } from './_internal/level-findings.js';
import type { DateRange } from '../core/date-range.js';
import type { IsoDate } from '../core/iso-date.js';

/**
 * One row of a published PAR INDEX table (bảng kết quả Chỉ số CCHC), as printed. Every column is optional, so tables
 * with fewer columns can be audited. Numbers may be JS numbers, Decimals, or printed text ("51,75", "84,58%",
 * "gần 40 điểm", "96,17/100 điểm"; English notation with the option `locale: 'en'`).
 *
 * @example
 * ```ts
 * import type { ParTableRow } from 'cchc';
 * // Bình Dương 2017, first row
 * const row: ParTableRow = { unit: 'TP Thủ Dầu Một', rank: 1, components: { appraisal: 51.75, survey: 32.83 }, total: 84.58, index: 84.58 };
 * // an excerpt of a national ranking, with the change printed beside it
 * const excerpt: ParTableRow = { unit: 'Gia Lai', index: '83,84%', rank: 'thứ 19', change: { rank: 'giảm 3 bậc' } };
 * ```
 *
 * @category Audits
 */
export interface ParTableRow {
  /** The unit's name as printed. */
  readonly unit: string;
  /** Component points, e.g. `{ appraisal: 51.75, survey: 32.83 }` for "Điểm thẩm định | Điểm ĐTXHH". */
  readonly components?: Readonly<Record<string, ParNumberInput>>;
  /** Total points (Tổng điểm). "96,17/100 điểm" gives the row's maximum too. */
  readonly total?: ParNumberInput;
  /** The index in percent points, or its text ("84,58%"). */
  readonly index?: ParNumberInput;
  /**
   * Printed rank (xếp hạng / STT when the table is sorted by result): a number or its text ("thứ 9", "9/63",
   * "2nd out of 63", "dẫn đầu", "đứng cuối" — the last rank needs `of`).
   */
  readonly rank?: number | string;
  /** Printed class (xếp loại / nhóm), e.g. "Tốt", "Nhóm B". */
  readonly class?: string;
  /** This row's maximum total when it differs from the table's (criteria not applicable to the unit). */
  readonly maxPoints?: ParNumberInput;
  /**
   * The change printed for the row: `value` for the row's value (its index when printed, else its total), `rank` for
   * its place ("tăng 6 bậc"; a positive number is a move up). Checked against `prior` or the earlier table
   * (option `prior`).
   */
  readonly change?: { readonly value?: PrintedFigure; readonly rank?: PrintedFigure };
  /** The earlier value and rank when the row prints them ("(86,62%)"). */
  readonly prior?: { readonly value?: PrintedFigure; readonly rank?: number | string };
}

/**
 * Options of {@link auditParTable}.
 *
 * @example
 * ```ts
 * import type { AuditParTableOptions } from 'cchc';
 * const options: AuditParTableOptions = { maxPoints: 100, componentMax: { appraisal: 65, survey: 35 }, indexDecimals: 2, printedMean: '78,39%' };
 * const excerpt: AuditParTableOptions = { of: 63, changeReading: 'percentage-points' };
 * ```
 *
 * @category Audits
 */
export interface AuditParTableOptions {
  /** The maximum total (Tổng điểm tối đa), the index's 100%. Default 100. */
  readonly maxPoints?: ParNumberInput;
  /** Maximum of each component, e.g. `{ appraisal: 65, survey: 35 }`; components above it are findings. */
  readonly componentMax?: Readonly<Record<string, ParNumberInput>>;
  /**
   * Decimals the index is printed with. Default: read from each printed value (a text keeps its trailing zeros; a
   * JS number 82.00 is 82 and has 0 decimals, so give this when the table prints "82,00").
   */
  readonly indexDecimals?: number;
  /** Largest accepted |components sum − total| beyond what rounding explains. Default 0. */
  readonly tolerance?: ParNumberInput;
  /** The classification printed classes should follow (a {@link ClassScheme} or bands). */
  readonly bands?: readonly ClassBand[] | ClassScheme;
  /** What ranks follow: `'index'` (default when every row prints one) or `'total'`. */
  readonly rankBy?: 'index' | 'total';
  /** The printed mean of the index column ("Bình quân"), checked against the rows. */
  readonly printedMean?: ParNumberInput;
  /** Where the table is (document, section), copied to every finding. */
  readonly location?: string;
  /**
   * The size of the full ranking the printed ranks refer to (63 provinces, 17 ministries, 34 provinces from 2025).
   * When the table has fewer rows it is an excerpt: printed ranks are checked against `of` and for their order, never
   * re-ranked among the rows. Without `of`, a table whose printed ranks go beyond its number of rows by more than one
   * is read as an excerpt too (a note says so); give `of` whenever the table is an excerpt.
   */
  readonly of?: number;
  /** The notation of printed texts: `'vi'` (default) or `'en'` ("91.87", "92.18 percent"). Never guessed. */
  readonly locale?: Locale;
  /** How far an approximate figure ("gần 40 điểm") may be read from its number (default 0.1; see `parseViApproximate`). */
  readonly approximateTolerance?: number;
  /** The earlier table (the same units a year before), matched by unit name: the prior values and ranks of `change`. */
  readonly prior?: readonly ParTableRow[];
  /** The size of the earlier ranking (default `of`): earlier ranks must lie in 1…priorOf. */
  readonly priorOf?: number;
  /** How the rows' `change.value` is read (default: from its words; "%" is tried as percentage points and relative). */
  readonly changeReading?: ChangeReading;
  /**
   * Whether the components add up to the total (default `true`). `false` for weighted indexes (PCI: ten sub-indices
   * /10 make a score /100 with weights), where components are only checked against their maxima.
   */
  readonly sumComponents?: boolean;
  /** The day the results refer to (ISO): with it, district rows after 30/06/2025 are `LEVEL_NOT_IN_FORCE`. */
  readonly date?: IsoDate;
  /** The period assessed (`{ start, end }`, a `Period`, or "năm 2025"); see `TableDate`. */
  readonly period?: DateRange | string;
}

const OPTION_KEYS = [
  'maxPoints',
  'componentMax',
  'indexDecimals',
  'tolerance',
  'bands',
  'rankBy',
  'printedMean',
  'location',
  'of',
  'locale',
  'approximateTolerance',
  'prior',
  'priorOf',
  'changeReading',
  'sumComponents',
  'date',
  'period',
] as const;
const ROW_KEYS = ['unit', 'components', 'total', 'index', 'rank', 'class', 'maxPoints', 'change', 'prior'] as const;
const own = <T extends object, K extends keyof T>(o: T, key: K): T[K] | undefined => (Object.hasOwn(o, key) ? o[key] : undefined);
const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

interface ParFinding {
  readonly code: string;
  readonly severity: FindingSeverity;
  readonly row?: string;
  readonly field: string;
  readonly expected: FindingValue;
  readonly actual: FindingValue;
  readonly vi: string;
  readonly en: string;
}

interface Read {
  value: Decimal;
  decimals: number;
}

/** An exact parameter (a maximum, a tolerance): a number or a number text. */
function readNum(v: unknown, path: CchcPath, problems: CchcIssue[], percent = false): Read | undefined {
  // Digits and length first: no arithmetic on a number of a million digits.
  const tooLarge = typeof v === 'string' ? printedTextIssue(v, path) : digitLimitIssue(v, path);
  if (tooLarge) {
    problems.push(tooLarge);
    return undefined;
  }
  try {
    if (typeof v === 'string') {
      const t = v.trim();
      const value = percent && t.endsWith('%') ? parseViPercent(t) : parseViNumber(t);
      return { value: new CchcDecimal(value), decimals: viDecimalsOf(t) };
    }
    const d = toDecimal(v, path);
    return { value: d, decimals: Math.max(0, d.decimalPlaces()) };
  } catch (e) {
    if (!(e instanceof CchcError)) throw e;
    problems.push(...e.issues.map((i) => issue(i.code, path, i.messageVi, i.messageEn, i.received)));
    return undefined;
  }
}

const viNum = (d: Decimal) => formatNumber(d);
const enNum = (d: Decimal) => formatNumber(d, { locale: 'en' });
const HUNDRED = new CchcDecimal(100);

/** The ranks, changes and printed values of one row, read. */
interface RowRead {
  readonly row: ParTableRow;
  readonly components: { key: string; read: Reading | undefined }[];
  readonly total: Reading | undefined;
  readonly index: Reading | undefined;
  readonly rank: { rank?: number; of?: number; last?: boolean } | undefined;
  readonly maxPoints: Decimal | undefined;
  readonly change: { value?: ReturnType<typeof readChange>; rank?: ReturnType<typeof readChange> };
  readonly prior: { value?: Reading; rank?: { rank?: number; of?: number; last?: boolean } };
}

/**
 * Audit a published PAR INDEX table (kiểm tra bảng kết quả Chỉ số CCHC) such as Bình Dương's 2017 district table
 * "Điểm thẩm định (65) | Điểm ĐTXHH (35) | Tổng điểm (100) | Chỉ số CCHC"
 * (http://baubang.binhduong.gov.vn/Default.aspx?tabid=175&ID=1881), the ministries' table of PAR INDEX 2023 or a few
 * provinces quoted with their national ranks. Printed scores are read at their printed precision: a gap that the
 * rounding of the printed figures explains is a note, never an error. Checks, row by row:
 *
 * - `par-total-mismatch` (error): the components do not add up to the total (total = appraisal + survey), by more
 *   than their rounding explains; `par-total-rounded` (info) when only rounding explains it (61,86 + 28,10 printed
 *   89,95); not checked with `sumComponents: false` (weighted indexes such as PCI);
 * - `par-component-above-max` / `par-total-above-max` (error): a figure above its maximum;
 * - `par-index-mismatch` (error) / `par-index-truncated` (info) / `par-index-rounded` (info): the index is not
 *   total / maxPoints × 100 at the printed decimals (index formula:
 *   http://cchc.mard.gov.vn/Pages/hoi-nghi-trien-khai-de-an-chi-so-cchc.aspx); a row's own `maxPoints` (or
 *   "68,32/84 điểm") replaces the table's;
 * - ranks: for a whole ranking, `par-rank-mismatch` (error): the printed rank is not the competition rank of the
 *   values (ties share a rank; rows whose printed values are equal may also print distinct ranks r, r + 1, …
 *   r + k − 1, ranked on unrounded values or by a tie-break rule, which the printed figures cannot refute). For an
 *   excerpt (`of` above the number of rows, or printed ranks beyond it): `par-rank-out-of-range` (error) for a rank
 *   above `of`, `par-rank-order` (error) for a row printed above another whose value is lower at every reading, and
 *   `par-rank-excerpt` (info) when the table was read as an excerpt without `of`;
 * - `par-class-mismatch` (error; warning when the expected band is UNVERIFIED): the printed class is not the band of
 *   the index (a printed "90,00" may be 89,996: a class some value rounding to the printed index falls in is accepted);
 *   `par-class-unverified` (info) when the index is below every known band and the printed class is one the scheme
 *   names with UNKNOWN bounds (Huế's "Yếu");
 * - `par-mean-mismatch` (error) / `par-mean-truncated` (info) / `par-mean-rounded` (info): the printed mean of the
 *   index column;
 * - changes (`change` of a row, against its `prior` or the row of the same unit in the option `prior`): the findings
 *   of {@link auditChange} (`change-mismatch`, `change-rounded`, `change-reading`, `rank-change-mismatch`,
 *   `rank-change-out-of-range` …), with the row's unit;
 * - `LEVEL_NOT_IN_FORCE` (warning): with a `date` or `period` on or after 01/07/2025, a district-level unit ("Huyện
 *   …", "TX …", "TP Thủ Dầu Một"): there are no districts since then. Without a date, no such finding.
 *
 * Findings have the shape of every other audit ({@link AuditFinding}); a clean table gives `[]`.
 *
 * @throws {@link CchcError} for unreadable input (a value that is not a number, a bad classification), every problem
 *   listed.
 *
 * @example
 * ```ts
 * import { auditParTable } from 'cchc';
 * const findings = auditParTable(
 *   [
 *     { unit: 'TP Thủ Dầu Một', rank: 1, components: { appraisal: 51.75, survey: 32.83 }, total: 84.58, index: 84.58 },
 *     { unit: 'TX Tân Uyên', rank: 2, components: { appraisal: 48.75, survey: 33.25 }, total: 82.5, index: 82.5 },
 *   ],
 *   { componentMax: { appraisal: 65, survey: 35 } },
 * );
 * findings.map((f) => f.code); // ['par-total-mismatch']
 * // three provinces quoted with their national ranks (of 63): an excerpt, never re-ranked among its rows
 * auditParTable(
 *   [
 *     { unit: 'Quảng Ninh', index: '92,18%', rank: 1 },
 *     { unit: 'Bắc Giang', index: '91,16%', rank: 4 },
 *     { unit: 'An Giang', index: '81,32%', rank: 63 },
 *   ],
 *   { of: 63 },
 * ); // []
 * ```
 *
 * @category Audits
 */
export function auditParTable(rows: readonly ParTableRow[], options: AuditParTableOptions = {}): AuditFinding[] {
  const problems: CchcIssue[] = [];
  if (!Array.isArray(rows)) {
    throw new CchcError(
      issue(
        'INVALID_INPUT',
        ['rows'],
        vi.INVALID_INPUT__parTableRows({ received: show(rows) }),
        en.INVALID_INPUT__parTableRows({ received: show(rows) }),
        rows,
      ),
    );
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new CchcError(
      issue(
        'INVALID_INPUT',
        ['options'],
        viCore.INVALID_INPUT__options({ received: show(options) }),
        enCore.INVALID_INPUT__options({ received: show(options) }),
        options,
      ),
    );
  }
  pushUnknownKeys(problems, options, (key) => (OPTION_KEYS as readonly string[]).includes(key), [], OPTION_KEYS);
  const opt = <K extends keyof AuditParTableOptions>(key: K): AuditParTableOptions[K] | undefined =>
    Object.hasOwn(options, key) ? options[key] : undefined;
  const maxPointsIn = opt('maxPoints');
  const maxPoints = maxPointsIn === undefined ? new CchcDecimal(100) : readNum(maxPointsIn, ['maxPoints'], problems)?.value;
  if (maxPoints && !maxPoints.gt(0))
    problems.push(
      issue(
        'INVALID_NUMBER',
        ['maxPoints'],
        vi.INVALID_NUMBER__parTableMaxPoints(),
        en.INVALID_NUMBER__parTableMaxPoints(),
        maxPoints.toFixed(),
      ),
    );
  const toleranceIn = opt('tolerance');
  const tolerance = toleranceIn === undefined ? new CchcDecimal(0) : readNum(toleranceIn, ['tolerance'], problems)?.value.abs();
  let indexDecimals: number | undefined;
  if (opt('indexDecimals') !== undefined) {
    try {
      indexDecimals = checkDecimals(opt('indexDecimals'), ['indexDecimals']);
    } catch (e) {
      if (!(e instanceof CchcError)) throw e;
      problems.push(...e.issues);
    }
  }
  const rankByIn = opt('rankBy');
  if (rankByIn !== undefined && rankByIn !== 'index' && rankByIn !== 'total') {
    const p = { choices: "'index', 'total'", received: show(rankByIn), suggestion: '' };
    problems.push(issue('INVALID_INPUT', ['rankBy'], viCore.INVALID_INPUT__choice(p), enCore.INVALID_INPUT__choice(p), rankByIn));
  }
  const location = opt('location');
  if (location !== undefined && typeof location !== 'string') {
    problems.push(
      issue(
        'INVALID_INPUT',
        ['location'],
        viCore.INVALID_INPUT__type({ expected: 'một chuỗi văn bản', received: show(location) }),
        enCore.INVALID_INPUT__type({ expected: 'a string', received: show(location) }),
        location,
      ),
    );
  }
  const sizeOf = (key: 'of' | 'priorOf'): number | undefined => {
    const v = opt(key);
    if (v === undefined) return undefined;
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 1) return v;
    problems.push(
      issue(
        'PAR_INVALID_RANK',
        [key],
        vi.PAR_INVALID_RANK__parTableRank({ received: show(v) }),
        en.PAR_INVALID_RANK__parTableRank({ received: show(v) }),
        v,
      ),
    );
    return undefined;
  };
  const ofOption = sizeOf('of');
  const priorOfOption = sizeOf('priorOf');
  let locale: Locale = 'vi';
  if (opt('locale') !== undefined) {
    try {
      locale = checkLocale(opt('locale'), ['locale']);
    } catch (e) {
      if (!(e instanceof CchcError)) throw e;
      problems.push(...e.issues);
    }
  }
  const approx = opt('approximateTolerance');
  if (approx !== undefined && !(typeof approx === 'number' && Number.isFinite(approx) && approx >= 0 && approx <= 1)) {
    const p = { min: 0, max: 1, received: show(approx) };
    problems.push(issue('INVALID_INPUT', ['approximateTolerance'], viCore.INVALID_INPUT__range(p), enCore.INVALID_INPUT__range(p), approx));
  }
  const changeReading = opt('changeReading');
  const readings = ['points', 'percentage-points', 'percent', 'rank', 'count'];
  if (changeReading !== undefined && !readings.includes(changeReading as string)) {
    const p = { choices: readings.map((r) => `'${r}'`).join(', '), received: show(changeReading), suggestion: '' };
    problems.push(
      issue('INVALID_INPUT', ['changeReading'], viCore.INVALID_INPUT__choice(p), enCore.INVALID_INPUT__choice(p), changeReading),
    );
  }
  const sumComponentsIn = opt('sumComponents');
  if (sumComponentsIn !== undefined && typeof sumComponentsIn !== 'boolean') {
    problems.push(
      issue(
        'INVALID_INPUT',
        ['sumComponents'],
        viCore.INVALID_INPUT__type({ expected: 'true hoặc false', received: show(sumComponentsIn) }),
        enCore.INVALID_INPUT__type({ expected: 'true or false', received: show(sumComponentsIn) }),
        sumComponentsIn,
      ),
    );
  }
  const sumComponents = sumComponentsIn !== false;
  const ctx: ReadContext = { locale, tolerance: typeof approx === 'number' ? approx : 0.1 };
  const indexCtx: ReadContext = { ...ctx, ...(indexDecimals !== undefined ? { decimals: indexDecimals } : {}) };
  const componentMax = new Map<string, Decimal>();
  const componentMaxIn = opt('componentMax');
  if (componentMaxIn !== undefined && (typeof componentMaxIn !== 'object' || componentMaxIn === null || Array.isArray(componentMaxIn))) {
    problems.push(
      issue(
        'INVALID_INPUT',
        ['componentMax'],
        viCore.INVALID_INPUT__type({ expected: 'một đối tượng { … }', received: show(componentMaxIn) }),
        enCore.INVALID_INPUT__type({ expected: 'an object { … }', received: show(componentMaxIn) }),
        componentMaxIn,
      ),
    );
  } else {
    for (const [k, v] of Object.entries(componentMaxIn ?? {})) {
      const d = readNum(v, ['componentMax', k], problems);
      if (d) componentMax.set(k, d.value);
    }
  }
  const bands = opt('bands');
  const printedMeanIn = opt('printedMean');
  const printedMean = printedMeanIn === undefined ? undefined : readFigure(printedMeanIn, ['printedMean'], 'percent', ctx, problems);
  const readRows = (list: readonly unknown[], base: CchcPath, withChanges: boolean): (RowRead | undefined)[] =>
    // Array.from (not map) visits the holes of a sparse array: a missing row is a problem, not a skipped one.
    Array.from(list, (input: unknown, i): RowRead | undefined => {
      if (problems.length >= MAX_ISSUES) return undefined; // a million bad rows: the first MAX_ISSUES problems
      const row = input as ParTableRow;
      const at = (...rest: (string | number)[]): CchcPath => [...base, i, ...rest];
      if (typeof input !== 'object' || input === null || Array.isArray(input) || typeof own(row, 'unit') !== 'string' || row.unit === '') {
        problems.push(
          issue(
            'INVALID_INPUT',
            at('unit'),
            vi.INVALID_INPUT__parTableUnit({ index: i }),
            en.INVALID_INPUT__parTableUnit({ index: i }),
            input,
          ),
        );
        return undefined;
      }
      pushUnknownKeys(problems, row, (key) => (ROW_KEYS as readonly string[]).includes(key), at(), ROW_KEYS);
      const componentsIn = own(row, 'components');
      if (componentsIn !== undefined && !isObj(componentsIn)) {
        problems.push(
          issue(
            'INVALID_INPUT',
            at('components'),
            viCore.INVALID_INPUT__type({ expected: 'một đối tượng { … }', received: show(componentsIn) }),
            enCore.INVALID_INPUT__type({ expected: 'an object { … }', received: show(componentsIn) }),
            componentsIn,
          ),
        );
      }
      const components = Object.entries(isObj(componentsIn) ? componentsIn : {}).map(([k, v]) => ({
        key: k,
        read: readFigure(v, at('components', k), 'points', ctx, problems),
      }));
      const totalIn = own(row, 'total');
      const indexIn = own(row, 'index');
      const total = totalIn === undefined ? undefined : readFigure(totalIn, at('total'), 'points', ctx, problems);
      const index = indexIn === undefined ? undefined : readFigure(indexIn, at('index'), 'percent', indexCtx, problems);
      const rankIn = own(row, 'rank');
      let rank: RowRead['rank'];
      if (rankIn !== undefined) {
        if (typeof rankIn === 'number' && !(Number.isSafeInteger(rankIn) && rankIn >= 1)) {
          problems.push(
            issue(
              'PAR_INVALID_RANK',
              at('rank'),
              vi.PAR_INVALID_RANK__parTableRank({ received: show(rankIn) }),
              en.PAR_INVALID_RANK__parTableRank({ received: show(rankIn) }),
              rankIn,
            ),
          );
        } else rank = readRank(rankIn, at('rank'), problems);
      }
      const cls = own(row, 'class');
      if (cls !== undefined && typeof cls !== 'string') {
        problems.push(
          issue(
            'INVALID_INPUT',
            at('class'),
            viCore.INVALID_INPUT__type({ expected: 'một chuỗi văn bản', received: show(cls) }),
            enCore.INVALID_INPUT__type({ expected: 'a string', received: show(cls) }),
            cls,
          ),
        );
      }
      const rowMaxIn = own(row, 'maxPoints');
      let rowMax = rowMaxIn === undefined ? undefined : readNum(rowMaxIn, at('maxPoints'), problems)?.value;
      if (rowMax && !rowMax.gt(0)) {
        problems.push(
          issue(
            'INVALID_NUMBER',
            at('maxPoints'),
            vi.INVALID_NUMBER__parTableMaxPoints(),
            en.INVALID_NUMBER__parTableMaxPoints(),
            rowMax.toFixed(),
          ),
        );
        rowMax = undefined;
      }
      rowMax ??= total?.of;
      const change: RowRead['change'] = {};
      const prior: RowRead['prior'] = {};
      const changeIn = own(row, 'change');
      if (changeIn !== undefined) {
        if (!withChanges || !isObj(changeIn)) {
          problems.push(
            issue(
              'INVALID_INPUT',
              at('change'),
              viCore.INVALID_INPUT__type({ expected: '{ value?, rank? }', received: show(changeIn) }),
              enCore.INVALID_INPUT__type({ expected: '{ value?, rank? }', received: show(changeIn) }),
              changeIn,
            ),
          );
        } else {
          for (const key of Object.keys(changeIn))
            if (key !== 'value' && key !== 'rank') problems.push(unknownKeyIssue(at('change', key), key, ['value', 'rank']));
          const cv = own(changeIn, 'value');
          const cr = own(changeIn, 'rank');
          if (cv !== undefined) change.value = readChange(cv as PrintedFigure, at('change', 'value'), ctx, problems);
          if (cr !== undefined)
            change.rank = readChange(
              typeof cr === 'string' && /^\s*[+-]?\d+\s*$/.test(cr) ? Number(cr) : (cr as PrintedFigure),
              at('change', 'rank'),
              ctx,
              problems,
            );
        }
      }
      const priorIn = own(row, 'prior');
      if (priorIn !== undefined) {
        if (!withChanges || !isObj(priorIn)) {
          problems.push(
            issue(
              'INVALID_INPUT',
              at('prior'),
              viCore.INVALID_INPUT__type({ expected: '{ value?, rank? }', received: show(priorIn) }),
              enCore.INVALID_INPUT__type({ expected: '{ value?, rank? }', received: show(priorIn) }),
              priorIn,
            ),
          );
        } else {
          for (const key of Object.keys(priorIn))
            if (key !== 'value' && key !== 'rank') problems.push(unknownKeyIssue(at('prior', key), key, ['value', 'rank']));
          const pv = own(priorIn, 'value');
          const pr = own(priorIn, 'rank');
          if (pv !== undefined) {
            const r = readFigure(pv, at('prior', 'value'), 'percent', indexCtx, problems);
            if (r) prior.value = r;
          }
          if (pr !== undefined) {
            const r = readRank(pr, at('prior', 'rank'), problems);
            if (r) prior.rank = r;
          }
        }
      }
      return { row, components, total, index, rank, maxPoints: rowMax, change, prior };
    });
  const read = readRows(rows, ['rows'], true);
  const priorIn = opt('prior');
  let priorRows: (RowRead | undefined)[] = [];
  if (priorIn !== undefined) {
    if (!Array.isArray(priorIn)) {
      problems.push(
        issue(
          'INVALID_INPUT',
          ['prior'],
          vi.INVALID_INPUT__parTableRows({ received: show(priorIn) }),
          en.INVALID_INPUT__parTableRows({ received: show(priorIn) }),
          priorIn,
        ),
      );
    } else priorRows = readRows(priorIn, ['prior'], false);
  }
  if (bands !== undefined) {
    try {
      classify(0, bands);
    } catch (e) {
      if (!(e instanceof CchcError)) throw e;
      problems.push(...e.issues);
    }
  }
  if (problems.length > 0 || !maxPoints || !tolerance) throw new CchcError(problems.slice(0, 1000));

  const findings: AuditFinding[] = [];
  const add = (f: ParFinding) => findings.push(buildFinding({ ...f, location }));
  const fromSpec = (unit: string, s: FindingSpec) =>
    add({
      code: s.code,
      severity: s.severity,
      row: unit,
      field: s.field ?? 'change',
      expected: s.expected ?? null,
      actual: s.actual ?? null,
      vi: `${unit}: ${s.vi}`,
      en: `${unit}: ${s.en}`,
    });

  for (const r of read) {
    if (!r) continue;
    const unit = r.row.unit;
    const rowMax = r.maxPoints ?? maxPoints;
    // components within their maxima, and their sum against the total
    for (const c of r.components) {
      const max = componentMax.get(c.key);
      if (c.read && max && c.read.point.gt(max) && (c.read.core.lo === null || c.read.core.lo.gt(max))) {
        add({
          code: 'par-component-above-max',
          severity: 'error',
          row: unit,
          field: `components.${c.key}`,
          expected: max,
          actual: c.read.point,
          vi: `${unit}: điểm ${c.key} ${viNum(c.read.point)} vượt điểm tối đa ${viNum(max)}`,
          en: `${unit}: ${c.key} points ${enNum(c.read.point)} exceed the maximum ${enNum(max)}`,
        });
      }
    }
    if (sumComponents && r.total && r.components.length > 0 && r.components.every((c) => c.read)) {
      const parts = r.components.map((c) => c.read!);
      const total = sum(parts);
      const diff = total.point.minus(r.total.point).abs();
      const verdict = diff.lte(tolerance) ? 'exact' : judge(total, r.total);
      if (verdict === 'rounded' || verdict === 'soft') {
        const p = (l: 'vi' | 'en') => ({ unit, sum: fmtAt(total.point, l), total: r.total!.text ?? fmtAt(r.total!.point, l) });
        add({
          code: verdict === 'rounded' ? 'par-total-rounded' : 'par-total-approximate',
          severity: 'info',
          row: unit,
          field: 'total',
          expected: total.point,
          actual: r.total.point,
          vi: viF.parTotalRounded(p('vi')),
          en: enF.parTotalRounded(p('en')),
        });
      } else if (verdict === 'loose' || verdict === 'mismatch') {
        add({
          code: 'par-total-mismatch',
          severity: verdict === 'loose' ? 'warning' : 'error',
          row: unit,
          field: 'total',
          expected: total.point,
          actual: r.total.point,
          vi: `${unit}: các điểm thành phần cộng lại được ${viNum(total.point)} nhưng tổng điểm in ${viNum(r.total.point)}`,
          en: `${unit}: the components add up to ${enNum(total.point)} but the printed total is ${enNum(r.total.point)}`,
        });
      }
    }
    if (r.total?.point.gt(rowMax) && (r.total.core.lo === null || r.total.core.lo.gt(rowMax))) {
      add({
        code: 'par-total-above-max',
        severity: 'error',
        row: unit,
        field: 'total',
        expected: rowMax,
        actual: r.total.point,
        vi: `${unit}: tổng điểm ${viNum(r.total.point)} vượt điểm tối đa ${viNum(rowMax)}`,
        en: `${unit}: the total ${enNum(r.total.point)} exceeds the maximum ${enNum(rowMax)}`,
      });
    }
    // index = total / max × 100
    if (r.total && r.index) {
      const computed = scale(r.total, HUNDRED.div(rowMax));
      const verdict = judge(computed, r.index, { truncation: true });
      const k = r.index.decimals;
      const rounded = roundDecimal(computed.point, k, 'half-up');
      if (verdict === 'truncated' || verdict === 'loose' || verdict === 'mismatch') {
        const truncated = verdict === 'truncated';
        add({
          code: truncated ? 'par-index-truncated' : 'par-index-mismatch',
          severity: truncated ? 'info' : verdict === 'loose' ? 'warning' : 'error',
          row: unit,
          field: 'index',
          expected: rounded,
          actual: r.index.point,
          vi: truncated
            ? `${unit}: chỉ số ${viNum(r.index.point)}% là ${viNum(r.total.point)}/${viNum(rowMax)} bị cắt bớt chữ số, làm tròn là ${viNum(rounded)}%`
            : `${unit}: chỉ số in ${viNum(r.index.point)}% nhưng ${viNum(r.total.point)}/${viNum(rowMax)} × 100 = ${viNum(rounded)}%`,
          en: truncated
            ? `${unit}: the index ${enNum(r.index.point)}% is ${enNum(r.total.point)}/${enNum(rowMax)} truncated; rounded it is ${enNum(rounded)}%`
            : `${unit}: the printed index is ${enNum(r.index.point)}% but ${enNum(r.total.point)}/${enNum(rowMax)} × 100 = ${enNum(rounded)}%`,
        });
      } else if (verdict === 'rounded' || verdict === 'soft') {
        const p = (l: 'vi' | 'en') => ({
          unit,
          index: r.index!.text ?? `${fmtAt(r.index!.point, l)}%`,
          total: r.total!.text ?? fmtAt(r.total!.point, l),
          max: fmtAt(rowMax, l),
          computed: fmtAt(computed.point, l, k + 2),
        });
        add({
          code: 'par-index-rounded',
          severity: 'info',
          row: unit,
          field: 'index',
          expected: rounded,
          actual: r.index.point,
          vi: viF.parIndexRounded(p('vi')),
          en: enF.parIndexRounded(p('en')),
        });
      }
    }
  }

  // ranks
  const valid = read.filter((r): r is NonNullable<typeof r> => r !== undefined);
  const rankBy = rankByIn ?? (valid.every((r) => r.index) ? 'index' : 'total');
  const valueOfReading = (r: RowRead): Reading | undefined => (rankBy === 'index' ? r.index : r.total);
  const textOf = (r: RowRead['rank']) => r;
  const of =
    ofOption ??
    valid.reduce<number | undefined>((m, r) => (textOf(r.rank)?.of !== undefined ? Math.max(m ?? 0, r.rank!.of!) : m), undefined);
  const rankOf = (r: RowRead['rank'], size: number | undefined) =>
    r?.rank !== undefined ? r.rank : r?.last && size !== undefined ? size : undefined;
  if (valid.some((r) => rankOf(r.rank, of) !== undefined)) {
    const specs = rankFindings(
      valid.map((r) => ({ unit: r.row.unit, value: valueOfReading(r), rank: rankOf(r.rank, of) })),
      { of, prefix: 'par', basis: rankBy === 'index' ? { vi: 'chỉ số', en: 'index' } : { vi: 'tổng điểm', en: 'total' }, basisKey: rankBy },
    );
    for (const s of specs) add(s);
  }

  // classes
  if (bands !== undefined) {
    for (const r of valid) {
      if (r.row.class === undefined) continue;
      const value = r.index?.point ?? r.total?.point.div(r.maxPoints ?? maxPoints).times(100);
      if (value === undefined) continue;
      const band = classify(value, bands);
      const printed = foldVi(r.row.class);
      const names = (b: ClassBand | null) =>
        b !== null &&
        (printed === foldVi(b.label) || printed === foldVi(b.key) || (b.labelEn !== undefined && printed === foldVi(b.labelEn)));
      // A printed index is rounded: "90,00" may stand for 89,996, which is "Tốt". A class that the band of some value
      // rounding to the printed index would give cannot be refuted by the table (half-up rounding: [v − h, v + h)).
      const decimals = r.index ? (indexDecimals ?? r.index.decimals) : undefined;
      const half = decimals === undefined ? undefined : new CchcDecimal(5).times(new CchcDecimal(10).pow(-(decimals + 1)));
      const nearby = (): boolean => {
        if (!half || !r.index) return false;
        const lo = classify(r.index.point.minus(half), bands);
        const hi = classify(r.index.point.plus(half).minus(new CchcDecimal(10).pow(-(decimals! + 20))), bands);
        return names(lo) || names(hi);
      };
      const matches = names(band) || nearby();
      // A class the scheme names but whose bounds are UNKNOWN (Huế's "Yếu"): below the known bands, it cannot be refuted.
      const unknown =
        band === null && !Array.isArray(bands)
          ? (bands as ClassScheme).unknownBands?.find((u) => printed === foldVi(u.label) || printed === foldVi(u.key))
          : undefined;
      if (unknown) {
        add({
          code: 'par-class-unverified',
          severity: 'info',
          row: r.row.unit,
          field: 'class',
          expected: null,
          actual: r.row.class,
          vi: `${r.row.unit}: xếp loại in "${r.row.class}" với chỉ số ${viNum(value)} không kiểm tra được: cận của loại "${unknown.label}" chưa rõ trong nguồn (giá trị nằm dưới mọi khoảng đã biết)`,
          en: `${r.row.unit}: printed class "${r.row.class}" at index ${enNum(value)} cannot be checked: the bounds of "${unknown.label}" are UNKNOWN in the source (the value is below every known band)`,
        });
        continue;
      }
      if (!matches) {
        const unverified = band !== null && band.verified === false;
        add({
          code: 'par-class-mismatch',
          severity: unverified ? 'warning' : 'error',
          row: r.row.unit,
          field: 'class',
          expected: band ? band.label : null,
          actual: r.row.class,
          vi: `${r.row.unit}: xếp loại in "${r.row.class}" nhưng chỉ số ${viNum(value)} ${band ? `thuộc loại "${band.label}"${unverified ? ' (khoảng chưa được xác minh)' : ''}` : 'không thuộc khoảng xếp loại nào'}`,
          en: `${r.row.unit}: printed class "${r.row.class}" but the index ${enNum(value)} falls in ${band ? `"${band.label}"${unverified ? ' (an UNVERIFIED band)' : ''}` : 'no band'}`,
        });
      }
    }
  }

  // mean of the index column
  if (printedMean) {
    const values = valid.map(
      (r): Reading | undefined => r.index ?? (r.total ? scale(r.total, HUNDRED.div(r.maxPoints ?? maxPoints)) : undefined),
    );
    if (values.length > 0 && values.every((v) => v !== undefined)) {
      const mean = scale(sum(values as Reading[]), new CchcDecimal(1).div(values.length));
      const decimals = printedMean.decimals;
      const rounded = roundDecimal(mean.point, decimals, 'half-up');
      const verdict = judge(mean, printedMean, { truncation: true });
      const truncated = !rounded.eq(printedMean.point) && roundDecimal(mean.point, decimals, 'down').eq(printedMean.point);
      if (truncated || verdict === 'loose' || verdict === 'mismatch') {
        add({
          code: truncated ? 'par-mean-truncated' : 'par-mean-mismatch',
          severity: truncated ? 'info' : verdict === 'loose' ? 'warning' : 'error',
          field: 'mean',
          expected: rounded,
          actual: printedMean.point,
          vi: `Bình quân in ${viNum(printedMean.point)} nhưng trung bình của ${values.length} dòng là ${viNum(rounded)}${truncated ? ' (bản in cắt bớt chữ số)' : ''}`,
          en: `The printed mean is ${enNum(printedMean.point)} but the mean of the ${values.length} rows is ${enNum(rounded)}${truncated ? ' (the print truncates)' : ''}`,
        });
      } else if (verdict === 'rounded') {
        const p = (l: 'vi' | 'en') => ({
          mean: fmtAt(mean.point, l, decimals + 2),
          printed: printedMean.text ?? fmtAt(printedMean.point, l),
          rows: String(values.length),
        });
        add({
          code: 'par-mean-rounded',
          severity: 'info',
          field: 'mean',
          expected: rounded,
          actual: printedMean.point,
          vi: viF.parMeanRounded(p('vi')),
          en: enF.parMeanRounded(p('en')),
        });
      }
    }
  }

  // changes against the printed prior values or the earlier table
  const priorByUnit = new Map<string, RowRead>();
  for (const p of priorRows) if (p) priorByUnit.set(foldVi(p.row.unit), p);
  const priorOf = priorOfOption ?? of;
  for (const r of valid) {
    if (!r.change.value && !r.change.rank) continue;
    const earlier = priorByUnit.get(foldVi(r.row.unit));
    const unit = r.row.unit;
    if (r.change.value) {
      const current = r.index ?? r.total;
      const prior = r.prior.value ?? (earlier ? (earlier.index ?? earlier.total) : undefined);
      for (const s of valueChangeFindings({
        ...(current ? { current } : {}),
        ...(prior ? { prior } : {}),
        change: r.change.value.change,
        ...(r.change.value.magnitude ? { magnitude: r.change.value.magnitude } : {}),
        ...(changeReading ? { reading: changeReading } : {}),
        field: 'change.value',
      }))
        fromSpec(unit, s);
    }
    if (r.change.rank) {
      const current = rankOf(r.rank, of);
      const prior = rankOf(r.prior.rank ?? earlier?.rank, priorOf);
      for (const s of rankChangeFindings({
        ...(current !== undefined ? { current } : {}),
        ...(prior !== undefined ? { prior } : {}),
        ...(priorOf !== undefined ? { of: priorOf } : {}),
        change: r.change.rank.change,
        ...(r.change.rank.magnitude ? { magnitude: r.change.rank.magnitude } : {}),
        field: 'change.rank',
      }))
        fromSpec(unit, s);
    }
  }
  findings.push(
    ...levelFindings(
      rows.map((r) => r.unit),
      options,
      location,
    ),
  );
  return findings;
}
