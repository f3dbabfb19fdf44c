// The generated SQL computes, inside DuckDB and PostgreSQL (PGlite), the same tallies as tallyDossiers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  calendarRows,
  civilServiceCalendar,
  dossierSql,
  dossierSqlProblems,
  emptyTally,
  fromDayNumber,
  mergeTallies,
  parsePeriod,
  tallyAggregateRows,
  tallyDossiers,
  toDayNumber,
  type DossierRulesInput,
  type DossierTally,
} from 'cchc';
import fc from 'fast-check';
import { generateDossiers, generateNd118Dossiers } from '../dossier/_generate.js';
import { ND118_RULES } from '../dossier/_nd118.js';
import { duckdb, loadDossiers, postgres, type Engine } from './_sql-engines.js';

// A calendar with a swap week: Mon 2019-04-29 off, Sat 2019-05-04 worked; holidays 30/4, 1/5, 2/9.
const cal = civilServiceCalendar; // 2019: swap week (Mon 29/4 off, Sat 4/5 worked), 30/4, 1/5, 2/9
const records = generateDossiers({ count: 3000, seed: 7, start: '2018-12-01', spanDays: 320, supplementShare: 0.3 });
const timed = generateDossiers({ count: 1500, seed: 8, start: '2024-03-01', spanDays: 120, timestamps: 1, supplementShare: 0.3 }).map(
  (r) => ({ ...r, id: `T${r.id}` }),
);
// Shapes the generator does not make: withdrawn and returned both (the return wins), resolved after a return.
const both = generateDossiers({ count: 400, seed: 9, start: '2023-12-15', spanDays: 180, supplementShare: 0.4 }).flatMap((r, i) => {
  if (r.rejectedAt !== undefined) return [];
  const rec = r.receivedAt.slice(0, 10);
  const plus = (n: number) => fromDayNumber(toDayNumber(rec) + n);
  const { resolvedAt: _r, supplements: _s, ...rest } = r;
  return [
    {
      ...rest,
      id: `W${i}`,
      withdrawnAt: plus(i % 37),
      returnedAt: plus((i * 7) % 41),
      ...(i % 3 === 0 ? { resolvedAt: plus((i * 5) % 50) } : {}),
    },
  ];
});
// Dossiers with the fields of NĐ 118/2025 (stops, extensions, restarts, filings), around its entry into force.
const nd118 = generateNd118Dossiers({
  count: 1500,
  seed: 118,
  start: '2025-05-01',
  spanDays: 200,
  supplementShare: 0.35,
  timestamps: 0.3,
}).map((r) => ({ ...r, id: `N${r.id}` }));
// Issue 13: across 24/11/2026 (a day off, official) and into 2027 (every day provisional: no schedule announced).
const late = generateDossiers({ count: 1500, seed: 10, start: '2026-10-01', spanDays: 200, timestamps: 0.3, supplementShare: 0.3 }).map(
  (r) => ({
    ...r,
    id: `L${r.id}`,
  }),
);
const engines: Engine[] = [];

beforeAll(async () => {
  engines.push(await duckdb(), await postgres());
  for (const e of engines)
    await loadDossiers(e, [...records, ...timed, ...both, ...late, ...nd118], calendarRows('2018-06-01', '2027-12-31'));
});
afterAll(async () => {
  for (const e of engines) await e.close();
});

const cases: { rules: DossierRulesInput; start: string; end: string }[] = [
  { rules: 'report', start: '2019-01-01', end: '2019-09-30' },
  { rules: 'qd766', start: '2019-04-01', end: '2019-06-30' },
  {
    rules: { preset: 'report', awaitingSupplement: 'pending', unfinishedSupplementPauses: false, supplementTime: 'subtract' },
    start: '2019-03-01',
    end: '2019-05-31',
  },
  {
    rules: { preset: 'report', awaitingSupplement: 'pending', withdrawnOrReturned: 'on-time', nonWorkingDayReceipt: 'next-working-day' },
    start: '2019-05-01',
    end: '2019-05-31',
  },
];

describe.each(['duckdb', 'postgres'] as const)('dossierSql on %s', (dialect) => {
  const engine = () => engines.find((e) => e.name === dialect)!;
  it('applies a receipt cut-off (swap week of 2024: Mon 29/4 off, Sat 4/5 worked)', async () => {
    // The 0.1 spellings (deprecated): { from, to } and the calendar table as `calendar`.
    const from = '2024-04-01';
    const to = '2024-05-31';
    const rules = { preset: 'qd766', receiptCutoff: '15:00' } as const;
    const expected = tallyDossiers(timed, { from, to, rules, calendar: cal, processingTime: true });
    const sql = dossierSql({
      dialect,
      dossiers: "(SELECT * FROM dossiers WHERE id LIKE 'T%')",
      calendar: 'cal',
      supplements: 'supplements',
      from,
      to,
      rules,
      processingTime: true,
      columns: { receivedSecond: 'd.received_second' },
    });
    expect(tallyAggregateRows(await engine().query(sql))).toEqual(expected);
    expect(expected.received.total).toBeGreaterThan(500);
  });
  it.each(cases)('equals tallyDossiers ($rules, $start – $end)', async ({ rules, start, end }) => {
    const expected = tallyDossiers(records, { start, end, rules, calendar: cal, processingTime: true });
    const rows = await engine().query(
      dossierSql({
        dialect,
        dossiers: 'dossiers',
        calendarTable: 'cal',
        supplements: 'supplements',
        start,
        end,
        rules,
        processingTime: true,
      }),
    );
    expect(rows).toHaveLength(1);
    expect(tallyAggregateRows(rows)).toEqual(expected);
  });
  it.each(['level', 'agency', 'procedure', 'channel', 'month'] as const)('groups by %s like tallyDossiers', async (groupBy) => {
    const period = parsePeriod('9 tháng đầu năm 2019');
    const expected = tallyDossiers(records, { ...period, rules: 'qd766', calendar: cal, groupBy });
    const rows = await engine().query(
      dossierSql({ dialect, dossiers: 'dossiers', calendarTable: 'cal', supplements: 'supplements', ...period, rules: 'qd766', groupBy }),
    );
    const got = tallyAggregateRows(rows, { groupBy: 'group_key' });
    expect(new Map([...got].sort())).toEqual(new Map([...expected].sort()));
    // database → tallies → mergeTallies → the whole
    const merged = [...got.values()].reduce((a: DossierTally, b) => mergeTallies(a, b));
    expect(merged).toEqual(tallyDossiers(records, { ...period, rules: 'qd766', calendar: cal }));
  });
});

// Periods that start or end inside Tết 2024 (8–14/2) and the swap week (29/4 off, Sat 4/5 worked), on records with
// both a withdrawal and a return, under rule sets the cases above do not use.
const more: { rules: DossierRulesInput; start: string; end: string }[] = [
  { rules: { preset: 'qd766', withdrawnOrReturned: 'separate', awaitingSupplement: 'separate' }, start: '2024-02-10', end: '2024-05-04' },
  {
    rules: { preset: 'report', secondSupplementIsLate: true, supplementTime: 'subtract', awaitingSupplement: 'ends-at-request' },
    start: '2024-02-08',
    end: '2024-02-14',
  },
  {
    rules: { preset: 'qd766', awaitingSupplement: 'pending', unfinishedSupplementPauses: false, withdrawnOrReturned: 'on-time' },
    start: '2024-04-29',
    end: '2024-05-05',
  },
  {
    rules: { preset: 'report', nonWorkingDayReceipt: 'next-working-day', withdrawnOrReturned: 'ends-processing' },
    start: '2023-12-01',
    end: '2024-07-31',
  },
];
describe.each(['duckdb', 'postgres'] as const)('dossierSql on %s, withdrawn and returned, Tết and swap-week periods', (dialect) => {
  it.each(more)('equals tallyDossiers ($rules, $start – $end)', async ({ rules, start, end }) => {
    const e = engines.find((x) => x.name === dialect)!;
    const all = [...timed, ...both];
    const expected = tallyDossiers(all, { start, end, rules, calendar: cal, processingTime: true, groupBy: 'channel' });
    const sql = dossierSql({
      dialect,
      dossiers: "(SELECT * FROM dossiers WHERE id LIKE 'T%' OR id LIKE 'W%')",
      calendarTable: 'cal',
      supplements: 'supplements',
      start,
      end,
      rules,
      processingTime: true,
      groupBy: 'channel',
    });
    const got = tallyAggregateRows(await e.query(sql), { groupBy: 'group_key' });
    expect(new Map([...got].sort())).toEqual(new Map([...expected].sort()));
    expect([...expected.values()].reduce(mergeTallies, emptyTally()).received.total).toBeGreaterThan(50);
  });
});

describe.each(['duckdb', 'postgres'] as const)('dossierSql on %s across 24/11/2026 and into 2027 (provisional days)', (dialect) => {
  const periods: { rules: DossierRulesInput; start: string; end: string }[] = [
    { rules: 'report', start: '2026-11-01', end: '2026-12-31' },
    { rules: 'qd766', start: '2026-12-01', end: '2027-02-28' },
    {
      rules: { preset: 'report', nonWorkingDayReceipt: 'next-working-day', supplementTime: 'subtract' },
      start: '2027-01-01',
      end: '2027-03-31',
    },
  ];
  it.each(periods)('counts the same records resting on provisional days ($rules, $start – $end)', async ({ rules, start, end }) => {
    const e = engines.find((x) => x.name === dialect)!;
    const expected = tallyDossiers(late, { start, end, rules, calendar: cal, processingTime: true, groupBy: 'channel' });
    const sql = dossierSql({
      dialect,
      dossiers: "(SELECT * FROM dossiers WHERE id LIKE 'L%')",
      calendarTable: 'cal',
      supplements: 'supplements',
      start,
      end,
      rules,
      processingTime: true,
      groupBy: 'channel',
    });
    const got = tallyAggregateRows(await e.query(sql), { groupBy: 'group_key' });
    expect(new Map([...got].sort())).toEqual(new Map([...expected].sort()));
    const whole = [...expected.values()].reduce(mergeTallies, emptyTally());
    expect(whole.provisional ?? 0).toBeGreaterThan(start >= '2027' ? 100 : 0);
    // without the count, the rest is unchanged and the column is left out
    const plain = tallyAggregateRows(
      await e.query(
        dossierSql({
          dialect,
          dossiers: "(SELECT * FROM dossiers WHERE id LIKE 'L%')",
          calendarTable: 'cal',
          supplements: 'supplements',
          start,
          end,
          rules,
          provisional: false,
        }),
      ),
    );
    const { provisional: _p, ...rest } = tallyDossiers(late, { start, end, rules, calendar: cal });
    expect(plain).toEqual(rest);
  });
});

describe.each(['duckdb', 'postgres'] as const)('dossierSqlProblems on %s', (dialect) => {
  it('lists the rows tallyDossiers would reject, and only those', async () => {
    const e = engines.find((x) => x.name === dialect)!;
    const clean = await e.query(dossierSqlProblems({ dialect, dossiers: 'dossiers', calendarTable: 'cal', supplements: 'supplements' }));
    expect(clean).toEqual([]);
    await e.exec(`CREATE TABLE bad AS SELECT * FROM dossiers WHERE 1 = 0`);
    await e.exec(`CREATE TABLE bad_sup AS SELECT * FROM supplements WHERE 1 = 0`);
    await e.exec(`INSERT INTO bad (id, channel, level, received_date, due_date, sla_working_days, resolved_date, rejected_date) VALUES
      ('b1', 'online', NULL, DATE '2019-09-10', DATE '2019-09-05', NULL, NULL, NULL),
      ('b2', 'fax', 'ward', DATE '2019-09-10', NULL, -1, DATE '2019-09-01', NULL),
      ('b3', NULL, NULL, DATE '2019-09-10', NULL, NULL, DATE '2019-09-12', DATE '2019-09-10'),
      ('b4', NULL, NULL, DATE '2030-01-01', DATE '2030-01-02', NULL, NULL, NULL),
      ('b5', NULL, NULL, DATE '2019-09-10', DATE '2019-09-20', NULL, DATE '2019-09-15', NULL),
      ('b6', NULL, NULL, DATE '2019-09-10', DATE '2019-09-20', NULL, NULL, NULL)`);
    await e.exec(
      `INSERT INTO bad_sup (dossier_id, requested_date, completed_date) VALUES ('b5', DATE '2019-09-11', NULL), ('b6', DATE '2019-09-11', NULL), ('b6', DATE '2019-09-12', DATE '2019-09-13')`,
    );
    const rows = await e.query(dossierSqlProblems({ dialect, dossiers: 'bad', calendarTable: 'cal', supplements: 'bad_sup' }));
    expect(rows.map((r) => `${r.id} ${r.code}`)).toEqual([
      'b1 DUE_BEFORE_RECEIPT',
      'b2 EVENT_BEFORE_RECEIPT',
      'b2 INVALID_ADMIN_LEVEL',
      'b2 INVALID_CHANNEL',
      'b2 INVALID_SLA',
      'b3 CONFLICTING_OUTCOMES',
      'b4 DATE_OUT_OF_RANGE',
      'b5 INVALID_SUPPLEMENT',
      'b6 INVALID_SUPPLEMENT',
    ]);
  });
});

// NĐ 118/2025 (rules nd118, in-force, overrides): the generated SQL equals tallyDossiers, on fixed data around
// 01/07/2025 and on data generated anew for each run.
const ND118_COLUMNS = {
  stoppedAt: 'd.stopped_date',
  extensionNotifiedAt: 'd.extension_notified_date',
  extensionNewDueDate: 'd.extension_new_due_date',
};
const nd118Periods = [
  { start: '2025-07-01', end: '2025-09-30' },
  { start: '2025-06-01', end: '2025-07-31' },
  { start: '2025-08-25', end: '2025-09-05' },
  { start: '2025-10-01', end: '2025-12-31' },
];
describe.each(['duckdb', 'postgres'] as const)('dossierSql under NĐ 118 on %s', (dialect) => {
  const engine = () => engines.find((e) => e.name === dialect)!;
  const only = "(SELECT * FROM dossiers WHERE id LIKE 'N%')";
  it.each(ND118_RULES.flatMap((rules) => nd118Periods.slice(0, 2).map((p) => ({ rules, ...p }))))(
    'equals tallyDossiers ($rules, $start – $end)',
    async ({ rules, start, end }) => {
      const expected = tallyDossiers(nd118, { start, end, rules, calendar: cal, processingTime: true, groupBy: 'channel' });
      // Under the report rules, stops count as withdrawals: the stop column is named (the default reads it only under rules that count stops apart).
      const columns = rules === 'report' ? ND118_COLUMNS : undefined;
      const sql = dossierSql({
        dialect,
        dossiers: only,
        calendarTable: 'cal',
        supplements: 'supplements',
        start,
        end,
        rules,
        processingTime: true,
        groupBy: 'channel',
        ...(columns ? { columns } : {}),
      });
      const got = tallyAggregateRows(await engine().query(sql), { groupBy: 'group_key' });
      expect(new Map([...got].sort())).toEqual(new Map([...expected].sort()));
      const whole = [...expected.values()].reduce(mergeTallies);
      expect(whole.received.total).toBeGreaterThan(100);
    },
  );
  it('counts each NĐ 118 bucket on this data (the comparison is not vacuous)', async () => {
    const t = tallyAggregateRows(
      await engine().query(
        dossierSql({ dialect, dossiers: only, calendarTable: 'cal', supplements: 'supplements', ...nd118Periods[0]!, rules: 'in-force' }),
      ),
    );
    expect(t.paused! > 0 && t.stoppedOnRequest! > 0 && t.closedWithoutSupplement! > 0 && t.awaitingSupplement > 0).toBe(true);
    expect(t).toEqual(tallyDossiers(nd118, { ...nd118Periods[0]!, rules: 'in-force', calendar: cal }));
  });
  it('dossierSqlProblems finds nothing in valid data under nd118, and the restart without a new due date', async () => {
    for (const rules of ['nd118', 'in-force', 'report'] as const) {
      expect(
        await engine().query(dossierSqlProblems({ dialect, dossiers: only, calendarTable: 'cal', supplements: 'supplements', rules })),
      ).toEqual([]);
    }
    await engine().exec(`DROP TABLE IF EXISTS bad8`);
    await engine().exec(`DROP TABLE IF EXISTS bad8_sup`);
    await engine().exec(`CREATE TABLE bad8 AS SELECT * FROM dossiers WHERE 1 = 0`);
    await engine().exec(`CREATE TABLE bad8_sup AS SELECT * FROM supplements WHERE 1 = 0`);
    await engine().exec(`INSERT INTO bad8 (id, received_date, due_date, submitted_date, stopped_date, extension_notified_date, extension_new_due_date) VALUES
      ('n1', DATE '2025-10-06', DATE '2025-10-13', NULL, NULL, NULL, NULL),
      ('n2', DATE '2025-10-06', DATE '2025-10-13', DATE '2025-10-07', DATE '2025-10-01', DATE '2025-10-10', NULL),
      ('n3', DATE '2025-06-06', DATE '2025-06-13', NULL, NULL, NULL, NULL)`);
    await engine().exec(
      `INSERT INTO bad8_sup VALUES ('n1', DATE '2025-10-07', DATE '2025-10-13', NULL), ('n3', DATE '2025-06-07', DATE '2025-06-10', NULL)`,
    );
    const q = (rules: 'nd118' | 'in-force' | 'report') =>
      engine().query(
        dossierSqlProblems({
          dialect,
          dossiers: 'bad8',
          calendarTable: 'cal',
          supplements: 'bad8_sup',
          rules,
          columns: { submittedAt: 'd.submitted_date' },
        }),
      );
    expect((await q('nd118')).map((r) => `${r.id} ${r.code}`)).toEqual([
      'n1 MISSING_DUE_DATE',
      'n2 EVENT_BEFORE_RECEIPT',
      'n2 INVALID_EXTENSION',
      'n2 SUBMITTED_AFTER_RECEIPT',
      'n3 MISSING_DUE_DATE',
    ]);
    // in-force: the June dossier is under the report rules, which do not restart.
    expect((await q('in-force')).map((r) => `${r.id} ${r.code}`)).not.toContain('n3 MISSING_DUE_DATE');
    expect((await q('report')).map((r) => `${r.id} ${r.code}`)).toEqual(['n2 SUBMITTED_AFTER_RECEIPT']);
  });
  it('equals tallyDossiers on data generated anew (property)', async () => {
    const e = engine();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 1e6 }),
        fc.constantFrom(...ND118_RULES),
        fc.constantFrom(...nd118Periods),
        async (seed, rules, period) => {
          const rs = generateNd118Dossiers({
            count: 120,
            seed,
            start: '2025-05-20',
            spanDays: 150,
            supplementShare: 0.4,
            extensionShare: 0.3,
            timestamps: 0.3,
          });
          await loadDossiers(e, rs, null, { dossiers: 'pd', supplements: 'ps' });
          const sql = dossierSql({
            dialect,
            dossiers: 'pd',
            calendarTable: 'cal',
            supplements: 'ps',
            ...period,
            rules,
            processingTime: true,
            columns: ND118_COLUMNS,
          });
          expect(tallyAggregateRows(await e.query(sql))).toEqual(
            tallyDossiers(rs, { ...period, rules, calendar: cal, processingTime: true }),
          );
        },
      ),
      { numRuns: 15 },
    );
  }, 120_000);
});
