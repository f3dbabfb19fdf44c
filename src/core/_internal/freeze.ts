import { byIdentity } from './identity.js';

/**
 * Objects frozen deeply: by {@link deepFreeze} (with everything reachable from them), or stand-ins of constants that
 * freeze themselves when first used (`lazyFrozen`). A walk stops at them, so shared sub-objects (a date schema used
 * by thirty others) are walked once per process, not once per constant that holds them (start-up, issue 18).
 * @internal
 */
export const DEEPLY_FROZEN: WeakSet<object> = byIdentity(new WeakSet());

/**
 * The library's one deep freeze (issue 12): every exported constant, table, dataset and schema is frozen with it, so
 * that one caller's mutation of an exported value cannot change another caller's results.
 *
 * - Freezes `value` and every object reachable from its own properties (array items included, symbol keys too).
 * - Objects already frozen are walked all the same (a shallow `Object.freeze` may hold objects that are not), except
 *   those this function froze before, or stand-ins of lazily built constants ({@link DEEPLY_FROZEN}).
 * - Iterative (no recursion): a deep structure cannot overflow the stack; shared sub-objects are visited once.
 * - Functions and RegExps are left as they are (a non-global RegExp is never written to); objects in `stop` (schemas
 *   of other modules, frozen by their own module) are neither frozen nor walked.
 * - A lazy schema of the kit (`s.lazy`) is resolved before it is frozen, since it caches its target on first use.
 * @internal
 */
export function deepFreeze<T>(value: T, stop?: ReadonlySet<object>): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || DEEPLY_FROZEN.has(v) || v instanceof RegExp || stop?.has(v)) continue;
    DEEPLY_FROZEN.add(v);
    // A LazySchema (duck-typed: core/schema.ts is not imported here, so that freezing a table does not load the kit).
    const lazy = v as { kind?: unknown; _target?: unknown };
    if (lazy.kind === 'lazy' && typeof lazy._target === 'function') (lazy._target as () => unknown).call(v);
    Object.freeze(v);
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d !== undefined && 'value' in d) stack.push(d.value);
    }
  }
  return value;
}

/**
 * Whether every object reachable from `value` is frozen (own properties; functions are not looked into). Iterative.
 * @internal
 */
export function isDeeplyFrozen(value: unknown): boolean {
  const stack: unknown[] = [value];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || seen.has(v)) continue;
    seen.add(v);
    if (!Object.isFrozen(v)) return false;
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d !== undefined && 'value' in d) stack.push(d.value);
    }
  }
  return true;
}
