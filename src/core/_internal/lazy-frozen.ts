/**
 * A deeply frozen constant built on first use (issue 18: nothing is built when the package is imported).
 *
 * `lazyFrozen(build)` returns a stand-in (a `Proxy`) for the object `build()` will return. The first operation on it
 * (reading a key, `Object.keys`, `instanceof`, `Object.isFrozen`, …) builds the value, freezes it deeply, and copies
 * its own properties and prototype onto the stand-in's target, which is then frozen too; every later operation reads
 * that frozen copy. So an exported schema or table behaves like the object itself (same keys, same prototype and
 * methods, `Object.isFrozen` true), while `import('cchc')` builds none of them. `util.inspect` (console.log) shows the
 * value too: it is built for display.
 *
 * The stand-in is a different object from the one `build` returned; code that keys a `WeakMap` by identity registers
 * the stand-in (see the `onBuilt` hook). Use it for constants only: every access goes through the proxy's traps.
 * @internal
 */
import { DEEPLY_FROZEN, deepFreeze } from './freeze.js';

const INSPECT = Symbol.for('nodejs.util.inspect.custom');

/** Options of {@link lazyFrozen}. @internal */
export interface LazyFrozenOptions<T> {
  /** The value is an array (so that `Array.isArray` holds before it is built). */
  readonly array?: boolean;
  /** Runs once, right after the build (to register the stand-in where the value is registered by identity). */
  readonly onBuilt?: (standIn: T, value: T) => void;
  /**
   * Methods that can answer before the value is built, each called with the stand-in as `this` (a schema's
   * `optional()` wraps the stand-in without building it).
   */
  readonly unbuilt?: Readonly<Record<string, (this: T, ...args: never[]) => unknown>>;
  /**
   * `false`: the value is not frozen by the stand-in, and the stand-in is frozen (shallowly) only if the value is
   * (it holds the value's own properties as they are when it is built). The Node build's main entry uses it for the
   * exported constants it does not own the freezing of (scripts/build-node.mjs), so that the stand-in is what the value
   * is. Default `true`.
   */
  readonly freeze?: boolean;
  /**
   * Methods (functions the value inherits) are read bound to the value: for an instance of a class with private fields
   * (a calendar), whose methods cannot run with the stand-in as `this`. The same bound function every time.
   */
  readonly bindMethods?: boolean;
}

/**
 * A stand-in for `build()`, built and deeply frozen on first use.
 * @internal
 */
export function lazyFrozen<T extends object>(build: () => T, options: LazyFrozenOptions<T> = {}): T {
  const { onBuilt, unbuilt } = options;
  const freeze = options.freeze !== false;
  const target: object = options.array ? [] : Object.create(null);
  let state: 0 | 1 | 2 = 0; // 0 not built, 1 building, 2 built
  let standIn: T;
  let built: T | undefined;
  const bound = options.bindMethods ? new Map<PropertyKey, unknown>() : undefined;
  const ready = (): void => {
    if (state === 2) return;
    if (state === 1) throw new Error('cchc: a lazily built constant refers to itself while it is being built');
    state = 1;
    let value: T;
    try {
      value = freeze ? deepFreeze(build()) : build();
    } catch (e) {
      state = 0;
      throw e;
    }
    delete (target as Record<symbol, unknown>)[INSPECT];
    Object.setPrototypeOf(target, Object.getPrototypeOf(value));
    for (const key of Reflect.ownKeys(value)) Object.defineProperty(target, key, Object.getOwnPropertyDescriptor(value, key)!);
    if (freeze || Object.isFrozen(value)) Object.freeze(target);
    if (bound) built = value;
    state = 2;
    onBuilt?.(standIn, value);
  };
  // util.inspect reads the target without traps: a display hook builds the value first (removed once built).
  Object.defineProperty(target, INSPECT, {
    configurable: true,
    enumerable: false,
    value(this: unknown, _depth: number, options: unknown, inspect: (v: unknown, o: unknown) => string) {
      ready();
      return inspect(standIn, options);
    },
  });
  const handler: ProxyHandler<object> = {
    get: (t, key, receiver) => {
      if (bound !== undefined && state === 2) {
        const b = bound.get(key); // a method read before: the common case of a calendar's stand-in
        if (b !== undefined) return b;
      }
      if (state !== 2 && unbuilt !== undefined && typeof key === 'string' && Object.hasOwn(unbuilt, key)) return unbuilt[key];
      ready();
      if (bound !== undefined && key !== 'constructor' && !Object.hasOwn(t, key)) {
        const method = Reflect.get(t, key, receiver);
        if (typeof method !== 'function') return method;
        const b = method.bind(built);
        bound.set(key, b);
        return b;
      }
      return Reflect.get(t, key, receiver);
    },
    set: (t, key, value, receiver) => (ready(), Reflect.set(t, key, value, receiver)),
    has: (t, key) => (ready(), Reflect.has(t, key)),
    deleteProperty: (t, key) => (ready(), Reflect.deleteProperty(t, key)),
    defineProperty: (t, key, d) => (ready(), Reflect.defineProperty(t, key, d)),
    ownKeys: (t) => (ready(), Reflect.ownKeys(t)),
    getOwnPropertyDescriptor: (t, key) => (ready(), Reflect.getOwnPropertyDescriptor(t, key)),
    getPrototypeOf: (t) => (ready(), Reflect.getPrototypeOf(t)),
    setPrototypeOf: (t, proto) => (ready(), Reflect.setPrototypeOf(t, proto)),
    isExtensible: (t) => (ready(), Reflect.isExtensible(t)),
    preventExtensions: (t) => (ready(), Reflect.preventExtensions(t)),
  };
  standIn = new Proxy(target, handler) as T;
  // A deep freeze of a value holding the stand-in (a schema nesting it) does not build it: it freezes itself.
  if (freeze) DEEPLY_FROZEN.add(standIn);
  return standIn;
}
