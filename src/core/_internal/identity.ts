/**
 * Registries that know objects by identity (a `WeakMap` or `WeakSet` of the library: methodologies built by
 * `defineMethodology`, indicator definitions, deeply frozen values, compiled agency lists, calendar tables), and the
 * one operation that extends them to a stand-in.
 *
 * The build Node loads (dist/node/index.js, scripts/build-node.mjs) exports each constant of a module not yet loaded
 * as a stand-in built on first use ({@link lazyFrozen}). When it is built, {@link adoptIdentity} registers the stand-in
 * wherever the value it stands for is registered, so that `score766(…, QD766_PORTAL)` finds the methodology's lookups
 * whether it receives the stand-in or the value. A registry created with {@link byIdentity} takes part.
 * @internal
 */
type Registry = WeakMap<object, unknown> | WeakSet<object>;

const REGISTRIES: Registry[] = [];
/** The value each stand-in stands for. */
const VALUES = new WeakMap<object, object>();

/**
 * `registry`, enrolled so that {@link adoptIdentity} extends it to stand-ins.
 * @internal
 */
export function byIdentity<R extends Registry>(registry: R): R {
  REGISTRIES.push(registry);
  return registry;
}

/**
 * Register `standIn` in every enrolled registry that holds `value`, with the same entry (an entry the stand-in already
 * has is kept).
 * @internal
 */
export function adoptIdentity(standIn: object, value: object): void {
  if (standIn === value) return;
  VALUES.set(standIn, value);
  for (const registry of REGISTRIES) {
    if (registry instanceof WeakMap) {
      if (registry.has(value) && !registry.has(standIn)) registry.set(standIn, registry.get(value));
    } else if (registry.has(value)) registry.add(standIn);
  }
}

/**
 * The value `x` stands for, if it is a stand-in that {@link adoptIdentity} registered; else `x`. For the readers that
 * need the object itself (a calendar's methods run on the calendar, not through its stand-in).
 * @internal
 */
export function valueOfStandIn<T>(x: T): T {
  return typeof x === 'object' && x !== null ? ((VALUES.get(x) as T | undefined) ?? x) : x;
}
