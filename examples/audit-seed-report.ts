/**
 * Audit Kiên Giang's 2019 CCHC report (Báo cáo 389/BC-UBND, 09/12/2019) and print what a careful reader finds, in
 * Vietnamese, followed by the progress figures recomputed from the report.
 *
 * Run: `npx tsx examples/audit-seed-report.ts`
 */
import {
  auditReport,
  disbursementRate,
  DISBURSEMENT_TARGET_95,
  evaluateIndicator,
  evaluateIndicatorByLevel,
  formatNumber,
  formatPercent,
  getIndicator,
  getNationalTarget,
  getReportFigure,
  isDossierTableFinding,
  sortFindings,
  streamliningPace,
  streamliningProgress,
  summarizeFindings,
  unitReduction,
} from 'cchc';
import { kienGiang2019Report, kienGiang2019UnitEvents, kienGiangStreamlining2019 } from 'cchc/datasets';

const lines: string[] = [];
const say = (s = '') => lines.push(s);
const fig = (id: string) => getReportFigure(kienGiang2019Report, id).value;

// 1. The audit
const findings = auditReport(kienGiang2019Report);
const own = findings.filter((f) => !isDossierTableFinding(f));
const summary = summarizeFindings(own);
const SEVERITY = { error: 'LỖI', warning: 'CẢNH BÁO', info: 'GHI CHÚ' } as const;

say(`Kiểm tra số liệu: ${kienGiang2019Report.title.vi}`);
say(
  `(${kienGiang2019Report.documentNumber}, ${kienGiang2019Report.issuer}, ngày ${kienGiang2019Report.date.split('-').reverse().join('/')})`,
);
say();
say(`Kết quả: ${summary.errors} lỗi, ${summary.warnings} cảnh báo, ${summary.infos} ghi chú (không kể bảng hồ sơ TTHC).`);
say();
sortFindings(own).forEach((f, i) => {
  say(`${String(i + 1).padStart(2)}. [${SEVERITY[f.severity]}] ${f.message.vi}`);
});
const dossier = findings.filter((f) => isDossierTableFinding(f));
say();
say(`Bảng hồ sơ TTHC (§II.2.2, kiểm tra bằng auditDossierTable): ${dossier.length} phát hiện.`);
sortFindings(dossier).forEach((f, i) => say(`${String(i + 1).padStart(2)}. [${SEVERITY[f.severity]}] ${f.message.vi}`));

// 2. Progress figures, recomputed
say();
say('Tiến độ tính lại từ số liệu của báo cáo');
say();
const units = unitReduction(kienGiang2019UnitEvents, { target: fig('II.3.units-target') });
say(
  `- Đơn vị sự nghiệp: các trường hợp liệt kê giảm ${units.net} đơn vị (báo cáo in ${fig('II.3.units-cut')}), ` +
    `đạt ${formatPercent(units.progress!.ofTarget!, { decimals: 0 })} lộ trình ${fig('II.3.units-target')} đơn vị đến năm 2021.`,
);
const pace = streamliningPace({
  target: fig('II.3.units-target'),
  achieved: fig('II.3.units-cut'),
  start: '2015-12-31',
  end: '2021-12-31',
  asOf: kienGiang2019Report.date,
});
say(
  `  Theo lộ trình tuyến tính 2016–2021, đến ngày báo cáo cần giảm khoảng ${formatNumber(pace.expected, { decimals: 1 })} đơn vị: ` +
    `${pace.onTrack ? 'đúng tiến độ' : `chậm ${formatNumber(pace.gap.neg(), { decimals: 1 })} đơn vị`}.`,
);
const plan = fig('II.5.1.plan');
const disbursed = disbursementRate({
  disbursed: fig('II.5.1.disbursed'),
  plan,
  planKind: 'province-assigned',
  target: DISBURSEMENT_TARGET_95,
});
const estimate = disbursementRate({ disbursed: fig('II.5.1.estimate'), plan, planKind: 'province-assigned' });
say(
  `- Giải ngân: ${formatNumber(fig('II.5.1.disbursed'))}/${formatNumber(plan)} tỷ đồng = ${formatPercent(disbursed.rate)} đến 30/11/2019; ` +
    `ước cả năm ${formatPercent(estimate.rate)} (mục tiêu quốc gia ${DISBURSEMENT_TARGET_95.percent}% tính trên kế hoạch Thủ tướng giao).`,
);
const staff = kienGiangStreamlining2019.total;
const streamlined = streamliningProgress({ base: staff.base2015, target: staff.target2021, achieved: staff.cut['2019-09-30']! });
say(
  `- Tinh giản biên chế: báo cáo in "${fig('II.3.streamlined')} trường hợp, đạt 5,93%" mà không in mẫu số; theo Cổng TTĐT tỉnh (09/2019), ` +
    `đã giảm ${formatNumber(streamlined.achieved)}/${formatNumber(streamlined.base)} biên chế năm 2015 = ${formatPercent(streamlined.ofBase)}, ` +
    `đạt ${formatPercent(streamlined.ofTarget!)} chỉ tiêu ${formatNumber(streamlined.target)} đến năm 2021.`,
);
const oneStop = evaluateIndicatorByLevel(getIndicator('one-stop-coverage'), {
  province: { numerator: fig('II.2.2.one-stop-province'), denominator: fig('II.2.2.one-stop-province-of') },
  district: { numerator: fig('II.2.2.one-stop-district'), denominator: fig('II.2.2.one-stop-district-of') },
  commune: { numerator: fig('II.2.2.one-stop-commune'), denominator: fig('II.2.2.one-stop-commune-of') },
});
say(`- Một cửa: cấp tỉnh ${oneStop.province!.text}, cấp huyện ${oneStop.district!.text}, cấp xã ${oneStop.commune!.text}.`);
const inspected = evaluateIndicator(getIndicator('inspection-coverage'), {
  numerator: fig('I.2.inspected-departments') + fig('I.2.inspected-districts'),
  denominator: fig('I.1.par-units'),
});
say(`- ${inspected.summaryVi}.`);
const online = evaluateIndicator(
  getIndicator('online-services-level-3-4'),
  { numerator: fig('II.6.1a.online-level-3') + fig('II.6.1a.online-level-4'), denominator: fig('II.2.1.procedures') },
  { asOf: kienGiang2019Report.date, target: getNationalTarget('76-online-level-3-4-2025').target },
);
say(`- ${online.summaryVi} (chỉ tiêu năm 2025 của Nghị quyết 76/NQ-CP).`);

console.log(lines.join('\n'));
