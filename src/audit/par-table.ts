import type { Decimal } from 'decimal.js';
import { checkPrintedRate } from '../core/check-printed-rate.js';
import { CchcDecimal, toDecimal } from '../core/decimal.js';
import { CchcError, MAX_ISSUES, issue, show, type CchcIssue, type CchcPath } from '../core/errors.js';
import { formatNumber } from '../core/format-number.js';
import { pushUnknownKeys } from '../core/options.js';
import { parseViNumber, parseViPercent, viDecimalsOf } from '../core/parse-vi-number.js';
import { checkDecimals, roundDecimal } from '../core/rounding.js';
import { foldVi } from '../core/_internal/fold-vi.js';
import * as vi from '../core/messages/vi/audit.js';
import * as en from '../core/messages/en/audit.js';
import * as viCore from '../core/messages/vi/core.js';
import * as enCore from '../core/messages/en/core.js';
import { classify, type ClassBand, type ClassScheme } from '../par/classify.js';
import { rankUnits } from '../par/rank-units.js';
import type { ParNumberInput } from '../par/rule.js';
import { buildFinding, type AuditFinding, type FindingSeverity, type FindingValue } from './finding.js';
import { digitLimitIssue, printedTextIssue } from './limits.js';
import { levelFindings } from './_internal/level-findings.js';
import type { DateRange } from '../core/date-range.js';
import type { IsoDate } from '../core/iso-date.js';

/**
 * One row of a published PAR INDEX table (bảng kết quả Chỉ số CCHC), as printed. Every column is optional, so tables
 * with fewer columns can be audited. Numbers may be JS numbers, Decimals, or Vietnamese text ("51,75", "84,58%").
 *
 * @example
 * ```ts
 * import type { ParTableRow } from 'cchc';
 * // Bình Dương 2017, first row
 * const row: ParTableRow = { unit: 'TP Thủ Dầu Một', rank: 1, components: { appraisal: 51.75, survey: 32.83 }, total: 84.58, index: 84.58 };
 * ```
 */
export interface ParTableRow {
  /** The unit's name as printed. */
  readonly unit: string;
  /** Component points, e.g. `{ appraisal: 51.75, survey: 32.83 }` for "Điểm thẩm định | Điểm ĐTXHH". */
  readonly components?: Readonly<Record<string, ParNumberInput>>;
  /** Total points (Tổng điểm). */
  readonly total?: ParNumberInput;
  /** The index in percent points, or its text ("84,58%"). */
  readonly index?: ParNumberInput;
  /** Printed rank (xếp hạng / STT when the table is sorted by result). */
  readonly rank?: number;
  /** Printed class (xếp loại / nhóm), e.g. "Tốt", "Nhóm B". */
  readonly class?: string;
}

/**
 * Options of {@link auditParTable}.
 *
 * @example
 * ```ts
 * import type { AuditParTableOptions } from 'cchc';
 * const options: AuditParTableOptions = { maxPoints: 100, componentMax: { appraisal: 65, survey: 35 }, indexDecimals: 2, printedMean: '78,39%' };
 * ```
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
  /** Largest accepted |components sum − total|. Default 0. */
  readonly tolerance?: ParNumberInput;
  /** The classification printed classes should follow (a {@link ClassScheme} or bands). */
  readonly bands?: readonly ClassBand[] | ClassScheme;
  /** What ranks follow: `'index'` (default when every row prints one) or `'total'`. */
  readonly rankBy?: 'index' | 'total';
  /** The printed mean of the index column ("Bình quân"), checked against the rows. */
  readonly printedMean?: ParNumberInput;
  /** Where the table is (document, section), copied to every finding. */
  readonly location?: string;
  /** The day the results refer to (ISO): with it, district rows after 30/06/2025 are `LEVEL_NOT_IN_FORCE`. */
  readonly date?: IsoDate;
  /** The period assessed (`{ start, end }`, a `Period`, or "năm 2025"); see `TableDate`. */
  readonly period?: DateRange | string;
}

const OPTION_KEYS = ['maxPoints', 'componentMax', 'indexDecimals', 'tolerance', 'bands', 'rankBy', 'printedMean', 'location', 'date', 'period'] as const;
const ROW_KEYS = ['unit', 'components', 'total', 'index', 'rank', 'class'] as const;
const own = <T extends object, K extends keyof T>(o: T, key: K): T[K] | undefined => (Object.hasOwn(o, key) ? o[key] : undefined);

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

/**
 * Audit a published PAR INDEX table (kiểm tra bảng kết quả Chỉ số CCHC) such as Bình Dương's 2017 district table
 * "Điểm thẩm định (65) | Điểm ĐTXHH (35) | Tổng điểm (100) | Chỉ số CCHC"
 * (http://baubang.binhduong.gov.vn/Default.aspx?tabid=175&ID=1881). Checks, row by row:
 *
 * - `par-total-mismatch` (error): the components do not add up to the total (total = appraisal + survey);
 * - `par-component-above-max` / `par-total-above-max` (error): a figure above its maximum;
 * - `par-index-mismatch` (error) / `par-index-truncated` (info): the index is not total / maxPoints × 100 at the
 *   printed decimals (index formula: http://cchc.mard.gov.vn/Pages/hoi-nghi-trien-khai-de-an-chi-so-cchc.aspx);
 * - `par-rank-mismatch` (error): the printed rank is not the competition rank of the values (ties share a rank). Rows
 *   whose printed values are equal may also print distinct ranks r, r + 1, … r + k − 1 (ranked on unrounded values or
 *   by a tie-break rule, which the printed figures cannot refute); any other rank is a finding;
 * - `par-class-mismatch` (error; warning when the expected band is UNVERIFIED): the printed class is not the band of
 *   the index (a printed "90,00" may be 89,996: a class some value rounding to the printed index falls in is accepted);
 *   `par-class-unverified` (info) when the index is below every known band and the printed class is one the scheme
 *   names with UNKNOWN bounds (Huế's "Yếu");
 * - `par-mean-mismatch` (error) / `par-mean-truncated` (info): the printed mean of the index column;
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
 * ```
 */
export function auditParTable(rows: readonly ParTableRow[], options: AuditParTableOptions = {}): AuditFinding[] {
  const problems: CchcIssue[] = [];
  if (!Array.isArray(rows)) {
    throw new CchcError(issue('INVALID_INPUT', ['rows'], vi.INVALID_INPUT__parTableRows({ received: show(rows) }), en.INVALID_INPUT__parTableRows({ received: show(rows) }), rows));
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new CchcError(issue('INVALID_INPUT', ['options'], viCore.INVALID_INPUT__options({ received: show(options) }), enCore.INVALID_INPUT__options({ received: show(options) }), options));
  }
  pushUnknownKeys(problems, options, (key) => (OPTION_KEYS as readonly string[]).includes(key), [], OPTION_KEYS);
  const opt = <K extends keyof AuditParTableOptions>(key: K): AuditParTableOptions[K] | undefined => (Object.hasOwn(options, key) ? options[key] : undefined);
  const maxPointsIn = opt('maxPoints');
  const maxPoints = maxPointsIn === undefined ? new CchcDecimal(100) : readNum(maxPointsIn, ['maxPoints'], problems)?.value;
  if (maxPoints && !maxPoints.gt(0)) problems.push(issue('INVALID_NUMBER', ['maxPoints'], vi.INVALID_NUMBER__parTableMaxPoints(), en.INVALID_NUMBER__parTableMaxPoints(), maxPoints.toFixed()));
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
    problems.push(issue('INVALID_INPUT', ['location'], viCore.INVALID_INPUT__type({ expected: 'một chuỗi văn bản', received: show(location) }), enCore.INVALID_INPUT__type({ expected: 'a string', received: show(location) }), location));
  }
  const componentMax = new Map<string, Decimal>();
  const componentMaxIn = opt('componentMax');
  if (componentMaxIn !== undefined && (typeof componentMaxIn !== 'object' || componentMaxIn === null || Array.isArray(componentMaxIn))) {
    problems.push(issue('INVALID_INPUT', ['componentMax'], viCore.INVALID_INPUT__type({ expected: 'một đối tượng { … }', received: show(componentMaxIn) }), enCore.INVALID_INPUT__type({ expected: 'an object { … }', received: show(componentMaxIn) }), componentMaxIn));
  } else {
    for (const [k, v] of Object.entries(componentMaxIn ?? {})) {
      const d = readNum(v, ['componentMax', k], problems);
      if (d) componentMax.set(k, d.value);
    }
  }
  const bands = opt('bands');
  const printedMeanIn = opt('printedMean');
  const printedMean = printedMeanIn === undefined ? undefined : readNum(printedMeanIn, ['printedMean'], problems, true);
  // Array.from (not map) visits the holes of a sparse array: a missing row is a problem, not a skipped one.
  const read = Array.from(rows, (input: unknown, i) => {
    if (problems.length >= MAX_ISSUES) return undefined; // a million bad rows: the first MAX_ISSUES problems
    const row = input as ParTableRow;
    if (typeof input !== 'object' || input === null || Array.isArray(input) || typeof own(row, 'unit') !== 'string' || row.unit === '') {
      problems.push(issue('INVALID_INPUT', ['rows', i, 'unit'], vi.INVALID_INPUT__parTableUnit({ index: i }), en.INVALID_INPUT__parTableUnit({ index: i }), input));
      return undefined;
    }
    pushUnknownKeys(problems, row, (key) => (ROW_KEYS as readonly string[]).includes(key), ['rows', i], ROW_KEYS);
    const componentsIn = own(row, 'components');
    if (componentsIn !== undefined && (typeof componentsIn !== 'object' || componentsIn === null || Array.isArray(componentsIn))) {
      problems.push(issue('INVALID_INPUT', ['rows', i, 'components'], viCore.INVALID_INPUT__type({ expected: 'một đối tượng { … }', received: show(componentsIn) }), enCore.INVALID_INPUT__type({ expected: 'an object { … }', received: show(componentsIn) }), componentsIn));
    }
    const components = Object.entries(typeof componentsIn === 'object' && componentsIn !== null ? componentsIn : {}).map(([k, v]) => ({ key: k, read: readNum(v, ['rows', i, 'components', k], problems) }));
    const totalIn = own(row, 'total');
    const indexIn = own(row, 'index');
    const total = totalIn === undefined ? undefined : readNum(totalIn, ['rows', i, 'total'], problems);
    const index = indexIn === undefined ? undefined : readNum(indexIn, ['rows', i, 'index'], problems, true);
    const rank = own(row, 'rank');
    if (rank !== undefined && !(Number.isSafeInteger(rank) && (rank as number) >= 1)) {
      problems.push(issue('PAR_INVALID_RANK', ['rows', i, 'rank'], vi.PAR_INVALID_RANK__parTableRank({ received: show(rank) }), en.PAR_INVALID_RANK__parTableRank({ received: show(rank) }), rank));
    }
    const cls = own(row, 'class');
    if (cls !== undefined && typeof cls !== 'string') {
      problems.push(issue('INVALID_INPUT', ['rows', i, 'class'], viCore.INVALID_INPUT__type({ expected: 'một chuỗi văn bản', received: show(cls) }), enCore.INVALID_INPUT__type({ expected: 'a string', received: show(cls) }), cls));
    }
    return { row, components, total, index };
  });
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

  for (const r of read) {
    if (!r) continue;
    const unit = r.row.unit;
    // components within their maxima, and their sum against the total
    for (const c of r.components) {
      const max = componentMax.get(c.key);
      if (c.read && max && c.read.value.gt(max)) {
        add({
          code: 'par-component-above-max',
          severity: 'error',
          row: unit,
          field: `components.${c.key}`,
          expected: max,
          actual: c.read.value,
          vi: `${unit}: điểm ${c.key} ${viNum(c.read.value)} vượt điểm tối đa ${viNum(max)}`,
          en: `${unit}: ${c.key} points ${enNum(c.read.value)} exceed the maximum ${enNum(max)}`,
        });
      }
    }
    if (r.total && r.components.length > 0) {
      const sum = r.components.reduce((a, c) => a.plus(c.read!.value), new CchcDecimal(0));
      if (sum.minus(r.total.value).abs().gt(tolerance)) {
        add({
          code: 'par-total-mismatch',
          severity: 'error',
          row: unit,
          field: 'total',
          expected: sum,
          actual: r.total.value,
          vi: `${unit}: các điểm thành phần cộng lại được ${viNum(sum)} nhưng tổng điểm in ${viNum(r.total.value)}`,
          en: `${unit}: the components add up to ${enNum(sum)} but the printed total is ${enNum(r.total.value)}`,
        });
      }
    }
    if (r.total && r.total.value.gt(maxPoints)) {
      add({
        code: 'par-total-above-max',
        severity: 'error',
        row: unit,
        field: 'total',
        expected: maxPoints,
        actual: r.total.value,
        vi: `${unit}: tổng điểm ${viNum(r.total.value)} vượt điểm tối đa ${viNum(maxPoints)}`,
        en: `${unit}: the total ${enNum(r.total.value)} exceeds the maximum ${enNum(maxPoints)}`,
      });
    }
    // index = total / max × 100
    if (r.total && r.index) {
      const check = checkPrintedRate({ numerator: r.total.value, denominator: maxPoints, printed: r.index.value, decimals: indexDecimals ?? r.index.decimals });
      if (check.verdict !== 'rounded') {
        const truncated = check.verdict === 'truncated';
        add({
          code: truncated ? 'par-index-truncated' : 'par-index-mismatch',
          severity: truncated ? 'info' : 'error',
          row: unit,
          field: 'index',
          expected: check.expectedRounded,
          actual: r.index.value,
          vi: truncated
            ? `${unit}: chỉ số ${viNum(r.index.value)}% là ${viNum(r.total.value)}/${viNum(maxPoints)} bị cắt bớt chữ số, làm tròn là ${viNum(check.expectedRounded)}%`
            : `${unit}: chỉ số in ${viNum(r.index.value)}% nhưng ${viNum(r.total.value)}/${viNum(maxPoints)} × 100 = ${viNum(check.expectedRounded)}%`,
          en: truncated
            ? `${unit}: the index ${enNum(r.index.value)}% is ${enNum(r.total.value)}/${enNum(maxPoints)} truncated; rounded it is ${enNum(check.expectedRounded)}%`
            : `${unit}: the printed index is ${enNum(r.index.value)}% but ${enNum(r.total.value)}/${enNum(maxPoints)} × 100 = ${enNum(check.expectedRounded)}%`,
        });
      }
    }
  }

  // ranks
  const valid = read.filter((r): r is NonNullable<typeof r> => r !== undefined);
  const rankBy = rankByIn ?? (valid.every((r) => r.index) ? 'index' : 'total');
  const valueOf = (r: (typeof valid)[number]) => (rankBy === 'index' ? r.index?.value : r.total?.value);
  if (valid.some((r) => r.row.rank !== undefined) && valid.every((r) => valueOf(r) !== undefined)) {
    const ranked = rankUnits(valid.map((r, i) => ({ id: i, value: valueOf(r)! })));
    const expected = new Map(ranked.map((u) => [u.id, u.rank]));
    // Rows whose printed values are equal share a competition rank r. Printed ranks for such a tie are right when they
    // are all r ("đồng hạng"), or when they are r, r + 1, … r + k − 1 once each: the table ranked on values more precise
    // than it prints (or by a tie-break rule), which the printed figures cannot refute.
    const ties = new Map<number, number[]>();
    valid.forEach((_, i) => {
      const r = expected.get(i)!;
      const members = ties.get(r);
      if (members) members.push(i);
      else ties.set(r, [i]);
    });
    const accepted = new Set<number>();
    for (const [r, members] of ties) {
      if (members.length < 2) continue;
      const printed = members.map((i) => valid[i]!.row.rank).filter((x): x is number => x !== undefined);
      const last = r + members.length - 1;
      const shared = printed.every((x) => x === r);
      const brokenTie = new Set(printed).size === printed.length && printed.every((x) => x >= r && x <= last);
      if (shared || brokenTie) for (const i of members) accepted.add(i);
    }
    valid.forEach((r, i) => {
      const want = expected.get(i)!;
      const printed = r.row.rank;
      if (printed === undefined || printed === want || accepted.has(i)) return;
      const tied = ties.get(want)!.length;
      const tieVi = tied > 1 ? ` (bằng giá trị với ${tied - 1} đơn vị khác: đồng hạng ${want}, hoặc hạng ${want}–${want + tied - 1} nếu xếp theo số chưa làm tròn)` : '';
      const tieEn = tied > 1 ? ` (tied with ${tied - 1} other unit${tied > 2 ? 's' : ''}: a shared rank ${want}, or ranks ${want}–${want + tied - 1} if ranked on unrounded values)` : '';
      add({
        code: 'par-rank-mismatch',
        severity: 'error',
        row: r.row.unit,
        field: 'rank',
        expected: want,
        actual: printed,
        vi: `${r.row.unit}: xếp hạng in ${printed} nhưng theo ${rankBy === 'index' ? 'chỉ số' : 'tổng điểm'} ${viNum(valueOf(r)!)} thì hạng là ${want}${tieVi}`,
        en: `${r.row.unit}: printed rank ${printed}, but by its ${rankBy} ${enNum(valueOf(r)!)} the rank is ${want}${tieEn}`,
      });
    });
  }

  // classes
  if (bands !== undefined) {
    for (const r of valid) {
      if (r.row.class === undefined) continue;
      const value = r.index?.value ?? r.total?.value.div(maxPoints).times(100);
      if (value === undefined) continue;
      const band = classify(value, bands);
      const printed = foldVi(r.row.class);
      const names = (b: ClassBand | null) => b !== null && (printed === foldVi(b.label) || printed === foldVi(b.key) || (b.labelEn !== undefined && printed === foldVi(b.labelEn)));
      // A printed index is rounded: "90,00" may stand for 89,996, which is "Tốt". A class that the band of some value
      // rounding to the printed index would give cannot be refuted by the table (half-up rounding: [v − h, v + h)).
      const decimals = r.index ? (indexDecimals ?? r.index.decimals) : undefined;
      const half = decimals === undefined ? undefined : new CchcDecimal(5).times(new CchcDecimal(10).pow(-(decimals + 1)));
      const nearby = (): boolean => {
        if (!half || !r.index) return false;
        const lo = classify(r.index.value.minus(half), bands);
        const hi = classify(r.index.value.plus(half).minus(new CchcDecimal(10).pow(-(decimals! + 20))), bands);
        return names(lo) || names(hi);
      };
      const matches = names(band) || nearby();
      // A class the scheme names but whose bounds are UNKNOWN (Huế's "Yếu"): below the known bands, it cannot be refuted.
      const unknown = band === null && !Array.isArray(bands) ? (bands as ClassScheme).unknownBands?.find((u) => printed === foldVi(u.label) || printed === foldVi(u.key)) : undefined;
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
    const values = valid.map((r) => r.index?.value ?? r.total?.value.div(maxPoints).times(100));
    if (values.length > 0 && values.every((v) => v !== undefined)) {
      const mean = values.reduce((a, v) => a!.plus(v!), new CchcDecimal(0))!.div(values.length);
      const decimals = printedMean.decimals;
      const rounded = roundDecimal(mean, decimals, 'half-up');
      if (!rounded.eq(printedMean.value)) {
        const truncated = roundDecimal(mean, decimals, 'down').eq(printedMean.value);
        add({
          code: truncated ? 'par-mean-truncated' : 'par-mean-mismatch',
          severity: truncated ? 'info' : 'error',
          field: 'mean',
          expected: rounded,
          actual: printedMean.value,
          vi: `Bình quân in ${viNum(printedMean.value)} nhưng trung bình của ${values.length} dòng là ${viNum(rounded)}${truncated ? ' (bản in cắt bớt chữ số)' : ''}`,
          en: `The printed mean is ${enNum(printedMean.value)} but the mean of the ${values.length} rows is ${enNum(rounded)}${truncated ? ' (the print truncates)' : ''}`,
        });
      }
    }
  }
  findings.push(...levelFindings(rows.map((r) => r.unit), options, location));
  return findings;
}
