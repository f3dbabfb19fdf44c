import type { Decimal } from 'decimal.js';
import { CchcDecimal, toDecimal, type DecimalInput } from '../core/decimal.js';
import { CchcError, issue, show, type CchcIssue } from '../core/errors.js';
import { formatNumber } from '../core/format-number.js';
import { formatPercentPoints } from '../core/format-percent.js';
import { parseIsoDate, type IsoDate } from '../core/iso-date.js';
import { quantityRatio, type QuantityRatio } from '../core/ratio.js';
import type { RateInput } from '../core/rate-input.js';
import type { RoundingMode } from '../core/rounding.js';
import type { BilingualText } from '../core/bilingual.js';
import { suggestKey } from '../core/suggest.js';
import { collect, readRate, throwIfAny, toQuantity, withDeprecated, withPathPrefix } from '../core/fields.js';
import { EvaluateIndicatorOptionsSchema, IndicatorValuesSchema } from './indicator-schema.js';
import {
  buildDefinition,
  isDefined,
  normalizeTarget,
  type IndicatorDefinition,
  type IndicatorSpec,
  type IndicatorTarget,
} from './define-indicator.js';
import { getIndicator } from './registry.js';
import * as vi from '../core/messages/vi/indicator.js';
import * as en from '../core/messages/en/indicator.js';

/**
 * The figures of one evaluation: a numerator and a denominator (counts or amounts), or — when a report gives only a
 * share — the `percent` itself in percent points ("65% văn bản điện tử" is `{ percent: 65 }`, a SIPAS index) or the
 * `rate` in any rate notation (`{ rate: '65%' }`, `{ rate: 0.65 }`, `{ rate: ratio(14, 42) }`). `count` indicators
 * take `numerator` only.
 *
 * @example
 * ```ts
 * import type { IndicatorValues } from 'cchc';
 * const counts: IndicatorValues = { numerator: 14, denominator: 42 };
 * const share: IndicatorValues = { percent: 65 };
 * const rate: IndicatorValues = { rate: '65%' };
 * ```
 *
 * @category Indicators
 */
export type IndicatorValues =
  | { readonly numerator: DecimalInput; readonly denominator?: DecimalInput }
  | { readonly percent: DecimalInput }
  | { readonly rate: RateInput };

/**
 * Options of {@link evaluateIndicator}.
 *
 * @example
 * ```ts
 * import type { EvaluateIndicatorOptions } from 'cchc';
 * const options: EvaluateIndicatorOptions = { asOf: '2019-12-09', decimals: 1 };
 * ```
 *
 * @category Indicators
 */
export interface EvaluateIndicatorOptions {
  /** The date the figures refer to; checked against the definition's `validity`. */
  readonly asOf?: IsoDate;
  /** A target to use instead of the definition's (e.g. a national target from `NATIONAL_TARGETS`). */
  readonly target?: IndicatorTarget;
  /** Decimals of the text (default: the definition's). */
  readonly decimals?: number;
  /** Rounding of the text (default `'half-up'`); the status always uses the exact value. */
  readonly rounding?: RoundingMode;
}

/**
 * Whether an indicator reaches its target: `met`, `not-met`, `no-target` (none given), or `no-data` (a rate over an
 * empty denominator, 0/0, which is neither 0% nor 100%).
 *
 * @example
 * ```ts
 * import { evaluateIndicator, getIndicator } from 'cchc';
 * evaluateIndicator(getIndicator('feedback-handled'), { numerator: 0, denominator: 0 }).status; // 'no-data'
 * ```
 *
 * @category Indicators
 */
export type IndicatorStatus = 'met' | 'not-met' | 'no-target' | 'no-data';

/**
 * Result of {@link evaluateIndicator}.
 *
 * @example
 * ```ts
 * import { evaluateIndicator, getIndicator } from 'cchc';
 * evaluateIndicator(getIndicator('postal-procedures-share'), { numerator: 1008, denominator: 1991 }).formatted.vi; // '50,63%'
 * ```
 *
 * @category Indicators
 */
export interface IndicatorEvaluation {
  /** The indicator's id. */
  readonly id: string;
  /** Its unit. */
  readonly unit: 'percent' | 'count';
  /** The exact value in the indicator's unit: percent points for `percent`, the count for `count`; `null` for a rate over 0. */
  readonly value: Decimal | null;
  /** numerator / denominator, a share, when both were given (or a rate with its counts) and the denominator is not 0. */
  readonly ratio: QuantityRatio | null;
  /** The target applied, if any (a frozen copy). */
  readonly target: IndicatorTarget | null;
  /** See {@link IndicatorStatus}. */
  readonly status: IndicatorStatus;
  /** How far the value is on the good side of the target (negative when short), in the unit; `null` without one. */
  readonly margin: Decimal | null;
  /** The value as reports print it: `{ vi: '33,33%', en: '33.33%' }` (`null` value: "—"). */
  readonly formatted: BilingualText;
  /** One line: name, value, figures, target status. */
  readonly summary: BilingualText;
  /** @deprecated Use `formatted.vi` (0.2). */
  readonly text: string;
  /** @deprecated Use `formatted.en` (0.2). */
  readonly textEn: string;
  /** @deprecated Use `summary.vi` (0.2). */
  readonly summaryVi: string;
  /** @deprecated Use `summary.en` (0.2). */
  readonly summaryEn: string;
}

function targetText(t: IndicatorTarget, def: IndicatorDefinition, locale: 'vi' | 'en'): string {
  const op = def.direction === 'at-least' ? (t.inclusive === false ? '>' : '≥') : t.inclusive === false ? '<' : '≤';
  const v =
    def.unit === 'percent' ? formatPercentPoints(t.value, { decimals: decimalsOf(t.value), locale }) : formatNumber(t.value, { locale });
  return `${op} ${v}`;
}

function decimalsOf(n: number): number {
  return Math.max(0, new CchcDecimal(n).decimalPlaces());
}

/**
 * The definition to evaluate: a registry id, a definition made by `defineIndicator` (trusted: it is frozen), or any
 * other object, re-validated as a spec (a library object passed back in after a change, `{ ...def, decimals: NaN }`).
 */
function resolveDefinition(def: unknown): IndicatorDefinition {
  if (typeof def === 'string') return lookupIndicator(def, ['def']);
  if (isDefined(def)) return def;
  if (typeof def !== 'object' || def === null || Array.isArray(def)) {
    const p = { received: show(def) };
    throw new CchcError(issue('INVALID_INDICATOR', ['def'], vi.INVALID_INDICATOR__definition(p), en.INVALID_INDICATOR__definition(p), def));
  }
  return buildDefinition(def as IndicatorSpec, ['def']);
}

/** A registry indicator by id, its `UNKNOWN_INDICATOR` reported at `path`. */
function lookupIndicator(id: string, path: readonly (string | number)[]): IndicatorDefinition {
  try {
    return getIndicator(id);
  } catch (e) {
    if (e instanceof CchcError) throw new CchcError(e.issues.map((i) => Object.freeze({ ...i, path: [...path] })));
    throw e;
  }
}

/** The parsed values, with every form's keys optional. */
interface Values {
  readonly numerator?: DecimalInput;
  readonly denominator?: DecimalInput;
  readonly percent?: DecimalInput;
  readonly rate?: RateInput;
}

/**
 * Evaluate an indicator on figures (tính giá trị chỉ số và đối chiếu chỉ tiêu): its exact value, whether it meets its
 * target (compared exactly, never on the rounded text), the margin, and the text reports print.
 *
 * The indicator is a definition (from `defineIndicator` or `getIndicator`) or the id of one in the registry. Rates
 * above 100% are allowed where the indicator is not a share of a whole; a rate over a denominator of 0 has status
 * `no-data`.
 *
 * @throws {@link CchcError} `UNKNOWN_INDICATOR` (an id not in the registry, with a `suggestion`),
 *   `INDICATOR_NOT_IN_FORCE` (asOf outside the definition's validity), `INVALID_NUMBER`, `RATE_OUT_OF_RANGE`
 *   (negative, or above 100% for a share), `INVALID_INPUT` (a `percent` indicator without a denominator or percent; a
 *   share whose numerator exceeds its denominator — see `share`; options that are not an object),
 *   `INVALID_INDICATOR` (a definition that does not validate), `UNKNOWN_KEY` (a typo such as `denominater`).
 * @example
 * ```ts
 * import { evaluateIndicator, getIndicator } from 'cchc';
 * // Kiên Giang 2019: 9 departments and 5 districts inspected, of the 42 units ranked in the PAR index
 * const e = evaluateIndicator(getIndicator('inspection-coverage'), { numerator: 14, denominator: 42 });
 * e.formatted.vi; // '33,33%'
 * e.status; // 'met'
 * e.summary.vi; // 'Tỷ lệ cơ quan chuyên môn cấp tỉnh và UBND cấp huyện được kiểm tra CCHC trong năm: 33,33% (14/42) — đạt chỉ tiêu ≥ 30%'
 * evaluateIndicator('inspection-coverage', { rate: '33,33%' }).status; // 'met'
 * ```
 *
 * @category Indicators
 */
export function evaluateIndicator(
  def: IndicatorDefinition | string,
  values: IndicatorValues,
  options: EvaluateIndicatorOptions = {},
): IndicatorEvaluation {
  const problems: CchcIssue[] = [];
  const d = collect(problems, () => resolveDefinition(def));
  const v = collect(problems, () => IndicatorValuesSchema.parse(values, { path: ['values'] }) as Values);
  const opts = collect(problems, () => EvaluateIndicatorOptionsSchema.parse(options, { path: ['options'] }));
  if (problems.length > 0 || !d || !v || !opts) throw new CchcError(problems);
  if (opts.asOf !== undefined) {
    const day = parseIsoDate(opts.asOf);
    const start = d.validity?.start;
    const end = d.validity?.end;
    if ((start !== undefined && day < parseIsoDate(start)) || (end !== undefined && day > parseIsoDate(end))) {
      const p = { id: d.id, range: `${start ?? '…'} – ${end ?? '…'}`, asOf: opts.asOf };
      throw new CchcError(
        issue('INDICATOR_NOT_IN_FORCE', ['options', 'asOf'], vi.INDICATOR_NOT_IN_FORCE(p), en.INDICATOR_NOT_IN_FORCE(p), opts.asOf),
      );
    }
  }
  let value: Decimal | null;
  let r: QuantityRatio | null = null;
  let figures: BilingualText | null = null;
  // A rate with its counts (a Ratio, `{ numerator, denominator }`) is evaluated as those counts.
  const rateRead = v.rate !== undefined ? readRate(v.rate, {}, ['values', 'rate']) : undefined;
  const rateCounts = rateRead as { numerator?: unknown; denominator?: unknown } | undefined;
  const counts =
    v.numerator !== undefined
      ? { n: toQuantity(v.numerator), dn: v.denominator === undefined ? undefined : toQuantity(v.denominator), key: 'numerator' }
      : rateCounts && rateCounts.numerator !== undefined && rateCounts.denominator !== undefined
        ? { n: toQuantity(rateCounts.numerator as DecimalInput), dn: toQuantity(rateCounts.denominator as DecimalInput), key: 'rate' }
        : undefined;
  if (!counts) {
    const key = v.percent !== undefined ? 'percent' : 'rate';
    if (d.unit !== 'percent') {
      const p = { id: d.id };
      throw new CchcError(
        issue('INVALID_INPUT', ['values', key], vi.INVALID_INPUT__indicatorCountNoPercent(p), en.INVALID_INPUT__indicatorCountNoPercent(p)),
      );
    }
    value = v.percent !== undefined ? toDecimal(v.percent) : rateRead!.value.times(100);
    if (d.share && value.gt(100)) {
      const p = { id: d.id, value: formatNumber(value) };
      const q = { id: d.id, value: formatNumber(value, { locale: 'en' }) };
      throw new CchcError(
        issue(
          'RATE_OUT_OF_RANGE',
          ['values', key],
          vi.RATE_OUT_OF_RANGE__indicatorShare(p),
          en.RATE_OUT_OF_RANGE__indicatorShare(q),
          value.toString(),
        ),
      );
    }
  } else if (d.unit === 'count') {
    value = counts.n;
  } else {
    if (counts.dn === undefined) {
      const p = { id: d.id };
      throw new CchcError(
        issue(
          'INVALID_INPUT',
          ['values', 'denominator'],
          vi.INVALID_INPUT__indicatorNoDenominator(p),
          en.INVALID_INPUT__indicatorNoDenominator(p),
        ),
      );
    }
    const { n, dn } = counts;
    figures = {
      vi: `${formatNumber(n)}/${formatNumber(dn)}`,
      en: `${formatNumber(n, { locale: 'en' })}/${formatNumber(dn, { locale: 'en' })}`,
    };
    if (d.share && n.gt(dn)) {
      const p = {
        id: d.id,
        numerator: formatNumber(n),
        numeratorTerm: d.numerator.vi,
        denominator: formatNumber(dn),
        denominatorTerm: d.denominator?.vi ?? 'mẫu số',
      };
      const q = {
        id: d.id,
        numerator: formatNumber(n, { locale: 'en' }),
        numeratorTerm: d.numerator.en,
        denominator: formatNumber(dn, { locale: 'en' }),
        denominatorTerm: d.denominator?.en ?? 'denominator',
      };
      const path = counts.key === 'rate' ? ['values', 'rate'] : ['values', 'numerator'];
      throw new CchcError(
        issue(
          'INVALID_INPUT',
          path,
          vi.INVALID_INPUT__indicatorNumeratorAboveDenominator(p),
          en.INVALID_INPUT__indicatorNumeratorAboveDenominator(q),
          `${n.toString()}/${dn.toString()}`,
        ),
      );
    }
    if (dn.isZero()) value = null;
    else {
      r = quantityRatio(n, dn);
      value = r.value.times(100);
    }
  }
  // -0 (as some programs print a zero rounded from below) is 0, in the value and in the text.
  if (value?.isZero()) value = new CchcDecimal(0);
  const target = opts.target !== undefined ? normalizeTarget(opts.target) : (d.target ?? null);
  let status: IndicatorStatus;
  let margin: Decimal | null = null;
  if (value === null) status = 'no-data';
  else if (!target) status = 'no-target';
  else {
    margin = d.direction === 'at-least' ? value.minus(target.value) : new CchcDecimal(target.value).minus(value);
    const ok = target.inclusive === false ? margin.gt(0) : margin.gte(0);
    status = ok ? 'met' : 'not-met';
  }
  const decimals = opts.decimals ?? d.decimals;
  const rounding = opts.rounding ?? 'half-up';
  const fmt = (locale: 'vi' | 'en') =>
    value === null
      ? '—'
      : d.unit === 'percent'
        ? formatPercentPoints(value, { decimals, rounding, locale })
        : formatNumber(value, { locale });
  const formatted: BilingualText = Object.freeze({ vi: fmt('vi'), en: fmt('en') });
  const statusVi =
    status === 'met'
      ? ` — đạt chỉ tiêu ${targetText(target!, d, 'vi')}`
      : status === 'not-met'
        ? ` — chưa đạt chỉ tiêu ${targetText(target!, d, 'vi')}`
        : status === 'no-data'
          ? ' — không tính được (mẫu số bằng 0)'
          : '';
  const statusEn =
    status === 'met'
      ? ` — meets the target ${targetText(target!, d, 'en')}`
      : status === 'not-met'
        ? ` — misses the target ${targetText(target!, d, 'en')}`
        : status === 'no-data'
          ? ' — cannot be computed (the denominator is 0)'
          : '';
  const summary: BilingualText = Object.freeze({
    vi: `${d.name.vi}: ${formatted.vi}${figures ? ` (${figures.vi})` : ''}${statusVi}`,
    en: `${d.name.en}: ${formatted.en}${figures ? ` (${figures.en})` : ''}${statusEn}`,
  });
  const out = { id: d.id, unit: d.unit, value, ratio: r, target, status, margin, formatted, summary } as IndicatorEvaluation;
  return Object.freeze(withDeprecated(out, { text: formatted.vi, textEn: formatted.en, summaryVi: summary.vi, summaryEn: summary.en }));
}

/**
 * Figures by administrative level for {@link evaluateIndicatorByLevel}.
 *
 * @example
 * ```ts
 * import type { IndicatorValuesByLevel } from 'cchc';
 * const byLevel: IndicatorValuesByLevel = { district: { numerator: 249, denominator: 249 } };
 * ```
 *
 * @category Indicators
 */
export interface IndicatorValuesByLevel {
  /** Cấp tỉnh. */
  readonly province?: IndicatorValues;
  /** Cấp huyện. */
  readonly district?: IndicatorValues;
  /** Cấp xã. */
  readonly commune?: IndicatorValues;
}

const LEVELS = ['province', 'district', 'commune'] as const;

/**
 * Evaluate an indicator at each administrative level given (cấp tỉnh / huyện / xã), e.g. one-stop coverage by level.
 *
 * @throws {@link CchcError} as {@link evaluateIndicator}, with the level in the path; `INVALID_ADMIN_LEVEL` for a key
 *   that is not a level (with the closest level as `suggestion`).
 * @example
 * ```ts
 * import { evaluateIndicatorByLevel, getIndicator } from 'cchc';
 * // Kiên Giang 2019, §II.2.2: 1579/1579, 249/249, 121/121 procedures under the one-stop mechanism
 * const byLevel = evaluateIndicatorByLevel(getIndicator('one-stop-coverage'), {
 *   province: { numerator: 1579, denominator: 1579 },
 *   district: { numerator: 249, denominator: 249 },
 *   commune: { numerator: 121, denominator: 121 },
 * });
 * byLevel.district?.formatted.vi; // '100,00%'
 * ```
 *
 * @category Indicators
 */
export function evaluateIndicatorByLevel(
  def: IndicatorDefinition | string,
  values: IndicatorValuesByLevel,
  options: EvaluateIndicatorOptions = {},
): Readonly<Partial<Record<'province' | 'district' | 'commune', IndicatorEvaluation>>> {
  const problems: CchcIssue[] = [];
  const d = collect(problems, () => resolveDefinition(def));
  collect(problems, () => EvaluateIndicatorOptionsSchema.parse(options, { path: ['options'] }));
  if (typeof values !== 'object' || values === null || Array.isArray(values)) {
    const p = { received: show(values) };
    problems.push(issue('INVALID_INPUT', ['values'], vi.INVALID_INPUT__indicatorByLevel(p), en.INVALID_INPUT__indicatorByLevel(p), values));
  } else {
    for (const key of Object.keys(values)) {
      if ((LEVELS as readonly string[]).includes(key)) continue;
      const suggestion = suggestKey(key, LEVELS);
      const p = { key: show(key), suggestion: suggestion ?? '' };
      const it = issue(
        'INVALID_ADMIN_LEVEL',
        ['values', key],
        vi.INVALID_ADMIN_LEVEL__indicatorLevel(p),
        en.INVALID_ADMIN_LEVEL__indicatorLevel(p),
        key,
      );
      problems.push(suggestion ? Object.freeze({ ...it, suggestion }) : it);
    }
  }
  throwIfAny(problems);
  const out: Partial<Record<'province' | 'district' | 'commune', IndicatorEvaluation>> = {};
  for (const level of LEVELS) {
    const val = Object.hasOwn(values, level) ? values[level] : undefined;
    if (val === undefined) continue;
    out[level] = withPathPrefix([level], () => evaluateIndicator(d!, val, options));
  }
  return Object.freeze(out);
}
