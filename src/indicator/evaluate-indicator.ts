import { z } from 'zod';
import type { Decimal } from 'decimal.js';
import { CchcDecimal, toDecimal, type DecimalInput } from '../core/decimal.js';
import { CchcError, fail, issue, show } from '../core/errors.js';
import { formatNumber } from '../core/format-number.js';
import { formatPercentPoints } from '../core/format-percent.js';
import { parseIsoDate, type IsoDate } from '../core/iso-date.js';
import { quantityRatio, type QuantityRatio } from '../core/ratio.js';
import { type RoundingMode } from '../core/rounding.js';
import { RoundingModeSchema } from '../core/_zod-legacy.js';
import { parseWithSchema } from '../core/_zod-legacy.js';
import { addCchcIssue, isoDateField, percentField, quantityField } from '../quota/_internal/fields.js';
import { IndicatorTargetSchema, type IndicatorDefinition, type IndicatorTarget } from './define-indicator.js';

/**
 * The figures of one evaluation: a numerator and a denominator (counts or amounts), or — when a report gives only a
 * share ("65% văn bản điện tử", a SIPAS index) — the `percent` itself. `count` indicators take `numerator` only.
 *
 * @example
 * ```ts
 * import type { IndicatorValues } from 'cchc';
 * const counts: IndicatorValues = { numerator: 14, denominator: 42 };
 * const share: IndicatorValues = { percent: 65 };
 * ```
 */
export type IndicatorValues =
  | { readonly numerator: DecimalInput; readonly denominator?: DecimalInput }
  | { readonly percent: DecimalInput };

/**
 * Schema of {@link IndicatorValues}.
 *
 * @example
 * ```ts
 * import { IndicatorValuesSchema } from 'cchc';
 * IndicatorValuesSchema.safeParse({ numerator: 1, denominator: 2 }).success; // true
 * IndicatorValuesSchema.safeParse({ numerator: 1, percent: 50 }).success; // false
 * ```
 */
export const IndicatorValuesSchema = z
  .object({ numerator: quantityField().optional(), denominator: quantityField().optional(), percent: percentField(null, true).optional() })
  .strict()
  .superRefine((v, ctx) => {
    const hasPercent = v.percent !== undefined;
    const hasCounts = v.numerator !== undefined || v.denominator !== undefined;
    if (hasPercent === hasCounts) {
      addCchcIssue(ctx, {
        code: 'INVALID_INPUT',
        messageVi: 'Cần { numerator, denominator? } hoặc { percent }, không phải cả hai hay không có gì',
        messageEn: 'Give { numerator, denominator? } or { percent }, not both or neither',
      }, v);
    } else if (hasCounts && v.numerator === undefined) {
      addCchcIssue(ctx, { code: 'INVALID_INPUT', messageVi: 'Thiếu tử số (numerator)', messageEn: 'The numerator is missing' }, v, ['numerator']);
    }
  }) as unknown as z.ZodType<IndicatorValues>;

/**
 * Options of {@link evaluateIndicator}.
 *
 * @example
 * ```ts
 * import type { EvaluateIndicatorOptions } from 'cchc';
 * const options: EvaluateIndicatorOptions = { asOf: '2019-12-09', decimals: 1 };
 * ```
 */
export interface EvaluateIndicatorOptions {
  /** The date the figures refer to; checked against the definition's `validFrom` / `validUntil`. */
  readonly asOf?: IsoDate;
  /** A target to use instead of the definition's (e.g. a national target from `NATIONAL_TARGETS`). */
  readonly target?: IndicatorTarget;
  /** Decimals of the text (default: the definition's). */
  readonly decimals?: number;
  /** Rounding of the text (default `'half-up'`); the status always uses the exact value. */
  readonly rounding?: RoundingMode;
}

/**
 * Schema of {@link EvaluateIndicatorOptions}.
 *
 * @example
 * ```ts
 * import { EvaluateIndicatorOptionsSchema } from 'cchc';
 * EvaluateIndicatorOptionsSchema.safeParse({ asOf: '2019-12-09' }).success; // true
 * ```
 */
export const EvaluateIndicatorOptionsSchema = z.object({
  asOf: isoDateField().optional(),
  target: IndicatorTargetSchema.optional(),
  decimals: z.number().int().min(0).max(20).optional(),
  rounding: RoundingModeSchema.optional(),
});

/**
 * Whether an indicator reaches its target: `met`, `not-met`, `no-target` (none given), or `no-data` (a rate over an
 * empty denominator, 0/0, which is neither 0% nor 100%).
 *
 * @example
 * ```ts
 * import { evaluateIndicator, getIndicator } from 'cchc';
 * evaluateIndicator(getIndicator('feedback-handled'), { numerator: 0, denominator: 0 }).status; // 'no-data'
 * ```
 */
export type IndicatorStatus = 'met' | 'not-met' | 'no-target' | 'no-data';

/**
 * Result of {@link evaluateIndicator}.
 *
 * @example
 * ```ts
 * import { evaluateIndicator, getIndicator } from 'cchc';
 * evaluateIndicator(getIndicator('postal-procedures-share'), { numerator: 1008, denominator: 1991 }).text; // '50,63%'
 * ```
 */
export interface IndicatorEvaluation {
  /** The indicator's id. */
  readonly id: string;
  /** Its unit. */
  readonly unit: 'percent' | 'count';
  /** The exact value: percent points for `percent`, the count for `count`; `null` for a rate over 0. */
  readonly value: Decimal | null;
  /** numerator / denominator, when both were given and the denominator is not 0. */
  readonly ratio: QuantityRatio | null;
  /** The target applied, if any. */
  readonly target: IndicatorTarget | null;
  /** See {@link IndicatorStatus}. */
  readonly status: IndicatorStatus;
  /** How far the value is on the good side of the target (negative when short), in the unit; `null` without one. */
  readonly margin: Decimal | null;
  /** The value as reports print it: "33,33%" (`null` value: "—"). */
  readonly text: string;
  /** The same in English notation: "33.33%". */
  readonly textEn: string;
  /** One line in Vietnamese: name, value, figures, target status. */
  readonly summaryVi: string;
  /** One line in English. */
  readonly summaryEn: string;
}

function targetText(t: IndicatorTarget, def: IndicatorDefinition, locale: 'vi' | 'en'): string {
  const op = def.direction === 'at-least' ? (t.inclusive === false ? '>' : '≥') : t.inclusive === false ? '<' : '≤';
  const v = def.unit === 'percent' ? formatPercentPoints(t.value, { decimals: decimalsOf(t.value), locale }) : formatNumber(t.value, { locale });
  return `${op} ${v}`;
}

function decimalsOf(n: number): number {
  return Math.max(0, new CchcDecimal(n).decimalPlaces());
}

/**
 * Evaluate an indicator on figures (tính giá trị chỉ số và đối chiếu chỉ tiêu): its exact value, whether it meets its
 * target (compared exactly, never on the rounded text), the margin, and the text reports print.
 *
 * Rates above 100% are allowed (a target exceeded); a rate over a denominator of 0 has status `no-data`.
 *
 * @throws {@link CchcError} `INDICATOR_NOT_IN_FORCE` (asOf outside the definition's validity), `INVALID_NUMBER`,
 *   `INVALID_PERCENT` (negative, or above 100 for a share), `INVALID_INPUT` (a `percent` indicator without a
 *   denominator or percent; a share whose numerator exceeds its denominator — see `share`), `INVALID_INDICATOR`.
 * @example
 * ```ts
 * import { evaluateIndicator, getIndicator } from 'cchc';
 * // Kiên Giang 2019: 9 departments and 5 districts inspected, of the 42 units ranked in the PAR index
 * const e = evaluateIndicator(getIndicator('inspection-coverage'), { numerator: 14, denominator: 42 });
 * e.text; // '33,33%'
 * e.status; // 'met'
 * e.summaryVi; // 'Tỷ lệ cơ quan chuyên môn cấp tỉnh và UBND cấp huyện được kiểm tra CCHC trong năm: 33,33% (14/42) — đạt chỉ tiêu ≥ 30%'
 * ```
 */
export function evaluateIndicator(def: IndicatorDefinition, values: IndicatorValues, options: EvaluateIndicatorOptions = {}): IndicatorEvaluation {
  if (typeof def !== 'object' || def === null || typeof (def as { id?: unknown }).id !== 'string') {
    return fail('INVALID_INDICATOR', ['def'], `Cần một chỉ số từ defineIndicator() hoặc getIndicator(), nhận được ${show(def)}`, `Expected an indicator from defineIndicator() or getIndicator(), received ${show(def)}`, def);
  }
  const v = parseWithSchema(IndicatorValuesSchema, values, ['values']) as { numerator?: DecimalInput; denominator?: DecimalInput; percent?: DecimalInput };
  const opts = parseWithSchema(EvaluateIndicatorOptionsSchema, options, ['options']);
  if (opts.asOf !== undefined) {
    const d = parseIsoDate(opts.asOf);
    const before = def.validFrom !== undefined && d < parseIsoDate(def.validFrom);
    const after = def.validUntil !== undefined && d > parseIsoDate(def.validUntil);
    if (before || after) {
      const range = `${def.validFrom ?? '…'} – ${def.validUntil ?? '…'}`;
      fail(
        'INDICATOR_NOT_IN_FORCE',
        ['options', 'asOf'],
        `Chỉ số "${def.id}" chỉ áp dụng ${range}, không áp dụng ngày ${opts.asOf}`,
        `Indicator "${def.id}" applies ${range}, not on ${opts.asOf}`,
        opts.asOf,
      );
    }
  }
  let value: Decimal | null;
  let r: QuantityRatio | null = null;
  let figures = '';
  let figuresEnText = '';
  if (v.percent !== undefined) {
    if (def.unit !== 'percent') {
      throw new CchcError(issue('INVALID_INPUT', ['values', 'percent'], `Chỉ số "${def.id}" là số đếm, không nhận tỷ lệ %`, `Indicator "${def.id}" is a count; it does not take a percent`));
    }
    value = toDecimal(v.percent);
    if (def.share !== false && value.gt(100)) {
      throw new CchcError(
        issue(
          'INVALID_PERCENT',
          ['values', 'percent'],
          `Chỉ số "${def.id}" là tỷ lệ trên tổng số nên không vượt 100%, nhận được ${formatNumber(value)}%`,
          `Indicator "${def.id}" is a share of a whole, so it cannot exceed 100%; received ${formatNumber(value, { locale: 'en' })}%`,
          value.toString(),
        ),
      );
    }
  } else if (def.unit === 'count') {
    value = toDecimal(v.numerator!);
  } else {
    if (v.denominator === undefined) {
      throw new CchcError(issue('INVALID_INPUT', ['values', 'denominator'], `Chỉ số tỷ lệ "${def.id}" cần mẫu số (denominator) hoặc percent`, `Percent indicator "${def.id}" needs a denominator (or a percent)`));
    }
    const n = toDecimal(v.numerator!);
    const dn = toDecimal(v.denominator);
    figures = `${formatNumber(n)}/${formatNumber(dn)}`;
    figuresEnText = `${formatNumber(n, { locale: 'en' })}/${formatNumber(dn, { locale: 'en' })}`;
    if (def.share !== false && n.gt(dn)) {
      throw new CchcError(
        issue(
          'INVALID_INPUT',
          ['values', 'numerator'],
          `Chỉ số "${def.id}" là tỷ lệ trên tổng số: tử số ${formatNumber(n)} (${def.numerator.vi}) không thể lớn hơn mẫu số ${formatNumber(dn)} (${def.denominator?.vi ?? 'mẫu số'})`,
          `Indicator "${def.id}" is a share of a whole: the numerator ${formatNumber(n, { locale: 'en' })} (${def.numerator.en}) cannot exceed the denominator ${formatNumber(dn, { locale: 'en' })} (${def.denominator?.en ?? 'denominator'})`,
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
  const target = opts.target ?? def.target ?? null;
  let status: IndicatorStatus;
  let margin: Decimal | null = null;
  if (value === null) status = 'no-data';
  else if (!target) status = 'no-target';
  else {
    margin = def.direction === 'at-least' ? value.minus(target.value) : new CchcDecimal(target.value).minus(value);
    const ok = target.inclusive === false ? margin.isPositive() && !margin.isZero() : !margin.isNegative();
    status = ok ? 'met' : 'not-met';
  }
  const decimals = opts.decimals ?? def.decimals;
  const rounding = opts.rounding ?? 'half-up';
  const fmt = (locale: 'vi' | 'en') =>
    value === null ? '—' : def.unit === 'percent' ? formatPercentPoints(value, { decimals, rounding, locale }) : formatNumber(value, { locale });
  const text = fmt('vi');
  const textEn = fmt('en');
  const statusVi =
    status === 'met' ? ` — đạt chỉ tiêu ${targetText(target!, def, 'vi')}` : status === 'not-met' ? ` — chưa đạt chỉ tiêu ${targetText(target!, def, 'vi')}` : status === 'no-data' ? ' — không tính được (mẫu số bằng 0)' : '';
  const statusEn =
    status === 'met' ? ` — meets the target ${targetText(target!, def, 'en')}` : status === 'not-met' ? ` — misses the target ${targetText(target!, def, 'en')}` : status === 'no-data' ? ' — undefined (the denominator is 0)' : '';
  return Object.freeze({
    id: def.id,
    unit: def.unit,
    value,
    ratio: r,
    target,
    status,
    margin,
    text,
    textEn,
    summaryVi: `${def.nameVi}: ${text}${figures ? ` (${figures})` : ''}${statusVi}`,
    summaryEn: `${def.nameEn}: ${textEn}${figuresEnText ? ` (${figuresEnText})` : ''}${statusEn}`,
  });
}

/**
 * Figures by administrative level for {@link evaluateIndicatorByLevel}.
 *
 * @example
 * ```ts
 * import type { IndicatorValuesByLevel } from 'cchc';
 * const byLevel: IndicatorValuesByLevel = { district: { numerator: 249, denominator: 249 } };
 * ```
 */
export interface IndicatorValuesByLevel {
  /** Cấp tỉnh. */
  readonly province?: IndicatorValues;
  /** Cấp huyện. */
  readonly district?: IndicatorValues;
  /** Cấp xã. */
  readonly commune?: IndicatorValues;
}

/**
 * Evaluate an indicator at each administrative level given (cấp tỉnh / huyện / xã), e.g. one-stop coverage by level.
 *
 * @throws {@link CchcError} as {@link evaluateIndicator}, with the level in the path.
 * @example
 * ```ts
 * import { evaluateIndicatorByLevel, getIndicator } from 'cchc';
 * // Kiên Giang 2019, §II.2.2: 1579/1579, 249/249, 121/121 procedures under the one-stop mechanism
 * const byLevel = evaluateIndicatorByLevel(getIndicator('one-stop-coverage'), {
 *   province: { numerator: 1579, denominator: 1579 },
 *   district: { numerator: 249, denominator: 249 },
 *   commune: { numerator: 121, denominator: 121 },
 * });
 * byLevel.district?.text; // '100,00%'
 * ```
 */
export function evaluateIndicatorByLevel(
  def: IndicatorDefinition,
  values: IndicatorValuesByLevel,
  options: EvaluateIndicatorOptions = {},
): Readonly<Partial<Record<'province' | 'district' | 'commune', IndicatorEvaluation>>> {
  if (typeof values !== 'object' || values === null) {
    return fail('INVALID_INPUT', ['values'], `Cần { province?, district?, commune? }, nhận được ${show(values)}`, `Expected { province?, district?, commune? }, received ${show(values)}`, values);
  }
  const out: Partial<Record<'province' | 'district' | 'commune', IndicatorEvaluation>> = {};
  const problems = [];
  for (const key of Object.keys(values)) {
    if (key !== 'province' && key !== 'district' && key !== 'commune') {
      problems.push(issue('INVALID_ADMIN_LEVEL', ['values', key], `Cấp hành chính không hợp lệ: "${key}"`, `Unknown administrative level "${key}"`, key));
    }
  }
  if (problems.length > 0) throw new CchcError(problems);
  for (const level of ['province', 'district', 'commune'] as const) {
    const val = values[level];
    if (val === undefined) continue;
    try {
      out[level] = evaluateIndicator(def, val, options);
    } catch (e) {
      if (e instanceof CchcError) throw new CchcError(e.issues.map((i) => ({ ...i, path: [level, ...i.path] })));
      throw e;
    }
  }
  return Object.freeze(out);
}
