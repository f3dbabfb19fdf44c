import type { Decimal } from 'decimal.js';
import { CchcDecimal } from '../core/decimal.js';
import { CchcError, type CchcIssue, type CchcPath } from '../core/errors.js';
import type { Locale } from '../core/locale.js';
import { foldVi } from '../core/_internal/fold-vi.js';
import * as viF from '../core/messages/vi/audit-findings.js';
import * as enF from '../core/messages/en/audit-findings.js';
import { readChange, readRank } from './change.js';
import { buildFinding, type AuditFinding, type FindingSeverity, type FindingValue } from './finding.js';
import type { PrintedFigure } from './printed-figure.js';
import { AuditSipasTableOptionsSchema, SipasTableRowSchema } from './schemas.js';
import { rankChangeFindings, valueChangeFindings, type ChangeReading } from './_internal/changes.js';
import { rankFindings } from './_internal/ranking.js';
import { fmtAt, judge, readFigure, scale, sum, type ReadContext, type Reading, type Verdict } from './_internal/reading.js';
import * as s from '../core/schema.js';

/**
 * A component of a SIPAS row (chỉ số thành phần): its percent ("83,02%"), its score out of 10 ("8,30"), or both as
 * printed side by side.
 *
 * @example
 * ```ts
 * import type { SipasComponent } from 'cchc';
 * const c: SipasComponent = { percent: '89,46%', score: '8,95' };
 * ```
 *
 * @category Audits
 */
export type SipasComponent = PrintedFigure | { readonly percent?: PrintedFigure; readonly score?: PrintedFigure };

/**
 * One row of a published SIPAS table (Chỉ số hài lòng về sự phục vụ hành chính), as printed: a province, a ministry or
 * the national average, with the overall index, its components, a rank and a change when printed.
 *
 * @example
 * ```ts
 * import type { SipasTableRow } from 'cchc';
 * // Báo Gia Lai, 18/4/2024: "Gia Lai đứng thứ 19, đạt 83,84% (giảm 3 bậc so với năm 2022)"
 * const row: SipasTableRow = { unit: 'Gia Lai', index: '83,84%', rank: 'thứ 19', change: { rank: 'giảm 3 bậc' } };
 * ```
 *
 * @category Audits
 */
export interface SipasTableRow {
  /** The unit as printed. */
  readonly unit: string;
  /** The overall index in percent ("82,66%"). */
  readonly index?: PrintedFigure;
  /** The overall score out of `scoreScale` when printed beside the index. */
  readonly score?: PrintedFigure;
  /** The components by key (`access`, `procedures`, `civilServants`, `results`, `feedback`, or the table's own). */
  readonly components?: Readonly<Record<string, SipasComponent>>;
  /** The printed rank: a number or its text ("thứ 19", "38/63", "topped", "at the bottom"). */
  readonly rank?: number | string;
  /** The change printed for the row: `value` for the index ("tăng 2,58%"), `rank` for its place ("giảm 3 bậc"). */
  readonly change?: { readonly value?: PrintedFigure; readonly rank?: PrintedFigure };
  /** The earlier index and rank when the row prints them. */
  readonly prior?: { readonly value?: PrintedFigure; readonly rank?: number | string };
}

/**
 * Options of {@link auditSipasTable}.
 *
 * @example
 * ```ts
 * import type { AuditSipasTableOptions } from 'cchc';
 * const o: AuditSipasTableOptions = { of: 63, overall: 'independent', locale: 'en' };
 * ```
 *
 * @category Audits
 */
export interface AuditSipasTableOptions {
  /** The size of the full ranking (63 provinces; 34 from 2025): a table with fewer rows is an excerpt. */
  readonly of?: number;
  /**
   * How the overall index relates to its components (quan hệ giữa chỉ số chung và các chỉ số thành phần):
   * - `'independent'` (default): not checked. Since the 2023 method the overall index also covers satisfaction with
   *   policies, so it is not the mean of the five service components (2023: 82,66% beside components 82,27–83,12%);
   * - `'within'`: the overall lies between the lowest and the highest component (a weighted mean);
   * - `'mean'`: the overall is the plain mean of the components (earlier methods), at the printed precision.
   */
  readonly overall?: 'independent' | 'within' | 'mean';
  /** What a score is out of (default 10: "8,95" beside "89,46%"). */
  readonly scoreScale?: number;
  /** The printed mean of the index column, when the rows are the whole ranking. */
  readonly printedMean?: PrintedFigure;
  /** The earlier table, matched by unit name: prior values and ranks for `change`. */
  readonly prior?: readonly SipasTableRow[];
  /** The size of the earlier ranking (default `of`). */
  readonly priorOf?: number;
  /** How `change.value` is read (default: from its words; "%" tried as percentage points and relative). */
  readonly changeReading?: ChangeReading;
  /** The notation of printed texts: `'vi'` (default) or `'en'`. Never guessed. */
  readonly locale?: Locale;
  /** How far an approximate figure may be read from its number (default 0.1). */
  readonly approximateTolerance?: number;
  /** Where the table is, copied to every finding. */
  readonly location?: string;
}

/**
 * The five components of SIPAS (5 chỉ số thành phần), as the Ministry of Home Affairs reports them: access to
 * services, administrative procedures, civil servants' performance, service results, and the handling of feedback.
 * Keys for {@link SipasTableRow.components}; a table may use its own keys.
 *
 * @example
 * ```ts
 * import { SIPAS_COMPONENTS } from 'cchc';
 * SIPAS_COMPONENTS.map((c) => c.key); // ['access', 'procedures', 'civilServants', 'results', 'feedback']
 * ```
 *
 * @category Audits
 */
export const SIPAS_COMPONENTS = Object.freeze(
  [
    { key: 'access', label: { vi: 'Tiếp cận dịch vụ', en: 'Access to services' } },
    { key: 'procedures', label: { vi: 'Thủ tục hành chính', en: 'Administrative procedures' } },
    { key: 'civilServants', label: { vi: 'Công chức giải quyết công việc', en: "Civil servants' performance" } },
    { key: 'results', label: { vi: 'Kết quả giải quyết công việc', en: 'Service results' } },
    { key: 'feedback', label: { vi: 'Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị', en: 'Handling of feedback and complaints' } },
  ].map((c) => Object.freeze({ ...c, label: Object.freeze(c.label) })),
);

interface Row {
  readonly row: SipasTableRow;
  readonly index?: Reading;
  readonly score?: Reading;
  readonly components: { key: string; percent?: Reading; score?: Reading }[];
  readonly rank?: { rank?: number; of?: number; last?: boolean };
  readonly change: { value?: ReturnType<typeof readChange>; rank?: ReturnType<typeof readChange> };
  readonly prior: { value?: Reading; rank?: { rank?: number; of?: number; last?: boolean } };
}

const isObj = (v: unknown): v is { percent?: PrintedFigure; score?: PrintedFigure } => s.isPlainObject(v);

/**
 * Audit a published SIPAS table (kiểm tra bảng Chỉ số hài lòng SIPAS): a national ranking, an excerpt of one (a few
 * provinces with their ranks "of 63"), or one province's figures with the five components. Scores are read at their
 * printed precision; the overall index is never checked against the mean of its components unless `overall` says so.
 *
 * Findings:
 * - `sipas-out-of-range` (error): a percent outside 0–100 or a score outside 0–`scoreScale`;
 * - `sipas-score-mismatch` (error; warning when only a loose reading of an approximate figure fits) /
 *   `sipas-score-rounded` (info): a score /10 printed beside a percent ("8,95" and "89,46%": 89,5 at the score's
 *   precision, a note);
 * - `sipas-overall-outside` (error, `overall: 'within'`), `sipas-mean-mismatch` / `sipas-mean-rounded`
 *   (`overall: 'mean'`): the overall index against its components; `sipas-printed-mean-mismatch` /
 *   `sipas-printed-mean-rounded`: the printed mean of the rows;
 * - ranks as in {@link auditParTable}: `sipas-rank-mismatch` (a whole ranking), `sipas-rank-out-of-range`,
 *   `sipas-rank-order`, `sipas-rank-excerpt` (an excerpt);
 * - changes as in {@link auditChange}: `change-mismatch`, `change-rounded`, `change-reading`, `rank-change-mismatch` …
 *
 * @throws {@link CchcError} `INVALID_INPUT` / `UNKNOWN_KEY` (rows, options), `INVALID_NUMBER` / `AMBIGUOUS_NUMBER`
 *   (a figure that cannot be read), `PAR_INVALID_RANK` (a rank that cannot be read); every problem listed.
 * @example
 * ```ts
 * import { auditSipasTable } from 'cchc';
 * // Báo Gia Lai, 18/4/2024 (SIPAS 2023): the top three and Gia Lai, ranks of 63
 * auditSipasTable(
 *   [
 *     { unit: 'Quảng Ninh', index: '90,61%', rank: 'dẫn đầu' },
 *     { unit: 'Thái Nguyên', index: '90,29%', rank: 'thứ 2' },
 *     { unit: 'Hải Dương', index: '90,23%', rank: 'thứ 3' },
 *     { unit: 'Gia Lai', index: '83,84%', rank: 'thứ 19', change: { rank: 'giảm 3 bậc' } },
 *   ],
 *   { of: 63 },
 * ).map((f) => [f.code, f.severity]); // [['rank-change-implied', 'info']]
 * // a score out of 10 beside its percent, each rounded on its own
 * auditSipasTable([{ unit: 'X', components: { access: { score: '8,95', percent: '89,46%' } } }]).map((f) => f.code); // ['sipas-score-rounded']
 * ```
 *
 * @category Audits
 */
export function auditSipasTable(rows: readonly SipasTableRow[], options: AuditSipasTableOptions = {}): AuditFinding[] {
  const list = s.array(SipasTableRowSchema).parse(rows, { path: ['rows'] });
  const o = AuditSipasTableOptionsSchema.parse(options, { path: ['options'] });
  if (o.prior !== undefined) s.array(SipasTableRowSchema).parse(o.prior, { path: ['options', 'prior'] });
  const ctx: ReadContext = { locale: o.locale ?? 'vi', tolerance: o.approximateTolerance ?? 0.1 };
  const problems: CchcIssue[] = [];
  const readRow = (r: SipasTableRow, path: CchcPath): Row => {
    const components = Object.entries(r.components ?? {}).map(([key, c]) => {
      const at = [...path, 'components', key];
      if (isObj(c)) {
        const pc = c.percent === undefined ? undefined : readFigure(c.percent, [...at, 'percent'], 'percent', ctx, problems);
        const sc = c.score === undefined ? undefined : readFigure(c.score, [...at, 'score'], 'points', ctx, problems);
        return { key, ...(pc ? { percent: pc } : {}), ...(sc ? { score: sc } : {}) };
      }
      const pc = readFigure(c, at, 'percent', ctx, problems);
      return { key, ...(pc ? { percent: pc } : {}) };
    });
    const index = r.index === undefined ? undefined : readFigure(r.index, [...path, 'index'], 'percent', ctx, problems);
    const score = r.score === undefined ? undefined : readFigure(r.score, [...path, 'score'], 'points', ctx, problems);
    const rank = r.rank === undefined ? undefined : readRank(r.rank, [...path, 'rank'], problems);
    const change: Row['change'] = {};
    if (r.change?.value !== undefined) change.value = readChange(r.change.value, [...path, 'change', 'value'], ctx, problems);
    if (r.change?.rank !== undefined) change.rank = readChange(r.change.rank, [...path, 'change', 'rank'], ctx, problems);
    const prior: Row['prior'] = {};
    if (r.prior?.value !== undefined) {
      const v = readFigure(r.prior.value, [...path, 'prior', 'value'], 'percent', ctx, problems);
      if (v) prior.value = v;
    }
    if (r.prior?.rank !== undefined) {
      const v = readRank(r.prior.rank, [...path, 'prior', 'rank'], problems);
      if (v) prior.rank = v;
    }
    return { row: r, ...(index ? { index } : {}), ...(score ? { score } : {}), components, ...(rank ? { rank } : {}), change, prior };
  };
  const read = list.map((r, i) => readRow(r, ['rows', i]));
  const priorRows = (o.prior ?? []).map((r, i) => readRow(r, ['options', 'prior', i]));
  const printedMean =
    o.printedMean === undefined ? undefined : readFigure(o.printedMean, ['options', 'printedMean'], 'percent', ctx, problems);
  if (problems.length > 0) throw new CchcError(problems.slice(0, 1000));

  const scoreScale = new CchcDecimal(o.scoreScale ?? 10);
  const findings: AuditFinding[] = [];
  const add = (f: {
    code: string;
    severity: FindingSeverity;
    row?: string;
    field: string;
    expected?: FindingValue;
    actual?: FindingValue;
    vi: string;
    en: string;
  }) => findings.push(buildFinding({ ...f, location: o.location }));
  const HUNDRED = new CchcDecimal(100);
  const outOfRange = (r: Reading, max: Decimal) => r.core.hi?.lt(0) || r.core.lo?.gt(max);
  for (const r of read) {
    const unit = r.row.unit;
    const checkRange = (x: Reading | undefined, max: Decimal, field: string) => {
      if (x && outOfRange(x, max)) {
        const p = (l: Locale) => ({ unit, value: x.text ?? fmtAt(x.point, l), max: fmtAt(max, l) });
        add({
          code: 'sipas-out-of-range',
          severity: 'error',
          row: unit,
          field,
          expected: max,
          actual: x.text ?? x.point,
          vi: viF.sipasOutOfRange(p('vi')),
          en: enF.sipasOutOfRange(p('en')),
        });
      }
    };
    const checkScore = (pc: Reading | undefined, sc: Reading | undefined, field: string) => {
      checkRange(pc, HUNDRED, field);
      checkRange(sc, scoreScale, field);
      if (!pc || !sc) return;
      const computed = scale(sc, HUNDRED.div(scoreScale));
      const v = judge(computed, pc);
      if (v === 'exact' || v === 'approximate') return;
      const p = (l: Locale) => ({
        unit,
        score: sc.text ?? fmtAt(sc.point, l),
        scale: fmtAt(scoreScale, l),
        percent: pc.text ?? `${fmtAt(pc.point, l)}%`,
        computed: `${fmtAt(computed.point, l)}%`,
      });
      if (v === 'rounded' || v === 'soft' || v === 'truncated')
        add({
          code: 'sipas-score-rounded',
          severity: 'info',
          row: unit,
          field,
          expected: computed.point,
          actual: pc.point,
          vi: viF.sipasScoreRounded(p('vi')),
          en: enF.sipasScoreRounded(p('en')),
        });
      else
        add({
          code: 'sipas-score-mismatch',
          severity: v === 'loose' ? 'warning' : 'error',
          row: unit,
          field,
          expected: computed.point,
          actual: pc.point,
          vi: viF.sipasScoreMismatch(p('vi')),
          en: enF.sipasScoreMismatch(p('en')),
        });
    };
    checkScore(r.index, r.score, 'index');
    for (const c of r.components) checkScore(c.percent, c.score, `components.${c.key}`);
    // the overall index against its components, only where the method says how
    const comps = r.components.map((c) => c.percent ?? (c.score ? scale(c.score, HUNDRED.div(scoreScale)) : undefined));
    if (r.index && comps.length > 0 && comps.every((c) => c !== undefined) && o.overall && o.overall !== 'independent') {
      const cs = comps as Reading[];
      if (o.overall === 'mean') {
        const mean = scale(sum(cs), new CchcDecimal(1).div(cs.length));
        const v = judge(mean, r.index, { truncation: true });
        pushVerdict(v, 'sipas-mean', unit, 'index', mean, r.index, (l) => ({
          unit,
          mean: fmtAt(mean.point, l, r.index!.decimals + 2),
          printed: r.index!.text ?? fmtAt(r.index!.point, l),
          rows: String(cs.length),
        }));
      } else {
        const lo = cs.reduce<Decimal | null>(
          (m, c) => (c.core.lo === null ? null : m === null ? c.core.lo : CchcDecimal.min(m, c.core.lo)),
          cs[0]!.core.lo,
        );
        const hi = cs.reduce<Decimal | null>(
          (m, c) => (c.core.hi === null || m === null ? null : CchcDecimal.max(m, c.core.hi)),
          cs[0]!.core.hi,
        );
        const below = hi && r.index.core.lo?.gt(hi);
        const above = lo && r.index.core.hi?.lt(lo);
        if (below || above) {
          const p = (l: Locale) => ({
            unit,
            index: r.index!.text ?? fmtAt(r.index!.point, l),
            min: lo === null ? '−∞' : fmtAt(lo, l, 2),
            max: hi === null ? '+∞' : fmtAt(hi, l, 2),
          });
          add({
            code: 'sipas-overall-outside',
            severity: 'error',
            row: unit,
            field: 'index',
            expected: null,
            actual: r.index.point,
            vi: viF.sipasOverallOutside(p('vi')),
            en: enF.sipasOverallOutside(p('en')),
          });
        }
      }
    }
  }

  function pushVerdict(
    v: Verdict,
    base: string,
    unit: string | undefined,
    field: string,
    computed: Reading,
    printed: Reading,
    p: (l: Locale) => { unit?: string; mean: string; printed: string; rows: string },
  ) {
    if (v === 'exact' || v === 'approximate') return;
    const rounded = v === 'rounded' || v === 'truncated' || v === 'soft';
    const code = `${base}-${rounded ? 'rounded' : 'mismatch'}`;
    const severity: FindingSeverity = rounded ? 'info' : v === 'loose' ? 'warning' : 'error';
    const text = (l: Locale) =>
      rounded
        ? l === 'vi'
          ? viF.sipasMeanRounded(p('vi'))
          : enF.sipasMeanRounded(p('en'))
        : l === 'vi'
          ? viF.sipasMeanMismatch(p('vi'))
          : enF.sipasMeanMismatch(p('en'));
    add({
      code,
      severity,
      ...(unit !== undefined ? { row: unit } : {}),
      field,
      expected: computed.point,
      actual: printed.point,
      vi: text('vi'),
      en: text('en'),
    });
  }

  // ranks
  const of = o.of ?? read.reduce<number | undefined>((m, r) => (r.rank?.of !== undefined ? Math.max(m ?? 0, r.rank.of) : m), undefined);
  const rankOf = (r: Row['rank'], size: number | undefined) =>
    r?.rank !== undefined ? r.rank : r?.last && size !== undefined ? size : undefined;
  if (read.some((r) => rankOf(r.rank, of) !== undefined)) {
    for (const f of rankFindings(
      read.map((r) => ({ unit: r.row.unit, value: r.index, rank: rankOf(r.rank, of) })),
      { of, prefix: 'sipas', basis: { vi: 'chỉ số SIPAS', en: 'SIPAS index' }, basisKey: 'index' },
    ))
      add(f);
  }

  // the printed mean of the rows
  if (printedMean && read.length > 0 && read.every((r) => r.index)) {
    const mean = scale(sum(read.map((r) => r.index!)), new CchcDecimal(1).div(read.length));
    pushVerdict(judge(mean, printedMean, { truncation: true }), 'sipas-printed-mean', undefined, 'mean', mean, printedMean, (l) => ({
      mean: fmtAt(mean.point, l, printedMean.decimals + 2),
      printed: printedMean.text ?? fmtAt(printedMean.point, l),
      rows: String(read.length),
    }));
  }

  // changes
  const byUnit = new Map(priorRows.map((p) => [foldVi(p.row.unit), p]));
  const priorOf = o.priorOf ?? of;
  for (const r of read) {
    const unit = r.row.unit;
    const earlier = byUnit.get(foldVi(unit));
    const emit = (x: {
      code: string;
      severity: FindingSeverity;
      field?: string;
      expected?: FindingValue;
      actual?: FindingValue;
      vi: string;
      en: string;
    }) => add({ ...x, row: unit, field: x.field ?? 'change', vi: `${unit}: ${x.vi}`, en: `${unit}: ${x.en}` });
    if (r.change.value) {
      const prior = r.prior.value ?? earlier?.index;
      for (const x of valueChangeFindings({
        ...(r.index ? { current: r.index } : {}),
        ...(prior ? { prior } : {}),
        change: r.change.value.change,
        ...(r.change.value.magnitude ? { magnitude: r.change.value.magnitude } : {}),
        ...(o.changeReading ? { reading: o.changeReading } : {}),
        field: 'change.value',
      }))
        emit(x);
    }
    if (r.change.rank) {
      const current = rankOf(r.rank, of);
      const prior = rankOf(r.prior.rank ?? earlier?.rank, priorOf);
      for (const x of rankChangeFindings({
        ...(current !== undefined ? { current } : {}),
        ...(prior !== undefined ? { prior } : {}),
        ...(priorOf !== undefined ? { of: priorOf } : {}),
        change: r.change.rank.change,
        ...(r.change.rank.magnitude ? { magnitude: r.change.rank.magnitude } : {}),
        field: 'change.rank',
      }))
        emit(x);
    }
  }
  return findings;
}
