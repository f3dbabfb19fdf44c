// Issue 12 (hostile and huge input) and issue 11 (strict inputs) for the audits: limits with a clear CchcError,
// linear time, typos refused with a suggestion, the 0.1 names still read.
import { Decimal } from 'decimal.js';
import { expectLinearTime } from '../_support/linear-time.js';
import { describe, expect, it } from 'vitest';
import {
  auditClaim,
  auditDossierTable,
  auditIdentity,
  auditParTable,
  auditParts,
  auditPrintedRate,
  auditReport,
  auditSameValue,
  auditShares,
  auditTableSums,
  CchcError,
  makeFinding,
  MAX_AUDIT_NUMBER_DIGITS,
  ReportSchema,
  sortFindings,
  summarizeFindings,
  type AuditDossierTableInput,
  type Report,
} from 'cchc';
import { kienGiang2019Report } from 'cchc/datasets';

function issuesOf(fn: () => unknown): { code: string; path: string; suggestion?: string }[] {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof CchcError)) throw e;
    return e.issues.map((i) => ({ code: i.code, path: i.path.join('.'), ...(i.suggestion ? { suggestion: i.suggestion } : {}) }));
  }
  return [];
}

/** The suite's one linear-time check: time on `make(10 n)` ≤ 20 × time on `make(n)` (test/_support/linear-time.ts). */
const expectLinear = <T>(run: (input: T) => unknown, make: (n: number) => T, n: number) => expectLinearTime(run, make, n);

/** A call that must be refused: its issues (the refusal's cost is measured by the linear-time checks). */
const refusal = (fn: () => unknown) => () => issuesOf(fn);

const label = { vi: 'Chỉ tiêu', en: 'Item' };
const digits = '1'.repeat(1_000_000);

describe('a long digit string is INPUT_TOO_LARGE at once (it used to hang `cchc audit`)', () => {
  it('in a PAR table', async () => {
    expect(issuesOf(() => auditParTable([{ unit: 'A', total: digits, index: `${digits}%` }], { printedMean: digits }))).toEqual([
      { code: 'INPUT_TOO_LARGE', path: 'printedMean' },
      { code: 'INPUT_TOO_LARGE', path: 'rows.0.total' },
      { code: 'INPUT_TOO_LARGE', path: 'rows.0.index' },
    ]);
    expect(issuesOf(() => auditParTable([{ unit: 'A', total: 10n ** 100_000n }]))).toEqual([
      { code: 'INPUT_TOO_LARGE', path: 'rows.0.total' },
    ]);
    expect(issuesOf(() => auditParTable([{ unit: 'A', total: new Decimal('1e100000') }]))).toEqual([
      { code: 'INPUT_TOO_LARGE', path: 'rows.0.total' },
    ]);
    // At once: a digit string ten times longer costs no more than ten times as much (the hang was super-linear).
    await expectLinear(
      (d: string) => refusal(() => auditParTable([{ unit: 'A', total: d, index: `${d}%` }], { printedMean: d }))(),
      (n) => '1'.repeat(n),
      10_000,
    );
  });
  it('in a dossier table, a printed rate, a report', async () => {
    expect(issuesOf(() => auditDossierTable({ rows: [{ label: 'A', received: digits, printed: { onTimeRate: `${digits}%` } }] }))).toEqual([
      { code: 'INPUT_TOO_LARGE', path: 'rows.0.received' },
      { code: 'INPUT_TOO_LARGE', path: 'rows.0.printed.onTimeRate' },
    ]);
    expect(issuesOf(() => auditPrintedRate({ label, numerator: 1, denominator: 3, printed: `${digits}%` }))).toEqual([
      { code: 'INPUT_TOO_LARGE', path: 'printed' },
    ]);
    expect(issuesOf(() => auditIdentity({ label, terms: [{ value: 10n ** 100_000n }], result: 1 }))).toEqual([
      { code: 'INPUT_TOO_LARGE', path: 'terms.0.value' },
    ]);
    const report = {
      ...kienGiang2019Report,
      tables: kienGiang2019Report.tables.map((tb, i) => (i === 0 ? { ...tb, rows: [{ ...tb.rows[0]!, printedRate: `${digits}%` }] } : tb)),
    };
    expect(issuesOf(() => auditReport(report))).toEqual([{ code: 'INPUT_TOO_LARGE', path: 'report.tables.0.rows.0.printedRate' }]);
    await expectLinear(
      (d: string) => refusal(() => auditDossierTable({ rows: [{ label: 'A', received: d, printed: { onTimeRate: `${d}%` } }] }))(),
      (n) => '1'.repeat(n),
      10_000,
    );
    await expectLinear(
      (d: string) => refusal(() => auditPrintedRate({ label, numerator: 1, denominator: 3, printed: `${d}%` }))(),
      (n) => '1'.repeat(n),
      10_000,
    );
  });
  it('the limit is 40 digits; a long text that is not digits is TEXT_TOO_LONG', () => {
    expect(MAX_AUDIT_NUMBER_DIGITS).toBe(40);
    const n = `${'9'.repeat(20)},${'9'.repeat(20)}%`;
    expect(issuesOf(() => auditPrintedRate({ label, numerator: 1, denominator: 3, printed: n }))).toEqual([]); // 40 digits: read
    expect(issuesOf(() => auditPrintedRate({ label, numerator: 1, denominator: 3, printed: `9${n}` }))).toEqual([
      { code: 'INPUT_TOO_LARGE', path: 'printed' },
    ]);
    expect(issuesOf(() => auditPrintedRate({ label, numerator: 1, denominator: 3, printed: `${'x'.repeat(100)}%` }))).toEqual([
      { code: 'TEXT_TOO_LONG', path: 'printed' },
    ]);
  });
});

describe('the audits run in linear time', () => {
  const dossierTable = (n: number): AuditDossierTableInput => ({
    rows: [
      ...Array.from({ length: n }, (_, i) => ({
        label: `Sở ${i}`,
        received: 10,
        resolved: { total: 8, onTimeOrEarly: 7, late: 1 },
        pending: 3,
        printed: { onTimeRate: '87,50%' },
      })),
      { label: 'Toàn tỉnh', received: 10 * n, resolved: { total: 8 * n + 1, onTimeOrEarly: 7 * n, late: n }, pending: 3 * n },
    ],
  });
  it('auditDossierTable', () => expectLinear(auditDossierTable, dossierTable, 300));
  it('auditParTable, even when every value ties', () =>
    expectLinear(auditParTable, (n) => Array.from({ length: n }, (_, i) => ({ unit: `U${i}`, index: 80, rank: i + 1 })), 2000));
  const bigReport = (n: number): Report => ({
    id: 'r',
    title: { vi: 'Báo cáo', en: 'Report' },
    issuer: 'UBND tỉnh X',
    documentNumber: '1/BC-UBND',
    date: '2020-12-01',
    year: 2020,
    sections: [
      { id: 'I', title: { vi: 'Mục I', en: 'Part I' }, figures: Array.from({ length: n }, (_, i) => ({ id: `f${i}`, label, value: i })) },
    ],
    tables: [
      {
        id: 't',
        title: { vi: 'Bảng', en: 'Table' },
        location: 'Phụ lục I',
        columns: [
          { key: 'total', label: { vi: 'Tổng', en: 'Total' } },
          { key: 'a', label: { vi: 'A', en: 'A' } },
        ],
        rows: Array.from({ length: n }, (_, i) => ({ key: String(i), label, cells: { total: i + (i % 7 === 0 ? 1 : 0), a: i } })),
        rowSums: [{ total: 'total', parts: ['a'] }],
      },
    ],
    checks: Array.from({ length: n }, (_, i) => ({ kind: 'same' as const, id: `c${i}`, label, figures: [`f${i}`, `t.${i}.a`] })),
  });
  it('ReportSchema and auditReport', () => expectLinear(auditReport, bigReport, 300));
  it('sortFindings and summarizeFindings', () => {
    const findings = auditReport(bigReport(3000));
    return expectLinear(
      (f: typeof findings) => summarizeFindings(sortFindings(f)),
      (n) => findings.slice(0, n),
      300,
    );
  });
});

describe('not a TypeError: sparse arrays, prototype names, nulls', () => {
  it('sparse rows and findings are problems at their index', () => {
    expect(issuesOf(() => auditDossierTable({ rows: [, { label: 'A', received: 1 }] as never }))).toEqual([
      { code: 'INVALID_INPUT', path: 'rows.0.label' },
    ]);
    expect(issuesOf(() => auditParTable([, { unit: 'A', total: 1 }] as never))).toEqual([{ code: 'INVALID_INPUT', path: 'rows.0.unit' }]);
    expect(issuesOf(() => summarizeFindings([, makeFinding({ code: 'x', severity: 'info', message: label })] as never))).toEqual([
      { code: 'INVALID_INPUT', path: 'findings.0.severity' },
    ]);
    expect(issuesOf(() => auditShares({ label, items: [, { label, count: 1 }] as never }))[0]).toMatchObject({
      code: 'INVALID_INPUT',
      path: 'items.0',
    });
  });
  it('a prototype name is not a field', () => {
    expect(issuesOf(() => auditDossierTable({ rows: [{ label: 'A', resolved: { toString: 5 } }] } as never))).toEqual([
      { code: 'UNKNOWN_KEY', path: 'rows.0.resolved.toString' },
    ]);
    expect(auditDossierTable({ rows: [{ label: 'constructor', received: 1 }], totalLabel: 'constructor' })).toEqual([]);
  });
  it('null options and inputs', () => {
    expect(issuesOf(() => auditParTable([], null as never))).toEqual([{ code: 'INVALID_INPUT', path: 'options' }]);
    for (const f of [
      auditTableSums,
      auditIdentity,
      auditPrintedRate,
      auditShares,
      auditParts,
      auditSameValue,
      auditClaim,
      auditReport,
      auditDossierTable,
      makeFinding,
    ]) {
      expect(issuesOf(() => (f as (x: unknown) => unknown)(null))[0]?.code, f.name).toBe('INVALID_INPUT');
    }
  });
  it('a total row labelled in decomposed Unicode is still the total row (NFC/NFD)', () => {
    const rows = [
      { label: 'Sở Tư pháp', received: 2 },
      { label: 'Toàn tỉnh'.normalize('NFD'), received: 3 },
    ];
    expect(auditDossierTable({ rows, totalLabel: 'Toàn tỉnh' }).map((f) => [f.code, f.actual])).toEqual([['sum-mismatch', 3]]);
  });
});

describe('typos are refused with a suggestion (UNKNOWN_KEY)', () => {
  it('in findings and the check primitives', () => {
    expect(issuesOf(() => makeFinding({ code: 'x', severity: 'info', mesage: label } as never))).toEqual([
      { code: 'UNKNOWN_KEY', path: 'finding.mesage', suggestion: 'message' },
    ]);
    expect(issuesOf(() => auditPrintedRate({ label, numerator: 1, denominator: 2, printd: '50%' } as never))).toEqual([
      { code: 'UNKNOWN_KEY', path: 'printd', suggestion: 'printed' },
      { code: 'INVALID_INPUT', path: 'printed' },
    ]);
    expect(
      issuesOf(() => auditClaim({ label, numerator: 1, denominator: 2, comparison: 'at-least', percent: 30, inclusiv: false } as never)),
    ).toEqual([{ code: 'UNKNOWN_KEY', path: 'inclusiv', suggestion: 'inclusive' }]);
    expect(
      issuesOf(() =>
        auditParts({ label, total: 3, parts: [1, 2], exhaustive: true, explanations: [{ value: 1, lable: label }] } as never),
      )[0],
    ).toEqual({
      code: 'UNKNOWN_KEY',
      path: 'explanations.0.lable',
      suggestion: 'label',
    });
  });
  it('in dossier and PAR tables', () => {
    expect(issuesOf(() => auditDossierTable({ rows: [{ label: 'A', recieved: 5, resolved: { onTme: 1 } }] } as never))).toEqual([
      { code: 'UNKNOWN_KEY', path: 'rows.0.recieved', suggestion: 'received' },
      { code: 'UNKNOWN_KEY', path: 'rows.0.resolved.onTme', suggestion: 'onTime' },
    ]);
    expect(
      issuesOf(() =>
        auditDossierTable({ rows: [{ label: 'A', printed: { onTimeRate: { text: '1%', denominater: 'resolved' } } }] } as never),
      ),
    ).toEqual([{ code: 'UNKNOWN_KEY', path: 'rows.0.printed.onTimeRate.denominater', suggestion: 'denominator' }]);
    expect(issuesOf(() => auditDossierTable({ rows: [], totalLable: 'Tổng' } as never))).toEqual([
      { code: 'UNKNOWN_KEY', path: 'totalLable', suggestion: 'totalLabel' },
    ]);
    expect(issuesOf(() => auditParTable([{ unit: 'A', totl: 5 } as never], { indexDecimal: 2 } as never))).toEqual([
      { code: 'UNKNOWN_KEY', path: 'indexDecimal', suggestion: 'indexDecimals' },
      { code: 'UNKNOWN_KEY', path: 'rows.0.totl', suggestion: 'total' },
    ]);
  });
  it('in a report', () => {
    const withFigure = {
      ...kienGiang2019Report,
      sections: [{ ...kienGiang2019Report.sections[0]!, figures: [{ id: 'x', label, valeu: 3 }] }],
    };
    expect(issuesOf(() => ReportSchema.parse(withFigure))).toEqual([
      { code: 'UNKNOWN_KEY', path: 'sections.0.figures.0.valeu', suggestion: 'value' },
      { code: 'INVALID_INPUT', path: 'sections.0.figures.0.value' },
    ]);
    expect(issuesOf(() => auditReport({ ...kienGiang2019Report, documentNumbr: '389/BC-UBND' } as never))[0]).toEqual({
      code: 'UNKNOWN_KEY',
      path: 'report.documentNumbr',
      suggestion: 'documentNumber',
    });
  });
});

describe('the 0.1 shapes still work (deprecated)', () => {
  it('labelVi / labelEn and noteVi / noteEn give the same findings as label and note', () => {
    const old = auditPrintedRate({
      labelVi: 'Tỷ lệ',
      labelEn: 'Rate',
      noteVi: 'Ghi chú.',
      noteEn: 'Note.',
      numerator: 3145,
      denominator: 5582,
      printed: '56,35%',
    });
    const now = auditPrintedRate({
      label: { vi: 'Tỷ lệ', en: 'Rate' },
      note: { vi: 'Ghi chú.', en: 'Note.' },
      numerator: 3145,
      denominator: 5582,
      printed: '56,35%',
    });
    expect(old).toEqual(now);
    expect(now[0]!.message.vi).toMatch(/^Tỷ lệ: .* Ghi chú\.$/);
  });
  it('makeFinding with messageVi / messageEn', () => {
    const f = makeFinding({ code: 'x', severity: 'warning', messageVi: 'Lệch', messageEn: 'Off' });
    expect([f.message.vi, f.message.en, f.messageVi, f.messageEn, `${f.message}`]).toEqual(['Lệch', 'Off', 'Lệch', 'Off', 'Off']);
    expect(issuesOf(() => makeFinding({ code: 'x', severity: 'warning', messageVi: 'Lệch' }))).toEqual([
      { code: 'INVALID_INPUT', path: 'finding.message' },
    ]);
  });
  it('a figure resolves to label { vi, en } with labelVi / labelEn beside it', () => {
    const f = auditReport(kienGiang2019Report)[0]!;
    expect(Object.isFrozen(f) && Object.isFrozen(f.message)).toBe(true);
  });
});
