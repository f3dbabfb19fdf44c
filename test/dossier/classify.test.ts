import { describe, expect, it } from 'vitest';
import { CchcError, civilServiceCalendar, classifyDossier, DOSSIER_RULE_PRESETS, resolveDossierRules, type DossierRecord } from 'cchc';

// Swap week of 2019 (Mon 29/4 off, worked on Sat 4/5), 30/4 and 1/5 holidays, 2/9 National Day.
const cal = civilServiceCalendar; // 2019: swap week (Mon 29/4 off, Sat 4/5 worked), 30/4, 1/5, 2/9
const base = { id: 'HS', receivedAt: '2019-09-03', dueDate: '2019-09-10' } as const;
const status = (r: DossierRecord, asOf = '2019-09-30', rules?: Parameters<typeof classifyDossier>[1]['rules']) =>
  classifyDossier(r, { asOf, rules, calendar: cal }).status;

describe('classifyDossier, report rules', () => {
  it('resolved early / on time / late against the due date', () => {
    expect(status({ ...base, resolvedAt: '2019-09-09' })).toBe('resolved-early');
    expect(status({ ...base, resolvedAt: '2019-09-10' })).toBe('resolved-on-time');
    expect(status({ ...base, resolvedAt: '2019-09-11' })).toBe('resolved-late');
    expect(status({ ...base, resolvedAt: '2019-09-10T23:59:00+07:00' })).toBe('resolved-on-time');
    expect(status({ ...base, resolvedAt: '2019-09-10T17:30:00Z' })).toBe('resolved-late'); // 00:30 on 11/9 in Vietnam
  });

  it('pending within when the due date is on or after asOf, overdue otherwise; later events are ignored', () => {
    expect(status({ ...base, resolvedAt: '2019-09-12' }, '2019-09-10')).toBe('pending-within');
    expect(status(base, '2019-09-10')).toBe('pending-within');
    expect(status(base, '2019-09-11')).toBe('pending-overdue');
  });

  it('keeps withdrawn/returned, awaiting supplement and not accepted apart', () => {
    expect(status({ ...base, withdrawnAt: '2019-09-05' })).toBe('withdrawn-or-returned');
    expect(status({ ...base, returnedAt: '2019-09-20' })).toBe('withdrawn-or-returned');
    expect(status({ ...base, supplements: [{ requestedAt: '2019-09-05' }] })).toBe('awaiting-supplement');
    expect(status({ ...base, supplements: [{ requestedAt: '2019-09-05', completedAt: '2019-10-02' }] })).toBe('awaiting-supplement');
    expect(status({ id: 1, receivedAt: '2019-09-03', rejectedAt: '2019-09-03' })).toBe('not-accepted');
  });

  it('resolution takes precedence over withdrawal or return', () => {
    expect(status({ ...base, resolvedAt: '2019-09-12', withdrawnAt: '2019-09-11' })).toBe('resolved-late');
  });

  it('ignores supplement time (the report compares with the appointment date as recorded)', () => {
    expect(status({ ...base, resolvedAt: '2019-09-12', supplements: [{ requestedAt: '2019-09-04', completedAt: '2019-09-08' }] })).toBe(
      'resolved-late',
    );
  });

  it('gives the due date used and the delay in calendar and working days', () => {
    const c = classifyDossier({ ...base, resolvedAt: '2019-09-16' }, { asOf: '2019-09-30', calendar: cal });
    expect(c).toMatchObject({
      status: 'resolved-late',
      dueDate: '2019-09-10',
      judgedDate: '2019-09-16',
      delayDays: 6,
      delayWorkingDays: 4,
      supplementRequests: 0,
    });
    // Without a calendar option: civilServiceCalendar (Tue 10/9 → Tue 17/9 is 5 working days), named in the result.
    expect(classifyDossier(base, { asOf: '2019-09-17' })).toMatchObject({
      status: 'pending-overdue',
      delayDays: 7,
      delayWorkingDays: 5,
      calendar: 'civil-service',
    });
    expect(classifyDossier({ ...base, resolvedAt: '2019-09-09' }, { asOf: '2019-09-30', calendar: cal }).delayWorkingDays).toBe(0);
  });
});

describe('classifyDossier, qd766 rules', () => {
  it('subtracts supplement waiting time', () => {
    const r = { ...base, resolvedAt: '2019-09-12', supplements: [{ requestedAt: '2019-09-04', completedAt: '2019-09-06' }] };
    expect(classifyDossier(r, { asOf: '2019-09-30', rules: 'qd766' })).toMatchObject({
      status: 'resolved-on-time',
      judgedDate: '2019-09-10',
    });
  });
  it('counts a second supplement request as late', () => {
    const r = {
      ...base,
      resolvedAt: '2019-09-08',
      supplements: [
        { requestedAt: '2019-09-04', completedAt: '2019-09-05' },
        { requestedAt: '2019-09-05', completedAt: '2019-09-06' },
      ],
    };
    expect(status(r, '2019-09-30', 'qd766')).toBe('resolved-late');
    expect(status(r, '2019-09-30', 'report')).toBe('resolved-early');
    expect(status({ ...r, resolvedAt: undefined }, '2019-09-08', 'qd766')).toBe('pending-overdue');
  });
  it('ends a dossier waiting on the applicant at the request', () => {
    expect(
      classifyDossier({ ...base, supplements: [{ requestedAt: '2019-09-06' }] }, { asOf: '2019-09-30', rules: 'qd766' }),
    ).toMatchObject({ status: 'resolved-early', judgedDate: '2019-09-06' });
    expect(status({ ...base, supplements: [{ requestedAt: '2019-09-12' }] }, '2019-09-30', 'qd766')).toBe('resolved-late');
  });
  it('judges withdrawal and return like a resolution', () => {
    expect(status({ ...base, withdrawnAt: '2019-09-05' }, '2019-09-30', 'qd766')).toBe('resolved-early');
    expect(status({ ...base, returnedAt: '2019-09-20' }, '2019-09-30', 'qd766')).toBe('resolved-late');
    expect(status({ ...base, returnedAt: '2019-09-20' }, '2019-09-30', { withdrawnOrReturned: 'on-time' })).toBe('resolved-on-time');
  });
});

describe('classifyDossier, open options', () => {
  it('awaitingSupplement "pending" with and without a paused clock', () => {
    const r = { ...base, supplements: [{ requestedAt: '2019-09-06' }] };
    expect(status(r, '2019-09-30', { awaitingSupplement: 'pending' })).toBe('pending-within');
    expect(status(r, '2019-09-30', { awaitingSupplement: 'pending', unfinishedSupplementPauses: false })).toBe('pending-overdue');
  });
  it('compares instants under compare: "datetime" when both carry a time', () => {
    const r = { ...base, dueDate: '2019-09-10T11:00:00+07:00', resolvedAt: '2019-09-10T15:00:00+07:00' };
    expect(status(r)).toBe('resolved-on-time');
    expect(status(r, '2019-09-30', { compare: 'datetime' })).toBe('resolved-late');
    expect(status({ ...r, resolvedAt: '2019-09-10T09:00:00+07:00' }, '2019-09-30', { compare: 'datetime' })).toBe('resolved-early');
    expect(status({ ...r, resolvedAt: '2019-09-10' }, '2019-09-30', { compare: 'datetime' })).toBe('resolved-on-time');
  });
  it('computes due dates from slaWorkingDays on the calendar (swap week, holidays)', () => {
    const due = (receivedAt: string, sla: number, rules?: Parameters<typeof classifyDossier>[1]['rules']) =>
      classifyDossier({ id: 1, receivedAt, slaWorkingDays: sla }, { asOf: '2019-12-31', calendar: cal, rules }).dueDate;
    expect(due('2019-04-26', 1)).toBe('2019-05-02'); // Fri → skip Mon 29/4 (swap), 30/4, 1/5
    expect(due('2019-04-26', 2)).toBe('2019-05-03');
    expect(due('2019-04-26', 3)).toBe('2019-05-04'); // the make-up Saturday is a working day
    expect(due('2019-08-30', 3)).toBe('2019-09-05'); // 2/9 off
    expect(due('2019-09-07', 0)).toBe('2019-09-09'); // Saturday, same-day procedure → next working day
    expect(due('2019-09-07', 1)).toBe('2019-09-09'); // as-is: 1st working day after Saturday
    expect(due('2019-09-07', 1, { nonWorkingDayReceipt: 'next-working-day' })).toBe('2019-09-10');
    expect(due('2019-09-05T15:30:00+07:00', 1, { receiptCutoff: '15:00' })).toBe('2019-09-09');
    expect(due('2019-09-05T15:00:00+07:00', 1, { receiptCutoff: '15:00' })).toBe('2019-09-06');
  });
  it('the due date on the slip wins over the SLA', () => {
    expect(classifyDossier({ ...base, slaWorkingDays: 1 }, { asOf: '2019-09-30', calendar: cal }).dueDate).toBe('2019-09-10');
  });
});

describe('classifyDossier errors', () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return (e as CchcError).code;
    }
    return 'no error';
  };
  it('types every problem', () => {
    // No CALENDAR_REQUIRED any more: an SLA without a calendar option is counted on civilServiceCalendar.
    expect(classifyDossier({ id: 1, receivedAt: '2019-09-03', slaWorkingDays: 3 }, { asOf: '2019-09-30' })).toMatchObject({
      dueDate: '2019-09-06',
      calendar: 'civil-service',
    });
    expect(code(() => classifyDossier(base, { asOf: '2019-09-01' }))).toBe('RECEIVED_AFTER_AS_OF');
    expect(code(() => classifyDossier(base, { asOf: '30/09/2019' }))).toBe('INVALID_DATE');
    expect(code(() => classifyDossier({ ...base, dueDate: '2019-09-01' }, { asOf: '2019-09-30' }))).toBe('DUE_BEFORE_RECEIPT');
    expect(code(() => classifyDossier(base, { asOf: '2019-09-30', rules: 'nd61' as never }))).toBe('INVALID_INPUT');
    expect(code(() => classifyDossier(base, { asOf: '2019-09-30', calendar: {} as never }))).toBe('INVALID_INPUT');
    expect(code(() => classifyDossier({ id: 1, receivedAt: '1999-06-01', slaWorkingDays: 3 }, { asOf: '1999-09-30', calendar: cal }))).toBe(
      'DATE_OUT_OF_RANGE',
    );
  });
});

describe('rule presets', () => {
  it('are documented with sources and resolvable with overrides', () => {
    for (const r of Object.values(DOSSIER_RULE_PRESETS)) expect(r.sources.length).toBeGreaterThan(0);
    expect(resolveDossierRules({ preset: 'qd766', compare: 'datetime' })).toMatchObject({
      supplementTime: 'subtract',
      compare: 'datetime',
      name: 'qd766+custom',
    });
    expect(resolveDossierRules()).toBe(DOSSIER_RULE_PRESETS.report);
    expect(() => resolveDossierRules({ receiptCutoff: '25:00' })).toThrow(CchcError);
  });
});

describe('due dates agree with the calendar module', () => {
  it('classifyDossier(...).dueDate = dueDate(receivedAt, n, { cutoff }) for random receipts', async () => {
    const { dueDate, fromDayNumber, toDayNumber } = await import('cchc');
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('2019-01-01'), max: toDayNumber('2026-12-20') }),
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 0, max: 59 }),
        fc.nat(30),
        fc.boolean(),
        (day, minute, second, n, withCutoff) => {
          const t = `${fromDayNumber(day)}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:${String(second).padStart(2, '0')}+07:00`;
          const ours = classifyDossier(
            { id: 1, receivedAt: t, slaWorkingDays: n },
            { asOf: '2027-12-31', calendar: cal, rules: withCutoff ? { receiptCutoff: '15:00' } : 'report' },
          ).dueDate;
          expect(ours).toBe(dueDate(t, n, withCutoff ? { cutoff: '15:00' } : {}));
        },
      ),
      { numRuns: 300 },
    );
  });
  it('a cut-off needs the time of receipt', () => {
    expect(() =>
      classifyDossier(
        { id: 1, receivedAt: '2019-09-05', slaWorkingDays: 2 },
        { asOf: '2019-09-30', calendar: cal, rules: { receiptCutoff: '15:00' } },
      ),
    ).toThrow(/INVALID_CUTOFF/);
    expect(
      classifyDossier(
        { id: 1, receivedAt: '2019-09-05', dueDate: '2019-09-09' },
        { asOf: '2019-09-30', calendar: cal, rules: { receiptCutoff: '15:00' } },
      ).status,
    ).toBe('pending-overdue');
    expect(
      classifyDossier(
        { id: 1, receivedAt: '2019-09-05T15:00:30+07:00', slaWorkingDays: 1 },
        { asOf: '2019-09-30', calendar: cal, rules: { receiptCutoff: '15:00' } },
      ).dueDate,
    ).toBe('2019-09-09');
  });
});
