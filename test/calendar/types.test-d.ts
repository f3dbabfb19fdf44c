// Issue 13: the types of provisional days, onProvisional and 24/11.
import { describe, expectTypeOf, it } from 'vitest';
import {
  addWorkingDays,
  civilServiceCalendar,
  classifyDossier,
  createWorkCalendar,
  dueDate,
  firstProvisionalDay,
  holidayLawOn,
  isProvisional,
  vnHolidays,
  workingDaysBetween,
  type CultureDayMode,
  type CultureDayRule,
  type DayStatus,
  type DossierTally,
  type IsoDate,
  type OnProvisional,
  type WorkingDayOptions,
} from 'cchc';

describe('provisional days and 24/11', () => {
  it('status, isProvisional, firstProvisionalDay, the fast path', () => {
    expectTypeOf(vnHolidays(2027)[0]!.status).toEqualTypeOf<DayStatus>();
    expectTypeOf<DayStatus>().toEqualTypeOf<'official' | 'provisional'>();
    expectTypeOf(isProvisional('2027-01-01')).toEqualTypeOf<boolean>();
    expectTypeOf(firstProvisionalDay({ start: '2027-01-01', end: '2027-01-31' })).toEqualTypeOf<IsoDate | undefined>();
    expectTypeOf(civilServiceCalendar.firstProvisionalDayNumber(1, 2)).toEqualTypeOf<number | undefined>();
    expectTypeOf(civilServiceCalendar.entry('2027-01-01')?.status).toEqualTypeOf<DayStatus | undefined>();
  });
  it('onProvisional is an option of the working-day functions', () => {
    expectTypeOf<OnProvisional>().toEqualTypeOf<'allow' | 'error'>();
    expectTypeOf(addWorkingDays('2027-01-04', 1, { onProvisional: 'error' })).toEqualTypeOf<IsoDate>();
    expectTypeOf(workingDaysBetween('2027-01-04', '2027-01-08', { onProvisional: 'allow' })).toEqualTypeOf<number>();
    expectTypeOf(dueDate('2027-01-04', 1, { cutoff: '15:00', onProvisional: 'error' })).toEqualTypeOf<IsoDate>();
    expectTypeOf<{ onProvisional: 'warn' }>().not.toExtend<WorkingDayOptions>();
  });
  it('24/11: the law version, the calendar option', () => {
    expectTypeOf(holidayLawOn('2026-11-24').cultureDay).toEqualTypeOf<CultureDayRule | null>();
    expectTypeOf<CultureDayMode>().toEqualTypeOf<'observed' | 'observed-without-compensation' | 'not-observed'>();
    expectTypeOf(
      createWorkCalendar({ base: civilServiceCalendar, cultureDay: 'not-observed' }).isProvisional('2027-01-01'),
    ).toEqualTypeOf<boolean>();
  });
  it('dossier results say provisional', () => {
    expectTypeOf(
      classifyDossier({ id: 1, receivedAt: '2027-01-04', slaWorkingDays: 3 }, { asOf: '2027-01-31' }).provisional,
    ).toEqualTypeOf<boolean>();
    expectTypeOf<DossierTally['provisional']>().toEqualTypeOf<number | undefined>();
  });
});
