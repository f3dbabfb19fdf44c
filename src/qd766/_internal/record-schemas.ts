// Kit schemas of the QĐ 766 records, built on first use (measure766 validates every record with them).
import * as s from '../../core/schema.js';
import { IsoDateSchema } from '../../core/schemas.js';
import { qd766FactsSchema } from '../../dossier/qd766-facts.js';
import type { PaknRecord, TthcCatalogueRecord } from '../records.js';
import { QD766_PROCEDURE_COMPONENTS } from '../records.js';

const flag = () => s.boolean().nullish();
const satisfaction = () => s.oneOf(['satisfied', 'dissatisfied', 'not-rated']).nullish();

let catalogue: s.Schema<TthcCatalogueRecord> | undefined;
let pakn: s.Schema<PaknRecord> | undefined;

/** @internal */
export const factsSchema = qd766FactsSchema;

/** @internal */
export function catalogueSchema(): s.Schema<TthcCatalogueRecord> {
  catalogue ??= s.object({
    code: s.string().min(1),
    name: s.string().nullish(),
    legalBasisEffectiveAt: IsoDateSchema.nullish(),
    publishedAt: IsoDateSchema.nullish(),
    disclosedAt: IsoDateSchema.nullish(),
    components: s.array(s.oneOf(QD766_PROCEDURE_COMPONENTS)).nullish(),
    onlineService: s.oneOf(['full', 'partial', 'none']).nullish(),
    feeRequired: flag(),
    onlinePaymentIntegrated: flag(),
    citizenApplicants: flag(),
  }) as unknown as s.Schema<TthcCatalogueRecord>;
  return catalogue;
}

/** @internal */
export function paknSchema(): s.Schema<PaknRecord> {
  pakn ??= s.object({
    id: s.union([s.string().min(1), s.number()]),
    receivedAt: IsoDateSchema,
    dueDate: IsoDateSchema.nullish(),
    handledAt: IsoDateSchema.nullish(),
    satisfaction: satisfaction(),
    reraised: flag(),
    dossierId: s.union([s.string(), s.number()]).nullish(),
  }) as unknown as s.Schema<PaknRecord>;
  return pakn;
}
