import type { Decimal } from 'decimal.js';
import type { AuditFinding } from '../audit/finding.js';
import { summarizeFindings } from '../audit/finding.js';
import { CchcError, issue, show } from '../core/errors.js';
import { formatNumber } from '../core/format-number.js';
import { formatPercent, formatPercentPoints } from '../core/format-percent.js';
import type { Locale } from '../core/locale.js';
import type { SourceRef } from '../core/source-ref.js';
import { suggestKey } from '../core/suggest.js';
import * as vi from '../core/messages/vi/report.js';
import * as en from '../core/messages/en/report.js';
import type { PlanProgress } from '../plan/plan-progress.js';
import { TASK_STATUSES, type TaskStatus } from '../plan/task-status.js';
import { checkDashboard, type Dashboard } from './dashboard.js';
import { DashboardOptionsSchema, RenderDashboardOptionsSchema } from './schemas.js';
import { inlineText, markdownText } from './_internal/sanitize.js';
import { renderMarkdown, renderText, type TextTable } from './_internal/table.js';

/** In the dashboard's plan tables and chart, `overdue` is said as what it is: past due with no result recorded. @internal */
export const PLAN_OVERDUE_LABEL = Object.freeze({ vi: 'Quá hạn, chưa ghi nhận kết quả', en: 'Past due, no result recorded' });
const planStatusLabel = (s: TaskStatus, locale: Locale): string =>
  s === 'overdue' ? PLAN_OVERDUE_LABEL[locale] : STATUS_LABELS[s][locale];

/** PAR INDEX classes in English (the class names of the Vietnamese methodology); other labels stay as printed. */
const CLASS_NAMES_EN: Readonly<Record<string, string>> = Object.freeze({
  'xuất sắc': 'Excellent',
  tốt: 'Good',
  khá: 'Fair',
  'trung bình': 'Average',
  yếu: 'Weak',
  kém: 'Poor',
});
/** A class name for the page: in English, the English name with the printed one after it ("Good (Tốt)"). @internal */
export function classNameFor(name: string, locale: Locale): string {
  if (locale !== 'en') return name;
  const en = CLASS_NAMES_EN[name.normalize('NFC').trim().toLowerCase()];
  return en === undefined ? name : `${en} (${name})`;
}

/**
 * A block of a rendered report (khối nội dung): what the text, Markdown and HTML renderings share. Charts are not
 * blocks; they come from {@link dashboardCharts} and a renderer places them after the section they belong to
 * (`chart` names the chart id). Text from the data (labels, titles, findings) is on one line, with control characters
 * and terminal escape sequences made harmless; an HTML renderer must still escape it.
 *
 * @example
 * ```ts
 * import type { ReportBlock } from 'cchc';
 * const b: ReportBlock = { kind: 'heading', level: 1, text: 'Tỉnh X' };
 * ```
 *
 * @category Reports
 */
export type ReportBlock =
  | { readonly kind: 'heading'; readonly level: 1 | 2; readonly text: string; readonly chart?: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'table'; readonly table: TextTable }
  | {
      readonly kind: 'list';
      readonly items: readonly { readonly text: string; readonly tone?: 'error' | 'warning' | 'info' }[];
      readonly ordered?: boolean;
    };

/**
 * Options of {@link dashboardBlocks}, {@link dashboardCharts} and {@link taskStatusLabel}: the language.
 *
 * @example
 * ```ts
 * import type { DashboardOptions } from 'cchc';
 * const o: DashboardOptions = { locale: 'en' };
 * ```
 *
 * @category Reports
 */
export interface DashboardOptions {
  /** Language of labels and number notation: `vi` (default) or `en`. */
  readonly locale?: Locale;
}

/**
 * Options of {@link renderDashboard}.
 *
 * @example
 * ```ts
 * import type { RenderDashboardOptions } from 'cchc';
 * const o: RenderDashboardOptions = { format: 'markdown', locale: 'en' };
 * ```
 *
 * @category Reports
 */
export interface RenderDashboardOptions {
  /** `text` (default): aligned plain text for a terminal; `markdown`: GitHub Markdown (cells escaped for spreadsheets). */
  readonly format?: 'text' | 'markdown';
  /** Language of labels and number notation: `vi` (default) or `en`. */
  readonly locale?: Locale;
}

const STATUS_LABELS: Readonly<Record<TaskStatus, { readonly vi: string; readonly en: string }>> = Object.freeze({
  'not-due': Object.freeze({ vi: 'Chưa đến hạn', en: 'Not due' }),
  'due-soon': Object.freeze({ vi: 'Sắp đến hạn', en: 'Due soon' }),
  overdue: Object.freeze({ vi: 'Quá hạn', en: 'Overdue' }),
  'done-on-time': Object.freeze({ vi: 'Xong đúng hạn', en: 'Done on time' }),
  'done-late': Object.freeze({ vi: 'Xong trễ hạn', en: 'Done late' }),
  continuous: Object.freeze({ vi: 'Thường xuyên', en: 'Continuous' }),
});

/**
 * Label of a plan task status in a language (`{ locale }`, default Vietnamese). The 0.1 form with the locale as a
 * second argument (`taskStatusLabel('overdue', 'en')`) still works.
 *
 * @throws {@link CchcError} `INVALID_INPUT` for an unknown status (with a suggestion) or bad options.
 * @example
 * ```ts
 * import { taskStatusLabel } from 'cchc';
 * taskStatusLabel('overdue'); // 'Quá hạn'
 * taskStatusLabel('overdue', { locale: 'en' }); // 'Overdue'
 * ```
 *
 * @category Reports
 */
export function taskStatusLabel(status: TaskStatus, options?: DashboardOptions | Locale): string {
  // 0.1: the locale as a string (deprecated).
  const o =
    typeof options === 'string'
      ? DashboardOptionsSchema.parse({ locale: options }, { path: ['options'] })
      : DashboardOptionsSchema.parse(options === undefined ? {} : options, { path: ['options'] });
  if (typeof status !== 'string' || !Object.hasOwn(STATUS_LABELS, status)) {
    const p = { received: show(status), suggestion: typeof status === 'string' ? (suggestKey(status, TASK_STATUSES) ?? '') : '' };
    throw new CchcError(issue('INVALID_INPUT', ['status'], vi.INVALID_INPUT__taskStatus(p), en.INVALID_INPUT__taskStatus(p), status));
  }
  return STATUS_LABELS[status][o.locale ?? 'vi'];
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

/** A citation as one line: the document, its article and date. */
function citation(x: SourceRef, locale: Locale): string {
  const date = x.date ? (locale === 'en' ? `of ${x.date}` : `ngày ${viDate(x.date)}`) : undefined;
  return [[x.document, x.article].filter((v) => v !== undefined && v !== '').join(', '), date].filter((v) => v !== undefined).join(' ');
}

/**
 * Write a {@link Dashboard} as plain text or Markdown, in Vietnamese (default) or English. Numbers use the locale's
 * notation ("639.677", "99,50%"); rates are rounded half-up at 2 decimals for display only.
 *
 * @example
 * ```ts
 * import { buildDashboard, renderDashboard } from 'cchc';
 * const d = buildDashboard({ title: 'Tỉnh X', asOf: '2019-12-31', classes: { rows: [{ className: 'Tốt', count: 3 }, { className: 'Khá', count: 1 }] } });
 * renderDashboard(d).includes('75,00%'); // true
 * renderDashboard(d, { format: 'markdown', locale: 'en' }).includes('| Good (Tốt) | 3 | 75.00% |'); // true (the class named in English, the printed name beside it)
 * ```
 *
 * @category Reports
 */
export function renderDashboard(dashboard: Dashboard, options: RenderDashboardOptions = {}): string {
  const o = RenderDashboardOptionsSchema.parse(options, { path: ['options'] });
  const md = o.format === 'markdown';
  // Text from the data is on one line and free of control characters (dashboardBlocks); Markdown also gets no raw
  // HTML or links from it.
  const txt = md ? markdownText : inlineText;
  const out: string[] = [];
  for (const b of dashboardBlocks(dashboard, o.locale === undefined ? {} : { locale: o.locale })) {
    switch (b.kind) {
      case 'heading': {
        const text = txt(b.text);
        if (b.level === 1) out.push(md ? `# ${text}` : `${text}\n${'='.repeat([...text].length)}`);
        else out.push('', md ? `## ${text}` : `${text}\n${'-'.repeat([...text].length)}`);
        break;
      }
      case 'paragraph':
        out.push('', txt(b.text));
        break;
      case 'table':
        out.push('', md ? renderMarkdown(b.table) : renderText(b.table));
        break;
      case 'list':
        out.push(
          '',
          ...b.items.map((it, i) =>
            b.ordered
              ? `${md ? `${i + 1}.` : `${String(i + 1).padStart(3)}.`} ${txt(it.text)}`
              : md
                ? `- ${txt(it.text)}`
                : `  • ${txt(it.text)}`,
          ),
        );
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
 *
 * @category Reports
 */
export function dashboardBlocks(dashboard: Dashboard, options: DashboardOptions = {}): ReportBlock[] {
  const o = DashboardOptionsSchema.parse(options, { path: ['options'] });
  const d = checkDashboard(dashboard);
  const locale = o.locale ?? 'vi';
  // Every text that comes from the data goes through inlineText: one line, no control characters.
  const data = inlineText;
  const t = (vi: string, en: string) => (locale === 'en' ? en : vi);
  const n = (v: number | null) => (v === null ? '—' : formatNumber(v, { locale }));
  const out: ReportBlock[] = [];
  const h1 = (text: string) => out.push({ kind: 'heading', level: 1, text: data(text) });
  const h2 = (text: string, chart?: string) =>
    out.push(chart ? { kind: 'heading', level: 2, text, chart } : { kind: 'heading', level: 2, text });
  const p = (text: string) => out.push({ kind: 'paragraph', text });
  const table = (tb: TextTable) => out.push({ kind: 'table', table: tb });
  const list = (items: readonly string[]) => out.push({ kind: 'list', items: items.map((text) => ({ text })) });
  const finding = (f: AuditFinding) => `[${SEVERITY[f.severity][locale]}] ${data(f.message[locale])}`;
  const date = (iso: string) => (locale === 'en' ? iso : viDate(iso));

  h1(d.title);
  const cited = d.sources.map((x) => data(citation(x, locale))).join('; ');
  p(t(`Ngày tổng hợp: ${date(d.asOf)}`, `As of: ${date(d.asOf)}`) + (cited ? t(` — Nguồn: ${cited}`, ` — Source: ${cited}`) : ''));

  if (d.dossiers) {
    h2(
      t('Hồ sơ thủ tục hành chính', 'Administrative-procedure dossiers') + (d.dossiers.period ? ` (${data(d.dossiers.period)})` : ''),
      'on-time-by-level',
    );
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
        return [
          data(r.label),
          n(r.received),
          n(r.resolved),
          n(r.onTimeOrEarly),
          n(r.late),
          n(r.pending),
          onTime(r),
          r.printedOnTimeRate ? data(r.printedOnTimeRate.text) : '—',
          check,
        ];
      }),
      align: ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
    });
    p(
      t(
        'Tỷ lệ đúng hạn = (trước hạn + đúng hạn) / đã giải quyết, làm tròn 2 chữ số.',
        'On-time rate = (early + on time) / resolved, rounded to 2 decimals.',
      ),
    );
    const target = d.dossiers.targetPercent;
    if (target !== null)
      p(
        t(
          `Chỉ tiêu: ${formatPercentPoints(target, { locale, decimals: 0 })}.`,
          `Target: ${formatPercentPoints(target, { locale, decimals: 0 })}.`,
        ),
      );
    if (d.dossiers.findings.length > 0) {
      p(t('Kiểm tra bảng số liệu:', 'Table audit:'));
      out.push({ kind: 'list', items: d.dossiers.findings.map((f) => ({ text: finding(f), tone: f.severity })) });
    }
  }

  if (d.classes) {
    h2(
      (d.classes.title !== null ? data(d.classes.title) : t('Xếp loại Chỉ số CCHC', 'PAR INDEX classes')) +
        t(` (${d.classes.total} đơn vị)`, ` (${d.classes.total} units)`),
      'classes',
    );
    table({
      header: [t('Loại', 'Class'), t('Số đơn vị', 'Units'), t('Tỷ lệ', 'Share'), t('In', 'Printed'), t('Kiểm tra', 'Check')],
      rows: d.classes.rows.map((r) => [
        data(classNameFor(r.className, locale)),
        n(r.count),
        formatPercentPoints(r.sharePercent, { locale }),
        r.printedShare ? data(r.printedShare.text) : '—',
        r.printedShare ? VERDICT[r.printedShare.verdict]![locale] : '',
      ]),
      align: ['left', 'right', 'right', 'right', 'left'],
    });
    p(
      t(
        'Tỷ lệ làm tròn 2 chữ số theo phương pháp phần dư lớn nhất (tổng đúng 100%).',
        'Shares at 2 decimals by largest remainder (they add up to exactly 100%).',
      ),
    );
  }

  if (d.plan) {
    const plan = d.plan;
    const progressTable = (pp: PlanProgress, first: string): TextTable => ({
      header: [first, t('Tổng', 'Total'), ...TASK_STATUSES.map((s) => planStatusLabel(s, locale)), t('Hoàn thành', 'Completion')],
      rows: [...pp.groups, { ...pp.total, label: t('Toàn kế hoạch', 'Whole plan') }].map((g) => [
        data(g.label),
        n(g.counts.total),
        ...TASK_STATUSES.map((s) => n(g.counts[s])),
        g.completion ? formatPercent(g.completion, { locale }) : '—',
      ]),
      align: ['left', 'right', ...TASK_STATUSES.map(() => 'right' as const), 'right'],
    });
    h2(
      t(`Kế hoạch ${data(plan.number)}: tình trạng ngày ${date(d.asOf)}`, `Plan ${data(plan.number)}: status on ${date(d.asOf)}`),
      'plan-by-lead',
    );
    p(data(plan.title));
    // The headline: how many tasks have a result recorded, and how many are past due with none — a lack of data, not
    // proof of delay.
    const c = plan.bySection.total.counts;
    const done = c['done-on-time'] + c['done-late'];
    const upcoming = c['not-due'] + c['due-soon'];
    p(
      t(
        `Đến ${date(d.asOf)}: ${n(done)}/${n(c.total)} nhiệm vụ có kết quả được ghi nhận; ${n(c.overdue)} nhiệm vụ đã qua hạn nhưng chưa có kết quả được ghi nhận (thiếu dữ liệu kết quả, chưa chắc là chậm); ${n(upcoming)} nhiệm vụ chưa đến hạn${c.continuous > 0 ? `; ${n(c.continuous)} nhiệm vụ thực hiện thường xuyên` : ''}.`,
        `As of ${date(d.asOf)}: ${n(done)} of ${n(c.total)} tasks have a recorded result; ${n(c.overdue)} are past due with no result recorded (missing data, not necessarily late); ${n(upcoming)} are not yet due${c.continuous > 0 ? `; ${n(c.continuous)} are ongoing` : ''}.`,
      ),
    );
    table(progressTable(plan.bySection, t('Mục', 'Section')));
    table(progressTable(plan.byLead, t('Cơ quan chủ trì', 'Lead agency')));
    p(
      t(
        'Cột "Quá hạn, chưa ghi nhận kết quả": nhiệm vụ đã qua hạn mà dữ liệu chưa ghi nhận hoàn thành; nhiệm vụ chỉ "thực hiện thường xuyên" không tính vào tỷ lệ hoàn thành.',
        'Column "Past due, no result recorded": tasks past their due date whose completion the data does not record; tasks that are only "ongoing" are left out of the completion rate.',
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
      const unit = d.disbursement.unit ? ` ${data(d.disbursement.unit)}` : '';
      const when = d.disbursement.asOf ? t(` đến ${date(d.disbursement.asOf)}`, ` by ${date(d.disbursement.asOf)}`) : '';
      items.push(
        t(
          `Giải ngân vốn đầu tư công: ${formatNumber(r.disbursed, { locale })}/${formatNumber(r.plan, { locale })}${unit} = ${formatPercent(r.rate, { locale })}${when}${
            r.target
              ? `; mục tiêu ${r.target.percent}%${r.target.comparable ? '' : ' (tính trên kế hoạch Thủ tướng giao, không so sánh trực tiếp được)'}`
              : ''
          }.`,
          `Public investment disbursed: ${formatNumber(r.disbursed, { locale })}/${formatNumber(r.plan, { locale })}${unit} = ${formatPercent(r.rate, { locale })}${when}${
            r.target
              ? `; target ${r.target.percent}%${r.target.comparable ? '' : ' (stated against the PM-assigned plan, not directly comparable)'}`
              : ''
          }.`,
        ),
      );
    }
    if (d.streamlining) {
      const s = d.streamlining.progress;
      const when = d.streamlining.asOf ? t(` (đến ${date(d.streamlining.asOf)})`, ` (by ${date(d.streamlining.asOf)})`) : '';
      const cite = d.streamlining.sources.map((x) => data(citation(x, locale))).join('; ');
      items.push(
        t(
          `Tinh giản biên chế${when}: giảm ${n(s.achieved)}/${n(s.base)} = ${formatPercent(s.ofBase, { locale })} biên chế gốc, đạt ${s.ofTarget ? formatPercent(s.ofTarget, { locale }) : '—'} mục tiêu ${n(s.target)}${
            d.streamlining.pace ? `; ${d.streamlining.pace.onTrack ? 'đúng' : 'chậm'} tiến độ tuyến tính` : ''
          }${cite ? ` — nguồn: ${cite}` : ''}.`,
          `Staff streamlining${when}: ${n(s.achieved)}/${n(s.base)} = ${formatPercent(s.ofBase, { locale })} of the base, ${s.ofTarget ? formatPercent(s.ofTarget, { locale }) : '—'} of the target of ${n(s.target)}${
            d.streamlining.pace ? `; ${d.streamlining.pace.onTrack ? 'on' : 'behind'} the linear path` : ''
          }${cite ? ` — source: ${cite}` : ''}.`,
        ),
      );
    }
    list(items);
  }

  if (d.qd766) {
    const q = d.qd766;
    const num = (v: Decimal) => formatNumber(v, { locale, decimals: 2 });
    h2(
      t(
        `Bộ chỉ số QĐ 766 (${data(q.period.start)} – ${data(q.period.end)}, số liệu đến ${date(q.asOf)})`,
        `QĐ 766 index (${data(q.period.start)} – ${data(q.period.end)}, figures to ${date(q.asOf)})`,
      ),
    );
    table({
      header: [t('Nhóm', 'Group'), t('Điểm', 'Points'), t('Tối đa', 'Max')],
      rows: [
        ...q.groups.map((g) => [`${data(g.code)}. ${data(g.name[locale])}`, num(g.points), num(g.maxPoints)]),
        [t('Tổng', 'Total'), num(q.total), num(q.max)],
      ],
      align: ['left', 'right', 'right'],
    });
    if (!q.complete) {
      p(
        t(
          'Chưa đủ dữ liệu: tổng tính trên phần đo được, các chỉ số sau không tính 0 điểm.',
          'Incomplete data: the total is over what was measured; these indicators are not scored 0.',
        ),
      );
      list(q.notMeasurable.map((i) => data(i.message[locale])));
    }
    if (q.lostPoints.length > 0) {
      p(t('Mất điểm nhiều nhất:', 'Largest losses:'));
      list(q.lostPoints.map((l) => `${data(l.code)} −${num(l.lost)}: ${data(l.text[locale])}`));
    }
    for (const note of q.notes) p(data(note[locale]));
  }

  if (d.findings.length > 0) {
    const s = summarizeFindings(d.findings);
    h2(
      t(
        `Kiểm tra số liệu báo cáo: ${s.errors} lỗi, ${s.warnings} cảnh báo, ${s.infos} ghi chú`,
        `Report audit: ${s.errors} errors, ${s.warnings} warnings, ${s.infos} notes`,
      ),
    );
    // A finding already listed under its table (the dossier table) is not listed again: it is counted in the headline
    // and pointed to.
    const shown = new Set<AuditFinding>(d.dossiers?.findings ?? []);
    const rest = d.findings.filter((f) => !shown.has(f) && !(d.dossiers?.findings ?? []).some((g) => sameFinding(f, g)));
    const above = d.findings.length - rest.length;
    if (above > 0)
      p(
        t(
          `${above} phát hiện về bảng số liệu hồ sơ được nêu ở mục "Hồ sơ thủ tục hành chính" phía trên; các phát hiện khác:`,
          `${above} findings on the dossier table are listed under "Administrative-procedure dossiers" above; the others:`,
        ),
      );
    out.push({ kind: 'list', ordered: true, items: rest.map((f) => ({ text: finding(f), tone: f.severity })) });
  }
  return out;
}

/** Two findings that say the same thing (the same code, row, field and message). */
function sameFinding(a: AuditFinding, b: AuditFinding): boolean {
  return a.code === b.code && a.row === b.row && a.field === b.field && a.message.vi === b.message.vi;
}
