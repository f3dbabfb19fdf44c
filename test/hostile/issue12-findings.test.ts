// Issue 12, "Hostile and huge input": one reproduction per finding of the issue, in the order the issue lists them.
// Time bounds use the suite's one linear-time check (time on 10× the input ≤ 20 × time on the input, CPU time), never a
// number of milliseconds; counts, exit codes and error classes are exact.
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import * as cchc from 'cchc';
import { CchcError } from 'cchc';
import { caMau2013Fragment } from 'cchc/datasets';
import { runCli } from '../../src/cli/run.js';
import { memoryIO } from '../cli/_io.js';
import { expectLinearTime } from '../_support/linear-time.js';

/** The CchcError `fn` throws: any other throw, or none, fails the test. */
function refusal(fn: () => unknown): CchcError {
  try {
    fn();
  } catch (e) {
    if (e instanceof CchcError) return e;
    throw e;
  }
  throw new Error('expected a CchcError, nothing was thrown');
}
const quietly = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof CchcError)) throw e;
  }
};
async function readAll(reader: AsyncIterable<cchc.DossierRecord>): Promise<string[]> {
  const ids: string[] = [];
  for await (const r of reader) ids.push(String(r.id));
  return ids;
}
const HEAD = 'id,receivedAt,dueDate,agency';
const row = (i: number) => `G${i},2019-09-03,2019-09-10,Sở A`;
const PERIOD = ['--from', '2019-09-01', '--to', '2019-09-30'];

describe('super-linear time', () => {
  it('formatNumber on a Decimal or BigInt of 80,000 digits: linear (took about 7 s: a quadratic thousands regex)', async () => {
    expect(cchc.formatNumber(new Decimal('9'.repeat(80_000))).length).toBe(80_000 + Math.floor(79_999 / 3));
    expect(cchc.formatNumber(BigInt('7'.repeat(80_000))).length).toBe(80_000 + Math.floor(79_999 / 3));
    await expectLinearTime(
      (d: Decimal) => cchc.formatNumber(d),
      (n) => new Decimal('9'.repeat(n)),
      8_000,
    );
  });

  it('10^(10^9) is INPUT_TOO_LARGE at once (killed the process with "heap limit")', async () => {
    expect(refusal(() => cchc.formatNumber(new Decimal('1e1000000000'))).code).toBe('INPUT_TOO_LARGE');
    expect(refusal(() => cchc.formatNumber(10n ** 200_000n)).code).toBe('INPUT_TOO_LARGE');
    await expectLinearTime(
      (d: Decimal) => quietly(() => cchc.formatNumber(d)),
      (n) => new Decimal(`1e${n}`),
      100_000_000,
    );
  });

  it('a 1 MB `cchc audit` file with a long digit string: refused, exit 2 or findings, no hang', async () => {
    const digits = '1'.repeat(1_000_000);
    const doc = JSON.stringify({ type: 'dossier-table', rows: [{ label: 'Cấp xã', received: digits, resolved: 8, pending: 3 }] });
    const m = memoryIO({ 'a.json': doc });
    expect(await runCli(['audit', 'a.json', '--lang', 'en'], m.io)).toBe(2);
    expect(m.err).toContain('INPUT_TOO_LARGE');
    const audit = (d: string) => quietly(() => cchc.auditDossierTable({ rows: [{ label: 'A', received: d, resolved: 8, pending: 3 }] }));
    await expectLinearTime(audit, (n) => '1'.repeat(n), 10_000);
  });

  it("parseDeadline('1 '.repeat(8000)) and 64 KB: TEXT_TOO_LONG at once (took 3 s and about a minute)", async () => {
    expect(refusal(() => cchc.parseDeadline('1 '.repeat(8000), { planYear: 2020 })).code).toBe('TEXT_TOO_LONG');
    expect(refusal(() => cchc.parseDeadline('1 '.repeat(32_768), { planYear: 2020 })).code).toBe('TEXT_TOO_LONG');
    await expectLinearTime(
      (t: string) => quietly(() => cchc.parseDeadline(t, { planYear: 2020 })),
      (n) => '1 '.repeat(n),
      8000,
    );
    // Below the limit, the reader itself is linear.
    await expectLinearTime(
      (t: string) => quietly(() => cchc.parseDeadline(t, { planYear: 2020 })),
      (n) => '1 '.repeat(n),
      90,
    );
  });
});

describe('lost data in CSV', () => {
  it('CR-only line ends are read (were "0 rows read, 0 rejected", exit 0)', async () => {
    const csv = [HEAD, row(1), row(2), row(3), ''].join('\r');
    const reader = cchc.readDossiersCsv(csv);
    expect(await readAll(reader)).toEqual(['G1', 'G2', 'G3']);
    expect(reader.report.rowsRead).toBe(3);
    const m = memoryIO({ 'cr.csv': csv });
    expect(await runCli(['dossiers', 'cr.csv', ...PERIOD, '--format', 'json'], m.io)).toBe(0);
    expect(JSON.parse(m.out)).toMatchObject({ rows: 3, rejectedRows: 0 });
  });

  it('a quote at the start of a field costs its own row only (it swallowed the 9 dossiers after it)', async () => {
    const csv = [HEAD, 'Q1,"2019-09-03,2019-09-10,Sở A', ...Array.from({ length: 9 }, (_, i) => row(i + 1)), ''].join('\n');
    const reader = cchc.readDossiersCsv(csv);
    expect(await readAll(reader)).toHaveLength(9);
    expect(reader.report).toMatchObject({ rowsRead: 10, accepted: 9, rejectedRows: 1 });
    expect(reader.report.rejected.map((r) => [r.row, r.code])).toEqual([[2, 'INVALID_CSV_ROW']]);
  });

  it('a 50 MB unquoted field: one INPUT_TOO_LARGE row, the next rows count, linear time (took 129 s and 800 MB)', async () => {
    const piece = 'x'.repeat(1 << 16);
    async function* source(pieces: number) {
      yield `${HEAD}\nG0,2019-09-03,2019-09-10,`;
      for (let i = 0; i < pieces; i++) yield piece;
      yield `\n${row(1)}\n${row(2)}\n`;
    }
    const reader = cchc.readDossiersCsv(source(800));
    expect(await readAll(reader)).toEqual(['G1', 'G2']);
    expect(reader.report.rejected.map((r) => [r.row, r.code])).toEqual([[2, 'INPUT_TOO_LARGE']]);
    expect(reader.report.rowsRead).toBe(reader.report.accepted + reader.report.rejectedRows);
    await expectLinearTime((src: AsyncGenerator<string>) => readAll(cchc.readDossiersCsv(src)), source, 80, { runs: 3 });
  }, 120_000);

  it('a closed quoted field over 1 MB is INPUT_TOO_LARGE, not "never closed"', async () => {
    const reader = cchc.readDossiersCsv(`${HEAD}\nG0,2019-09-03,2019-09-10,"${'y'.repeat(1_200_000)}"\n${row(1)}\n`);
    expect(await readAll(reader)).toEqual(['G1']);
    expect(reader.report.rejected.map((r) => [r.row, r.code])).toEqual([[2, 'INPUT_TOO_LARGE']]);
  });
});

describe('files destroyed', () => {
  it('cchc dossiers X.csv --rejected X.csv is refused (exit 2) and X.csv is intact (it was truncated while read)', async () => {
    const csv = [HEAD, row(1), 'bad,2019-09-31,2019-10-09,Sở A', ''].join('\n');
    const m = memoryIO({ 'X.csv': csv });
    expect(await runCli(['dossiers', 'X.csv', ...PERIOD, '--rejected', 'X.csv'], m.io)).toBe(2);
    expect(m.files['X.csv']).toBe(csv);
    expect(m.written.size).toBe(0);
  });

  it('cchc audit a.json --out a.json is refused (exit 2) and a.json is intact (it was overwritten)', async () => {
    const doc = JSON.stringify({ type: 'dossier-table', rows: [{ label: 'Cấp xã', received: 10, resolved: 8, pending: 3 }] });
    const m = memoryIO({ 'a.json': doc });
    expect(await runCli(['audit', 'a.json', '--out', 'a.json'], m.io)).toBe(2);
    expect(m.files['a.json']).toBe(doc);
    expect(m.written.size).toBe(0);
  });

  it('an interrupted run leaves no rejected-rows file that looks complete (written under a temporary name)', async () => {
    const csv = [HEAD, 'bad,2019-09-31,2019-10-09,Sở A', ...Array.from({ length: 50 }, (_, i) => row(i)), ''].join('\n');
    const m = memoryIO({ 'X.csv': csv }, { chunk: 16, failAfterChunks: 20 }); // a read error half-way
    expect(await runCli(['dossiers', 'X.csv', ...PERIOD], m.io)).toBe(2);
    expect([...m.written.keys()]).toEqual([]); // neither X.rejected.csv nor its temporary file
  });

  it('a stale X.rejected.csv does not survive a clean run', async () => {
    const m = memoryIO({ 'X.csv': [HEAD, row(1), ''].join('\n'), 'X.rejected.csv': 'row,line,field,code,message\n2,2,id,OLD,stale\n' });
    expect(await runCli(['dossiers', 'X.csv', ...PERIOD], m.io)).toBe(0);
    expect(m.removed).toContain('X.rejected.csv');
    expect('X.rejected.csv' in m.files || m.written.has('X.rejected.csv')).toBe(false);
  });
});

describe('errors that are not CchcError', () => {
  const cal = cchc.civilServiceCalendar;
  const dashboard = cchc.buildDashboard({ title: 'X', asOf: '2019-12-31' });
  const nullOptions: [string, () => unknown][] = [
    ['isWorkingDay', () => cchc.isWorkingDay('2020-01-02', null as never)],
    ['dueDate', () => cchc.dueDate('2020-01-02', 5, null as never)],
    ['receiptDate', () => cchc.receiptDate('2020-01-02', null as never)],
    ['parseAgencies', () => cchc.parseAgencies('Sở Nội vụ', null as never)],
    ['adminLevelLabel', () => cchc.adminLevelLabel('province', null as never)],
    ['parseTimestamp', () => cchc.parseTimestamp('2020-01-02T10:00:00Z', null as never)],
    ['calendarTableSql', () => cchc.calendarTableSql(cchc.calendarRows({ start: '2020-01-01', end: '2020-01-02' }), null as never)],
    ['onTimeRateChartSpec', () => cchc.onTimeRateChartSpec([{ label: 'A', rate: '90%' }], null as never)],
    ['classDistributionChartSpec', () => cchc.classDistributionChartSpec([{ className: 'Tốt', count: 1 }], null as never)],
    ['progressChartSpec', () => cchc.progressChartSpec([{ group: 'A', counts: { done: 1 } }], null as never)],
    ['dashboardBlocks', () => cchc.dashboardBlocks(dashboard, null as never)],
    ['dashboardCharts', () => cchc.dashboardCharts(dashboard, null as never)],
  ];
  it.each(nullOptions)('null as the options of %s is INVALID_INPUT (was a TypeError)', (_name, call) => {
    expect(refusal(call).code).toBe('INVALID_INPUT');
    void cal;
  });

  it("rounding: 'toString' is INVALID_ROUNDING (was a raw DecimalError)", () => {
    expect(refusal(() => cchc.percent(cchc.ratio(1, 3), { rounding: 'toString' as never })).code).toBe('INVALID_ROUNDING');
    expect(refusal(() => cchc.formatPercent(cchc.ratio(1, 3), { rounding: 'toString' as never })).code).toBe('INVALID_ROUNDING');
  });

  it('a 3,000-level methodology is INPUT_TOO_DEEP (overflowed the stack)', () => {
    const code = (depth: number) => `1${'.1'.repeat(depth)}`;
    let node: Record<string, unknown> = { code: code(3000), name: 'leaf', maxPoints: 1, rule: 'binary' };
    for (let i = 2999; i >= 0; i--) node = { code: code(i), name: 'n', maxPoints: 1, children: [node] };
    const spec = { id: 'deep', name: 'deep', nodes: [node] };
    const codes = (e: CchcError) => e.issues.map((i) => i.code);
    expect(codes(refusal(() => cchc.defineMethodology(spec as never)))).toContain('INPUT_TOO_DEEP');
    expect(codes(refusal(() => cchc.scoreAssessment(spec as never, {})))).toContain('INPUT_TOO_DEEP');
    expect(cchc.MethodologySpecSchema.safeParse(spec).success).toBe(false);
  });

  it('tallyToRow(null) and sparse arrays are CchcErrors (were a TypeError or undefined)', () => {
    expect(refusal(() => cchc.tallyToRow(null as never)).code).toBe('INVALID_TALLY');
    const sparse = [, cchc.emptyTally()];
    expect(refusal(() => cchc.mergeTallies(...(sparse as never[]))).code).toBe('INVALID_TALLY');
    expect(refusal(() => cchc.largestRemainder([1, , 2] as never)).code).toBe('INVALID_COUNT');
    expect(refusal(() => cchc.checkSum({ parts: [1, , 2] as never, total: 3 })).code).toBe('INVALID_NUMBER');
  });
});

describe('prototype names as values', () => {
  it("channel: 'toString' is refused, not counted in person", () => {
    const r = { id: 'A', receivedAt: '2019-09-03', dueDate: '2019-09-10', channel: 'toString' };
    expect(refusal(() => cchc.parseDossierRecord(r as never)).code).toBe('INVALID_CHANNEL');
    expect(refusal(() => cchc.tallyDossiers([r] as never, { start: '2019-09-01', end: '2019-09-30' })).code).toBe('INVALID_CHANNEL');
  });

  it("adminLevelLabel('constructor') is a CchcError (returned undefined)", () => {
    for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(refusal(() => cchc.adminLevelLabel(name as never)).code).toBe('INVALID_ADMIN_LEVEL');
    }
  });
});

describe('smaller ones', () => {
  it('library objects passed back in are validated again (no NaN, Infinity or "As of: undefined" in the output)', () => {
    const t = cchc.emptyTally();
    expect(refusal(() => cchc.onTimeRate({ ...t, resolved: { ...t.resolved, total: Number.NaN } } as never)).code).toBe('INVALID_TALLY');
    expect(refusal(() => cchc.percent({ value: new Decimal(Number.POSITIVE_INFINITY) } as never)).code).toMatch(/^INVALID_/);
    const d = cchc.buildDashboard({ title: 'X', asOf: '2019-12-31' });
    expect(refusal(() => cchc.renderDashboard({ ...d, asOf: undefined } as never)).code).toBe('INVALID_DATE');
    const score = cchc.scoreAssessment(caMau2013Fragment, {
      '1.1.1': { outcome: 'Không kịp thời' },
      '1.1.2': { met: true },
      '1.1.3': { met: false },
      '1.1.4': { rate: 0.8 },
      '1.2.1': { met: true },
      '1.2.2': { met: true },
      '1.3': { points: 1.5 },
    });
    const bad = { ...score, nodes: { ...score.nodes, '1.3': { ...score.nodes['1.3']!, achieved: new Decimal(Number.NaN) } } };
    expect(refusal(() => cchc.lostPoints(bad as never)).code).toBe('INVALID_INPUT');
  });

  it('exported constants are deeply frozen: one caller cannot change another caller’s results', () => {
    expect(() => {
      (cchc.CCHC_ERROR_CODES as string[]).push('X');
    }).toThrow(TypeError);
    const first = cchc.AGENCY_DEFINITIONS[0]!;
    expect(() => {
      (first.aliases as string[]).push('x');
    }).toThrow(TypeError);
    expect(Object.isFrozen(cchc.LIMITS) && Object.isFrozen(cchc.CCHC_ERROR_CODE_MODULES)).toBe(true);
  });

  it('composed and decomposed "Sở Tư pháp" make one group (were two)', () => {
    const nfc = 'Sở Tư pháp'.normalize('NFC');
    const records = [
      { id: 1, receivedAt: '2019-09-03', dueDate: '2019-09-10', agency: nfc },
      { id: 2, receivedAt: '2019-09-03', dueDate: '2019-09-10', agency: nfc.normalize('NFD') },
    ];
    const groups = cchc.tallyDossiers(records, { start: '2019-09-01', end: '2019-09-30', groupBy: 'agency' });
    expect([...groups.keys()]).toEqual([nfc]);
    expect(groups.get(nfc)?.received.total).toBe(2);
    const keys = (t: string) => cchc.parseAgencies(t).agencies.map((a) => a.key);
    expect(keys(nfc.normalize('NFD'))).toEqual(keys(nfc));
  });

  it("'-0.0' (as Python writes it) is read as 0 (was refused)", () => {
    expect(cchc.parseViNumber('-0.0').isZero()).toBe(true);
    const row = { ...cchc.tallyToRow(cchc.emptyTally()), carried_over: '-0.0' };
    expect(cchc.tallyFromRow(row).received.carriedOver).toBe(0);
  });

  it('parseTimestamp never returns year 10000 (a date-time that is 10000-01-01 in Vietnam is DATE_OUT_OF_RANGE)', () => {
    expect(refusal(() => cchc.parseTimestamp('9999-12-31T23:00:00Z')).code).toBe('DATE_OUT_OF_RANGE');
    expect(cchc.parseTimestamp('9999-12-31T16:59:59Z').date).toBe('9999-12-31');
  });

  it('terminal escape sequences in labels are not printed raw', async () => {
    const nasty = 'Sở \u001b[2J\u001b]0;pwned\u0007A\u202eB';
    const m = memoryIO({ 'd.csv': `${HEAD}\nA1,2019-09-02,2019-09-09,"${nasty}"\n` });
    expect(await runCli(['dossiers', 'd.csv', ...PERIOD, '--by', 'agency'], m.io)).toBe(0);
    expect(m.out).toContain('Sở');
    expect(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/.test(m.out)).toBe(false);
  });

  it('audit of a huge JSON file is refused before it is parsed (100 MB took 3.2 GB): INPUT_TOO_LARGE, exit 2', async () => {
    const m = memoryIO({ 'big.json': `{"type":"dossier-table","rows":[]}${' '.repeat(17 * 2 ** 20)}` });
    expect(await runCli(['audit', 'big.json', '--lang', 'en'], m.io)).toBe(2);
    expect(m.err).toMatch(/\[INPUT_TOO_LARGE\]/);
  });
});
