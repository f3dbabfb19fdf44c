// Exported schemas of the core layer, in their own module so that a function importing a helper from core never
// builds them. Every object schema is strict: an unknown key is `UNKNOWN_KEY` with a suggestion.
import type { Decimal as DecimalClass } from 'decimal.js';
import * as s from './schema.js';

/**
 * A schema built on first use and frozen deeply: exported schemas are constants shared by every caller, so no caller
 * can alter another's checks, and importing the package builds none of them (start-up budget, issue 18). Called with
 * the `@__PURE__` mark, so that a bundler drops a schema nobody imports.
 */
const frozen = s.deferredSchema;

/**
 * `Decimal.isDecimal` without loading decimal.js (every Decimal, of any clone, carries this tag on its prototype), so
 * that importing a date or citation schema never brings decimal.js into a bundle.
 */
const isDecimal = (v: unknown): v is DecimalClass =>
  typeof v === 'object' && v !== null && (v as { toStringTag?: unknown }).toStringTag === '[object Decimal]';
import { isIsoDate } from './iso-date.js';
import { isIsoTimestamp } from './timestamp.js';
import type { IsoDate } from './iso-date.js';
import type { IsoTimestamp } from './timestamp.js';
import type { AdminLevel } from './admin-level.js';
import type { Locale } from './locale.js';
import type { RoundingMode } from './rounding.js';
import type { Period, PeriodKind } from './period.js';
import type { DateRange } from './date-range.js';
import type { SourceRef } from './source-ref.js';
import type { BilingualText } from './bilingual.js';
import type { RateInput } from './rate-input.js';
import type { CheckPrintedRateInput } from './check-printed-rate.js';
import type { CheckSumInput } from './check-sum.js';
import * as vi from './messages/vi/core.js';
import * as en from './messages/en/core.js';

/**
 * Schema of {@link IsoDate}: a string `YYYY-MM-DD` that exists in the calendar ("2025-02-30" and "2025-2-3" are
 * rejected, and so are `Date` objects and numbers). Errors carry the code `INVALID_DATE`.
 *
 * @example
 * ```ts
 * import { IsoDateSchema } from 'cchc';
 * IsoDateSchema.safeParse('2024-02-29').success; // true
 * IsoDateSchema.safeParse('2025-02-30').success; // false
 * ```
 *
 * @category Core
 */
export const IsoDateSchema: s.Schema<IsoDate> = /* @__PURE__ */ frozen(() =>
  s
    .guard('date', isIsoDate, vi.INVALID_INPUT__expectedIsoDate(), en.INVALID_INPUT__expectedIsoDate(), { type: 'string', format: 'date' })
    .withIssue('INVALID_DATE', vi.INVALID_DATE__schema, en.INVALID_DATE__schema),
);

/**
 * Schema of {@link IsoTimestamp}: an ISO date-time with `Z` or `±HH:MM` (code `INVALID_TIMESTAMP`).
 * @example
 * ```ts
 * import { IsoTimestampSchema } from 'cchc';
 * IsoTimestampSchema.safeParse('2020-01-20T16:30:00+07:00').success; // true
 * IsoTimestampSchema.safeParse('2020-01-20T16:30:00').success;       // false (no offset)
 * ```
 *
 * @category Core
 */
export const IsoTimestampSchema: s.Schema<IsoTimestamp> = /* @__PURE__ */ frozen(() =>
  s
    .guard('date-time', isIsoTimestamp, vi.INVALID_INPUT__expectedTimestamp(), en.INVALID_INPUT__expectedTimestamp(), {
      type: 'string',
      format: 'date-time',
    })
    .withIssue('INVALID_TIMESTAMP', vi.INVALID_TIMESTAMP__schema, en.INVALID_TIMESTAMP__schema),
);

/** Schema of {@link AdminLevel}. @example
 * ```ts
 * import { AdminLevelSchema } from 'cchc';
 * AdminLevelSchema.safeParse('district').success; // true
 * ```
 *
 * @category Core
 */
export const AdminLevelSchema: s.Schema<AdminLevel> = /* @__PURE__ */ frozen(() =>
  s
    .oneOf(['province', 'district', 'commune'])
    .withIssue('INVALID_ADMIN_LEVEL', vi.INVALID_ADMIN_LEVEL__schema, en.INVALID_ADMIN_LEVEL__schema),
);

/** Schema of {@link Locale}. @example
 * ```ts
 * import { LocaleSchema } from 'cchc';
 * LocaleSchema.safeParse('vi').success; // true
 * ```
 *
 * @category Core
 */
export const LocaleSchema: s.Schema<Locale> = /* @__PURE__ */ frozen(() =>
  s.oneOf(['vi', 'en']).withIssue(
    'INVALID_LOCALE',
    (r) => vi.INVALID_LOCALE({ received: r }),
    (r) => en.INVALID_LOCALE({ received: r }),
  ),
);

/** Schema of {@link RoundingMode}. @example
 * ```ts
 * import { RoundingModeSchema } from 'cchc';
 * RoundingModeSchema.safeParse('half-even').success; // true
 * ```
 *
 * @category Core
 */
export const RoundingModeSchema: s.Schema<RoundingMode> = /* @__PURE__ */ frozen(() =>
  s.oneOf(['half-up', 'half-even', 'down', 'up']).withIssue('INVALID_ROUNDING', vi.INVALID_ROUNDING, en.INVALID_ROUNDING),
);

/** Schema of a count (số lượng): a non-negative safe integer (code `INVALID_COUNT`). @example
 * ```ts
 * import { CountSchema } from 'cchc';
 * CountSchema.safeParse(3).success; // true
 * CountSchema.safeParse(-1).success; // false
 * ```
 *
 * @category Core
 */
export const CountSchema: s.Schema<number> = /* @__PURE__ */ frozen(() =>
  s.count().withIssue('INVALID_COUNT', vi.INVALID_COUNT__schema, en.INVALID_COUNT__schema),
);

/** Schema of the input of {@link ratio}: two counts. @example
 * ```ts
 * import { RatioInputSchema } from 'cchc';
 * RatioInputSchema.safeParse({ numerator: 1, denominator: 2 }).success; // true
 * ```
 *
 * @category Core
 */
export const RatioInputSchema: s.Schema<{ readonly numerator: number; readonly denominator: number }> = /* @__PURE__ */ frozen(() =>
  s.object({ numerator: CountSchema, denominator: CountSchema }),
);

const decimalLike = /* @__PURE__ */ frozen(() =>
  s.guard<number | bigint | DecimalClass>(
    'decimal',
    (v): v is number | bigint | DecimalClass =>
      (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'bigint' || (isDecimal(v) && (v as DecimalClass).isFinite()),
    vi.INVALID_INPUT__expectedDecimal(),
    en.INVALID_INPUT__expectedDecimal(),
    { type: 'number' },
  ),
);

/**
 * Schema of a {@link RateInput}: a ratio object, `{ numerator, denominator }`, a fraction, or a percent text with "%".
 * @example
 * ```ts
 * import { RateInputSchema } from 'cchc';
 * RateInputSchema.safeParse('85%').success; // true
 * RateInputSchema.safeParse('85').success; // false
 * ```
 *
 * @category Core
 */
export const RateInputSchema: s.Schema<RateInput> = /* @__PURE__ */ frozen(
  () =>
    s.union([
      s
        .object({
          value: s.guard(
            'decimal',
            (v): v is DecimalClass => isDecimal(v) && (v as DecimalClass).isFinite(),
            vi.INVALID_INPUT__expectedFiniteDecimal(),
            en.INVALID_INPUT__expectedFiniteDecimal(),
          ),
          numerator: decimalLike.optional(),
          denominator: decimalLike.optional(),
        })
        .anyObject(),
      s.object({ numerator: CountSchema, denominator: CountSchema }),
      s.number(),
      s.string().regex(/%\s*$/, vi.INVALID_INPUT__percentSign(), en.INVALID_INPUT__percentSign()),
    ]) as s.Schema<RateInput>,
);

const periodKind: s.Schema<PeriodKind> = /* @__PURE__ */ frozen(() =>
  s.oneOf(['day', 'week', 'month', 'quarter', 'half', 'months-from-start', 'months-to-end', 'year', 'range']),
);

/** The keys of a {@link Period} beyond its bounds; option objects that take a range accept them. @internal */
export const periodDescriptionShape = /* @__PURE__ */ frozen(() => ({
  kind: periodKind.optional(),
  year: s.int().optional(),
  month: s.int().min(1).max(12).optional(),
  quarter: s.int().min(1).max(4).optional(),
  half: s.int().min(1).max(2).optional(),
  months: s.int().min(1).max(12).optional(),
  week: s.int().min(1).max(53).optional(),
  label: s.string().optional(),
}));

const reversed = (r: { start: string; end: string }) => ({ start: r.start, end: r.end, startKey: 'start', endKey: 'end' });

/**
 * Schema of a {@link DateRange} `{ start, end }` (a {@link Period} passes too). A reversed range is `INVALID_DATE_RANGE`.
 * @example
 * ```ts
 * import { DateRangeSchema, parsePeriod } from 'cchc';
 * DateRangeSchema.safeParse({ start: '2020-01-01', end: '2020-03-31' }).success; // true
 * DateRangeSchema.safeParse(parsePeriod('Quý I/2020')).success; // true
 * DateRangeSchema.safeParse({ start: '2020-03-31', end: '2020-01-01' }).success; // false
 * ```
 *
 * @category Core
 */
export const DateRangeSchema: s.Schema<DateRange> = /* @__PURE__ */ frozen(() =>
  s.object({ start: IsoDateSchema, end: IsoDateSchema, ...periodDescriptionShape }).refine(
    (r) => r.start <= r.end,
    (r) => ({ code: 'INVALID_DATE_RANGE', vi: vi.INVALID_DATE_RANGE(reversed(r)), en: en.INVALID_DATE_RANGE(reversed(r)) }),
  ),
);

/**
 * Schema of a {@link Period} (bounds must be valid dates with start ≤ end).
 * @example
 * ```ts
 * import { PeriodSchema, parsePeriod } from 'cchc';
 * PeriodSchema.safeParse(parsePeriod('Quý I/2020')).success; // true
 * ```
 *
 * @category Core
 */
export const PeriodSchema: s.Schema<Period> = /* @__PURE__ */ frozen(() =>
  s
    .object({ start: IsoDateSchema, end: IsoDateSchema, ...periodDescriptionShape, kind: periodKind, year: s.int(), label: s.string() })
    .refine(
      (r) => r.start <= r.end,
      (r) => ({ code: 'INVALID_DATE_RANGE', vi: vi.INVALID_DATE_RANGE(reversed(r)), en: en.INVALID_DATE_RANGE(reversed(r)) }),
    ),
);

/**
 * Schema of {@link BilingualText}.
 * @example
 * ```ts
 * import { BilingualTextSchema } from 'cchc';
 * BilingualTextSchema.safeParse({ vi: 'Cấp xã', en: 'Commune level' }).success; // true
 * ```
 *
 * @category Core
 */
export const BilingualTextSchema: s.Schema<BilingualText> = /* @__PURE__ */ frozen(() =>
  s.object({ vi: s.string().min(1), en: s.string().min(1) }),
);

/**
 * Schema of {@link SourceRef}.
 *
 * @example
 * ```ts
 * import { SourceRefSchema } from 'cchc';
 * SourceRefSchema.safeParse({ document: 'Kết luận 40-KL/TW', date: '2022-07-18' }).success; // true
 * SourceRefSchema.safeParse({ document: 'Kết luận 40-KL/TW', dated: '2022-07-18' }).success; // false (UNKNOWN_KEY, did you mean 'date'?)
 * ```
 *
 * @category Core
 */
export const SourceRefSchema: s.Schema<SourceRef> = /* @__PURE__ */ frozen(() =>
  s.object({
    document: s.string().min(1),
    date: IsoDateSchema.optional(),
    article: s.string().min(1).optional(),
    url: s
      .string()
      .regex(/^https?:\/\/\S+$/, vi.INVALID_INPUT__url(), en.INVALID_INPUT__url())
      .optional(),
    reliability: s.oneOf(['A', 'B', 'C', 'D']).optional(),
    verified: s.boolean().optional(),
    note: s.string().optional(),
  }),
);

/** Schema of {@link CheckPrintedRateInput}. @example
 * ```ts
 * import { CheckPrintedRateInputSchema } from 'cchc';
 * CheckPrintedRateInputSchema.safeParse({ numerator: 1, denominator: 2, printed: '50%' }).success; // true
 * ```
 *
 * @category Core
 */
export const CheckPrintedRateInputSchema: s.Schema<CheckPrintedRateInput> = /* @__PURE__ */ frozen(() =>
  s.object({
    numerator: decimalLike,
    denominator: decimalLike,
    printed: s.union([s.string(), decimalLike]),
    decimals: s.int().min(0).max(20).optional(),
  }),
);

/** Schema of {@link CheckSumInput}. @example
 * ```ts
 * import { CheckSumInputSchema } from 'cchc';
 * CheckSumInputSchema.safeParse({ parts: [1, 2], total: 3 }).success; // true
 * ```
 *
 * @category Core
 */
export const CheckSumInputSchema: s.Schema<CheckSumInput> = /* @__PURE__ */ frozen(() =>
  s.object({
    parts: s.array(decimalLike),
    total: decimalLike,
    tolerance: decimalLike.optional(),
  }),
);
