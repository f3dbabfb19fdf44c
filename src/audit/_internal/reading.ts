// Printed figures read as intervals, and the verdict of a printed figure against what the other figures imply.
//
// A printed figure is read at three levels (mức đọc), each an interval (null = unbounded):
// - `core`: what the figure means under the conventions (its rounding at the printed precision; "gần 50%" → [45; 50]);
// - `soft`: what its words state as logic ("hơn 4.500" → [4.500; ∞)): beyond `core` but within `soft` is a note;
// - `loose`: `soft` widened once more by the qualifier's width ("gần 50%" → [40; 55]): only a loose reading explains
//   a figure there, which is a warning. Outside every level, no reading explains it: an error.
// Exact figures (integer counts) are one point at every level.
import type { Decimal } from 'decimal.js';
import { CchcDecimal, toDecimal } from '../../core/decimal.js';
import { CchcError, issue, show, type CchcIssue, type CchcPath } from '../../core/errors.js';
import { formatNumber, localizeDecimalString } from '../../core/format-number.js';
import type { Locale } from '../../core/locale.js';
import { readApproximate, type ApproximateFigure } from '../../core/parse-vi-approximate.js';
import { roundDecimal } from '../../core/rounding.js';
import * as viCore from '../../core/messages/vi/core.js';
import * as enCore from '../../core/messages/en/core.js';
import * as viApprox from '../../core/messages/vi/approximate.js';
import * as enApprox from '../../core/messages/en/approximate.js';
import * as viMsg from '../../core/messages/vi/audit.js';
import * as enMsg from '../../core/messages/en/audit.js';
import { digitLimitIssue, printedTextIssue } from '../limits.js';

/** A bound: a Decimal, or `null` for no bound. @internal */
export type Bound = Decimal | null;

/** A closed interval; `lo` null is −∞, `hi` null is +∞. @internal */
export interface Interval {
  readonly lo: Bound;
  readonly hi: Bound;
}

/** A printed figure (or a value computed from printed figures) read as intervals. @internal */
export interface Reading {
  /** The number as printed (or computed from the printed numbers). */
  readonly point: Decimal;
  readonly core: Interval;
  readonly soft: Interval;
  readonly loose: Interval;
  /** A qualifier, a range or a scale word is involved. */
  readonly approximate: boolean;
  /** The core interval comes (also) from rounding at the printed precision. */
  readonly rounded: boolean;
  /** Printed decimals (for a computed value: the most of its terms). */
  readonly decimals: number;
  /** The text as printed, when it was a text. */
  readonly text?: string;
  /** The figure was printed as a percentage. */
  readonly percent: boolean;
  /** "40,62/80": the number after the slash. */
  readonly of?: Decimal;
  /** The scale and the words after the number as printed ("nghìn tỷ đồng", "trillion VND"), for messages. */
  readonly scale?: { readonly factor: Decimal; readonly words: string };
}

/**
 * What a figure is, which decides how it is read:
 * - `count`: an integer count (hồ sơ, nhiệm vụ, đơn vị): exact unless a qualifier or a scale word says otherwise;
 * - `points`: a score or an index (51,75; 84,58%): rounded at its printed decimals;
 * - `percent`: a rate in percent points ("97,4%", "gần 98%"): rounded at its printed decimals;
 * - `amount`: money or a large quantity ("26.947 tỷ đồng"): exact unless decimals, a scale word or a qualifier;
 * - `value`: as `amount`, but it may be negative (a term of an identity).
 * @internal
 */
export type FigureKind = 'count' | 'points' | 'percent' | 'amount' | 'value';

/** How figures are read. @internal */
export interface ReadContext {
  readonly locale: Locale;
  readonly tolerance: number;
  /** Decimals a JS number of kind points / percent was printed with (a text keeps its own). */
  readonly decimals?: number;
}

const ZERO = new CchcDecimal(0);
const TEN = new CchcDecimal(10);
const HUNDRED = new CchcDecimal(100);
const point = (d: Decimal): Interval => ({ lo: d, hi: d });
/** Round half-up (or truncate) without the checks of the public `roundDecimal` (the audits' hot path). */
const round = (d: Decimal, k: number, halfUp: boolean): Decimal => d.toDecimalPlaces(k, halfUp ? 4 : 1);
const HALF_UNITS: Decimal[] = [];
/** Half a unit of the last of `decimals` decimals (cached). @internal */
export const halfUnit = (decimals: number): Decimal => (HALF_UNITS[decimals] ??= TEN.pow(-decimals).div(2));
const isPoint = (r: Reading): boolean => !r.approximate && !r.rounded && r.core === r.soft && r.core === r.loose;

function exactReading(d: Decimal, decimals: number, percent: boolean, text?: string): Reading {
  const i = point(d);
  return {
    point: d,
    core: i,
    soft: i,
    loose: i,
    approximate: false,
    rounded: false,
    decimals,
    percent,
    ...(text !== undefined ? { text } : {}),
  };
}

function roundedReading(d: Decimal, decimals: number, percent: boolean, text?: string): Reading {
  const h = halfUnit(decimals);
  const i = { lo: d.minus(h), hi: d.plus(h) };
  return {
    point: d,
    core: i,
    soft: i,
    loose: i,
    approximate: false,
    rounded: true,
    decimals,
    percent,
    ...(text !== undefined ? { text } : {}),
  };
}

/** A reading of an approximate figure (see the levels above). @internal */
export function approximateReading(f: ApproximateFigure, kind: FigureKind): Reading {
  const words = [f.scaleWord, f.unit && f.unit !== '%' ? f.unit : null].filter((x) => x !== null).join(' ');
  const scaleInfo = f.scaleWord !== null ? { scale: { factor: f.scale, words } } : {};
  const base = { point: f.value, decimals: f.decimals, percent: f.percent, text: f.text, ...(f.of ? { of: f.of } : {}), ...scaleInfo };
  const qs = f.qualifiers.filter((q) => q !== 'range');
  if (qs.length === 0) {
    // exact, scaled (rounded at its last digit) or a strict range
    const roundAtDecimals =
      (kind === 'points' || kind === 'percent' || ((kind === 'amount' || kind === 'value') && f.decimals > 0)) && f.min.eq(f.max);
    if (roundAtDecimals) return { ...roundedReading(f.value, f.decimals, f.percent, f.text), ...(f.of ? { of: f.of } : {}), ...scaleInfo };
    const i = { lo: f.min, hi: f.max };
    return { ...base, core: i, soft: i, loose: i, approximate: f.approximate, rounded: !f.min.eq(f.max) && f.qualifiers.length === 0 };
  }
  const core = { lo: f.min, hi: f.max };
  const onlyUpward = qs.every((q) => q === 'over' || q === 'at-least');
  const onlyDownward = qs.every((q) => q === 'under' || q === 'at-most');
  const soft = { lo: onlyDownward ? null : f.min, hi: onlyUpward ? null : f.max };
  const w = CchcDecimal.max(f.value.minus(f.min), f.max.minus(f.value), ZERO);
  const loose = { lo: soft.lo === null ? null : soft.lo.minus(w), hi: soft.hi === null ? null : soft.hi.plus(w) };
  return { ...base, core, soft, loose, approximate: true, rounded: false };
}

const isObj = (v: unknown): boolean => typeof v === 'object' && v !== null;

/**
 * Read a printed figure (a number, bigint, Decimal or text) of the given kind, or push the problems and return
 * `undefined`. Texts are read with `parseViApproximate` in the context's locale.
 * @internal
 */
export function readFigure(value: unknown, path: CchcPath, kind: FigureKind, ctx: ReadContext, problems: CchcIssue[]): Reading | undefined {
  if (typeof value === 'string') {
    const tooLong = printedTextIssue(value, path);
    if (tooLong) {
      problems.push(tooLong);
      return undefined;
    }
    let f: ApproximateFigure;
    try {
      f = readApproximate(value, ctx.locale, ctx.tolerance, path);
    } catch (e) {
      if (!(e instanceof CchcError)) throw e;
      problems.push(...e.issues);
      return undefined;
    }
    if (f.of !== null && kind !== 'points') {
      const p = { received: show(value) };
      problems.push(
        issue('INVALID_NUMBER', path, viApprox.INVALID_NUMBER__approxFraction(p), enApprox.INVALID_NUMBER__approxFraction(p), value),
      );
      return undefined;
    }
    if (f.min.isNegative() && kind !== 'points' && kind !== 'value') {
      const p = { received: show(value) };
      problems.push(
        issue('INVALID_NUMBER', path, viApprox.INVALID_NUMBER__approxNegative(p), enApprox.INVALID_NUMBER__approxNegative(p), value),
      );
      return undefined;
    }
    if (kind === 'count' && !f.approximate && !f.value.isInteger()) {
      problems.push(
        issue(
          'INVALID_COUNT',
          path,
          viMsg.INVALID_COUNT__auditCount({ received: show(value) }),
          enMsg.INVALID_COUNT__auditCount({ received: show(value) }),
          value,
        ),
      );
      return undefined;
    }
    if (kind === 'count' && f.percent) {
      problems.push(
        issue(
          'INVALID_COUNT',
          path,
          viMsg.INVALID_COUNT__auditCount({ received: show(value) }),
          enMsg.INVALID_COUNT__auditCount({ received: show(value) }),
          value,
        ),
      );
      return undefined;
    }
    return approximateReading(f, kind);
  }
  if (typeof value === 'number' && Number.isSafeInteger(value)) {
    // the common case: an exact whole number (at most 16 digits, nothing to limit)
    if (value < 0 && kind !== 'points' && kind !== 'value') {
      const code = kind === 'count' ? 'INVALID_COUNT' : 'INVALID_INPUT';
      const vi =
        code === 'INVALID_COUNT'
          ? viMsg.INVALID_COUNT__auditCount({ received: show(value) })
          : viMsg.INVALID_INPUT__auditNegative({ received: show(value) });
      const en =
        code === 'INVALID_COUNT'
          ? enMsg.INVALID_COUNT__auditCount({ received: show(value) })
          : enMsg.INVALID_INPUT__auditNegative({ received: show(value) });
      problems.push(issue(code, path, vi, en, value));
      return undefined;
    }
    const d = new CchcDecimal(value);
    if (kind === 'count' || kind === 'amount' || kind === 'value') return exactReading(d, 0, false);
    return roundedReading(d, ctx.decimals ?? 0, kind === 'percent');
  }
  if (typeof value === 'number' || typeof value === 'bigint' || (isObj(value) && CchcDecimal.isDecimal(value))) {
    const tooLarge = digitLimitIssue(value, path);
    if (tooLarge) {
      problems.push(tooLarge);
      return undefined;
    }
    let d: Decimal;
    try {
      d = toDecimal(value, path);
    } catch (e) {
      if (!(e instanceof CchcError)) throw e;
      problems.push(...e.issues);
      return undefined;
    }
    if (kind === 'count') {
      if (!d.isInteger() || d.isNegative()) {
        problems.push(
          issue(
            'INVALID_COUNT',
            path,
            viMsg.INVALID_COUNT__auditCount({ received: show(value) }),
            enMsg.INVALID_COUNT__auditCount({ received: show(value) }),
            value,
          ),
        );
        return undefined;
      }
      return exactReading(d, 0, false);
    }
    if (kind === 'amount' || kind === 'value') {
      if (d.isNegative() && kind === 'amount') {
        problems.push(
          issue(
            'INVALID_INPUT',
            path,
            viMsg.INVALID_INPUT__auditNegative({ received: show(value) }),
            enMsg.INVALID_INPUT__auditNegative({ received: show(value) }),
            value,
          ),
        );
        return undefined;
      }
      return exactReading(d, Math.max(0, d.decimalPlaces()), false);
    }
    if (kind === 'percent' && d.isNegative()) {
      problems.push(
        issue(
          'INVALID_INPUT',
          path,
          viMsg.INVALID_INPUT__auditNegative({ received: show(value) }),
          enMsg.INVALID_INPUT__auditNegative({ received: show(value) }),
          value,
        ),
      );
      return undefined;
    }
    return roundedReading(d, ctx.decimals ?? Math.max(0, d.decimalPlaces()), kind === 'percent');
  }
  const p = { expected: 'một số hoặc một số liệu in ("4.561", "gần 98%")', received: show(value) };
  const q = { expected: 'a number or a printed figure ("4.561", "gần 98%")', received: show(value) };
  problems.push(issue('INVALID_INPUT', path, viCore.INVALID_INPUT__type(p), enCore.INVALID_INPUT__type(q), value));
  return undefined;
}

/** A reading of an exact value computed by the audit (a sum of exact counts, a derived part). @internal */
export function exact(d: Decimal | number): Reading {
  return exactReading(typeof d === 'number' ? new CchcDecimal(d) : d, 0, false);
}

// ——— interval arithmetic (every level at once) ———

const addB = (a: Bound, b: Bound): Bound => (a === null || b === null ? null : a.plus(b));
const addI = (a: Interval, b: Interval): Interval => ({ lo: addB(a.lo, b.lo), hi: addB(a.hi, b.hi) });
const negI = (a: Interval): Interval => ({ lo: a.hi === null ? null : a.hi.neg(), hi: a.lo === null ? null : a.lo.neg() });

function combine(rs: readonly Reading[], f: (a: Interval, b: Interval) => Interval, p: (a: Decimal, b: Decimal) => Decimal): Reading {
  const [first, ...others] = rs;
  let out: Reading = first!;
  for (const r of others) {
    if (isPoint(out) && isPoint(r)) {
      // exact values (counts): one addition, one interval for every level
      const p2 = p(out.point, r.point);
      const i = point(p2);
      out = {
        point: p2,
        core: i,
        soft: i,
        loose: i,
        approximate: false,
        rounded: false,
        decimals: Math.max(out.decimals, r.decimals),
        percent: out.percent && r.percent,
      };
      continue;
    }
    out = {
      point: p(out.point, r.point),
      core: f(out.core, r.core),
      soft: f(out.soft, r.soft),
      loose: f(out.loose, r.loose),
      approximate: out.approximate || r.approximate,
      rounded: out.rounded || r.rounded,
      decimals: Math.max(out.decimals, r.decimals),
      percent: out.percent && r.percent,
    };
  }
  return out;
}

/** The sum of readings (at least one). @internal */
export function sum(rs: readonly Reading[]): Reading {
  if (rs.length === 0) return exact(0);
  return combine(rs, addI, (a, b) => a.plus(b));
}

/** a − b. @internal */
export function minus(a: Reading, b: Reading): Reading {
  if (isPoint(b)) {
    const n = b.point.neg();
    const i = point(n);
    return sum([a, { ...b, point: n, core: i, soft: i, loose: i }]);
  }
  const nb: Reading = { ...b, point: b.point.neg(), core: negI(b.core), soft: negI(b.soft), loose: negI(b.loose) };
  return sum([a, nb]);
}

/** A reading times an exact factor (> 0). @internal */
export function scale(a: Reading, factor: Decimal): Reading {
  const m = (i: Interval): Interval => ({ lo: i.lo === null ? null : i.lo.times(factor), hi: i.hi === null ? null : i.hi.times(factor) });
  return { ...a, point: a.point.times(factor), core: m(a.core), soft: m(a.soft), loose: m(a.loose) };
}

/** a × b for non-negative readings (a value and a conversion factor). @internal */
export function product(a: Reading, b: Reading): Reading {
  const m = (x: Interval, y: Interval): Interval => ({
    lo: x.lo === null || y.lo === null ? null : x.lo.times(y.lo),
    hi: x.hi === null || y.hi === null ? null : x.hi.times(y.hi),
  });
  return {
    point: a.point.times(b.point),
    core: m(a.core, b.core),
    soft: m(a.soft, b.soft),
    loose: m(a.loose, b.loose),
    approximate: a.approximate || b.approximate,
    rounded: a.rounded || b.rounded,
    decimals: a.decimals,
    percent: false,
  };
}

/** 100 × n / d for non-negative readings; `undefined` when the denominator is exactly 0. @internal */
export function ratePercent(n: Reading, d: Reading): Reading | undefined {
  if (d.point.isZero() && d.core.hi?.isZero()) return undefined;
  const h = HUNDRED;
  if (isPoint(n) && isPoint(d)) {
    const v = d.point.isZero() ? ZERO : n.point.times(h).div(d.point);
    const i = point(v);
    return { point: v, core: i, soft: i, loose: i, approximate: false, rounded: false, decimals: 0, percent: true };
  }
  const div = (ni: Interval, di: Interval): Interval => {
    const nlo = ni.lo === null || ni.lo.isNegative() ? ZERO : ni.lo;
    const lo = di.hi === null ? ZERO : di.hi.isZero() ? null : nlo.times(h).div(di.hi);
    const hi = ni.hi === null || di.lo === null || !di.lo.gt(0) ? null : ni.hi.times(h).div(di.lo);
    return { lo: lo ?? ZERO, hi };
  };
  return {
    point: d.point.isZero() ? ZERO : n.point.times(h).div(d.point),
    core: div(n.core, d.core),
    soft: div(n.soft, d.soft),
    loose: div(n.loose, d.loose),
    approximate: n.approximate || d.approximate,
    rounded: n.rounded || d.rounded,
    decimals: 0,
    percent: true,
  };
}

const overlaps = (a: Interval, b: Interval): boolean =>
  (a.lo === null || b.hi === null || a.lo.lte(b.hi)) && (b.lo === null || a.hi === null || b.lo.lte(a.hi));

/**
 * How a printed figure stands against what the other figures imply:
 * - `exact`: the computed value, rounded at the printed decimals, is the printed value;
 * - `approximate`: an approximate figure (qualifier, range, scale word) is involved and the readings overlap;
 * - `rounded`: only rounding of the printed figures at their precision explains the difference (a note);
 * - `truncated`: only truncating (not rounding) the computed value gives the printed one (a note);
 * - `soft`: only beyond the usual reading of a one-sided word ("hơn 4.500" for 5.200) — true, but a note;
 * - `loose`: only a loose reading of a qualifier explains it (a warning);
 * - `mismatch`: no reading does (an error).
 * @internal
 */
export type Verdict = 'exact' | 'approximate' | 'rounded' | 'truncated' | 'soft' | 'loose' | 'mismatch';

/**
 * The verdict of `printed` against `computed`. With `truncation`, a printed value that the computed one truncates to
 * at the printed decimals is `truncated` (rates and means; not sums). @internal
 */
export function judge(computed: Reading, printed: Reading, options: { truncation?: boolean } = {}): Verdict {
  if (isPoint(computed) && isPoint(printed) && printed.decimals === 0 && computed.point.isInteger())
    return computed.point.eq(printed.point) ? 'exact' : 'mismatch';
  const d = printed.decimals;
  const printedExact = !printed.approximate;
  if (printedExact && round(computed.point, d, true).eq(printed.point)) return 'exact';
  if (!printedExact && overlaps(point(computed.point), printed.core) && !computed.approximate && !computed.rounded) return 'exact';
  // the print truncates the value computed from the printed figures (97,969… printed 97,96): the simplest account
  if (options.truncation && printedExact && round(computed.point, d, false).eq(printed.point)) return 'truncated';
  if (overlaps(computed.core, printed.core)) return computed.approximate || printed.approximate ? 'approximate' : 'rounded';
  if (options.truncation && printedExact) {
    const u = TEN.pow(-d);
    const trunc: Interval = { lo: printed.point, hi: printed.point.plus(u) };
    if (overlaps(computed.core, trunc) && round(computed.point, d, false).eq(printed.point)) return 'truncated';
    if (overlaps(computed.core, trunc) && computed.rounded) return 'truncated';
  }
  if (overlaps(computed.soft, printed.soft)) return 'soft';
  if (overlaps(computed.loose, printed.loose)) return 'loose';
  return 'mismatch';
}

/** The severity of a verdict (`undefined`: nothing to report). @internal */
export function severityOf(v: Verdict): 'error' | 'warning' | 'info' | undefined {
  if (v === 'mismatch') return 'error';
  if (v === 'loose') return 'warning';
  if (v === 'rounded' || v === 'truncated' || v === 'soft') return 'info';
  return undefined;
}

// ——— text ———

/** A number in a locale, exactly as it is. @internal */
export function fmt(d: Decimal | number, locale: Locale): string {
  return formatNumber(d, { locale });
}

/** A computed value rounded for a message: at `decimals` (default: as is, at most 4 decimals). @internal */
export function fmtAt(d: Decimal, locale: Locale, decimals?: number): string {
  const k = decimals ?? Math.min(4, Math.max(0, d.decimalPlaces()));
  return localizeDecimalString(roundDecimal(d, k, 'half-up').toFixed(k), locale);
}

/** A value in the scale of a printed figure ("742,6 nghìn tỷ đồng"), or as a plain number. @internal */
export function inScaleOf(d: Decimal, like: Reading, locale: Locale, decimals: number): string {
  if (!like.scale) return fmtAt(d, locale, decimals);
  return `${fmtAt(d.div(like.scale.factor), locale, decimals)} ${like.scale.words}`;
}

/** A finding value: a Decimal rounded to at most 4 decimals (an integer as a number). @internal */
export function tidy(d: Decimal): number | Decimal {
  const r = roundDecimal(d, 4, 'half-up');
  return r.isInteger() && r.abs().lte(Number.MAX_SAFE_INTEGER) ? r.toNumber() : r;
}

/** A reading as printed (its text), or its number. @internal */
export function shown(r: Reading, locale: Locale): string {
  if (r.text !== undefined) return r.text;
  const s = fmtAt(r.point, locale, r.decimals);
  return r.percent ? `${s}%` : s;
}

/** The core interval of a computed reading: "84,1625–84,1708" (or the point when it is one). @internal */
export function range(r: Reading, locale: Locale, decimals = 2): string {
  const { lo, hi } = r.core;
  if (lo !== null && hi !== null && lo.eq(hi)) return fmtAt(lo, locale, Math.min(decimals, Math.max(0, lo.decimalPlaces())));
  const a = lo === null ? '−∞' : fmtAt(lo, locale, decimals);
  const b = hi === null ? '+∞' : fmtAt(hi, locale, decimals);
  return `${a}–${b}`;
}

/** A finding value for a reading: the printed text, or the number. @internal */
export function valueOfReading(r: Reading): string | number | Decimal {
  if (r.text !== undefined) return r.text;
  return r.point.isInteger() && r.point.abs().lte(Number.MAX_SAFE_INTEGER) ? r.point.toNumber() : r.point;
}
