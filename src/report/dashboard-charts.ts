import { TASK_STATUSES } from '../plan/task-status.js';
import { classDistributionChartSpec, onTimeRateChartSpec, progressChartSpec } from './charts.js';
import { checkDashboard, type Dashboard } from './dashboard.js';
import { classNameFor, PLAN_OVERDUE_LABEL, taskStatusLabel, type DashboardOptions } from './render-dashboard.js';
import { DashboardOptionsSchema } from './schemas.js';
import type { VegaLiteSpec } from './vega-lite-spec.js';

/**
 * One chart of a dashboard, with a text alternative for screen readers.
 *
 * @example
 * ```ts
 * import type { DashboardChart } from 'cchc';
 * const c: DashboardChart = { id: 'classes', alt: 'Units per class', spec: { $schema: 'https://vega.github.io/schema/vega-lite/v6.json', mark: 'bar' } };
 * ```
 *
 * @category Reports
 */
export interface DashboardChart {
  /** Stable id: `on-time-by-level`, `classes`, `plan-by-lead`. */
  readonly id: string;
  /** What the chart shows, as a sentence. */
  readonly alt: string;
  readonly spec: VegaLiteSpec;
}

/**
 * The charts of a {@link Dashboard} as Vega-Lite specifications (biểu đồ): on-time rates by level (with the target
 * line when the dashboard has one), the class distribution, and plan statuses by lead agency. Plain JSON, for a
 * notebook (vega-embed) or the HTML report.
 *
 * @example
 * ```ts
 * import { buildDashboard, dashboardCharts } from 'cchc';
 * const d = buildDashboard({ title: 'Tỉnh X', asOf: '2019-12-31', classes: { rows: [{ className: 'Tốt', count: 3 }] } });
 * dashboardCharts(d).map((c) => c.id); // ['classes']
 * ```
 *
 * @category Reports
 */
export function dashboardCharts(dashboard: Dashboard, options: DashboardOptions = {}): DashboardChart[] {
  const o = DashboardOptionsSchema.parse(options, { path: ['options'] });
  const d = checkDashboard(dashboard);
  const locale = o.locale ?? 'vi';
  const vi = locale === 'vi';
  const charts: DashboardChart[] = [];
  if (d.dossiers?.rows.some((r) => r.onTimeRate !== null)) {
    charts.push({
      id: 'on-time-by-level',
      alt: vi ? 'Tỷ lệ hồ sơ giải quyết đúng hạn theo cấp' : 'Share of dossiers resolved on time by level',
      spec: onTimeRateChartSpec(
        d.dossiers.rows.map((r) => ({ label: r.label, rate: r.onTimeRate })),
        { locale, ...(d.dossiers.targetPercent !== null ? { targetPercent: d.dossiers.targetPercent } : {}) },
      ),
    });
  }
  if (d.classes && d.classes.total > 0) {
    charts.push({
      id: 'classes',
      alt: vi ? 'Số đơn vị theo xếp loại' : 'Units per class',
      spec: classDistributionChartSpec(
        d.classes.rows.map((r) => ({ className: classNameFor(r.className, locale), count: r.count })),
        { locale, ...(d.classes.title ? { title: d.classes.title } : {}) },
      ),
    });
  }
  if (d.plan) {
    const label = (s: (typeof TASK_STATUSES)[number]) => (s === 'overdue' ? PLAN_OVERDUE_LABEL[locale] : taskStatusLabel(s, { locale }));
    const order = TASK_STATUSES.map(label);
    charts.push({
      id: 'plan-by-lead',
      alt: vi ? 'Tình trạng nhiệm vụ theo cơ quan chủ trì' : 'Task status by lead agency',
      spec: progressChartSpec(
        d.plan.byLead.groups.map((g) => ({
          group: g.label,
          counts: Object.fromEntries(TASK_STATUSES.map((s) => [label(s), g.counts[s]])),
        })),
        {
          locale,
          statusOrder: order,
          colors: ['#9aa5ad', '#e0a526', '#c0392b', '#2e8b57', '#7a9a3a', '#2f6f9f'],
          title: vi ? `Kế hoạch ${d.plan.number}: tình trạng theo cơ quan chủ trì` : `Plan ${d.plan.number}: status by lead agency`,
        },
      ),
    });
  }
  return charts;
}
