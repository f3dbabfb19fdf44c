// Public API of the report layer, by name: composition of the modules below into dashboards and charts.
export { VEGA_LITE_SCHEMA, type VegaLiteSpec } from './vega-lite-spec.js';
export {
  onTimeRateChartSpec,
  classDistributionChartSpec,
  progressChartSpec,
  type ChartOptions,
  type OnTimeRateChartOptions,
  type ProgressChartOptions,
  type RateChartRow,
  type ClassCountRow,
  type ProgressChartRow,
} from './charts.js';
export {
  buildDashboard,
  type Dashboard,
  type DashboardQd766,
  type DashboardInput,
  type DashboardDossierRow,
  type DashboardClassRow,
} from './dashboard.js';
export {
  renderDashboard,
  dashboardBlocks,
  taskStatusLabel,
  type RenderDashboardOptions,
  type DashboardOptions,
  type ReportBlock,
} from './render-dashboard.js';
export { dashboardCharts, type DashboardChart } from './dashboard-charts.js';
export {
  ChartOptionsSchema,
  OnTimeRateChartOptionsSchema,
  ProgressChartOptionsSchema,
  RateChartRowsSchema,
  ClassCountRowsSchema,
  ProgressChartRowsSchema,
  DashboardInputSchema,
  DashboardOptionsSchema,
  RenderDashboardOptionsSchema,
  DashboardSchema,
} from './schemas.js';
export type { TextTable } from './_internal/table.js';
