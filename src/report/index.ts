// Public API of the report layer, by name: composition of the modules below into dashboards and charts.
export { VEGA_LITE_SCHEMA, type VegaLiteSpec } from './vega-lite-spec.js';
export {
  onTimeRateChartSpec,
  classDistributionChartSpec,
  progressChartSpec,
  RateChartRowsSchema,
  type ChartOptions,
  type RateChartRow,
  type ClassCountRow,
  type ProgressChartRow,
} from './charts.js';
