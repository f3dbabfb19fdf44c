import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type CchcError, defineMethodology, methodologyFromRows, methodologyToRows, type Methodology, type MethodologyRow } from 'cchc';
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

  it('reads a realistic spreadsheet export: decimal commas, "1." codes, merged-cell lines, blank lines, a total row', () => {
    // Phụ lục as Excel exports it (";" separated, decimal commas): the rule of 1.1.1 spans three merged lines, a blank
    // line sits between two criteria, the table ends with "Tổng cộng" and the file with a newline.
    const csv = `Mã;Lĩnh vực / tiêu chí;Điểm tối đa;Cách chấm
1.;Công tác chỉ đạo, điều hành CCHC;5,5;
1.1.;Kế hoạch CCHC năm;2,5;
1.1.1;Ban hành kế hoạch CCHC năm;1;tiered: Ban hành kịp thời = 1
;;;Không kịp thời = 0,5
;;;Không ban hành = 0
1.1.2;Mức độ thực hiện kế hoạch;1,5;percent-bands: từ 100% = 1,5; từ 80% = 1; từ 0% = 0
;;;
1.2;Báo cáo CCHC;3;manual
2;Mức độ hài lòng (ĐTXHH);4,5;survey
;Tổng cộng;10;
`;
    const rows = csvRows(csv);
    const m = methodologyFromRows(rows, { id: 'x', name: 'x' });
    expect(m.maxPoints.toString()).toBe('10');
    expect(m.nodes.map((n) => n.code)).toEqual(['1', '2']);
    expect(m.nodes[0]!.children.map((c) => [c.code, c.maxPoints.toString()])).toEqual([
      ['1.1', '2.5'],
      ['1.2', '3'],
    ]);
    const k111 = m.nodes[0]!.children[0]!.children[0]!;
    expect(k111.rule).toMatchObject({
      kind: 'tiered',
      tiers: [{ outcome: 'Ban hành kịp thời' }, { outcome: 'Không kịp thời' }, { outcome: 'Không ban hành' }],
    });
    // the total row is checked against the areas, and reported at its row
    const wrongTotal = rows.map((r) => (r.name === 'Tổng cộng' ? { ...r, maxPoints: '100' } : r));
    expect(issuesOf(() => methodologyFromRows(wrongTotal))).toEqual(['PAR_TOTAL_MISMATCH@rows.9.maxPoints']);
    // …and against a total given in the options
    expect(issuesOf(() => methodologyFromRows(rows, { maxPoints: 100 }))).toEqual([
      'PAR_TOTAL_MISMATCH@maxPoints',
      'PAR_TOTAL_MISMATCH@rows.9.maxPoints',
    ]);
  });

  it('says why a row without a code, or with a numeric code, is refused', () => {
    let err: CchcError | undefined;
    try {
      methodologyFromRows([
        { code: '1', name: 'A', maxPoints: 1, rule: 'binary' },
        { code: '', name: 'Tiêu chí không mã', maxPoints: 1, rule: 'binary' },
        { code: 1.1 as unknown as string, name: 'B', maxPoints: 1, rule: 'binary' },
        { code: '2', name: 'C', maxPoints: '', rule: 'binary' },
      ]);
    } catch (e) {
      err = e as CchcError;
    }
    expect(err?.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual([
      'PAR_INVALID_CODE@rows.1.code',
      'PAR_INVALID_CODE@rows.2.code',
      'PAR_INVALID_MAX_POINTS@rows.3.maxPoints',
    ]);
    expect(err?.issues[0]?.messageVi).toContain('không có mã');
    expect(err?.issues[1]?.messageVi).toContain('là số chứ không phải chữ');
    expect(err?.issues[2]?.messageVi).toContain('thiếu điểm tối đa');
    // a whole-number code (a code column read as numbers) is its text
    expect(methodologyFromRows([{ code: 1 as unknown as string, name: 'A', maxPoints: 1, rule: 'binary' }]).nodes[0]!.code).toBe('1');
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
