// A hand-built dossier set whose tally was worked out by hand from the rules (domain brief §1.2, §1.3, §6), on the
// 2024 civil-service calendar: Tết 8–14/2 (Thu–Wed off), Giỗ Tổ 18/4, swap week 29/4 off and Sat 4/5 worked, 30/4, 1/5.
import { describe, expect, it } from 'vitest';
import {
  averageProcessingTime,
  civilServiceCalendar as cal,
  classifyDossier,
  formatPercent,
  lateRate,
  onTimeRate,
  overduePendingRate,
  qd766ProgressScore,
  tallyDossiers,
  type DossierRecord,
} from 'cchc';

const R: DossierRecord[] = [
  // 5 working days after Mon 5/2 across Tết: 6, 7, 15, 16, 19/2 → due 19/2; resolved that day: on time.
  { id: 1, channel: 'in-person', receivedAt: '2024-02-05', slaWorkingDays: 5, resolvedAt: '2024-02-19' },
  // Received before the period, resolved in it, one day late: carried over, late.
  { id: 3, channel: 'online', receivedAt: '2024-01-25', dueDate: '2024-02-01', resolvedAt: '2024-02-02' },
  // Finished before the period: not counted.
  { id: 4, channel: 'online', receivedAt: '2024-01-20', dueDate: '2024-02-01', resolvedAt: '2024-01-31' },
  // Pending, due after the period: within.
  { id: 5, channel: 'online', receivedAt: '2024-02-20', dueDate: '2024-03-05' },
  // Resolved after the period: pending at its end, due 28/2 < 29/2: overdue.
  { id: 6, channel: 'in-person', receivedAt: '2024-02-01', dueDate: '2024-02-28', resolvedAt: '2024-03-02' },
  // Received after the period: not counted.
  { id: 7, channel: 'online', receivedAt: '2024-03-01', dueDate: '2024-03-05' },
  // Due on the last day of the period: within.
  { id: 8, channel: 'online', receivedAt: '2024-02-05', dueDate: '2024-02-29' },
  // 10 days waiting on the applicant: late by the report (20/2 > 15/2), early under QĐ 766 (20/2 − 10 = 10/2).
  {
    id: 9,
    channel: 'postal',
    receivedAt: '2024-02-05',
    dueDate: '2024-02-15',
    supplements: [{ requestedAt: '2024-02-06', completedAt: '2024-02-16' }],
    resolvedAt: '2024-02-20',
  },
  // Two supplement requests: early by the report, late under QĐ 766.
  {
    id: 10,
    channel: 'in-person',
    receivedAt: '2024-02-05',
    dueDate: '2024-02-20',
    supplements: [
      { requestedAt: '2024-02-06', completedAt: '2024-02-07' },
      { requestedAt: '2024-02-15', completedAt: '2024-02-16' },
    ],
    resolvedAt: '2024-02-19',
  },
  // Waiting on the applicant at the end: awaiting supplement (report); ends at the request 16/2 < 20/2: early (QĐ 766).
  { id: 11, channel: 'in-person', receivedAt: '2024-02-05', dueDate: '2024-02-20', supplements: [{ requestedAt: '2024-02-16' }] },
  // Withdrawn in the period: its own count (report); ends processing on 10/2: early (QĐ 766).
  { id: 12, channel: 'in-person', receivedAt: '2024-02-05', dueDate: '2024-02-20', withdrawnAt: '2024-02-10' },
  // Returned after the period: pending at its end, due 10/2: overdue.
  { id: 13, channel: 'in-person', receivedAt: '2024-02-05', dueDate: '2024-02-10', returnedAt: '2024-03-05' },
  // Withdrawn before the period: not counted.
  { id: 14, channel: 'in-person', receivedAt: '2024-01-10', dueDate: '2024-01-20', withdrawnAt: '2024-01-15' },
  // Waiting on the applicant since before the period: carried over and awaiting (report); ended 15/1 (QĐ 766): out.
  { id: 15, channel: 'in-person', receivedAt: '2024-01-10', dueDate: '2024-01-25', supplements: [{ requestedAt: '2024-01-15' }] },
  // Not accepted: never counted.
  { id: 16, channel: 'in-person', receivedAt: '2024-02-10', rejectedAt: '2024-02-10' },
];
const period = { from: '2024-02-01', to: '2024-02-29', calendar: cal, processingTime: true } as const;

describe('a hand-built set with known answers (February 2024, across Tết)', () => {
  it('rules report', () => {
    const t = tallyDossiers(R, period);
    expect(t).toEqual({
      received: { total: 11, carriedOver: 2, newOnline: 2, newInPerson: 6, newPostal: 1 },
      resolved: { total: 4, early: 1, onTime: 1, late: 2 },
      pending: { total: 4, withinDue: 2, overdue: 2 },
      withdrawnOrReturned: 1,
      awaitingSupplement: 2,
      // working days receipt → resolution: 5 (1) + 6 (3: 26/1 … 2/2) + 6 (9) + 5 (10)
      processing: { count: 4, workingDays: 22 },
    });
    expect(formatPercent(onTimeRate(t)!)).toBe('50,00%'); // 2 / 4
    expect(formatPercent(onTimeRate(t, { denominator: 'resolved-plus-pending' })!)).toBe('50,00%'); // 4 / 8
    expect(formatPercent(onTimeRate(t, { denominator: 'due-in-period' })!)).toBe('33,33%'); // 2 / (4 + 2)
    expect(onTimeRate(t, { denominator: 'workload' })).toMatchObject({ numerator: 7, denominator: 11 }); // 1 − 4 / 11
    expect(lateRate(t)).toMatchObject({ numerator: 2, denominator: 4 });
    expect(lateRate(t, { denominator: 'due-in-period' })).toMatchObject({ numerator: 4, denominator: 6 });
    expect(overduePendingRate(t)).toMatchObject({ numerator: 2, denominator: 4 });
    expect(overduePendingRate(t, { denominator: 'received' })).toMatchObject({ numerator: 2, denominator: 11 });
    expect(averageProcessingTime(t)!.toString()).toBe('5.5');
  });

  it('rules qd766', () => {
    const t = tallyDossiers(R, { ...period, rules: 'qd766' });
    expect(t).toEqual({
      received: { total: 10, carriedOver: 1, newOnline: 2, newInPerson: 6, newPostal: 1 },
      resolved: { total: 6, early: 3, onTime: 1, late: 2 },
      pending: { total: 4, withinDue: 2, overdue: 2 },
      withdrawnOrReturned: 0,
      awaitingSupplement: 0,
      // supplement working days left out: 9: 6 − 3 (7, 15, 16/2); 10: 5 − 1 − 1
      processing: { count: 4, workingDays: 17 },
    });
    expect(qd766ProgressScore(t)!.toString()).toBe('12'); // 20 × (4 + 2) / (6 + 4)
  });

  it('classifies each dossier with its due date and delay', () => {
    const asOf = '2024-02-29';
    const c = (id: number, rules: 'report' | 'qd766' = 'report') => {
      const x = classifyDossier(R.find((r) => r.id === id)!, { asOf, calendar: cal, rules });
      return [x.status, x.dueDate, x.judgedDate, x.delayDays, x.delayWorkingDays];
    };
    expect(c(1)).toEqual(['resolved-on-time', '2024-02-19', '2024-02-19', 0, 0]);
    expect(c(6)).toEqual(['pending-overdue', '2024-02-28', '2024-02-29', 1, 1]);
    expect(c(9)).toEqual(['resolved-late', '2024-02-15', '2024-02-20', 5, 3]); // 16, 19, 20/2
    expect(c(9, 'qd766')).toEqual(['resolved-early', '2024-02-15', '2024-02-10', 0, 0]);
    expect(c(13)).toEqual(['pending-overdue', '2024-02-10', '2024-02-29', 19, 11]); // 15/2 … 29/2: 11 working days
    // Friday 26/4 + 3 working days in the swap week: 2/5, 3/5, Sat 4/5; resolved Mon 6/5: one working day late.
    const s = classifyDossier(
      { id: 'S', receivedAt: '2024-04-26', slaWorkingDays: 3, resolvedAt: '2024-05-06' },
      { asOf: '2024-05-31', calendar: cal },
    );
    expect([s.status, s.dueDate, s.delayDays, s.delayWorkingDays]).toEqual(['resolved-late', '2024-05-04', 2, 1]);
    // Received Wed 7/2 at 16:00, after a 15:00 cut-off: counts from Thu 15/2 (after Tết), due one working day later.
    const late = { id: 'C', receivedAt: '2024-02-07T16:00:00+07:00', slaWorkingDays: 1 };
    expect(classifyDossier(late, { asOf: '2024-02-29', calendar: cal }).dueDate).toBe('2024-02-15');
    expect(classifyDossier(late, { asOf: '2024-02-29', calendar: cal, rules: { preset: 'report', receiptCutoff: '15:00' } })).toMatchObject(
      {
        effectiveReceiptDate: '2024-02-15',
        dueDate: '2024-02-16',
      },
    );
  });
});
