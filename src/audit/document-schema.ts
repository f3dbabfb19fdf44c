// The JSON documents `cchc audit` reads (and `auditDocument` audits), as one schema: a whole report, a dossier table,
// a PAR or SIPAS table, a change, a task summary, an implied base, or a list of checks of every kind. Its JSON Schema
// is written into the package at build time (`dist/schemas/audit-input.schema.json`, `scripts/build-schemas.mjs`).
// The functions validate their own input in full (with the checks written as code); this schema describes the
// shapes, for editors and for JSON Schema validators.
import * as s from '../core/schema.js';
import { CountSchema, IsoDateSchema } from '../core/schemas.js';
import {
  AuditParTableOptionsSchema,
  AuditSipasTableOptionsSchema,
  ChangeInputSchema,
  ClaimInputSchema,
  IdentityInputSchema,
  ImpliedBaseInputSchema,
  ParTableRowSchema,
  PartsInputSchema,
  PrintedRateInputSchema,
  SameValueInputSchema,
  SharesInputSchema,
  SipasTableRowSchema,
  SumTableSchema,
  TaskSummaryInputSchema,
} from './schemas.js';
import { ReportSchema } from './report-schema.js';
import type { AuditDocument } from './document.js';

const count = s.union([CountSchema, s.string().min(1)]);
const groups = {
  received: s.union([
    count,
    s.object({
      total: count.optional(),
      carriedOver: count.optional(),
      new: count.optional(),
      newOnline: count.optional(),
      newInPerson: count.optional(),
      newPostal: count.optional(),
      newInPersonOrPostal: count.optional(),
    }),
  ]),
  resolved: s.union([
    count,
    s.object({
      total: count.optional(),
      early: count.optional(),
      onTime: count.optional(),
      late: count.optional(),
      onTimeOrEarly: count.optional(),
    }),
  ]),
  pending: s.union([count, s.object({ total: count.optional(), withinDue: count.optional(), overdue: count.optional() })]),
};
const rate = (denominators: readonly string[]) =>
  s.union([
    s.string().min(1),
    s.object({ text: s.string().min(1), denominator: s.oneOf(denominators as [string, ...string[]]).optional() }),
  ]);
const outcome = rate(['resolved', 'resolved-plus-pending', 'due-in-period', 'workload', 'received']);
const share = rate(['received', 'new', 'resolved', 'due-in-period']);

/**
 * Schema of {@link AuditDossierTableInput} (the function checks the counts and the rates in full).
 *
 * @example
 * ```ts
 * import { AuditDossierTableInputSchema } from 'cchc';
 * AuditDossierTableInputSchema.safeParse({ rows: [{ label: 'Cấp tỉnh', received: 10, resolved: 8, pending: 2 }] }).success; // true
 * AuditDossierTableInputSchema.safeParse({ rows: [{ label: 'Cấp tỉnh', recieved: 10 }] }).success; // false (UNKNOWN_KEY, did you mean 'received'?)
 * ```
 *
 * @category Audits
 */
export const AuditDossierTableInputSchema = s.object({
  rows: s.array(
    s.object({
      label: s.string(),
      received: groups.received.optional(),
      resolved: groups.resolved.optional(),
      pending: groups.pending.optional(),
      withdrawnOrReturned: count.optional(),
      awaitingSupplement: count.optional(),
      dueInPeriod: count.optional(),
      printed: s
        .object({
          onTimeRate: outcome.optional(),
          onTimeOnlyRate: outcome.optional(),
          earlyRate: outcome.optional(),
          lateRate: outcome.optional(),
          overduePendingRate: rate(['pending', 'received', 'due-in-period']).optional(),
          resolvedRate: share.optional(),
          pendingRate: share.optional(),
          withdrawnRate: share.optional(),
          onlineRate: share.optional(),
          inPersonRate: share.optional(),
          postalRate: share.optional(),
        })
        .optional(),
    }),
  ),
  totalLabel: s.string().optional(),
  location: s.string().optional(),
  complete: s.boolean().optional(),
  locale: s.oneOf(['vi', 'en']).optional(),
  approximateTolerance: s.number().min(0).max(1).optional(),
  date: IsoDateSchema.optional(),
  period: s.unknown().optional(),
});

type AnyObject = s.ObjectSchema<s.Shape, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: any schema
const tagged = (schema: s.Schema<any>, key: string, value: string): AnyObject =>
  (schema as unknown as AnyObject).extend({ [key]: s.literal(value) }) as unknown as AnyObject;
const tables = (key: 'type' | 'kind') => [
  s.object({
    [key]: s.literal('par-table'),
    rows: s.array(ParTableRowSchema),
    options: AuditParTableOptionsSchema.optional(),
  }) as unknown as AnyObject,
  s.object({
    [key]: s.literal('sipas-table'),
    rows: s.array(SipasTableRowSchema),
    options: AuditSipasTableOptionsSchema.optional(),
  }) as unknown as AnyObject,
  tagged(AuditDossierTableInputSchema, key, 'dossier-table'),
  tagged(ChangeInputSchema, key, 'change'),
  tagged(TaskSummaryInputSchema, key, 'task-summary'),
  tagged(ImpliedBaseInputSchema, key, 'implied-base'),
];

/**
 * Schema of one check of a `"checks"` document: any audit input, tagged by `kind` (`"parts"`, `"identity"`,
 * `"printed-rate"`, `"shares"`, `"same-value"`, `"claim"`, `"table-sums"`, `"change"`, `"task-summary"`,
 * `"implied-base"`, `"par-table"`, `"sipas-table"`, `"dossier-table"`).
 *
 * @example
 * ```ts
 * import { AuditCheckSchema } from 'cchc';
 * AuditCheckSchema.safeParse({ kind: 'parts', label: { vi: 'x', en: 'x' }, total: '7.518', parts: ['3.595', '977', '2.926'], exhaustive: true }).success; // true
 * AuditCheckSchema.safeParse({ kind: 'part', total: 1 }).success; // false (did you mean 'parts'?)
 * ```
 *
 * @category Audits
 */
export const AuditCheckSchema = s.discriminatedUnion('kind', [
  tagged(PartsInputSchema, 'kind', 'parts'),
  tagged(IdentityInputSchema, 'kind', 'identity'),
  tagged(PrintedRateInputSchema, 'kind', 'printed-rate'),
  tagged(SharesInputSchema, 'kind', 'shares'),
  tagged(SameValueInputSchema, 'kind', 'same-value'),
  tagged(ClaimInputSchema, 'kind', 'claim'),
  tagged(SumTableSchema, 'kind', 'table-sums'),
  ...tables('kind'),
]);

/**
 * Schema of {@link AuditDocument}: what `cchc audit FILE.json` reads, told apart by `type`. Its JSON Schema ships in
 * the package as `cchc/schemas/audit-input.schema.json` (see {@link auditInputJsonSchema}).
 *
 * @example
 * ```ts
 * import { AuditDocumentSchema } from 'cchc';
 * AuditDocumentSchema.safeParse({ type: 'par-table', rows: [{ unit: 'Quảng Ninh', index: '92,18%', rank: 1 }], options: { of: 63 } }).success; // true
 * AuditDocumentSchema.safeParse({ type: 'checks', checks: [{ kind: 'identity', label: { vi: 'x', en: 'x' }, terms: [{ value: '1.420' }, { value: 265 }], result: '1.686' }] }).success; // true
 * AuditDocumentSchema.safeParse({ type: 'table' }).success; // false
 * ```
 *
 * @category Audits
 */
export const AuditDocumentSchema: s.Schema<AuditDocument> = s.discriminatedUnion('type', [
  tagged(ReportSchema, 'type', 'report'),
  ...tables('type'),
  s.object({
    type: s.literal('checks'),
    location: s.string().optional(),
    checks: s.array(AuditCheckSchema).min(1),
  }) as unknown as AnyObject,
]) as unknown as s.Schema<AuditDocument>;

/**
 * The JSON Schema (draft 2020-12) of the documents `cchc audit` reads, generated from {@link AuditDocumentSchema}. The
 * package ships it as `cchc/schemas/audit-input.schema.json` (written at build time from this function), so that an
 * editor can check a file before it is audited: `{ "$schema": "./node_modules/cchc/dist/schemas/audit-input.schema.json", … }`.
 *
 * @example
 * ```ts
 * import { auditInputJsonSchema } from 'cchc';
 * const schema = auditInputJsonSchema();
 * schema.$id; // 'https://unpkg.com/cchc/dist/schemas/audit-input.schema.json'
 * Array.isArray(schema.oneOf); // true
 * ```
 *
 * @category Audits
 */
export function auditInputJsonSchema(): Record<string, unknown> {
  const body = AuditDocumentSchema.toJSONSchema();
  return {
    $schema: body.$schema,
    $id: 'https://unpkg.com/cchc/dist/schemas/audit-input.schema.json',
    title: 'cchc audit input',
    description:
      'A document for `cchc audit`: a report, a dossier table, a PAR INDEX or SIPAS table, a change, a task summary, an implied base, or a list of checks (type "checks"). Printed figures may be numbers or texts ("4.561", "gần 98%", "hơn 4.500 hồ sơ"); English notation only with "locale": "en".',
    ...Object.fromEntries(Object.entries(body).filter(([k]) => k !== '$schema')),
  };
}
