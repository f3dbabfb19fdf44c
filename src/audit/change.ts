import { CchcError, issue, show, type CchcIssue, type CchcPath } from '../core/errors.js';
import * as vi from '../core/messages/vi/audit.js';
import * as en from '../core/messages/en/audit.js';
import type { Locale } from '../core/locale.js';
import type { AuditFinding } from './finding.js';
import type { PrintedFigure } from './printed-figure.js';
import { ChangeInputSchema } from './schemas.js';
import { targetFinding, type AuditTarget } from './target.js';
import { readChangeText, readRankText, type ChangeText } from './_internal/change-text.js';
import { rankChangeFindings, valueChangeFindings, type ChangeReading, type FindingSpec, type ReadChange } from './_internal/changes.js';
import { approximateReading, fmtAt, judge, readFigure, type ReadContext, type Reading } from './_internal/reading.js';
import * as viF from '../core/messages/vi/audit-findings.js';
import * as enF from '../core/messages/en/audit-findings.js';

/**
 * Input of {@link auditChange}: a value, its earlier value, and the change printed between them.
 *
 * @example
 * ```ts
 * import type { ChangeInput } from 'cchc';
 * const input: ChangeInput = { label: { vi: 'Chỉ số CCHC vùng ĐBSH', en: 'PAR index, Red River Delta' }, current: '88,33%', prior: '86,62%', change: 'cao hơn 1,71%' };
 * ```
 *
 * @category Audits
 */
export interface ChangeInput extends AuditTarget {
  /** The value now: a score ("87,61"), an index ("91,80%"), a count, or a rank (9, "thứ 9", "9/63"). */
  readonly current?: PrintedFigure;
  /** The earlier value, when the report (or an earlier one) prints it. */
  readonly prior?: PrintedFigure;
  /**
   * The change as printed: "tăng 2,1 điểm so với năm 2023", "giảm 7 bậc", "tăng 0,85%", "cao hơn 1,71%", "+5,83%",
   * "an increase of 1.72%", "slipping by one rank", "giữ nguyên", "giảm từ 10,85% xuống còn 1,31%" — or a signed
   * number (for ranks, positive is a move up).
   */
  readonly change: PrintedFigure;
  /**
   * How to read the change (see {@link ChangeReading}). Default: from its words — "điểm" points, "điểm phần trăm"
   * percentage points, "bậc" / "hạng" / "places" ranks, and "%" both percentage points and a relative change, tried
   * in turn (the finding says which reading explains the figures).
   */
  readonly reading?: ChangeReading;
  /** The size of the ranking, for rank changes ("9/63" gives it too): an earlier rank must lie in 1…of. */
  readonly of?: number;
  /** Decimals the values were printed with, when they are given as JS numbers (82 printed "82,00"). */
  readonly decimals?: number;
}

/** Read a printed change (text or signed number) and the size it gives. @internal */
export function readChange(
  value: PrintedFigure,
  path: CchcPath,
  ctx: ReadContext,
  problems: CchcIssue[],
): { change: ReadChange; magnitude?: Reading } | undefined {
  if (typeof value === 'string') {
    let parsed: ChangeText;
    try {
      parsed = readChangeText(value, ctx.locale, ctx.tolerance, path);
    } catch (e) {
      if (!(e instanceof CchcError)) throw e;
      problems.push(...e.issues);
      return undefined;
    }
    const magnitude = parsed.magnitude ? approximateReading(parsed.magnitude, 'points') : undefined;
    return { change: { text: value, parsed }, ...(magnitude ? { magnitude } : {}) };
  }
  const r = readFigure(value, path, 'points', ctx, problems);
  if (!r) return undefined;
  const negative = r.point.isNegative();
  const magnitude = negative ? { ...r, point: r.point.neg(), core: flip(r.core), soft: flip(r.soft), loose: flip(r.loose) } : r;
  const text = (l: Locale) => `${negative ? '−' : r.point.isZero() ? '' : '+'}${fmtAt(magnitude.point, l, r.decimals)}`;
  return {
    change: { text: text(ctx.locale), parsed: { sign: r.point.isZero() ? 0 : negative ? -1 : 1, unit: null, text: text(ctx.locale) } },
    magnitude,
  };
}

const flip = (i: Reading['core']): Reading['core'] => ({ lo: i.hi === null ? null : i.hi.neg(), hi: i.lo === null ? null : i.lo.neg() });

/** A rank as printed: a number or a text ("thứ 9", "9/63"). @internal */
export function readRank(
  value: unknown,
  path: CchcPath,
  problems: CchcIssue[],
): { rank?: number; of?: number; last?: boolean } | undefined {
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value) && value >= 1) return { rank: value };
  } else if (typeof value === 'string') {
    try {
      return readRankText(value, path);
    } catch (e) {
      if (!(e instanceof CchcError)) throw e;
      problems.push(...e.issues);
      return undefined;
    }
  }
  problems.push(
    issue(
      'PAR_INVALID_RANK',
      path,
      vi.PAR_INVALID_RANK__parTableRank({ received: show(value) }),
      en.PAR_INVALID_RANK__parTableRank({ received: show(value) }),
      value,
    ),
  );
  return undefined;
}

/**
 * Check a printed year-on-year change (kiểm tra mức thay đổi so với kỳ trước): "tăng 2,1 điểm so với năm 2023",
 * "cao hơn 1,71%", "giảm 7 bậc", "tăng 0,85%" (percentage points, when the caller says so), "an increase of 1.72%".
 *
 * - With the current and the earlier value: the change must follow from them, at the printed precision. A change
 *   printed with "%" is tried as percentage points and as a relative change unless `reading` names one; when only
 *   one explains the figures, a note (`change-reading`) says which. Findings: `change-mismatch` (error when no
 *   reading explains it; warning when only a loose reading of an approximate figure does), `change-rounded` (note:
 *   rounding of the printed values explains the gap), `change-reading-mismatch` (warning: the reading the caller
 *   named does not fit, another does), `change-approximate` (note).
 * - With one of them: `change-implied` (note) gives the value the change implies for the other (a figure to compare
 *   with an earlier report).
 * - Ranks (`reading: 'rank'` or words such as "bậc", "places"): `rank-change-mismatch` (error) against the earlier
 *   rank; `rank-change-out-of-range` (error) when the earlier rank it implies is below 1 or above `of`;
 *   `rank-change-implied` (note) otherwise. A positive change is a move up (a smaller rank number).
 *
 * @throws {@link CchcError} `INVALID_INPUT` / `UNKNOWN_KEY` (input), `INVALID_NUMBER` / `AMBIGUOUS_NUMBER` (a figure
 *   or a change that cannot be read), `PAR_INVALID_RANK` (a rank that cannot be read).
 * @example
 * ```ts
 * import { auditChange } from 'cchc';
 * const label = { vi: 'Chỉ số CCHC vùng Bắc Trung Bộ', en: 'PAR index, North Central' };
 * // VietnamPlus, 6/4/2025: "đạt 88.51%, cao hơn 1.58% so với năm 2023 (87.72%)"
 * auditChange({ label, current: '88.51%', prior: '87.72%', change: 'cao hơn 1.58%', locale: 'en' })[0]?.code; // 'change-mismatch'
 * // the 2023 release: 88,33% "cao hơn 1,71%" than 86,62% — a difference in percentage points
 * auditChange({ label, current: '88,33%', prior: '86,62%', change: 'cao hơn 1,71%' }).map((f) => [f.code, f.severity]); // [['change-reading', 'info']]
 * auditChange({ label, current: '88,33%', prior: '86,62%', change: 'cao hơn 1,71%', reading: 'percentage-points' }); // []
 * auditChange({ label, current: 9, of: 63, change: 'tăng 26 bậc' })[0]?.code; // 'rank-change-implied'
 * ```
 *
 * @category Audits
 */
export function auditChange(input: ChangeInput): AuditFinding[] {
  const v = ChangeInputSchema.parse(input);
  const ctx: ReadContext = {
    locale: v.locale ?? 'vi',
    tolerance: v.approximateTolerance ?? 0.1,
    ...(v.decimals !== undefined ? { decimals: v.decimals } : {}),
  };
  const problems: CchcIssue[] = [];
  const change = readChange(v.change, ['change'], ctx, problems);
  const rankWise = v.reading === 'rank' || (v.reading === undefined && change?.change.parsed.unit === 'rank');
  let specs: FindingSpec[] = [];
  if (rankWise) {
    const cur = v.current === undefined ? undefined : readRank(v.current, ['current'], problems);
    const pri = v.prior === undefined ? undefined : readRank(v.prior, ['prior'], problems);
    if (problems.length > 0 || !change) throw new CchcError(problems);
    const of = v.of ?? cur?.of ?? pri?.of;
    const rankOf = (r: typeof cur) => (r?.rank !== undefined ? r.rank : r?.last && of !== undefined ? of : undefined);
    specs = rankChangeFindings({
      current: rankOf(cur),
      prior: rankOf(pri),
      ...(of !== undefined ? { of } : {}),
      change: change.change,
      ...(change.magnitude ? { magnitude: change.magnitude } : {}),
    });
  } else {
    const current = v.current === undefined ? undefined : readFigure(v.current, ['current'], 'points', ctx, problems);
    const prior = v.prior === undefined ? undefined : readFigure(v.prior, ['prior'], 'points', ctx, problems);
    if (problems.length > 0 || !change) throw new CchcError(problems);
    const p = change.change.parsed;
    if (p.from && p.to) {
      // "giảm từ 10,85% xuống còn 1,31%": the change prints both values; they must be the values given, and go the
      // way the words say
      const from = approximateReading(p.from, 'points');
      const to = approximateReading(p.to, 'points');
      const same = (a: Reading | undefined, b: Reading) => a === undefined || !['mismatch', 'loose'].includes(judge(a, b));
      const wrongWay = p.sign !== null && p.sign !== 0 && Math.sign(to.point.minus(from.point).toNumber()) === -p.sign;
      if (!same(prior, from) || !same(current, to) || wrongWay) {
        const computed = (l: 'vi' | 'en') =>
          `${fmtAt(from.point, l)} → ${fmtAt(to.point, l)}${current || prior ? ` (${[prior ? fmtAt(prior.point, l) : '?', current ? fmtAt(current.point, l) : '?'].join(' → ')})` : ''}`;
        specs = [
          {
            code: 'change-mismatch',
            severity: 'error',
            field: 'change',
            actual: v.change as string,
            vi: viF.changeMismatch({ change: change.change.text, computed: computed('vi') }),
            en: enF.changeMismatch({ change: change.change.text, computed: computed('en') }),
          },
        ];
      }
    } else {
      specs = valueChangeFindings({
        ...(current ? { current } : {}),
        ...(prior ? { prior } : {}),
        change: change.change,
        ...(change.magnitude ? { magnitude: change.magnitude } : {}),
        ...(v.reading ? { reading: v.reading } : {}),
      });
    }
  }
  return specs.map((s) => targetFinding({ ...v, field: v.field ?? s.field }, s.code, s.severity, s.expected, s.actual, s.vi, s.en));
}
