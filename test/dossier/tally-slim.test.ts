// tallyDossiers over a plain array classifies most records inline (TallyRun.addArray: no supplement, extension,
// withdrawal, return, stop or refusal), without the engine. These properties check that the inline path and the
// general one (classifyCore + addAcc, what an iterable that is not an array, or the internal switch turned off, goes
// through) give the same tallies, the same groups, and the same invalid records with the same errors, in the same
// order: on random records (valid, near-valid, timed, outside the calendar), rules, periods and options.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  civilServiceCalendar,
  createWorkCalendar,
  fromDayNumber,
  tallyDossiers,
  toDayNumber,
  type CchcError,
  type DossierRecord,
  type DossierRulesInput,
  type DossierTally,
} from 'cchc';
import { SLIM } from '../../src/dossier/tally.js';
import { generateDossiers } from './_generate.js';

afterEach(() => {
  SLIM.on = true;
});

const announced = createWorkCalendar({
  base: civilServiceCalendar,
  years: [{ year: 2027, days: [{ date: '2027-01-01', kind: 'statutory', sources: [{ document: 'the 2027 announcement' }] }] }],
});

// Records near an anchor day: Tết 2020 (a holiday week, weekends), the calendar's first and last days (a due date
// counted past its end, a receipt before its start), and the provisional year 2027. Events a few days after the
// receipt (so that most records are valid), sometimes before it, sometimes with a time of day.
const ANCHORS = ['2020-01-20', '2020-03-27', '2000-01-01', '2100-12-20', '2026-12-24', '2025-06-25'].map(toDayNumber);
const TIMES = ['', '', '', 'T08:00:00+07:00', 'T16:30:00+07:00', 'T23:30:00Z', 'T01:00:00-05:00'];
const arbTime = fc.constantFrom(...TIMES);
/** `a`, or (absent) undefined `absent` times out of `absent + 1`. */
const opt = <T>(a: fc.Arbitrary<T>, absent = 1) =>
  fc.oneof({ weight: absent, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: a });

const arbRecord = (anchor: number): fc.Arbitrary<Record<string, unknown>> =>
  fc
    .record({
      rec: fc.integer({ min: -6, max: 12 }),
      recTime: arbTime,
      id: fc.oneof(fc.nat(1000), fc.constant('D')),
      level: opt(fc.constantFrom('province', 'district', 'commune', null)),
      agency: opt(fc.constantFrom('Sở Tư pháp', 'Sở Tư pháp'.normalize('NFD'), null)),
      channel: opt(fc.constantFrom('online', 'in-person', 'postal', null)),
      // A due date, an SLA, both or (rarely) neither.
      deadline: fc.oneof(
        { weight: 10, arbitrary: fc.tuple(fc.integer({ min: -1, max: 20 }), arbTime, fc.constant(undefined)) },
        { weight: 10, arbitrary: fc.tuple(fc.constant(undefined), fc.constant(''), fc.constantFrom(0, 1, 3, 10, 10, 3, 30000)) },
        { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 0, max: 20 }), fc.constant(''), fc.constantFrom(0, 5, null)) },
        { weight: 1, arbitrary: fc.constant([undefined, '', undefined] as const) },
      ),
      res: opt(fc.tuple(fc.integer({ min: -1, max: 30 }), arbTime), 1),
      other: opt(
        fc.tuple(fc.constantFrom('withdrawnAt', 'returnedAt', 'stoppedAt', 'submittedAt', 'rejectedAt'), fc.integer({ min: -1, max: 10 })),
        6,
      ),
      supplements: opt(fc.constantFrom([], [{ requestedAt: '2020-01-22', completedAt: '2020-01-24' }]), 10),
      reverse: fc.boolean(),
    })
    .map((g) => {
      const day = (k: number, t = '') => fromDayNumber(anchor + g.rec + k) + t;
      const r: Record<string, unknown> = { id: g.id, receivedAt: day(0, g.recTime) };
      if (g.level !== undefined) r.level = g.level;
      if (g.agency !== undefined) r.agency = g.agency;
      if (g.channel !== undefined) r.channel = g.channel;
      const [due, dueTime, sla] = g.deadline;
      if (due !== undefined) r.dueDate = day(due, dueTime);
      if (sla !== undefined) r.slaWorkingDays = sla;
      if (g.res !== undefined) r.resolvedAt = day(...g.res);
      if (g.other !== undefined) r[g.other[0]] = g.other[0] === 'submittedAt' ? day(-g.other[1]) : day(g.other[1]);
      if (g.supplements !== undefined) r.supplements = g.supplements;
      // Keys in either order (two shapes, as records built by different code have).
      return g.reverse ? Object.fromEntries(Object.entries(r).reverse()) : r;
    });

const arbRules: fc.Arbitrary<DossierRulesInput> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom<DossierRulesInput>('report', 'qd766', 'nd118', 'in-force') },
  fc.record({
    preset: fc.constantFrom('report' as const, 'qd766' as const, 'nd118' as const),
    compare: fc.constantFrom('date' as const, 'datetime' as const),
    nonWorkingDayReceipt: fc.constantFrom('as-is' as const, 'next-working-day' as const),
    missingChannel: fc.constantFrom('in-person' as const, 'error' as const),
    withdrawnOrReturned: fc.constantFrom('separate' as const, 'ends-processing' as const, 'on-time' as const),
    stoppedOnRequest: fc.constantFrom('separate' as const, 'as-withdrawn' as const),
  }),
  {
    weight: 3,
    arbitrary: fc.record({
      preset: fc.constantFrom('report' as const, 'nd118' as const),
      compare: fc.constant('datetime' as const),
      nonWorkingDayReceipt: fc.constant('next-working-day' as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ preset: fc.constant('report' as const), receiptCutoff: fc.constant('15:00') }) },
);

const arbPeriod = (anchor: number) =>
  fc
    .tuple(fc.integer({ min: -10, max: 20 }), fc.nat(90))
    .map(([k, len]) => ({ start: fromDayNumber(anchor + k), end: fromDayNumber(Math.min(anchor + k + len, toDayNumber('2100-12-31'))) }));
/** Records and a period near one anchor. */
const arbCase = fc.constantFrom(...ANCHORS).chain((a) => fc.tuple(fc.array(arbRecord(a), { maxLength: 16 }), arbPeriod(a)));

const arbOptions = fc.record({
  rules: arbRules,
  calendar: fc.constantFrom(undefined, civilServiceCalendar, announced),
  processingTime: fc.boolean(),
  groupBy: fc.constantFrom(undefined, 'level' as const, 'channel' as const, 'month' as const, 'agency' as const, 'fn' as const),
  findings: fc.boolean(),
});

type Options = {
  rules: DossierRulesInput;
  calendar: typeof announced | undefined;
  processingTime: boolean;
  groupBy: string | undefined;
  findings: boolean;
};

/** The tally (or its groups), every invalid record with its errors, and every finding, as plain data. */
function run(records: Iterable<DossierRecord>, period: { start: string; end: string }, o: Options) {
  const invalid: unknown[] = [];
  const findings: unknown[] = [];
  const calls: unknown[] = [];
  const show = (t: DossierTally) => ({ ...t, calendar: t.calendar });
  try {
    const out = tallyDossiers(records, {
      ...period,
      rules: o.rules,
      ...(o.calendar ? { calendar: o.calendar } : {}),
      processingTime: o.processingTime,
      ...(o.groupBy === 'fn'
        ? { groupBy: (r: DossierRecord) => (calls.push(r.id), typeof r.id) }
        : o.groupBy
          ? { groupBy: o.groupBy as 'level' }
          : {}),
      onInvalid: (e: CchcError, i: number) => invalid.push([i, e.code, e.issues, e.message]),
      ...(o.findings ? { onFinding: (f: unknown, i: number) => findings.push([i, f]) } : {}),
    } as Parameters<typeof tallyDossiers>[1]);
    const result = out instanceof Map ? [...(out as Map<unknown, DossierTally>)].map(([k, t]) => [k, show(t)]) : show(out as DossierTally);
    return { result, invalid, findings, calls };
  } catch (e) {
    return { thrown: (e as CchcError).issues ?? String(e), invalid, findings, calls };
  }
}

function* each<T>(xs: readonly T[]): Generator<T> {
  yield* xs;
}

describe('the inline classification of tallyDossiers equals the engine', () => {
  it('on random records, rules, periods and options (array inline vs array through the engine vs an iterable)', () => {
    let counted = 0;
    fc.assert(
      fc.property(arbCase, arbOptions, ([rs, period], o) => {
        const records = rs as unknown as DossierRecord[];
        SLIM.on = true;
        const a = run(records, period, o);
        SLIM.on = false;
        const b = run(records, period, o);
        SLIM.on = true;
        const c = run(each(records), period, o);
        expect(a).toEqual(b);
        expect(a).toEqual(c);
        if ('result' in a) {
          const tallies = (Array.isArray(a.result) ? a.result.map(([, t]) => t) : [a.result]) as DossierTally[];
          for (const t of tallies) counted += t.received.total;
        }
      }),
      { numRuns: 1500 },
    );
    // Most records were counted (the inline path was exercised).
    expect(counted).toBeGreaterThan(3000);
  });

  it('on generated dossiers of a whole year, under every preset, with and without processing time', () => {
    const records = generateDossiers({ count: 3000, seed: 5, start: '2019-11-01', spanDays: 420, timestamps: 0.3, supplementShare: 0.1 });
    for (const rules of ['report', 'qd766', 'nd118', 'in-force'] as const) {
      for (const processingTime of [false, true]) {
        const o: Options = { rules, calendar: undefined, processingTime, groupBy: 'month', findings: false };
        SLIM.on = false;
        const b = run(records, { start: '2020-01-01', end: '2020-12-31' }, o);
        SLIM.on = true;
        const a = run(records, { start: '2020-01-01', end: '2020-12-31' }, o);
        expect(a).toEqual(b);
      }
    }
  });

  it('reads an array as for…of does: holes are invalid records, and an array with its own iterator is iterated', () => {
    const holey = [{ id: 1, receivedAt: '2020-01-06', slaWorkingDays: 3 }, , { id: 3, receivedAt: '2020-01-06', dueDate: '2020-01-10' }];
    const errors: [number, string][] = [];
    const t = tallyDossiers(holey as DossierRecord[], {
      start: '2020-01-01',
      end: '2020-01-31',
      onInvalid: (e, i) => errors.push([i, e.code]),
    });
    expect(t.received.total).toBe(2);
    expect(errors).toEqual([[1, 'INVALID_INPUT']]);
    const one = { id: 1, receivedAt: '2020-01-06', slaWorkingDays: 3 };
    const custom = [one] as DossierRecord[];
    Object.defineProperty(custom, Symbol.iterator, { value: () => each([one, one]) });
    expect(tallyDossiers(custom, { start: '2020-01-01', end: '2020-01-31' }).received.total).toBe(2);
  });
});
