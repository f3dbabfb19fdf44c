/**
 * `cchc/datasets`: data only — the seed plan, the seed report, holiday schedules, methodologies — each typed,
 * validated by tests, and citing its source. A separate entry point, so importing a function never loads data.
 *
 * @packageDocumentation
 */
export { kienGiang2019DossierTable, type SeedDossierRow } from './kien-giang-2019-dossiers.js';
export { kienGiang2020Plan } from './kien-giang-2020-plan.js';
export { kienGiang2019PlanResults } from './kien-giang-2019-plan-results.js';
export { kienGiang2019Report, kienGiang2019UnitEvents } from './kien-giang-2019-report.js';
export { kienGiangStreamlining2019, type ProvinceStreamliningSeries } from './kien-giang-streamlining.js';
export { bnv2948ProvinceSkeleton } from './par-bnv-2948-province.js';
export { caMau2013Fragment } from './par-ca-mau-2013.js';
export { binhDuong2017DistrictParTable, kienGiang2018ParClasses, type BinhDuong2017ParRow } from './par-results.js';
export { parIndex2024, type PublishedProvinceResult, type ResultGroup } from './par-index-2024.js';
export { sipas2024 } from './sipas-2024.js';
