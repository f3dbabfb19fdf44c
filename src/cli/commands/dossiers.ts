import { parseIsoDate } from '../../core/iso-date.js';
import { formatNumber } from '../../core/format-number.js';
import { formatPercent } from '../../core/format-percent.js';
import { readDossiersCsv, type DossierCsvField, type RejectedCsvRow } from '../../dossier/csv.js';
import { onTimeRate, lateRate, overduePendingRate, ON_TIME_DENOMINATORS, type OnTimeDenominator } from '../../dossier/rates.js';
import { emptyTally, mergeTallies, tallyDossiers, type DossierGroupBy, type DossierTally } from '../../dossier/tally.js';
import type { DossierRecord } from '../../dossier/record.js';
import { renderCsv, renderMarkdown, renderText, type TextTable } from '../../report/_internal/table.js';
import { csvField } from '../../report/_internal/escape.js';
import { resolveCalendar } from '../calendar-option.js';
import type { Command } from '../command.js';
import { tr } from '../i18n.js';
import { CliUsageError, type CliIO, type CliWriter } from '../io.js';
import { refuseOverwrite, writeOutput } from '../output.js';

const GROUPS: readonly DossierGroupBy[] = ['level', 'agency', 'procedure', 'channel', 'month'];

/** `--map id=MaHoSo,receivedAt=NgayTiepNhan` → column names. */
function parseColumnMap(text: string | undefined, lang: 'vi' | 'en'): Partial<Record<DossierCsvField, string>> {
  if (text === undefined) return {};
  const out: Record<string, string> = {};
  for (const part of text.split(',')) {
    const m = /^\s*([A-Za-z]+)\s*=\s*(.+?)\s*$/.exec(part);
    if (!m) throw new CliUsageError(tr(lang, `--map: "${part}" phải có dạng truong=TenCot`, `--map: "${part}" must be field=ColumnName`));
    out[m[1]!] = m[2]!;
  }
  return out as Partial<Record<DossierCsvField, string>>;
}

/** Counts records as they stream, and draws a progress line on a terminal. */
function withProgress(source: AsyncIterable<DossierRecord>, io: CliIO, rejected: () => number, lang: 'vi' | 'en'): { records: AsyncIterable<DossierRecord>; count: () => number; done: () => void } {
  let n = 0;
  const start = io.nowMs();
  let last = start;
  const draw = (final: boolean) => {
    if (!io.errIsTTY) return;
    const seconds = Math.max((io.nowMs() - start) / 1000, 1e-3);
    const rate = Math.floor(n / seconds);
    const line = tr(lang, `  ${formatNumber(n)} hồ sơ hợp lệ · ${formatNumber(rate)} dòng/giây · ${formatNumber(rejected())} dòng bị loại`, `  ${formatNumber(n, { locale: 'en' })} valid records · ${formatNumber(rate, { locale: 'en' })} rows/s · ${formatNumber(rejected(), { locale: 'en' })} rejected rows`);
    (io.rawErr ?? io.err)(`\r${line}\u001b[K${final ? '\n' : ''}`);
  };
  return {
    records: {
      async *[Symbol.asyncIterator]() {
        for await (const r of source) {
          n++;
          if ((n & 0x3fff) === 0) {
            const now = io.nowMs();
            if (now - last > 200) {
              last = now;
              draw(false);
            }
          }
          yield r;
        }
      },
    },
    count: () => n,
    done: () => draw(true),
  };
}

export const dossiersCommand: Command = {
  name: 'dossiers',
  summary: { vi: 'Tổng hợp hồ sơ TTHC từ tệp CSV: đúng hạn, quá hạn, đang giải quyết, tỷ lệ', en: 'Tally dossiers from a CSV file: on time, late, pending, rates' },
  help: {
    vi: `cchc dossiers TỆP.csv --from NGÀY --to NGÀY [--by level|agency|procedure|channel|month]
        [--denominator resolved|resolved-plus-pending|due-in-period|workload] [--rules report|qd766|nd118|in-force]
        [--calendar civil-service|labour-code|TỆP.json] [--delimiter ,] [--date-format iso|dd/mm/yyyy]
        [--map id=MaHoSo,receivedAt=NgayTiepNhan,...] [--multiline-fields] [--rejected TỆP]
        [--format text|md|csv|json] [--out TỆP]

Đọc TỆP.csv theo luồng (bộ nhớ không đổi, hiện tiến độ trên màn hình), phân loại từng hồ sơ tại ngày --to theo quy
tắc --rules (mặc định: cột của báo cáo định kỳ; nd118: Nghị định 118/2025/NĐ-CP; in-force: quy tắc có hiệu lực tại
ngày tiếp nhận của từng hồ sơ) và in bảng tổng hợp cùng tỷ lệ đúng hạn với mẫu số đã chọn. Dòng sai
không làm dừng việc đọc: mỗi dòng bị loại được ghi (số dòng, cột, lý do) vào tệp --rejected (mặc định TỆP.rejected.csv,
chỉ ghi khi có dòng bị loại; tệp cũ cùng tên bị xóa khi bắt đầu chạy). Mỗi dòng văn bản là một dòng dữ liệu; dùng
--multiline-fields khi ô có xuống dòng (trong ngoặc kép). Không ghi đè tệp đầu vào; tệp kết quả chỉ xuất hiện khi đã
ghi xong. Tên cột mặc định trùng tên trường: id, receivedAt, dueDate, slaWorkingDays, resolvedAt, withdrawnAt,
returnedAt, rejectedAt, level, agency, procedure, channel, submittedAt, stoppedAt, extensionNotifiedAt,
extensionNewDueDate; các cột ngày ghi bằng tiếng Việt cũng được hiểu (Mã hồ sơ, Ngày tiếp nhận, Ngày hẹn trả, Ngày có
kết quả, Ngày dừng, Ngày gia hạn, Ngày hẹn trả mới, …).

Ví dụ:  cchc dossiers hoso.csv --from 2019-01-01 --to 2019-09-30 --by level
        cchc dossiers hoso.csv --from 2019-01-01 --to 2019-09-30 --delimiter ";" --date-format dd/mm/yyyy \\
             --map id=MaHoSo,receivedAt=NgayTiepNhan,dueDate=NgayHenTra,resolvedAt=NgayTra`,
    en: `cchc dossiers FILE.csv --from DATE --to DATE [--by level|agency|procedure|channel|month]
        [--denominator resolved|resolved-plus-pending|due-in-period|workload] [--rules report|qd766|nd118|in-force]
        [--calendar civil-service|labour-code|FILE.json] [--delimiter ,] [--date-format iso|dd/mm/yyyy]
        [--map id=MaHoSo,receivedAt=NgayTiepNhan,...] [--multiline-fields] [--rejected FILE]
        [--format text|md|csv|json] [--out FILE]

Streams FILE.csv (constant memory, progress shown on a terminal), classifies every dossier as of --to under the
--rules preset (default: the periodic report's columns; nd118: Decree 118/2025/NĐ-CP; in-force: the rules in force on
each dossier's receipt date) and prints the tally with on-time rates over the chosen
denominator. A bad row never stops the run: each rejected row (row number, column, reason) goes to the --rejected file
(default FILE.rejected.csv, written only when rows are rejected; an earlier one is removed when the run starts). Each
line is one row; use --multiline-fields when quoted cells hold line breaks. An input is never overwritten; outputs
appear only once complete. Default column names equal the field names: id, receivedAt, dueDate, slaWorkingDays,
resolvedAt, withdrawnAt, returnedAt, rejectedAt, level, agency, procedure, channel, submittedAt, stoppedAt,
extensionNotifiedAt, extensionNewDueDate; Vietnamese date headers are understood too (Mã hồ sơ, Ngày tiếp nhận, Ngày
hẹn trả, Ngày có kết quả, Ngày dừng, Ngày gia hạn, Ngày hẹn trả mới, …).

Examples:  cchc dossiers dossiers.csv --from 2019-01-01 --to 2019-09-30 --by level
           cchc dossiers dossiers.csv --from 2019-01-01 --to 2019-09-30 --delimiter ";" --date-format dd/mm/yyyy \\
             --map id=MaHoSo,receivedAt=NgayTiepNhan,dueDate=NgayHenTra,resolvedAt=NgayTra`,
  },
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    by: { type: 'string' },
    denominator: { type: 'string' },
    rules: { type: 'string' },
    calendar: { type: 'string' },
    delimiter: { type: 'string' },
    'date-format': { type: 'string' },
    map: { type: 'string' },
    'multiline-fields': { type: 'boolean' },
    rejected: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
  },
  async run(args, io) {
    const { lang } = args;
    const t = (vi: string, en: string) => tr(lang, vi, en);
    const file = args.positionals[0];
    if (file === undefined) throw new CliUsageError(t('cần TỆP.csv, ví dụ: cchc dossiers hoso.csv --from 2019-01-01 --to 2019-09-30', 'expected FILE.csv, e.g. cchc dossiers dossiers.csv --from 2019-01-01 --to 2019-09-30'));
    const from = args.values.from as string | undefined;
    const to = args.values.to as string | undefined;
    if (from === undefined || to === undefined) throw new CliUsageError(t('cần --from và --to (YYYY-MM-DD)', 'expected --from and --to (YYYY-MM-DD)'));
    parseIsoDate(from, ['--from']);
    parseIsoDate(to, ['--to']);
    const by = args.values.by as string | undefined;
    if (by !== undefined && !GROUPS.includes(by as DossierGroupBy)) {
      throw new CliUsageError(t(`--by phải là một trong ${GROUPS.join(', ')}`, `--by must be one of ${GROUPS.join(', ')}`));
    }
    const denominator = ((args.values.denominator as string | undefined) ?? 'resolved') as OnTimeDenominator;
    if (!ON_TIME_DENOMINATORS.includes(denominator)) {
      throw new CliUsageError(t(`--denominator phải là một trong ${ON_TIME_DENOMINATORS.join(', ')}`, `--denominator must be one of ${ON_TIME_DENOMINATORS.join(', ')}`));
    }
    const rules = (args.values.rules as string | undefined) ?? 'report';
    if (rules !== 'report' && rules !== 'qd766' && rules !== 'nd118' && rules !== 'in-force') {
      throw new CliUsageError(t('--rules phải là report, qd766, nd118 hoặc in-force', '--rules must be report, qd766, nd118 or in-force'));
    }
    const dateFormat = (args.values['date-format'] as string | undefined) ?? 'iso';
    if (dateFormat !== 'iso' && dateFormat !== 'dd/mm/yyyy') throw new CliUsageError(t('--date-format phải là iso hoặc dd/mm/yyyy', '--date-format must be iso or dd/mm/yyyy'));
    const format = (args.values.format as string | undefined) ?? 'text';
    if (!['text', 'md', 'csv', 'json'].includes(format)) throw new CliUsageError(t(`--format không hợp lệ: "${format}"`, `unknown --format "${format}"`));
    const calendar = await resolveCalendar(args.values.calendar as string | undefined, io, lang);

    // The rejected-rows file: the one named by --rejected, or FILE.rejected.csv beside the input. Never an input, never
    // --out. It is removed now and written (atomically) at the end: a rejected-rows file on disk always belongs to a run
    // that finished. The default one is written only when rows were rejected; --rejected FILE always (header only when
    // none), so that a stale one never survives.
    const explicitRejected = args.values.rejected as string | undefined;
    const rejectedFile = explicitRejected ?? `${file.replace(/\.csv$/i, '')}.rejected.csv`;
    const out = typeof args.values.out === 'string' && args.values.out !== '' ? args.values.out : undefined;
    const calendarFile = typeof args.values.calendar === 'string' ? args.values.calendar : undefined;
    const inputs = [['', file], ...(calendarFile ? [['--calendar', calendarFile] as const] : [])] as const;
    await refuseOverwrite(io, lang, inputs, [['--rejected', rejectedFile], ...(out ? [['--out', out] as const] : [])]);
    await io.removeFile(rejectedFile);

    let chunks: AsyncIterable<string>;
    try {
      chunks = io.readChunks(file);
    } catch {
      throw new CliUsageError(t(`không đọc được tệp "${file}"`, `cannot read "${file}"`));
    }
    const rejectedHeader = `${t('dong,dong_van_ban,cot,ma,ly_do', 'row,line,field,code,reason')}\n`;
    let rejectedWriter: CliWriter | undefined;
    const reader = readDossiersCsv(chunks, {
      ...(args.values.delimiter !== undefined ? { delimiter: args.values.delimiter as string } : {}),
      dateFormat,
      multilineFields: args.values['multiline-fields'] === true,
      columns: parseColumnMap(args.values.map as string | undefined, lang),
      maxRejected: 100,
      onReject: (r: RejectedCsvRow) => {
        if (!rejectedWriter) {
          rejectedWriter = io.openWriter(rejectedFile);
          rejectedWriter.write(rejectedHeader);
        }
        const cells = [String(r.row), String(r.line), r.field ?? '', r.code, r.message[lang]];
        rejectedWriter.write(`${cells.map((c) => csvField(c)).join(',')}\n`);
      },
    });
    const progress = withProgress(reader, io, () => reader.report.rejectedRows, lang);
    let result: DossierTally | Map<string | null, DossierTally>;
    try {
      result = by
        ? await tallyDossiers(progress.records, { from, to, rules, calendar, groupBy: by as DossierGroupBy })
        : await tallyDossiers(progress.records, { from, to, rules, calendar });
      progress.done();
      if (rejectedWriter) await rejectedWriter.close();
      else if (explicitRejected !== undefined) await io.writeFile(rejectedFile, rejectedHeader);
    } catch (e) {
      progress.done();
      await rejectedWriter?.abort();
      if ((e as { code?: string }).code === 'ENOENT') throw new CliUsageError(t(`không có tệp "${file}"`, `no such file "${file}"`));
      throw e;
    }
    const report = reader.report;

    const LABELS: Record<string, Record<string, [string, string]>> = {
      level: { province: ['Cấp tỉnh', 'Province'], district: ['Cấp huyện', 'District'], commune: ['Cấp xã', 'Commune'] },
      channel: { 'in-person': ['Trực tiếp', 'In person'], online: ['Trực tuyến', 'Online'], postal: ['Bưu chính công ích', 'Postal'] },
    };
    const label = (k: string | null) => {
      if (k === null) return t('(không ghi)', '(none)');
      const l = by ? LABELS[by]?.[k] : undefined;
      // A label from the file on one line in a text table (its rows must not be spoofed by a line break in a cell).
      return l ? t(l[0], l[1]) : format === 'text' ? k.replace(/[\r\n\u2028\u2029]+/g, ' ') : k;
    };
    const groups: [string, DossierTally][] = result instanceof Map ? [...result.entries()].map(([k, v]) => [label(k), v]) : [];
    const total = result instanceof Map ? [...result.values()].reduce((a, b) => mergeTallies(a, b), emptyTally()) : result;
    const rows: [string, DossierTally][] = [...groups, [t('Tổng cộng', 'Total'), total]];
    // Issue 13: rows that count records resting on provisional days say so next to their label.
    const shown = (name: string, x: DossierTally) => (x.provisional ? `${name} ${t('(tạm tính)', '(provisional)')}` : name);
    const pct = (r: ReturnType<typeof onTimeRate>) => (r ? formatPercent(r, { locale: lang }) : '—');
    const n = (v: number) => formatNumber(v, { locale: lang, grouping: format !== 'csv' });

    if (format === 'json') {
      const json = {
        file,
        from,
        to,
        rules,
        denominator,
        calendar: calendar.name,
        rows: report.rowsRead,
        rejectedRows: report.rejectedRows,
        rejectedFile: rejectedWriter !== undefined || explicitRejected !== undefined ? rejectedFile : null,
        provisional: total.provisional ?? 0,
        groups: rows.map(([label, tally]) => ({ label, tally, onTimeRate: onTimeRate(tally, { denominator }), lateRate: lateRate(tally, { denominator }), overduePendingRate: overduePendingRate(tally) })),
      };
      return writeOutput(io, args, JSON.stringify(json, null, 2));
    }
    const nd118 = total.paused !== undefined;
    const table: TextTable = {
      header: [
        by ? ({ level: t('Cấp', 'Level'), agency: t('Cơ quan', 'Agency'), procedure: t('Thủ tục', 'Procedure'), channel: t('Kênh', 'Channel'), month: t('Tháng', 'Month') } as Record<string, string>)[by]! : '',
        t('Tiếp nhận', 'Received'),
        t('Kỳ trước', 'Carried over'),
        t('Đã giải quyết', 'Resolved'),
        t('Trước hạn', 'Early'),
        t('Đúng hạn', 'On time'),
        t('Quá hạn', 'Late'),
        t('Đang giải quyết', 'Pending'),
        t('Trong hạn', 'Within due'),
        t('Quá hạn', 'Overdue'),
        t('Rút/trả lại', 'Withdrawn/returned'),
        t('Chờ bổ sung', 'Awaiting supplement'),
        // NĐ 118/2025 outcomes, when the rules count them (nd118, in-force).
        ...(nd118 ? [t('Tạm dừng chờ bổ sung', 'Paused'), t('Dừng theo yêu cầu', 'Stopped on request'), t('Đóng do không bổ sung', 'Closed, no supplement')] : []),
        t('Tỷ lệ đúng hạn', 'On-time rate'),
        t('Tỷ lệ trễ hạn', 'Late rate'),
      ],
      rows: rows.map(([label, x]) => [
        shown(label, x),
        n(x.received.total),
        n(x.received.carriedOver),
        n(x.resolved.total),
        n(x.resolved.early),
        n(x.resolved.onTime),
        n(x.resolved.late),
        n(x.pending.total),
        n(x.pending.withinDue),
        n(x.pending.overdue),
        n(x.withdrawnOrReturned),
        n(x.awaitingSupplement),
        ...(nd118 ? [n(x.paused ?? 0), n(x.stoppedOnRequest ?? 0), n(x.closedWithoutSupplement ?? 0)] : []),
        pct(onTimeRate(x, { denominator })),
        pct(lateRate(x, { denominator })),
      ]),
      align: ['left', ...Array.from({ length: nd118 ? 16 : 13 }, () => 'right' as const)],
    };
    if (format === 'csv') return writeOutput(io, args, renderCsv(table));
    const note = [
      t(
        `${formatNumber(report.rowsRead, { locale: lang })} dòng đọc được, ${formatNumber(report.rejectedRows, { locale: lang })} dòng bị loại${report.rejectedRows > 0 ? ` (chi tiết: ${rejectedFile})` : ''}.`,
        `${formatNumber(report.rowsRead, { locale: lang })} rows read, ${formatNumber(report.rejectedRows, { locale: lang })} rejected${report.rejectedRows > 0 ? ` (details: ${rejectedFile})` : ''}.`,
      ),
      t(
        `Kỳ ${from} – ${to}; quy tắc ${rules}; lịch ${calendar.name}; tỷ lệ trên mẫu số "${denominator}".`,
        `Period ${from} – ${to}; rules ${rules}; calendar ${calendar.name}; rates over the "${denominator}" denominator.`,
      ),
      ...(total.provisional
        ? [
          t(
            `Tạm tính: ${formatNumber(total.provisional, { locale: lang })} hồ sơ có hạn giải quyết hoặc thời gian xử lý dựa trên ngày chưa có lịch nghỉ chính thức (suy ra từ quy định).`,
            `Provisional: ${formatNumber(total.provisional, { locale: lang })} records have a due date or processing time resting on days without an official schedule (derived from the rules).`,
          ),
        ]
        : []),
    ].join('\n');
    return writeOutput(io, args, `${format === 'md' ? renderMarkdown(table) : renderText(table)}\n\n${note}`);
  },
};
