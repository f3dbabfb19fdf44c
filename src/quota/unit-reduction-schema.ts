// Exported schemas of `unitReduction`. Every object schema is strict: an unknown key is `UNKNOWN_KEY` with a
// suggestion.
import * as s from '../core/schema.js';
import { CountSchema } from '../core/schemas.js';
import { positiveCount } from '../core/fields.js';
import type { UnitEvent, UnitReductionOptions } from './unit-reduction.js';

const info = {
  label: s.string().optional(),
  group: s.string().min(1).optional(),
  // The `reduction` of an event returned by unitReduction, when the event is passed back in (checked against the event).
  reduction: s.int().optional(),
};
// The kit types an option of `discriminatedUnion` as `ObjectSchema<Shape, unknown>`, which a precise object schema is not
// assignable to (its checks take the precise type): widen each option.
const option = (o: s.AnySchema) => o as unknown as s.ObjectSchema<s.Shape, unknown>;
const countEvent = <K extends string>(kind: K) => option(s.object({ kind: s.literal(kind), count: positiveCount(), ...info }));

/**
 * Schema of {@link UnitEvent} (strict). An event returned by `unitReduction` (with its `reduction`) passes too.
 *
 * @example
 * ```ts
 * import { UnitEventSchema } from 'cchc';
 * UnitEventSchema.safeParse({ kind: 'equitize', count: 5 }).success; // true
 * UnitEventSchema.issuesOf({ kind: 'dissolve', cout: 5 })[0]?.suggestion; // 'count'
 * ```
 *
 * @category Quotas
 */
export const UnitEventSchema: s.Schema<UnitEvent> = s.discriminatedUnion('kind', [
  option(s.object({ kind: s.literal('merge'), from: positiveCount(), into: CountSchema, ...info })),
  countEvent('dissolve'),
  countEvent('equitize'),
  countEvent('convert'),
  countEvent('create'),
]) as s.Schema<UnitEvent>;

/**
 * Schema of {@link UnitReductionOptions} (strict).
 *
 * @example
 * ```ts
 * import { UnitReductionOptionsSchema } from 'cchc';
 * UnitReductionOptionsSchema.safeParse({ target: 0 }).success; // false
 * UnitReductionOptionsSchema.issuesOf({ targt: 100 })[0]?.suggestion; // 'target'
 * ```
 *
 * @category Quotas
 */
export const UnitReductionOptionsSchema: s.Schema<UnitReductionOptions> = s.object({
  target: positiveCount().optional(),
  base: positiveCount().optional(),
});
