// Scoring QĐ 766 from leaf inputs: the rules of each indicator, levels and policies, lost points, bad input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isCchcError,
  lostPoints,
  lostPoints766,
  measure766,
  qd766CommuneFullMarksMethodology,
  qd766Methodology,
  QD766_2022,
  QD766_PORTAL,
  ratio,
  regroup766To2022,
  score766,
  scoreAssessment,
  withUnitLevelTreatments,
  type AssessmentInputs,
} from 'cchc';

const LEAVES = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '2.1',
  '3.1',
  '4.1',
  '4.2',
  '4.3',
  '4.4',
  '4.5',
  '4.6',
  '4.7',
  '5.1',
  '5.2',
  '5.3',
  '6.1',
  '6.2',
  '6.3',
];
const full: AssessmentInputs = Object.fromEntries(LEAVES.map((c) => [c, { rate: 1 }]));
const with_ = (over: AssessmentInputs): AssessmentInputs => ({ ...full, ...over });
const points = (inputs: AssessmentInputs, code: string, unitLevel?: string) =>
  scoreAssessment(QD766_PORTAL, inputs, unitLevel ? { unitLevel } : {}).nodes[code]!.achieved.toString();
const codes = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return isCchcError(e) ? e.issues.map((i) => `${i.code} ${i.path.join('.')}`) : ['other'];
  }
  return [];
};

describe('QD766_PORTAL: the rules of the indicators', () => {
  it('totals 100 at full marks, at every level and under both level policies', () => {
    expect(scoreAssessment(QD766_PORTAL, full).total.achieved.toString()).toBe('100');
    for (const level of ['province', 'department', 'commune', 'ministry']) {
      expect(scoreAssessment(QD766_PORTAL, full, { unitLevel: level }).total.achieved.toString()).toBe('100');
      expect(scoreAssessment(qd766CommuneFullMarksMethodology(), full, { unitLevel: level }).total.achieved.toString()).toBe('100');
    }
    expect(QD766_PORTAL.nodes.map((n) => n.maxPoints.toNumber())).toEqual([18, 20, 12, 22, 18, 10]);
    expect(QD766_2022.nodes.map((n) => n.maxPoints.toNumber())).toEqual([18, 20, 22, 22, 18]);
  });

  it('2.1 progress: 20 × rate, no threshold', () => {
    expect(points(with_({ '2.1': { rate: 0.75 } }), '2.1')).toBe('15');
    expect(points(with_({ '2.1': { numerator: 393087, denominator: 443565 } }), '2.1')).toBe('17.72');
    expect(points(with_({ '2.1': { rate: 0.95 } }), '2.1')).toBe('19');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), (d, k) => {
        const n = k % (d + 1);
        const got = scoreAssessment(QD766_PORTAL, with_({ '2.1': { numerator: n, denominator: d } })).nodes['2.1']!.achieved;
        return got.eq(ratio(n, d).value.times(20).toDecimalPlaces(2, 4));
      }),
      { numRuns: 200 },
    );
  });

  it('5.3 satisfaction: full marks from 90%, 6 × rate / 90% below', () => {
    expect(points(with_({ '5.3': { rate: 0.9 } }), '5.3')).toBe('6');
    expect(points(with_({ '5.3': { rate: 0.97 } }), '5.3')).toBe('6');
    expect(points(with_({ '5.3': { rate: 0.45 } }), '5.3')).toBe('3');
    expect(points(with_({ '5.3': { numerator: 392869, denominator: 443565 } }), '5.3')).toBe('5.9');
    expect(points(with_({ '5.3': { numerator: 0, denominator: 0 } }), '5.3')).toBe('0');
  });

  it('4.4 reuse of digitised data: full marks from 80%; 4.2 has no threshold although the formula document says 80%', () => {
    expect(points(with_({ '4.4': { rate: 0.8 } }), '4.4')).toBe('2');
    expect(points(with_({ '4.4': { rate: 0.4 } }), '4.4')).toBe('1');
    expect(points(with_({ '4.4': { numerator: 82645, denominator: 443565 } }), '4.4')).toBe('0.47');
    expect(points(with_({ '4.2': { rate: 0.8006 } }), '4.2')).toBe('3.2');
  });

  it('no PAKN: 6 + 6 for 5.1 and 5.2', () => {
    const s = scoreAssessment(QD766_PORTAL, with_({ '5.1': { numerator: 0, denominator: 0 }, '5.2': { numerator: 0, denominator: 0 } }));
    expect([s.nodes['5.1']!.achieved.toString(), s.nodes['5.2']!.achieved.toString(), s.nodes['5.1']!.basis]).toEqual([
      '6',
      '6',
      'nothing-to-measure',
    ]);
  });

  it('payment: 6·A + min(2, 2.5·B) + min(2, 2.5·C), each part rounded', () => {
    const s = scoreAssessment(
      QD766_PORTAL,
      with_({
        '6.3': { numerator: 82913, denominator: 98459 },
        '6.2': { numerator: 93, denominator: 310 },
        '6.1': { numerator: 56, denominator: 310 },
      }),
    );
    expect(['6.3', '6.2', '6.1', '6'].map((c) => s.nodes[c]!.achieved.toString())).toEqual(['5.05', '0.75', '0.45', '6.25']);
    expect(points(with_({ '6.2': { rate: 0.8 } }), '6.2')).toBe('2');
    expect(points(with_({ '6.2': { numerator: 7, denominator: 8 } }), '6.2')).toBe('2');
  });

  it('nothing to publish (1.1, 1.2 at 0/0) gives no points', () => {
    expect(points(with_({ '1.1': { numerator: 0, denominator: 0 } }), '1.1')).toBe('0');
    // 1.3 at 0/0 was never observed: refused, not guessed
    expect(codes(() => scoreAssessment(QD766_PORTAL, with_({ '1.3': { numerator: 0, denominator: 0 } })))).toEqual([
      'ZERO_DENOMINATOR 1.3.denominator',
    ]);
  });
});

describe('unit levels', () => {
  it('commune: inherits 1.1–1.3, gets 4.3 in full, is scored on 3.1, 4.6, 4.7 (the portal)', () => {
    const inputs = with_({
      '1.1': { points: 0 },
      '1.2': { points: 3.85 },
      '1.3': { points: 2 },
      '4.3': { rate: 0 },
      '4.6': { rate: 0.5 },
      '3.1': { rate: 0.54 },
    });
    const s = scoreAssessment(QD766_PORTAL, inputs, { unitLevel: 'commune' });
    expect(['1.1', '1.2', '1.3', '4.3', '4.6', '3.1'].map((c) => `${c} ${s.nodes[c]!.achieved} ${s.nodes[c]!.basis}`)).toEqual([
      '1.1 0 inherited',
      '1.2 3.85 inherited',
      '1.3 2 inherited',
      '4.3 2 unit-level-maximum',
      '4.6 1 input',
      '3.1 6.48 input',
    ]);
    // a province scores 1.1–1.3 by its own rule: { points } is not its input
    expect(codes(() => scoreAssessment(QD766_PORTAL, inputs, { unitLevel: 'province' }))).toEqual([
      'PAR_INPUT_MISMATCH 1.1',
      'PAR_INPUT_MISMATCH 1.2',
      'PAR_INPUT_MISMATCH 1.3',
    ]);
  });

  it('commune under the full-marks policy: 3.1, 4.6, 4.7 at their maximum whatever the input', () => {
    const m = qd766Methodology('2026-10-10', { policy: 'commune-full-marks' }).methodology;
    const s = scoreAssessment(m, with_({ '3.1': { rate: 0 }, '4.6': { rate: 0 }, '4.7': { rate: 0 } }), { unitLevel: 'commune' });
    expect(['3.1', '4.6', '4.7'].map((c) => s.nodes[c]!.achieved.toString())).toEqual(['12', '2', '2']);
    const p = scoreAssessment(m, with_({ '3.1': { rate: 0 } }), { unitLevel: 'province' });
    expect(p.nodes['3.1']!.achieved.toString()).toBe('0');
  });

  it('a level treatment "not-applicable" leaves the maximum (general mechanism)', () => {
    const m = withUnitLevelTreatments(QD766_PORTAL, { commune: { '4.7': 'not-applicable' } }, { id: 'test' });
    const s = scoreAssessment(m, full, { unitLevel: 'commune' });
    expect([s.nodes['4.7']!.status, s.total.max.toString(), s.total.achieved.toString()]).toEqual(['not-applicable', '98', '98']);
  });
});

describe('lost points', () => {
  it("gives the count that recovers each indicator's points", () => {
    const dossiers = Array.from({ length: 1707 }, (_, i) => ({
      id: i,
      receivedAt: '2026-08-03',
      dueDate: '2026-08-10',
      resolvedAt: i < 1500 ? '2026-08-07' : '2026-08-12',
      qd766: { feeRequired: true, paidOnline: i < 1516, satisfaction: 'not-rated' as const },
    }));
    const m = measure766({ dossiers, pakn: [] }, { period: { start: '2026-08-01', end: '2026-08-31' }, level: 'commune' });
    const lost = lostPoints766(score766(m, { partial: true }));
    const byCode = Object.fromEntries(lost.map((l) => [l.code, l]));
    // 6 × 1516/1707 = 5.33; 6 × 1706/1707 rounds to 6.00: 190 more dossiers paid online
    expect(byCode['6.3']?.text.en).toBe('190 more dossiers paid online → +0.67');
    expect(byCode['6.3']?.text.vi).toBe('thêm 190 hồ sơ thanh toán trực tuyến → +0,67');
    expect(byCode['2.1']?.recover?.count).toBe(207);
    // 5.3: 90% of 1707 on time and without complaint is 1536.3 → 1537, but 6 × 1536/1707/0.9 = 5.9988 rounds to 6
    expect(byCode['5.3']?.recover?.count).toBe(1536 - 1500);
    // largest loss first
    expect(lost.map((l) => l.lost.toNumber())).toEqual([...lost.map((l) => l.lost.toNumber())].sort((a, b) => b - a));
  });

  it("is the engine's lostPoints with recovery", () => {
    const inputs = with_({ '6.3': { numerator: 1516, denominator: 1707 } });
    const items = lostPoints(scoreAssessment(QD766_PORTAL, inputs), { recovery: { methodology: QD766_PORTAL, inputs } });
    expect(items.map((i) => [i.code, i.lost.toString(), i.recover?.count])).toEqual([['6.3', '0.67', 190]]);
  });
});

describe('bad input is an error, never a score', () => {
  it('rates out of range, counts above their denominator, negative counts, missing inputs', () => {
    expect(codes(() => scoreAssessment(QD766_PORTAL, with_({ '2.1': { rate: 1.2 } })))).toEqual(['RATE_OUT_OF_RANGE 2.1.rate']);
    expect(codes(() => scoreAssessment(QD766_PORTAL, with_({ '6.3': { numerator: 12, denominator: 10 } })))).toEqual([
      'RATE_OUT_OF_RANGE 6.3.numerator',
    ]);
    expect(codes(() => scoreAssessment(QD766_PORTAL, with_({ '4.1': { numerator: -1, denominator: 10 } })))).toEqual([
      'RATE_OUT_OF_RANGE 4.1.numerator',
    ]);
    expect(codes(() => scoreAssessment(QD766_PORTAL, with_({ '5.3': { rate: '85' } })))).toEqual(['INVALID_NUMBER 5.3.rate']);
    const { '4.4': _, ...missing } = full;
    expect(codes(() => scoreAssessment(QD766_PORTAL, missing))).toEqual(['PAR_MISSING_INPUT 4.4']);
    expect(codes(() => scoreAssessment(QD766_PORTAL, with_({ '4.8': { rate: 1 } })))).toEqual(['PAR_UNKNOWN_CODE 4.8']);
    expect(codes(() => scoreAssessment(QD766_PORTAL, with_({ '1.3': { points: 3 } }), { unitLevel: 'commune' }))).toEqual([
      'PAR_POINTS_ABOVE_MAX 1.3.points',
    ]);
  });
});

describe('regrouping into the 2022 groups (inferred)', () => {
  it('sums the portal groups into the five 2022 groups', () => {
    const s = scoreAssessment(QD766_PORTAL, with_({ '3.1': { rate: 0.5 }, '6.3': { rate: 0.5 } }));
    const r = regroup766To2022(s);
    expect(r.groups.map((g) => `${g.code} ${g.points}/${g.max}`)).toEqual(['1 18/18', '2 20/20', '3 22/22', '4 13/22', '5 18/18']);
    expect(r.total.toString()).toBe(s.total.achieved.toString());
    expect(
      codes(() =>
        regroup766To2022(
          scoreAssessment(QD766_2022, {
            '1': { points: 1 },
            '2': { points: 1 },
            '3': { points: 1 },
            '4': { points: 1 },
            '5': { points: 1 },
          }),
        ),
      ),
    ).toEqual(['INVALID_INPUT score']);
  });
});

describe('compareAssessments on QĐ 766', () => {
  it("compares a unit's own measure with the portal's figures, at its level", async () => {
    const { compareAssessments } = await import('cchc');
    const own: AssessmentInputs = with_({
      '1.1': { points: 0 },
      '1.2': { points: 0 },
      '1.3': { points: 1.96 },
      '6.3': { numerator: 1516, denominator: 1707 },
    });
    const portal: AssessmentInputs = with_({
      '1.1': { points: 0 },
      '1.2': { points: 0 },
      '1.3': { points: 1.96 },
      '6.3': { numerator: 1400, denominator: 1707 },
    });
    const c = compareAssessments(QD766_PORTAL, { selfAssessment: own, appraisal: portal }, { channel: 'all', unitLevel: 'commune' });
    expect(c.changed).toEqual(['6.3']);
    expect(c.nodes['6.3']?.difference?.toString()).toBe('-0.41');
  });
});
