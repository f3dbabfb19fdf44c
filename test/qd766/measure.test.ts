// measure766 against an independent count (plain loops over generated records, no library function), what is not
// measurable and why, levels, PAKN and the catalogue.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addWorkingDays,
  isCchcError,
  measure766,
  QD766_PROCEDURE_COMPONENTS,
  score766,
  type PaknRecord,
  type Qd766DossierRecord,
  type TthcCatalogueRecord,
} from 'cchc';
import { rng } from '../dossier/_generate.js';
import { catalogue, facts, generate766, pakn } from './_generate.js';

const period = { start: '2025-03-01', end: '2025-05-31' };

/** Plain records: a due date, resolved or not; no supplement, withdrawal or refusal. */
function plain(seed: number, count: number, unknown = 0): Qd766DossierRecord[] {
  const r = rng(seed);
  return Array.from({ length: count }, (_, i) => {
    const received = addDays('2025-02-01', Math.floor(r() * 130));
    const due = addDays(received, Math.floor(r() * 15));
    const resolved = r() < 0.7 ? addDays(received, Math.floor(r() * 25)) : undefined;
    return {
      id: `H${i}`,
      receivedAt: received,
      dueDate: due,
      ...(resolved ? { resolvedAt: resolved } : {}),
      ...(r() < 0.9 ? { procedure: `P${Math.floor(r() * 6)}` } : {}),
      qd766: facts(r, unknown),
    };
  });
}

/** The independent count: dossiers dealt with in the period (received by its end, not finished before its start). */
function independent(records: readonly Qd766DossierRecord[], from: string, to: string) {
  const base = records.filter((d) => d.receivedAt <= to && (d.resolvedAt == null || d.resolvedAt >= from));
  const onTime = (d: Qd766DossierRecord) => (d.resolvedAt != null && d.resolvedAt <= to ? d.resolvedAt <= d.dueDate! : d.dueDate! >= to);
  const has = (k: keyof NonNullable<Qd766DossierRecord['qd766']>) => (d: Qd766DossierRecord) => d.qd766?.[k] === true;
  const count = (list: readonly Qd766DossierRecord[], p: (d: Qd766DossierRecord) => boolean) => list.filter(p).length;
  const fee = base.filter(has('feeRequired'));
  const received = records.filter((d) => d.receivedAt >= from && d.receivedAt <= to);
  return {
    '1.4': [count(received, has('synced')), received.length],
    '2.1': [count(base, onTime), base.length],
    '4.1': [count(base, has('electronicResult')), base.length],
    '4.2': [count(base, has('digitised')), base.length],
    '4.4': [count(base, has('reusedData')), base.length],
    '4.5': [count(base, has('dataStoreLinked')), base.length],
    '4.6': [count(base, has('populationData')), base.length],
    '5.3': [count(base, (d) => onTime(d) && d.qd766?.satisfaction !== 'dissatisfied' && d.qd766?.feedback !== true), base.length],
    '6.3': [count(fee, has('paidOnline')), fee.length],
    '3.1': [
      count(base, (d) => d.qd766?.fullProcessEligible === true && d.qd766?.fullProcessOnline === true),
      count(base, (d) => d.qd766?.fullProcessEligible === true),
    ],
  } as Record<string, [number, number]>;
}

describe('measure766 counts like an independent count', () => {
  it('on generated records, for every dossier indicator', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 0, max: 300 }), (seed, n) => {
        const records = plain(seed, n);
        const m = measure766({ dossiers: records }, { period, level: 'province' });
        const want = independent(records, period.start, period.end);
        for (const [code, [num, den]] of Object.entries(want)) {
          expect(m.counts[code], code).toEqual({ numerator: num, denominator: den });
        }
      }),
      { numRuns: 40 },
    );
  });

  it('takes an open period up to asOf', () => {
    const records = plain(3, 400);
    const m = measure766({ dossiers: records }, { period, level: 'province', asOf: '2025-04-15' });
    const want = independent(
      records
        .map((d) => (d.resolvedAt && d.resolvedAt > '2025-04-15' ? { ...d, resolvedAt: undefined } : d))
        .filter((d) => d.receivedAt <= '2025-04-15'),
      period.start,
      '2025-04-15',
    );
    expect(m.counts['2.1']).toEqual({ numerator: want['2.1']![0], denominator: want['2.1']![1] });
    expect(m.asOf).toBe('2025-04-15');
  });

  it('reads async iterables (a Promise) the same', async () => {
    const records = generate766({ count: 500, seed: 5, start: '2025-01-15', spanDays: 120 });
    async function* stream() {
      yield* records;
    }
    const a = measure766({ dossiers: records, pakn: [] }, { period, level: 'province' });
    const b = await measure766({ dossiers: stream(), pakn: [] }, { period, level: 'province' });
    expect(b.inputs).toEqual(a.inputs);
  });
});

describe('not measurable, never zero', () => {
  it('names the field and how many dossiers lack it', () => {
    const records = plain(11, 200, 0.02);
    const m = measure766({ dossiers: records }, { period, level: 'province' });
    const i = m.indicators['4.1']!;
    expect(i.status).toBe('not-measurable');
    expect(i.message?.en).toMatch(
      /^Not measurable: 4\.1 \(Share of dossiers with an electronic result\) needs qd766\.electronicResult on every dossier counted \(\d+ of \d+ lack it\)$/,
    );
    expect(i.message?.vi).toMatch(/^Không đo được 4\.1/);
    expect(m.inputs['4.1']).toBeUndefined();
    // 2.1 needs no fact
    expect(m.indicators['2.1']?.status).toBe('measured');
  });

  it('reports missing sources per indicator, and score766 refuses them by default', () => {
    const m = measure766({ dossiers: plain(2, 50) }, { period, level: 'province' });
    expect(m.indicators['5.1']?.needs).toEqual([{ what: 'pakn' }]);
    expect(m.indicators['1.1']?.needs).toEqual([{ what: 'catalogue' }]);
    try {
      score766(m);
      expect.unreachable();
    } catch (e) {
      expect(isCchcError(e)).toBe(true);
      if (!isCchcError(e)) return;
      expect(e.issues.every((x) => x.code === 'QD766_NOT_MEASURABLE')).toBe(true);
      expect(e.issues.map((x) => x.path[0])).toEqual(m.notMeasurable.map((x) => x.code));
      expect(e.issues.find((x) => x.path[0] === '5.1')?.messageEn).toBe(
        'Not measurable: 5.1 (Share of feedback handled on time) needs PAKN (feedback) records (an empty list when the unit received none)',
      );
    }
    const partial = score766(m, { partial: true });
    expect(partial.complete).toBe(false);
    expect(partial.score.nodes['5.1']?.status).toBe('excluded');
    expect(partial.max.lt(100)).toBe(true);
  });

  it('no PAKN at all gives 6 + 6; no dossier gives 0 for 2.1 and 5.3', () => {
    const m = measure766({ dossiers: [], pakn: [] }, { period, level: 'province' });
    const s = score766(m, { partial: true });
    expect(s.score.nodes['5.1']?.achieved.toString()).toBe('6');
    expect(s.score.nodes['5.2']?.achieved.toString()).toBe('6');
    expect(s.score.nodes['5.1']?.basis).toBe('nothing-to-measure');
    expect(s.score.nodes['2.1']?.achieved.toString()).toBe('0');
    expect(s.score.nodes['5.3']?.achieved.toString()).toBe('0');
  });
});

describe('PAKN', () => {
  it('counts 5.1 and 5.2 like an independent count', () => {
    const list = pakn(4, '2025-02-15', 300);
    const m = measure766({ pakn: list }, { period, level: 'province' });
    const last = period.end;
    let n = 0;
    let onTime = 0;
    let good = 0;
    for (const p of list) {
      if (p.receivedAt < period.start || p.receivedAt > last) continue;
      n++;
      const due = p.dueDate ?? addWorkingDays(p.receivedAt, 15);
      const timely = p.handledAt != null && p.handledAt <= last ? p.handledAt <= due : due >= last;
      if (timely) onTime++;
      if (timely && p.satisfaction !== 'dissatisfied' && p.reraised !== true) good++;
    }
    expect(m.counts['5.1']).toEqual({ numerator: onTime, denominator: n });
    expect(m.counts['5.2']).toEqual({ numerator: good, denominator: n });
  });

  it('links a PAKN to its dossier for 5.3', () => {
    const d: Qd766DossierRecord = {
      id: 'X1',
      receivedAt: '2025-03-03',
      dueDate: '2025-03-10',
      resolvedAt: '2025-03-05',
      qd766: { satisfaction: 'satisfied' },
    };
    const p: PaknRecord = { id: 'P', receivedAt: '2025-03-06', handledAt: '2025-03-07', satisfaction: 'satisfied', dossierId: 'X1' };
    expect(measure766({ dossiers: [d], pakn: [] }, { period, level: 'province' }).counts['5.3']).toEqual({ numerator: 1, denominator: 1 });
    expect(measure766({ dossiers: [d], pakn: [p] }, { period, level: 'province' }).counts['5.3']).toEqual({ numerator: 0, denominator: 1 });
  });
});

describe('catalogue', () => {
  it('counts 1.1–1.3, 6.1 and the procedure indicators like an independent count', () => {
    const cat = catalogue(8, '2025-02-20');
    const records = plain(9, 300);
    const m = measure766({ dossiers: records, catalogue: cat }, { period, level: 'province' });
    const published = cat.filter((p) => p.publishedAt! >= period.start && p.publishedAt! <= period.end);
    expect(m.counts['1.1']).toEqual({
      numerator: published.filter((p) => addWorkingDays(p.publishedAt!, 5) <= p.legalBasisEffectiveAt!).length,
      denominator: published.length,
    });
    expect(m.counts['1.2']).toEqual({
      numerator: published.filter((p) => p.disclosedAt && p.disclosedAt <= period.end && p.disclosedAt <= addWorkingDays(p.publishedAt!, 5))
        .length,
      denominator: published.length,
    });
    const disclosed = cat.filter((p) => p.disclosedAt && p.disclosedAt <= period.end);
    expect(m.counts['1.3']).toEqual({
      numerator: disclosed.filter((p) => QD766_PROCEDURE_COMPONENTS.every((c) => p.components!.includes(c))).length,
      denominator: disclosed.length,
    });
    const fee = cat.filter((p) => p.feeRequired);
    expect(m.counts['6.1']).toEqual({ numerator: fee.filter((p) => p.onlinePaymentIntegrated).length, denominator: fee.length });
    // 6.2 and 4.7 need the procedure on every dossier that has the fact: some plain records have none
    const withProcedure = records.map((d, i) => ({ ...d, procedure: d.procedure ?? `P${i % 6}` }));
    const m2 = measure766({ dossiers: withProcedure, catalogue: cat }, { period, level: 'province' });
    const base = withProcedure.filter((d) => d.receivedAt <= period.end && (d.resolvedAt == null || d.resolvedAt >= period.start));
    const paid = new Set(base.filter((d) => d.qd766?.feeRequired && d.qd766?.paidOnline).map((d) => d.procedure));
    const pop = new Set(base.filter((d) => d.qd766?.populationData).map((d) => d.procedure));
    expect(m2.counts['6.2']).toEqual({ numerator: fee.filter((p) => paid.has(p.code)).length, denominator: fee.length });
    const citizens = cat.filter((p) => p.citizenApplicants);
    expect(m2.counts['4.7']).toEqual({ numerator: citizens.filter((p) => pop.has(p.code)).length, denominator: citizens.length });
    expect(m.indicators['6.2']?.needs?.some((n) => n.what === 'procedure')).toBe(true);
  });

  it('uses the ministry limits (20 / 10 working days) for a ministry', () => {
    const p: TthcCatalogueRecord = { code: 'M', publishedAt: '2025-03-03', legalBasisEffectiveAt: '2025-03-17', disclosedAt: '2025-03-12' };
    const province = measure766({ catalogue: [p] }, { period, level: 'province' });
    const ministry = measure766({ catalogue: [p] }, { period, level: 'ministry' });
    expect([province.counts['1.1'], province.counts['1.2']]).toEqual([
      { numerator: 1, denominator: 1 },
      { numerator: 0, denominator: 1 },
    ]);
    expect([ministry.counts['1.1'], ministry.counts['1.2']]).toEqual([
      { numerator: 0, denominator: 1 },
      { numerator: 1, denominator: 1 },
    ]);
  });
});

describe('unit levels', () => {
  it('a commune inherits 1.1–1.3: from provided values or the province catalogue; 4.3 is awarded', () => {
    const none = measure766({ pakn: [] }, { period, level: 'commune' });
    expect(none.indicators['1.3']?.inherited).toBe(true);
    expect(none.indicators['1.3']?.message?.en).toContain("the province's value (provided['1.3'] or the province's TTHC catalogue)");
    expect(none.indicators['4.3']?.status).toBe('awarded');
    const given = measure766(
      { pakn: [] },
      { period, level: 'commune', provided: { '1.1': { points: 0 }, '1.2': { points: 0 }, '1.3': { points: 1.96 } } },
    );
    expect(given.indicators['1.3']?.status).toBe('provided');
    const s = score766(given, { partial: true });
    expect(s.score.nodes['1.3']?.achieved.toString()).toBe('1.96');
    expect(s.score.nodes['1.3']?.basis).toBe('inherited');
    // the portal scores communes on 3.1, 4.6 and 4.7 (not awarded)
    expect(given.indicators['4.6']?.status).toBe('not-measurable');
  });

  it('offers the "communes get full marks for 3.1, 4.6, 4.7" policy', () => {
    const m = measure766({ pakn: [] }, { period, level: 'commune', policy: 'commune-full-marks' });
    expect(['3.1', '4.6', '4.7', '4.3'].map((c) => m.indicators[c]?.status)).toEqual(['awarded', 'awarded', 'awarded', 'awarded']);
    expect(m.policy).toBe('commune-full-marks');
    // for a province the policy changes nothing
    expect(measure766({ pakn: [] }, { period, level: 'province', policy: 'commune-full-marks' }).indicators['4.6']?.status).toBe(
      'not-measurable',
    );
  });

  it('refuses an unknown level with a suggestion', () => {
    try {
      measure766({}, { period, level: 'comune' });
      expect.unreachable();
    } catch (e) {
      expect(isCchcError(e) && e.issues[0]?.suggestion).toBe('commune');
    }
  });
});

describe('the 2022 edition', () => {
  it('cannot measure groups whose allocation is unknown, but takes their points', () => {
    const m = measure766({ pakn: [] }, { period, level: 'province', edition: 'qd766-2022' });
    expect(m.order).toEqual(['1', '2', '3', '4', '5']);
    expect(m.notMeasurable.map((i) => i.needs?.[0]?.what)).toEqual(['allocation', 'allocation', 'allocation', 'allocation', 'allocation']);
    expect(m.counts['5.1']).toEqual({ numerator: 0, denominator: 0 });
    const points = {
      '1': { points: 10.46 },
      '2': { points: 17.56 },
      '3': { points: 9.61 },
      '4': { points: 14.72 },
      '5': { points: 10.24 },
    };
    const s = score766(measure766({}, { period, level: 'province', edition: 'qd766-2022', provided: points }));
    expect(s.total.toString()).toBe('62.59');
  });

  it('is the edition before the six groups were seen', () => {
    const m = measure766({}, { period: { start: '2023-01-01', end: '2023-12-31' }, level: 'province' });
    expect(m.edition).toBe('qd766-2022');
    expect(m.notes.map((n) => n.en).join(' ')).toContain('first seen on 22/01/2024');
  });
});

describe('bad input', () => {
  const codes = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      return isCchcError(e) ? e.issues.map((i) => `${i.code} ${i.path.join('.')}`) : ['other'];
    }
    return [];
  };
  it('says which record and which field', () => {
    const bad = [{ id: 1, receivedAt: '2025-03-03', dueDate: '2025-03-05', qd766: { paidOnlien: true } }];
    expect(codes(() => measure766({ dossiers: bad as never }, { period, level: 'province' }))).toEqual(['UNKNOWN_KEY 0.qd766.paidOnlien']);
    const badType = [{ id: 1, receivedAt: '2025-03-03', dueDate: '2025-03-05', qd766: { paidOnline: 'yes' } }];
    expect(codes(() => measure766({ dossiers: badType as never }, { period, level: 'province' }))).toEqual([
      'INVALID_INPUT 0.qd766.paidOnline',
    ]);
    expect(codes(() => measure766({ pakn: [{ id: 1, receivedAt: '32/01/2025' }] as never }, { period, level: 'province' }))).toEqual([
      'INVALID_DATE sources.pakn.0.receivedAt',
    ]);
    expect(codes(() => measure766({ dossier: [] } as never, { period, level: 'province' }))).toEqual(['UNKNOWN_KEY sources.dossier']);
    expect(codes(() => measure766({}, { period, level: 'province', asOf: '2025-02-01' }))).toEqual(['INVALID_DATE_RANGE options.asOf']);
    expect(codes(() => measure766({}, { period, level: 'province', provided: { '9.9': { rate: 1 } } }))).toEqual([
      'UNKNOWN_KEY options.provided.9.9',
    ]);
    expect(codes(() => measure766({}, { period: { start: '2021-01-01', end: '2021-12-31' }, level: 'province' }))).toEqual([
      'QD766_NOT_IN_FORCE asOf',
    ]);
  });

  it('refuses an out-of-range provided rate at scoring', () => {
    const m = measure766({ pakn: [] }, { period, level: 'province', provided: { '3.1': { rate: 1.2 } } });
    expect(codes(() => score766(m, { partial: true }))).toEqual(['RATE_OUT_OF_RANGE 3.1.rate']);
  });
});
