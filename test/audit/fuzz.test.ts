// Issue 12: every audit and report function, given random and hostile values, returns a value or throws a CchcError —
// never another error, never NaN, Infinity or "undefined" in what it returns.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as cchc from 'cchc';
import { kienGiang2019Report } from 'cchc/datasets';

const hostile = fc.oneof(
  fc.anything({ withBigInt: true, withNullPrototype: true, withSparseArray: true, withObjectString: true, withBoxedValues: true }),
  fc.constantFrom(
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    'toString',
    'constructor',
    '__proto__',
    [],
    {},
    [, 1],
    '\u001b[2J',
    'Sở Tư pháp'.normalize('NFD'),
    `${'9'.repeat(60)}%`,
  ),
);

/**
 * Whether a result holds NaN, ±Infinity, or the words "undefined" / "NaN" / "Infinity" (a value printed that should
 * not have been) anywhere — unless the input itself holds that word (a label may say anything).
 */
function bad(value: unknown, input?: unknown, seen = new Set<unknown>()): string | undefined {
  const said = new Set((safeText(input).match(/(?<![-\w])(undefined|NaN|Infinity)\b/g) ?? []) as string[]);
  return badIn(value, said, seen);
}
function safeText(v: unknown): string {
  try {
    return String(
      JSON.stringify(v, (_, x) =>
        typeof x === 'bigint' ? String(x) : x === undefined ? 'undefined' : typeof x === 'number' && !Number.isFinite(x) ? String(x) : x,
      ),
    );
  } catch {
    return 'undefined NaN Infinity';
  }
}
function badIn(value: unknown, said: ReadonlySet<string>, seen: Set<unknown>): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : String(value);
  if (typeof value === 'string')
    return (value.match(/(?<![-\w])(undefined|NaN|Infinity)\b/g) ?? []).some((w) => !said.has(w)) ? value : undefined;
  if (typeof value !== 'object' || value === null || seen.has(value)) return undefined;
  seen.add(value);
  if (
    typeof (value as { isFinite?: unknown }).isFinite === 'function' &&
    (value as { constructor?: { name?: string } }).constructor?.name === 'Decimal'
  ) {
    return (value as { isFinite(): boolean }).isFinite() ? undefined : String(value);
  }
  for (const v of Object.values(value)) {
    const b = badIn(v, said, seen);
    if (b !== undefined) return b;
  }
  return undefined;
}

const dashboard = cchc.buildDashboard({ title: 'X', asOf: '2019-12-31', classes: { rows: [{ className: 'Tốt', count: 1 }] } });
const calls: Record<string, (a: unknown, b: unknown) => unknown> = {
  auditTableSums: (a) => cchc.auditTableSums(a as never),
  auditIdentity: (a) => cchc.auditIdentity(a as never),
  auditPrintedRate: (a) => cchc.auditPrintedRate(a as never),
  auditShares: (a) => cchc.auditShares(a as never),
  auditParts: (a) => cchc.auditParts(a as never),
  auditSameValue: (a) => cchc.auditSameValue(a as never),
  auditClaim: (a) => cchc.auditClaim(a as never),
  auditDossierTable: (a) => cchc.auditDossierTable(a as never),
  auditDossierTableRows: (a) => cchc.auditDossierTable({ rows: [a] } as never),
  auditParTable: (a, b) => cchc.auditParTable(a as never, b as never),
  auditParTableRow: (a, b) => cchc.auditParTable([a] as never, b as never),
  auditReport: (a) => cchc.auditReport(a as never),
  auditReportWith: (a) => cchc.auditReport({ ...kienGiang2019Report, checks: [a] } as never),
  getReportFigure: (a) => cchc.getReportFigure(kienGiang2019Report, a as never),
  makeFinding: (a) => cchc.makeFinding(a as never),
  summarizeFindings: (a) => cchc.summarizeFindings(a as never),
  sortFindings: (a) => cchc.sortFindings(a as never),
  isDossierTableFinding: (a) => cchc.isDossierTableFinding(a as never),
  toDossierTableInput: (a) => cchc.toDossierTableInput(a as never),
  buildDashboard: (a) => cchc.buildDashboard(a as never),
  buildDashboardWith: (a) => cchc.buildDashboard({ title: 'X', asOf: '2019-12-31', classes: a } as never),
  renderDashboard: (a, b) => cchc.renderDashboard(a as never, b as never),
  renderDashboardOptions: (_, b) => cchc.renderDashboard(dashboard, b as never),
  dashboardBlocks: (a, b) => cchc.dashboardBlocks(a as never, b as never),
  dashboardCharts: (_, b) => cchc.dashboardCharts(dashboard, b as never),
  taskStatusLabel: (a, b) => cchc.taskStatusLabel(a as never, b as never),
  onTimeRateChartSpec: (a, b) => cchc.onTimeRateChartSpec(a as never, b as never),
  onTimeRateChartRow: (a) => cchc.onTimeRateChartSpec([{ label: 'A', rate: a }] as never),
  classDistributionChartSpec: (a, b) => cchc.classDistributionChartSpec(a as never, b as never),
  progressChartSpec: (a, b) => cchc.progressChartSpec(a as never, b as never),
  progressChartCounts: (a) => cchc.progressChartSpec([{ group: 'A', counts: a }] as never),
};

describe('hostile values: a value or a CchcError', () => {
  it.each(Object.entries(calls))('%s', (_, call) => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        let out: unknown;
        try {
          out = call(a, b);
        } catch (e) {
          if (e instanceof cchc.CchcError) return;
          throw e;
        }
        expect(bad(out, [a, b])).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});

/** Every path to a value inside a plain JSON value (objects and arrays included). */
function paths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [at];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...at, i])));
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...at, k]));
  return out;
}

/** A copy of `base` with the value at one path replaced (or a key added beside it). */
function mutated(base: unknown): fc.Arbitrary<unknown> {
  const all = paths(base).filter((p) => p.length > 0);
  return fc.tuple(fc.constantFrom(...all), hostile, fc.boolean()).map(([path, value, addKey]) => {
    const copy = JSON.parse(JSON.stringify(base)) as Record<string | number, unknown>;
    let o: Record<string | number, unknown> = copy;
    for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
    const last = path[path.length - 1]!;
    if (addKey && typeof o === 'object' && !Array.isArray(o)) o[`${String(last)}x`] = value;
    else o[last] = value;
    return copy;
  });
}

const valid: Record<string, [unknown, (v: unknown) => unknown]> = {
  dossierTable: [
    {
      rows: [
        {
          label: 'Cấp tỉnh',
          received: 10,
          resolved: { total: 8, onTimeOrEarly: 7, late: 1 },
          pending: 2,
          printed: { onTimeRate: '87,50%', lateRate: { text: '12,50%', denominator: 'resolved' } },
        },
        { label: 'Toàn tỉnh', received: '10', pending: 2 },
      ],
      totalLabel: 'Toàn tỉnh',
      location: '§II',
    },
    (v) => cchc.auditDossierTable(v as never),
  ],
  parTable: [
    {
      rows: [
        { unit: 'A', rank: 1, components: { a: 50, b: '30,5' }, total: 80.5, index: '80,50%', class: 'Tốt' },
        { unit: 'B', rank: 2, total: 70, index: 70 },
      ],
      options: { componentMax: { a: 65, b: 35 }, indexDecimals: 2, printedMean: '75,25%', rankBy: 'index', location: 'x' },
    },
    (v) => cchc.auditParTable((v as { rows: never }).rows, (v as { options: never }).options),
  ],
  printedRate: [
    { label: { vi: 'a', en: 'a' }, location: '§I', numerator: 3145, denominator: 5582, printed: '56,35%', note: { vi: 'n', en: 'n' } },
    (v) => cchc.auditPrintedRate(v as never),
  ],
  shares: [
    {
      label: { vi: 'a', en: 'a' },
      total: 42,
      items: [
        { label: { vi: 'x', en: 'x' }, count: 22, printedShare: '52,40%' },
        { labelVi: 'y', count: 20, printedShare: '47,60%' },
      ],
    },
    (v) => cchc.auditShares(v as never),
  ],
  parts: [
    { label: { vi: 'a', en: 'a' }, total: 52, parts: [40, 7], exhaustive: true, explanations: [{ value: 5, label: { vi: 'e', en: 'e' } }] },
    (v) => cchc.auditParts(v as never),
  ],
  tableSums: [
    {
      location: 'PL',
      columns: [
        { key: 't', label: { vi: 'T', en: 'T' } },
        { key: 'a', labelVi: 'A', labelEn: 'A' },
      ],
      rows: [
        { key: '1', label: { vi: 'r', en: 'r' }, cells: { t: 3, a: 2 } },
        { key: 'T', labelVi: 'Tổng', cells: { t: 3, a: null } },
      ],
      rowSums: [{ total: 't', parts: ['a'] }],
      totalRow: 'T',
    },
    (v) => cchc.auditTableSums(v as never),
  ],
  claim: [
    { label: { vi: 'a', en: 'a' }, numerator: 14, denominator: 42, comparison: 'at-least', percent: 30, inclusive: false },
    (v) => cchc.auditClaim(v as never),
  ],
  finding: [
    { code: 'x', severity: 'error', row: 'r', field: 'f', expected: 1, actual: '2', message: { vi: 'a', en: 'b' }, location: 'l' },
    (v) => cchc.summarizeFindings([cchc.makeFinding(v as never)]),
  ],
  dashboard: [
    {
      title: 'X',
      asOf: '2019-12-31',
      sources: [{ document: 'BC', date: '2019-12-09' }],
      dossiers: {
        table: {
          rows: [
            {
              label: 'Cấp xã',
              received: 10,
              resolved: { total: 8, onTimeOrEarly: 7, late: 1 },
              pending: 2,
              printed: { onTimeRate: '87,50%' },
            },
          ],
        },
        targetPercent: 95,
        period: 'p',
      },
      classes: {
        title: 't',
        rows: [
          { className: 'Tốt', count: 3, printedShare: '75%' },
          { className: 'Khá', count: 1 },
        ],
      },
      disbursement: { disbursed: 3145, plan: 5582, planKind: 'province-assigned', asOf: '2019-11-30', unit: 'tỷ' },
      streamlining: { base: 2838, target: 284, achieved: 189, asOf: '2019-09-30', path: { start: '2015-12-31', end: '2021-12-31' } },
    },
    (v) => {
      const d = cchc.buildDashboard(v as never);
      return [cchc.renderDashboard(d), cchc.renderDashboard(d, { format: 'markdown', locale: 'en' }), cchc.dashboardCharts(d)];
    },
  ],
  chartRows: [
    {
      rows: [
        { label: 'A', rate: '97,5%' },
        { label: 'B', rate: null },
      ],
      options: { targetPercent: 95, width: 300, title: 't', locale: 'en' },
    },
    (v) => cchc.onTimeRateChartSpec((v as { rows: never }).rows, (v as { options: never }).options),
  ],
};

describe('valid inputs with one hostile value: a value or a CchcError', () => {
  it.each(Object.entries(valid))('%s', (_, [base, call]) => {
    expect(bad(call(base))).toBeUndefined(); // the base itself is fine
    fc.assert(
      fc.property(mutated(base), (input) => {
        let out: unknown;
        try {
          out = call(input);
        } catch (e) {
          if (e instanceof cchc.CchcError) return;
          throw e;
        }
        expect(bad(out, input)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
