import type { AuditFinding } from '../audit/finding.js';
import { summarizeFindings } from '../audit/finding.js';
import { formatNumber } from '../core/format-number.js';
import { formatPercent, formatPercentPoints } from '../core/format-percent.js';
import { checkLocale, type Locale } from '../core/locale.js';
import { fail, show } from '../core/errors.js';
import type { PlanProgress } from '../plan/plan-progress.js';
import { TASK_STATUSES, type TaskStatus } from '../plan/task-status.js';
import { checkDashboard, type Dashboard } from './dashboard.js';
import { renderMarkdown, renderText, type TextTable } from './_internal/table.js';

/**
 * A block of a rendered report (khối nội dung): what the text, Markdown and HTML renderings share. Charts are not
 * blocks; they come from {@link dashboardCharts} and a renderer places them after the section they belong to
 * (`chart` names the chart id).
 */
export type ReportBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2; readonly text: string; readonly chart?: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'table'; readonly table: TextTable }
  | { readonly kind: 'list'; readonly items: readonly { readonly text: string; readonly tone?: 'error' | 'warning' | 'info' }[]; readonly ordered?: boolean };

/** Options of {@link renderDashboard}. */
export interface RenderDashboardOptions {
  /** `text` (default): aligned plain text for a terminal; `markdown`: GitHub Markdown (cells escaped for spreadsheets). */
  readonly format?: 'text' | 'markdown';
  /** Language of labels and number notation: `vi` (default) or `en`. */
  readonly locale?: Locale;
}

const STATUS_LABELS: Record<TaskStatus, { vi: string; en: string }> = {
  'not-due': { vi: 'Chưa đến hạn', en: 'Not due' },
  'due-soon': { vi: 'Sắp đến hạn', en: 'Due soon' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  'done-on-time': { vi: 'Xong đúng hạn', en: 'Done on time' },
  'done-late': { vi: 'Xong trễ hạn', en: 'Done late' },
  continuous: { vi: 'Thường xuyên', en: 'Continuous' },
};

/**
 * Label of a plan task status in a language.
 *
 * @example
 * ```ts
 * import { taskStatusLabel } from 'cchc';
 * taskStatusLabel('overdue'); // 'Quá hạn'
 * taskStatusLabel('overdue', 'en'); // 'Overdue'
 * ```
 */
export function taskStatusLabel(status: TaskStatus, locale: Locale = 'vi'): string {
  return STATUS_LABELS[status][locale];
}

const VERDICT: Record<string, { vi: string; en: string }> = {
  rounded: { vi: 'đúng', en: 'correct' },
  truncated: { vi: 'cắt bớt', en: 'truncated' },
  inconsistent: { vi: 'SAI', en: 'WRONG' },
};

const SEVERITY: Record<AuditFinding['severity'], { vi: string; en: string }> = {
  error: { vi: 'LỖI', en: 'ERROR' },
  warning: { vi: 'CẢNH BÁO', en: 'WARNING' },
  info: { vi: 'GHI CHÚ', en: 'NOTE' },
};

const viDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * Write a {@link Dashboard} as plain text or Markdown, in Vietnamese (default) or English. Numbers use the locale's
 * notation ("639.677", "99,50%"); rates are rounded half-up at 2 decimals for display only.
 *
 * @example
 * ```ts
 * import { buildDashboard, renderDashboard } from 'cchc';
 * const d = buildDashboard({ title: 'Tỉnh X', asOf: '2019-12-31', classes: { rows: [{ className: 'Tốt', count: 3 }, { className: 'Khá', count: 1 }] } });
 * renderDashboard(d).includes('75,00%'); // true
 * renderDashboard(d, { format: 'markdown', locale: 'en' }).includes('| Tốt | 3 | 75.00% |'); // true
 * ```
 */
export function renderDashboard(dashboard: Dashboard, options: RenderDashboardOptions = {}): string {
  const format = options.format ?? 'text';
  if (format !== 'text' && format !== 'markdown') {
    fail('INVALID_INPUT', ['format'], `Định dạng không hợp lệ: ${show(format)} (dùng 'text' hoặc 'markdown')`, `Unknown format ${show(format)} (use 'text' or 'markdown')`, format);
  }
  const md = format === 'markdown';
  const out: string[] = [];
  for (const b of dashboardBlocks(dashboard, options.locale === undefined ? {} : { locale: options.locale })) {
    switch (b.kind) {
      case 'heading':
        if (b.level === 1) out.push(md ? `# ${b.text}` : `${b.text}\n${'='.repeat([...b.text].length)}`);
        else out.push('', md ? `## ${b.text}` : `${b.text}\n${'-'.repeat([...b.text].length)}`);
        break;
      case 'paragraph':
        out.push('', b.text);
        break;
      case 'table':
        out.push('', md ? renderMarkdown(b.table) : renderText(b.table));
        break;
      case 'list':
        out.push('', ...b.items.map((it, i) => (b.ordered ? `${md ? `${i + 1}.` : `${String(i + 1).padStart(3)}.`} ${it.text}` : md ? `- ${it.text}` : `  • ${it.text}`)));
        break;
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * The content of a {@link Dashboard} as blocks (headings, paragraphs, tables, lists) in one language, for renderers
 * other than text and Markdown (the CLI's HTML page uses it).
 *
 * @example
 * ```ts
 * import { buildDashboard, dashboardBlocks } from 'cchc';
 * const d = buildDashboard({ title: 'Tỉnh X', asOf: '2019-12-31', classes: { rows: [{ className: 'Tốt', count: 3 }] } });
 * dashboardBlocks(d)[0]; // { kind: 'heading', level: 1, text: 'Tỉnh X' }
 * ```
 */
export function dashboardBlocks(dashboard: Dashboard, options: { readonly locale?: Locale } = {}): ReportBlock[] {
  const d = checkDashboard(dashboard);
  const locale = checkLocale(options.locale ?? 'vi');
  const t = (vi: string, en: string) => (locale === 'en' ? en : vi);
  const n = (v: number | null) => (v === null ? '—' : formatNumber(v, { locale }));
  const out: ReportBlock[] = [];
  const h1 = (text: string) => out.push({ kind: 'heading', level: 1, text });
  const h2 = (text: string, chart?: string) => out.push(chart ? { kind: 'heading', level: 2, text, chart } : { kind: 'heading', level: 2, text });
  const p = (text: string) => out.push({ kind: 'paragraph', text });
  const table = (tb: TextTable) => out.push({ kind: 'table', table: tb });
  const list = (items: readonly string[]) => out.push({ kind: 'list', items: items.map((text) => ({ text })) });
  const finding = (f: AuditFinding) => `[${SEVERITY[f.severity][locale]}] ${locale === 'en' ? f.messageEn : f.messageVi}`;
  const date = (iso: string) => (locale === 'en' ? iso : viDate(iso));

  h1(d.title);
  p(t(`Ngày tổng hợp: ${date(d.asOf)}`, `As of: ${date(d.asOf)}`) + (d.source ? t(` — Nguồn: ${d.source}`, ` — Source: ${d.source}`) : ''));

  if (d.dossiers) {
    h2(t('Hồ sơ thủ tục hành chính', 'Administrative-procedure dossiers') + (d.dossiers.period ? ` (${d.dossiers.period})` : ''), 'on-time-by-level');
    const onTime = (r: (typeof d.dossiers.rows)[number]) => (r.onTimeRate ? formatPercent(r.onTimeRate, { locale }) : '—');
    table({
      header: [
        t('Cấp', 'Level'),
        t('Tiếp nhận', 'Received'),
        t('Đã giải quyết', 'Resolved'),
        t('Đúng hạn', 'On time'),
        t('Quá hạn', 'Late'),
        t('Đang giải quyết', 'Pending'),
        t('Tỷ lệ đúng hạn', 'On-time rate'),
        t('In', 'Printed'),
        t('Kiểm tra', 'Check'),
      ],
      rows: d.dossiers.rows.map((r) => {
        const errors = r.findings.filter((f) => f.severity === 'error').length;
        const check = [
          r.printedOnTimeRate ? VERDICT[r.printedOnTimeRate.verdict]![locale] : '',
          errors > 0 ? t(`${errors} lỗi`, `${errors} error${errors > 1 ? 's' : ''}`) : '',
        ]
          .filter(Boolean)
          .join('; ');
        return [r.label, n(r.received), n(r.resolved), n(r.onTimeOrEarly), n(r.late), n(r.pending), onTime(r), r.printedOnTimeRate?.text ?? '—', check];
      }),
      align: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
    });
    p(t('Tỷ lệ đúng hạn = (trước hạn + đúng hạn) / đã giải quyết, làm tròn 2 chữ số.', 'On-time rate = (early + on time) / resolved, rounded to 2 decimals.'));
    if (d.dossiers.target !== null) p(t(`Chỉ tiêu: ${formatPercentPoints(d.dossiers.target, { locale, decimals: 0 })}.`, `Target: ${formatPercentPoints(d.dossiers.target, { locale, decimals: 0 })}.`));
    if (d.dossiers.findings.length > 0) {
        p(t('Kiểm tra bảng số liệu:', 'Table audit:'));
      list(d.dossiers.findings.map(finding));
    }
  }

  if (d.classes) {
    h2((d.classes.title ?? t('Xếp loại Chỉ số CCHC', 'PAR INDEX classes')) + t(` (${d.classes.total} đơn vị)`, ` (${d.classes.total} units)`), 'classes');
    table({
      header: [t('Loại', 'Class'), t('Số đơn vị', 'Units'), t('Tỷ lệ', 'Share'), t('In', 'Printed'), t('Kiểm tra', 'Check')],
      rows: d.classes.rows.map((r) => [
        r.className,
        n(r.count),
        formatPercentPoints(r.share, { locale }),
        r.printedShare?.text ?? '—',
        r.printedShare ? VERDICT[r.printedShare.verdict]![locale] : '',
      ]),
      align: ['left', 'right', 'right', 'right', 'left'],
    });
    p(t('Tỷ lệ làm tròn 2 chữ số theo phương pháp phần dư lớn nhất (tổng đúng 100%).', 'Shares at 2 decimals by largest remainder (they add up to exactly 100%).'));
  }

  if (d.plan) {
    const plan = d.plan;
    const progressTable = (pp: PlanProgress, first: string): TextTable => ({
      header: [first, t('Tổng', 'Total'), ...TASK_STATUSES.map((s) => STATUS_LABELS[s][locale]), t('Hoàn thành', 'Completion')],
      rows: [...pp.groups, { ...pp.total, label: t('Toàn kế hoạch', 'Whole plan') }].map((g) => [
        g.label,
        n(g.counts.total),
        ...TASK_STATUSES.map((s) => n(g.counts[s])),
        g.completion ? formatPercent(g.completion, { locale }) : '—',
      ]),
      align: ['left', 'right', ...TASK_STATUSES.map(() => 'right' as const), 'right'],
    });
    h2(t(`Kế hoạch ${plan.number}: tình trạng ngày ${date(d.asOf)}`, `Plan ${plan.number}: status on ${date(d.asOf)}`), 'plan-by-lead');
    p(plan.title);
    table(progressTable(plan.bySection, t('Mục', 'Section')));
    table(progressTable(plan.byLead, t('Cơ quan chủ trì', 'Lead agency')));
    p(
      t(
        'Nhiệm vụ chưa ghi nhận hoàn thành được tính là quá hạn khi đã qua hạn; nhiệm vụ chỉ "thực hiện thường xuyên" không tính vào tỷ lệ hoàn thành.',
        'A task with no recorded completion counts as overdue once its due date has passed; tasks that are only "ongoing" are left out of the completion rate.',
      ),
    );
  }

  if (d.units || d.disbursement || d.streamlining) {
    h2(t('Tiến độ so với mục tiêu', 'Progress against targets'));
    const items: string[] = [];
    if (d.units) {
      const u = d.units;
      const of = u.reduction.progress?.ofTarget;
      items.push(
        t(
          `Đơn vị sự nghiệp công lập: các trường hợp liệt kê giảm ${n(u.reduction.net)} đơn vị${u.printedNet !== null && u.printedNet !== u.reduction.net ? ` (báo cáo in ${n(u.printedNet)})` : ''}${
            of ? `, đạt ${formatPercent(of, { locale })} mục tiêu ${n(u.reduction.progress!.target)} đơn vị` : ''
          }${u.pace ? `; theo lộ trình tuyến tính cần khoảng ${formatNumber(u.pace.expected, { locale, decimals: 1 })} đơn vị (${u.pace.onTrack ? 'đúng tiến độ' : 'chậm tiến độ'})` : ''}.`,
          `Public service units: the listed cases reduce ${n(u.reduction.net)} units${u.printedNet !== null && u.printedNet !== u.reduction.net ? ` (the report prints ${n(u.printedNet)})` : ''}${
            of ? `, ${formatPercent(of, { locale })} of the target of ${n(u.reduction.progress!.target)}` : ''
          }${u.pace ? `; a linear path expects about ${formatNumber(u.pace.expected, { locale, decimals: 1 })} (${u.pace.onTrack ? 'on track' : 'behind'})` : ''}.`,
        ),
      );
    }
    if (d.disbursement) {
      const r = d.disbursement.result;
      const unit = d.disbursement.unit ? ` ${d.disbursement.unit}` : '';
      const when = d.disbursement.asOf ? t(` đến ${date(d.disbursement.asOf)}`, ` by ${date(d.disbursement.asOf)}`) : '';
      items.push(
        t(
          `Giải ngân vốn đầu tư công: ${formatNumber(r.disbursed, { locale })}/${formatNumber(r.plan, { locale })}${unit} = ${formatPercent(r.rate, { locale })}${when}; mục tiêu ${r.target!.percent}%${r.target!.comparable ? '' : ' (tính trên kế hoạch Thủ tướng giao, không so sánh trực tiếp được)'}.`,
          `Public investment disbursed: ${formatNumber(r.disbursed, { locale })}/${formatNumber(r.plan, { locale })}${unit} = ${formatPercent(r.rate, { locale })}${when}; target ${r.target!.percent}%${r.target!.comparable ? '' : ' (stated against the PM-assigned plan, not directly comparable)'}.`,
        ),
      );
    }
    if (d.streamlining) {
      const s = d.streamlining.progress;
      const when = d.streamlining.asOf ? t(` (đến ${date(d.streamlining.asOf)})`, ` (by ${date(d.streamlining.asOf)})`) : '';
      items.push(
        t(
          `Tinh giản biên chế${when}: giảm ${n(s.achieved)}/${n(s.base)} = ${formatPercent(s.ofBase, { locale })} biên chế gốc, đạt ${s.ofTarget ? formatPercent(s.ofTarget, { locale }) : '—'} mục tiêu ${n(s.target)}${
            d.streamlining.pace ? `; ${d.streamlining.pace.onTrack ? 'đúng' : 'chậm'} tiến độ tuyến tính` : ''
          }${d.streamlining.source ? ` — nguồn: ${d.streamlining.source}` : ''}.`,
          `Staff streamlining${when}: ${n(s.achieved)}/${n(s.base)} = ${formatPercent(s.ofBase, { locale })} of the base, ${s.ofTarget ? formatPercent(s.ofTarget, { locale }) : '—'} of the target of ${n(s.target)}${
            d.streamlining.pace ? `; ${d.streamlining.pace.onTrack ? 'on' : 'behind'} the linear path` : ''
          }${d.streamlining.source ? ` — source: ${d.streamlining.source}` : ''}.`,
        ),
      );
    }
    list(items);
  }

  if (d.findings.length > 0) {
    const s = summarizeFindings(d.findings);
    h2(t(`Kiểm tra số liệu báo cáo: ${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.infos} ghi chú`, `Report audit: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} notes`));
    out.push({ kind: 'list', ordered: true, items: d.findings.map((f) => ({ text: finding(f), tone: f.severity })) });
  }
  return out;
}
