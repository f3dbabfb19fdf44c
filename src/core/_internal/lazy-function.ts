/**
 * A stand-in for a class or a function with properties of its own (`CchcError`, `Schema`, `CchcDecimal`), loaded on
 * first use.
 *
 * The build Node loads (dist/node/index.js, scripts/build-node.mjs) exports them through it, so that importing `cchc`
 * loads none of the modules that define them. Every operation on the stand-in acts on the function `load()` returns:
 * calling it, `new`, `extends`, reading or setting a property (`CchcDecimal.ROUND_HALF_UP`, `CchcDecimal.set(…)`),
 * `instanceof`, `Object.keys`, `Object.freeze`. Only identity differs (`standIn !== load()`).
 * @internal
 */
export function lazyFunction<F extends object>(load: () => F, name: string, length: number): F {
  let real: F | undefined;
  const get = (): F => {
    if (real === undefined) {
      real = load();
      // The target reports what the function has where a proxy must agree with its target: `prototype` (a class's is
      // read-only; the target's is writable until now).
      const proto = Object.getOwnPropertyDescriptor(real, 'prototype');
      if (proto) Object.defineProperty(target, 'prototype', proto);
      Object.setPrototypeOf(target, Object.getPrototypeOf(real)); // a class's parent (CchcError: Error)
    }
    return real;
  };
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
    // On the function, and on the target too, which must agree with what the stand-in reports (Object.freeze).
    defineProperty: (t, key, d) => Reflect.defineProperty(get(), key, d) && Reflect.defineProperty(t, key, d),
    ownKeys: () => Reflect.ownKeys(get()),
    getOwnPropertyDescriptor: (_t, key) => Reflect.getOwnPropertyDescriptor(get(), key),
    getPrototypeOf: (t) => (get(), Reflect.getPrototypeOf(t)),
    // Freezing (or sealing) the stand-in: the function's own properties are copied onto the target, then both are made
    // non-extensible, so that the stand-in keeps agreeing with its target (a proxy must, once it is not extensible).
    preventExtensions: (t) => {
      const f = get();
      for (const key of Reflect.ownKeys(f)) {
        const d = Reflect.getOwnPropertyDescriptor(f, key)!;
        const own = Reflect.getOwnPropertyDescriptor(t, key);
        if (own === undefined || own.configurable) Reflect.defineProperty(t, key, d);
      }
      Reflect.preventExtensions(f);
      return Reflect.preventExtensions(t);
    },
    isExtensible: (t) => (get(), Reflect.isExtensible(t)),
  };
  const standIn = new Proxy(target, handler) as unknown as F;
  return standIn;
}
