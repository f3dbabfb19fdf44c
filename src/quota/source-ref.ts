// SourceRef moved to the core layer (one citation shape for every module); kept here for existing imports.
export type { SourceRef, SourceReliability } from '../core/source-ref.js';
export { SourceRefSchema } from '../core/schemas.js';
