// The dossier fast path (normalizeFast, the hot loop of the tallies) and the full validator (DossierRecordSchema, the
// same check as parseDossierRecord and normalizeDossier) agree: on accept / reject, on the numbers a record is reduced
// to, and on the issue codes a tally reports, for arbitrary values and for near-valid records (one or two fields
// changed, a key misspelt, a prototype name, a decomposed text …). And the schema's shape (what JSON Schema and
// cchc/zod see) never accepts what the validator rejects.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DossierRecordSchema, tallyDossiers, type CchcError, type CchcIssue, type DossierRecord } from 'cchc';
import * as s from '../../src/core/schema.js';
import { recordShape } from '../../src/dossier/schemas.js';
import { newNormalized, normalizeDossier, normalizeFast, type NormalizedDossier } from '../../src/dossier/_internal/normalize.js';
import { generateDossiers } from './_generate.js';

const VALUES: unknown[] = [
  undefined,
  null,
  '',
  ' ',
  'toString',
  '__proto__',
  'constructor',
  'online',
  'in-person',
  'postal',
  'fax',
  'Online',
  'commune',
  'ward',
  'province',
  '2019-09-03',
  '2019-09-10',
  '2019-09-01',
  '2019-02-30',
  '2019-9-3',
  '03/09/2019',
  '2019-09-03T10:00:00+07:00',
  '2019-09-03T10:00:00.5+07:00',
  '2019-09-03T10:00:00Z',
  '2019-09-03T23:30:00-05:00',
  '2019-09-03T10:00:00',
  '2019-09-03 10:00+07:00',
  '2019-09-05T24:00:00+07:00',
  '1999-12-31',
  '2101-01-01',
  'Sở Tư pháp'.normalize('NFD'),
  0,
  -0,
  1,
  5,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  2 ** 53,
  10n,
  true,
  [],
  [{ requestedAt: '2019-09-04', completedAt: '2019-09-05' }],
  [{ requestedAt: '2019-09-04' }],
  [{ requestedAt: '2019-09-05', completedAt: '2019-09-04' }],
  [{ requestedAt: '2019-09-04', completedOn: '2019-09-05' }],
  [null],
  [, { requestedAt: '2019-09-04' }],
  {},
  new Date('2019-09-03T00:00:00Z'),
];

const KEYS = [
  'id',
  'level',
  'agency',
  'procedure',
  'channel',
  'receivedAt',
  'dueDate',
  'slaWorkingDays',
  'resolvedAt',
  'withdrawnAt',
  'returnedAt',
  'supplements',
  'rejectedAt',
];
const TYPOS = ['resolvedOn', 'chanel', 'slaWorkingdays', 'dueDay', 'recievedAt', 'toString', 'note'];

type Edit =
  | { kind: 'set'; key: string; value: unknown }
  | { kind: 'delete'; key: string }
  | { kind: 'typo'; key: string; value: unknown }
  | { kind: 'proto' }
  | { kind: 'inherit'; key: string; value: unknown };

const arbEdit: fc.Arbitrary<Edit> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({ kind: fc.constant('set' as const), key: fc.constantFrom(...KEYS), value: fc.constantFrom(...VALUES) }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), key: fc.constantFrom(...KEYS) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('typo' as const), key: fc.constantFrom(...TYPOS), value: fc.constantFrom(...VALUES) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('proto' as const) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('inherit' as const), key: fc.constantFrom(...KEYS), value: fc.constantFrom(...VALUES) }),
  },
);

class RecordClass {}

function edited(base: DossierRecord, edits: readonly Edit[]): unknown {
  let r: Record<string, unknown> = { ...base };
  for (const e of edits) {
    if (e.kind === 'set') r[e.key] = e.value;
    else if (e.kind === 'delete') delete r[e.key];
    else if (e.kind === 'typo') r[e.key] = e.value;
    else if (e.kind === 'proto') r = Object.assign(new RecordClass(), r) as Record<string, unknown>;
    else r = Object.assign(Object.create({ [e.key]: e.value }) as object, r) as Record<string, unknown>;
  }
  return r;
}

const bases = generateDossiers({ count: 400, seed: 11, start: '2019-08-01', spanDays: 60, timestamps: 0.3, supplementShare: 0.2 });
const arbNearValid = fc.tuple(fc.constantFrom(...bases), fc.array(arbEdit, { maxLength: 3 })).map(([b, e]) => edited(b, e));
const arbAnything = fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...KEYS, ...TYPOS), fc.constantFrom(...VALUES)));
// Events around one day, with and without a time, in and out of order: where the order checks of the two paths meet.
const INSTANTS = [
  '2019-09-02',
  '2019-09-03',
  '2019-09-04',
  '2019-09-03T08:00:00+07:00',
  '2019-09-03T10:00:00+07:00',
  '2019-09-03T10:00:00.250+07:00',
  '2019-09-03T02:00:00Z',
  '2019-09-02T20:00:00-05:00',
];
const arbEvent = fc.option(fc.constantFrom(...INSTANTS), { nil: undefined });
const arbTimed = fc
  .record(
    {
      receivedAt: fc.constantFrom(...INSTANTS),
      dueDate: arbEvent,
      slaWorkingDays: fc.option(fc.constantFrom(0, 3), { nil: undefined }),
      resolvedAt: arbEvent,
      withdrawnAt: arbEvent,
      returnedAt: arbEvent,
      rejectedAt: fc.option(fc.constantFrom(...INSTANTS), { nil: undefined, freq: 5 }),
      supplements: fc.option(
        fc.array(fc.record({ requestedAt: fc.constantFrom(...INSTANTS), completedAt: arbEvent }, { requiredKeys: ['requestedAt'] }), {
          maxLength: 2,
        }),
        { nil: undefined },
      ),
    },
    { requiredKeys: ['receivedAt'] },
  )
  .map((r) => ({ id: 'T', ...r }));
const arbInput = fc.oneof(
  { weight: 4, arbitrary: arbNearValid },
  { weight: 2, arbitrary: arbTimed },
  { weight: 1, arbitrary: arbAnything },
  { weight: 1, arbitrary: fc.constantFrom(...bases) },
);

const FIELDS: readonly (keyof NormalizedDossier)[] = [
  'recDay',
  'recMin',
  'recMs',
  'dueDay',
  'dueMin',
  'sla',
  'resDay',
  'resMin',
  'retDay',
  'retMin',
  'wdrDay',
  'wdrMin',
  'rejDay',
  'channel',
  'supN',
];
const numbers = (n: NormalizedDossier) => FIELDS.map((f) => n[f]);
const at = (issues: readonly CchcIssue[]) => issues.map((i) => `${i.code}@${i.path.join('.')}`);

describe('the dossier fast path agrees with the full validator', () => {
  it('accepts only what the validator accepts, with the same numbers (arbitrary and near-valid records)', () => {
    let fast = 0;
    let slow = 0;
    fc.assert(
      fc.property(arbInput, (r) => {
        const a = newNormalized();
        const b = newNormalized();
        const accepted = normalizeFast(r as Record<string, unknown>, a);
        const issues = DossierRecordSchema.issuesOf(r);
        expect(at(issues)).toEqual(at(normalizeDossier(r, b)));
        if (accepted) {
          fast++;
          expect(issues).toEqual([]);
          expect(numbers(a)).toEqual(numbers(b));
        } else slow++;
      }),
      { numRuns: 3000 },
    );
    // Both paths were exercised.
    expect(fast).toBeGreaterThan(100);
    expect(slow).toBeGreaterThan(100);
  });

  it('a tally rejects a record exactly when the schema does, with the same codes and paths', () => {
    fc.assert(
      fc.property(arbInput, (r) => {
        const errors: CchcError[] = [];
        tallyDossiers([r as DossierRecord], { start: '2019-01-01', end: '2020-12-31', onInvalid: (e) => errors.push(e) });
        const issues = DossierRecordSchema.issuesOf(r, { path: [0] });
        // Problems only a classification can find (a date outside the calendar) are not the schema's.
        const tallied = errors.flatMap((e) => e.issues).filter((i) => i.code !== 'DATE_OUT_OF_RANGE');
        expect(at(tallied)).toEqual(at(issues));
      }),
      { numRuns: 2000 },
    );
  });

  it('the schema shape (JSON Schema, cchc/zod) reports every field problem the validator reports, and accepts nothing it rejects', () => {
    // The shape alone (no cross-field check); any object, as the validator reads class instances' own fields.
    const shapeOnly = new s.ObjectSchema(recordShape).anyObject();
    const CROSS = new Set(['DUE_BEFORE_RECEIPT', 'EVENT_BEFORE_RECEIPT', 'CONFLICTING_OUTCOMES', 'MISSING_DUE_DATE', 'INVALID_SUPPLEMENT']);
    fc.assert(
      fc.property(arbInput, (r) => {
        const full = at(DossierRecordSchema.issuesOf(r));
        const shape = at(shapeOnly.issuesOf(r));
        for (const i of shape) expect(full).toContain(i);
        // What the shape accepts, the validator rejects only for problems between fields.
        if (shape.length === 0) for (const i of full) expect(CROSS.has(i.split('@')[0]!), i).toBe(true);
        // And every field problem of the validator is one the shape reports.
        const fieldLevel = full.filter((i) => !CROSS.has(i.split('@')[0]!));
        for (const i of fieldLevel) expect(shape).toContain(i);
      }),
      { numRuns: 2000 },
    );
  });
});
