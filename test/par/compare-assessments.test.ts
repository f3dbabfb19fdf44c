import { describe, expect, it } from 'vitest';
import { type CchcError, compareAssessments, type MethodologySpec } from 'cchc';
import { caMau2013Fragment } from 'cchc/datasets';
import { caMauFullInputs as self } from './_arbitraries.js';

describe('compareAssessments', () => {
  it('puts self-assessment and appraisal side by side with the difference per criterion', () => {
    const c = compareAssessments(caMau2013Fragment, {
      selfAssessment: self,
      appraisal: { ...self, '1.1.1': { outcome: 'Không kịp thời' }, '1.1.4': { numerator: 8, denominator: 10 }, '1.3': { points: 2.5 } },
    });
    expect(c.changed).toEqual(['1.1.1', '1.1.4', '1.3']);
    expect([c.total.selfAssessment, c.total.appraisal, c.total.difference].map(String)).toEqual(['10', '8', '-2']);
    expect([c.total.selfIndex, c.total.appraisalIndex, c.total.indexDifference].map(String)).toEqual(['100', '80', '-20']);
    expect(c.nodes['1.1']).toMatchObject({ level: 'criterion', leaf: false });
    expect(String(c.nodes['1.1']!.difference)).toBe('-1.5');
    expect(String(c.nodes['1.2']!.difference)).toBe('0');
    expect(c.order[0]).toBe('1.1');
  });

  it('compares the assessed channel by default (survey criteria are not self-scored)', () => {
    const spec: MethodologySpec = {
      id: 'x',
      name: 'x',
      nodes: [
        { code: '1', name: 'Kết quả', maxPoints: 65, rule: 'manual' },
        { code: '2', name: 'ĐTXHH', maxPoints: 35, rule: 'survey' },
      ],
    };
    const c = compareAssessments(spec, { selfAssessment: { '1': { points: 60 } }, appraisal: { '1': { points: 51.75 } } });
    expect(String(c.total.difference)).toBe('-8.25');
    expect(c.nodes['2']!.selfStatus).toBe('excluded');
    expect(c.nodes['2']!.difference).toBeNull();
    const all = compareAssessments(
      spec,
      { selfAssessment: { '1': { points: 60 }, '2': { share: 0.9 } }, appraisal: { '1': { points: 51.75 }, '2': { share: 0.938 } } },
      { channel: 'all' },
    );
    expect(String(all.nodes['2']!.difference)).toBe('1.33');
  });

  it('flags a status change (not applicable in one, scored in the other)', () => {
    const spec: MethodologySpec = {
      id: 'x',
      name: 'x',
      nodes: [
        { code: '1', name: 'A', maxPoints: 5, rule: 'binary', mayBeNotApplicable: true },
        { code: '2', name: 'B', maxPoints: 5, rule: 'binary' },
      ],
    };
    const c = compareAssessments(spec, {
      selfAssessment: { '1': 'not-applicable', '2': { met: true } },
      appraisal: { '1': { met: false }, '2': { met: true } },
    });
    expect(c.changed).toEqual(['1']);
    expect(c.nodes['1']!.difference).toBeNull();
    expect(String(c.total.indexDifference)).toBe('-50');
  });

  it('lists the problems of both inputs with their side in the path', () => {
    try {
      compareAssessments(caMau2013Fragment, {
        selfAssessment: { ...self, '1.3': { points: 4 } },
        appraisal: { ...self, '1.9': { met: true } },
      });
      expect.unreachable();
    } catch (e) {
      expect((e as CchcError).issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual([
        'PAR_POINTS_ABOVE_MAX@selfAssessment.1.3.points',
        'PAR_UNKNOWN_CODE@appraisal.1.9',
      ]);
    }
  });
});
