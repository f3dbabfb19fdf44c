/**
 * Freeze a value and everything reachable from it (own properties, array items), so that one caller's mutation of an
 * exported constant (a schema, a table) cannot change another caller's results. Functions and RegExps are left as
 * they are (a non-global RegExp is never written to); shared sub-objects are frozen once.
 * @internal
 */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null || seen.has(v) || v instanceof RegExp) continue;
    seen.add(v);
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d && 'value' in d) stack.push(d.value);
    }
    Object.freeze(v);
  }
  return value;
}
