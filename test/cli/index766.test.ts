// cchc index766: the QĐ 766 index from a dossier CSV (and catalogue, PAKN files), in memory.
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { memoryIO } from './_io.js';

const header =
  'id,receivedAt,dueDate,resolvedAt,procedure,electronic_result,digitised,reused_data,data_store_linked,population_data,fee_required,paid_online,satisfaction,synced,full_process_eligible,full_process_online';
const lines = [header];
for (let i = 0; i < 40; i++) {
  const late = i % 8 === 0;
  lines.push(
    [
      `HS${i}`,
      '2026-08-03',
      '2026-08-10',
      late ? '2026-08-12' : '2026-08-07',
      `P${i % 3}`,
      i % 4 === 0 ? '0' : '1',
      '1',
      i % 2 ? 'có' : 'không',
      '0',
      '1',
      i % 5 === 0 ? '0' : '1',
      i < 20 ? '1' : '0',
      i === 3 ? 'không hài lòng' : 'chưa đánh giá',
      '1',
      '1',
      i % 3 === 0 ? '1' : '0',
    ].join(','),
  );
}
const catalogue = [
  'code,published_at,legal_basis_effective_at,disclosed_at,components,fee_required,online_payment_integrated,citizen_applicants,online_service',
  'P0,2026-08-03,2026-08-20,2026-08-05,all,1,1,1,toàn trình',
  'P1,2026-08-10,2026-08-12,2026-08-20,all,1,0,1,một phần',
  'P2,2026-07-01,2026-07-20,2026-07-02,name;timeLimit,0,,0,none',
].join('\n');
const files = { 'hoso.csv': lines.join('\n'), 'tthc.csv': catalogue, 'pakn.csv': 'id,received_at,handled_at,satisfaction\n' };

describe('cchc index766', () => {
  it('prints the table by group and indicator and the largest losses', async () => {
    const m = memoryIO(files);
    expect(
      await runCli(
        ['index766', 'hoso.csv', '--period', 'Tháng 8/2026', '--level', 'province', '--catalogue', 'tthc.csv', '--pakn', 'pakn.csv'],
        m.io,
      ),
    ).toBe(0);
    const out = m.out;
    expect(out).toContain('Bộ chỉ số QĐ 766 — Tháng 08/2026');
    expect(out).toMatch(/2\.1 .*35 \/ 40 .*17,50/);
    expect(out).toMatch(/6\.3 .*16 \/ 32/);
    expect(out).toContain('Mất điểm nhiều nhất:');
    expect(out).toMatch(/thêm \d+ hồ sơ thanh toán trực tuyến → \+/);
    expect(out).not.toContain('Không đo được');
    expect(out).toMatch(/Tổng +73,70 +100,00/);
    expect(out).toContain('Cấu hình quan sát trên Cổng DVCQG');
  });

  it('gives JSON in English, and a commune inherits 1.1–1.3 from --provided', async () => {
    const m = memoryIO(files);
    const argv = [
      'index766',
      'hoso.csv',
      '--from',
      '2026-08-01',
      '--to',
      '2026-08-31',
      '--level',
      'commune',
      '--pakn',
      'pakn.csv',
      '--provided',
      '1.1=0p;1.2=0p;1.3=1,96p;3.1=54%',
      '--format',
      'json',
      '--lang',
      'en',
    ];
    expect(await runCli(argv, m.io)).toBe(0);
    const j = JSON.parse(m.out);
    const byCode = Object.fromEntries(j.indicators.map((i: { code: string }) => [i.code, i]));
    expect(byCode['1.3']).toMatchObject({ status: 'provided', points: '1.96' });
    expect(byCode['3.1']).toMatchObject({ status: 'provided', points: '6.48' });
    expect(byCode['4.3']).toMatchObject({ status: 'awarded', points: '2' });
    expect(byCode['5.1']).toMatchObject({ status: 'measured', points: '6' });
    expect(byCode['6.1'].message).toMatch(/^Not measurable: 6\.1/);
    expect(j.lostPoints.some((l: { text: string }) => /^\d+ more .* → \+/.test(l.text))).toBe(true);
    expect(j.lostPoints[0]).toMatchObject({ code: '1.1', text: '1.1: −6' });
    expect(j.complete).toBe(false);
  });

  it('lists what cannot be measured, never as 0', async () => {
    const m = memoryIO(files);
    expect(await runCli(['index766', 'hoso.csv', '--period', 'Tháng 8/2026'], m.io)).toBe(0);
    expect(m.out).toContain('Không đo được (không tính 0 điểm; tổng trên phần đo được):');
    expect(m.out).toContain('Không đo được 5.1 (Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn): cần dữ liệu phản ánh, kiến nghị');
    expect(m.out).toMatch(/5\.1 .* — +6,00/);
  });

  it('refuses bad arguments', async () => {
    for (const argv of [
      ['index766'],
      ['index766', 'hoso.csv'],
      ['index766', 'hoso.csv', '--period', 'Tháng 8/2026', '--level', 'ward'],
      ['index766', 'hoso.csv', '--period', 'Tháng 8/2026', '--provided', '3.1=54'],
    ]) {
      const m = memoryIO(files);
      expect(await runCli(argv, m.io), argv.join(' ')).toBe(2);
    }
  });
});
