import { auditDocument, AUDIT_DOCUMENT_TYPES, type AuditDocument as LibraryAuditDocument } from '../../audit/document.js';
import { auditDossierTable, type AuditDossierTableInput } from '../../audit/dossier-table.js';
import { sortFindings, summarizeFindings, type AuditFinding } from '../../audit/finding.js';
import { auditParTable, type AuditParTableOptions, type ParTableRow } from '../../audit/par-table.js';
import { auditReport } from '../../audit/report.js';
import { ReportSchema, type Report } from '../../audit/report-schema.js';
import { renderCsv, renderMarkdown } from '../../report/_internal/table.js';
import { CchcError, issue } from '../../core/errors.js';
import { formatNumber } from '../../core/format-number.js';
import type { Command } from '../command.js';
import { tr } from '../i18n.js';
import { CliUsageError } from '../io.js';
import { writeOutput } from '../output.js';

/**
 * The largest file `cchc audit` reads (bytes): 16 MiB. A whole province report, a dossier table or a PAR table of
 * every province is well under 1 MB; parsing JSON costs about twenty times its size in memory, so a larger file is
 * refused (`INPUT_TOO_LARGE`, exit 2) before it is read.
 */
export const MAX_AUDIT_FILE_BYTES = 16 * 2 ** 20;

/**
 * What `cchc audit` reads: a whole report, a dossier table, a PAR or SIPAS table, a change, a task summary, an implied
 * base, or a list of checks (the library's `AuditDocument`; JSON Schema: `cchc/schemas/audit-input.schema.json`).
 */
export type AuditDocument = LibraryAuditDocument;

function detect(doc: Record<string, unknown>): string | undefined {
  if (typeof doc.type === 'string' && (AUDIT_DOCUMENT_TYPES as readonly string[]).includes(doc.type)) return doc.type;
  if (doc.type !== undefined) return undefined;
  if (ReportSchema.safeParse(doc).success) return 'report';
  const rows = doc.rows;
  if (Array.isArray(rows) && rows.length > 0 && typeof rows[0] === 'object' && rows[0] !== null) {
    const r = rows[0] as Record<string, unknown>;
    if ('unit' in r) return 'par-table';
    if ('label' in r && ('received' in r || 'resolved' in r || 'pending' in r)) return 'dossier-table';
  }
  return undefined;
}

export const auditCommand: Command = {
  name: 'audit',
  summary: { vi: 'Kiểm tra số liệu của một báo cáo hoặc một bảng (JSON); mã thoát 1 khi có lỗi', en: 'Audit the figures of a report or a table (JSON); exit code 1 when errors are found' },
  help: {
    vi: `cchc audit TỆP.json [--format text|md|csv|json] [--out TỆP] [--lang vi|en]

Kiểm tra số liệu in trong một báo cáo hoặc một bảng và liệt kê các phát hiện (lỗi, cảnh báo, ghi chú). Mã thoát 1
khi có ít nhất một lỗi, 0 khi không có, 2 khi tệp không đọc được hoặc không đúng dạng — dùng được làm bước kiểm tra
trong quy trình CI. TỆP.json có trường "type":
  "report"        cả báo cáo theo ReportSchema (xem docs/audits.md)
  "dossier-table" bảng hồ sơ TTHC: { "rows": [{ "label", "received", "resolved", "pending", "printed" }], "totalLabel"? }
  "par-table"     bảng kết quả Chỉ số CCHC: { "rows": [{ "unit", "components", "total", "index", "rank", "class" }], "options"? }
  "sipas-table"   bảng Chỉ số SIPAS; "change" mức thay đổi so với kỳ trước; "task-summary" kết quả thực hiện nhiệm vụ;
  "implied-base"  mẫu số chưa in; "checks" danh sách kiểm tra mọi loại: { "checks": [{ "kind", … }] }
Không có "type" thì nhận dạng theo nội dung. Lược đồ JSON: cchc/schemas/audit-input.schema.json

Ví dụ:  cchc audit bao-cao-2019.json
        cchc audit bang-ho-so.json --format csv --out phat-hien.csv`,
    en: `cchc audit FILE.json [--format text|md|csv|json] [--out FILE] [--lang vi|en]

Audits the figures printed in a report or a table and lists the findings (errors, warnings, notes). Exit code 1 when
at least one error is found, 0 when none, 2 when the file cannot be read or has the wrong shape, so it can gate a
pipeline. FILE.json has a "type" field:
  "report"        a whole report in the ReportSchema shape (see docs/audits.md)
  "dossier-table" a dossier table: { "rows": [{ "label", "received", "resolved", "pending", "printed" }], "totalLabel"? }
  "par-table"     a PAR INDEX results table: { "rows": [{ "unit", "components", "total", "index", "rank", "class" }], "options"? }
  "sipas-table"   a SIPAS table; "change" a year-on-year change; "task-summary" a summary of tasks;
  "implied-base"  a base not printed; "checks" a list of checks of every kind: { "checks": [{ "kind", … }] }
Without "type" the shape is recognised from the content. JSON Schema: cchc/schemas/audit-input.schema.json

Examples:  cchc audit report-2019.json
           cchc audit dossier-table.json --format csv --out findings.csv`,
  },
  options: { format: { type: 'string' }, out: { type: 'string' } },
  async run(args, io) {
    const { lang } = args;
    const t = (vi: string, en: string) => tr(lang, vi, en);
    const file = args.positionals[0];
    if (file === undefined) throw new CliUsageError(t('cần TỆP.json, ví dụ: cchc audit bao-cao.json', 'expected FILE.json, e.g. cchc audit report.json'));
    const format = (args.values.format as string | undefined) ?? 'text';
    if (!['text', 'md', 'csv', 'json'].includes(format)) throw new CliUsageError(t(`--format không hợp lệ: "${format}"`, `unknown --format "${format}"`));
    let text: string;
    try {
      text = await io.readText(file, { maxBytes: MAX_AUDIT_FILE_BYTES });
    } catch (e) {
      if ((e as { code?: unknown }).code === 'EFBIG') {
        const size = formatNumber((e as { size: number }).size, { locale: lang });
        const max = formatNumber(MAX_AUDIT_FILE_BYTES, { locale: lang });
        throw new CchcError(
          issue(
            'INPUT_TOO_LARGE',
            [],
            `"${file}" quá lớn: ${size} byte, tối đa ${max} (một báo cáo hay một bảng nhỏ hơn nhiều)`,
            `"${file}" is too large: ${size} bytes, at most ${max} (a report or a table is far smaller)`,
          ),
        );
      }
      throw new CliUsageError(t(`không đọc được tệp "${file}"`, `cannot read "${file}"`));
    }
    let doc: Record<string, unknown>;
    try {
      doc = JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
    } catch (e) {
      throw new CliUsageError(t(`"${file}" không phải JSON hợp lệ (${(e as Error).message})`, `"${file}" is not valid JSON (${(e as Error).message})`));
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new CliUsageError(t('tệp JSON phải là một đối tượng', 'the JSON file must hold an object'));
    const kind = detect(doc);
    let findings: AuditFinding[];
    const { type: _type, ...body } = doc;
    switch (kind) {
      case 'report':
        findings = auditReport(body as unknown as Report);
        break;
      case 'dossier-table':
        findings = auditDossierTable(body as unknown as AuditDossierTableInput);
        break;
      case 'par-table':
        findings = auditParTable((body as { rows: ParTableRow[] }).rows, ((body as { options?: AuditParTableOptions }).options ?? {}) as AuditParTableOptions);
        break;
      case undefined:
        throw new CliUsageError(
          t(
            `không nhận ra dạng tệp: cần "type" là ${AUDIT_DOCUMENT_TYPES.map((x) => `"${x}"`).join(', ')} (xem cchc audit --help)`,
            `unrecognised document: "type" must be ${AUDIT_DOCUMENT_TYPES.map((x) => `"${x}"`).join(', ')} (see cchc audit --help)`,
          ),
        );
      default:
        findings = auditDocument({ ...body, type: kind } as unknown as AuditDocument);
    }
    const sorted = sortFindings(findings);
    const summary = summarizeFindings(sorted);
    const sev = { error: t('LỖI', 'ERROR'), warning: t('CẢNH BÁO', 'WARNING'), info: t('GHI CHÚ', 'NOTE') } as const;
    const msg = (f: AuditFinding) => (lang === 'en' ? f.messageEn : f.messageVi);
    const table = {
      header: [t('Mức', 'Severity'), t('Mã', 'Code'), t('Dòng', 'Row'), t('Cột', 'Field'), t('Nội dung', 'Message')],
      rows: sorted.map((f) => [sev[f.severity], f.code, f.row === undefined ? '' : String(f.row), f.field ?? '', msg(f)]),
    };
    let out: string;
    if (format === 'json') out = JSON.stringify({ file, type: kind, summary, findings: sorted }, null, 2);
    else if (format === 'csv') out = renderCsv(table);
    else if (format === 'md') out = renderMarkdown(table);
    else {
      const head = t(
        `${file}: ${summary.errors} lỗi, ${summary.warnings} cảnh báo, ${summary.infos} ghi chú`,
        `${file}: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} notes`,
      );
      out = [head, '', ...sorted.map((f, i) => `${String(i + 1).padStart(3)}. [${sev[f.severity]}] ${msg(f)}`)].join('\n');
    }
    await writeOutput(io, args, out);
    return summary.hasErrors ? 1 : 0;
  },
};
