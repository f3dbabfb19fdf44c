/**
 * `cchc`: exact, explainable figures for Vietnamese administrative reform (cải cách hành chính).
 *
 * Layers (imports point down only): core → calendar → domain modules (plan, dossier, par, quota, indicator) → audit → report.
 * Data (seed plan, seed report, holiday schedules, methodologies) lives in the separate entry `cchc/datasets`.
 *
 * @packageDocumentation
 */
export * from './core/index.js';
export * from './calendar/index.js';
export * from './units/index.js';
export * from './dossier/index.js';
export * from './plan/index.js';
export * from './par/index.js';
export * from './quota/index.js';
export * from './indicator/index.js';
export * from './qd766/index.js';
export * from './audit/index.js';
export * from './report/index.js';
