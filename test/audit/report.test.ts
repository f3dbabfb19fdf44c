import { describe, expect, it } from 'vitest';
import type { Decimal } from 'decimal.js';
import {
  auditReport,
  isDossierTableFinding,
  makeFinding,
  summarizeFindings,
  toDossierTableInput,
  type AuditFinding,
  type Report,
} from 'cchc';
import { kienGiang2019DossierTable, kienGiang2019Report } from 'cchc/datasets';

const show = (v: AuditFinding['expected']) => (v === null || v === undefined ? v : typeof v === 'object' ? (v as Decimal).toString() : v);
const own = (report: Report = kienGiang2019Report) => auditReport(report).filter((f) => !isDossierTableFinding(f));
const key = (f: AuditFinding) => [f.code, f.severity, f.location, f.row, f.field, show(f.expected), show(f.actual)];

describe('auditReport — golden: Báo cáo 389/BC-UBND (Kiên Giang, 2019), everything but the dossier table', () => {
  const findings = own();

  it('finds exactly the real inconsistencies, each once, in document order', () => {
    expect(findings.map(key)).toEqual([
      // §I.1: 14/22/4/2 of 42 give 52,38% and 4,76% (33,3% and 9,52% are right)
      ['share-mismatch', 'error', '§I.1', 'Xếp loại tốt', 'I.1.par-classes', '52.38', '52,40%'],
      ['share-mismatch', 'error', '§I.1', 'Xếp loại trung bình', 'I.1.par-classes', '4.76', '4,78%'],
      // §II.2.1 says 14 feedback items, Phụ lục V row 2 says 24
      ['cross-reference-mismatch', 'warning', '§II.2.1; Phụ lục V, dòng 2', 'II.2.1.feedback-vs-annex', 'II.2.1.feedback', 24, 14],
      // §II.3: the listed unit reductions add up to 47, not 52; the 5 units slated for equitisation match the gap
      ['sum-mismatch', 'warning', '§II.3', 'II.3.units-cut', 'total', 47, 52],
      // footnote 5: "10000 − 7 + 11 = 1004"
      ['identity-mismatch', 'warning', '§II.3', 'II.3.footnote-5', 'result', 10004, 1004],
      // 958 units now (§II.3) vs 901 = 276 + 625 (Phụ lục III row 2)
      ['cross-reference-mismatch', 'warning', '§II.3; Phụ lục III, dòng 2', 'II.3.units-vs-annex', 'II.3.units-now', 901, 958],
      // §II.5.1: 3.145/5.582 = 56,34% (printed 56,35%); 4.689/5.582 = 84,00% (printed 84,17%)
      ['rate-mismatch', 'error', '§II.5.1', 'II.5.1.disbursed-rate', 'printed', '56.34', '56,35%'],
      ['rate-mismatch', 'error', '§II.5.1', 'II.5.1.estimate-rate', 'printed', '84', '84,17%'],
      // "851/851" units under autonomy (138 + 713) vs 901 units (276 + 625): 713 district units > 625
      ['cross-reference-mismatch', 'warning', '§II.5.2; Phụ lục III, dòng 2', 'II.5.2.units-vs-annex-III', 'II.5.2.units', 901, 851],
      // "489/489" administrative agencies (50 + 294 + 145) vs 335 (25 + 165 + 145)
      [
        'cross-reference-mismatch',
        'warning',
        '§II.5.2; Phụ lục II, dòng 10; Phụ lục III, dòng 1',
        'II.5.2.agencies-vs-annex-III',
        'II.5.2.agencies',
        335,
        489,
      ],
      // "100% of procedures online" with 1.446 + 409 + 310 = 2.165 services for 1.991 procedures
      ['sum-mismatch', 'warning', '§II.2.1; §II.6.1', 'II.6.1a.online-services', 'total', 2165, 1991],
      // document system: "all departments" = 21 in the body, 22 in Phụ lục II row 18
      [
        'cross-reference-mismatch',
        'warning',
        '§II.6.1; Phụ lục II, dòng 18',
        'II.6.1b.document-system-vs-annex',
        'II.6.1b.connected-departments',
        22,
        21,
      ],
      // ISO: 151 announced (§II.6.2) vs 191 (Phụ lục II row 21)
      [
        'cross-reference-mismatch',
        'warning',
        '§II.6.2; Phụ lục II, dòng 21',
        'II.6.2.iso-announced-vs-annex',
        'II.6.2.iso-announced',
        191,
        151,
      ],
      // Phụ lục II rows 6–7: total 27 vs 13 + 12
      ['sum-mismatch', 'error', 'Phụ lục II, dòng 6', '6', 'total', 25, 27],
      ['sum-mismatch', 'error', 'Phụ lục II, dòng 7', '7', 'total', 25, 27],
      // the captions: Phụ lục III is "kèm theo Báo cáo số 339/BC-UBND", Phụ lục IV "Báo cáo số BC-UBND" (no number)
      ['annex-reference-mismatch', 'warning', 'Phụ lục III', undefined, 'attachedTo', '389/BC-UBND', '339/BC-UBND'],
      ['annex-reference-mismatch', 'warning', 'Phụ lục IV', undefined, 'attachedTo', '389/BC-UBND', 'BC-UBND'],
      // Phụ lục V rows 4, 5, 9: a rate of 0/0 printed "0" or "100%"
      ['rate-undefined', 'info', 'Phụ lục V, dòng 4', '4', 'rate', null, '0'],
      ['rate-undefined', 'info', 'Phụ lục V, dòng 5', '5', 'rate', null, '0'],
      ['rate-undefined', 'info', 'Phụ lục V, dòng 9', '9', 'rate', null, '100%'],
    ]);
    expect(summarizeFindings(findings)).toEqual({ errors: 6, warnings: 11, infos: 3, hasErrors: true });
  });

  it('reports each inconsistency once (no two findings about the same printed value)', () => {
    const printed = findings.map((f) => `${f.location}|${f.row}|${String(f.actual)}`);
    expect(new Set(printed).size).toBe(printed.length);
  });

  it('says what a careful reader would say, in Vietnamese and English', () => {
    const byRow = (row: string) => findings.find((f) => f.row === row)!;
    expect(byRow('II.3.units-cut').messageVi).toContain('7 + 1 + 3 + 5 + 26 + 1 + 2 + 2 = 47, nhưng tổng in 52');
    expect(byRow('II.3.units-cut').messageVi).toContain('cổ phần hóa');
    expect(byRow('II.3.units-cut').messageVi).toContain('báo cáo không nói như vậy');
    expect(byRow('II.3.units-cut').messageEn).toContain('may account for it, but the report does not say so');
    expect(byRow('II.5.1.disbursed-rate').messageVi).toContain('3.145/5.582 = 56,34%, nhưng báo cáo in 56,35%');
    expect(byRow('II.5.1.estimate-rate').messageVi).toContain('mẫu số là 5.571');
    expect(byRow('II.5.2.units-vs-annex-III').messageVi).toContain('851 (= 138 + 713)');
    expect(byRow('II.5.2.units-vs-annex-III').messageVi).toContain('901 (= 276 + 625)');
    expect(byRow('6').messageVi).toBe(
      'Phụ lục II, dòng 6 — Số cơ quan có cơ cấu công chức theo vị trí việc làm được phê duyệt: Cấp tỉnh + Cấp huyện = 13 + 12 = 25, nhưng cột Tổng số in 27 (lệch 2).',
    );
    expect(byRow('6').messageEn).toBe(
      'Appendix II, row 6 — Agencies with an approved civil-servant structure by job position: Province + District = 13 + 12 = 25, but the Total column prints 27 (off by 2).',
    );
    for (const f of findings) {
      expect(f.message.vi.length).toBeGreaterThan(20);
      // the 0.1 fields stay as duplicates, and `message` still reads as the English text in a string
      expect([f.messageVi, f.messageEn, `${f.message}`]).toEqual([f.message.vi, f.message.en, f.message.en]);
    }
  });

  it('flags nothing where the report is right', () => {
    const rows = new Set(findings.map((f) => f.row));
    for (const right of [
      'Xếp loại xuất sắc', // 33,3% has one decimal and is right
      'Xếp loại khá', // 9,52%
      'I.2.inspected-vs-annex', // 09 + 05 + 09 = 23
      'I.2.inspection-coverage', // 14/42 = 33,3% > 30%
      'II.1.legal-documents',
      'II.1.expired',
      'II.2.1.published', // 285 + 217 + 352 = 854
      'II.2.1.procedures', // 1.621 + 249 + 121 = 1.991
      'II.2.2.one-stop-province', // 1579/1579 = 100%
      'II.2.2.inter-agency-vs-annex', // 120 + 13 + 3 = 136
      'II.3.offices-cut', // the 25 offices of footnote 4
      'II.3.district-offices-vs-annex', // 189 − 24 = 165
      'II.3.provincial-bodies-vs-annex', // 20 + 5 = 25
      'II.3.district-health-merger', // 11 + 15 + 15 − 15 = 26
      'II.3.units-progress', // 52/100 = 52%
      'II.5.2.units-autonomous-vs-annex-II',
      'II.6.1.portals', // 22 + 15 + 14 = 51
      'II.6.1b.e-document-shares', // 65% + 35%
      'II.6.1b.signatures', // 62 + 15 + 95 + 47 ≤ 371
      'II.6.1c.postal-dossiers', // 12.757 + 133.824 + 56 = 146.637
      'II.6.2.iso-agencies',
      '3', // Phụ lục IV row 3: 6,8% = 136/1.991
    ]) {
      expect(rows.has(right), right).toBe(false);
    }
    // the figures of Phụ lục III and IV are right; only their captions misname the report
    expect(
      findings.filter((f) => f.location?.startsWith('Phụ lục III') || f.location?.startsWith('Phụ lục IV')).map((f) => f.code),
    ).toEqual(['annex-reference-mismatch', 'annex-reference-mismatch']);
    expect(findings.filter((f) => f.code === 'annex-reference-mismatch').map((f) => f.location)).toEqual(['Phụ lục III', 'Phụ lục IV']); // II and V print "389 /BC-UBND": right
    expect(findings.filter((f) => f.location?.startsWith('Phụ lục II,')).map((f) => f.row)).toEqual(['6', '7']);
  });

  it('says which annex misnames the report it is attached to', () => {
    const f = findings.find((x) => x.code === 'annex-reference-mismatch' && x.location === 'Phụ lục III')!;
    expect(f.messageVi).toBe('Phụ lục III: dòng "Kèm theo Báo cáo số 339/BC-UBND" ghi sai số văn bản; báo cáo này là số 389/BC-UBND.');
    expect(findings.find((x) => x.code === 'annex-reference-mismatch' && x.location === 'Phụ lục IV')!.messageVi).toContain(
      'thiếu số văn bản',
    );
  });

  it('reacts to one changed figure with exactly the findings it breaks', () => {
    const withFigure = (id: string, value: number): Report => ({
      ...kienGiang2019Report,
      sections: kienGiang2019Report.sections.map((s) => ({ ...s, figures: s.figures.map((f) => (f.id === id ? { ...f, value } : f)) })),
    });
    const added = (r: Report) => {
      const before = new Set(findings.map((f) => JSON.stringify(key(f))));
      return own(r)
        .filter((f) => !before.has(JSON.stringify(key(f))))
        .map((f) => [f.code, f.row]);
    };
    expect(added(withFigure('II.1.legal-resolutions', 20))).toEqual([['sum-mismatch', 'II.1.legal-documents']]);
    expect(added(withFigure('II.3.offices-cut.labour', 4))).toEqual([['sum-mismatch', 'II.3.offices-cut']]);
    expect(added(withFigure('II.6.1c.postal-online', 65))).toEqual([['sum-mismatch', 'II.6.1c.postal-dossiers']]);
    expect(added(withFigure('II.6.1b.signatures-district-leaders', 250))).toEqual([['parts-exceed-total', 'II.6.1b.signatures']]);
    expect(added(withFigure('I.2.inspected-districts', 2))).toEqual([
      ['sum-mismatch', 'I.2.inspected-vs-annex'],
      ['claim-not-met', 'I.2.inspection-coverage'], // 11/42 = 26,19%, not above 30%
    ]);
  });
});

describe('auditReport — the dossier-table hook', () => {
  it('carries the seed dossier table (reused from kienGiang2019DossierTable) in the shape auditDossierTable takes', () => {
    const input = toDossierTableInput(kienGiang2019Report.dossierTable!);
    expect(input.totalLabel).toBe('Toàn tỉnh');
    expect(input.location).toBe('Bảng hồ sơ TTHC — §II.2.2');
    expect(input.rows.map((r) => r.label)).toEqual(kienGiang2019DossierTable.rows.map((r) => r.label));
    expect(input.rows[1]).toEqual({
      label: 'Cấp huyện',
      received: 120780,
      resolved: { total: 109649, onTimeOrEarly: 107422, late: 2227 },
      pending: 15297,
      printed: { onTimeRate: '97,96%', lateRate: '2,03%' },
    });
  });
  it('the whole seed report: the 20 findings of its own checks plus the 10 of its dossier table, each once', () => {
    const all = auditReport(kienGiang2019Report);
    const dossier = all.filter(isDossierTableFinding);
    expect(all).toHaveLength(30);
    expect(dossier.map((f) => [f.code, f.row, f.field])).toEqual([
      ['received-unaccounted', 'Cấp tỉnh', 'resolved.total + pending.total'],
      ['exceeds-received', 'Cấp huyện', 'resolved.total + pending.total'], // 124.946 > 120.780
      ['received-unaccounted', 'Toàn tỉnh', 'resolved.total + pending.total'],
      ['sum-mismatch', 'Toàn tỉnh', 'resolved.total'], // 617.702 ≠ 621.448
      ['sum-mismatch', 'Toàn tỉnh', 'resolved.onTimeOrEarly'],
      ['sum-mismatch', 'Toàn tỉnh', 'resolved.late'],
      ['sum-mismatch', 'Toàn tỉnh', 'pending.total'], // 25.285 ≠ 17.385
      ['rate-truncated', 'Cấp huyện', 'printed.onTimeRate'], // 97,96%
      ['rate-truncated', 'Cấp xã', 'printed.lateRate'], // 0,06%
      ['rate-truncated', 'Toàn tỉnh', 'printed.lateRate'], // 0,49%
    ]);
    const keys = all.map((f) => `${f.code}|${f.row}|${f.field}|${f.location}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('tells dossier-table findings apart by their location prefix only', () => {
    const f = (location?: string) =>
      makeFinding({ code: 'x', severity: 'info', messageVi: 'x', messageEn: 'x', ...(location ? { location } : {}) });
    expect(isDossierTableFinding(f('Bảng hồ sơ TTHC — §II.2.2 — Cấp huyện'))).toBe(true);
    expect(isDossierTableFinding(f('§II.2.2'))).toBe(false); // the one-stop checks of §II.2.2 are the report's own
    expect(isDossierTableFinding(f())).toBe(false);
  });
  it('rejects an invalid report with every problem', () => {
    try {
      auditReport({ ...kienGiang2019Report, date: '2019-13-01', year: 1800 });
      expect.unreachable();
    } catch (e) {
      expect((e as { issues: unknown[] }).issues.length).toBe(2);
    }
  });
});
