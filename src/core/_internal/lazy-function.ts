/**
 * A stand-in for a function with properties of its own (a constructor such as `CchcDecimal`), loaded on first use.
 *
 * The build Node loads (dist/node/index.js, scripts/build-node.mjs) exports `CchcDecimal` through it, so that
 * importing `cchc` does not load decimal.js. Every operation on the stand-in acts on the function `load()` returns:
 * calling it, `new`, reading or setting a property (`CchcDecimal.ROUND_HALF_UP`, `CchcDecimal.set(…)`), `instanceof`,
 * `Object.keys`. Only identity differs (`standIn !== load()`).
 * @internal
 */
export function lazyFunction<F extends object>(load: () => F, name: string, length: number): F {
  let real: F | undefined;
  const get = (): F => (real ??= load());
  // A function declaration as the target, so that the stand-in can be called and constructed (an arrow cannot be
  // constructed; a class's `prototype` is read-only, and the stand-in could not report the function's writable one).
  function target(): void {}
  Object.defineProperty(target, 'name', { value: name });
  Object.defineProperty(target, 'length', { value: length });
  const handler: ProxyHandler<typeof target> = {
    apply: (_t, thisArg, args) => Reflect.apply(get() as (...a: unknown[]) => unknown, thisArg, args),
    construct: (_t, args, newTarget) =>
      Reflect.construct(get() as new (...a: unknown[]) => object, args, newTarget === standIn ? (get() as typeof target) : newTarget),
    get: (_t, key) => Reflect.get(get(), key),
    set: (_t, key, value) => Reflect.set(get(), key, value),
    has: (_t, key) => Reflect.has(get(), key),
    deleteProperty: (_t, key) => Reflect.deleteProperty(get(), key),
    defineProperty: (_t, key, d) => Reflect.defineProperty(get(), key, d),
    ownKeys: () => Reflect.ownKeys(get()),
    getOwnPropertyDescriptor: (_t, key) => Reflect.getOwnPropertyDescriptor(get(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(get()),
  };
  const standIn = new Proxy(target, handler) as unknown as F;
  return standIn;
}
