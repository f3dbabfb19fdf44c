import { describe, expectTypeOf, it } from 'vitest';
import type { Decimal } from 'decimal.js';
import {
  measure766,
  parsePeriod,
  qd766Methodology,
  score766,
  scoreAssessment,
  weekPeriod,
  type LeafRuleSpec,
  type Methodology,
  type MethodologySpec,
  type NodeScore,
  type Period,
  type Qd766DossierRecord,
  type Qd766Measurement,
  type Qd766Score,
  type ScoreBasis,
  QD766_PORTAL,
} from 'cchc';

const records: Qd766DossierRecord[] = [];
async function* stream(): AsyncGenerator<Qd766DossierRecord> {}
const period = { start: '2026-08-01', end: '2026-08-31' };

describe('qd766 types', () => {
  it('measure766 is synchronous on arrays and a Promise on async sources', () => {
    expectTypeOf(measure766({ dossiers: records }, { period, level: 'province' })).toEqualTypeOf<Qd766Measurement>();
    expectTypeOf(measure766({ pakn: [] }, { period, level: 'commune' })).toEqualTypeOf<Qd766Measurement>();
    expectTypeOf(measure766({ dossiers: stream() }, { period, level: 'province' })).toEqualTypeOf<Promise<Qd766Measurement>>();
    expectTypeOf(score766).returns.toEqualTypeOf<Qd766Score>();
    expectTypeOf<Qd766Score['total']>().toEqualTypeOf<Decimal>();
  });

  it('a dossier record carries its QĐ 766 facts in its qd766 block', () => {
    const r: Qd766DossierRecord = {
      id: 1,
      receivedAt: '2026-08-03',
      dueDate: '2026-08-10',
      qd766: { paidOnline: true, satisfaction: 'not-rated' },
    };
    expectTypeOf(r.qd766?.satisfaction).toEqualTypeOf<'satisfied' | 'dissatisfied' | 'not-rated' | null | undefined>();
    // @ts-expect-error: not a rating
    const bad: Qd766DossierRecord = { id: 1, receivedAt: '2026-08-03', qd766: { satisfaction: 'ok' } };
    void bad;
  });

  it('the rule shapes type-check', () => {
    const a: LeafRuleSpec = { kind: 'proportional', fullAt: 0.9, whenEmpty: 'max', share: true };
    const b: LeafRuleSpec = { kind: 'percent-bands', bands: [{ min: 0, points: 1 }], whenEmpty: 'zero' };
    // @ts-expect-error: an unknown whenEmpty
    const c: LeafRuleSpec = { kind: 'proportional', whenEmpty: 'full' };
    void [a, b, c];
    const spec: MethodologySpec = {
      id: 'x',
      name: 'x',
      unitLevels: ['province', 'commune'],
      rounding: { decimals: 2 },
      nodes: [{ code: '1', name: 'A', maxPoints: 1, rule: 'manual', atUnitLevel: { commune: 'max' } }],
    };
    expectTypeOf(spec).toExtend<MethodologySpec>();
    expectTypeOf(qd766Methodology('2026-01-01').methodology).toEqualTypeOf<Methodology>();
    expectTypeOf<NodeScore['basis']>().toEqualTypeOf<ScoreBasis | null>();
    expectTypeOf(scoreAssessment(QD766_PORTAL, {}, { unitLevel: 'commune', exclude: ['3.1'] }).total.achieved).toEqualTypeOf<Decimal>();
  });

  it('weeks are periods', () => {
    expectTypeOf(weekPeriod(2025, 49, { weekEndsOn: 5 })).toEqualTypeOf<Period>();
    expectTypeOf(parsePeriod('tuần 49/2025', { weekEndsOn: 5 }).week).toEqualTypeOf<number | undefined>();
  });
});
