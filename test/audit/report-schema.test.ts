import { describe, expect, it } from 'vitest';
import { CchcError, ReportSchema, getReportFigure, type Report } from 'cchc';
import { kienGiang2019Report } from 'cchc/datasets';

const minimal: Report = {
  id: 'r',
  titleVi: 'Báo cáo',
  issuer: 'UBND tỉnh X',
  documentNumber: '1/BC-UBND',
  date: '2020-12-01',
  year: 2020,
  sections: [{ id: 'I', titleVi: 'Mục I', figures: [{ id: 'a', labelVi: 'a', labelEn: 'a', value: 3 }] }],
};

function issuesOf(r: unknown) {
  const p = ReportSchema.safeParse(r);
  if (p.success) return [];
  return p.error.issues.map((i) => [i.code, i.path.join('.')]);
}

describe('ReportSchema', () => {
  it('accepts the seed report and a minimal report', () => {
    expect(ReportSchema.safeParse(kienGiang2019Report).success).toBe(true);
    expect(ReportSchema.safeParse(minimal).success).toBe(true);
  });

  it('collects duplicate ids, unknown references and non-integer counts', () => {
    const bad = {
      ...minimal,
      sections: [
        {
          id: 'I',
          titleVi: 'Mục I',
          figures: [
            { id: 'a', labelVi: 'a', labelEn: 'a', value: 3 },
            { id: 'a', labelVi: 'a2', labelEn: 'a2', value: 4 },
            { id: 'b', labelVi: 'b', labelEn: 'b', value: 2.5 },
            { id: 'm', labelVi: 'm', labelEn: 'm', value: 2.5, unit: 'amount' },
          ],
        },
      ],
      tables: [
        {
          id: 't',
          titleVi: 'Bảng',
          location: 'Phụ lục I',
          columns: [{ key: 'total', labelVi: 'Tổng', labelEn: 'Total' }],
          rows: [
            { key: '1', labelVi: 'x', cells: { total: 1, province: 1 } },
            { key: '1', labelVi: 'y', cells: { total: 2 } },
          ],
          rowSums: [{ total: 'total', parts: ['district'] }],
          totalRow: 'Z',
        },
      ],
      checks: [
        { kind: 'rate', id: 'c', labelVi: 'c', labelEn: 'c', numerator: 'a', denominator: 'nope', printed: '1%' },
        { kind: 'same', id: 'c', labelVi: 'c', labelEn: 'c', figures: ['a', 't.1.total'] },
        { kind: 'shares', id: 's', labelVi: 's', labelEn: 's', items: [{ printedShare: '1%' }] },
      ],
    };
    expect(issuesOf(bad).sort()).toEqual(
      [
        ['DUPLICATE_FIGURE_ID', 'sections'],
        ['DUPLICATE_FIGURE_ID', 'tables.0.rows.1.key'],
        ['UNKNOWN_FIGURE_REF', 'tables.0.rows.0.cells.province'],
        ['UNKNOWN_FIGURE_REF', 'tables.0.rowSums.0.parts.0'],
        ['UNKNOWN_FIGURE_REF', 'tables.0.totalRow'],
        ['UNKNOWN_FIGURE_REF', 'checks.0.denominator.0'],
        ['DUPLICATE_FIGURE_ID', 'checks.1.id'],
        ['INVALID_INPUT', 'checks.2.items.0'],
        ['INVALID_COUNT', 'sections.0.figures.2.value'],
        // a duplicated row key also duplicates its cells' ids
        ['DUPLICATE_FIGURE_ID', 'sections'],
      ].sort(),
    );
  });

  it('rejects bad shapes (dates, kinds, negative values)', () => {
    expect(ReportSchema.safeParse({ ...minimal, date: '09/12/2019' }).success).toBe(false);
    expect(ReportSchema.safeParse({ ...minimal, checks: [{ kind: 'guess', id: 'x' }] }).success).toBe(false);
    expect(
      ReportSchema.safeParse({
        ...minimal,
        sections: [{ id: 'I', titleVi: 'x', figures: [{ id: 'a', labelVi: 'a', labelEn: 'a', value: -1 }] }],
      }).success,
    ).toBe(false);
  });
});

describe('getReportFigure', () => {
  it('resolves section figures and table cells with their location', () => {
    expect(getReportFigure(kienGiang2019Report, 'II.5.1.disbursed')).toMatchObject({ value: 3145, unit: 'amount', location: '§II.5.1' });
    expect(getReportFigure(kienGiang2019Report, 'plII.6.total')).toMatchObject({
      value: 27,
      location: 'Phụ lục II, dòng 6',
      locationEn: 'Appendix II, row 6',
      parts: [13, 12],
    });
  });
  it('throws UNKNOWN_FIGURE_REF, and CchcError for an invalid report', () => {
    expect(() => getReportFigure(kienGiang2019Report, 'plII.6.commune')).toThrow(CchcError); // printed "/": no figure
    try {
      getReportFigure({ ...minimal, date: 'x' }, 'a');
    } catch (e) {
      expect((e as CchcError).code).toBe('INVALID_DATE');
    }
  });
});
