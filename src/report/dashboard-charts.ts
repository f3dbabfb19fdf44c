import { checkLocale, type Locale } from '../core/locale.js';
import { TASK_STATUSES } from '../plan/task-status.js';
import { classDistributionChartSpec, onTimeRateChartSpec, progressChartSpec } from './charts.js';
import { checkDashboard, type Dashboard } from './dashboard.js';
import { taskStatusLabel } from './render-dashboard.js';
import type { VegaLiteSpec } from './vega-lite-spec.js';

/** One chart of a dashboard, with a text alternative for screen readers. */
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
 */
export function dashboardCharts(dashboard: Dashboard, options: { readonly locale?: Locale } = {}): DashboardChart[] {
  const d = checkDashboard(dashboard);
  const locale = checkLocale(options.locale ?? 'vi');
  const vi = locale === 'vi';
  const charts: DashboardChart[] = [];
  if (d.dossiers && d.dossiers.rows.some((r) => r.onTimeRate !== null)) {
    charts.push({
      id: 'on-time-by-level',
      alt: vi ? 'Tỷ lệ hồ sơ giải quyết đúng hạn theo cấp' : 'Share of dossiers resolved on time by level',
      spec: onTimeRateChartSpec(
        d.dossiers.rows.map((r) => ({ label: r.label, rate: r.onTimeRate })),
        { locale, ...(d.dossiers.target !== null ? { target: d.dossiers.target } : {}) },
      ),
    });
  }
  if (d.classes && d.classes.total > 0) {
    charts.push({
      id: 'classes',
      alt: vi ? 'Số đơn vị theo xếp loại' : 'Units per class',
      spec: classDistributionChartSpec(d.classes.rows, { locale, ...(d.classes.title ? { title: d.classes.title } : {}) }),
    });
  }
  if (d.plan) {
    const order = TASK_STATUSES.map((s) => taskStatusLabel(s, locale));
    charts.push({
      id: 'plan-by-lead',
      alt: vi ? 'Tình trạng nhiệm vụ theo cơ quan chủ trì' : 'Task status by lead agency',
      spec: progressChartSpec(
        d.plan.byLead.groups.map((g) => ({ group: g.label, counts: Object.fromEntries(TASK_STATUSES.map((s) => [taskStatusLabel(s, locale), g.counts[s]])) })),
        { locale, statusOrder: order, colors: ['#9aa5ad', '#e0a526', '#c0392b', '#2e8b57', '#7a9a3a', '#2f6f9f'], title: vi ? `Kế hoạch ${d.plan.number}: tình trạng theo cơ quan chủ trì` : `Plan ${d.plan.number}: status by lead agency` },
      ),
    });
  }
  return charts;
}
