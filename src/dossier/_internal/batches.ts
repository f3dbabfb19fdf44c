/**
 * An internal protocol between readers and reducers of this module: an object with this method yields its items in
 * arrays (one per input chunk), which saves one async step per record. Public iteration is unaffected.
 * @internal
 */
export const BATCHES: unique symbol = Symbol('cchc.batches');

/** @internal */
export interface Batched<T> {
  [BATCHES](): AsyncGenerator<T[]>;
}

/** @internal */
export function isBatched<T>(value: unknown): value is Batched<T> {
  return typeof value === 'object' && value !== null && typeof (value as Partial<Batched<T>>)[BATCHES] === 'function';
}
