/**
 * `cchc/datasets`: data only — the seed plan, the seed report, holiday schedules, methodologies — each typed,
 * validated by tests, and citing its source. A separate entry point, so importing a function never loads data.
 *
 * @packageDocumentation
 */
export { kienGiang2019DossierTable, type SeedDossierRow } from './kien-giang-2019-dossiers.js';
export { kienGiang2020Plan } from './kien-giang-2020-plan.js';
export { kienGiang2019PlanResults } from './kien-giang-2019-plan-results.js';
