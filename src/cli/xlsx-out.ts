// The workbooks `cchc … --format xlsx` writes: the tally in the report form's layout, findings on their own sheet,
// the dashboard's tables. Numbers are numbers (formats `#,##0`, `0.00%`), headers frozen, widths set, A4 print with
// the header repeated; the only formulas are the sums of the total row (with their values stored beside them); text
// from the input is always text.
import type { AuditFinding } from '../audit/finding.js';
import type { Locale } from '../core/locale.js';
import type { DossierTally } from '../dossier/tally.js';
import type { Ratio } from '../core/ratio.js';
import type { Dashboard } from '../report/dashboard.js';
import { TASK_STATUSES } from '../plan/task-status.js';
import { taskStatusLabel } from '../report/render-dashboard.js';
import { columnName } from '../xlsx/_internal/sheet.js';
import type { XlsxSheetSpec, XlsxWriteCell } from '../xlsx/write.js';
import { tr } from './i18n.js';

const rateValue = (r: Ratio | null | undefined): XlsxWriteCell => (r ? { value: r.value.toNumber(), style: 'percent' } : null);

/** Sum formulas of a total row over rows `first..last` (1-based) for the count columns, with their values. */
function sumCells(values: readonly number[], firstCol: number, first: number, last: number): XlsxWriteCell[] {
  return values.map((v, i) => ({
    formula: `SUM(${columnName(firstCol + i)}${first}:${columnName(firstCol + i)}${last})`,
    value: v,
    style: 'total' as const,
  }));
}

const SEVERITY: Record<AuditFinding['severity'], { vi: string; en: string }> = {
  error: { vi: 'Lỗi', en: 'Error' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  info: { vi: 'Ghi chú', en: 'Note' },
};

/** The findings sheet: severity (styled), code, row (and its Excel row when known), field, message. */
export function findingsSheet(
  findings: readonly AuditFinding[],
  lang: Locale,
  excelRowOf?: (f: AuditFinding) => number | undefined,
): XlsxSheetSpec {
  const t = (vi: string, en: string) => tr(lang, vi, en);
  const header: XlsxWriteCell[] = [
    t('STT', 'No.'),
    t('Mức', 'Severity'),
    t('Mã', 'Code'),
    t('Dòng', 'Row'),
    ...(excelRowOf ? [t('Dòng Excel', 'Excel row')] : []),
    t('Cột', 'Field'),
    t('Nội dung', 'Message'),
  ].map((h) => ({ value: h, style: 'header' as const }));
  const rows: XlsxWriteCell[][] = [[{ value: t('CÁC PHÁT HIỆN KHI KIỂM TRA SỐ LIỆU', 'AUDIT FINDINGS'), style: 'title' }], header];
  findings.forEach((f, i) => {
    const sev = f.severity;
    rows.push([
      i + 1,
      { value: SEVERITY[sev][lang], style: sev },
      f.code,
      f.row === undefined ? null : f.row,
      ...(excelRowOf ? [excelRowOf(f) ?? null] : []),
      f.field ?? null,
      { value: lang === 'en' ? f.messageEn : f.messageVi, style: sev },
    ]);
  });
  if (findings.length === 0) rows.push([null, t('Không có phát hiện nào', 'No findings')]);
  return {
    name: t('Phát hiện', 'Findings'),
    rows,
    columnWidths: excelRowOf ? [6, 11, 26, 22, 10, 26, 90] : [6, 11, 26, 22, 26, 90],
    freeze: { rows: 2 },
    printTitleRows: { from: 2, to: 2 },
    landscape: true,
  };
}

/** The tally of `cchc dossiers` in the report form's layout (Biểu II.06a columns, plus the rates). */
export function tallySheets(
  groups: readonly (readonly [string, DossierTally])[],
  total: DossierTally,
  rates: (t: DossierTally) => { onTime: Ratio | null; late: Ratio | null },
  meta: { readonly groupLabel: string; readonly subtitle: string; readonly notes: readonly string[] },
  lang: Locale,
): XlsxSheetSpec {
  const t = (vi: string, en: string) => tr(lang, vi, en);
  const H = (v: string): XlsxWriteCell => ({ value: v, style: 'header' });
  const counts = (x: DossierTally): number[] => [
    x.received.total,
    x.received.carriedOver,
    x.received.newOnline,
    x.received.newInPerson,
    x.received.newPostal,
    x.resolved.total,
    x.resolved.early,
    x.resolved.onTime,
    x.resolved.late,
    x.pending.total,
    x.pending.withinDue,
    x.pending.overdue,
    x.withdrawnOrReturned,
    x.awaitingSupplement,
  ];
  const width = 2 + 14 + 2;
  const rows: XlsxWriteCell[][] = [
    [{ value: t('KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', 'ADMINISTRATIVE PROCEDURES: RESULTS'), style: 'title' }],
    [meta.subtitle],
    [],
    [
      H(t('STT', 'No.')),
      H(meta.groupLabel),
      H(t('Số hồ sơ nhận giải quyết', 'Dossiers received')),
      H(''),
      H(''),
      H(''),
      H(''),
      H(t('Số hồ sơ đã giải quyết', 'Dossiers resolved')),
      H(''),
      H(''),
      H(''),
      H(t('Số hồ sơ đang giải quyết', 'Dossiers pending')),
      H(''),
      H(''),
      H(t('Rút / trả lại', 'Withdrawn / returned')),
      H(t('Chờ bổ sung', 'Awaiting supplement')),
      H(t('Tỷ lệ đúng hạn', 'On-time rate')),
      H(t('Tỷ lệ trễ hạn', 'Late rate')),
    ],
    [
      H(''),
      H(''),
      H(t('Tổng số', 'Total')),
      H(t('Kỳ trước chuyển qua', 'Carried over')),
      H(t('Mới tiếp nhận trực tuyến', 'New, online')),
      H(t('Mới tiếp nhận trực tiếp', 'New, in person')),
      H(t('Mới tiếp nhận qua bưu chính', 'New, postal')),
      H(t('Tổng số', 'Total')),
      H(t('Trước hạn', 'Early')),
      H(t('Đúng hạn', 'On time')),
      H(t('Quá hạn', 'Late')),
      H(t('Tổng số', 'Total')),
      H(t('Trong hạn', 'Within due')),
      H(t('Quá hạn', 'Overdue')),
      H(''),
      H(''),
      H(''),
      H(''),
    ],
    Array.from({ length: width }, (_, i) => ({ value: `(${i + 1})`, style: 'header' as const })),
  ];
  const first = rows.length + 1;
  groups.forEach(([label, x], i) => {
    const r = rates(x);
    rows.push([i + 1, label, ...counts(x), rateValue(r.onTime), rateValue(r.late)]);
  });
  const last = rows.length;
  const r = rates(total);
  const totalLabel: XlsxWriteCell = { value: t('Tổng cộng', 'Total'), style: 'bold' };
  rows.push([
    null,
    totalLabel,
    ...(groups.length > 0 ? sumCells(counts(total), 2, first, last) : counts(total).map((v) => ({ value: v, style: 'total' as const }))),
    r.onTime ? { value: r.onTime.value.toNumber(), style: 'totalPercent' } : null,
    r.late ? { value: r.late.value.toNumber(), style: 'totalPercent' } : null,
  ]);
  rows.push([]);
  for (const n of meta.notes) rows.push([null, n]);
  return {
    name: t('Tổng hợp', 'Tally'),
    rows,
    columnWidths: [6, 28, 11, 11, 12, 12, 12, 11, 10, 10, 10, 11, 10, 10, 11, 11, 11, 11],
    freeze: { rows: 6, columns: 2 },
    merges: [
      `A1:${columnName(width - 1)}1`,
      `A2:${columnName(width - 1)}2`,
      'A4:A5',
      'B4:B5',
      'C4:G4',
      'H4:K4',
      'L4:N4',
      'O4:O5',
      'P4:P5',
      'Q4:Q5',
      'R4:R5',
    ],
    printTitleRows: { from: 4, to: 6 },
    landscape: true,
  };
}

/** Rejected rows as a sheet (those the report kept). */
export function rejectedSheet(
  rejected: readonly {
    readonly sheet?: string;
    readonly row: number;
    readonly line: number;
    readonly field: string | null;
    readonly code: string;
    readonly message: { readonly vi: string; readonly en: string };
  }[],
  total: number,
  lang: Locale,
): XlsxSheetSpec {
  const t = (vi: string, en: string) => tr(lang, vi, en);
  const withSheet = rejected.some((r) => r.sheet !== undefined);
  const H = (v: string): XlsxWriteCell => ({ value: v, style: 'header' });
  const rows: XlsxWriteCell[][] = [
    [{ value: t(`DÒNG BỊ LOẠI: ${total}`, `REJECTED ROWS: ${total}`), style: 'title' }],
    [
      ...(withSheet ? [H(t('Trang', 'Sheet'))] : []),
      H(t('Dòng', 'Row')),
      H(t('Dòng văn bản', 'Line')),
      H(t('Cột', 'Field')),
      H(t('Mã', 'Code')),
      H(t('Lý do', 'Reason')),
    ],
    ...rejected.map((r) => [
      ...(withSheet ? [r.sheet ?? null] : []),
      r.row,
      r.line,
      r.field,
      r.code,
      { value: r.message[lang], style: 'wrap' as const },
    ]),
  ];
  if (rejected.length < total)
    rows.push([
      t(
        `(${total - rejected.length} mục khác trong tệp dòng bị loại)`,
        `(${total - rejected.length} more entries in the rejected-rows file)`,
      ),
    ]);
  return {
    name: t('Dòng bị loại', 'Rejected rows'),
    rows,
    columnWidths: [...(withSheet ? [18] : []), 8, 8, 16, 24, 80],
    freeze: { rows: 2 },
    landscape: true,
  };
}

/** The dashboard of `cchc report` as sheets: dossiers by level, classes, the plan, the findings. */
export function dashboardSheets(d: Dashboard, lang: Locale): XlsxSheetSpec[] {
  const t = (vi: string, en: string) => tr(lang, vi, en);
  const H = (v: string): XlsxWriteCell => ({ value: v, style: 'header' });
  const sheets: XlsxSheetSpec[] = [];
  const title = (text: string): XlsxWriteCell[] => [{ value: text, style: 'title' }];
  const sources = d.sources
    .map((s) => [s.document, s.date ? `(${s.date.slice(8, 10)}/${s.date.slice(5, 7)}/${s.date.slice(0, 4)})` : ''].join(' ').trim())
    .join('; ');
  if (d.dossiers) {
    const x = d.dossiers;
    const rows: XlsxWriteCell[][] = [
      title(`${d.title} — ${t('Hồ sơ thủ tục hành chính', 'Administrative-procedure dossiers')}${x.period ? ` (${x.period})` : ''}`),
      [sources],
      [
        H(t('Cấp', 'Level')),
        H(t('Tiếp nhận', 'Received')),
        H(t('Đã giải quyết', 'Resolved')),
        H(t('Đúng hạn (gồm trước hạn)', 'On time (incl. early)')),
        H(t('Quá hạn', 'Late')),
        H(t('Đang giải quyết', 'Pending')),
        H(t('Tỷ lệ đúng hạn (tính lại)', 'On-time rate (recomputed)')),
        H(t('Tỷ lệ in trong báo cáo', 'Rate as printed')),
        H(t('Số lỗi', 'Errors')),
      ],
      ...x.rows.map((r) => [
        r.label,
        r.received,
        r.resolved,
        r.onTimeOrEarly,
        r.late,
        r.pending,
        rateValue(r.onTimeRate),
        r.printedOnTimeRate?.text ?? null,
        r.findings.filter((f) => f.severity === 'error').length,
      ]),
      [],
      [t('Tỷ lệ đúng hạn = (trước hạn + đúng hạn) / đã giải quyết.', 'On-time rate = (early + on time) / resolved.')],
    ];
    if (x.targetPercent !== null) rows.push([t(`Chỉ tiêu: ${x.targetPercent}%`, `Target: ${x.targetPercent}%`)]);
    sheets.push({
      name: t('Hồ sơ TTHC', 'Dossiers'),
      rows,
      columnWidths: [26, 12, 13, 14, 10, 14, 14, 14, 8],
      freeze: { rows: 3, columns: 1 },
      printTitleRows: { from: 3, to: 3 },
      landscape: true,
    });
  }
  if (d.classes) {
    const c = d.classes;
    sheets.push({
      name: t('Xếp loại', 'Classes'),
      rows: [
        title(c.title ?? t('Xếp loại Chỉ số CCHC', 'PAR INDEX classes')),
        [H(t('Loại', 'Class')), H(t('Số đơn vị', 'Units')), H(t('Tỷ lệ', 'Share')), H(t('Tỷ lệ in trong báo cáo', 'Share as printed'))],
        ...c.rows.map((r) => [
          r.className,
          r.count,
          { value: r.sharePercent.toNumber() / 100, style: 'percent' as const },
          r.printedShare?.text ?? null,
        ]),
        [
          { value: t('Tổng', 'Total'), style: 'bold' },
          { formula: `SUM(B3:B${2 + c.rows.length})`, value: c.total, style: 'total' },
        ],
      ],
      columnWidths: [22, 12, 10, 18],
      freeze: { rows: 2 },
    });
  }
  if (d.plan) {
    const p = d.plan;
    const statuses = TASK_STATUSES.map((s) => taskStatusLabel(s, { locale: lang }));
    const noResults = p.bySection.tasks.filter((x) => (x.task.progress ?? []).length === 0).length;
    const table = (groups: typeof p.bySection.groups, first: string): XlsxWriteCell[][] => [
      [H(first), H(t('Tổng', 'Total')), ...statuses.map(H), H(t('Hoàn thành', 'Completion'))],
      ...[...groups, { ...p.bySection.total, label: t('Toàn kế hoạch', 'Whole plan') }].map((g) => [
        g.label,
        g.counts.total,
        ...TASK_STATUSES.map((s) => g.counts[s]),
        rateValue(g.completion),
      ]),
    ];
    const bySection = table(p.bySection.groups, t('Mục', 'Section'));
    sheets.push({
      name: t('Kế hoạch', 'Plan'),
      rows: [
        title(`${t('Kế hoạch', 'Plan')} ${p.number}`),
        [p.title],
        [
          t(
            `${noResults}/${p.bySection.total.counts.total} nhiệm vụ chưa có kết quả được ghi nhận; "Quá hạn" tính các nhiệm vụ đã qua hạn mà chưa ghi nhận hoàn thành.`,
            `${noResults}/${p.bySection.total.counts.total} tasks have no recorded result; "Overdue" counts tasks past their due date with no recorded completion.`,
          ),
        ],
        [],
        ...bySection,
        [],
        ...table(p.byLead.groups, t('Cơ quan chủ trì', 'Lead agency')),
      ],
      columnWidths: [40, 8, 12, 12, 12, 12, 12, 12, 12],
      freeze: { rows: 5, columns: 1 },
      landscape: true,
    });
  }
  sheets.push(findingsSheet(d.findings, lang));
  return sheets;
}
