import type { Decimal } from 'decimal.js';
import type { BilingualText } from '../core/bilingual.js';
import { CchcDecimal } from '../core/decimal.js';
import { CchcError, issue, show, type CchcIssue } from '../core/errors.js';
import * as viCore from '../core/messages/vi/core.js';
import * as enCore from '../core/messages/en/core.js';
import type { Locale } from '../core/locale.js';
import { readOptions, own } from '../core/options.js';
import { checkLocale } from '../core/locale.js';
import * as viF from '../core/messages/vi/audit-findings.js';
import * as enF from '../core/messages/en/audit-findings.js';
import * as viA from '../core/messages/vi/audit.js';
import * as enA from '../core/messages/en/audit.js';
import type { AuditFinding } from './finding.js';
import type { PrintedFigure } from './printed-figure.js';
import { ImpliedBaseInputSchema } from './schemas.js';
import { labelOf } from './schemas.js';
import { targetFinding, type AuditTarget } from './target.js';
import {
  fmt,
  fmtAt,
  halfUnit,
  inScaleOf,
  tidy,
  judge,
  minus,
  ratePercent,
  readFigure,
  shown,
  sum,
  type ReadContext,
  type Reading,
} from './_internal/reading.js';

/**
 * The base a printed part and its printed rate imply (mẫu số suy ra): `min`…`max` at the printed precision of both
 * figures (half-up rounding of the rate), and the whole numbers in that range for a count.
 *
 * @example
 * ```ts
 * import { impliedBase } from 'cchc';
 * const b = impliedBase('12.400 người', '11,25%');
 * [b.minWhole, b.maxWhole]; // [110174, 110271]
 * ```
 *
 * @category Audits
 */
export interface ImpliedBase {
  /** The base computed from the printed numbers as printed. */
  readonly value: Decimal;
  /** The lowest base the printed figures allow. */
  readonly min: Decimal;
  /** The highest base the printed figures allow. */
  readonly max: Decimal;
  /** For a count: the smallest whole base in [min, max] (`null` when none, or for an amount). */
  readonly minWhole: number | null;
  /** For a count: the largest whole base in [min, max]. */
  readonly maxWhole: number | null;
}

/**
 * Options of {@link impliedBase}.
 *
 * @example
 * ```ts
 * import type { ImpliedBaseOptions } from 'cchc';
 * const o: ImpliedBaseOptions = { locale: 'en', unit: 'amount' };
 * ```
 *
 * @category Audits
 */
export interface ImpliedBaseOptions {
  /** Notation of the printed texts (default `'vi'`). */
  readonly locale?: Locale;
  /**
   * `'count'` (people, dossiers: whole numbers; the default when the part is a whole number without a scale word) or
   * `'amount'` (money) — the values of a report figure's `unit`.
   */
  readonly unit?: 'count' | 'amount';
  /** How far an approximate part ("hơn 662,59 nghìn tỷ") may be read from its number (default 0.1). */
  readonly approximateTolerance?: number;
}

function kindOf(part: Reading, kind: 'count' | 'amount' | undefined): 'count' | 'amount' {
  if (kind) return kind;
  return part.point.isInteger() && !part.approximate && !part.rounded ? 'count' : 'amount';
}

const H = new CchcDecimal(100);

/** A rate of 0 (or below) implies no base: a problem of the input, never a base of 0. */
function checkRate(r: Reading | undefined, value: unknown, path: (string | number)[], problems: CchcIssue[]): void {
  if (r && !r.point.gt(0)) {
    const p = { received: show(value) };
    problems.push(issue('INVALID_INPUT', path, viA.INVALID_INPUT__impliedBaseRate(p), enA.INVALID_INPUT__impliedBaseRate(p), value));
  }
}

/** The base interval of `part` at `rate` (percent), at a level of the readings. */
function baseOf(part: Reading, rate: Reading): { value: Decimal; min: Decimal | null; max: Decimal | null } {
  const value = rate.point.isZero() ? new CchcDecimal(0) : part.point.times(H).div(rate.point);
  const min = part.core.lo === null || rate.core.hi === null || rate.core.hi.isZero() ? null : part.core.lo.times(H).div(rate.core.hi);
  const max = part.core.hi === null || rate.core.lo === null || !rate.core.lo.gt(0) ? null : part.core.hi.times(H).div(rate.core.lo);
  return { value, min, max };
}

function toImplied(b: { value: Decimal; min: Decimal | null; max: Decimal | null }, kind: 'count' | 'amount'): ImpliedBase {
  const min = b.min ?? new CchcDecimal(0);
  const max = b.max ?? b.value;
  const wholeLo = min.ceil();
  const wholeHi = max.floor();
  const whole = kind === 'count' && wholeLo.lte(wholeHi) && wholeHi.lte(Number.MAX_SAFE_INTEGER);
  return Object.freeze({
    value: b.value,
    min,
    max,
    minWhole: whole ? wholeLo.toNumber() : null,
    maxWhole: whole ? wholeHi.toNumber() : null,
  });
}

/** A rate read as percent points, with its truncation reading: half-up [p − h, p + h] widened to p + one unit. */
function rateReading(r: Reading): Reading {
  if (r.approximate) return r;
  const u = halfUnit(r.decimals).times(2);
  const widen = (i: Reading['core']) => ({ lo: i.lo, hi: i.hi === null ? null : CchcDecimal.max(i.hi, r.point.plus(u)) });
  return { ...r, soft: widen(r.soft), loose: widen(r.loose) };
}

/**
 * The base that a printed part and its printed rate imply (suy ra mẫu số chưa in): "12.400 người, đạt 11,25%" →
 * 110.174–110.271 people; "221.768 tỷ đồng, đạt 47% kế hoạch" → 466.880–476.920 tỷ đồng. Both figures are read at
 * their printed precision (the rate rounded half-up at its decimals; a scale word or a qualifier on the part widens
 * the range accordingly).
 *
 * @throws {@link CchcError} `INVALID_NUMBER` / `AMBIGUOUS_NUMBER` (a figure that cannot be read), `INVALID_INPUT` /
 *   `UNKNOWN_KEY` (options), `INVALID_LOCALE`.
 * @example
 * ```ts
 * import { impliedBase } from 'cchc';
 * const b = impliedBase('221.768 tỷ đồng', '47%'); // 47% of the plan: 466.879–476.922 tỷ đồng
 * [b.min.div(1e9).toFixed(0), b.max.div(1e9).toFixed(0)]; // ['466879', '476922']
 * impliedBase('17,736 positions', '14.84%', { locale: 'en' }).minWhole; // 119475
 * ```
 *
 * @category Audits
 */
export function impliedBase(part: PrintedFigure, rate: PrintedFigure, options?: ImpliedBaseOptions): ImpliedBase {
  const o = readOptions<ImpliedBaseOptions>(options, ['locale', 'unit', 'approximateTolerance']);
  const localeIn = own(o, 'locale');
  const ctx: ReadContext = {
    locale: localeIn === undefined ? 'vi' : checkLocale(localeIn, ['options', 'locale']),
    tolerance: own(o, 'approximateTolerance') ?? 0.1,
  };
  const problems: CchcIssue[] = [];
  const kindIn = own(o, 'unit');
  const p = readFigure(part, ['part'], 'amount', ctx, problems);
  const r = readFigure(rate, ['rate'], 'percent', ctx, problems);
  checkRate(r, rate, ['rate'], problems);
  if (kindIn !== undefined && kindIn !== 'count' && kindIn !== 'amount') {
    const q = { choices: "'count', 'amount'", received: show(kindIn), suggestion: '' };
    problems.push(issue('INVALID_INPUT', ['options', 'unit'], viCore.INVALID_INPUT__choice(q), enCore.INVALID_INPUT__choice(q), kindIn));
  }
  if (problems.length > 0 || !p || !r) throw new CchcError(problems);
  return toImplied(baseOf(p, r), kindOf(p, kindIn));
}

/**
 * Input of {@link auditImpliedBase}: a printed part, its printed rate, and what is known of the base.
 *
 * @example
 * ```ts
 * import type { ImpliedBaseInput } from 'cchc';
 * const input: ImpliedBaseInput = { label: { vi: 'Người nhận trợ cấp', en: 'People paid' }, part: '25.611', rate: '62,39%', atMost: '43.207' };
 * ```
 *
 * @category Audits
 */
export interface ImpliedBaseInput extends AuditTarget {
  /** The printed part: "12.400 người", "221.768 tỷ đồng", "VND51.9 trillion". */
  readonly part: PrintedFigure;
  /** The printed rate of it: "11,25%", "47%", "gần 43%". */
  readonly rate: PrintedFigure;
  /** The base, when the report prints it after all: the rate is then checked against it. */
  readonly base?: PrintedFigure;
  /** What the base cannot exceed (the rate is over a narrower population: 43.207 people including the police). */
  readonly atMost?: PrintedFigure;
  /** What the base cannot be below. */
  readonly atLeast?: PrintedFigure;
  /** `'count'` or `'amount'` (see {@link ImpliedBaseOptions}; `unit`, so that the check's `kind` stays its tag). */
  readonly unit?: 'count' | 'amount';
  /**
   * Parts of the same whole, each with its own printed rate of its own base (central and local disbursement): the
   * bases they imply must add up to the base this part and rate imply. One part may leave out `part` when it is the
   * remainder (the whole's part minus the others).
   */
  readonly parts?: readonly { readonly label?: BilingualText; readonly part?: PrintedFigure; readonly rate: PrintedFigure }[];
}

/**
 * Check what a printed part and its printed rate imply about an unprinted base (kiểm tra mẫu số chưa in):
 * - `implied-base` (info): the range of the base ("hơn 662,59 nghìn tỷ đồng, đạt 93,12%" → 711,5 nghìn tỷ), for a
 *   count in whole numbers;
 * - `implied-base-out-of-range` (error): the base lies wholly above `atMost` or below `atLeast`, at every rounding of
 *   the printed figures (the rate cannot be of that population);
 * - `implied-bases-mismatch` (error; warning when only a loose reading of an approximate figure fits): the bases the
 *   `parts` imply do not add up to the base of the whole;
 * - with `base` printed, the rate is checked against it: `rate-mismatch` (error), `rate-truncated` (info),
 *   `rate-rounded` (info), as {@link auditPrintedRate} does.
 *
 * @throws {@link CchcError} `INVALID_INPUT` / `UNKNOWN_KEY`, `INVALID_NUMBER` / `AMBIGUOUS_NUMBER`.
 * @example
 * ```ts
 * import { auditImpliedBase } from 'cchc';
 * // Báo Đồng Nai, 15/1/2020: "tinh giản được 240 biên chế … tương đương 6,75% so với tổng biên chế của tỉnh năm 2015"
 * const [f] = auditImpliedBase({ label: { vi: 'Tinh giản biên chế 2019', en: 'Staff cut in 2019' }, part: 240, rate: '6,75%' });
 * [f?.code, f?.severity]; // ['implied-base', 'info']
 * f?.message.en; // 'Staff cut in 2019: 240 at 6,75% implies a base of about 3,555.6 (3,553–3,558 as whole numbers).'
 * ```
 *
 * @category Audits
 */
export function auditImpliedBase(input: ImpliedBaseInput): AuditFinding[] {
  const v = ImpliedBaseInputSchema.parse(input);
  const ctx: ReadContext = { locale: v.locale ?? 'vi', tolerance: v.approximateTolerance ?? 0.1 };
  const problems: CchcIssue[] = [];
  const part = readFigure(v.part, ['part'], 'amount', ctx, problems);
  const rate = readFigure(v.rate, ['rate'], 'percent', ctx, problems);
  checkRate(rate, v.rate, ['rate'], problems);
  const base = v.base === undefined ? undefined : readFigure(v.base, ['base'], 'amount', ctx, problems);
  const atMost = v.atMost === undefined ? undefined : readFigure(v.atMost, ['atMost'], 'amount', ctx, problems);
  const atLeast = v.atLeast === undefined ? undefined : readFigure(v.atLeast, ['atLeast'], 'amount', ctx, problems);
  const parts = (v.parts ?? []).map((x, i) => ({
    label: x.label,
    part: x.part === undefined ? undefined : readFigure(x.part, ['parts', i, 'part'], 'amount', ctx, problems),
    rate: readFigure(x.rate, ['parts', i, 'rate'], 'percent', ctx, problems),
  }));
  parts.forEach((x, i) => checkRate(x.rate, v.parts![i]!.rate, ['parts', i, 'rate'], problems));
  if (problems.length > 0 || !part || !rate) throw new CchcError(problems);
  const kind = kindOf(part, v.unit);
  const out: AuditFinding[] = [];
  const find = (
    code: string,
    severity: 'error' | 'warning' | 'info',
    expected: AuditFinding['expected'],
    actual: AuditFinding['actual'],
    text: (l: Locale) => string,
  ) =>
    out.push(
      targetFinding(
        v,
        code,
        severity,
        expected !== null && expected !== undefined && typeof expected === 'object' ? tidy(expected) : expected,
        actual,
        text('vi'),
        text('en'),
      ),
    );
  const describe = (b: ImpliedBase, l: Locale, decimals: number) => {
    const k = part.scale ? decimals + 1 : kind === 'count' ? 1 : Math.max(decimals, 1);
    const about = inScaleOf(b.value, part, l, k);
    const whole =
      b.minWhole !== null && b.maxWhole !== null
        ? b.minWhole === b.maxWhole
          ? fmt(b.minWhole, l)
          : `${fmt(b.minWhole, l)}–${fmt(b.maxWhole, l)}`
        : `${part.scale ? fmtAt(b.min.div(part.scale.factor), l, k) : fmtAt(b.min, l, k)}–${inScaleOf(b.max, part, l, k)}`;
    return { about, range: whole };
  };
  if (base) {
    // the base is printed: the rate must follow from it
    const computed = ratePercent(part, base);
    if (computed) {
      const verdict = judge(computed, rate, { truncation: true });
      if (verdict !== 'exact' && verdict !== 'approximate') {
        const code =
          verdict === 'truncated' ? 'rate-truncated' : verdict === 'rounded' || verdict === 'soft' ? 'rate-rounded' : 'rate-mismatch';
        const severity = verdict === 'mismatch' ? 'error' : verdict === 'loose' ? 'warning' : 'info';
        find(code, severity, computed.point, shown(rate, ctx.locale), (l) =>
          (l === 'vi' ? viF.impliedBaseRate : enF.impliedBaseRate)({
            part: shown(part, l),
            base: shown(base, l),
            computed: `${fmtAt(computed.point, l, rate.decimals + 2)}%`,
            rate: shown(rate, l),
          }),
        );
      }
    }
    return out;
  }
  const core = toImplied(baseOf(part, rate), kind);
  const wide = toImplied(baseOf(part, rateReading(rate)), kind);
  const decimals = Math.max(0, part.decimals);
  find('implied-base', 'info', core.value, null, (l) => {
    const d = describe(core, l, decimals);
    return (l === 'vi' ? viF.impliedBaseRange : enF.impliedBaseRange)({
      part: shown(part, l),
      rate: shown(rate, l),
      about: d.about,
      range: d.range,
      whole: kind === 'count' ? '1' : '',
    });
  });
  // the base against what is known of it (with the rate read as rounded or truncated: an error only if neither fits)
  const softMin = baseOf({ ...part, core: part.soft }, { ...rate, core: rateReading(rate).soft }).min;
  const softMax = baseOf({ ...part, core: part.soft }, { ...rate, core: rateReading(rate).soft }).max;
  if (atMost && softMin !== null && atMost.core.hi !== null && softMin.gt(atMost.core.hi)) {
    find('implied-base-out-of-range', 'error', atMost.point, core.value, (l) =>
      (l === 'vi' ? viF.impliedBaseOutOfRange : enF.impliedBaseOutOfRange)({
        range: describe(wide, l, decimals).range,
        bound: shown(atMost, l),
        side: l === 'vi' ? 'lớn hơn' : 'above',
      }),
    );
  }
  if (atLeast && softMax !== null && atLeast.core.lo !== null && softMax.lt(atLeast.core.lo)) {
    find('implied-base-out-of-range', 'error', atLeast.point, core.value, (l) =>
      (l === 'vi' ? viF.impliedBaseOutOfRange : enF.impliedBaseOutOfRange)({
        range: describe(wide, l, decimals).range,
        bound: shown(atLeast, l),
        side: l === 'vi' ? 'nhỏ hơn' : 'below',
      }),
    );
  }
  // parts of the same whole: their bases add up to the whole's base
  if (parts.length > 0 && parts.every((x) => x.rate)) {
    const missing = parts.filter((x) => !x.part);
    if (missing.length <= 1) {
      const known = parts.filter((x) => x.part).map((x) => x.part!);
      const rest = missing.length === 1 ? minus(part, sum(known)) : undefined;
      const bases = parts.map((x) => {
        const pr = x.part ?? rest!;
        const r = rateReading(x.rate!);
        const b = baseOf(pr, r);
        const soft = baseOf({ ...pr, core: pr.loose }, { ...r, core: r.loose });
        return { b, soft };
      });
      const sumLo = bases.reduce<Decimal | null>((m, x) => (m === null || x.b.min === null ? null : m.plus(x.b.min)), new CchcDecimal(0));
      const sumHi = bases.reduce<Decimal | null>((m, x) => (m === null || x.b.max === null ? null : m.plus(x.b.max)), new CchcDecimal(0));
      const looseLo = bases.reduce<Decimal | null>(
        (m, x) => (m === null || x.soft.min === null ? null : m.plus(x.soft.min)),
        new CchcDecimal(0),
      );
      const looseHi = bases.reduce<Decimal | null>(
        (m, x) => (m === null || x.soft.max === null ? null : m.plus(x.soft.max)),
        new CchcDecimal(0),
      );
      const whole = baseOf(part, rateReading(rate));
      const wholeLoose = baseOf({ ...part, core: part.loose }, { ...rateReading(rate), core: rateReading(rate).loose });
      const overlap = (a: Decimal | null, b: Decimal | null, c: Decimal | null, d: Decimal | null) =>
        (a === null || d === null || a.lte(d)) && (c === null || b === null || c.lte(b));
      if (!overlap(sumLo, sumHi, whole.min, whole.max)) {
        const loose = overlap(looseLo, looseHi, wholeLoose.min, wholeLoose.max);
        const label = (x: (typeof parts)[number], l: Locale) =>
          x.label ? labelOf({ label: x.label })[l] : `${l === 'vi' ? 'phần' : 'part'} ${parts.indexOf(x) + 1}`;
        find('implied-bases-mismatch', loose ? 'warning' : 'error', whole.min === null ? null : whole.value, sumLo, (l) =>
          (l === 'vi' ? viF.impliedBasesMismatch : enF.impliedBasesMismatch)({
            parts: parts.map((x, i) => `${label(x, l)} ${inScaleOf(bases[i]!.b.value, part, l, 1)}`).join(' + '),
            sum: `${sumLo === null ? '?' : inScaleOf(sumLo, part, l, 1)}–${sumHi === null ? '?' : inScaleOf(sumHi, part, l, 1)}`,
            whole: `${whole.min === null ? '?' : inScaleOf(whole.min, part, l, 1)}–${whole.max === null ? '?' : inScaleOf(whole.max, part, l, 1)}`,
          }),
        );
      }
    }
  }
  return out;
}
