// Under the rules of NĐ 118/2025 (`nd118`, `'in-force'` and overrides), the object path (tallyDossiers), the columnar
// path (tallyDossierColumns) and the one-dossier path (classifyDossier) agree on generated dossiers with stops,
// extensions (on time, late, second ones), restarts with and without a new due date, filings before receipt; and the
// tally accounts for every dossier. The SQL path is compared in test/integration/dossier-sql.test.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilServiceCalendar,
  classifyDossier,
  emptyTally,
  mergeTallies,
  tallyDossierColumns,
  tallyDossiers,
  type DossierRecord,
  type DossierRulesInput,
  type DossierTally,
} from 'cchc';
import { generateNd118Dossiers } from './_generate.js';
import { ND118_RULES, nd118Columns } from './_nd118.js';

const cal = civilServiceCalendar;

/** The one status a tally of one dossier counts. */
function statusOf(one: DossierTally): string {
  const slots: [string, number][] = [
    ['resolved-early', one.resolved.early],
    ['resolved-on-time', one.resolved.onTime],
    ['resolved-late', one.resolved.late],
    ['pending-within', one.pending.withinDue],
    ['pending-overdue', one.pending.overdue],
    ['awaiting-supplement', one.awaitingSupplement],
    ['withdrawn-or-returned', one.withdrawnOrReturned],
    ['paused', one.paused ?? 0],
    ['stopped-on-request', one.stoppedOnRequest ?? 0],
    ['closed-without-supplement', one.closedWithoutSupplement ?? 0],
  ];
  const hit = slots.filter(([, n]) => n === 1);
  if (hit.length !== 1 || slots.some(([, n]) => n > 1)) throw new Error(`not one dossier: ${JSON.stringify(one)}`);
  return hit[0]![0];
}

/** The tally merged from one-dossier tallies, each checked against classifyDossier's status (the reference). */
function byClassification(records: readonly DossierRecord[], start: string, end: string, rules: DossierRulesInput): DossierTally {
  const parts: DossierTally[] = [tallyDossiers([], { start, end, rules, calendar: cal })];
  for (const r of records) {
    const one = tallyDossiers([r], { start, end, rules, calendar: cal });
    if (one.received.total === 1) expect(statusOf(one), String(r.id)).toBe(classifyDossier(r, { asOf: end, rules, calendar: cal }).status);
    parts.push(one);
  }
  return mergeTallies(...parts);
}

const sumOf = (t: DossierTally) =>
  t.resolved.total +
  t.pending.total +
  t.withdrawnOrReturned +
  t.awaitingSupplement +
  (t.paused ?? 0) +
  (t.stoppedOnRequest ?? 0) +
  (t.closedWithoutSupplement ?? 0);

describe('NĐ 118 rules: every path agrees', () => {
  const periods = [
    { start: '2025-07-01', end: '2025-09-30' },
    { start: '2025-06-01', end: '2025-07-31' },
    { start: '2025-08-25', end: '2025-09-05' },
  ];
  it('tallyDossierColumns = tallyDossiers = the merge of one-dossier tallies, under nd118, in-force and overrides', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.constantFrom(...ND118_RULES), fc.constantFrom(...periods), (seed, rules, period) => {
        const records = generateNd118Dossiers({
          count: 250,
          seed,
          start: '2025-05-15',
          spanDays: 120,
          supplementShare: 0.35,
          timestamps: 0.3,
        });
        const expected = tallyDossiers(records, { ...period, rules, calendar: cal });
        expect(tallyDossierColumns(nd118Columns(records, period.end), { ...period, rules, calendar: cal })).toEqual(expected);
        expect(byClassification(records, period.start, period.end, rules)).toEqual(expected);
        expect(sumOf(expected)).toBe(expected.received.total);
        const codes = Int32Array.from(records, (r) => (r.channel === 'online' ? 0 : 1));
        const byCode = tallyDossierColumns(nd118Columns(records, period.end), {
          ...period,
          rules,
          calendar: cal,
          groups: { codes, count: 2 },
        });
        expect(mergeTallies(...byCode)).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });
  it('the NĐ 118 buckets are present under rules that count them (possibly 0) and absent otherwise; merging keeps them', () => {
    const records = generateNd118Dossiers({ count: 300, seed: 5, start: '2025-06-01', spanDays: 90, supplementShare: 0.4 });
    const p = { start: '2025-07-01', end: '2025-08-31' };
    const nd = tallyDossiers(records, { ...p, rules: 'nd118' });
    expect((nd.paused ?? 0) + (nd.stoppedOnRequest ?? 0) + (nd.closedWithoutSupplement ?? 0)).toBeGreaterThan(10);
    expect(nd.paused! > 0 && nd.stoppedOnRequest! > 0 && nd.closedWithoutSupplement! > 0).toBe(true);
    expect(tallyDossiers([], { ...p, rules: 'nd118' }).paused).toBe(0);
    expect(tallyDossiers([], { ...p, rules: 'qd766' }).paused).toBe(undefined);
    expect(mergeTallies(emptyTally(), nd)).toEqual(nd);
    const byMonth = tallyDossiers(records, { ...p, rules: 'in-force', groupBy: 'month' });
    expect(mergeTallies(...byMonth.values())).toEqual(tallyDossiers(records, { ...p, rules: 'in-force' }));
  });
  it('findings under strict make exactly the dossiers with findings invalid', () => {
    const records = generateNd118Dossiers({
      count: 400,
      seed: 11,
      start: '2025-07-01',
      spanDays: 60,
      supplementShare: 0.4,
      extensionShare: 0.4,
    });
    const p = { start: '2025-07-01', end: '2025-09-30', rules: 'nd118' } as const;
    const withFindings = new Set<number>();
    const codes = new Set<string>();
    tallyDossiers(records, { ...p, onFinding: (f, i) => (withFindings.add(i), codes.add(f.code)) });
    expect([...codes].sort()).toEqual([
      'INVALID_EXTENSION',
      'LATE_ACCEPTANCE',
      'LATE_EXTENSION_NOTICE',
      'LATE_SUPPLEMENT_REQUEST',
      'SECOND_EXTENSION',
      'SUPPLEMENT_AFTER_WINDOW',
    ]);
    const rejected = new Set<number>();
    const strict = tallyDossiers(records, { ...p, strict: true, onInvalid: (_e, i) => rejected.add(i) });
    expect([...rejected].sort()).toEqual([...withFindings].sort());
    expect(strict).toEqual(
      tallyDossiers(
        records.filter((_r, i) => !withFindings.has(i)),
        p,
      ),
    );
    // The same findings one dossier at a time.
    records.forEach((r, i) => {
      if (r.rejectedAt) return;
      expect(classifyDossier(r, { asOf: p.end, rules: 'nd118' }).findings.length > 0, String(r.id)).toBe(withFindings.has(i));
    });
  });
});

describe('NĐ 118 rules: edge cases every path settles the same way', () => {
  it('several supplements completed on the restart day: the latest new due date given among them', () => {
    // Dates compare by day, so the SQL path sees no order among them; every path takes the latest date given.
    const r: DossierRecord = {
      id: 'tie',
      receivedAt: '2025-08-22',
      slaWorkingDays: 0,
      resolvedAt: '2025-08-22',
      supplements: [
        { requestedAt: '2025-08-22', completedAt: '2025-08-22', newDueDate: '2025-08-25' },
        { requestedAt: '2025-08-22', completedAt: '2025-08-22' },
        { requestedAt: '2025-08-22', completedAt: '2025-08-22', newDueDate: '2025-08-23' },
      ],
    };
    const c = classifyDossier(r, { asOf: '2025-08-31', rules: 'nd118' });
    expect([c.dueDate, c.status, c.restartedFrom]).toEqual(['2025-08-25', 'resolved-early', '2025-08-22']);
    const p = { start: '2025-08-01', end: '2025-08-31', rules: 'nd118' } as const;
    expect(tallyDossierColumns(nd118Columns([r], p.end), p)).toEqual(tallyDossiers([r], p));
    // None given on that day: counted from slaWorkingDays (0: the completion day, a working Friday).
    const none = { ...r, supplements: [{ requestedAt: '2025-08-22', completedAt: '2025-08-22' }] };
    expect(classifyDossier(none, { asOf: '2025-08-31', rules: 'nd118' }).status).toBe('resolved-on-time');
  });
  it('a due date counted anew after a supplement rests on provisional days like the one from the receipt (issue 13)', () => {
    // Received 02/11/2026, 5 working days (due 09/11/2026, official days); supplement completed Wed 30/12/2026: the
    // restart counts into January 2027, which has no official schedule yet.
    const r: DossierRecord = {
      id: 'p',
      receivedAt: '2026-11-02',
      slaWorkingDays: 5,
      supplements: [{ requestedAt: '2026-11-03', completedAt: '2026-12-30' }],
    };
    expect(classifyDossier(r, { asOf: '2026-12-31', rules: 'report' }).provisional).toBe(false);
    const c = classifyDossier(r, { asOf: '2026-12-31', rules: 'nd118' });
    expect([c.provisional, c.restartedFrom]).toEqual([true, '2026-12-30']);
    // A new due date given on the supplement is given, not counted.
    const given = { ...r, supplements: [{ requestedAt: '2026-11-03', completedAt: '2026-12-30', newDueDate: '2027-01-07' }] };
    expect(classifyDossier(given, { asOf: '2026-12-31', rules: 'nd118' }).provisional).toBe(false);
    const p = { start: '2026-12-01', end: '2026-12-31' } as const;
    for (const rules of ['nd118', 'in-force', 'report'] as const) {
      const t = tallyDossiers([r, given], { ...p, rules });
      expect(t.provisional, rules).toBe(rules === 'report' ? undefined : 1);
      expect(tallyDossierColumns(nd118Columns([r, given], p.end), { ...p, rules })).toEqual(t);
    }
  });
});
