/**
 * A copy of validated data (plain objects, arrays and primitives; the schemas bound its depth), sharing nothing with
 * the original. @internal
 */
export function cloneData<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cloneData) as T;
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      // defineProperty, not assignment: an own key "__proto__" stays a key.
      Object.defineProperty(out, key, {
        value: cloneData((value as Record<string, unknown>)[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out as T;
  }
  return value;
}
