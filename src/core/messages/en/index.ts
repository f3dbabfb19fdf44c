// The English message catalogue: one file per module, re-exported here as one namespace.
export * from './core.js';
