import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  type CchcError,
  auditClaim,
  auditIdentity,
  auditParts,
  auditPrintedRate,
  auditSameValue,
  auditShares,
  auditTableSums,
  formatPercent,
  largestRemainder,
  ratio,
  type SumTable,
} from 'cchc';

const t = { labelVi: 'Chỉ tiêu', labelEn: 'Item' };
const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as CchcError).code;
  }
};

describe('auditPrintedRate', () => {
  it('flags an inconsistent rate and names the denominator that would give it', () => {
    const [f] = auditPrintedRate({ ...t, location: '§II.5.1', numerator: 4689, denominator: 5582, printed: '84,17%' });
    expect(f).toMatchObject({ code: 'rate-mismatch', severity: 'error', actual: '84,17%', location: '§II.5.1' });
    expect(String(f!.expected)).toBe('84');
    expect(f!.messageVi).toBe(
      '§II.5.1 — Chỉ tiêu: 4.689/5.582 = 84,00%, nhưng báo cáo in 84,17%. Tỷ lệ in ra sẽ đúng nếu mẫu số là 5.571.',
    );
    expect(f!.messageEn).toBe(
      '§II.5.1 — Item: 4,689/5,582 = 84.00%, but the report prints 84,17%. The printed rate would follow from a denominator of 5,571.',
    );
  });
  it('says nothing about a rate that is right, at any printed precision', () => {
    expect(auditPrintedRate({ ...t, numerator: 14, denominator: 42, printed: '33,3%' })).toEqual([]);
    expect(auditPrintedRate({ ...t, numerator: 136, denominator: 1991, printed: '6,8%' })).toEqual([]);
    expect(auditPrintedRate({ ...t, numerator: 52, denominator: 100, printed: '52%' })).toEqual([]);
    expect(auditPrintedRate({ ...t, numerator: 1579, denominator: 1579, printed: '100%' })).toEqual([]);
  });
  it('notes a truncated rate as info', () => {
    const [f] = auditPrintedRate({ ...t, numerator: 107422, denominator: 109649, printed: '97,96%' });
    expect(f).toMatchObject({ code: 'rate-truncated', severity: 'info' });
    expect(String(f!.expected)).toBe('97.97');
  });
  it('treats a rate over 0 as undefined: info for 0/0, error for n/0', () => {
    expect(auditPrintedRate({ ...t, numerator: 0, denominator: 0, printed: '100%' })[0]).toMatchObject({
      code: 'rate-undefined',
      severity: 'info',
      expected: null,
      actual: '100%',
    });
    expect(auditPrintedRate({ ...t, numerator: 3, denominator: 0, printed: '100%' })[0]).toMatchObject({
      code: 'rate-undefined',
      severity: 'error',
    });
  });
  it('rejects a printed text that is not a percentage, with the path', () => {
    try {
      auditPrintedRate({ ...t, numerator: 1, denominator: 2, printed: '1.2%' });
      expect.unreachable();
    } catch (e) {
      expect((e as CchcError).code).toBe('AMBIGUOUS_NUMBER');
      expect((e as CchcError).path).toEqual(['printed']);
    }
    expect(code(() => auditPrintedRate({ ...t, numerator: -1, denominator: 2, printed: '1%' }))).toBe('INVALID_INPUT');
  });
  it('never flags a correctly rounded rate, always flags a rate one unit off (unless truncation explains it)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.double({ min: 0, max: 1.2, noNaN: true }),
        fc.integer({ min: 0, max: 3 }),
        (d, share, decimals) => {
          const n = Math.floor(d * share);
          const printed = formatPercent(ratio(n, d), { decimals });
          expect(auditPrintedRate({ ...t, numerator: n, denominator: d, printed })).toEqual([]);
          const truncated = formatPercent(ratio(n, d), { decimals, rounding: 'down' });
          expect(
            auditPrintedRate({ ...t, numerator: n, denominator: d, printed: truncated }).every((f) => f.code === 'rate-truncated'),
          ).toBe(true);
          const unit = 10 ** -decimals;
          const off = formatPercent({ value: ratio(n, d).value.plus((unit / 100) * 2) }, { decimals });
          expect(auditPrintedRate({ ...t, numerator: n, denominator: d, printed: off }).map((f) => f.code)).toEqual(['rate-mismatch']);
        },
      ),
    );
  });
});

describe('auditShares', () => {
  const par = (shares: [string, string, string, string]) =>
    auditShares({
      ...t,
      total: 42,
      items: [
        { labelVi: 'Xuất sắc', count: 14, printedShare: shares[0] },
        { labelVi: 'Tốt', count: 22, printedShare: shares[1] },
        { labelVi: 'Khá', count: 4, printedShare: shares[2] },
        { labelVi: 'Trung bình', count: 2, printedShare: shares[3] },
      ],
    });
  it('seed §I.1: flags 52,40% and 4,78% only — 33,3% (one decimal) and 9,52% are right', () => {
    const f = par(['33,3%', '52,40%', '9,52%', '4,78%']);
    expect(f.map((x) => [x.code, x.row, String(x.expected), x.actual])).toEqual([
      ['share-mismatch', 'Tốt', '52.38', '52,40%'],
      ['share-mismatch', 'Trung bình', '4.76', '4,78%'],
    ]);
  });
  it('accepts plain rounding and the largest-remainder allocation (9,53% sums to 100 with 33,33 / 52,38 / 4,76)', () => {
    expect(par(['33,33%', '52,38%', '9,52%', '4,76%'])).toEqual([]);
    expect(par(['33,33%', '52,38%', '9,53%', '4,76%'])).toEqual([]);
    expect(par(['33%', '52%', '10%', '5%'])).toEqual([]);
  });
  it('checks the counts against the total', () => {
    const f = auditShares({
      ...t,
      total: 43,
      items: [
        { labelVi: 'a', count: 14 },
        { labelVi: 'b', count: 28 },
      ],
    });
    expect(f.map((x) => [x.code, x.expected, x.actual])).toEqual([['sum-mismatch', 42, 43]]);
  });
  it('checks shares printed without counts against 100% within rounding', () => {
    expect(
      auditShares({
        ...t,
        items: [
          { labelVi: 'a', printedShare: '65%' },
          { labelVi: 'b', printedShare: '35%' },
        ],
      }),
    ).toEqual([]);
    expect(
      auditShares({
        ...t,
        items: [
          { labelVi: 'a', printedShare: '33,3%' },
          { labelVi: 'b', printedShare: '33,3%' },
          { labelVi: 'c', printedShare: '33,3%' },
        ],
      }),
    ).toEqual([]);
    const [f] = auditShares({
      ...t,
      items: [
        { labelVi: 'a', printedShare: '65%' },
        { labelVi: 'b', printedShare: '30%' },
      ],
    });
    expect(f).toMatchObject({ code: 'shares-sum-mismatch', expected: 100, actual: 95 });
  });
  it('never flags shares made by largest remainder or by half-up rounding', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 500 }), { minLength: 1, maxLength: 8 }).filter((c) => c.some((x) => x > 0)),
        fc.integer({ min: 0, max: 3 }),
        (counts, decimals) => {
          const total = counts.reduce((a, b) => a + b, 0);
          const lr = largestRemainder(counts, { decimals });
          const asText = (p: { toFixed(d: number): string }) => `${p.toFixed(decimals).replace('.', ',')}%`;
          expect(
            auditShares({ ...t, total, items: counts.map((count, i) => ({ labelVi: `c${i}`, count, printedShare: asText(lr[i]!) })) }),
          ).toEqual([]);
          expect(
            auditShares({
              ...t,
              total,
              items: counts.map((count, i) => ({
                labelVi: `c${i}`,
                count,
                printedShare: formatPercent(ratio(count, total), { decimals }),
              })),
            }),
          ).toEqual([]);
        },
      ),
    );
  });
});

describe('auditTableSums', () => {
  const cols = [
    { key: 'total', labelVi: 'Tổng số', labelEn: 'Total' },
    { key: 'a', labelVi: 'A', labelEn: 'A' },
    { key: 'b', labelVi: 'B', labelEn: 'B' },
  ];
  it('checks row totals (skipping "/") and a total row', () => {
    const table: SumTable = {
      location: 'Phụ lục X',
      locationEn: 'Appendix X',
      columns: cols,
      rows: [
        { key: '1', labelVi: 'r1', cells: { total: 5, a: 2, b: 3 } },
        { key: '2', labelVi: 'r2', cells: { total: 4, a: 4, b: null } },
        { key: '3', labelVi: 'r3', cells: { total: 9, a: 6, b: 3 } },
        { key: 'T', labelVi: 'Cộng', labelEn: 'Sum', cells: { total: 19, a: 12, b: 6 } },
      ],
      rowSums: [{ total: 'total', parts: ['a', 'b'] }],
      totalRow: 'T',
    };
    const f = auditTableSums(table);
    // the grand total 19 is wrong both ways (12 + 6 and 5 + 4 + 9 give 18): one finding
    expect(f.map((x) => [x.code, x.row, x.field, x.expected, x.actual])).toEqual([['sum-mismatch', 'T', 'total', 18, 19]]);
    const columnOnly = auditTableSums({
      ...table,
      rows: table.rows.map((r) => (r.key === 'T' ? { ...r, cells: { total: 18, a: 13, b: 5 } } : r)),
    });
    expect(columnOnly.map((x) => [x.row, x.field, x.expected, x.actual])).toEqual([
      ['T', 'a', 12, 13],
      ['T', 'b', 6, 5],
    ]);
    expect(f[0]!.location).toBe('Phụ lục X, dòng T');
    expect(f[0]!.messageEn).toContain('Appendix X, row T');
  });
  it('finds exactly the corrupted total in a consistent random table', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 999 }), fc.option(fc.integer({ min: 0, max: 999 }), { nil: null })), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.nat(),
        fc.integer({ min: 1, max: 50 }),
        (pairs, pick, delta) => {
          const rows = pairs.map(([a, b], i) => ({ key: String(i + 1), labelVi: `r${i + 1}`, cells: { total: a + (b ?? 0), a, b } }));
          const table: SumTable = { columns: cols, rows, rowSums: [{ total: 'total', parts: ['a', 'b'] }] };
          expect(auditTableSums(table)).toEqual([]);
          const i = pick % rows.length;
          const bad = rows.map((r, j) => (j === i ? { ...r, cells: { ...r.cells, total: r.cells.total + delta } } : r));
          const f = auditTableSums({ ...table, rows: bad });
          expect(f.map((x) => x.row)).toEqual([String(i + 1)]);
          expect(f[0]!.actual as number).toBe((f[0]!.expected as number) + delta);
        },
      ),
    );
  });
  it('rejects malformed tables', () => {
    expect(code(() => auditTableSums({ columns: [], rows: [] }))).toBe('INVALID_INPUT');
    expect(code(() => auditTableSums({ columns: cols, rows: [{ key: '1', labelVi: 'x', cells: { total: -1 } }] }))).toBe('INVALID_COUNT'); // a count, as CountSchema says
  });
});

describe('auditParts', () => {
  it('seed §II.3: 47 listed against 52 printed; the 5 units slated for equitisation match the difference — a warning that says so without assuming it', () => {
    const [f] = auditParts({
      ...t,
      total: 52,
      parts: [7, 1, 3, 5, 26, 1, 2, 2],
      exhaustive: true,
      explanations: [{ value: 5, labelVi: '05 đơn vị cổ phần hóa', labelEn: 'the 5 units slated for equitisation' }],
    });
    expect(f).toMatchObject({ code: 'sum-mismatch', severity: 'warning', expected: 47, actual: 52 });
    expect(f!.messageVi).toContain('bằng đúng 05 đơn vị cổ phần hóa: có thể báo cáo đã tính cả số này, nhưng báo cáo không nói như vậy');
    expect(f!.messageEn).toContain('may account for it, but the report does not say so');
  });
  it('is an error when no explanation matches', () => {
    const [f] = auditParts({ ...t, total: 52, parts: [40, 7], exhaustive: true, explanations: [{ value: 4, labelVi: 'x', labelEn: 'x' }] });
    expect(f).toMatchObject({ severity: 'error', expected: 47, actual: 52 });
  });
  it('lets a "trong đó" list be smaller than the total but not larger', () => {
    expect(auditParts({ ...t, total: 371, parts: [62, 15, 95, 47], exhaustive: false })).toEqual([]);
    expect(auditParts({ ...t, total: 625, parts: [713], exhaustive: false })[0]).toMatchObject({
      code: 'parts-exceed-total',
      expected: 625,
      actual: 713,
    });
    expect(auditParts({ ...t, total: 25, parts: [2, 3, 2, 2, 2, 4, 1, 1, 3, 2, 1, 2], exhaustive: true })).toEqual([]);
  });
});

describe('auditIdentity, auditSameValue, auditClaim', () => {
  it('auditIdentity', () => {
    expect(auditIdentity({ ...t, terms: [{ value: 189 }, { value: 24, sign: -1 }], result: 165 })).toEqual([]);
    const [f] = auditIdentity({
      ...t,
      terms: [{ value: 10000 }, { value: 7, sign: -1 }, { value: 11 }],
      result: 1004,
      severity: 'warning',
    });
    expect(f).toMatchObject({ code: 'identity-mismatch', severity: 'warning', expected: 10004, actual: 1004 });
    expect(f!.messageVi).toContain('10.000 − 7 + 11 = 10.004, không phải 1.004');
  });
  it('auditSameValue lists every place and the parts of totals', () => {
    expect(
      auditSameValue({
        ...t,
        values: [
          { value: 1008, location: '§II.2.2' },
          { value: 1008, location: '§II.6.1' },
        ],
      }),
    ).toEqual([]);
    const [f] = auditSameValue({
      ...t,
      values: [
        { value: 851, location: '§II.5.2', parts: [138, 713] },
        { value: 901, location: 'Phụ lục III, dòng 2', locationEn: 'Appendix III, row 2', parts: [276, 625] },
      ],
    });
    expect(f).toMatchObject({ code: 'cross-reference-mismatch', severity: 'warning', expected: 901, actual: 851 });
    expect(f!.messageVi).toContain('§II.5.2: 851 (= 138 + 713); Phụ lục III, dòng 2: 901 (= 276 + 625)');
    expect(f!.messageEn).toContain('Appendix III, row 2: 901 (= 276 + 625)');
    expect(code(() => auditSameValue({ ...t, values: [{ value: 1, location: 'x' }] }))).toBe('INVALID_INPUT');
  });
  it('auditClaim', () => {
    expect(auditClaim({ ...t, numerator: 14, denominator: 42, comparison: 'at-least', percent: 30, inclusive: false })).toEqual([]);
    expect(auditClaim({ ...t, numerator: 30, denominator: 100, comparison: 'at-least', percent: 30, inclusive: false })[0]?.code).toBe(
      'claim-not-met',
    );
    expect(auditClaim({ ...t, numerator: 30, denominator: 100, comparison: 'at-least', percent: 30 })).toEqual([]);
    expect(auditClaim({ ...t, numerator: 3, denominator: 100, comparison: 'at-most', percent: 2.5 })[0]?.messageVi).toContain('≤ 2,5%');
    expect(code(() => auditClaim({ ...t, numerator: 1, denominator: 0, comparison: 'at-least', percent: 30 }))).toBe('INVALID_INPUT');
  });
});
