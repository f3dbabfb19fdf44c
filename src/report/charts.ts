import { z } from 'zod';
import { checkLocale, type Locale } from '../core/locale.js';
import { percent } from '../core/percent.js';
import { checkRatioLike, type RatioLike } from '../core/ratio.js';
import { largestRemainder } from '../core/largest-remainder.js';
import { fail, show } from '../core/errors.js';
import { parseWithSchema } from '../core/_zod-legacy.js';
import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from './vega-lite-spec.js';

/** Common options of the chart builders. */
export interface ChartOptions {
  /** Labels and number format: `vi` (default, "99,50%") or `en`. */
  readonly locale?: Locale;
  /** Chart title; a default in the locale's language otherwise. */
  readonly title?: string;
  /** Width in pixels (default 480). */
  readonly width?: number;
}

const fmtLocale = (locale: Locale) =>
  locale === 'vi'
    ? { decimal: ',', thousands: '.', grouping: [3], currency: ['', ' đ'] }
    : { decimal: '.', thousands: ',', grouping: [3], currency: ['$', ''] };

function base(locale: Locale, title: string, width: number): { $schema: string } & Record<string, unknown> {
  return {
    $schema: VEGA_LITE_SCHEMA,
    title,
    width,
    config: { locale: { number: fmtLocale(locale) }, font: 'sans-serif', view: { stroke: null } },
  };
}

/** One bar of {@link onTimeRateChartSpec}. */
export interface RateChartRow {
  /** The group: a level ("Cấp tỉnh"), a month ("2019-09"), an agency. */
  readonly label: string;
  /** The rate, or `null` when its denominator was empty (drawn as a gap, never as 0%). */
  readonly rate: RatioLike | null;
}

/** Schema of a {@link RateChartRow} list. */
export const RateChartRowsSchema = z.array(z.object({ label: z.string().min(1), rate: z.unknown() }));

/**
 * A bar chart of on-time rates by group (tỷ lệ giải quyết đúng hạn theo cấp / tháng), with an optional target line
 * (e.g. 95%). Values are percent points at 2 decimals, rounded half-up; a `null` rate is left out and named in the
 * subtitle, never drawn as 0%.
 *
 * @example
 * ```ts
 * import { onTimeRateChartSpec, ratio } from 'cchc';
 * const spec = onTimeRateChartSpec([
 *   { label: 'Cấp tỉnh', rate: ratio(61878, 62337) },
 *   { label: 'Cấp huyện', rate: ratio(107422, 109649) },
 * ], { target: 95 });
 * (spec.layer as unknown[]).length; // 2 (the bars with their labels, and the 95% rule)
 * ```
 */
export function onTimeRateChartSpec(rows: readonly RateChartRow[], options: ChartOptions & { readonly target?: number } = {}): VegaLiteSpec {
  parseWithSchema(RateChartRowsSchema, rows, ['rows']);
  const locale = checkLocale(options.locale ?? 'vi');
  if (options.target !== undefined && !(typeof options.target === 'number' && options.target >= 0 && options.target <= 100)) {
    fail('INVALID_INPUT', ['target'], `Chỉ tiêu phải là số phần trăm 0–100, nhận được ${show(options.target)}`, `target must be percent points 0–100, received ${show(options.target)}`, options.target);
  }
  const values = rows
    .filter((r) => r.rate !== null)
    .map((r, i) => ({ label: r.label, order: i, percent: percent(checkRatioLike(r.rate, ['rows', i, 'rate'])).toNumber() }));
  const missing = rows.filter((r) => r.rate === null).map((r) => r.label);
  const vi = locale === 'vi';
  const title = options.title ?? (vi ? 'Tỷ lệ hồ sơ giải quyết đúng hạn' : 'Dossiers resolved on time');
  const yTitle = vi ? 'Tỷ lệ (%)' : 'Rate (%)';
  const x = { field: 'label', type: 'nominal', sort: { field: 'order' }, title: null, axis: { labelAngle: 0 } };
  const y = { field: 'percent', type: 'quantitative', title: yTitle, scale: { domain: [0, 100] } };
  const layer: unknown[] = [
    {
      layer: [
        {
          mark: { type: 'bar', color: '#2f6f9f' },
          encoding: { tooltip: [{ field: 'label', type: 'nominal' }, { field: 'percent', type: 'quantitative', format: ',.2f' }] },
        },
        { mark: { type: 'text', dy: -6 }, encoding: { text: { field: 'percent', type: 'quantitative', format: ',.2f' } } },
      ],
      encoding: { x, y },
    },
  ];
  if (options.target !== undefined) {
    layer.push({
      data: { values: [{ target: options.target }] },
      mark: { type: 'rule', color: '#c0392b', strokeDash: [4, 3] },
      encoding: { y: { field: 'target', type: 'quantitative' } },
    });
  }
  const spec: Record<string, unknown> = {
    ...base(locale, title, options.width ?? 480),
    data: { values },
    layer,
  };
  if (missing.length > 0) spec.title = { text: title, subtitle: `${vi ? 'Không có hồ sơ để tính' : 'No dossiers to rate'}: ${missing.join(', ')}` };
  return Object.freeze(spec) as VegaLiteSpec;
}

/** One class of {@link classDistributionChartSpec}. */
export interface ClassCountRow {
  /** Class name ("Xuất sắc", "Tốt", …). */
  readonly className: string;
  /** Units in the class. */
  readonly count: number;
}

/**
 * A bar chart of how many units fall in each class (phân bố xếp loại), with shares that add up to exactly 100%
 * (largest remainder, 2 decimals) as labels.
 *
 * @example
 * ```ts
 * import { classDistributionChartSpec } from 'cchc';
 * const spec = classDistributionChartSpec([
 *   { className: 'Xuất sắc', count: 14 }, { className: 'Tốt', count: 22 },
 *   { className: 'Khá', count: 4 }, { className: 'Trung bình', count: 2 },
 * ]);
 * ((spec.data as { values: { share: number }[] }).values).map((v) => v.share); // [33.33, 52.38, 9.53, 4.76]
 * ```
 */
export function classDistributionChartSpec(rows: readonly ClassCountRow[], options: ChartOptions = {}): VegaLiteSpec {
  const locale = checkLocale(options.locale ?? 'vi');
  parseWithSchema(z.array(z.object({ className: z.string().min(1), count: z.number().int().nonnegative() })).min(1), rows, ['rows']);
  const shares = largestRemainder(rows.map((r) => r.count), { decimals: 2 });
  const vi = locale === 'vi';
  const values = rows.map((r, i) => ({ className: r.className, order: i, count: r.count, share: shares[i]!.toNumber() }));
  return Object.freeze({
    ...base(locale, options.title ?? (vi ? 'Phân bố xếp loại' : 'Class distribution'), options.width ?? 480),
    data: { values },
    encoding: {
      x: { field: 'className', type: 'nominal', sort: { field: 'order' }, title: null, axis: { labelAngle: 0 } },
      y: { field: 'count', type: 'quantitative', title: vi ? 'Số đơn vị' : 'Units' },
    },
    layer: [
      {
        mark: { type: 'bar', color: '#3c8d5a' },
        encoding: {
          tooltip: [
            { field: 'className', type: 'nominal' },
            { field: 'count', type: 'quantitative' },
            { field: 'share', type: 'quantitative', format: ',.2f' },
          ],
        },
      },
      { mark: { type: 'text', dy: -6 }, encoding: { text: { field: 'share', type: 'quantitative', format: ',.2f' } } },
    ],
  }) as VegaLiteSpec;
}

/** One group of {@link progressChartSpec}: counts per status. */
export interface ProgressChartRow {
  /** The group (a lead agency, a section). */
  readonly group: string;
  /** Count per status label, e.g. `{ 'Hoàn thành': 3, 'Quá hạn': 1 }`. */
  readonly counts: Readonly<Record<string, number>>;
}

/**
 * A horizontal stacked bar chart of task statuses by group (tiến độ thực hiện kế hoạch theo cơ quan chủ trì).
 *
 * @example
 * ```ts
 * import { progressChartSpec } from 'cchc';
 * const spec = progressChartSpec([{ group: 'Sở Nội vụ', counts: { done: 10, overdue: 2 } }]);
 * ((spec.data as { values: unknown[] }).values).length; // 2
 * ```
 */
export function progressChartSpec(
  rows: readonly ProgressChartRow[],
  options: ChartOptions & { readonly statusOrder?: readonly string[]; /** One CSS colour per status of `statusOrder`. */ readonly colors?: readonly string[] } = {},
): VegaLiteSpec {
  const locale = checkLocale(options.locale ?? 'vi');
  parseWithSchema(z.array(z.object({ group: z.string().min(1), counts: z.record(z.string(), z.number().int().nonnegative()) })), rows, ['rows']);
  const vi = locale === 'vi';
  const statuses = options.statusOrder ?? [...new Set(rows.flatMap((r) => Object.keys(r.counts)))];
  const values = rows.flatMap((r, gi) =>
    statuses.filter((s) => (r.counts[s] ?? 0) > 0).map((s) => ({ group: r.group, groupOrder: gi, status: s, statusOrder: statuses.indexOf(s), count: r.counts[s] ?? 0 })),
  );
  return Object.freeze({
    ...base(locale, options.title ?? (vi ? 'Tiến độ nhiệm vụ' : 'Task progress'), options.width ?? 480),
    data: { values },
    mark: 'bar',
    encoding: {
      y: { field: 'group', type: 'nominal', sort: { field: 'groupOrder' }, title: null, axis: { labelLimit: 320 } },
      x: { field: 'count', type: 'quantitative', stack: 'zero', title: vi ? 'Số nhiệm vụ' : 'Tasks' },
      color: {
        field: 'status',
        type: 'nominal',
        sort: statuses,
        title: vi ? 'Trạng thái' : 'Status',
        ...(options.colors && options.colors.length === statuses.length ? { scale: { domain: statuses, range: options.colors } } : {}),
      },
      order: { field: 'statusOrder', type: 'quantitative' },
      tooltip: [
        { field: 'group', type: 'nominal' },
        { field: 'status', type: 'nominal' },
        { field: 'count', type: 'quantitative' },
      ],
    },
  }) as VegaLiteSpec;
}
