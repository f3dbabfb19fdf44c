import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from 'decimal.js';
import {
  civilServiceCalendar,
  classifyDossier,
  type DossierRecordSchema,
  type DossierClassification,
  type DossierPeriodOptions,
  type DossierRecord,
  type DossierTally,
  type Infer,
  mergeTallies,
  onTimeRate,
  parsePeriod,
  qd766ProgressScore,
  type Ratio,
  type RuleSource,
  type SourceRef,
  tallyDossierColumns,
  tallyDossiers,
} from 'cchc';

const records: DossierRecord[] = [];
async function* stream(): AsyncGenerator<DossierRecord> {}

describe('dossier types', () => {
  it('a Period is a reporting period, spread in or passed as it is; from / to still type-check', () => {
    expectTypeOf(parsePeriod('Quý I/2020')).toExtend<DossierPeriodOptions>();
    expectTypeOf(tallyDossiers(records, parsePeriod('Quý I/2020'))).toEqualTypeOf<DossierTally>();
    expectTypeOf(tallyDossiers(records, { ...parsePeriod('Quý I/2020'), calendar: civilServiceCalendar })).toEqualTypeOf<DossierTally>();
    expectTypeOf(tallyDossiers(records, { from: '2020-01-01', to: '2020-03-31' })).toEqualTypeOf<DossierTally>();
    expectTypeOf(tallyDossierColumns({ received: new Int32Array(0) }, parsePeriod('Quý I/2020'))).toEqualTypeOf<DossierTally>();
    // @ts-expect-error a period needs both bounds
    tallyDossiers(records, { start: '2020-01-01' });
  });

  it('the overloads of tallyDossiers: sync or async, grouped or not', () => {
    const q1 = parsePeriod('Quý I/2020');
    expectTypeOf(tallyDossiers(stream(), q1)).toEqualTypeOf<Promise<DossierTally>>();
    expectTypeOf(tallyDossiers(records, { ...q1, groupBy: 'level' })).toEqualTypeOf<Map<string | null, DossierTally>>();
    expectTypeOf(tallyDossiers(stream(), { ...q1, groupBy: 'agency' })).toEqualTypeOf<Promise<Map<string | null, DossierTally>>>();
    expectTypeOf(tallyDossiers(records, { ...q1, groupBy: (r) => r.channel === 'online' })).toEqualTypeOf<Map<boolean, DossierTally>>();
  });

  it('results name their calendar; rates are Ratio | null; the QĐ 766 score is a Decimal of points', () => {
    expectTypeOf(classifyDossier).returns.toEqualTypeOf<DossierClassification>();
    expectTypeOf<DossierClassification['calendar']>().toEqualTypeOf<string>();
    expectTypeOf<DossierTally['calendar']>().toEqualTypeOf<string | undefined>();
    expectTypeOf(onTimeRate).returns.toEqualTypeOf<Ratio | null>();
    expectTypeOf(qd766ProgressScore).returns.toEqualTypeOf<Decimal | null>();
  });

  it('mergeTallies(a, b) and mergeTallies(...tallies)', () => {
    const t = {} as DossierTally;
    expectTypeOf(mergeTallies(t, t)).toEqualTypeOf<DossierTally>();
    expectTypeOf(mergeTallies(...[t, t, t])).toEqualTypeOf<DossierTally>();
    expectTypeOf([t, t].reduce(mergeTallies)).toEqualTypeOf<DossierTally>();
  });

  it('RuleSource is SourceRef; the record schema infers DossierRecord', () => {
    expectTypeOf<RuleSource>().toEqualTypeOf<SourceRef>();
    expectTypeOf<Infer<typeof DossierRecordSchema>>().toEqualTypeOf<DossierRecord>();
  });
});
