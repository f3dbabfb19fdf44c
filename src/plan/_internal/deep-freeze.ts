import { LazySchema } from '../../core/schema.js';

/**
 * Freeze a value and every object reachable from its own properties, so that an exported constant cannot be changed by
 * one caller under another (issue 12). Functions are left as they are; objects in `stop` (schemas of other modules)
 * are neither frozen nor walked. A lazy schema is resolved first, since it caches its target on first use.
 * @internal
 */
export function deepFreeze<T>(value: T, stop: ReadonlySet<object> = new Set()): T {
  const seen = new Set<object>();
  const walk = (v: unknown): void => {
    // An object already frozen may still hold objects that are not (a shallow `Object.freeze`): walk it all the same.
    if (typeof v !== 'object' || v === null || stop.has(v) || seen.has(v)) return;
    seen.add(v);
    if (v instanceof LazySchema) v._target();
    Object.freeze(v);
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d !== undefined && 'value' in d) walk(d.value);
    }
  };
  walk(value);
  return value;
}

/**
 * Whether every object reachable from `value` is frozen (own properties only; functions are not looked into).
 * @internal
 */
export function isDeeplyFrozen(value: unknown, seen: Set<object> = new Set()): boolean {
  if (typeof value !== 'object' || value === null || seen.has(value)) return true;
  seen.add(value);
  if (!Object.isFrozen(value)) return false;
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key);
    if (d !== undefined && 'value' in d && !isDeeplyFrozen(d.value, seen)) return false;
  }
  return true;
}
