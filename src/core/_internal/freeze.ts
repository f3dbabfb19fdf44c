/**
 * Objects frozen deeply: by {@link deepFreeze} (with everything reachable from them), or stand-ins of constants that
 * freeze themselves when first used (`lazyFrozen`). A walk stops at them, so shared sub-objects (a date schema used
 * by thirty others) are walked once per process, not once per constant that holds them.
 * @internal
 */
export const DEEPLY_FROZEN: WeakSet<object> = new WeakSet();

/**
 * Freeze a value and everything reachable from it (own properties, array items), so that one caller's mutation of an
 * exported constant (a schema, a table) cannot change another caller's results. Functions and RegExps are left as
 * they are (a non-global RegExp is never written to); shared sub-objects are frozen once.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || DEEPLY_FROZEN.has(v) || v instanceof RegExp) continue;
    DEEPLY_FROZEN.add(v);
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d && 'value' in d) stack.push(d.value);
    }
    Object.freeze(v);
  }
  return value;
}
