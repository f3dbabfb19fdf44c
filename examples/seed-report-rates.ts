/**
 * The main job for now: figures recomputed from Kiên Giang's 2019 CCHC report (Báo cáo 389/BC-UBND), with the
 * printed rates checked. Run: `npm start`.
 */
import { checkPrintedRate, checkSum, formatNumber, formatPercent, ratio } from 'cchc';
import { kienGiang2019DossierTable } from 'cchc/datasets';

const lines: string[] = [];
const say = (s = '') => lines.push(s);

say('Hồ sơ TTHC — Báo cáo 389/BC-UBND (Kiên Giang, 9 tháng đầu năm 2019)');
say('');
say('Cấp          Tiếp nhận   Đã giải quyết   Đúng hạn   Tỷ lệ tính lại   In trong báo cáo   Kết luận');
for (const row of kienGiang2019DossierTable.rows) {
  const onTime = ratio(row.onTimeOrEarly, row.resolved);
  const check = checkPrintedRate({ numerator: row.onTimeOrEarly, denominator: row.resolved, printed: row.printed.onTimeRate });
  const verdict = { rounded: 'làm tròn đúng', truncated: 'cắt bớt (không làm tròn)', inconsistent: 'SAI' }[check.verdict];
  say(
    [
      row.label.padEnd(12),
      formatNumber(row.received).padStart(9),
      formatNumber(row.resolved).padStart(15),
      formatNumber(row.onTimeOrEarly).padStart(10),
      formatPercent(onTime).padStart(16),
      row.printed.onTimeRate.padStart(18),
      `  ${verdict}`,
    ].join(' '),
  );
}

const levels = kienGiang2019DossierTable.rows.filter((r) => r.level !== 'all');
const total = kienGiang2019DossierTable.rows.find((r) => r.level === 'all')!;
say('');
say('Cộng theo cấp so với dòng tổng:');
for (const field of ['received', 'resolved', 'onTimeOrEarly', 'late', 'pending'] as const) {
  const s = checkSum({ parts: levels.map((r) => r[field]), total: total[field] });
  const name = { received: 'Tiếp nhận', resolved: 'Đã giải quyết', onTimeOrEarly: 'Đúng hạn', late: 'Quá hạn', pending: 'Đang giải quyết' }[
    field
  ];
  say(
    `  ${name.padEnd(16)} cộng ${formatNumber(s.sum).padStart(9)}  in ${formatNumber(total[field]).padStart(9)}  ${
      s.ok ? 'khớp' : `lệch ${s.difference > 0 ? '+' : ''}${formatNumber(s.difference)}`
    }`,
  );
}

console.log(lines.join('\n'));
