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

/**
 * A batch may carry, under this key, a function that takes over a record the consumer finds invalid (by its position
 * in the batch): the CSV reader reports it as a rejected row (with its row number) instead of the run aborting.
 * @internal
 */
export const BATCH_REJECT: unique symbol = Symbol('cchc.batchReject');

/** @internal */
export type BatchReject = (position: number, error: import('../../core/errors.js').CchcError) => void;
