import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CchcError, defineMethodology, methodologyFromRows, methodologyToRows, type Methodology, type MethodologyRow } from 'cchc';
import { caMau2013Fragment } from 'cchc/datasets';
import { methodologyArb } from './_arbitraries.js';

const meta = (m: Methodology) => ({ id: m.id, name: m.name, clampTotal: m.clampTotal, sources: m.sources, notes: m.notes });
const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as CchcError).issues.map((i) => `${i.code}@${i.path.join('.')}`);
  }
  return [];
};

/** The Cà Mau 2013 annex as a ';'-separated CSV export (Vietnamese decimal commas), as a Sở Nội vụ spreadsheet gives it. */
const CA_MAU_CSV = `Mã;Tiêu chí;Điểm tối đa;Cách chấm
1.1;Kế hoạch CCHC năm;5;
1.1.1;Ban hành kế hoạch CCHC năm;1;tiered: Ban hành kịp thời = 1; Không kịp thời = 0,5; Không ban hành = 0
1.1.2;Xác định đầy đủ nhiệm vụ CCHC theo kế hoạch của UBND tỉnh và bố trí kinh phí;1;binary
1.1.3;Kết quả phải đạt rõ ràng, cụ thể, định rõ trách nhiệm phòng, ban, đơn vị;1;binary
1.1.4;Mức độ thực hiện kế hoạch CCHC;2;percent-bands: trên 90% = 2; từ 70% = 1; từ 0% = 0
1.2;Báo cáo CCHC;2;
1.2.1;Báo cáo gửi đúng thời gian (quý I, quý III, 6 tháng, năm);1;binary
1.2.2;Báo cáo đầy đủ nội dung theo hướng dẫn;1;binary
1.3;Kiểm tra công tác CCHC;3;manual`;

function csvRows(csv: string): MethodologyRow[] {
  return csv
    .split('\n')
    .slice(1)
    .map((line) => {
      const [code, name, maxPoints, ...rule] = line.split(';');
      return { code: code!, name: name!, maxPoints: maxPoints!, rule: rule.join(';') };
    });
}

describe('methodologyFromRows', () => {
  it('builds the Cà Mau tree from a CSV export, equal to the shipped spec', () => {
    const fromCsv = methodologyFromRows(csvRows(CA_MAU_CSV), { id: caMau2013Fragment.id, name: caMau2013Fragment.name });
    const shipped = defineMethodology(caMau2013Fragment);
    const strip = (m: Methodology) => JSON.parse(JSON.stringify(m.nodes, (k, v) => (k === 'note' ? undefined : v)));
    expect(strip(fromCsv)).toEqual(strip(shipped));
    expect(fromCsv.maxPoints.toString()).toBe('10');
  });

  it('points every problem at its row', () => {
    const rows: MethodologyRow[] = [
      { code: '1', name: 'A', maxPoints: '5' },
      { code: '1.1', name: 'B', maxPoints: '2', rule: 'binary' },
      { code: '1.2', name: 'C', maxPoints: '2', rule: 'manual' },
      { code: '2', name: 'D', maxPoints: '1,5' },
      { code: '2.1', name: 'E', maxPoints: '1.5', rule: 'manual' }, // English notation: ambiguous
      { code: '3', name: 'F', maxPoints: 1, rule: 'sometimes' },
    ];
    expect(issuesOf(() => methodologyFromRows(rows))).toEqual([
      'PAR_CHILDREN_SUM_MISMATCH@rows.0.maxPoints',
      'PAR_INVALID_MAX_POINTS@rows.4.maxPoints',
      'PAR_INVALID_RULE@rows.5.rule',
    ]);
  });

  it('reports duplicate codes and missing parents, and allows fragments', () => {
    expect(
      issuesOf(() =>
        methodologyFromRows([
          { code: '1', name: 'A', maxPoints: 2 },
          { code: '1.1', name: 'B', maxPoints: 1, rule: 'binary' },
          { code: '1.1', name: 'B again', maxPoints: 1, rule: 'binary' },
          { code: '1.2.1', name: 'orphan', maxPoints: 1, rule: 'binary' },
          { code: 'x y', name: 'bad', maxPoints: 1, rule: 'binary' },
        ]),
      ),
    ).toEqual(['PAR_DUPLICATE_CODE@rows.2.code', 'PAR_MISSING_PARENT@rows.3.code', 'PAR_INVALID_CODE@rows.4.code']);
    // a fragment: criteria 2.1 and 2.2 without their area is a methodology of two top-level nodes
    const frag = methodologyFromRows([
      { code: '2.1', name: 'A', maxPoints: 1, rule: 'binary' },
      { code: '2.2', name: 'B', maxPoints: 2, rule: 'manual' },
    ]);
    expect(frag.nodes.map((n) => [n.code, n.level, n.parent])).toEqual([
      ['2.1', 'criterion', null],
      ['2.2', 'criterion', null],
    ]);
    expect(issuesOf(() => methodologyFromRows([]))).toEqual(['PAR_EMPTY_METHODOLOGY@rows']);
  });

  it('needs a rule for every leaf unless a default rule is given', () => {
    const rows: MethodologyRow[] = [
      { code: '1', name: 'A', maxPoints: 10 },
      { code: '2', name: 'B', maxPoints: 90, rule: '' },
    ];
    expect(issuesOf(() => methodologyFromRows(rows))).toEqual(['PAR_MISSING_RULE@rows.0.rule', 'PAR_MISSING_RULE@rows.1.rule']);
    const m = methodologyFromRows(rows, { defaultRule: 'manual', maxPoints: 100 });
    expect(m.nodes.map((n) => n.rule?.kind)).toEqual(['manual', 'manual']);
  });

  it('keeps the order of the rows for children, whatever order parents come in', () => {
    const m = methodologyFromRows([
      { code: '1.2', name: 'B', maxPoints: 1, rule: 'binary' },
      { code: '1.1', name: 'A', maxPoints: 1, rule: 'binary' },
      { code: '1', name: 'Area', maxPoints: 2 },
    ]);
    expect(m.nodes[0]!.children.map((c) => c.code)).toEqual(['1.2', '1.1']);
  });
});

describe('methodologyToRows', () => {
  it('writes CSV-ready text', () => {
    const rows = methodologyToRows(defineMethodology(caMau2013Fragment), { format: 'text' });
    expect(rows.map((r) => [r.code, r.maxPoints, r.rule ?? ''])).toEqual([
      ['1.1', '5', ''],
      ['1.1.1', '1', 'tiered: Ban hành kịp thời = 1; Không kịp thời = 0,5; Không ban hành = 0'],
      ['1.1.2', '1', 'binary'],
      ['1.1.3', '1', 'binary'],
      ['1.1.4', '2', 'percent-bands: > 90% = 2; >= 70% = 1; >= 0% = 0'],
      ['1.2', '2', ''],
      ['1.2.1', '1', 'binary'],
      ['1.2.2', '1', 'binary'],
      ['1.3', '3', 'manual'],
    ]);
  });

  it('round-trips any methodology through rows (values and text)', () => {
    fc.assert(
      fc.property(methodologyArb, fc.constantFrom<'values' | 'text'>('values', 'text'), (m, format) => {
        const rows = methodologyToRows(m, { format });
        const back = methodologyFromRows(rows, meta(m));
        expect(JSON.stringify(back)).toBe(JSON.stringify(m));
        expect(methodologyToRows(back, { format })).toEqual(rows);
      }),
      { numRuns: 300 },
    );
  });
});
