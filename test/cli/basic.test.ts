import { describe, expect, it } from 'vitest';
import { runCli, COMMANDS } from '../../src/cli/run.js';
import { escapeSpreadsheetCell, csvField } from '../../src/report/_internal/escape.js';
import { memoryIO } from './_io.js';

describe('cchc (general)', () => {
  it('prints help in Vietnamese by default and English with --lang en', async () => {
    const m = memoryIO();
    expect(await runCli(['--help'], m.io)).toBe(0);
    expect(m.out).toContain('Cách dùng');
    const e = memoryIO();
    expect(await runCli(['--lang', 'en', '--help'], e.io)).toBe(0);
    expect(e.out).toContain('Usage');
  });
  it('every command has --help in both languages', async () => {
    for (const c of COMMANDS) {
      for (const lang of ['vi', 'en']) {
        const m = memoryIO();
        expect(await runCli([c.name, '--help', '--lang', lang], m.io)).toBe(0);
        expect(m.out).toContain(`cchc ${c.name}`);
      }
    }
  });
  it('an unknown command or option is one line on stderr, exit 2', async () => {
    const m = memoryIO();
    expect(await runCli(['frobnicate'], m.io)).toBe(2);
    expect(m.err.trim().split('\n')).toHaveLength(1);
    const o = memoryIO();
    expect(await runCli(['due', '--bogus'], o.io)).toBe(2);
    expect(o.err).toMatch(/không có tùy chọn --bogus/);
    expect(o.err.trim().split('\n')).toHaveLength(1);
  });
  it('a library error becomes one line with its code, exit 2', async () => {
    const m = memoryIO();
    expect(await runCli(['due', '2020-02-30', '5', '--lang', 'en'], m.io)).toBe(2);
    expect(m.err).toMatch(/^cchc due: \[INVALID_DATE\] receivedAt: No such date/);
    expect(m.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('cchc due', () => {
  it('counts working days over Tết 2020', async () => {
    const m = memoryIO();
    expect(await runCli(['due', '2020-01-20', '5'], m.io)).toBe(0);
    expect(m.out.split('\n')[0]).toBe('2020-02-03');
  });
  it('applies a cut-off and a JSON calendar with an extra local day off', async () => {
    const m = memoryIO({
      'cal.json': JSON.stringify({ base: 'civil-service', name: 'tinh-x', days: [{ date: '2020-02-03', kind: 'day-off' }] }),
    });
    expect(await runCli(['due', '2020-01-20', '5', '--calendar', 'cal.json', '--format', 'json'], m.io)).toBe(0);
    expect(JSON.parse(m.out)).toMatchObject({ due: '2020-02-04', calendar: 'tinh-x' });
    const c = memoryIO();
    expect(await runCli(['due', '2020-01-20T16:00:00+07:00', '5', '--cutoff', '15:00', '--format', 'json'], c.io)).toBe(0);
    expect(JSON.parse(c.out)).toMatchObject({ countsFrom: '2020-01-21', due: '2020-02-04' });
  });
  it('issue 13: 24/11/2026 is off; a due date resting on 2027 days says "tạm tính" / "provisional"', async () => {
    const a = memoryIO();
    expect(await runCli(['due', '2026-11-20', '3'], a.io)).toBe(0);
    expect(a.out.split('\n')[0]).toBe('2026-11-26');
    expect(a.out).not.toContain('tạm tính');
    const b = memoryIO();
    expect(await runCli(['due', '2026-12-28', '5'], b.io)).toBe(0);
    expect(b.out.split('\n')[0]).toBe('2027-01-05');
    expect(b.out).toContain('(tạm tính)');
    expect(b.out).toContain('2027-01-01');
    const c = memoryIO();
    expect(await runCli(['due', '2026-12-28', '5', '--lang', 'en'], c.io)).toBe(0);
    expect(c.out).toContain('(provisional)');
    const j = memoryIO();
    expect(await runCli(['due', '2026-12-28', '5', '--format', 'json'], j.io)).toBe(0);
    expect(JSON.parse(j.out)).toMatchObject({ due: '2027-01-05', provisional: true, firstProvisionalDay: '2027-01-01' });
    const k = memoryIO();
    expect(await runCli(['due', '2026-12-21', '5', '--format', 'json'], k.io)).toBe(0);
    expect(JSON.parse(k.out)).toMatchObject({ due: '2026-12-28', provisional: false, firstProvisionalDay: null });
    // a JSON calendar without 24/11 (a body that does not apply NQ 28/2026/QH16)
    const w = memoryIO({ 'no2411.json': JSON.stringify({ base: 'civil-service', name: 'khong-24-11', cultureDay: 'not-observed' }) });
    expect(await runCli(['due', '2026-11-20', '3', '--calendar', 'no2411.json'], w.io)).toBe(0);
    expect(w.out.split('\n')[0]).toBe('2026-11-25');
  });
  it('rejects a missing N, a non-integer N and an unreadable calendar', async () => {
    for (const args of [
      ['due', '2020-01-20'],
      ['due', '2020-01-20', '1.5'],
      ['due', '2020-01-20', '3', '--calendar', 'nope.json'],
    ]) {
      const m = memoryIO();
      expect(await runCli(args, m.io)).toBe(2);
      expect(m.err.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('cchc lunar', () => {
  it('converts both ways', async () => {
    const m = memoryIO();
    expect(await runCli(['lunar', '2024-02-10'], m.io)).toBe(0);
    expect(m.out).toContain('Ngày 1 tháng 1 năm Giáp Thìn (2024)');
    const s = memoryIO();
    expect(await runCli(['lunar', '2025-03-10', '--to-solar'], s.io)).toBe(0);
    expect(s.out.trim()).toBe('2025-04-07');
  });
});

describe('cchc calendar', () => {
  it('lists 2020 days off with kinds; CSV keeps sources', async () => {
    const m = memoryIO();
    expect(await runCli(['calendar', '2020', '--format', 'csv', '--lang', 'en'], m.io)).toBe(0);
    const lines = m.out.trim().split('\n');
    expect(lines[0]).toBe('Date,Day,Kind,Name,Provisional,Source');
    expect(lines.some((l) => l.startsWith('2020-01-23,Thu,statutory'))).toBe(true);
    const j = memoryIO();
    expect(await runCli(['calendar', '2020', '--format', 'json'], j.io)).toBe(0);
    expect(JSON.parse(j.out).every((d: { source: string }) => d.source.length > 0)).toBe(true);
  });
  it('writes --out files', async () => {
    const m = memoryIO();
    expect(await runCli(['calendar', '2026', '--format', 'md', '--out', 'x.md'], m.io)).toBe(0);
    expect(String(m.written.get('x.md'))).toMatch(/^\| Ngày \|/);
  });
  it('rejects a bad year', async () => {
    const m = memoryIO();
    expect(await runCli(['calendar', '20x'], m.io)).toBe(2);
  });
  it('issue 13: 2026 lists 24/11 as official; 2027 days are marked tạm tính / provisional', async () => {
    const m = memoryIO();
    expect(await runCli(['calendar', '2026', '--format', 'csv', '--lang', 'en'], m.io)).toBe(0);
    expect(m.out).toMatch(/^2026-11-24,Tue,statutory,Vietnam Culture Day,,https:\/\/xaydungchinhsach/m);
    const p = memoryIO();
    expect(await runCli(['calendar', '2027'], p.io)).toBe(0);
    expect(p.out).toMatch(/2027-05-03\s+T2\s+nghỉ bù\s+.*tạm tính/);
    expect(p.out).toContain('Tạm tính: chưa có lịch nghỉ chính thức của năm 2027');
    const e = memoryIO();
    expect(await runCli(['calendar', '2027', '--lang', 'en'], e.io)).toBe(0);
    expect(e.out).toContain('Provisional: no official schedule for 2027 yet');
    const q = memoryIO();
    expect(await runCli(['calendar', '2026'], q.io)).toBe(0);
    expect(q.out).not.toContain('Tạm tính: chưa có');
    expect(q.out).not.toMatch(/\stạm tính/);
  });
});

describe('spreadsheet escaping', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1+1', "'+1+1"],
    ['@cmd', "'@cmd"],
    ['-2+3', "'-2+3"],
    ['\tx', "'\tx"],
    ['-3.746', '-3.746'],
    ['-0,5', '-0,5'],
    ['99,50%', '99,50%'],
    ['Sở Nội vụ', 'Sở Nội vụ'],
  ])('%j → %j', (cell, out) => expect(escapeSpreadsheetCell(cell)).toBe(out));
  it('quotes CSV fields when needed', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
  });
});
