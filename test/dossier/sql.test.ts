import { describe, expect, it } from 'vitest';
import { calendarTableSql, dossierSql } from 'cchc';

const base = { dialect: 'postgres', dossiers: 'dossiers', calendar: 'cal', from: '2019-01-01', to: '2019-09-30' } as const;

describe('dossierSql (text; the engine tests are in test/integration)', () => {
  it('writes one query per dialect with the tally columns', () => {
    const sql = dossierSql({ ...base, groupBy: 'month' });
    expect(sql).toContain("to_char(d.received_date, 'YYYY-MM')");
    expect(dossierSql({ ...base, dialect: 'duckdb', groupBy: 'month' })).toContain("strftime(d.received_date, '%Y-%m')");
    for (const c of ['received_total', 'carried_over', 'new_online', 'resolved_early', 'pending_overdue', 'awaiting_supplement'])
      expect(sql).toContain(` AS ${c}`);
    expect(dossierSql({ ...base, processingTime: true })).toContain('processing_working_days');
  });
  it('refuses what SQL cannot do, and bad options', () => {
    expect(() => dossierSql({ ...base, rules: { compare: 'datetime' } })).toThrow(/UNSUPPORTED_SQL_OPTION/);
    expect(() => dossierSql({ ...base, rules: { missingChannel: 'error' } })).toThrow(/UNSUPPORTED_SQL_OPTION/);
    expect(() => dossierSql({ ...base, rules: { receiptCutoff: '15:00' } })).toThrow(/UNSUPPORTED_SQL_OPTION/);
    expect(() => dossierSql({ ...base, dialect: 'mysql' as never })).toThrow(/INVALID_INPUT/);
    expect(() => dossierSql({ ...base, dossiers: 'x; DROP TABLE y' })).toThrow(/INVALID_INPUT/);
    expect(() => dossierSql({ ...base, calendarColumns: { date: 'a"b' } })).toThrow(/INVALID_INPUT/);
    expect(() => dossierSql({ ...base, to: '2018-01-01' })).toThrow(/INVALID_DATE_RANGE/); // was INVALID_INPUT in 0.1
  });
  it('calendarTableSql writes the calendar table', () => {
    const rows = Array.from({ length: 1500 }, (_, i) => ({ date: '2019-01-01', isWorkingDay: i % 2 === 0, workingDayIndex: i }));
    expect(calendarTableSql(rows)).toHaveLength(3);
    expect(() => calendarTableSql([{ date: '1/1/2019', isWorkingDay: true, workingDayIndex: 1 }])).toThrow(/INVALID_INPUT/);
  });
});
