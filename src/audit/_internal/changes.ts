// Year-on-year changes (so với kỳ trước), shared by auditChange, auditParTable and auditSipasTable: a printed change
// ("tăng 2,1 điểm", "giảm 7 bậc", "tăng 0,85%") against the current and prior values, read as points, percentage
// points, a relative change or places in a ranking.
import type { Decimal } from 'decimal.js';
import { CchcDecimal } from '../../core/decimal.js';
import type { Locale } from '../../core/locale.js';
import type { ApproximateFigure } from '../../core/parse-vi-approximate.js';
import * as vi from '../../core/messages/vi/audit-findings.js';
import * as en from '../../core/messages/en/audit-findings.js';
import type { FindingSeverity, FindingValue } from '../finding.js';
import type { ChangeText } from './change-text.js';
import { exact, fmtAt, judge, minus, shown, tidy, type Interval, type Reading, type Verdict } from './reading.js';

/**
 * How a printed change is read (cách hiểu mức thay đổi):
 * - `points`: a difference of the values in their own unit ("tăng 2,1 điểm": 87,61 − 85,51);
 * - `percentage-points`: a difference of two percentages ("tăng 0,85%" meaning 88,37% − 87,52%);
 * - `percent`: a relative change ("tăng 16,3%": (98,7 − 84,9) / 84,9);
 * - `rank`: places in a ranking ("tăng 6 bậc": from 15th to 9th; a positive change is a move up);
 * - `count`: a difference of counts ("tăng 5 đơn vị").
 *
 * @example
 * ```ts
 * import type { ChangeReading } from 'cchc';
 * const r: ChangeReading = 'percentage-points';
 * ```
 *
 * @category Audits
 */
export type ChangeReading = 'points' | 'percentage-points' | 'percent' | 'rank' | 'count';

/** One finding, before it is attached to a row or a target. @internal */
export interface FindingSpec {
  readonly code: string;
  readonly severity: FindingSeverity;
  readonly field?: string;
  readonly expected?: FindingValue;
  readonly actual?: FindingValue;
  readonly vi: string;
  readonly en: string;
}

/** A printed change, read: its text (as printed) and its parts. @internal */
export interface ReadChange {
  readonly text: string;
  readonly parsed: ChangeText;
}

const RANK: Readonly<Record<Locale, () => string>> = { vi: vi.common__readingRank, en: en.common__readingRank };
const READING_NAME: Readonly<Record<Exclude<ChangeReading, 'rank'>, Readonly<Record<Locale, () => string>>>> = {
  points: { vi: vi.common__readingPoints, en: en.common__readingPoints },
  'percentage-points': { vi: vi.common__readingPercentagePoints, en: en.common__readingPercentagePoints },
  percent: { vi: vi.common__readingPercent, en: en.common__readingPercent },
  count: { vi: vi.common__readingCount, en: en.common__readingCount },
};
const readingName = (r: ChangeReading, l: Locale): string => (r === 'rank' ? RANK[l]() : READING_NAME[r][l]());

const H = new CchcDecimal(100);
const ZERO = new CchcDecimal(0);

/** a / d × 100 for a signed a and a positive d. */
function relative(a: Reading, d: Reading): Reading | undefined {
  if (!d.point.gt(0)) return undefined;
  const div = (ai: Interval, di: Interval): Interval => {
    const dlo = di.lo?.gt(0) ? di.lo : null;
    const dhi = di.hi;
    const lo =
      ai.lo === null
        ? null
        : ai.lo.gte(0)
          ? dhi === null
            ? ZERO
            : ai.lo.times(H).div(dhi)
          : dlo === null
            ? null
            : ai.lo.times(H).div(dlo);
    const hi =
      ai.hi === null
        ? null
        : ai.hi.gte(0)
          ? dlo === null
            ? null
            : ai.hi.times(H).div(dlo)
          : dhi === null
            ? ZERO
            : ai.hi.times(H).div(dhi);
    return { lo, hi };
  };
  return {
    ...a,
    point: a.point.times(H).div(d.point),
    core: div(a.core, d.core),
    soft: div(a.soft, d.soft),
    loose: div(a.loose, d.loose),
    percent: true,
    decimals: 2,
  };
}

const RANKING: Readonly<Record<Verdict, number>> = { exact: 0, approximate: 1, rounded: 2, truncated: 3, soft: 4, loose: 5, mismatch: 6 };
const good = (v: Verdict) => RANKING[v] <= RANKING.rounded;

/** The printed change as a signed reading (its sign from the words, or `sign` when the words give none). */
function printedSigned(c: ChangeText, magnitude: Reading | undefined, fallbackSign: number): Reading | undefined {
  if (c.sign === 0) return exact(0);
  if (!magnitude) return undefined;
  const s = c.sign ?? (fallbackSign < 0 ? -1 : 1);
  return s < 0 ? minus(exact(0), magnitude) : magnitude;
}

interface Evaluated {
  readonly reading: ChangeReading;
  readonly delta: Reading;
  readonly verdict: Verdict;
  readonly text: Readonly<Record<Locale, string>>;
}

/**
 * Findings about a change of a value (not a rank): `current` and `prior` are the printed values (either may be
 * missing), `magnitude` the size of the printed change read as points at its printed decimals. @internal
 */
export function valueChangeFindings(args: {
  readonly current?: Reading;
  readonly prior?: Reading;
  readonly change: ReadChange;
  readonly magnitude?: Reading;
  readonly reading?: ChangeReading;
  readonly field?: string;
}): FindingSpec[] {
  const { current, prior, change } = args;
  const c = change.parsed;
  const out: FindingSpec[] = [];
  const field = args.field ?? 'change';
  // "từ X xuống Y": the printed values of the change itself
  if (c.from && c.to) return [];
  const valuesArePercent = (current?.percent ?? false) || (prior?.percent ?? false);
  const tried: ChangeReading[] = args.reading
    ? [args.reading]
    : c.unit === 'percent' || (c.unit === null && valuesArePercent)
      ? ['percentage-points', 'percent']
      : c.unit === 'percentage-points'
        ? ['percentage-points']
        : ['points'];
  const name = (_: Locale) => change.text;
  if (current && prior && !args.magnitude && (c.sign === 1 || c.sign === -1)) {
    // a direction without a size ("cao hơn cả nước"): the values must go that way
    const diff = minus(current, prior);
    const wrong = c.sign === 1 ? diff.core.hi?.lte(0) : diff.core.lo?.gte(0);
    if (!wrong) return out;
    const tie = diff.core.lo !== null && diff.core.hi !== null && diff.core.lo.lte(0) && diff.core.hi.gte(0);
    const text = (l: Locale) =>
      `${shown(current, l)} − ${shown(prior, l)} = ${fmtAt(diff.point, l, Math.max(current.decimals, prior.decimals))}`;
    out.push(
      spec(tie ? 'change-rounded' : 'change-mismatch', tie ? 'info' : 'error', field, diff, change.text, (l) =>
        (tie ? msg(l).changeRounded : msg(l).changeMismatch)({ change: change.text, computed: text(l) }),
      ),
    );
    return out;
  }
  if (current && prior) {
    const diff = minus(current, prior);
    const evaluate = (r: ChangeReading): Evaluated | undefined => {
      const delta = r === 'percent' ? relative(diff, prior) : diff;
      if (!delta) return undefined;
      const printed = printedSigned(c, args.magnitude, delta.point.toNumber());
      if (!printed) return undefined;
      const verdict = judge(delta, printed);
      const k = Math.max(args.magnitude?.decimals ?? 0, 2);
      const text = (l: Locale) =>
        r === 'percent'
          ? `(${shown(current, l)} − ${shown(prior, l)}) / ${shown(prior, l)} = ${fmtAt(delta.point, l, k)}% (${readingName(r, l)})`
          : `${shown(current, l)} − ${shown(prior, l)} = ${fmtAt(delta.point, l, Math.max(current.decimals, prior.decimals))} (${readingName(r, l)})`;
      return { reading: r, delta, verdict, text: { vi: text('vi'), en: text('en') } };
    };
    const results = tried.map(evaluate).filter((x): x is Evaluated => x !== undefined);
    if (results.length === 0) return out;
    const best = results.reduce((a, b) => (RANKING[b.verdict] < RANKING[a.verdict] ? b : a));
    const actual = change.text;
    if (args.reading) {
      const given = results[0]!;
      if (good(given.verdict) || given.verdict === 'soft') {
        if (given.verdict === 'rounded')
          out.push(
            spec('change-rounded', 'info', field, given.delta, actual, (l) =>
              msg(l).changeRounded({ change: name(l), computed: given.text[l] }),
            ),
          );
        if (given.verdict === 'soft')
          out.push(
            spec('change-approximate', 'info', field, given.delta, actual, (l) =>
              msg(l).changeApproximate({ change: name(l), computed: given.text[l] }),
            ),
          );
        return out;
      }
      // the named reading fails: does another explain it?
      const others = (['percentage-points', 'percent'] as const).filter(
        (r) => r !== args.reading && (args.reading === 'percent' || args.reading === 'percentage-points' || args.reading === 'points'),
      );
      const alt = others.map(evaluate).find((e) => e !== undefined && good(e.verdict));
      if (alt) {
        out.push(
          spec('change-reading-mismatch', 'warning', field, given.delta, actual, (l) =>
            msg(l).changeReadingMismatch({
              change: name(l),
              reading: readingName(given.reading, l),
              computed: given.text[l],
              other: readingName(alt.reading, l),
              otherComputed: alt.text[l],
            }),
          ),
        );
        return out;
      }
      out.push(
        spec('change-mismatch', given.verdict === 'loose' ? 'warning' : 'error', field, given.delta, actual, (l) =>
          msg(l).changeMismatch({ change: name(l), computed: given.text[l] }),
        ),
      );
      return out;
    }
    if (good(best.verdict) || best.verdict === 'soft') {
      const failed = results.filter((e) => !good(e.verdict) && e.verdict !== 'soft');
      if (results.length > 1 && failed.length > 0) {
        out.push(
          spec('change-reading', 'info', field, best.delta, actual, (l) =>
            msg(l).changeReading({
              change: name(l),
              reading: readingName(best.reading, l),
              computed: best.text[l],
              other: failed.map((e) => e.text[l]).join('; '),
            }),
          ),
        );
      }
      if (best.verdict === 'rounded')
        out.push(
          spec('change-rounded', 'info', field, best.delta, actual, (l) =>
            msg(l).changeRounded({ change: name(l), computed: best.text[l] }),
          ),
        );
      if (best.verdict === 'soft')
        out.push(
          spec('change-approximate', 'info', field, best.delta, actual, (l) =>
            msg(l).changeApproximate({ change: name(l), computed: best.text[l] }),
          ),
        );
      return out;
    }
    out.push(
      spec('change-mismatch', best.verdict === 'loose' ? 'warning' : 'error', field, best.delta, actual, (l) =>
        msg(l).changeMismatch({ change: name(l), computed: results.map((e) => e.text[l]).join('; ') }),
      ),
    );
    return out;
  }
  // one side missing: what the change implies for it
  const known = current ?? prior;
  if (!known || !args.magnitude) return out;
  const implied = tried.map((r) => {
    const printed = printedSigned(c, args.magnitude, 1)!;
    let value: Decimal;
    if (r === 'percent') {
      const f = H.plus(printed.point).div(H);
      if (!f.gt(0)) return undefined;
      value = current ? known.point.div(f) : known.point.times(f);
    } else value = current ? known.point.minus(printed.point) : known.point.plus(printed.point);
    const k = Math.max(known.decimals, args.magnitude!.decimals);
    return { r, value, text: (l: Locale) => `${fmtAt(value, l, k)}${known.percent ? '%' : ''} (${readingName(r, l)})` };
  });
  const ok = implied.filter((x): x is NonNullable<typeof x> => x !== undefined);
  if (ok.length === 0) return out;
  const which = (l: Locale) => (current ? msg(l).changeImplied__prior() : msg(l).changeImplied__current());
  out.push(
    spec('change-implied', 'info', field, ok[0]!.value, change.text, (l) =>
      msg(l).changeImplied({ change: name(l), missing: which(l), implied: ok.map((x) => x.text(l)).join('; ') }),
    ),
  );
  return out;
}

/**
 * Findings about a printed change of rank: `current` and `prior` are printed ranks (either may be missing), `of` the
 * size of the ranking. @internal
 */
export function rankChangeFindings(args: {
  readonly current?: number;
  readonly prior?: number;
  readonly of?: number;
  readonly change: ReadChange;
  readonly magnitude?: Reading;
  readonly field?: string;
}): FindingSpec[] {
  const c = args.change.parsed;
  const field = args.field ?? 'change.rank';
  const actual = args.change.text;
  const printed = printedSigned(c, args.magnitude, 1);
  if (!printed) return [];
  if (args.current !== undefined && args.prior !== undefined) {
    const moved = exact(args.prior - args.current);
    const v = judge(moved, printed);
    if (good(v) || v === 'soft') return [];
    const text = (l: Locale) => {
      const n = args.prior! - args.current!;
      const word =
        l === 'vi'
          ? n > 0
            ? `tăng ${n} bậc`
            : n < 0
              ? `giảm ${-n} bậc`
              : 'giữ nguyên'
          : n > 0
            ? `up ${n} place${n > 1 ? 's' : ''}`
            : n < 0
              ? `down ${-n} place${n < -1 ? 's' : ''}`
              : 'unchanged';
      return word;
    };
    return [
      spec('rank-change-mismatch', v === 'loose' ? 'warning' : 'error', field, args.prior - args.current, actual, (l) =>
        msg(l).rankChangeMismatch({
          change: args.change.text,
          prior: String(args.prior),
          current: String(args.current),
          computed: text(l),
        }),
      ),
    ];
  }
  const known = args.current ?? args.prior;
  if (known === undefined) return [];
  // implied other rank: prior = current + change (a move up of n places came from n places lower)
  const sign = args.current !== undefined ? 1 : -1;
  const lo = printed.core.lo === null ? null : known + sign * printed.core.lo.toNumber();
  const hi = printed.core.hi === null ? null : known + sign * printed.core.hi.toNumber();
  const min = lo === null || hi === null ? (lo ?? hi) : Math.min(lo, hi);
  const max = lo === null || hi === null ? (lo ?? hi) : Math.max(lo, hi);
  const implied = known + sign * printed.point.toNumber();
  const outside = (max !== null && max < 1) || (min !== null && args.of !== undefined && min > args.of);
  if (outside) {
    return [
      spec('rank-change-out-of-range', 'error', field, implied, actual, (l) =>
        args.of !== undefined
          ? msg(l).rankChangeOutOfRange({ change: args.change.text, current: String(known), implied: String(implied), of: String(args.of) })
          : msg(l).rankChangeOutOfRange__noSize({ change: args.change.text, current: String(known), implied: String(implied) }),
      ),
    ];
  }
  if (args.current === undefined) return [];
  return [
    spec('rank-change-implied', 'info', field, implied, actual, (l) =>
      msg(l).rankChangeImplied({ change: args.change.text, current: String(known), implied: String(implied) }),
    ),
  ];
}

const msg = (l: Locale): typeof vi => (l === 'vi' ? vi : (en as unknown as typeof vi));

function spec(
  code: string,
  severity: FindingSeverity,
  field: string,
  expected: Reading | Decimal | number | string | undefined,
  actual: FindingValue,
  text: (l: Locale) => string,
): FindingSpec {
  const raw = expected === undefined ? undefined : typeof expected === 'object' && 'core' in expected ? expected.point : expected;
  const e = raw !== undefined && typeof raw === 'object' ? tidy(raw) : raw;
  return { code, severity, field, ...(e !== undefined ? { expected: e as FindingValue } : {}), actual, vi: text('vi'), en: text('en') };
}

/** Whether the magnitude of a printed change, read as an approximate figure, is a whole number of places. @internal */
export function isWholeRank(f: ApproximateFigure): boolean {
  return f.value.isInteger() && !f.percent;
}
