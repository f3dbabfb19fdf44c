/**
 * A rule-check file a province can put in its own CI (vitest), next to the JSON of its draft report: the build fails
 * when a rule is broken. Here the "draft" is the seed report's dossier table (Báo cáo 389/BC-UBND, Kiên Giang 2019),
 * once as printed and once with its total row recomputed, to show both outcomes.
 *
 * Run: `npx vitest run examples/province-rules.test.ts` (the project's test suite runs it too).
 */
import { describe, expect, it } from 'vitest';
import { auditDossierTable, emptyTally, onTimeRate, percent, summarizeFindings, type DossierTableRow } from 'cchc';
import { kienGiang2019DossierTable } from 'cchc/datasets';

const asPrinted: DossierTableRow[] = kienGiang2019DossierTable.rows.map((r) => ({
  label: r.label,
  received: r.received,
  resolved: { total: r.resolved, onTimeOrEarly: r.onTimeOrEarly, late: r.late },
  pending: r.pending,
  printed: r.printed,
}));

/** The same table with the total row rebuilt from the levels (what the province should have printed). */
function withRecomputedTotal(rows: DossierTableRow[]): DossierTableRow[] {
  const levels = rows.filter((r) => r.label !== 'Toàn tỉnh');
  const sum = (pick: (r: DossierTableRow) => number) => levels.reduce((a, r) => a + pick(r), 0);
  const res = (r: DossierTableRow) => r.resolved as { total: number; onTimeOrEarly: number; late: number };
  return [
    ...levels,
    {
      label: 'Toàn tỉnh',
      received: sum((r) => r.received as number),
      resolved: { total: sum((r) => res(r).total), onTimeOrEarly: sum((r) => res(r).onTimeOrEarly), late: sum((r) => res(r).late) },
      pending: sum((r) => r.pending as number),
    },
  ];
}

const ON_TIME_TARGET = 95; // percent points, a province's own rule for every level

describe('Rule: on-time rate ≥ 95% at every level', () => {
  for (const r of asPrinted) {
    it(`${r.label}`, () => {
      const res = r.resolved as { total: number; onTimeOrEarly: number; late: number };
      const t = { ...emptyTally(), resolved: { total: res.total, early: 0, onTime: res.onTimeOrEarly, late: res.late } };
      expect(percent(onTimeRate(t)!).toNumber()).toBeGreaterThanOrEqual(ON_TIME_TARGET);
    });
  }
});

describe('Rule: no audit errors in the dossier table', () => {
  it('the table as printed is caught (its rows do not add up): this is what a failing gate looks like', () => {
    const s = summarizeFindings(auditDossierTable({ rows: asPrinted }));
    expect(s.hasErrors).toBe(true);
    expect(s.errors).toBe(5);
  });
  it('with the total row recomputed, only the district row is still wrong (fix it at the source)', () => {
    const findings = auditDossierTable({ rows: withRecomputedTotal(asPrinted) });
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.code, f.row])).toEqual([
      ['exceeds-received', 'Cấp huyện'],
      ['exceeds-received', 'Toàn tỉnh'],
    ]);
  });
});
