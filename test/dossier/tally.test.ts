import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CchcError,
  checkTally,
  civilServiceCalendar,
  emptyTally,
  fromDayNumber,
  mergeTallies,
  NO_DATE,
  tallyDossierColumns,
  tallyDossiers,
  toDayNumber,
  type DossierRecord,
  type DossierRulesInput,
  type DossierTally,
} from 'cchc';
import { generateDossiers } from './_generate.js';

const cal = civilServiceCalendar; // 2019: swap week (Mon 29/4 off, Sat 4/5 worked), 30/4, 1/5, 2/9
const period = { from: '2019-03-01', to: '2019-05-31' };
const RULES: DossierRulesInput[] = [
  'report',
  'qd766',
  {
    preset: 'report',
    awaitingSupplement: 'pending',
    unfinishedSupplementPauses: false,
    supplementTime: 'subtract',
    withdrawnOrReturned: 'on-time',
  },
  { preset: 'qd766', awaitingSupplement: 'pending', nonWorkingDayReceipt: 'next-working-day' },
];

const arbTally: fc.Arbitrary<DossierTally> = fc
  .tuple(
    fc.array(fc.nat(1000), { minLength: 11, maxLength: 11 }),
    fc.option(fc.tuple(fc.nat(500), fc.nat(5000)), { nil: undefined }),
    fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
  )
  .map(([c, p, share]) => {
    const [co, no, ni, np, e, o, l, w, ov, wr, as] = c as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    const t = {
      received: { total: co + no + ni + np, carriedOver: co, newOnline: no, newInPerson: ni, newPostal: np },
      resolved: { total: e + o + l, early: e, onTime: o, late: l },
      pending: { total: w + ov, withinDue: w, overdue: ov },
      withdrawnOrReturned: wr,
      awaitingSupplement: as,
    };
    // issue 13: records resting on provisional days, at most the records received, present when not 0
    const provisional = share === undefined ? 0 : Math.floor(share * t.received.total);
    const withProvisional = provisional > 0 ? { ...t, provisional } : t;
    return p === undefined ? withProvisional : { ...withProvisional, processing: { count: p[0], workingDays: p[1] } };
  });

describe('tallyDossiers', () => {
  it('counts the report columns for a period', () => {
    const records: DossierRecord[] = [
      { id: 1, channel: 'online', receivedAt: '2019-08-20', dueDate: '2019-09-03', resolvedAt: '2019-09-03' }, // carried over, on time
      { id: 2, channel: 'in-person', receivedAt: '2019-09-16', dueDate: '2019-09-20', resolvedAt: '2019-09-24' }, // late
      { id: 3, channel: 'postal', receivedAt: '2019-09-25', dueDate: '2019-10-02' }, // pending within
      { id: 4, receivedAt: '2019-09-02', dueDate: '2019-09-09' }, // pending overdue, no channel → in person
      { id: 5, channel: 'online', receivedAt: '2019-09-05', dueDate: '2019-09-12', resolvedAt: '2019-09-06' }, // early
      { id: 6, channel: 'online', receivedAt: '2019-08-01', dueDate: '2019-08-10', resolvedAt: '2019-08-20' }, // finished before: out
      { id: 7, channel: 'online', receivedAt: '2019-10-01', dueDate: '2019-10-10' }, // after the period: out
      { id: 8, channel: 'online', receivedAt: '2019-09-10', rejectedAt: '2019-09-10' }, // not accepted: out
      { id: 9, channel: 'online', receivedAt: '2019-09-10', dueDate: '2019-09-20', withdrawnAt: '2019-09-12' },
      { id: 10, channel: 'online', receivedAt: '2019-09-10', dueDate: '2019-09-20', supplements: [{ requestedAt: '2019-09-11' }] },
    ];
    expect(tallyDossiers(records, { from: '2019-09-01', to: '2019-09-30' })).toEqual({
      received: { total: 7, carriedOver: 1, newOnline: 3, newInPerson: 2, newPostal: 1 },
      resolved: { total: 3, early: 1, onTime: 1, late: 1 },
      pending: { total: 2, withinDue: 1, overdue: 1 },
      withdrawnOrReturned: 1,
      awaitingSupplement: 1,
    });
  });

  it('received = resolved + pending + withdrawn/returned + awaiting supplement, for every rule set', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.constantFrom(...RULES), (seed, rules) => {
        const records = generateDossiers({ count: 200, seed, start: '2019-01-01', spanDays: 200, timestamps: true });
        const t = tallyDossiers(records, { ...period, rules, calendar: cal });
        checkTally(t);
        expect(t.received.total).toBe(t.resolved.total + t.pending.total + t.withdrawnOrReturned + t.awaitingSupplement);
      }),
      { numRuns: 30 },
    );
  });

  it('tally(partition) = merge of the tallies of the parts (any split, any grouping)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.constantFrom(...RULES),
        fc.array(fc.nat(3), { minLength: 150, maxLength: 150 }),
        (seed, rules, parts) => {
          const records = generateDossiers({ count: 150, seed, start: '2019-01-01', spanDays: 200 });
          const opts = { ...period, rules, calendar: cal, processingTime: true } as const;
          const whole = tallyDossiers(records, opts);
          const shards = [0, 1, 2, 3].map((k) =>
            tallyDossiers(
              records.filter((_, i) => parts[i] === k),
              opts,
            ),
          );
          expect(mergeTallies(shards[0]!, shards[1]!, shards[2]!, shards[3]!)).toEqual(whole);
          const byLevel = tallyDossiers(records, { ...opts, groupBy: 'level' });
          expect([...byLevel.values()].reduce((a, b) => mergeTallies(a, b), emptyTally())).toEqual(whole);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('reads async iterables (a stream) and gives a Promise', async () => {
    const records = generateDossiers({ count: 100, seed: 3, start: '2019-01-01', spanDays: 200 });
    async function* stream() {
      for (const r of records) yield r;
    }
    await expect(tallyDossiers(stream(), { ...period, calendar: cal })).resolves.toEqual(
      tallyDossiers(records, { ...period, calendar: cal }),
    );
    const m = await tallyDossiers(stream(), { ...period, calendar: cal, groupBy: 'month' });
    expect([...m.keys()].every((k) => /^2019-\d\d$/.test(String(k)))).toBe(true);
  });

  it('groups by a function', () => {
    const records = generateDossiers({ count: 100, seed: 4, start: '2019-01-01', spanDays: 200 });
    const m = tallyDossiers(records, { ...period, calendar: cal, groupBy: (r) => r.procedure === 'P0' });
    expect([...m.keys()].sort()).toEqual([false, true]);
  });

  it('throws a typed error for a bad record, or reports it to onInvalid and counts the others', () => {
    const good = { id: 1, receivedAt: '2019-09-03', dueDate: '2019-09-10' };
    const bad = { id: 2, receivedAt: '2019-09-03', dueDate: '2019-09-01' };
    let err: unknown;
    try {
      tallyDossiers([good, bad], { from: '2019-09-01', to: '2019-09-30' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CchcError);
    expect((err as CchcError).code).toBe('DUE_BEFORE_RECEIPT');
    expect((err as CchcError).path).toEqual([1, 'dueDate']);
    const seen: number[] = [];
    const t = tallyDossiers([good, bad, { id: 3, receivedAt: '2019-09-03', slaWoringDays: 2 } as never], {
      from: '2019-09-01',
      to: '2019-09-30',
      onInvalid: (_e, i) => seen.push(i),
    });
    expect(seen).toEqual([1, 2]); // 2: a misspelt key (UNKNOWN_KEY), never silently a record without an SLA
    const seen2: string[] = [];
    tallyDossiers([null, 'x', good] as never, { from: '2019-09-01', to: '2019-09-30', onInvalid: (e, i) => seen2.push(`${i} ${e.code}`) });
    expect(seen2).toEqual(['0 INVALID_INPUT', '1 INVALID_INPUT']);
    expect(t.received.total).toBe(1);
  });

  it('rejects bad options', () => {
    expect(() => tallyDossiers([], { from: '2019-09-30', to: '2019-09-01' })).toThrow(/INVALID_DATE_RANGE/);
    expect(() => tallyDossiers([], { from: '2019-09-01', to: '2019-09-31' })).toThrow(/INVALID_DATE/);
    expect(() => tallyDossiers([], { from: '2019-09-01', to: '2019-09-30', groupBy: 'colour' as never })).toThrow(CchcError);
    // No CALENDAR_REQUIRED any more: processing time is measured on civilServiceCalendar by default.
    expect(tallyDossiers([], { from: '2019-09-01', to: '2019-09-30', processingTime: true }).processing).toEqual({
      count: 0,
      workingDays: 0,
    });
    expect(() => tallyDossiers(42 as never, { from: '2019-09-01', to: '2019-09-30' })).toThrow(CchcError);
    expect(() =>
      tallyDossiers([{ id: 1, receivedAt: '2019-09-03', dueDate: '2019-09-10' }], {
        from: '2019-09-01',
        to: '2019-09-30',
        rules: { missingChannel: 'error' },
      }),
    ).toThrow(/INVALID_CHANNEL/);
  });

  it('measures processing time in working days, net of supplement time under qd766', () => {
    const r = {
      id: 1,
      channel: 'online',
      receivedAt: '2019-09-03',
      dueDate: '2019-09-20',
      resolvedAt: '2019-09-13',
      supplements: [{ requestedAt: '2019-09-04', completedAt: '2019-09-06' }],
    } as const;
    expect(tallyDossiers([r], { from: '2019-09-01', to: '2019-09-30', calendar: cal, processingTime: true }).processing).toEqual({
      count: 1,
      workingDays: 8,
    });
    expect(
      tallyDossiers([r], { from: '2019-09-01', to: '2019-09-30', calendar: cal, processingTime: true, rules: 'qd766' }).processing,
    ).toEqual({ count: 1, workingDays: 6 });
  });
});

describe('emptyTally and mergeTallies form a monoid', () => {
  it('identity', () => {
    fc.assert(
      fc.property(arbTally, (a) => {
        const withP = a.processing !== undefined;
        expect(mergeTallies(emptyTally(), a)).toEqual(withP ? a : { ...a });
        expect(mergeTallies(a, emptyTally())).toEqual(a);
      }),
    );
  });
  it('associativity and commutativity', () => {
    fc.assert(
      fc.property(arbTally, arbTally, arbTally, (a, b, c) => {
        expect(mergeTallies(mergeTallies(a, b), c)).toEqual(mergeTallies(a, mergeTallies(b, c)));
        expect(mergeTallies(a, b)).toEqual(mergeTallies(b, a));
      }),
    );
  });
  it('works as a reduce callback and over any number of tallies', () => {
    fc.assert(
      fc.property(fc.array(arbTally, { maxLength: 6 }), (parts) => {
        const folded = parts.reduce((a, b) => mergeTallies(a, b), emptyTally());
        expect(parts.reduce(mergeTallies, emptyTally())).toEqual(folded);
        expect(mergeTallies(...parts)).toEqual(folded);
        if (parts.length > 0) expect(parts.reduce(mergeTallies)).toEqual(parts.length === 1 ? parts[0] : folded);
      }),
    );
    expect(mergeTallies()).toEqual(emptyTally());
    // checkTally as a forEach callback: a CchcError whose path starts with the index (was a TypeError)
    const bad = [emptyTally(), { ...emptyTally(), awaitingSupplement: -1 }];
    expect(() => bad.forEach(checkTally)).toThrow(expect.objectContaining({ code: 'INVALID_TALLY', path: [1, 'awaitingSupplement'] }));
    expect(() => mergeTallies(emptyTally(), emptyTally(), 0 as never)).toThrow(/INVALID_TALLY/);
  });
  it('rejects inconsistent tallies', () => {
    const t = emptyTally();
    expect(() => mergeTallies(t, { ...t, resolved: { total: 2, early: 1, onTime: 0, late: 0 } })).toThrow(/INVALID_TALLY/);
    expect(() => mergeTallies(t, { ...t, awaitingSupplement: -1 })).toThrow(/INVALID_TALLY/);
  });
});

/** Records (date-only) to columns, supplements summarised as of `to`. */
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
    c.withdrawnOrReturned[i] =
      ret !== NO_DATE && ret <= T
        ? ret
        : day(r.withdrawnAt) !== NO_DATE && day(r.withdrawnAt) <= T
          ? day(r.withdrawnAt)
          : ret !== NO_DATE
            ? ret
            : day(r.withdrawnAt);
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

describe('tallyDossierColumns', () => {
  it('equals tallyDossiers on the same dossiers, for every rule set', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.constantFrom(...RULES), (seed, rules) => {
        const records = generateDossiers({ count: 300, seed, start: '2019-01-01', spanDays: 200 });
        const cols = toColumns(records, period.to);
        expect(tallyDossierColumns(cols, { ...period, rules, calendar: cal })).toEqual(
          tallyDossiers(records, { ...period, rules, calendar: cal }),
        );
        const codes = Int32Array.from(records, (r) =>
          r.level === 'province' ? 0 : r.level === 'district' ? 1 : r.level === 'commune' ? 2 : 3,
        );
        const byCode = tallyDossierColumns(cols, { ...period, rules, calendar: cal, groups: { codes, count: 4 } });
        const byLevel = tallyDossiers(records, { ...period, rules, calendar: cal, groupBy: 'level' });
        const names = ['province', 'district', 'commune', null];
        byCode.forEach((t, k) => expect(t).toEqual(byLevel.get(names[k]!) ?? emptyTally()));
      }),
      { numRuns: 30 },
    );
  });
  it('reports bad positions', () => {
    const d = toDayNumber('2019-09-03');
    const cols = { received: Int32Array.of(d, d), due: Int32Array.of(d - 1, d + 3) };
    expect(() => tallyDossierColumns(cols, { from: '2019-09-01', to: '2019-09-30' })).toThrow(/DUE_BEFORE_RECEIPT/);
    const bad: number[] = [];
    const t = tallyDossierColumns(cols, { from: '2019-09-01', to: '2019-09-30', onInvalid: (_e, i) => bad.push(i) });
    expect(bad).toEqual([0]);
    expect(t.pending.overdue).toBe(1);
    expect(() =>
      tallyDossierColumns({ received: cols.received, due: new Int32Array(1) }, { from: '2019-09-01', to: '2019-09-30' }),
    ).toThrow(/INVALID_INPUT/);
    expect(fromDayNumber(d)).toBe('2019-09-03');
  });
});
