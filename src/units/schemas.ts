// Exported schemas of the units module, in their own file so that importing a units function never builds them.
import { Decimal } from 'decimal.js';
import * as s from '../core/schema.js';
import { issue, show } from '../core/errors.js';
import { quantity } from '../core/fields.js';
import type { DecimalInput } from '../core/decimal.js';
import { IsoDateSchema, LocaleSchema } from '../core/schemas.js';
import { pushUnknownKeys } from '../core/options.js';
import * as vi from '../core/messages/vi/units.js';
import * as en from '../core/messages/en/units.js';
import type { MapSeriesOptions, SeriesPoint, SeriesValue } from './map-series.js';
import type { ProvinceCode } from './types.js';

/**
 * Schema of a {@link ProvinceCode}: a string of two digits (code `INVALID_PROVINCE_CODE`). Whether the registry knows
 * the code is checked by the functions that read it (`UNKNOWN_PROVINCE`).
 *
 * @example
 * ```ts
 * import { ProvinceCodeSchema } from 'cchc';
 * ProvinceCodeSchema.safeParse('91').success; // true
 * ProvinceCodeSchema.safeParse(91).success; // false
 * ```
 *
 * @category Administrative units
 */
export const ProvinceCodeSchema: s.Schema<ProvinceCode> = s
  .guard(
    'province-code',
    (v): v is string => typeof v === 'string' && /^[0-9]{2}$/.test(v),
    'mã tỉnh hai chữ số',
    'a two-digit province code',
    {
      type: 'string',
      pattern: '^[0-9]{2}$',
    },
  )
  .withIssue(
    'INVALID_PROVINCE_CODE',
    (r) => vi.INVALID_PROVINCE_CODE({ received: r, suggestion: '' }),
    (r) => en.INVALID_PROVINCE_CODE({ received: r, suggestion: '' }),
  );

const PAIR_KEYS = ['numerator', 'denominator', 'value'] as const;

function finiteNumber(v: unknown): boolean {
  return (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'bigint' || (Decimal.isDecimal(v) && (v as Decimal).isFinite());
}

/**
 * Schema of a {@link SeriesValue}: a number (`number`, `bigint`, a finite `Decimal`), `{ numerator, denominator }` (a
 * `Ratio` or `QuantityRatio` fits), a rate with only a `value`, a percent text ending in "%" (at most 64 characters),
 * or `null` for a missing figure.
 *
 * @example
 * ```ts
 * import { SeriesValueSchema } from 'cchc';
 * SeriesValueSchema.safeParse({ numerator: 9500, denominator: 10000 }).success; // true
 * SeriesValueSchema.safeParse('95,5%').success; // true
 * SeriesValueSchema.safeParse(Number.NaN).success; // false
 * ```
 *
 * @category Administrative units
 */
export const SeriesValueSchema: s.Schema<SeriesValue> = s.custom<SeriesValue>(
  'series-value',
  (value, path, ctx) => {
    const bad = (): false => {
      const p = { received: show(value) };
      ctx.issues.push(issue('INVALID_INPUT', path, vi.INVALID_INPUT__seriesValue(p), en.INVALID_INPUT__seriesValue(p), value));
      return false;
    };
    if (value === null || finiteNumber(value)) return true;
    if (typeof value === 'string') return (value.length <= 64 && value.trim().endsWith('%')) || bad();
    if (typeof value !== 'object' || Array.isArray(value)) return bad();
    const o = value as Record<string, unknown>;
    if (Decimal.isDecimal(value)) return bad();
    let ok = true;
    if (pushUnknownKeys(ctx.issues, o, (k) => (PAIR_KEYS as readonly string[]).includes(k), path, PAIR_KEYS)) ok = false;
    const hasPair = Object.hasOwn(o, 'numerator') || Object.hasOwn(o, 'denominator');
    if (hasPair) {
      for (const k of ['numerator', 'denominator'] as const) {
        const v = o[k];
        if (!finiteNumber(v) || new Decimal((v as number | bigint | Decimal).toString()).lt(0)) {
          const p = { received: show(v) };
          ctx.issues.push(issue('INVALID_NUMBER', [...path, k], vi.INVALID_INPUT__seriesValue(p), en.INVALID_INPUT__seriesValue(p), v));
          ok = false;
        }
      }
      return ok;
    }
    if (Object.hasOwn(o, 'value') && Decimal.isDecimal(o.value) && (o.value as Decimal).isFinite()) return ok;
    return bad();
  },
  {
    anyOf: [
      { type: 'number' },
      { type: 'string', pattern: '%\\s*$', maxLength: 64 },
      {
        type: 'object',
        properties: { numerator: { type: 'number', minimum: 0 }, denominator: { type: 'number', minimum: 0 } },
        required: ['numerator', 'denominator'],
      },
      { type: 'null' },
    ],
  },
);

/**
 * Schema of a {@link SeriesPoint} `{ code, date, value, weight? }` (strict: an unknown key is `UNKNOWN_KEY` with a
 * suggestion).
 *
 * @example
 * ```ts
 * import { SeriesPointSchema } from 'cchc';
 * SeriesPointSchema.safeParse({ code: '89', date: '2024-12-31', value: 120 }).success; // true
 * const r = SeriesPointSchema.safeParse({ code: '89', dated: '2024-12-31', value: 120 });
 * r.success ? '' : r.error.issues[0]?.suggestion; // 'date'
 * ```
 *
 * @category Administrative units
 */
export const SeriesPointSchema: s.Schema<SeriesPoint> = s.object({
  code: ProvinceCodeSchema,
  date: IsoDateSchema,
  value: SeriesValueSchema,
  weight: (quantity() as s.Schema<DecimalInput>).optional(),
});

/**
 * Schema of {@link MapSeriesOptions} (strict). `combine` values other than `'sum'` and `'weighted'` are refused by
 * {@link mapSeries} itself: an unweighted mean (`'mean'`, `'average'`) is `UNWEIGHTED_AVERAGE`.
 *
 * @example
 * ```ts
 * import { MapSeriesOptionsSchema } from 'cchc';
 * MapSeriesOptionsSchema.safeParse({ to: '2025-07-01', combine: 'sum' }).success; // true
 * MapSeriesOptionsSchema.safeParse({ to: '2025-07-01', combine: 'sum', weigths: {} }).success; // false
 * ```
 *
 * @category Administrative units
 */
export const MapSeriesOptionsSchema: s.Schema<MapSeriesOptions> = s.object({
  to: IsoDateSchema,
  combine: s.oneOf(['sum', 'weighted']),
  weights: s.record(ProvinceCodeSchema, quantity() as s.Schema<DecimalInput>).optional(),
  locale: LocaleSchema.optional(),
});
