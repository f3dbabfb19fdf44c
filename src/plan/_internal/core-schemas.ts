import { AdminLevelSchema, BilingualTextSchema, CountSchema, IsoDateSchema, SourceRefSchema } from '../../core/schemas.js';

/** The core schemas the plan schemas use: frozen with them would be freezing another module's objects. @internal */
export const CORE_SCHEMAS: ReadonlySet<object> = new Set<object>([
  IsoDateSchema,
  CountSchema,
  AdminLevelSchema,
  BilingualTextSchema,
  SourceRefSchema,
]);
