// Exported schemas of the report module (chart rows and options, dashboard input and options, and the dashboard
// itself for values passed back in), written with the `cchc` schema kit: every object schema is strict (an unknown
// key is `UNKNOWN_KEY` with a suggestion).
import { Decimal } from 'decimal.js';
import { AuditFindingSchema } from '../audit/finding-schema.js';
import { isWorkCalendar } from '../calendar/calendar-options.js';
import type { WorkCalendar } from '../calendar/work-calendar-types.js';
import type { DecimalInput } from '../core/decimal.js';
import type { RatioLike } from '../core/ratio.js';
import * as s from '../core/schema.js';
import {
  BilingualTextSchema,
  CountSchema,
  DateRangeSchema,
  IsoDateSchema,
  LocaleSchema,
  periodDescriptionShape,
  RateInputSchema,
  SourceRefSchema,
} from '../core/schemas.js';
import { issue } from '../core/errors.js';
import * as viCore from '../core/messages/vi/core.js';
import * as enCore from '../core/messages/en/core.js';
import type {
  ChartOptions,
  ClassCountRow,
  OnTimeRateChartOptions,
  ProgressChartOptions,
  ProgressChartRow,
  RateChartRow,
} from './charts.js';
import type { Dashboard, DashboardInput } from './dashboard.js';
import type { DashboardOptions, RenderDashboardOptions } from './render-dashboard.js';

const deprecated = (replacement: string) => `Deprecated (0.2): use ${replacement}.`;

/** A percent-point target: a finite number 0–100. */
const targetPercent = s.number().min(0).max(100);

const chartOptionsShape = {
  locale: LocaleSchema.optional(),
  title: s.string().optional(),
  width: s.number().min(1).max(10_000).optional(),
};

/**
 * Schema of {@link ChartOptions}, the options every chart builder takes.
 *
 * @example
 * ```ts
 * import { ChartOptionsSchema } from 'cchc';
 * ChartOptionsSchema.safeParse({ locale: 'en', width: 640 }).success; // true
 * ChartOptionsSchema.safeParse({ widht: 640 }).success; // false (UNKNOWN_KEY, did you mean 'width'?)
 * ```
 *
 * @category Reports
 */
export const ChartOptionsSchema: s.Schema<ChartOptions> = s.object(chartOptionsShape).as<ChartOptions>();

/**
 * Schema of {@link OnTimeRateChartOptions}.
 *
 * @example
 * ```ts
 * import { OnTimeRateChartOptionsSchema } from 'cchc';
 * OnTimeRateChartOptionsSchema.safeParse({ targetPercent: 95 }).success; // true
 * OnTimeRateChartOptionsSchema.safeParse({ targetPercent: 120 }).success; // false
 * ```
 *
 * @category Reports
 */
export const OnTimeRateChartOptionsSchema: s.Schema<OnTimeRateChartOptions> = s
  .object({
    ...chartOptionsShape,
    targetPercent: targetPercent.optional(),
    zeroBaseline: s.boolean().optional(),
    target: targetPercent.optional().describe(deprecated('targetPercent')),
  })
  .as<OnTimeRateChartOptions>();

/**
 * Schema of {@link ProgressChartOptions}.
 *
 * @example
 * ```ts
 * import { ProgressChartOptionsSchema } from 'cchc';
 * ProgressChartOptionsSchema.safeParse({ statusOrder: ['done', 'overdue'], colors: ['#2e8b57', '#c0392b'] }).success; // true
 * ```
 *
 * @category Reports
 */
export const ProgressChartOptionsSchema: s.Schema<ProgressChartOptions> = s
  .object({ ...chartOptionsShape, statusOrder: s.array(s.string().min(1)).optional(), colors: s.array(s.string().min(1)).optional() })
  .as<ProgressChartOptions>();

/**
 * Schema of a {@link RateChartRow} list: a label and a rate (any `RateInput`: a `Ratio`, `{ numerator, denominator }`,
 * a fraction, a percent text), or `null` for a group with nothing to rate.
 *
 * @example
 * ```ts
 * import { RateChartRowsSchema, ratio } from 'cchc';
 * RateChartRowsSchema.safeParse([{ label: 'Cấp tỉnh', rate: ratio(61878, 62337) }, { label: 'Cấp xã', rate: null }]).success; // true
 * RateChartRowsSchema.safeParse([{ label: 'Cấp tỉnh', rte: 0.9 }]).success; // false (UNKNOWN_KEY, did you mean 'rate'?)
 * ```
 *
 * @category Reports
 */
export const RateChartRowsSchema: s.Schema<readonly RateChartRow[]> = s.array(
  s.object({ label: s.string().min(1), rate: RateInputSchema.nullable() }).as<RateChartRow>(),
);

/**
 * Schema of a {@link ClassCountRow} list (at least one class).
 *
 * @example
 * ```ts
 * import { ClassCountRowsSchema } from 'cchc';
 * ClassCountRowsSchema.safeParse([{ className: 'Tốt', count: 22 }]).success; // true
 * ```
 *
 * @category Reports
 */
export const ClassCountRowsSchema: s.Schema<readonly ClassCountRow[]> = s
  .array(s.object({ className: s.string().min(1), count: CountSchema }).as<ClassCountRow>())
  .min(1);

/**
 * Schema of a {@link ProgressChartRow} list.
 *
 * @example
 * ```ts
 * import { ProgressChartRowsSchema } from 'cchc';
 * ProgressChartRowsSchema.safeParse([{ group: 'Sở Nội vụ', counts: { done: 3 } }]).success; // true
 * ```
 *
 * @category Reports
 */
export const ProgressChartRowsSchema: s.Schema<readonly ProgressChartRow[]> = s.array(
  s.object({ group: s.string().min(1), counts: s.record(s.string(), CountSchema) }).as<ProgressChartRow>(),
);

const decimalInput = s.guard<DecimalInput>(
  'decimal',
  (v): v is DecimalInput =>
    (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'bigint' || (Decimal.isDecimal(v) && (v as Decimal).isFinite()),
  'một số hữu hạn (number, bigint hoặc Decimal)',
  'a finite number (number, bigint or Decimal)',
  { type: 'number' },
);
const calendar = s.guard<WorkCalendar>(
  'calendar',
  isWorkCalendar,
  'lịch tạo bởi createWorkCalendar (vd. civilServiceCalendar)',
  'a WorkCalendar made by createWorkCalendar (e.g. civilServiceCalendar)',
);
const sourcesShape = {
  sources: s.array(SourceRefSchema).optional(),
  source: s.string().min(1).optional().describe(deprecated('sources: [{ document }]')),
};
/** A range with the date of the figure: `{ start, end, asOf }` (a `Period` with its `asOf` fits). */
const rangeAsOf = s
  .object({ start: IsoDateSchema, end: IsoDateSchema, asOf: IsoDateSchema, ...periodDescriptionShape })
  .check((r, at, ctx) => {
    if (r.end < r.start) {
      const p = { start: r.start, end: r.end, startKey: 'start', endKey: 'end' };
      ctx.issues.push(issue('INVALID_DATE_RANGE', [...at, 'end'], viCore.INVALID_DATE_RANGE(p), enCore.INVALID_DATE_RANGE(p), r.end));
    }
  });

/**
 * Schema of {@link DashboardInput}. The parts handed to other functions are validated by them: the dossier table by
 * `auditDossierTable`, the plan by `planProgress`, the unit events by `unitReduction`, the report by `auditReport`.
 *
 * @example
 * ```ts
 * import { DashboardInputSchema } from 'cchc';
 * DashboardInputSchema.safeParse({ title: 'Tỉnh X', asOf: '2019-12-31' }).success; // true
 * DashboardInputSchema.safeParse({ title: 'Tỉnh X', asof: '2019-12-31' }).success; // false (UNKNOWN_KEY, did you mean 'asOf'?)
 * ```
 *
 * @category Reports
 */
export const DashboardInputSchema: s.Schema<DashboardInput> = s
  .object({
    title: s.string().min(1),
    asOf: IsoDateSchema,
    calendar: calendar.optional(),
    ...sourcesShape,
    dossiers: s
      .object({
        table: s.unknown().optional(),
        period: s.string().optional(),
        targetPercent: targetPercent.optional(),
        target: targetPercent.optional().describe(deprecated('targetPercent')),
      })
      .optional(),
    classes: s
      .object({
        title: s.string().optional(),
        rows: s
          .array(s.object({ className: s.string().min(1), count: CountSchema, printedShare: s.string().min(1).max(64).optional() }))
          .min(1),
      })
      .optional(),
    plan: s.unknown().optional(),
    units: s
      .object({
        events: s.unknown().optional(),
        target: CountSchema.optional(),
        printedNet: s.int().optional(),
        path: rangeAsOf.optional(),
      })
      .optional(),
    disbursement: s
      .object({
        disbursed: decimalInput,
        plan: decimalInput,
        planKind: s.oneOf(['province-assigned', 'pm-assigned']).optional(),
        asOf: IsoDateSchema.optional(),
        unit: s.string().optional(),
      })
      .optional(),
    streamlining: s
      .object({
        base: CountSchema,
        target: CountSchema,
        achieved: CountSchema,
        asOf: IsoDateSchema.optional(),
        path: DateRangeSchema.optional(),
        ...sourcesShape,
      })
      .optional(),
    report: s.unknown().optional(),
    qd766: s.object({ measurement: s.unknown(), top: s.int().min(0).max(1000).optional() }).optional(),
  })
  .as<DashboardInput>();

const localeOptions = s.object({ locale: LocaleSchema.optional() });

/**
 * Schema of {@link RenderDashboardOptions}.
 *
 * @example
 * ```ts
 * import { RenderDashboardOptionsSchema } from 'cchc';
 * RenderDashboardOptionsSchema.safeParse({ format: 'markdown', locale: 'en' }).success; // true
 * RenderDashboardOptionsSchema.safeParse({ fromat: 'markdown' }).success; // false (UNKNOWN_KEY, did you mean 'format'?)
 * ```
 *
 * @category Reports
 */
export const RenderDashboardOptionsSchema: s.Schema<RenderDashboardOptions> = s
  .object({ format: s.oneOf(['text', 'markdown']).optional(), locale: LocaleSchema.optional() })
  .as<RenderDashboardOptions>();

/**
 * Schema of {@link DashboardOptions}, the options of `dashboardBlocks`, `dashboardCharts` and `taskStatusLabel`.
 *
 * @example
 * ```ts
 * import { DashboardOptionsSchema } from 'cchc';
 * DashboardOptionsSchema.safeParse({ locale: 'en' }).success; // true
 * DashboardOptionsSchema.safeParse(null).success; // false
 * ```
 *
 * @category Reports
 */
export const DashboardOptionsSchema: s.Schema<DashboardOptions> = localeOptions.as<DashboardOptions>();

// ——— the dashboard, for values passed back in ———

const ratioLike = s.guard<RatioLike>(
  'ratio',
  (v): v is RatioLike =>
    typeof v === 'object' &&
    v !== null &&
    Object.hasOwn(v, 'value') &&
    Decimal.isDecimal((v as RatioLike).value) &&
    (v as RatioLike).value.isFinite(),
  'một tỷ lệ (kết quả của ratio())',
  'a ratio (the result of ratio())',
);
const finiteDecimal = s.guard<Decimal>(
  'decimal',
  (v): v is Decimal => Decimal.isDecimal(v) && (v as Decimal).isFinite(),
  'một Decimal hữu hạn',
  'a finite Decimal',
  { type: 'string' },
);
const countOrNull = CountSchema.nullable();
const verdict = s.object({ text: s.string(), verdict: s.oneOf(['rounded', 'truncated', 'inconsistent']) }).nullable();
const findings = s.array(AuditFindingSchema);
// Results of other modules are checked on what the renderers read; their other keys are theirs (loose).
const statusCounts = s
  .object({
    total: CountSchema,
    'not-due': CountSchema,
    'due-soon': CountSchema,
    overdue: CountSchema,
    'done-on-time': CountSchema,
    'done-late': CountSchema,
    continuous: CountSchema,
  })
  .loose();
const progress = s
  .object({
    total: s.object({ label: s.string(), counts: statusCounts, completion: ratioLike.nullable() }).loose(),
    groups: s.array(s.object({ label: s.string(), counts: statusCounts, completion: ratioLike.nullable() }).loose()),
  })
  .loose();
const pace = s.object({ expected: finiteDecimal, onTrack: s.boolean() }).loose().nullable();
const sources = s.array(SourceRefSchema);

/**
 * Schema of a {@link Dashboard}: what `renderDashboard`, `dashboardBlocks` and `dashboardCharts` check a dashboard
 * against, so that a changed or hand-made value (a `NaN`, an `Infinity`, a missing `asOf`) is a `CchcError` rather
 * than "NaN" or "As of: undefined" in a report. The parts computed by other modules (plan progress, unit reduction,
 * disbursement, streamlining) are checked on what the renderers read.
 *
 * @example
 * ```ts
 * import { buildDashboard, DashboardSchema } from 'cchc';
 * const d = buildDashboard({ title: 'Tỉnh X', asOf: '2019-12-31' });
 * DashboardSchema.safeParse(d).success; // true
 * DashboardSchema.safeParse({ ...d, asOf: undefined }).success; // false
 * ```
 *
 * @category Reports
 */
export const DashboardSchema: s.Schema<Dashboard> = s
  .object({
    title: s.string(),
    asOf: IsoDateSchema,
    calendar: s.string().min(1),
    sources,
    source: s.string().nullable().describe(deprecated('sources')),
    dossiers: s
      .object({
        period: s.string().nullable(),
        targetPercent: targetPercent.nullable(),
        target: targetPercent.nullable().describe(deprecated('targetPercent')),
        rows: s.array(
          s.object({
            label: s.string(),
            received: countOrNull,
            resolved: countOrNull,
            onTimeOrEarly: countOrNull,
            late: countOrNull,
            pending: countOrNull,
            onTimeRate: ratioLike.nullable(),
            printedOnTimeRate: verdict,
            findings,
          }),
        ),
        findings,
      })
      .nullable(),
    classes: s
      .object({
        title: s.string().nullable(),
        total: CountSchema,
        rows: s.array(
          s.object({
            className: s.string(),
            count: CountSchema,
            sharePercent: finiteDecimal,
            share: finiteDecimal.describe(deprecated('sharePercent')),
            printedShare: verdict,
          }),
        ),
      })
      .nullable(),
    plan: s.object({ number: s.string(), title: s.string(), bySection: progress, byLead: progress }).nullable(),
    units: s
      .object({
        reduction: s
          .object({ net: s.int(), progress: s.object({ target: CountSchema, ofTarget: ratioLike.nullable() }).loose().optional() })
          .loose(),
        printedNet: s.int().nullable(),
        pace,
      })
      .nullable(),
    disbursement: s
      .object({
        result: s
          .object({
            disbursed: finiteDecimal,
            plan: finiteDecimal,
            rate: ratioLike,
            target: s.object({ percent: s.number(), comparable: s.boolean() }).loose().optional(),
          })
          .loose(),
        asOf: IsoDateSchema.nullable(),
        unit: s.string().nullable(),
      })
      .nullable(),
    streamlining: s
      .object({
        progress: s
          .object({ base: CountSchema, target: CountSchema, achieved: CountSchema, ofBase: ratioLike, ofTarget: ratioLike.nullable() })
          .loose(),
        pace,
        asOf: IsoDateSchema.nullable(),
        sources,
        source: s.string().nullable().describe(deprecated('sources')),
      })
      .nullable(),
    findings,
    qd766: s
      .object({
        methodology: s.string(),
        published: s.boolean(),
        level: s.string(),
        period: DateRangeSchema,
        asOf: IsoDateSchema,
        complete: s.boolean(),
        total: finiteDecimal,
        max: finiteDecimal,
        groups: s.array(
          s.object({ code: s.string(), name: BilingualTextSchema, points: finiteDecimal, max: finiteDecimal, maxPoints: finiteDecimal }),
        ),
        notMeasurable: s.array(s.object({ code: s.string(), message: BilingualTextSchema })),
        lostPoints: s.array(s.object({ code: s.string(), lost: finiteDecimal, text: BilingualTextSchema })),
        notes: s.array(BilingualTextSchema),
      })
      .optional(),
  })
  .as<Dashboard>();
