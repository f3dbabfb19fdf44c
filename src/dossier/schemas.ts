// Exported schemas of the dossier module, in their own file so that importing a function never builds them. Every
// object schema is strict: an unknown key is `UNKNOWN_KEY` with a suggestion (`resolvedOn` → `resolvedAt`).
import { issue, show, type CchcIssue, type CchcPath } from '../core/errors.js';
import * as s from '../core/schema.js';
import { qd766FactsSchema } from './qd766-facts.js';
import { AdminLevelSchema } from '../core/schemas.js';
import type { IsoDate } from '../core/iso-date.js';
import type { IsoTimestamp } from '../core/timestamp.js';
import * as vi from '../core/messages/vi/dossier.js';
import * as en from '../core/messages/en/dossier.js';
import * as vi8 from '../core/messages/vi/dossier-nd118.js';
import * as en8 from '../core/messages/en/dossier-nd118.js';
import { notADate, reading } from '../core/read-date.js';
import { readDateOrTimestamp } from './_internal/read-event.js';
import { compareEvents, newNormalized, normalizeDossier } from './_internal/normalize.js';
import { rulesInputSchema, rulesNameSchema } from './_internal/rules-schema.js';
import { tallySchema } from './_internal/tally-schema.js';
import type { DossierChannel, DossierExtension, DossierRecord, DossierSupplement } from './record.js';
import type { DossierRulesInput } from './rules.js';
import type { DossierTally } from './tally.js';

/** Schema of {@link DossierChannel} (errors carry the code `INVALID_CHANNEL`; a prototype name such as `'toString'`
 * is never a channel).
 *
 * @example
 * ```ts
 * import { DossierChannelSchema } from 'cchc';
 * DossierChannelSchema.safeParse('online').success; // true
 * DossierChannelSchema.safeParse('fax').success; // false
 * DossierChannelSchema.safeParse('toString').success; // false
 * ```
 *
 * @category Dossiers
 */
export const DossierChannelSchema: s.Schema<DossierChannel> = s.oneOf(['in-person', 'online', 'postal']).withIssue(
  'INVALID_CHANNEL',
  (r) => vi.INVALID_CHANNEL({ received: r }),
  (r) => en.INVALID_CHANNEL({ received: r }),
);

/**
 * Schema of a date or a date-time with an offset (`'2020-01-20'`, `'2020-01-20T16:30:00+07:00'`): what every event
 * of a dossier accepts. Date-times are read as seen from Vietnam (UTC+7); a date-time without an offset is rejected
 * (`INVALID_TIMESTAMP`), and so is anything else (`INVALID_DATE`).
 *
 * @example
 * ```ts
 * import { DateOrTimestampSchema } from 'cchc';
 * DateOrTimestampSchema.safeParse('2020-01-20T16:30:00+07:00').success; // true
 * DateOrTimestampSchema.safeParse('20/01/2020').success; // false
 * DateOrTimestampSchema.issuesOf('2020-01-20T16:30:00')[0]?.code; // 'INVALID_TIMESTAMP'
 * ```
 *
 * @category Dossiers
 */
export const DateOrTimestampSchema: s.Schema<IsoDate | IsoTimestamp> = s.custom<IsoDate | IsoTimestamp>(
  'date-or-date-time',
  (value, path, ctx) => {
    if (typeof value !== 'string') {
      ctx.issues.push(notADate(value, path));
      return false;
    }
    return readDateOrTimestamp(value, path, ctx.issues as CchcIssue[]);
  },
  { type: 'string', anyOf: [{ format: 'date' }, { format: 'date-time' }] },
);

const optionalEvent = DateOrTimestampSchema.nullish();

/** Schema of {@link DossierSupplement}: a request date, a completion date (absent while open) not before it, and the
 * new due date of a restart (on a completed supplement, not before its completion).
 *
 * @example
 * ```ts
 * import { DossierSupplementSchema } from 'cchc';
 * DossierSupplementSchema.safeParse({ requestedAt: '2019-09-04' }).success; // true
 * DossierSupplementSchema.safeParse({ requestedAt: '2019-09-04', completedAt: '2019-09-03' }).success; // false
 * DossierSupplementSchema.issuesOf({ requestedAt: '2019-09-04', completedOn: '2019-09-06' })[0]?.suggestion; // 'completedAt'
 * DossierSupplementSchema.safeParse({ requestedAt: '2025-10-07', completedAt: '2025-10-13', newDueDate: '2025-10-20' }).success; // true
 * DossierSupplementSchema.safeParse({ requestedAt: '2025-10-07', newDueDate: '2025-10-20' }).success; // false
 * ```
 *
 * @category Dossiers
 */
export const DossierSupplementSchema: s.Schema<DossierSupplement> = s
  .object({ requestedAt: DateOrTimestampSchema, completedAt: optionalEvent, newDueDate: optionalEvent })
  .withIssue(
    'INVALID_SUPPLEMENT',
    (r) => vi.INVALID_SUPPLEMENT__item({ received: r }),
    (r) => en.INVALID_SUPPLEMENT__item({ received: r }),
  )
  .check((v, path, ctx) => {
    if (v.completedAt === undefined || v.completedAt === null) return;
    const scratch: CchcIssue[] = [];
    if (!readDateOrTimestamp(v.requestedAt, path, scratch)) return;
    const q = { day: reading.day, min: reading.minute };
    if (!readDateOrTimestamp(v.completedAt, path, scratch)) return;
    if (compareEvents(reading.day, reading.minute, q.day, q.min) < 0) {
      ctx.issues.push(
        issue(
          'INVALID_SUPPLEMENT',
          [...path, 'completedAt'],
          vi.INVALID_SUPPLEMENT__completedBeforeRequest(),
          en.INVALID_SUPPLEMENT__completedBeforeRequest(),
          v.completedAt,
        ),
      );
    }
  })
  .check((v, path, ctx) => {
    if (v.newDueDate === undefined || v.newDueDate === null) return;
    const scratch: CchcIssue[] = [];
    if (v.completedAt === undefined || v.completedAt === null) {
      ctx.issues.push(
        issue(
          'INVALID_SUPPLEMENT',
          [...path, 'newDueDate'],
          vi8.INVALID_SUPPLEMENT__newDueOpen(),
          en8.INVALID_SUPPLEMENT__newDueOpen(),
          v.newDueDate,
        ),
      );
      return;
    }
    if (!readDateOrTimestamp(v.completedAt, path, scratch)) return;
    const c = reading.day;
    if (!readDateOrTimestamp(v.newDueDate, path, scratch)) return;
    if (reading.day < c) {
      ctx.issues.push(
        issue(
          'INVALID_SUPPLEMENT',
          [...path, 'newDueDate'],
          vi8.INVALID_SUPPLEMENT__newDueBeforeCompletion(),
          en8.INVALID_SUPPLEMENT__newDueBeforeCompletion(),
          v.newDueDate,
        ),
      );
    }
  }) as s.Schema<DossierSupplement>;

/** Schema of {@link DossierExtension}: `{ notifiedAt, newDueDate }`, both required, the new date not before the notice
 * (errors carry `INVALID_EXTENSION`). Whether the notice came early enough and the new date is later than the due date
 * depends on the rules (`extensions: 'once'`, NĐ 118/2025 Đ19(6)) and is judged by the classification.
 *
 * @example
 * ```ts
 * import { DossierExtensionSchema } from 'cchc';
 * DossierExtensionSchema.safeParse({ notifiedAt: '2025-10-17', newDueDate: '2025-10-24' }).success; // true
 * DossierExtensionSchema.issuesOf({ notifiedAt: '2025-10-17' })[0]?.code; // 'INVALID_EXTENSION'
 * DossierExtensionSchema.issuesOf({ notifiedAt: '2025-10-17', newDueDate: '2025-10-16' })[0]?.code; // 'INVALID_EXTENSION'
 * ```
 *
 * @category Dossiers
 */
export const DossierExtensionSchema: s.Schema<DossierExtension> = s.custom<DossierExtension>(
  'extension',
  (value, path, ctx) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      const p = { received: show(value) };
      ctx.issues.push(issue('INVALID_EXTENSION', path, vi8.INVALID_EXTENSION__item(p), en8.INVALID_EXTENSION__item(p), value));
      return false;
    }
    const n = newNormalized();
    const before = ctx.issues.length;
    // The one reader of extensions (the record validator's), on a record made of this extension alone.
    for (const p of normalizeDossier({ id: 1, receivedAt: '1900-01-01', dueDate: '1900-01-01', extension: value }, n, [])) {
      if (p.path[0] === 'extension' && p.code !== 'EVENT_BEFORE_RECEIPT') ctx.issues.push({ ...p, path: [...path, ...p.path.slice(1)] });
    }
    return ctx.issues.length === before;
  },
  {
    type: 'object',
    properties: {
      notifiedAt: { type: 'string', anyOf: [{ format: 'date' }, { format: 'date-time' }] },
      newDueDate: { type: 'string', anyOf: [{ format: 'date' }, { format: 'date-time' }] },
    },
    required: ['notifiedAt', 'newDueDate'],
    additionalProperties: false,
  },
);

/** The fields of a record, one schema each: what JSON Schema and `cchc/zod` describe. @internal */
export const recordShape = {
  id: s.union([s.string().min(1), s.int()]).withIssue(
    'INVALID_INPUT',
    (r) => vi.INVALID_INPUT__dossierId({ received: r }),
    (r) => en.INVALID_INPUT__dossierId({ received: r }),
  ),
  level: AdminLevelSchema.nullish(),
  agency: s.string().nullish(),
  procedure: s.string().nullish(),
  channel: DossierChannelSchema.nullish(),
  receivedAt: DateOrTimestampSchema,
  dueDate: optionalEvent,
  slaWorkingDays: s
    .int()
    .min(0)
    .withIssue(
      'INVALID_SLA',
      (r) => vi.INVALID_SLA({ received: r }),
      (r) => en.INVALID_SLA({ received: r }),
    )
    .nullish(),
  resolvedAt: optionalEvent,
  withdrawnAt: optionalEvent,
  returnedAt: optionalEvent,
  supplements: s
    .array(DossierSupplementSchema)
    .withIssue(
      'INVALID_SUPPLEMENT',
      (r) => vi.INVALID_SUPPLEMENT__list({ received: r }),
      (r) => en.INVALID_SUPPLEMENT__list({ received: r }),
    )
    .nullish(),
  rejectedAt: optionalEvent,
  submittedAt: optionalEvent,
  stoppedAt: optionalEvent,
  extension: DossierExtensionSchema.nullish(),
  extensions: s
    .array(DossierExtensionSchema)
    .withIssue(
      'INVALID_EXTENSION',
      (r) => vi8.INVALID_EXTENSION__list({ received: r }),
      (r) => en8.INVALID_EXTENSION__list({ received: r }),
    )
    .nullish(),
  qd766: s.lazy('Qd766DossierFacts', qd766FactsSchema).nullish(), // QĐ 766 block
};

/** The problems between fields (checked once every field is well-formed). */
const CROSS_FIELD = new Set<string>([
  'DUE_BEFORE_RECEIPT',
  'EVENT_BEFORE_RECEIPT',
  'CONFLICTING_OUTCOMES',
  'MISSING_DUE_DATE',
  'INVALID_SUPPLEMENT',
  'SUBMITTED_AFTER_RECEIPT',
  'INVALID_EXTENSION',
]);
const SUPPLEMENT_FIELD_TEXTS = new Set<string>([
  en.INVALID_SUPPLEMENT__completedBeforeRequest(),
  en8.INVALID_SUPPLEMENT__newDueOpen(),
  en8.INVALID_SUPPLEMENT__newDueBeforeCompletion(),
]);
/** The extension problems between fields (the others are the extension schema's own). */
const EXTENSION_CROSS_TEXTS = new Set<string>([en8.INVALID_EXTENSION__both(), en8.INVALID_EXTENSION__order()]);

/** The last record the object check accepted, so that the cross-field check that follows it does not run twice. */
let lastAccepted: unknown;

/**
 * The record schema: its shape describes the fields (JSON Schema, `cchc/zod`), and its check is the one validator of
 * a dossier record ({@link parseDossierRecord}: every problem at once, fields and the rules between them).
 */
class DossierRecordObjectSchema extends s.ObjectSchema<typeof recordShape, DossierRecord> {
  override _base(value: unknown, path: CchcPath, ctx: s.SchemaContext): boolean {
    const problems = normalizeDossier(value, newNormalized(), path);
    for (const p of problems) ctx.issues.push(p);
    if (problems.length === 0) lastAccepted = value;
    return problems.length === 0;
  }
}

/**
 * Schema of {@link DossierRecord}: the fields (a strict object: `resolvedOn`, `chanel` or `slaWorkingdays` is
 * `UNKNOWN_KEY` with a suggestion) and the checks between them (due date not before the receipt, no event before
 * the receipt, supplements in order and completed after being requested, a due date or an SLA on every accepted
 * dossier, a refused dossier without processing events). Each problem carries its `cchc` code (`UNKNOWN_KEY`,
 * `DUE_BEFORE_RECEIPT`, `EVENT_BEFORE_RECEIPT`, `INVALID_CHANNEL`, `INVALID_SLA`, `INVALID_DATE`, …). The same check
 * as {@link parseDossierRecord}; the tallies' fast path is proven to agree with it by a property test.
 *
 * @example
 * ```ts
 * import { DossierRecordSchema } from 'cchc';
 * DossierRecordSchema.safeParse({ id: 'A1', receivedAt: '2019-03-04', dueDate: '2019-03-11' }).success; // true
 * DossierRecordSchema.safeParse({ id: 'A2', receivedAt: '2019-03-04', dueDate: '2019-03-01' }).success; // false
 * const typo = DossierRecordSchema.issuesOf({ id: 'A3', receivedAt: '2019-03-04', dueDate: '2019-03-11', chanel: 'online' });
 * typo[0]?.code; // 'UNKNOWN_KEY'
 * typo[0]?.suggestion; // 'channel'
 * ```
 *
 * @category Dossiers
 */
export const DossierRecordSchema: s.Schema<DossierRecord> = new DossierRecordObjectSchema(recordShape).check((value, path, ctx) => {
  // Run by `cchc/zod` after zod checked the fields; inside the kit the object check above has done it already.
  if (value === lastAccepted) {
    lastAccepted = undefined;
    return;
  }
  for (const p of normalizeDossier(value, newNormalized(), path)) {
    // A supplement's own problems (not an array, not an object, completed before requested) are the field schemas'.
    const ownProblem =
      (p.code === 'INVALID_SUPPLEMENT' && (p.path.length <= path.length + 2 || SUPPLEMENT_FIELD_TEXTS.has(p.messageEn))) ||
      (p.code === 'INVALID_EXTENSION' && !EXTENSION_CROSS_TEXTS.has(p.messageEn));
    if (CROSS_FIELD.has(p.code) && !ownProblem) ctx.issues.push(p);
  }
});

/** Schema of the `rules` option ({@link DossierRulesInput}): a preset name, or a preset with overrides (strict).
 *
 * @example
 * ```ts
 * import { DossierRulesInputSchema } from 'cchc';
 * DossierRulesInputSchema.safeParse({ preset: 'qd766', compare: 'datetime' }).success; // true
 * DossierRulesInputSchema.safeParse('nd61').success; // false
 * DossierRulesInputSchema.safeParse('in-force').success; // true
 * DossierRulesInputSchema.issuesOf({ preset: 'report', awaitingSuplement: 'pending' })[0]?.suggestion; // 'awaitingSupplement'
 * ```
 *
 * @category Dossiers
 */
export const DossierRulesInputSchema: s.Schema<DossierRulesInput> = s.union([
  rulesNameSchema(),
  rulesInputSchema(),
]) as s.Schema<DossierRulesInput>;

/** Schema of {@link DossierTally}: counts (non-negative safe integers, never NaN), totals equal to the sums of their
 * parts, an optional calendar name; strict. Errors carry `INVALID_TALLY` (`UNKNOWN_KEY` for a key a tally lacks).
 * {@link checkTally} applies it.
 *
 * @example
 * ```ts
 * import { DossierTallySchema, emptyTally } from 'cchc';
 * DossierTallySchema.safeParse(emptyTally()).success; // true
 * DossierTallySchema.safeParse({ ...emptyTally(), awaitingSupplement: Number.NaN }).success; // false
 * ```
 *
 * @category Dossiers
 */
export const DossierTallySchema: s.Schema<DossierTally> = tallySchema();
