import { describe, expect, it } from 'vitest';
import { auditDossierTable, CchcError, summarizeFindings, type DossierTableRow } from 'cchc';
import { kienGiang2019DossierTable } from 'cchc/datasets';

const seedRows: DossierTableRow[] = kienGiang2019DossierTable.rows.map((r) => ({
  label: r.label,
  received: r.received,
  resolved: { total: r.resolved, onTimeOrEarly: r.onTimeOrEarly, late: r.late },
  pending: r.pending,
  printed: { onTimeRate: r.printed.onTimeRate, lateRate: r.printed.lateRate },
}));

describe('auditDossierTable: the seed report (Báo cáo 389/BC-UBND, Kiên Giang 2019, §II.2)', () => {
  const findings = auditDossierTable({ rows: seedRows, location: 'II.2' });
  const brief = findings.map((f) => [f.code, f.severity, f.row, f.field, f.expected, f.actual]);

  it('finds exactly the problems of the table, and nothing else', () => {
    expect(brief).toEqual([
      // Received 856 (province) and 844 (province-wide) more than resolved + pending: noted, not an error.
      ['received-unaccounted', 'info', 'Cấp tỉnh', 'resolved.total + pending.total', 72428, 71572],
      // District: resolved + pending 124.946 > received 120.780.
      ['exceeds-received', 'error', 'Cấp huyện', 'resolved.total + pending.total', 120780, 124946],
      ['received-unaccounted', 'info', 'Toàn tỉnh', 'resolved.total + pending.total', 639677, 638833],
      // The levels do not add up to the province-wide row (received does: 72.428 + 120.780 + 446.469 = 639.677).
      ['sum-mismatch', 'error', 'Toàn tỉnh', 'resolved.total', 617702, 621448],
      ['sum-mismatch', 'error', 'Toàn tỉnh', 'resolved.onTimeOrEarly', 614706, 618369],
      ['sum-mismatch', 'error', 'Toàn tỉnh', 'resolved.late', 2996, 3079],
      ['sum-mismatch', 'error', 'Toàn tỉnh', 'pending.total', 25285, 17385],
      // Truncated rates: 107.422/109.649 = 97,9689…%; 310/445.716 = 0,0695…%; 3.079/621.448 = 0,4954…%.
      ['rate-truncated', 'info', 'Cấp huyện', 'printed.onTimeRate', '97,97%', '97,96%'],
      ['rate-truncated', 'info', 'Cấp xã', 'printed.lateRate', '0,07%', '0,06%'],
      ['rate-truncated', 'info', 'Toàn tỉnh', 'printed.lateRate', '0,50%', '0,49%'],
    ]);
  });

  it('raises no alarm on the figures that are right', () => {
    // Every row's resolved = on time + late (61.878 + 459 = 62.337, …); 99,26% / 0,74% / 99,93% / 99,50% are rounded right;
    // commune resolved + pending = received exactly (445.716 + 753 = 446.469).
    expect(findings.filter((f) => f.code === 'parts-mismatch' || f.code === 'rate-mismatch')).toEqual([]);
    expect(findings.some((f) => f.row === 'Cấp xã' && f.code !== 'rate-truncated')).toBe(false);
    expect(summarizeFindings(findings)).toMatchObject({ errors: 5, warnings: 0, infos: 5 });
    expect(
      findings.every(
        (f) => f.location === 'II.2' && f.message.vi.length > 0 && f.message.vi === f.messageVi && f.message.en === f.messageEn,
      ),
    ).toBe(true);
  });

  it('explains in both languages', () => {
    const pending = findings.find((f) => f.code === 'sum-mismatch' && f.field === 'pending.total')!;
    expect(pending.messageVi).toContain('9.235 + 15.297 + 753 = 25.285');
    expect(pending.messageVi).toContain('17.385');
    expect(pending.messageEn).toContain('9,235 + 15,297 + 753 = 25,285');
    const district = findings.find((f) => f.code === 'exceeds-received')!;
    expect(district.messageVi).toContain('124.946');
    expect(district.messageVi).toContain('120.780');
  });
});

describe('auditDossierTable: other checks', () => {
  it('checks the parts inside a row and every denominator of printed rates', () => {
    const f = auditDossierTable({
      rows: [
        {
          label: 'Sở Tư pháp',
          received: { total: 100, carriedOver: 10, newOnline: 50, newInPerson: 30, newPostal: 5 },
          resolved: { total: 80, early: 20, onTime: 55, late: 4 },
          pending: { total: 15, withinDue: 12, overdue: 2 },
          withdrawnOrReturned: 3,
          awaitingSupplement: 2,
          printed: {
            onTimeRate: { text: '75,00%', denominator: 'resolved-plus-pending' },
            lateRate: { text: '6,00%', denominator: 'workload' },
            overduePendingRate: '20,00%',
          },
        },
      ],
    });
    expect(f.map((x) => [x.code, x.field, x.expected, x.actual])).toEqual([
      ['parts-mismatch', 'resolved.total', 79, 80],
      ['parts-mismatch', 'pending.total', 14, 15],
      ['parts-mismatch', 'received.total', 95, 100],
      ['rate-mismatch', 'printed.onTimeRate', '91,58%', '75,00%'], // (75 + 12) / (80 + 15)
      // 2 overdue of 15 pending is 13,33%, but 15 − 12 within the deadline = 3 overdue gives the printed 20,00%: the
      // rate agrees with the row's other counts, and the printed overdue count (already found by the parts check) is
      // the one in doubt — a note naming it, not a second error (issue 16: an error only when no reading explains it)
      ['rate-base', 'printed.overduePendingRate', '20,00%', '20,00%'],
    ]);
    expect(f.at(-1)!.message.en).toContain('3/15 = 20.0000%');
  });

  it('derives totals from parts, and flags a rate printed over nothing or over missing counts', () => {
    const f = auditDossierTable({
      rows: [
        {
          label: 'A',
          resolved: { early: 1, onTime: 1, late: 0 },
          pending: { withinDue: 0, overdue: 0 },
          printed: { onTimeRate: '100%', overduePendingRate: '0%' },
        },
        { label: 'B', received: 5, printed: { onTimeRate: '90%' } },
      ],
    });
    expect(f.map((x) => [x.code, x.row, x.severity])).toEqual([
      ['rate-undefined', 'A', 'error'],
      ['rate-unverifiable', 'B', 'info'],
    ]);
  });

  it('uses the given total label; a consistent table yields nothing', () => {
    const rows: DossierTableRow[] = [
      {
        label: 'Sở A',
        received: 10,
        resolved: { total: 8, early: 2, onTime: 5, late: 1 },
        pending: { total: 2, withinDue: 2, overdue: 0 },
        printed: { onTimeRate: '87,50%', lateRate: '12,50%' },
      },
      {
        label: 'Sở B',
        received: 20,
        resolved: { total: 20, early: 0, onTime: 20, late: 0 },
        pending: { total: 0, withinDue: 0, overdue: 0 },
      },
      {
        label: 'Cộng các sở',
        received: 30,
        resolved: { total: 28, early: 2, onTime: 25, late: 1 },
        pending: { total: 2, withinDue: 2, overdue: 0 },
        printed: { onTimeRate: '96,43%' },
      },
    ];
    expect(auditDossierTable({ rows })).toEqual([]);
    expect(auditDossierTable({ rows, totalLabel: 'cong cac so' })).toEqual([]);
    expect(() => auditDossierTable({ rows, totalLabel: 'Tổng' })).toThrow(CchcError);
  });

  it('rejects bad input, listing every problem', () => {
    let err: CchcError | undefined;
    try {
      auditDossierTable({ rows: [{ label: 'A', received: -1, resolved: { total: 1.5 }, printed: { onTimeRate: '1.2%' } }] as never });
    } catch (e) {
      err = e as CchcError;
    }
    expect(err?.issues.map((i) => i.code)).toEqual(['INVALID_COUNT', 'INVALID_COUNT', 'AMBIGUOUS_NUMBER']);
    expect(() => auditDossierTable({ rows: [{ label: 'A', resolved: 5, printed: { onTimeRate: '1.2%' } }] })).toThrow(
      /AMBIGUOUS_NUMBER|INVALID_NUMBER/,
    );
  });
});
