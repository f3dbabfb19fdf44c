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

/**
 * A reader with this method hands each valid record to `sink` as soon as it is read and checked, together with its
 * normalized form (so that a tally does not read and check the record a second time), and returns when the input
 * ends. `reject(error)` takes the record back as a rejected row, reported right away (rows stay in their order).
 * @internal
 */
export const RECORD_SINK: unique symbol = Symbol('cchc.recordSink');

/** @internal */
export type RecordSink = (
  record: import('../record.js').DossierRecord,
  normalized: import('./normalize.js').NormalizedDossier,
  reject: (error: import('../../core/errors.js').CchcError) => void,
) => void;

/** @internal */
export interface Sinkable {
  [RECORD_SINK](sink: RecordSink): Promise<void>;
}

/** @internal */
export function isSinkable(value: unknown): value is Sinkable {
  return typeof value === 'object' && value !== null && typeof (value as Partial<Sinkable>)[RECORD_SINK] === 'function';
}
