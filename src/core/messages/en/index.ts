// The English message catalogue: one file per module, re-exported here as one namespace.
export * from './core.js';
export * from './approximate.js';
export * from './calendar.js';
export * from './units.js';
export * from './dossier.js';
export * from './dossier-csv.js';
export * from './dossier-nd118.js';
export * from './plan.js';
export * from './par.js';
export * from './quota.js';
export * from './indicator.js';
export * from './audit.js';
export * from './report.js';
export * from './cli.js';
export * from './qd766.js';
