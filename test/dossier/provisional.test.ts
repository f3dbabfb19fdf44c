// Issue 13: classifications and tallies say which records rest on provisional days of their calendar (a due date from
// the SLA, working days of delay or a processing time that crosses a day derived from the rules: 2027 onwards today).
// The in-memory, columnar and flat-row paths agree; the tally stays a monoid.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CchcError,
  NO_DATE,
  checkTally,
  civilServiceCalendar,
  classifyDossier,
  createWorkCalendar,
  emptyTally,
  isProvisional,
  mergeTallies,
  tallyAggregateRows,
  tallyDossierColumns,
  tallyDossiers,
  tallyFromRow,
  tallyToRow,
  toDayNumber,
  type DossierRecord,
  type DossierRulesInput,
} from 'cchc';
import { generateDossiers } from './_generate.js';

const RULES: DossierRulesInput[] = [
  'report',
  'qd766',
  { preset: 'qd766', awaitingSupplement: 'pending', nonWorkingDayReceipt: 'next-working-day' },
];

describe('classifyDossier: provisional', () => {
  it('a due date counted from the SLA across a provisional day', () => {
    const c = classifyDossier({ id: 1, receivedAt: '2026-12-28', slaWorkingDays: 5 }, { asOf: '2027-01-15' });
    expect([c.dueDate, c.status, c.provisional]).toEqual(['2027-01-05', 'pending-overdue', true]);
    // the same SLA ending before 2027: settled
    const d = classifyDossier({ id: 2, receivedAt: '2026-12-21', slaWorkingDays: 5 }, { asOf: '2026-12-31' });
    expect([d.dueDate, d.provisional]).toEqual(['2026-12-28', false]);
    // across 24/11/2026 (official): due one day later than before the resolution, and settled
    const e = classifyDossier({ id: 3, receivedAt: '2026-11-20', slaWorkingDays: 3, resolvedAt: '2026-11-26' }, { asOf: '2026-11-30' });
    expect([e.dueDate, e.status, e.provisional]).toEqual(['2026-11-26', 'resolved-on-time', false]);
  });

  it('working days of delay across a provisional day; an appointment date compared as a date is not', () => {
    const late = classifyDossier(
      { id: 4, receivedAt: '2026-12-01', dueDate: '2026-12-30', resolvedAt: '2027-01-05' },
      { asOf: '2027-01-31' },
    );
    expect([late.status, late.delayWorkingDays, late.provisional]).toEqual(['resolved-late', 3, true]);
    const onTime = classifyDossier(
      { id: 5, receivedAt: '2027-01-04', dueDate: '2027-01-20', resolvedAt: '2027-01-15' },
      { asOf: '2027-01-31' },
    );
    expect([onTime.status, onTime.provisional]).toEqual(['resolved-early', false]);
    const settledLate = classifyDossier(
      { id: 6, receivedAt: '2026-12-01', dueDate: '2026-12-10', resolvedAt: '2026-12-15' },
      { asOf: '2026-12-31' },
    );
    expect([settledLate.delayWorkingDays, settledLate.provisional]).toEqual([3, false]);
  });

  it('on a calendar with the 2027 announcement, the same dossier is settled', () => {
    const announced = createWorkCalendar({
      base: civilServiceCalendar,
      years: [{ year: 2027, days: [{ date: '2027-01-01', kind: 'statutory', sources: [{ document: 'the 2027 announcement' }] }] }],
    });
    const c = classifyDossier({ id: 1, receivedAt: '2026-12-28', slaWorkingDays: 5 }, { asOf: '2027-01-15', calendar: announced });
    expect([c.dueDate, c.provisional]).toEqual(['2027-01-05', false]);
  });

  it('is false for a dossier not accepted', () => {
    expect(classifyDossier({ id: 1, receivedAt: '2027-01-04', rejectedAt: '2027-01-04' }, { asOf: '2027-01-31' }).provisional).toBe(false);
  });
});

describe('tallies count the records resting on provisional days', () => {
  const records: DossierRecord[] = [
    { id: 1, channel: 'online', receivedAt: '2026-12-28', slaWorkingDays: 5 }, // due 2027-01-05: provisional
    { id: 2, channel: 'online', receivedAt: '2026-12-21', slaWorkingDays: 5, resolvedAt: '2026-12-28' }, // settled
    { id: 3, channel: 'in-person', receivedAt: '2026-12-15', dueDate: '2027-01-10' }, // a date compared: settled
    { id: 4, channel: 'in-person', receivedAt: '2026-11-20', slaWorkingDays: 3, resolvedAt: '2026-11-26' }, // across 24/11/2026
  ];

  it('tallyDossiers: `provisional` counts them, and is absent when none', () => {
    const t = tallyDossiers(records, { start: '2026-11-01', end: '2026-12-31' });
    expect(t.provisional).toBe(1);
    expect(t.received.total).toBe(4);
    expect(t.resolved).toEqual({ total: 2, early: 0, onTime: 2, late: 0 });
    const settled = tallyDossiers(records.slice(1), { start: '2026-11-01', end: '2026-12-31' });
    expect('provisional' in settled).toBe(false);
    expect(tallyDossiers(records, { start: '2026-11-01', end: '2026-12-31', groupBy: 'channel' }).get('online')?.provisional).toBe(1);
    // processing time across a provisional day: counted as well
    const p = tallyDossiers([{ id: 9, receivedAt: '2026-12-30', dueDate: '2027-01-20', resolvedAt: '2027-01-06' }], {
      start: '2027-01-01',
      end: '2027-01-31',
      processingTime: true,
    });
    expect([p.provisional, p.processing]).toEqual([1, { count: 1, workingDays: 4 }]);
    expect(
      'provisional' in
        tallyDossiers([{ id: 9, receivedAt: '2026-12-30', dueDate: '2027-01-20', resolvedAt: '2027-01-06' }], {
          start: '2027-01-01',
          end: '2027-01-31',
        }),
    ).toBe(false);
  });

  it('the monoid: merge sums the count, emptyTally has none, checkTally bounds it by the records received', () => {
    const a = tallyDossiers(records, { start: '2026-11-01', end: '2026-12-31' });
    const b = tallyDossiers(records.slice(1), { start: '2026-11-01', end: '2026-12-31' });
    expect(mergeTallies(a, b).provisional).toBe(1);
    expect(mergeTallies(a, a, b).provisional).toBe(2);
    expect(mergeTallies(a, emptyTally())).toEqual(a);
    expect(mergeTallies(b, emptyTally())).toEqual(b);
    expect(() => checkTally({ ...emptyTally(), provisional: 1 })).toThrow(
      expect.objectContaining({ code: 'INVALID_TALLY', path: ['provisional'] }),
    );
    expect(() => checkTally({ ...a, provisional: -1 })).toThrow(CchcError);
    expect(() => checkTally({ ...a, provisional: 1.5 })).toThrow(CchcError);
    expect(checkTally({ ...a, provisional: 0 }).provisional).toBe(0); // accepted; merging drops a zero count
    expect('provisional' in mergeTallies({ ...a, provisional: 0 }, emptyTally())).toBe(false);
  });

  it('flat rows: tallyToRow writes `provisional` (0 when none), tallyFromRow and tallyAggregateRows read it back', () => {
    const a = tallyDossiers(records, { start: '2026-11-01', end: '2026-12-31' });
    expect(tallyToRow(a).provisional).toBe(1);
    expect(tallyToRow(emptyTally()).provisional).toBe(0);
    expect(tallyFromRow(tallyToRow(a))).toEqual(a);
    expect(tallyFromRow(tallyToRow(emptyTally()))).toEqual(emptyTally());
    const { provisional: _p, ...old } = tallyToRow(a); // a row written before issue 13
    expect('provisional' in tallyFromRow(old)).toBe(false);
    expect(tallyAggregateRows([tallyToRow(a), tallyToRow(a)]).provisional).toBe(2);
    expect(
      tallyFromRow({ ...tallyToRow(a), TamTinh: '1', provisional: undefined }, { columns: { provisional: 'TamTinh' } }).provisional,
    ).toBe(1);
    expect(() => tallyFromRow({ ...tallyToRow(a), provisional: 99 })).toThrow(expect.objectContaining({ code: 'INVALID_TALLY' }));
    expect(() => tallyFromRow({ ...tallyToRow(a), provisional: '-1' })).toThrow(expect.objectContaining({ code: 'INVALID_TALLY' }));
  });
});

/** Records (date-only) to columns, supplements summarised as of `to` (as test/dossier/tally.test.ts does). */
function toColumns(records: readonly DossierRecord[], to: string) {
  const n = records.length;
  const T = toDayNumber(to);
  const day = (s: string | null | undefined) => (s ? toDayNumber(s.slice(0, 10)) : NO_DATE);
  const c = {
    received: new Int32Array(n),
    due: new Int32Array(n),
    slaWorkingDays: new Int32Array(n),
    resolved: new Int32Array(n),
    withdrawnOrReturned: new Int32Array(n),
    channel: new Uint8Array(n),
    notAccepted: new Uint8Array(n),
    supplementRequests: new Uint8Array(n),
    supplementDays: new Int32Array(n),
    openSupplementRequested: new Int32Array(n),
  };
  records.forEach((r, i) => {
    c.received[i] = day(r.receivedAt);
    c.due[i] = day(r.dueDate);
    c.slaWorkingDays[i] = r.slaWorkingDays ?? -1;
    c.resolved[i] = day(r.resolvedAt);
    const ret = day(r.returnedAt);
    const wdr = day(r.withdrawnAt);
    c.withdrawnOrReturned[i] = ret !== NO_DATE && ret <= T ? ret : wdr !== NO_DATE && wdr <= T ? wdr : ret !== NO_DATE ? ret : wdr;
    c.channel[i] = r.channel === 'in-person' ? 0 : r.channel === 'online' ? 1 : r.channel === 'postal' ? 2 : 3;
    c.notAccepted[i] = r.rejectedAt ? 1 : 0;
    let open = NO_DATE;
    for (const s of r.supplements ?? []) {
      const q = day(s.requestedAt);
      if (q > T) continue;
      c.supplementRequests[i]!++;
      const done = day(s.completedAt);
      if (done === NO_DATE || done > T) open = q;
      else c.supplementDays[i]! += done - q;
    }
    c.openSupplementRequested[i] = open;
  });
  return c;
}

describe('the paths agree across 24/11/2026 and into 2027', () => {
  it('tallyDossierColumns equals tallyDossiers, provisional count included, for every rule set', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.constantFrom(...RULES),
        fc.constantFrom('2026-12-31', '2027-01-31', '2027-03-31'),
        (seed, rules, end) => {
          const records = generateDossiers({ count: 300, seed, start: '2026-10-15', spanDays: 140 });
          const period = { start: '2026-11-01', end };
          const expected = tallyDossiers(records, { ...period, rules });
          expect(tallyDossierColumns(toColumns(records, end), { ...period, rules })).toEqual(expected);
          // the count is the number of counted records whose classification is provisional
          let n = 0;
          for (const r of records) {
            if (r.slaWorkingDays === undefined || tallyDossiers([r], { ...period, rules }).received.total === 0) continue;
            const due = classifyDossier(r, { asOf: end, rules }).dueDate!;
            let crosses = false;
            for (let d = toDayNumber(r.receivedAt.slice(0, 10)); d <= toDayNumber(due); d++)
              crosses ||= civilServiceCalendar.isProvisionalDayNumber(d);
            if (crosses) n++;
          }
          expect(n).toBeGreaterThan(0);
          expect(expected.provisional ?? 0).toBe(n);
          if (end === '2026-12-31') expect(isProvisional(end)).toBe(false);
        },
      ),
      { numRuns: 25 },
    );
  });
});
