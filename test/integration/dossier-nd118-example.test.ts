// The example of issue 14 on every path: received Mon 2025-10-06, slaWorkingDays 5, supplement requested 2025-10-07
// and completed Mon 2025-10-13. Under NĐ 118/2025 Đ19(5) ("Thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ
// hồ sơ") the due date restarts: 14, 15, 16, 17, 20 → Mon 2025-10-20 (resolved 20/10 on time, 21/10 late); under the
// report rules (TT 01/2020/TT-VPCP, supplements not counted) it stays Mon 2025-10-13 (both late). `in-force` picks
// nd118 for a receipt from 2025-07-01 (NĐ 118 Đ40(1)). Calendar: civilServiceCalendar (October 2025 has no holiday).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  calendarRows,
  classifyDossier,
  dossierSql,
  readDossiersCsv,
  tallyAggregateRows,
  tallyDossierColumns,
  tallyDossiers,
  type DossierRecord,
  type DossierTally,
} from 'cchc';
import { runCli } from '../../src/cli/run.js';
import { memoryIO } from '../cli/_io.js';
import { nd118Columns } from '../dossier/_nd118.js';
import { duckdb, loadDossiers, postgres, type Engine } from './_sql-engines.js';

const base = {
  receivedAt: '2025-10-06',
  slaWorkingDays: 5,
  supplements: [{ requestedAt: '2025-10-07', completedAt: '2025-10-13' }],
} as const;
const onTime: DossierRecord = { ...base, id: 'on-20', resolvedAt: '2025-10-20' };
const late: DossierRecord = { ...base, id: 'late-21', resolvedAt: '2025-10-21' };
const open: DossierRecord = { ...base, id: 'open' };
const records = [onTime, late, open];
const period = { start: '2025-10-01', end: '2025-10-31' } as const;
const asOf = period.end;

/** What each path must find: resolved on time / late, and the pending one (due 20/10, judged 31/10: overdue). */
const expected = {
  nd118: { early: 0, onTime: 1, late: 1, withinDue: 0, overdue: 1 },
  'in-force': { early: 0, onTime: 1, late: 1, withinDue: 0, overdue: 1 },
  report: { early: 0, onTime: 0, late: 2, withinDue: 0, overdue: 1 },
} as const;
const RULES = ['nd118', 'in-force', 'report'] as const;
const counts = (t: DossierTally) => ({
  early: t.resolved.early,
  onTime: t.resolved.onTime,
  late: t.resolved.late,
  withinDue: t.pending.withinDue,
  overdue: t.pending.overdue,
});

describe('the issue example, one dossier (classifyDossier)', () => {
  it.each(RULES)('%s: due date and status', (rules) => {
    const due = rules === 'report' ? '2025-10-13' : '2025-10-20';
    expect(classifyDossier(onTime, { asOf, rules }).dueDate).toBe(due);
    expect(classifyDossier(onTime, { asOf, rules }).status).toBe(rules === 'report' ? 'resolved-late' : 'resolved-on-time');
    expect(classifyDossier(late, { asOf, rules }).status).toBe('resolved-late');
    expect(classifyDossier(open, { asOf: '2025-10-20', rules }).status).toBe(rules === 'report' ? 'pending-overdue' : 'pending-within');
  });
  it('in-force names the rules it applied; a receipt on 2025-06-30 stays under the report rules', () => {
    expect(classifyDossier(onTime, { asOf, rules: 'in-force' }).rules.name).toBe('nd118');
    const june = {
      ...onTime,
      receivedAt: '2025-06-30',
      supplements: [{ requestedAt: '2025-07-01', completedAt: '2025-07-07' }],
      resolvedAt: '2025-07-14',
    };
    const c = classifyDossier(june, { asOf, rules: 'in-force' });
    expect([c.rules.name, c.dueDate, c.status]).toEqual(['report', '2025-07-07', 'resolved-late']);
  });
});

describe('the issue example, tallies (object and columnar)', () => {
  it.each(RULES)('%s: tallyDossiers', (rules) => {
    expect(counts(tallyDossiers(records, { ...period, rules }))).toEqual(expected[rules]);
  });
  it.each(RULES)('%s: tallyDossierColumns', (rules) => {
    expect(counts(tallyDossierColumns(nd118Columns(records, period.end), { ...period, rules }))).toEqual(expected[rules]);
  });
});

describe.each(['duckdb', 'postgres'] as const)('the issue example in SQL on %s', (dialect) => {
  let e: Engine;
  beforeAll(async () => {
    e = dialect === 'duckdb' ? await duckdb() : await postgres();
    await loadDossiers(e, records, calendarRows('2025-01-01', '2027-12-31'));
  });
  afterAll(async () => {
    await e.close();
  });
  it.each(RULES)('%s: dossierSql', async (rules) => {
    const sql = dossierSql({ dialect, dossiers: 'dossiers', calendarTable: 'cal', supplements: 'supplements', ...period, rules });
    const t = tallyAggregateRows(await e.query(sql));
    expect(counts(t)).toEqual(expected[rules]);
    expect(t).toEqual(tallyDossiers(records, { ...period, rules }));
  });
  it('restart with the new due date given on the supplement (a record without slaWorkingDays)', async () => {
    const given: DossierRecord = {
      id: 'g',
      receivedAt: '2025-10-06',
      dueDate: '2025-10-13',
      resolvedAt: '2025-10-20',
      supplements: [{ requestedAt: '2025-10-07', completedAt: '2025-10-13', newDueDate: '2025-10-20' }],
    };
    await loadDossiers(e, [given], null, { dossiers: 'gd', supplements: 'gs' });
    const sql = dossierSql({
      dialect,
      dossiers: 'gd',
      calendarTable: 'cal',
      supplements: 'gs',
      supplementColumns: { newDueDate: 'new_due_date' },
      ...period,
      rules: 'nd118',
    });
    expect(tallyAggregateRows(await e.query(sql)).resolved).toEqual({ total: 1, early: 0, onTime: 1, late: 0 });
  });

  it('a due date counted anew after a supplement, into 2027, rests on provisional days (as tallyDossiers)', async () => {
    const r: DossierRecord = {
      id: 'p',
      receivedAt: '2026-11-02',
      slaWorkingDays: 5,
      supplements: [{ requestedAt: '2026-11-03', completedAt: '2026-12-30' }],
    };
    const given: DossierRecord = {
      ...r,
      id: 'q',
      supplements: [{ requestedAt: '2026-11-03', completedAt: '2026-12-30', newDueDate: '2027-01-07' }],
    };
    await loadDossiers(e, [r, given], null, { dossiers: 'pd', supplements: 'ps' });
    const p = { start: '2026-12-01', end: '2026-12-31' } as const;
    for (const rules of ['nd118', 'in-force', 'report'] as const) {
      const t = tallyAggregateRows(
        await e.query(dossierSql({ dialect, dossiers: 'pd', calendarTable: 'cal', supplements: 'ps', ...p, rules })),
      );
      expect(t, rules).toEqual(tallyDossiers([r, given], { ...p, rules }));
      expect(t.provisional, rules).toBe(rules === 'report' ? undefined : 1);
    }
  });
});

describe('the issue example from a CSV file', () => {
  // Vietnamese headers for the dates; supplements as requestedAt>completedAt.
  const csv = [
    'Mã hồ sơ,Ngày tiếp nhận,slaWorkingDays,Ngày có kết quả,supplements',
    'on-20,2025-10-06,5,2025-10-20,2025-10-07>2025-10-13',
    'late-21,2025-10-06,5,2025-10-21,2025-10-07>2025-10-13',
    'open,2025-10-06,5,,2025-10-07>2025-10-13',
    '',
  ].join('\n');
  it('readDossiersCsv reads the records the other paths tally', async () => {
    const got: DossierRecord[] = [];
    for await (const r of readDossiersCsv(csv)) got.push(r);
    expect(counts(tallyDossiers(got, { ...period, rules: 'in-force' }))).toEqual(expected['in-force']);
  });
  it.each(RULES)('cchc dossiers --rules %s', async (rules) => {
    const m = memoryIO({ 'e.csv': csv });
    expect(
      await runCli(['dossiers', 'e.csv', '--from', period.start, '--to', period.end, '--rules', rules, '--format', 'json'], m.io),
    ).toBe(0);
    const j = JSON.parse(m.out) as { rejectedRows: number; groups: { tally: DossierTally }[] };
    expect(j.rejectedRows).toBe(0);
    const total = j.groups.at(-1)!.tally;
    expect(counts(total)).toEqual(expected[rules]);
    // The NĐ 118 buckets are in the output under the rules that count them.
    expect(total.paused).toBe(rules === 'report' ? undefined : 0);
  });
  it('cchc dossiers --rules in-force prints the NĐ 118 columns in the table', async () => {
    const m = memoryIO({ 'e.csv': csv });
    expect(
      await runCli(['dossiers', 'e.csv', '--from', period.start, '--to', period.end, '--rules', 'in-force', '--lang', 'en'], m.io),
    ).toBe(0);
    expect(m.out).toContain('Paused');
    expect(m.out).toContain('Stopped on request');
    expect(m.out).toContain('rules in-force');
  });
});
