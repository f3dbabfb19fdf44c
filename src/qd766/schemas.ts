// Exported schemas of the QĐ 766 module (kit schemas, strict: an unknown key is UNKNOWN_KEY with a suggestion).
import type * as s from '../core/schema.js';
import type { Qd766DossierFacts } from '../dossier/qd766-facts.js';
import type { PaknRecord, TthcCatalogueRecord } from './records.js';
import { catalogueSchema, factsSchema, paknSchema } from './_internal/record-schemas.js';

/**
 * Schema of {@link Qd766DossierFacts} (the `qd766` sub-object of a dossier record).
 *
 * @example
 * ```ts
 * import { Qd766DossierFactsSchema } from 'cchc';
 * Qd766DossierFactsSchema.safeParse({ paidOnline: true, satisfaction: 'not-rated' }).success; // true
 * Qd766DossierFactsSchema.safeParse({ paidOnlien: true }).success; // false (UNKNOWN_KEY, did you mean 'paidOnline'?)
 * ```
 *
 * @category QĐ 766 service index
 */
export const Qd766DossierFactsSchema: s.Schema<Qd766DossierFacts> = factsSchema();

/**
 * Schema of {@link TthcCatalogueRecord}.
 *
 * @example
 * ```ts
 * import { TthcCatalogueRecordSchema } from 'cchc';
 * TthcCatalogueRecordSchema.safeParse({ code: '1.001234', components: ['name', 'timeLimit'] }).success; // true
 * TthcCatalogueRecordSchema.safeParse({ code: '1.001234', onlineService: 'level-4' }).success; // false
 * ```
 *
 * @category QĐ 766 service index
 */
export const TthcCatalogueRecordSchema: s.Schema<TthcCatalogueRecord> = catalogueSchema();

/**
 * Schema of {@link PaknRecord}.
 *
 * @example
 * ```ts
 * import { PaknRecordSchema } from 'cchc';
 * PaknRecordSchema.safeParse({ id: 1, receivedAt: '2025-12-01' }).success; // true
 * PaknRecordSchema.safeParse({ id: 1, receivedAt: '01/12/2025' }).success; // false
 * ```
 *
 * @category QĐ 766 service index
 */
export const PaknRecordSchema: s.Schema<PaknRecord> = paknSchema();
