import { parseIsoDate } from '../../core/iso-date.js';
import { formatNumber } from '../../core/format-number.js';
import { formatPercent } from '../../core/format-percent.js';
import { readDossiersCsv, type DossierCsvField, type RejectedCsvRow, type DossierCsvReader } from '../../dossier/csv.js';
import { CchcError, issue } from '../../core/errors.js';
import { TEXT_ENCODINGS, type TextEncodingName } from '../../dossier/csv-encoding.js';
import { readDossiersXlsx } from '../../xlsx/read-dossiers.js';
import { writeXlsx } from '../../xlsx/write.js';
import { rejectedSheet, tallySheets } from '../xlsx-out.js';
import { onTimeRate, lateRate, overduePendingRate, ON_TIME_DENOMINATORS, type OnTimeDenominator } from '../../dossier/rates.js';
import { emptyTally, mergeTallies, tallyDossiers, type DossierGroupBy, type DossierTally } from '../../dossier/tally.js';
import { renderCsv, renderMarkdown, renderText, type TextTable } from '../../report/_internal/table.js';
import { csvField } from '../../report/_internal/escape.js';
import { resolveCalendar } from '../calendar-option.js';
import type { Command } from '../command.js';
import { tr } from '../i18n.js';
import { CliUsageError, type CliIO, type CliWriter } from '../io.js';
import { refuseOverwrite, writeOutput } from '../output.js';
import type { DossierCsvReport } from '../../dossier/csv-report.js';
import {
  csvThreads,
  MAX_CSV_THREADS,
  PARALLEL_CSV_MIN_BYTES,
  ParallelCsvAbandoned,
  tallyCsvFileInParallel,
  type ParallelCsvProgress,
} from '../parallel-csv.js';

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

/**
 * A progress line on a terminal (valid records, rows per second, rejected rows), redrawn a few times a second from
 * the reader's running report. It does not stand between the reader and the tally: the records go from the reader
 * to the tally directly, a whole chunk of the file at a time (a wrapper awaiting each record cost a third of the run).
 */
function progressLine(
  io: CliIO,
  lang: 'vi' | 'en',
  counts: () => { readonly accepted: number; readonly rejectedRows: number },
): { done: () => void; cancel: () => void } {
  if (!io.errIsTTY) return { done: () => {}, cancel: () => {} };
  const start = io.nowMs();
  const draw = (final: boolean) => {
    const { accepted: n, rejectedRows } = counts();
    const seconds = Math.max((io.nowMs() - start) / 1000, 1e-3);
    const rate = Math.floor(n / seconds);
    const line = tr(
      lang,
      `  ${formatNumber(n)} hồ sơ hợp lệ · ${formatNumber(rate)} dòng/giây · ${formatNumber(rejectedRows)} dòng bị loại`,
      `  ${formatNumber(n, { locale: 'en' })} valid records · ${formatNumber(rate, { locale: 'en' })} rows/s · ${formatNumber(rejectedRows, { locale: 'en' })} rejected rows`,
    );
    (io.rawErr ?? io.err)(`\r${line}\u001b[K${final ? '\n' : ''}`);
  };
  const timer = setInterval(() => draw(false), 250);
  timer.unref?.();
  return {
    done: () => {
      clearInterval(timer);
      draw(true);
    },
    cancel: () => clearInterval(timer),
  };
}

/** `--threads`: a thread count from 1 to {@link MAX_CSV_THREADS}, or `auto` (default: `undefined`). */
function threadsOption(v: string | undefined): number | undefined {
  if (v === undefined || v === 'auto') return undefined;
  if (/^[1-9][0-9]{0,2}$/.test(v) && Number(v) <= MAX_CSV_THREADS) return Number(v);
  throw new CchcError(
    issue(
      'INVALID_INPUT',
      ['--threads'],
      `--threads phải là số luồng đọc từ 1 đến ${MAX_CSV_THREADS} hoặc auto, nhận được "${v}"`,
      `--threads must be a number of reading threads from 1 to ${MAX_CSV_THREADS} or auto, received "${v}"`,
      v,
    ),
  );
}

/** `--delimiter`: one character, `tab`, or `auto` (default: detected). */
function delimiterOption(v: string | undefined, lang: 'vi' | 'en'): string {
  if (v === undefined || v === 'auto') return 'auto';
  if (v === 'tab' || v === '\\t' || v === '\t') return '\t';
  if (v.length === 1 && v !== '"' && v !== '\n' && v !== '\r') return v;
  throw new CliUsageError(
    tr(
      lang,
      `--delimiter phải là một ký tự (, ; |), tab hoặc auto, nhận được "${v}"`,
      `--delimiter must be one character (, ; |), tab or auto, received "${v}"`,
    ),
  );
}

const ENCODING_ALIASES: Readonly<Record<string, TextEncodingName>> = {
  utf8: 'utf-8',
  'utf-8-bom': 'utf-8',
  utf16: 'utf-16le',
  utf16le: 'utf-16le',
  'utf-16': 'utf-16le',
  utf16be: 'utf-16be',
  cp1258: 'windows-1258',
  windows1258: 'windows-1258',
  'win-1258': 'windows-1258',
  ansi: 'windows-1258',
};

/** `--encoding`: auto (default), utf-8, utf-16le, utf-16be, windows-1258 (and the usual spellings: utf8, cp1258, …). */
function encodingOption(v: string | undefined, lang: 'vi' | 'en'): TextEncodingName {
  if (v === undefined) return 'auto';
  const k = v.trim().toLowerCase();
  if ((TEXT_ENCODINGS as readonly string[]).includes(k)) return k as TextEncodingName;
  const alias = ENCODING_ALIASES[k];
  if (alias) return alias;
  throw new CliUsageError(
    tr(
      lang,
      `--encoding phải là một trong ${TEXT_ENCODINGS.join(', ')}, nhận được "${v}"`,
      `--encoding must be one of ${TEXT_ENCODINGS.join(', ')}, received "${v}"`,
    ),
  );
}

/** What the input is: a workbook by its extension or its first bytes (a zip), an old .xls (refused), else CSV text. */
async function inputKind(io: CliIO, file: string, lang: 'vi' | 'en'): Promise<'csv' | 'xlsx'> {
  if (/\.(xlsx|xlsm)$/i.test(file)) return 'xlsx';
  let first: string | Uint8Array | undefined;
  try {
    const it = io.readChunks(file)[Symbol.asyncIterator]();
    const r = await it.next();
    first = r.done ? undefined : r.value;
    await it.return?.();
  } catch (e) {
    if ((e as { code?: string }).code === 'ENOENT' || /ENOENT/.test(String((e as Error)?.message)))
      throw new CliUsageError(tr(lang, `không có tệp "${file}"`, `no such file "${file}"`));
    return 'csv';
  }
  const b = typeof first === 'string' ? [...first.slice(0, 4)].map((c) => c.charCodeAt(0)) : first ? [...first.subarray(0, 4)] : [];
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return 'xlsx';
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) {
    throw new CliUsageError(
      tr(
        lang,
        `"${file}" là tệp Excel cũ (.xls) hoặc tệp có mật khẩu: mở trong Excel, lưu lại dạng "Excel Workbook (.xlsx)" hoặc "CSV UTF-8" rồi chạy lại`,
        `"${file}" is an old Excel file (.xls) or a password-protected one: open it in Excel, save it as "Excel Workbook (.xlsx)" or "CSV UTF-8", and run again`,
      ),
    );
  }
  return 'csv';
}

/** The library's option names in a reader's message, as the command line spells them. */
const WORDING: readonly (readonly [RegExp, string, string])[] = [
  [/tùy chọn delimiter|option delimiter|the delimiter option/g, 'tùy chọn --delimiter', 'option --delimiter'],
  [/tùy chọn encoding|the encoding option|option encoding/g, 'tùy chọn --encoding', 'option --encoding'],
  [/dùng tùy chọn columns để ánh xạ|map it with the columns option/g, 'ánh xạ bằng --map truong=TenCot', 'map it with --map field=Column'],
  [/tùy chọn multilineFields|the multilineFields option/g, 'tùy chọn --multiline-fields', 'option --multiline-fields'],
];

/** A reader's error with the command-line option names (`--delimiter`, `--encoding`, `--map`, `--multiline-fields`). */
function cliWording(e: CchcError): CchcError {
  const fix = (text: string, lang: 0 | 1) => WORDING.reduce((x, [re, vi, en]) => x.replace(re, lang === 0 ? vi : en), text);
  return new CchcError(e.issues.map((i) => issue(i.code, i.path, fix(i.messageVi, 0), fix(i.messageEn, 1), i.received)));
}

/** What the reader found out about the file: encoding, delimiter, header row, sheet. */
function readNote(report: DossierCsvReader['report'], kind: 'csv' | 'xlsx', lang: 'vi' | 'en'): string[] {
  const t = (vi: string, en: string) => tr(lang, vi, en);
  const parts: string[] = [];
  if (kind === 'xlsx' && report.sheet !== undefined) parts.push(t(`trang "${report.sheet}"`, `sheet "${report.sheet}"`));
  if (report.encoding !== null) parts.push(t(`bảng mã ${report.encoding}`, `encoding ${report.encoding}`));
  if (report.delimiter !== null)
    parts.push(
      t(
        `dấu phân cách ${report.delimiter === '\t' ? 'tab' : `"${report.delimiter}"`}`,
        `delimiter ${report.delimiter === '\t' ? 'tab' : `"${report.delimiter}"`}`,
      ),
    );
  if (report.headerRow !== null && report.headerRow !== 1)
    parts.push(t(`tiêu đề ở dòng ${report.headerRow}`, `header on row ${report.headerRow}`));
  return parts.length > 0 ? [t(`Đã đọc: ${parts.join('; ')}.`, `Read as: ${parts.join('; ')}.`)] : [];
}

export const dossiersCommand: Command = {
  name: 'dossiers',
  summary: {
    vi: 'Tổng hợp hồ sơ TTHC từ tệp CSV: đúng hạn, quá hạn, đang giải quyết, tỷ lệ',
    en: 'Tally dossiers from a CSV file: on time, late, pending, rates',
  },
  help: {
    vi: `cchc dossiers TỆP.csv|TỆP.xlsx --from NGÀY --to NGÀY [--by level|agency|procedure|channel|month]
        [--denominator resolved|resolved-plus-pending|due-in-period|workload] [--rules report|qd766|nd118|in-force]
        [--calendar civil-service|labour-code|TỆP.json] [--delimiter auto|,|;|tab] [--encoding auto|utf-8|utf-16le|utf-16be|windows-1258]
        [--sheet TÊN|SỐ] [--date-format auto|iso|dd/mm/yyyy] [--map id=MaHoSo,receivedAt=NgayTiepNhan,...]
        [--multiline-fields] [--threads auto|N] [--rejected TỆP] [--format text|md|csv|json|xlsx] [--out TỆP]

Tệp Excel (.xlsx): đọc trang tính đầu tiên có dòng tiêu đề danh sách hồ sơ (hoặc trang --sheet); dòng tiêu đề có thể
nằm dưới tiêu đề bảng, ô gộp; ngày dạng ngày của Excel hoặc chữ dd/mm/yyyy. Tệp CSV: bảng mã (UTF-8 có hoặc không
BOM, UTF-16, Windows-1258) và dấu phân cách (, ; tab) được nhận ra tự động; khi không chắc, lệnh dừng và chỉ ra tùy
chọn cần dùng (--encoding, --delimiter). Tiêu đề cột của hệ thống một cửa ("Mã hồ sơ", "Ngày tiếp nhận", "Ngày hẹn
trả", "Ngày trả kết quả", "Cơ quan giải quyết", "Hình thức nộp", …) được nhận ra không cần --map.
--format xlsx ghi bảng tổng hợp theo mẫu biểu báo cáo (cần --out TỆP.xlsx).

Đọc TỆP theo luồng (bộ nhớ không đổi, hiện tiến độ trên màn hình), phân loại từng hồ sơ tại ngày --to theo quy
tắc --rules (mặc định: cột của báo cáo định kỳ; nd118: Nghị định 118/2025/NĐ-CP; in-force: quy tắc có hiệu lực tại
ngày tiếp nhận của từng hồ sơ) và in bảng tổng hợp cùng tỷ lệ đúng hạn với mẫu số đã chọn. Dòng sai
không làm dừng việc đọc: mỗi dòng bị loại được ghi (số dòng, cột, lý do) vào tệp --rejected (mặc định TỆP.rejected.csv,
chỉ ghi khi có dòng bị loại; tệp cũ cùng tên bị xóa khi bắt đầu chạy). Mỗi dòng văn bản là một dòng dữ liệu; dùng
--multiline-fields khi ô có xuống dòng (trong ngoặc kép). Không ghi đè tệp đầu vào; tệp kết quả chỉ xuất hiện khi đã
ghi xong. Tên cột mặc định trùng tên trường: id, receivedAt, dueDate, slaWorkingDays, resolvedAt, withdrawnAt,
returnedAt, rejectedAt, level, agency, procedure, channel, submittedAt, stoppedAt, extensionNotifiedAt,
extensionNewDueDate; các cột ngày ghi bằng tiếng Việt cũng được hiểu (Mã hồ sơ, Ngày tiếp nhận, Ngày hẹn trả, Ngày có
kết quả, Ngày dừng, Ngày gia hạn, Ngày hẹn trả mới, …).
Tệp CSV từ ${PARALLEL_CSV_MIN_BYTES / 2 ** 20} MiB trở lên được đọc song song bằng nhiều luồng (một luồng mỗi lõi CPU, mặc định --threads auto;
--threads 1: một luồng; --threads N: N luồng); kết quả, các dòng bị loại và số dòng giống hệt khi đọc một luồng.

Ví dụ:  cchc dossiers hoso.csv --from 2019-01-01 --to 2019-09-30 --by level
        cchc dossiers hoso.csv --from 2019-01-01 --to 2019-09-30 --delimiter ";" --date-format dd/mm/yyyy \\
             --map id=MaHoSo,receivedAt=NgayTiepNhan,dueDate=NgayHenTra,resolvedAt=NgayTra`,
    en: `cchc dossiers FILE.csv|FILE.xlsx --from DATE --to DATE [--by level|agency|procedure|channel|month]
        [--denominator resolved|resolved-plus-pending|due-in-period|workload] [--rules report|qd766|nd118|in-force]
        [--calendar civil-service|labour-code|FILE.json] [--delimiter auto|,|;|tab] [--encoding auto|utf-8|utf-16le|utf-16be|windows-1258]
        [--sheet NAME|NUMBER] [--date-format auto|iso|dd/mm/yyyy] [--map id=MaHoSo,receivedAt=NgayTiepNhan,...]
        [--multiline-fields] [--threads auto|N] [--rejected FILE] [--format text|md|csv|json|xlsx] [--out FILE]

Excel files (.xlsx): reads the first sheet with a dossier-list header row (or --sheet); the header may sit below a
title and merged cells; dates as Excel dates or dd/mm/yyyy text. CSV files: the encoding (UTF-8 with or without BOM,
UTF-16, Windows-1258) and the delimiter (, ; tab) are detected; when in doubt the command stops and names the option
to use (--encoding, --delimiter). One-stop system headers ("Mã hồ sơ", "Ngày tiếp nhận", "Ngày hẹn trả", "Ngày trả
kết quả", "Cơ quan giải quyết", "Hình thức nộp", …) are recognised without --map.
--format xlsx writes the tally in the report form's layout (needs --out FILE.xlsx).

Streams FILE (constant memory, progress shown on a terminal), classifies every dossier as of --to under the
--rules preset (default: the periodic report's columns; nd118: Decree 118/2025/NĐ-CP; in-force: the rules in force on
each dossier's receipt date) and prints the tally with on-time rates over the chosen
denominator. A bad row never stops the run: each rejected row (row number, column, reason) goes to the --rejected file
(default FILE.rejected.csv, written only when rows are rejected; an earlier one is removed when the run starts). Each
line is one row; use --multiline-fields when quoted cells hold line breaks. An input is never overwritten; outputs
appear only once complete. Default column names equal the field names: id, receivedAt, dueDate, slaWorkingDays,
resolvedAt, withdrawnAt, returnedAt, rejectedAt, level, agency, procedure, channel, submittedAt, stoppedAt,
extensionNotifiedAt, extensionNewDueDate; Vietnamese date headers are understood too (Mã hồ sơ, Ngày tiếp nhận, Ngày
hẹn trả, Ngày có kết quả, Ngày dừng, Ngày gia hạn, Ngày hẹn trả mới, …).
A CSV file of ${PARALLEL_CSV_MIN_BYTES / 2 ** 20} MiB or more is read in parallel by several threads (one per CPU core by default,
--threads auto; --threads 1: one thread; --threads N: N threads); the tally, the rejected rows and their numbers are
the same as with one thread.

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
    encoding: { type: 'string' },
    sheet: { type: 'string' },
    'date-format': { type: 'string' },
    map: { type: 'string' },
    'multiline-fields': { type: 'boolean' },
    threads: { type: 'string' },
    rejected: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
  },
  async run(args, io) {
    const { lang } = args;
    const t = (vi: string, en: string) => tr(lang, vi, en);
    const file = args.positionals[0];
    if (file === undefined)
      throw new CliUsageError(
        t(
          'cần TỆP.csv, ví dụ: cchc dossiers hoso.csv --from 2019-01-01 --to 2019-09-30',
          'expected FILE.csv, e.g. cchc dossiers dossiers.csv --from 2019-01-01 --to 2019-09-30',
        ),
      );
    const from = args.values.from as string | undefined;
    const to = args.values.to as string | undefined;
    if (from === undefined || to === undefined)
      throw new CliUsageError(t('cần --from và --to (YYYY-MM-DD)', 'expected --from and --to (YYYY-MM-DD)'));
    parseIsoDate(from, ['--from']);
    parseIsoDate(to, ['--to']);
    const by = args.values.by as string | undefined;
    if (by !== undefined && !GROUPS.includes(by as DossierGroupBy)) {
      throw new CliUsageError(t(`--by phải là một trong ${GROUPS.join(', ')}`, `--by must be one of ${GROUPS.join(', ')}`));
    }
    const denominator = ((args.values.denominator as string | undefined) ?? 'resolved') as OnTimeDenominator;
    if (!ON_TIME_DENOMINATORS.includes(denominator)) {
      throw new CliUsageError(
        t(
          `--denominator phải là một trong ${ON_TIME_DENOMINATORS.join(', ')}`,
          `--denominator must be one of ${ON_TIME_DENOMINATORS.join(', ')}`,
        ),
      );
    }
    const rules = (args.values.rules as string | undefined) ?? 'report';
    if (rules !== 'report' && rules !== 'qd766' && rules !== 'nd118' && rules !== 'in-force') {
      throw new CliUsageError(t('--rules phải là report, qd766, nd118 hoặc in-force', '--rules must be report, qd766, nd118 or in-force'));
    }
    const dateFormat = (args.values['date-format'] as string | undefined) ?? 'auto';
    if (dateFormat !== 'auto' && dateFormat !== 'iso' && dateFormat !== 'dd/mm/yyyy')
      throw new CliUsageError(t('--date-format phải là auto, iso hoặc dd/mm/yyyy', '--date-format must be auto, iso or dd/mm/yyyy'));
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
    const delimiter = delimiterOption(args.values.delimiter as string | undefined, lang);
    const encoding = encodingOption(args.values.encoding as string | undefined, lang);
    const sheetArg = args.values.sheet as string | undefined;
    const sheet = sheetArg === undefined ? undefined : /^[1-9][0-9]{0,3}$/.test(sheetArg) ? Number(sheetArg) : sheetArg;
    const calendarRead: { text?: string } = {};
    const calendar = await resolveCalendar(args.values.calendar as string | undefined, io, lang, calendarRead);
    const threadsArg = threadsOption(args.values.threads as string | undefined);

    // The rejected-rows file: the one named by --rejected, or FILE.rejected.csv beside the input. Never an input, never
    // --out. It is removed now and written (atomically) at the end: a rejected-rows file on disk always belongs to a run
    // that finished. The default one is written only when rows were rejected; --rejected FILE always (header only when
    // none), so that a stale one never survives.
    const explicitRejected = args.values.rejected as string | undefined;
    const rejectedFile = explicitRejected ?? `${file.replace(/\.(csv|tsv|txt|xlsx|xlsm)$/i, '')}.rejected.csv`;
    const out = typeof args.values.out === 'string' && args.values.out !== '' ? args.values.out : undefined;
    const calendarFile = typeof args.values.calendar === 'string' ? args.values.calendar : undefined;
    const inputs = [['', file], ...(calendarFile ? [['--calendar', calendarFile] as const] : [])] as const;
    await refuseOverwrite(io, lang, inputs, [['--rejected', rejectedFile], ...(out ? [['--out', out] as const] : [])]);
    await io.removeFile(rejectedFile);

    const kind = await inputKind(io, file, lang);
    if (
      kind === 'xlsx' &&
      (args.values.delimiter !== undefined || args.values.encoding !== undefined || args.values['multiline-fields'] === true)
    ) {
      throw new CliUsageError(
        t(
          '--delimiter, --encoding và --multiline-fields chỉ dùng cho tệp CSV, không cho tệp .xlsx',
          '--delimiter, --encoding and --multiline-fields apply to CSV files, not to .xlsx',
        ),
      );
    }
    if (kind === 'csv' && sheet !== undefined)
      throw new CliUsageError(t('--sheet chỉ dùng cho tệp .xlsx', '--sheet applies to .xlsx files only'));
    const rejectedHeader = `${kind === 'xlsx' ? t('trang,', 'sheet,') : ''}${t('dong,dong_van_ban,cot,ma,ly_do', 'row,line,field,code,reason')}\n`;
    let rejectedWriter: CliWriter | undefined;
    const common = {
      dateFormat: dateFormat as 'auto' | 'iso' | 'dd/mm/yyyy',
      columns: parseColumnMap(args.values.map as string | undefined, lang),
      maxRejected: format === 'xlsx' ? 10_000 : 100,
      onReject: (r: RejectedCsvRow) => {
        if (!rejectedWriter) {
          rejectedWriter = io.openWriter(rejectedFile);
          rejectedWriter.write(rejectedHeader);
        }
        const cells = [...(kind === 'xlsx' ? [r.sheet ?? ''] : []), String(r.row), String(r.line), r.field ?? '', r.code, r.message[lang]];
        rejectedWriter.write(`${cells.map((c) => csvField(c)).join(',')}\n`);
      },
    };
    const multiline = args.values['multiline-fields'] === true;
    const groupBy = by as DossierGroupBy | undefined;
    // The readers' options checked before any reading (a bad --map is an error at once), as they always were.
    let xlsxReader: DossierCsvReader | undefined;
    if (kind === 'xlsx') {
      let blob: Awaited<ReturnType<CliIO['openBlob']>>;
      try {
        blob = await io.openBlob(file);
      } catch {
        throw new CliUsageError(t(`không đọc được tệp "${file}"`, `cannot read "${file}"`));
      }
      xlsxReader = readDossiersXlsx(blob as never, { ...common, ...(sheet !== undefined ? { sheet } : {}) });
    } else readDossiersCsv('', { ...common, delimiter, encoding, multilineFields: multiline });
    const sequential = async (): Promise<{ result: DossierTally | Map<string | null, DossierTally>; report: DossierCsvReport }> => {
      let reader: DossierCsvReader;
      if (xlsxReader !== undefined) reader = xlsxReader;
      else {
        let chunks: AsyncIterable<string | Uint8Array>;
        try {
          chunks = io.readChunks(file);
        } catch {
          throw new CliUsageError(t(`không đọc được tệp "${file}"`, `cannot read "${file}"`));
        }
        reader = readDossiersCsv(chunks, { ...common, delimiter, encoding, multilineFields: multiline });
      }
      const progress = progressLine(io, lang, () => reader.report);
      try {
        const result = groupBy
          ? await tallyDossiers(reader, { from, to, rules, calendar, groupBy })
          : await tallyDossiers(reader, { from, to, rules, calendar });
        return { result, report: reader.report };
      } finally {
        progress.done();
      }
    };
    // A large regular CSV file: read by several threads (the same output; see parallel-csv.ts), unless --threads 1.
    const parallel = async (): Promise<
      { result: DossierTally | Map<string | null, DossierTally>; report: DossierCsvReport } | undefined
    > => {
      if (kind !== 'csv' || threadsArg === 1 || io.regularFileSize === undefined) return undefined;
      const size = await io.regularFileSize(file);
      const threads = csvThreads(threadsArg, size);
      if (threads < 2 || size === undefined) return undefined;
      const live: ParallelCsvProgress = { accepted: 0, rejectedRows: 0 };
      const progress = progressLine(io, lang, () => live);
      try {
        const r = await tallyCsvFileInParallel(
          {
            file,
            threads,
            delimiter,
            encoding,
            multiline,
            dateFormat: common.dateFormat,
            columns: common.columns,
            maxRejected: common.maxRejected,
            onReject: common.onReject,
            from,
            to,
            rules,
            calendar: calendarFile,
            calendarText: calendarRead.text,
            groupBy,
            lang,
          },
          live,
        );
        if (r !== undefined) progress.done();
        else progress.cancel();
        return r;
      } catch (e) {
        progress.cancel();
        if (!(e instanceof ParallelCsvAbandoned)) throw e;
        // A thread failed (bytes that are not UTF-8, …): start over on one thread, which reports it as always.
        await rejectedWriter?.abort();
        rejectedWriter = undefined;
        return undefined;
      }
    };
    // The tally's options (period, rules, calendar) checked before any reading or progress line, by both paths.
    if (groupBy) tallyDossiers([], { from, to, rules, calendar, groupBy });
    else tallyDossiers([], { from, to, rules, calendar });
    let result: DossierTally | Map<string | null, DossierTally>;
    let report: DossierCsvReport;
    try {
      ({ result, report } = (await parallel()) ?? (await sequential()));
      if (rejectedWriter) await rejectedWriter.close();
      else if (explicitRejected !== undefined) await io.writeFile(rejectedFile, rejectedHeader);
    } catch (e) {
      await rejectedWriter?.abort();
      if ((e as { code?: string }).code === 'ENOENT') throw new CliUsageError(t(`không có tệp "${file}"`, `no such file "${file}"`));
      if (e instanceof CchcError) throw cliWording(e);
      throw e;
    }
    // Never a silent empty result: a file without a header is an error, a header without rows a warning.
    if (report.headerRow === null) {
      throw new CliUsageError(t(`"${file}" không có dòng nào (tệp rỗng?)`, `"${file}" has no rows (an empty file?)`));
    }
    if (report.rowsRead === 0)
      io.err(
        t(
          `cchc dossiers: cảnh báo: "${file}" chỉ có dòng tiêu đề, không có dòng hồ sơ nào\n`,
          `cchc dossiers: warning: "${file}" has a header but no dossier rows\n`,
        ),
      );

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
        headerRow: report.headerRow,
        ...(report.sheet !== undefined ? { sheet: report.sheet } : {}),
        encoding: report.encoding,
        delimiter: report.delimiter,
        rejectedFile: rejectedWriter !== undefined || explicitRejected !== undefined ? rejectedFile : null,
        provisional: total.provisional ?? 0,
        groups: rows.map(([label, tally]) => ({
          label,
          tally,
          onTimeRate: onTimeRate(tally, { denominator }),
          lateRate: lateRate(tally, { denominator }),
          overduePendingRate: overduePendingRate(tally),
        })),
      };
      return writeOutput(io, args, JSON.stringify(json, null, 2));
    }
    const nd118 = total.paused !== undefined;
    const table: TextTable = {
      header: [
        by
          ? (
              {
                level: t('Cấp', 'Level'),
                agency: t('Cơ quan', 'Agency'),
                procedure: t('Thủ tục', 'Procedure'),
                channel: t('Kênh', 'Channel'),
                month: t('Tháng', 'Month'),
              } as Record<string, string>
            )[by]!
          : '',
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
        ...(nd118
          ? [
              t('Tạm dừng chờ bổ sung', 'Paused'),
              t('Dừng theo yêu cầu', 'Stopped on request'),
              t('Đóng do không bổ sung', 'Closed, no supplement'),
            ]
          : []),
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
      ...readNote(report, kind, lang),
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
    ];
    if (format === 'xlsx') {
      const groupLabel = by
        ? (
            {
              level: t('Cấp', 'Level'),
              agency: t('Cơ quan', 'Agency'),
              procedure: t('Thủ tục', 'Procedure'),
              channel: t('Kênh', 'Channel'),
              month: t('Tháng', 'Month'),
            } as Record<string, string>
          )[by]!
        : t('Nhóm', 'Group');
      const sheets = [
        tallySheets(
          groups.length > 0 ? groups : [],
          total,
          (x) => ({ onTime: onTimeRate(x, { denominator }), late: lateRate(x, { denominator }) }),
          {
            groupLabel,
            subtitle: t(
              `Tệp ${file}; kỳ ${from} – ${to}; quy tắc ${rules}; lịch ${calendar.name}; tỷ lệ trên mẫu số "${denominator}"`,
              `File ${file}; period ${from} – ${to}; rules ${rules}; calendar ${calendar.name}; rates over the "${denominator}" denominator`,
            ),
            notes: note,
          },
          lang,
        ),
        rejectedSheet(report.rejected, report.rejectedRows, lang),
      ];
      const out = args.values.out as string;
      await io.writeFile(out, await writeXlsx({ sheets }));
      io.err(tr(lang, `Đã ghi ${out}\n`, `Wrote ${out}\n`));
      return 0;
    }
    return writeOutput(io, args, `${format === 'md' ? renderMarkdown(table) : renderText(table)}\n\n${note.join('\n')}`);
  },
};
