// Type tests for the public types of NĐ 118/2025 in the dossier module (issue 14).
import { describe, expectTypeOf, it } from 'vitest';
import {
  classifyDossier,
  CIVIL_SERVICE_OFFICE_HOURS,
  DOSSIER_FINDING_CODES,
  DOSSIER_RULE_PRESETS,
  DOSSIER_RULES_IN_FORCE,
  DOSSIER_STATUSES,
  dossierRulesInForce,
  dossierSql,
  resolveDossierRules,
  tallyDossierColumns,
  tallyDossiers,
  type DossierClassification,
  type DossierColumns,
  type DossierCsvField,
  type DossierExtension,
  type DossierFinding,
  type DossierFindingCode,
  type DossierOfficeHours,
  type DossierRecord,
  type DossierRules,
  type DossierRulesInput,
  type DossierStatus,
  type DossierSupplementWindow,
  type DossierTally,
  type IsoDate,
} from 'cchc';

const records: DossierRecord[] = [];
const period = { start: '2025-07-01', end: '2025-09-30' } as const;

describe('NĐ 118 types', () => {
  it('records carry submittedAt, stoppedAt, one extension or a list, and a supplement newDueDate', () => {
    const r: DossierRecord = {
      id: 1,
      receivedAt: '2025-10-06',
      submittedAt: '2025-10-04T21:00:00+07:00',
      slaWorkingDays: 5,
      stoppedAt: null,
      extension: { notifiedAt: '2025-10-10', newDueDate: '2025-10-17' },
      supplements: [{ requestedAt: '2025-10-07', completedAt: '2025-10-13', newDueDate: '2025-10-20' }],
    };
    expectTypeOf(r.extension).toEqualTypeOf<DossierExtension | null | undefined>();
    expectTypeOf(r.extensions).toEqualTypeOf<readonly DossierExtension[] | null | undefined>();
    expectTypeOf<DossierExtension>().toHaveProperty('notifiedAt');
    expectTypeOf<DossierExtension>().toHaveProperty('newDueDate');
    // @ts-expect-error an extension needs its new date
    const half: DossierExtension = { notifiedAt: '2025-10-10' };
    void half;
    const typo: DossierRecord = {
      id: 2,
      receivedAt: '2025-10-06',
      dueDate: '2025-10-13',
      // @ts-expect-error not a field: the notice is `notifiedAt`
      extension: { notifiedOn: '2025-10-10', newDueDate: '2025-10-17' },
    };
    void typo;
  });

  it("rules: the nd118 preset and 'in-force' everywhere a rule set is taken", () => {
    expectTypeOf<'nd118'>().toExtend<DossierRulesInput>();
    expectTypeOf<'in-force'>().toExtend<DossierRulesInput>();
    expectTypeOf<{ preset: 'report'; supplementTime: 'restart' }>().toExtend<DossierRulesInput>();
    expectTypeOf(DOSSIER_RULE_PRESETS.nd118).toEqualTypeOf<DossierRules>();
    expectTypeOf(resolveDossierRules('nd118').supplementTime).toEqualTypeOf<'ignore' | 'subtract' | 'restart'>();
    expectTypeOf(resolveDossierRules('nd118').awaitingSupplement).toEqualTypeOf<'separate' | 'ends-at-request' | 'pending' | 'paused'>();
    expectTypeOf(resolveDossierRules('nd118').supplementWindow).toEqualTypeOf<DossierSupplementWindow | null>();
    expectTypeOf(resolveDossierRules('nd118').officeHours).toEqualTypeOf<readonly DossierOfficeHours[]>();
    expectTypeOf(resolveDossierRules('nd118').extensions).toEqualTypeOf<'ignore' | 'once'>();
    expectTypeOf(resolveDossierRules('nd118').stoppedOnRequest).toEqualTypeOf<'separate' | 'as-withdrawn'>();
    expectTypeOf(CIVIL_SERVICE_OFFICE_HOURS).toEqualTypeOf<readonly DossierOfficeHours[]>();
    expectTypeOf(dossierRulesInForce('2025-07-01')).toEqualTypeOf<DossierRules>();
    expectTypeOf(DOSSIER_RULES_IN_FORCE[0]!.validity.start).toEqualTypeOf<IsoDate | undefined>();
    expectTypeOf(classifyDossier(records[0]!, { asOf: '2025-10-31', rules: 'in-force' })).toEqualTypeOf<DossierClassification>();
    expectTypeOf(tallyDossiers(records, { ...period, rules: 'in-force' })).toEqualTypeOf<DossierTally>();
    expectTypeOf(tallyDossierColumns({ received: new Int32Array(0) }, { ...period, rules: 'in-force' })).toEqualTypeOf<DossierTally>();
    expectTypeOf(
      dossierSql({ dialect: 'duckdb', dossiers: 'd', calendarTable: 'cal', ...period, rules: 'in-force' }),
    ).toEqualTypeOf<string>();
    // @ts-expect-error 'in-force' is not a preset to override
    resolveDossierRules({ preset: 'in-force' });
  });

  it('statuses, classification fields and tally buckets', () => {
    expectTypeOf<'paused'>().toExtend<DossierStatus>();
    expectTypeOf<'stopped-on-request'>().toExtend<DossierStatus>();
    expectTypeOf<'closed-without-supplement'>().toExtend<DossierStatus>();
    expectTypeOf(DOSSIER_STATUSES).toEqualTypeOf<readonly DossierStatus[]>();
    expectTypeOf<DossierClassification['restartedFrom']>().toEqualTypeOf<IsoDate | null>();
    expectTypeOf<DossierClassification['extendedFrom']>().toEqualTypeOf<IsoDate | null>();
    expectTypeOf<DossierClassification['findings']>().toEqualTypeOf<readonly DossierFinding[]>();
    expectTypeOf<NonNullable<DossierClassification['withoutExtension']>['status']>().toEqualTypeOf<DossierStatus>();
    expectTypeOf<DossierClassification['provisional']>().toEqualTypeOf<boolean>();
    expectTypeOf<DossierTally['paused']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<DossierTally['stoppedOnRequest']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<DossierTally['closedWithoutSupplement']>().toEqualTypeOf<number | undefined>();
  });

  it('findings: codes, the issue shape, onFinding and strict', () => {
    expectTypeOf<DossierFinding['code']>().toEqualTypeOf<DossierFindingCode>();
    expectTypeOf(DOSSIER_FINDING_CODES).toEqualTypeOf<readonly DossierFindingCode[]>();
    expectTypeOf<'SECOND_EXTENSION'>().toExtend<DossierFindingCode>();
    tallyDossiers(records, {
      ...period,
      rules: 'nd118',
      strict: false,
      onFinding: (f, i, r) => {
        expectTypeOf(f).toEqualTypeOf<DossierFinding>();
        expectTypeOf(i).toEqualTypeOf<number>();
        expectTypeOf(r).toEqualTypeOf<DossierRecord>();
      },
    });
    classifyDossier(records[0]!, { asOf: '2025-10-31', rules: 'nd118', strict: true });
    // @ts-expect-error strict is a boolean
    classifyDossier(records[0]!, { asOf: '2025-10-31', rules: 'nd118', strict: 'yes' });
  });

  it('columns and CSV fields of NĐ 118', () => {
    expectTypeOf<DossierColumns['stopped']>().toEqualTypeOf<Int32Array | undefined>();
    expectTypeOf<DossierColumns['supplementCompleted']>().toEqualTypeOf<Int32Array | undefined>();
    expectTypeOf<DossierColumns['supplementNewDue']>().toEqualTypeOf<Int32Array | undefined>();
    expectTypeOf<DossierColumns['extensionNotified']>().toEqualTypeOf<Int32Array | undefined>();
    expectTypeOf<DossierColumns['extensionNewDue']>().toEqualTypeOf<Int32Array | undefined>();
    expectTypeOf<'submittedAt' | 'stoppedAt' | 'extensions' | 'extensionNotifiedAt' | 'extensionNewDueDate'>().toExtend<DossierCsvField>();
    expectTypeOf<'qd766.paidOnline'>().toExtend<DossierCsvField>();
  });
});
