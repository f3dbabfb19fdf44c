// Issue 12, dossier module: every exported function, given random and hostile values (null options, prototype names,
// NFC/NFD text, -0, NaN, sparse arrays, huge texts, frozen library objects with a field changed), returns a value or
// throws a CchcError — never another error, never NaN, Infinity or undefined in what it returns.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  averageProcessingTime,
  CchcError,
  calendarTableSql,
  checkTally,
  civilServiceCalendar,
  classifyDossier,
  DOSSIER_RULE_PRESETS,
  DateOrTimestampSchema,
  DossierChannelSchema,
  DossierRecordSchema,
  DossierRulesInputSchema,
  DossierSupplementSchema,
  DossierTallySchema,
  dossierSql,
  dossierSqlProblems,
  emptyTally,
  lateRate,
  mergeTallies,
  onTimeRate,
  overduePendingRate,
  parseDossierRecord,
  parsePeriod,
  qd766ProgressScore,
  resolveDossierRules,
  tallyAggregateRows,
  tallyDossierColumns,
  tallyDossiers,
  tallyFromRow,
  tallyToRow,
  toDayNumber,
} from 'cchc';
import { generateDossiers } from './_generate.js';

const records = generateDossiers({ count: 20, seed: 5, start: '2019-08-01', spanDays: 60, timestamps: 0.3 });
const tally = tallyDossiers(records, { start: '2019-08-01', end: '2019-10-31', processingTime: true });
const row = tallyToRow(tally);
const columns = { received: Int32Array.of(toDayNumber('2019-09-03')), due: Int32Array.of(toDayNumber('2019-09-10')) };
const nfd = 'Sở Tư pháp'.normalize('NFD');

const hostileAtom = fc.constantFrom<unknown>(
  undefined,
  null,
  0,
  -0,
  1,
  -1,
  1.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.MAX_SAFE_INTEGER,
  2 ** 60,
  10n,
  true,
  '',
  'toString',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  nfd,
  '2019-09-03',
  '2019-02-30',
  '2019-09-03T10:00:00',
  '2019-09-03T10:00:00+07:00',
  'x'.repeat(100_000),
  '9'.repeat(400),
  [],
  [, 1],
  {},
  Object.create(null),
  new Date(0),
  civilServiceCalendar,
  emptyTally(),
  tally,
  row,
  DOSSIER_RULE_PRESETS.qd766,
  parsePeriod('Quý III/2019'),
);
/** A library object or a record with one field set to a hostile value. */
const mutated = fc
  .tuple(
    fc.constantFrom<Record<string, unknown>>(
      records[0] as never,
      tally as never,
      row,
      DOSSIER_RULE_PRESETS.report as never,
      parsePeriod('Quý III/2019') as never,
    ),
    hostileAtom,
    fc.nat(20),
  )
  .map(([base, value, k]) => {
    const keys = Object.keys(base);
    const key = k < keys.length ? keys[k]! : ['toString', 'calender', 'resolvedOn', 'from'][k % 4]!;
    return { ...base, [key]: value };
  });
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileAtom },
  { weight: 3, arbitrary: mutated },
  { weight: 1, arbitrary: fc.array(fc.oneof(hostileAtom, mutated), { maxLength: 4 }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(
      fc.constantFrom('start', 'end', 'from', 'to', 'calendar', 'rules', 'groupBy', 'asOf', 'denominator'),
      hostileAtom,
    ),
  },
);

/** A value to spread into options: objects only (spreading a 100 000-character string makes 100 000 keys). */
const spreadable = (v: unknown): object => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {});

/** Nothing in a result is NaN, Infinity or undefined (a missing key is fine; a key holding undefined is not). */
function checkOutput(v: unknown, depth = 0): void {
  if (depth > 8) return;
  if (typeof v === 'number') expect(Number.isFinite(v), `a number in the output: ${v}`).toBe(true);
  else if (v === undefined) expect.fail('undefined in the output');
  else if (v instanceof Map) for (const [, x] of v) checkOutput(x, depth + 1);
  else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) checkOutput(v[i], depth + 1);
  else if (typeof v === 'object' && v !== null) {
    const d = v as { isFinite?: () => boolean };
    if (typeof d.isFinite === 'function') {
      expect(d.isFinite(), 'a Decimal in the output').toBe(true);
      return;
    }
    for (const k of Object.keys(v)) checkOutput((v as Record<string, unknown>)[k], depth + 1);
  }
}

const calls: [string, (a: unknown, b: unknown) => unknown][] = [
  ['parseDossierRecord', (a) => parseDossierRecord(a)],
  ['classifyDossier', (a, b) => classifyDossier(a as never, b as never)],
  ['classifyDossier (valid record)', (_a, b) => classifyDossier(records[0]!, b as never)],
  ['tallyDossiers', (a, b) => tallyDossiers(a as never, b as never)],
  ['tallyDossiers (valid records)', (_a, b) => tallyDossiers(records, b as never)],
  ['tallyDossiers (one record, Q3)', (a) => tallyDossiers([a] as never, parsePeriod('Quý III/2019'))],
  ['tallyDossierColumns', (a, b) => tallyDossierColumns(a as never, b as never)],
  ['tallyDossierColumns (valid columns)', (_a, b) => tallyDossierColumns(columns, b as never)],
  ['mergeTallies', (a, b) => mergeTallies(a as never, b as never)],
  ['mergeTallies (spread)', (a) => (Array.isArray(a) ? mergeTallies(...(a as never[])) : mergeTallies(a as never))],
  ['checkTally', (a) => checkTally(a)],
  ['onTimeRate', (a, b) => onTimeRate(a as never, b as never)],
  ['onTimeRate (valid tally)', (_a, b) => onTimeRate(tally, b as never)],
  ['lateRate', (a, b) => lateRate(a as never, b as never)],
  ['overduePendingRate', (a, b) => overduePendingRate(a as never, b as never)],
  ['qd766ProgressScore', (a, b) => qd766ProgressScore(a as never, b as never)],
  ['averageProcessingTime', (a) => averageProcessingTime(a as never)],
  ['tallyFromRow', (a, b) => tallyFromRow(a as never, b as never)],
  ['tallyToRow', (a) => tallyToRow(a as never)],
  ['tallyAggregateRows', (a, b) => tallyAggregateRows(a as never, b as never)],
  ['dossierSql', (a) => dossierSql(a as never)],
  ['dossierSql (tables given)', (a) => dossierSql({ dialect: 'postgres', dossiers: 'd', calendarTable: 'cal', ...spreadable(a) } as never)],
  ['dossierSqlProblems', (a) => dossierSqlProblems(a as never)],
  ['calendarTableSql', (a, b) => calendarTableSql(a as never, b as never)],
  ['resolveDossierRules', (a) => resolveDossierRules(a as never)],
  // The issues keep the offending value (a NaN among them): what is checked is that they carry codes.
  ['DossierRecordSchema', (a) => DossierRecordSchema.issuesOf(a).map((i) => i.code)],
  ['DossierSupplementSchema', (a) => DossierSupplementSchema.issuesOf(a).map((i) => i.code)],
  ['DossierChannelSchema', (a) => DossierChannelSchema.safeParse(a).success],
  ['DateOrTimestampSchema', (a) => DateOrTimestampSchema.issuesOf(a).map((i) => i.code)],
  ['DossierRulesInputSchema', (a) => DossierRulesInputSchema.issuesOf(a).map((i) => i.code)],
  ['DossierTallySchema', (a) => DossierTallySchema.issuesOf(a).map((i) => i.code)],
];

describe('every dossier export gives a value or a CchcError on hostile input', () => {
  it.each(calls)('%s', (_name, call) => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        let out: unknown;
        try {
          out = call(a, b);
        } catch (e) {
          if (e instanceof CchcError) return;
          throw e;
        }
        // An async input gives a Promise: its value is checked by the other cases.
        if (out instanceof Promise) {
          out.catch(() => undefined);
          return;
        }
        expect(out).not.toBeUndefined();
        // parseDossierRecord and checkTally return their input, as given: only computed results are checked.
        if (out !== a) checkOutput(out);
      }),
      { numRuns: 300 },
    );
  });
});
