import { describe, expect, it } from 'vitest';
import { type CchcError, lostPoints, pointsToTarget, rankTarget, scoreAssessment, type AssessmentInputs } from 'cchc';
import { caMau2013Fragment } from 'cchc/datasets';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as CchcError).issues.map((i) => `${i.code}@${i.path.join('.')}`);
  }
  return [];
};

describe('rankTarget', () => {
  // Seed plan (Kế hoạch CCHC năm 2020, Kiên Giang): "trong nhóm từ 25-30"; ranks from snv.kiengiang.gov.vn
  const goal = { from: 25, to: 30 };
  it('places Kiên Giang ranks against the 25–30 goal', () => {
    expect(rankTarget({ rank: 54, of: 63, target: goal })).toEqual({ status: 'below', positionsAway: 24, rank: 54, of: 63, target: goal }); // 2019
    expect(rankTarget({ rank: 26, of: 63, target: goal }).status).toBe('met'); // 2014
    expect(rankTarget({ rank: 33, of: 63, target: goal }).positionsAway).toBe(3); // 2013
    expect(rankTarget({ rank: 63, of: 63, target: goal }).positionsAway).toBe(33); // 2021
    expect(rankTarget({ rank: 25, of: 63, target: goal }).status).toBe('met');
    expect(rankTarget({ rank: 30, of: 63, target: goal }).status).toBe('met');
    expect(rankTarget({ rank: 20, of: 63, target: goal })).toMatchObject({ status: 'above', positionsAway: 5 });
  });
  it('rejects inconsistent ranks, listing every problem', () => {
    expect(code(() => rankTarget({ rank: 64, of: 63, target: { from: 30, to: 25 } }))).toEqual([
      'PAR_INVALID_RANK@rank',
      'PAR_INVALID_RANK@target',
    ]);
    expect(code(() => rankTarget({ rank: 1.5, of: 0, target: goal }))).toEqual(['PAR_INVALID_RANK@rank', 'PAR_INVALID_RANK@of']);
    expect(code(() => rankTarget({ rank: 1, of: 20, target: goal }))).toEqual(['PAR_INVALID_RANK@target.to']);
  });
});

const inputs: AssessmentInputs = {
  '1.1.1': { outcome: 'Không kịp thời' },
  '1.1.2': { met: true },
  '1.1.3': { met: false },
  '1.1.4': { ratio: 0.8 },
  '1.2.1': { met: true },
  '1.2.2': { met: true },
  '1.3': { points: 1.5 },
};

describe('pointsToTarget', () => {
  const s = scoreAssessment(caMau2013Fragment, inputs); // 6 of 10
  it('gives the points still needed, on the total or any part', () => {
    const t = pointsToTarget(s, 90);
    expect([t.targetPoints, t.achieved, t.gap].map(String)).toEqual(['9', '6', '3']);
    expect(t.met).toBe(false);
    expect(pointsToTarget(s, 60)).toMatchObject({ met: true });
    expect(pointsToTarget(s, 60).gap.toString()).toBe('0');
    expect(pointsToTarget(s.nodes['1.1']!, 100).gap.toString()).toBe('2.5');
    // Kiên Giang 2019: 79,13 → group B (80) needs 0,87; 2021: 79,97 needs 0,03
    const one = (p: number) =>
      scoreAssessment({ id: 'x', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 100, rule: 'manual' }] }, { '1': { points: p } });
    expect(pointsToTarget(one(79.13), 80).gap.toString()).toBe('0.87');
    expect(pointsToTarget(one(79.97), 80).gap.toString()).toBe('0.03');
  });
  it('rejects targets outside [0, 100]', () => {
    expect(code(() => pointsToTarget(s, 101))).toEqual(['RATE_OUT_OF_RANGE@targetIndexPercent']);
    expect(code(() => pointsToTarget(s, -1))).toEqual(['RATE_OUT_OF_RANGE@targetIndexPercent']);
    expect(code(() => pointsToTarget({} as never, 50))).toEqual(['INVALID_INPUT@result']);
  });
});

describe('lostPoints', () => {
  const s = scoreAssessment(caMau2013Fragment, inputs);
  it('sorts scored criteria by points lost, ties in methodology order', () => {
    expect(lostPoints(s).map((l) => [l.code, l.lost.toString()])).toEqual([
      ['1.3', '1.5'],
      ['1.1.3', '1'],
      ['1.1.4', '1'],
      ['1.1.1', '0.5'],
    ]);
    expect(lostPoints(s, { level: 'criterion' }).map((l) => [l.code, l.lost.toString()])).toEqual([
      ['1.1', '2.5'],
      ['1.3', '1.5'],
    ]);
    expect(lostPoints(s, { level: 'criterion', includeZero: true }).map((l) => l.code)).toEqual(['1.1', '1.3', '1.2']);
  });
  it('counts penalties as lost, skips bonus and not-applicable nodes', () => {
    const r = scoreAssessment(
      {
        id: 'x',
        name: 'x',
        nodes: [
          { code: '1', name: 'A', maxPoints: 10, rule: 'manual' },
          { code: '2', name: 'B', maxPoints: 5, rule: 'manual', mayBeNotApplicable: true },
          { code: '8', name: 'Thưởng', maxPoints: 2, role: 'bonus', rule: 'manual' },
          { code: '9', name: 'Trừ', maxPoints: 3, role: 'penalty', rule: 'manual' },
        ],
      },
      { '1': { points: 9 }, '2': 'not-applicable', '8': { points: 0 }, '9': { points: 2 } },
    );
    expect(lostPoints(r).map((l) => [l.code, l.role, l.lost.toString()])).toEqual([
      ['9', 'penalty', '2'],
      ['1', 'regular', '1'],
    ]);
  });
});
