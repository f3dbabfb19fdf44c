import { describe, expect, it } from 'vitest';
import { kienGiang2019Report, kienGiang2019DossierTable } from 'cchc/datasets';
import { runCli } from '../../src/cli/run.js';
import { memoryIO } from './_io.js';

describe('cchc report', () => {
  it('prints the dashboard in Vietnamese: dossier rates with audit flags, classes, plan, progress, findings', async () => {
    const m = memoryIO();
    expect(await runCli(['report'], m.io)).toBe(0);
    const out = m.out;
    expect(out).toContain('Hồ sơ thủ tục hành chính (9 tháng đầu năm 2019)');
    expect(out).toMatch(/Cấp huyện\s+120\.780\s+109\.649\s+107\.422\s+2\.227\s+15\.297\s+97,97%\s+97,96%\s+cắt bớt; 1 lỗi/);
    expect(out).toMatch(/Tốt\s+22\s+52,38%\s+52,40%\s+SAI/);
    expect(out).toContain('Kế hoạch 164/KH-UBND: tình trạng ngày 31/12/2020');
    expect(out).toContain('Tinh giản biên chế');
    expect(out).toContain('Kiểm tra số liệu báo cáo: 11 lỗi, 11 cảnh báo, 8 ghi chú');
  });
  it('computes plan statuses at --as-of', async () => {
    const early = memoryIO();
    await runCli(['report', '--as-of', '2019-12-15', '--format', 'json'], early.io);
    const late = memoryIO();
    await runCli(['report', '--as-of', '2020-12-31', '--format', 'json'], late.io);
    const a = JSON.parse(early.out).plan.bySection.total.counts;
    const b = JSON.parse(late.out).plan.bySection.total.counts;
    expect(a.total).toBe(32);
    expect(a.overdue).toBeLessThan(b.overdue);
    expect(JSON.parse(late.out).asOf).toBe('2020-12-31');
  });
  it('JSON carries exact ratios as strings, the findings summary and the chart specs', async () => {
    const m = memoryIO();
    expect(await runCli(['report', '--format', 'json'], m.io)).toBe(0);
    const j = JSON.parse(m.out);
    expect(j.dossiers.rows[1].onTimeRate).toMatchObject({ numerator: 107422, denominator: 109649 });
    expect(typeof j.dossiers.rows[1].onTimeRate.value).toBe('string');
    expect(j.summary).toEqual({ errors: 11, warnings: 11, infos: 8, hasErrors: true });
    expect(j.charts.map((c: { id: string }) => c.id)).toEqual(['on-time-by-level', 'classes', 'plan-by-lead']);
  });
  it('Markdown in English, cells escaped', async () => {
    const m = memoryIO();
    expect(await runCli(['report', '--format', 'md', '--lang', 'en'], m.io)).toBe(0);
    expect(m.out).toMatch(/^# Administrative reform in Kiên Giang: dashboard/);
    expect(m.out).toContain('| Cấp huyện | 120,780 | 109,649 |');
    expect(m.out).toContain('## Report audit: 11 errors, 11 warnings, 8 notes');
  });
  it('HTML is one self-contained page with inline SVG charts', async () => {
    const m = memoryIO();
    expect(await runCli(['report', '--format', 'html', '--out', 'r.html'], m.io)).toBe(0);
    const html = String(m.written.get('r.html'));
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.match(/<figure class="chart"/g)).toHaveLength(3);
    expect(html).not.toMatch(/<script|<link|src="http|href="http/);
  });
  it('rejects a bad date or format with one line, exit 2', async () => {
    for (const args of [
      ['report', '--as-of', '2020-02-30'],
      ['report', '--format', 'pdf'],
      ['report', 'extra'],
    ]) {
      const m = memoryIO();
      expect(await runCli(args, m.io)).toBe(2);
      expect(m.err.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('cchc audit', () => {
  const report = JSON.stringify({ type: 'report', ...kienGiang2019Report });
  const table = JSON.stringify({
    rows: kienGiang2019DossierTable.rows.map((r) => ({
      label: r.label,
      received: r.received,
      resolved: { total: r.resolved, onTimeOrEarly: r.onTimeOrEarly, late: r.late },
      pending: r.pending,
      printed: r.printed,
    })),
  });
  it('exits 1 when the report has errors, listing them', async () => {
    const m = memoryIO({ 'r.json': report });
    expect(await runCli(['audit', 'r.json'], m.io)).toBe(1);
    expect(m.out).toContain('11 lỗi, 11 cảnh báo, 8 ghi chú');
  });
  it('recognises a dossier table without "type"', async () => {
    const m = memoryIO({ 't.json': table });
    expect(await runCli(['audit', 't.json', '--format', 'json'], m.io)).toBe(1);
    const j = JSON.parse(m.out);
    expect(j.type).toBe('dossier-table');
    expect(j.findings.filter((f: { code: string }) => f.code === 'sum-mismatch')).toHaveLength(4);
  });
  it('exits 0 on a clean table', async () => {
    const clean = JSON.stringify({
      type: 'dossier-table',
      rows: [
        { label: 'Cấp xã', received: 10, resolved: { total: 8, onTimeOrEarly: 8, late: 0 }, pending: 2, printed: { onTimeRate: '100%' } },
      ],
    });
    const m = memoryIO({ 'c.json': clean });
    expect(await runCli(['audit', 'c.json'], m.io)).toBe(0);
  });
  it('audits a PAR table', async () => {
    const par = JSON.stringify({
      type: 'par-table',
      rows: [
        { unit: 'A', rank: 1, components: { appraisal: 51.75, survey: 32.83 }, total: 84.58, index: 84.58 },
        { unit: 'B', rank: 2, components: { appraisal: 48.75, survey: 33.25 }, total: 82.5, index: 82.5 },
      ],
      options: { componentMax: { appraisal: 65, survey: 35 } },
    });
    const m = memoryIO({ 'p.json': par });
    expect(await runCli(['audit', 'p.json', '--format', 'csv'], m.io)).toBe(1);
    expect(m.out).toContain('par-total-mismatch');
  });
  it('exit 2 with one line for unreadable, invalid or unknown documents', async () => {
    const files = { 'bad.json': '{', 'arr.json': '[]', 'x.json': '{"hello":1}' };
    for (const f of ['nope.json', 'bad.json', 'arr.json', 'x.json']) {
      const m = memoryIO(files);
      expect(await runCli(['audit', f], m.io)).toBe(2);
      expect(m.err.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('cchc dossiers', () => {
  const csv = [
    'id,receivedAt,dueDate,resolvedAt,level,channel',
    'A1,2019-09-02,2019-09-09,2019-09-06,commune,online',
    'A2,2019-09-03,2019-09-10,2019-09-12,district,in-person',
    'A3,2019-09-31,2019-10-10,,commune,online',
    'A4,2019-09-20,2019-10-04,,province,fax',
    'A5,2019-09-25,2019-10-02,,province,postal',
    'A6,2019-09-05,2019-09-03,,commune,online',
    'A7,2019-08-20,2019-09-10,2019-09-10,commune,online',
    '',
  ].join('\n');
  it('tallies the good rows by level and writes the bad ones to a side file', async () => {
    const m = memoryIO({ 'd.csv': csv });
    expect(
      await runCli(['dossiers', 'd.csv', '--from', '2019-09-01', '--to', '2019-09-30', '--by', 'level', '--format', 'json'], m.io),
    ).toBe(0);
    const j = JSON.parse(m.out);
    expect(j.rejectedRows).toBe(3);
    const total = j.groups.at(-1);
    expect(total.tally.received).toMatchObject({ total: 4, carriedOver: 1 });
    expect(total.tally.resolved).toEqual({ total: 3, early: 1, onTime: 1, late: 1 });
    expect(total.tally.pending).toEqual({ total: 1, withinDue: 1, overdue: 0 });
    expect(total.onTimeRate).toMatchObject({ numerator: 2, denominator: 3 });
    const side = String(m.written.get('d.rejected.csv')).trim().split('\n');
    expect(side[0]).toBe('dong,dong_van_ban,cot,ma,ly_do');
    expect(side.slice(1).map((l) => l.split(',').slice(0, 4).join(','))).toEqual([
      '4,4,receivedAt,INVALID_DATE',
      '5,5,channel,INVALID_CHANNEL',
      '7,7,dueDate,DUE_BEFORE_RECEIPT',
    ]);
  });
  it('text output labels levels in Vietnamese and names the denominator', async () => {
    const m = memoryIO({ 'd.csv': csv });
    expect(
      await runCli(
        ['dossiers', 'd.csv', '--from', '2019-09-01', '--to', '2019-09-30', '--by', 'level', '--denominator', 'resolved-plus-pending'],
        m.io,
      ),
    ).toBe(0);
    expect(m.out).toMatch(/Cấp xã\s+2/);
    expect(m.out).toContain('mẫu số "resolved-plus-pending"');
  });
  it('reads Vietnamese exports: ; delimiter, dd/mm/yyyy, mapped columns', async () => {
    const vn = ['MaHoSo;NgayTiepNhan;NgayHenTra;NgayTra', 'X1;02/09/2019;09/09/2019;06/09/2019', 'X2;03/09/2019;10/09/2019;', ''].join(
      '\n',
    );
    const m = memoryIO({ 'vn.csv': vn });
    const code = await runCli(
      [
        'dossiers',
        'vn.csv',
        '--from',
        '2019-09-01',
        '--to',
        '2019-09-30',
        '--delimiter',
        ';',
        '--date-format',
        'dd/mm/yyyy',
        '--map',
        'id=MaHoSo,receivedAt=NgayTiepNhan,dueDate=NgayHenTra,resolvedAt=NgayTra',
        '--format',
        'json',
      ],
      m.io,
    );
    expect(code).toBe(0);
    expect(JSON.parse(m.out).groups[0].tally.received.total).toBe(2);
  });
  it('issue 13: says which counts rest on provisional days (2027: no official schedule yet)', async () => {
    const late = ['id,receivedAt,slaWorkingDays,level', 'B1,2026-12-28,5,commune', 'B2,2026-12-14,3,province', ''].join('\n');
    const m = memoryIO({ 'l.csv': late });
    expect(await runCli(['dossiers', 'l.csv', '--from', '2026-12-01', '--to', '2026-12-31', '--by', 'level'], m.io)).toBe(0);
    expect(m.out).toMatch(/Cấp xã \(tạm tính\)/);
    expect(m.out).not.toMatch(/Cấp tỉnh \(tạm tính\)/);
    expect(m.out).toContain('Tạm tính: 1 hồ sơ');
    const e = memoryIO({ 'l.csv': late });
    expect(await runCli(['dossiers', 'l.csv', '--from', '2026-12-01', '--to', '2026-12-31', '--lang', 'en'], e.io)).toBe(0);
    expect(e.out).toContain('Total (provisional)');
    expect(e.out).toContain('Provisional: 1 records');
    const j = memoryIO({ 'l.csv': late });
    expect(await runCli(['dossiers', 'l.csv', '--from', '2026-12-01', '--to', '2026-12-31', '--format', 'json'], j.io)).toBe(0);
    const out = JSON.parse(j.out);
    expect(out.provisional).toBe(1);
    expect(out.groups.at(-1).tally.provisional).toBe(1);
  });
  it('CSV output escapes formula-like cells', async () => {
    const m = memoryIO({ 'd.csv': 'id,receivedAt,dueDate,agency\n1,2019-09-02,2019-09-09,"=HYPERLINK(""x"")"\n' });
    expect(
      await runCli(['dossiers', 'd.csv', '--from', '2019-09-01', '--to', '2019-09-30', '--by', 'agency', '--format', 'csv'], m.io),
    ).toBe(0);
    expect(m.out).toContain(`"'=HYPERLINK(""x"")"`);
  });
  it('a file with CR-only line ends is read row by row (not "0 rows read")', async () => {
    const m = memoryIO({ 'cr.csv': csv.replace(/\n/g, '\r') });
    expect(await runCli(['dossiers', 'cr.csv', '--from', '2019-09-01', '--to', '2019-09-30', '--lang', 'en'], m.io)).toBe(0);
    expect(m.out).toContain('7 rows read, 3 rejected');
  });
  it('usage errors exit 2 with one line', async () => {
    for (const args of [
      ['dossiers'],
      ['dossiers', 'd.csv'],
      ['dossiers', 'd.csv', '--from', '2019-09-01', '--to', '2019-09-31'],
      ['dossiers', 'd.csv', '--from', '2019-09-01', '--to', '2019-09-30', '--by', 'color'],
      ['dossiers', 'd.csv', '--from', '2019-09-01', '--to', '2019-09-30', '--denominator', 'all'],
      ['dossiers', 'missing.csv', '--from', '2019-09-01', '--to', '2019-09-30'],
    ]) {
      const m = memoryIO({ 'd.csv': csv });
      expect(await runCli(args, m.io), args.join(' ')).toBe(2);
      expect(m.err.trim().split('\n')).toHaveLength(1);
    }
  });
});
