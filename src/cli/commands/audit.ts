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
import { readDossierTableXlsx, readParTableXlsx } from '../../xlsx/read-tables.js';
import { writeXlsx, type XlsxWriteCell } from '../../xlsx/write.js';
import { findingsSheet } from '../xlsx-out.js';
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
  summary: {
    vi: 'Kiểm tra số liệu của một báo cáo hoặc một bảng (JSON); mã thoát 1 khi có lỗi',
    en: 'Audit the figures of a report or a table (JSON); exit code 1 when errors are found',
  },
  help: {
    vi: `cchc audit TỆP.json|TỆP.xlsx [--sheet TÊN|SỐ] [--format text|md|csv|json|xlsx] [--out TỆP] [--lang vi|en]

Kiểm tra số liệu in trong một báo cáo hoặc một bảng và liệt kê các phát hiện (lỗi, cảnh báo, ghi chú). Mã thoát 1
khi có ít nhất một lỗi, 0 khi không có, 2 khi tệp không đọc được hoặc không đúng dạng — dùng được làm bước kiểm tra
trong quy trình CI. TỆP.json có trường "type":
  "report"        cả báo cáo theo ReportSchema (xem docs/audits.md)
  "dossier-table" bảng hồ sơ TTHC: { "rows": [{ "label", "received", "resolved", "pending", "printed" }], "totalLabel"? }
  "par-table"     bảng kết quả Chỉ số CCHC: { "rows": [{ "unit", "components", "total", "index", "rank", "class" }], "options"? }
  "sipas-table"   bảng Chỉ số SIPAS; "change" mức thay đổi so với kỳ trước; "task-summary" kết quả thực hiện nhiệm vụ;
  "implied-base"  mẫu số chưa in; "checks" danh sách kiểm tra mọi loại: { "checks": [{ "kind", … }] }
Không có "type" thì nhận dạng theo nội dung. Lược đồ JSON: cchc/schemas/audit-input.schema.json
TỆP.xlsx: một biểu số liệu hồ sơ TTHC (theo mẫu Biểu II.06a: theo cấp, theo cơ quan hoặc lĩnh vực, tiêu đề nhiều dòng
có ô gộp) hoặc một bảng kết quả Chỉ số CCHC, trên trang --sheet hoặc trang đầu tiên nhận ra được; các phát hiện ghi kèm
số dòng Excel. --format xlsx ghi các phát hiện ra một sổ tính (cần --out).

Ví dụ:  cchc audit bao-cao-2019.json
        cchc audit bang-ho-so.json --format csv --out phat-hien.csv`,
    en: `cchc audit FILE.json|FILE.xlsx [--sheet NAME|NUMBER] [--format text|md|csv|json|xlsx] [--out FILE] [--lang vi|en]

Audits the figures printed in a report or a table and lists the findings (errors, warnings, notes). Exit code 1 when
at least one error is found, 0 when none, 2 when the file cannot be read or has the wrong shape, so it can gate a
pipeline. FILE.json has a "type" field:
  "report"        a whole report in the ReportSchema shape (see docs/audits.md)
  "dossier-table" a dossier table: { "rows": [{ "label", "received", "resolved", "pending", "printed" }], "totalLabel"? }
  "par-table"     a PAR INDEX results table: { "rows": [{ "unit", "components", "total", "index", "rank", "class" }], "options"? }
  "sipas-table"   a SIPAS table; "change" a year-on-year change; "task-summary" a summary of tasks;
  "implied-base"  a base not printed; "checks" a list of checks of every kind: { "checks": [{ "kind", … }] }
Without "type" the shape is recognised from the content. JSON Schema: cchc/schemas/audit-input.schema.json
FILE.xlsx: a dossier table (the report form Biểu II.06a: by level, by agency or by sector, with a header of several
rows of merged cells) or a PAR INDEX results table, on the --sheet sheet or the first sheet where one is recognised;
findings carry the Excel row. --format xlsx writes the findings to a workbook (needs --out).

Examples:  cchc audit report-2019.json
           cchc audit dossier-table.json --format csv --out findings.csv`,
  },
  options: { format: { type: 'string' }, out: { type: 'string' }, sheet: { type: 'string' } },
  async run(args, io) {
    const { lang } = args;
    const t = (vi: string, en: string) => tr(lang, vi, en);
    const file = args.positionals[0];
    if (file === undefined)
      throw new CliUsageError(t('cần TỆP.json, ví dụ: cchc audit bao-cao.json', 'expected FILE.json, e.g. cchc audit report.json'));
    const format = (args.values.format as string | undefined) ?? 'text';
    if (!['text', 'md', 'csv', 'json', 'xlsx'].includes(format))
      throw new CliUsageError(
        t(
          `--format không hợp lệ: "${format}" (text, md, csv, json hoặc xlsx)`,
          `unknown --format "${format}" (text, md, csv, json or xlsx)`,
        ),
      );
    if (format === 'xlsx' && !(typeof args.values.out === 'string' && args.values.out !== '')) {
      throw new CliUsageError(
        t(
          '--format xlsx cần --out TỆP.xlsx (không in tệp nhị phân ra màn hình)',
          '--format xlsx needs --out FILE.xlsx (a binary file is not printed to the terminal)',
        ),
      );
    }
    const sheetArg = args.values.sheet as string | undefined;
    const sheet = sheetArg === undefined ? undefined : /^[1-9][0-9]{0,3}$/.test(sheetArg) ? Number(sheetArg) : sheetArg;
    let isWorkbook = /\.(xlsx|xlsm)$/i.test(file);
    let blob: Awaited<ReturnType<typeof io.openBlob>> | undefined;
    if (!isWorkbook && !/\.json$/i.test(file)) {
      // A workbook under another name: a zip's first bytes.
      try {
        const b = await io.openBlob(file);
        const head = new Uint8Array(await (b.slice(0, 4) as { arrayBuffer(): Promise<ArrayBuffer> }).arrayBuffer());
        if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) {
          isWorkbook = true;
          blob = b;
        }
      } catch {
        // read as JSON below (and say so if it cannot be read)
      }
    }
    if (isWorkbook) {
      if (!blob) {
        try {
          blob = await io.openBlob(file);
        } catch {
          throw new CliUsageError(t(`không đọc được tệp "${file}"`, `cannot read "${file}"`));
        }
      }
      return auditWorkbook(blob as never, file, sheet, format, args, io);
    }
    if (sheet !== undefined) throw new CliUsageError(t('--sheet chỉ dùng cho tệp .xlsx', '--sheet applies to .xlsx files only'));
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
      throw new CliUsageError(
        t(`"${file}" không phải JSON hợp lệ (${(e as Error).message})`, `"${file}" is not valid JSON (${(e as Error).message})`),
      );
    }
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
      throw new CliUsageError(t('tệp JSON phải là một đối tượng', 'the JSON file must hold an object'));
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
        findings = auditParTable(
          (body as { rows: ParTableRow[] }).rows,
          ((body as { options?: AuditParTableOptions }).options ?? {}) as AuditParTableOptions,
        );
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
    if (format === 'xlsx') return writeFindingsWorkbook(sorted, summary, file, kind, args, io);
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

/** Write the findings (and a summary) as a workbook to --out; exit 1 when there are errors. */
async function writeFindingsWorkbook(
  sorted: readonly AuditFinding[],
  summary: ReturnType<typeof summarizeFindings>,
  file: string,
  kind: string,
  args: Parameters<Command['run']>[0],
  io: Parameters<Command['run']>[1],
  excelRowOf?: (f: AuditFinding) => number | undefined,
): Promise<number> {
  const lang = args.lang;
  const t = (vi: string, en: string) => tr(lang, vi, en);
  const H = (v: string): XlsxWriteCell => ({ value: v, style: 'header' });
  const summarySheet = {
    name: t('Tóm tắt', 'Summary'),
    rows: [
      [{ value: t('KIỂM TRA SỐ LIỆU', 'AUDIT'), style: 'title' as const }],
      [t('Tệp', 'File'), file],
      [t('Dạng', 'Type'), kind],
      [],
      [H(t('Mức', 'Severity')), H(t('Số phát hiện', 'Findings'))],
      [{ value: t('Lỗi', 'Errors'), style: 'error' as const }, summary.errors],
      [{ value: t('Cảnh báo', 'Warnings'), style: 'warning' as const }, summary.warnings],
      [{ value: t('Ghi chú', 'Notes'), style: 'info' as const }, summary.infos],
      [
        { value: t('Tổng', 'Total'), style: 'bold' as const },
        { formula: 'SUM(B6:B8)', value: summary.errors + summary.warnings + summary.infos, style: 'total' as const },
      ],
    ],
    columnWidths: [18, 60],
  };
  const out = args.values.out as string;
  await io.writeFile(out, await writeXlsx({ sheets: [findingsSheet(sorted, lang, excelRowOf), summarySheet] }));
  io.err(tr(lang, `Đã ghi ${out}\n`, `Wrote ${out}\n`));
  return summary.hasErrors ? 1 : 0;
}

/** Audit a table read from a workbook: a dossier table (report form), else a PAR INDEX results table. */
async function auditWorkbook(
  blob: Parameters<typeof readDossierTableXlsx>[0],
  file: string,
  sheet: string | number | undefined,
  format: string,
  args: Parameters<Command['run']>[0],
  io: Parameters<Command['run']>[1],
): Promise<number> {
  const lang = args.lang;
  const t = (vi: string, en: string) => tr(lang, vi, en);
  const options = sheet !== undefined ? { sheet } : {};
  let findings: AuditFinding[];
  let kind: 'dossier-table' | 'par-table';
  let rowOf: (f: AuditFinding) => number | undefined;
  let where: string;
  try {
    const d = await readDossierTableXlsx(blob, options);
    kind = 'dossier-table';
    findings = auditDossierTable(d.table);
    const byLabel = new Map(d.table.rows.map((r, i) => [r.label, d.source.rowNumbers[i]!]));
    rowOf = (f) => (typeof f.row === 'string' ? byLabel.get(f.row) : undefined);
    where = d.source.sheet;
  } catch (e) {
    if (!(e instanceof CchcError) || e.code !== 'XLSX_TABLE_NOT_RECOGNISED') throw e;
    try {
      const p = await readParTableXlsx(blob, options);
      kind = 'par-table';
      findings = auditParTable(p.rows, p.options);
      const byUnit = new Map(p.rows.map((r, i) => [r.unit, p.source.rowNumbers[i]!]));
      rowOf = (f) => (typeof f.row === 'string' ? byUnit.get(f.row) : undefined);
      where = p.source.sheet;
    } catch (e2) {
      if (e2 instanceof CchcError && e2.code === 'XLSX_TABLE_NOT_RECOGNISED') throw e;
      throw e2;
    }
  }
  const sorted = sortFindings(findings);
  const summary = summarizeFindings(sorted);
  if (format === 'xlsx') return writeFindingsWorkbook(sorted, summary, file, kind, args, io, rowOf);
  const sev = { error: t('LỖI', 'ERROR'), warning: t('CẢNH BÁO', 'WARNING'), info: t('GHI CHÚ', 'NOTE') } as const;
  const msg = (f: AuditFinding) => (lang === 'en' ? f.messageEn : f.messageVi);
  const table = {
    header: [
      t('Mức', 'Severity'),
      t('Mã', 'Code'),
      t('Dòng', 'Row'),
      t('Dòng Excel', 'Excel row'),
      t('Cột', 'Field'),
      t('Nội dung', 'Message'),
    ],
    rows: sorted.map((f) => [
      sev[f.severity],
      f.code,
      f.row === undefined ? '' : String(f.row),
      String(rowOf(f) ?? ''),
      f.field ?? '',
      msg(f),
    ]),
  };
  let out: string;
  if (format === 'json')
    out = JSON.stringify(
      { file, sheet: where, type: kind, summary, findings: sorted.map((f) => ({ ...f, excelRow: rowOf(f) ?? null })) },
      null,
      2,
    );
  else if (format === 'csv') out = renderCsv(table);
  else if (format === 'md') out = renderMarkdown(table);
  else {
    const head = t(
      `${file} (trang "${where}"): ${summary.errors} lỗi, ${summary.warnings} cảnh báo, ${summary.infos} ghi chú`,
      `${file} (sheet "${where}"): ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} notes`,
    );
    out = [
      head,
      '',
      ...sorted.map(
        (f, i) =>
          `${String(i + 1).padStart(3)}. [${sev[f.severity]}]${rowOf(f) !== undefined ? ` ${t('dòng', 'row')} ${rowOf(f)}:` : ''} ${msg(f)}`,
      ),
    ].join('\n');
  }
  await writeOutput(io, args, out);
  return summary.hasErrors ? 1 : 0;
}
