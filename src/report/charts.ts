import { CchcError, issue } from '../core/errors.js';
import type { Locale } from '../core/locale.js';
import { percent } from '../core/percent.js';
import { rateOf, type RateInput } from '../core/rate-input.js';
import { largestRemainder } from '../core/largest-remainder.js';
import * as viMsg from '../core/messages/vi/report.js';
import * as enMsg from '../core/messages/en/report.js';
import {
  ChartOptionsSchema,
  ClassCountRowsSchema,
  OnTimeRateChartOptionsSchema,
  ProgressChartOptionsSchema,
  ProgressChartRowsSchema,
  RateChartRowsSchema,
} from './schemas.js';
import { inlineText } from './_internal/sanitize.js';
import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from './vega-lite-spec.js';

/**
 * Common options of the chart builders.
 *
 * @example
 * ```ts
 * import type { ChartOptions } from 'cchc';
 * const o: ChartOptions = { locale: 'en', title: 'On-time rates', width: 640 };
 * ```
 *
 * @category Reports
 */
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
    title: inlineText(title),
    width,
    config: { locale: { number: fmtLocale(locale) }, font: 'sans-serif', view: { stroke: null }, aria: false },
  };
}

/**
 * One bar of {@link onTimeRateChartSpec}.
 *
 * @example
 * ```ts
 * import { ratio, type RateChartRow } from 'cchc';
 * const row: RateChartRow = { label: 'Cấp tỉnh', rate: ratio(61878, 62337) };
 * ```
 *
 * @category Reports
 */
export interface RateChartRow {
  /** The group: a level ("Cấp tỉnh"), a month ("2019-09"), an agency. */
  readonly label: string;
  /**
   * The rate, as any rate input (a `Ratio`, `{ numerator, denominator }`, a fraction such as `0.97`, or a percent text
   * "97,5%"), or `null` when its denominator was empty (drawn as a gap, never as 0%).
   */
  readonly rate: RateInput | null;
}

/**
 * Options of {@link onTimeRateChartSpec}: the common ones and a target line in percent points.
 *
 * @example
 * ```ts
 * import type { OnTimeRateChartOptions } from 'cchc';
 * const o: OnTimeRateChartOptions = { targetPercent: 95 };
 * ```
 *
 * @category Reports
 */
export interface OnTimeRateChartOptions extends ChartOptions {
  /** A target drawn as a rule, in percent points (95 for 95%). */
  readonly targetPercent?: number;
  /**
   * Start the axis at 0 (bars). Default `false`: when every rate and the target are at least 50%, the axis runs from
   * just below the lowest of them to 100% and each rate is a dot, so that 97,97% and 99,93% (and the 95% target) are
   * told apart; otherwise bars from 0.
   */
  readonly zeroBaseline?: boolean;
  /** @deprecated Use `targetPercent` (0.2): the same percent points. */
  readonly target?: number;
}

/** Rows checked by a schema, with the issue paths under `rows`; the options under `options`. */
function chartInput<R, O>(
  rowsSchema: { parse(v: unknown, o: { path: (string | number)[] }): R },
  rows: unknown,
  optionsSchema: { parse(v: unknown, o: { path: (string | number)[] }): O },
  options: unknown,
): { rows: R; options: O } {
  const problems = [];
  let r: R | undefined;
  let o: O | undefined;
  try {
    r = rowsSchema.parse(rows, { path: ['rows'] });
  } catch (e) {
    if (!(e instanceof CchcError)) throw e;
    problems.push(...e.issues);
  }
  try {
    o = optionsSchema.parse(options, { path: ['options'] });
  } catch (e) {
    if (!(e instanceof CchcError)) throw e;
    problems.push(...e.issues);
  }
  if (problems.length > 0) throw new CchcError(problems);
  return { rows: r as R, options: o as O };
}

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
 * ], { targetPercent: 95 });
 * (spec.layer as unknown[]).length; // 2 (the bars with their labels, and the 95% rule)
 * ```
 *
 * @category Reports
 */
export function onTimeRateChartSpec(rows: readonly RateChartRow[], options: OnTimeRateChartOptions = {}): VegaLiteSpec {
  const { options: o } = chartInput(RateChartRowsSchema, rows, OnTimeRateChartOptionsSchema, options);
  const locale = o.locale ?? 'vi';
  if (o.targetPercent !== undefined && o.target !== undefined) {
    throw new CchcError(
      issue(
        'INVALID_INPUT',
        ['options', 'target'],
        viMsg.INVALID_INPUT__dashboardTarget(),
        enMsg.INVALID_INPUT__dashboardTarget(),
        o.target,
      ),
    );
  }
  const target = o.targetPercent ?? o.target;
  // An on-time rate is at most 100% (the axis runs from 0 to 100).
  const rates = rows.map((r, i) => (r.rate === null ? null : rateOf(r.rate, { max: 1 }, ['rows', i, 'rate'])));
  const values = rows.flatMap((r, i) => {
    const rate = rates[i];
    return rate ? [{ label: inlineText(r.label), order: i, percent: percent(rate).toNumber() }] : [];
  });
  const missing = rows.filter((r) => r.rate === null).map((r) => inlineText(r.label));
  const vi = locale === 'vi';
  const title = o.title ?? (vi ? 'Tỷ lệ hồ sơ giải quyết đúng hạn' : 'Dossiers resolved on time');
  const yTitle = vi ? 'Tỷ lệ đúng hạn (%)' : 'On-time rate (%)';
  // The axis shows the differences that matter: from just below the lowest rate (or the target) to 100%, unless a rate
  // is under 50% (then from 0, as bars).
  const lowest = Math.min(...values.map((v) => v.percent), ...(target !== undefined ? [target] : []));
  const zoom = o.zeroBaseline !== true && values.length > 0 && lowest >= 50;
  const floor = zoom ? Math.max(0, Math.floor(lowest) - 1) : 0;
  const x = { field: 'label', type: 'nominal', sort: { field: 'order' }, title: null, axis: { labelAngle: 0, labelLimit: 140 } };
  const y = {
    field: 'percent',
    type: 'quantitative',
    title: yTitle,
    scale: { domain: [floor, 100], nice: false, zero: !zoom },
    axis: { tickCount: Math.min(10, 100 - floor) },
  };
  const label = { calculate: `format(datum.percent, ',.2f') + '%'`, as: 'percentLabel' };
  const layer: unknown[] = [
    {
      transform: [label],
      layer: [
        zoom
          ? {
              mark: { type: 'point', filled: true, size: 160, color: '#2f6f9f', opacity: 1 },
              encoding: {
                tooltip: [
                  { field: 'label', type: 'nominal' },
                  { field: 'percentLabel', type: 'nominal' },
                ],
              },
            }
          : {
              mark: { type: 'bar', color: '#2f6f9f' },
              encoding: {
                tooltip: [
                  { field: 'label', type: 'nominal' },
                  { field: 'percentLabel', type: 'nominal' },
                ],
              },
            },
        { mark: { type: 'text', dy: -12 }, encoding: { text: { field: 'percentLabel', type: 'nominal' } } },
      ],
      encoding: { x, y },
    },
  ];
  if (target !== undefined) {
    layer.push({
      data: { values: [{ target }] },
      mark: { type: 'rule', color: '#c0392b', strokeDash: [4, 3], strokeWidth: 2 },
      encoding: { y: { field: 'target', type: 'quantitative' } },
    });
  }
  const spec: Record<string, unknown> = {
    ...base(locale, title, o.width ?? 480),
    data: { values },
    layer,
  };
  const notes: string[] = [];
  if (target !== undefined)
    notes.push(
      vi ? `Đường đỏ đứt nét: chỉ tiêu ${formatTarget(target, locale)}%` : `Dashed red line: the ${formatTarget(target, locale)}% target`,
    );
  if (zoom) notes.push(vi ? `Trục dọc từ ${floor}% đến 100%` : `Vertical axis from ${floor}% to 100%`);
  if (missing.length > 0) notes.push(`${vi ? 'Không có hồ sơ để tính' : 'No dossiers to rate'}: ${missing.join(', ')}`);
  if (notes.length > 0) spec.title = { text: inlineText(title), subtitle: notes.join('. ') };
  return Object.freeze(spec) as VegaLiteSpec;
}

const formatTarget = (t: number, locale: Locale) => (locale === 'vi' ? String(t).replace('.', ',') : String(t));

/**
 * One class of {@link classDistributionChartSpec}.
 *
 * @example
 * ```ts
 * import type { ClassCountRow } from 'cchc';
 * const row: ClassCountRow = { className: 'Tốt', count: 22 };
 * ```
 *
 * @category Reports
 */
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
 *
 * @category Reports
 */
export function classDistributionChartSpec(rows: readonly ClassCountRow[], options: ChartOptions = {}): VegaLiteSpec {
  const { options: o } = chartInput(ClassCountRowsSchema, rows, ChartOptionsSchema, options);
  const locale = o.locale ?? 'vi';
  const shares = largestRemainder(
    rows.map((r) => r.count),
    { decimals: 2 },
  );
  const vi = locale === 'vi';
  const values = rows.map((r, i) => ({ className: inlineText(r.className), order: i, count: r.count, share: shares[i]!.toNumber() }));
  return Object.freeze({
    ...base(locale, o.title ?? (vi ? 'Phân bố xếp loại' : 'Class distribution'), o.width ?? 480),
    data: { values },
    encoding: {
      x: { field: 'className', type: 'nominal', sort: { field: 'order' }, title: null, axis: { labelAngle: 0 } },
      y: { field: 'count', type: 'quantitative', title: vi ? 'Số lượng (đơn vị)' : 'Count (units)', axis: { tickMinStep: 1 } },
    },
    transform: [{ calculate: `format(datum.share, ',.2f') + '%'`, as: 'shareLabel' }],
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
      { mark: { type: 'text', dy: -6 }, encoding: { text: { field: 'shareLabel', type: 'nominal' } } },
    ],
  }) as VegaLiteSpec;
}

/**
 * Options of {@link progressChartSpec}: the common ones, the order of the statuses and one colour per status.
 *
 * @example
 * ```ts
 * import type { ProgressChartOptions } from 'cchc';
 * const o: ProgressChartOptions = { statusOrder: ['Hoàn thành', 'Quá hạn'], colors: ['#2e8b57', '#c0392b'] };
 * ```
 *
 * @category Reports
 */
export interface ProgressChartOptions extends ChartOptions {
  /** The statuses in stacking order; default: in order of first appearance in the rows. */
  readonly statusOrder?: readonly string[];
  /** One CSS colour per status (of `statusOrder`, or of the statuses found). */
  readonly colors?: readonly string[];
}

/**
 * One group of {@link progressChartSpec}: counts per status.
 *
 * @example
 * ```ts
 * import type { ProgressChartRow } from 'cchc';
 * const row: ProgressChartRow = { group: 'Sở Nội vụ', counts: { 'Hoàn thành': 3, 'Quá hạn': 1 } };
 * ```
 *
 * @category Reports
 */
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
 *
 * @category Reports
 */
export function progressChartSpec(rows: readonly ProgressChartRow[], options: ProgressChartOptions = {}): VegaLiteSpec {
  const { options: o } = chartInput(ProgressChartRowsSchema, rows, ProgressChartOptionsSchema, options);
  const locale = o.locale ?? 'vi';
  const vi = locale === 'vi';
  // Statuses are grouping keys: one line of text, NFC (a decomposed "Quá hạn" is the same status).
  const statusKey = (k: string) => inlineText(k).normalize('NFC');
  const statuses = [...new Set((o.statusOrder ?? rows.flatMap((r) => Object.keys(r.counts))).map(statusKey))];
  if (o.colors && o.colors.length !== statuses.length) {
    const p = { colors: o.colors.length, statuses: statuses.length };
    throw new CchcError(
      issue('INVALID_INPUT', ['options', 'colors'], viMsg.INVALID_INPUT__chartColors(p), enMsg.INVALID_INPUT__chartColors(p), o.colors),
    );
  }
  const order = new Map(statuses.map((s, i) => [s, i]));
  const countOf = (r: ProgressChartRow, status: string): number => {
    let n = 0;
    for (const key of Object.keys(r.counts)) if (statusKey(key) === status) n += r.counts[key]!;
    return n;
  };
  const values = rows.flatMap((r, gi) =>
    statuses.flatMap((s) => {
      const count = countOf(r, s);
      return count > 0 ? [{ group: inlineText(r.group), groupOrder: gi, status: s, statusOrder: order.get(s)!, count }] : [];
    }),
  );
  return Object.freeze({
    ...base(locale, o.title ?? (vi ? 'Tiến độ nhiệm vụ' : 'Task progress'), o.width ?? 480),
    data: { values },
    mark: 'bar',
    encoding: {
      y: { field: 'group', type: 'nominal', sort: { field: 'groupOrder' }, title: null, axis: { labelLimit: 320 } },
      x: {
        field: 'count',
        type: 'quantitative',
        stack: 'zero',
        title: vi ? 'Số lượng (nhiệm vụ)' : 'Count (tasks)',
        axis: { tickMinStep: 1 },
      },
      color: {
        field: 'status',
        type: 'nominal',
        sort: statuses,
        title: vi ? 'Trạng thái' : 'Status',
        ...(o.colors ? { scale: { domain: statuses, range: [...o.colors] } } : {}),
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
