import type { Decimal } from 'decimal.js';
import { formatNumber } from '../../core/format-number.js';
import { parseIsoDate } from '../../core/iso-date.js';
import { parsePeriod } from '../../core/period.js';
import { readCsvRecords, readDossiersCsv, type DossierCsvField, type RejectedCsvRow } from '../../dossier/csv.js';
import type { LeafInput } from '../../par/score-assessment.js';
import { measure766, type Qd766Measurement } from '../../qd766/measure.js';
import { paknFromCsvRows, tthcCatalogueFromCsvRows, type Qd766RejectedRow } from '../../qd766/csv-rows.js';
import { lostPoints766, score766, type Qd766Score } from '../../qd766/score.js';
import { renderMarkdown, renderText, type TextTable } from '../../report/_internal/table.js';
import { resolveCalendar } from '../calendar-option.js';
import type { Command } from '../command.js';
import { tr } from '../i18n.js';
import { CliUsageError } from '../io.js';
import { writeOutput } from '../output.js';

const LEVELS = ['province', 'department', 'commune', 'ministry'];

/** `--map a=B,c=D` → `{ a: 'B', c: 'D' }`. */
function pairs(text: string | undefined, option: string, lang: 'vi' | 'en'): Record<string, string> {
  if (text === undefined) return {};
  const out: Record<string, string> = {};
  for (const part of text.split(',')) {
    const m = /^\s*([A-Za-z0-9.]+)\s*=\s*(.+?)\s*$/.exec(part);
    if (!m) throw new CliUsageError(tr(lang, `${option}: "${part}" phải có dạng ten=giatri`, `${option}: "${part}" must be name=value`));
    out[m[1]!] = m[2]!;
  }
  return out;
}

/** `--provided "3.1=73,58%;1.3=1,96p"`: a rate ("…%") or points ("…p"), pairs separated by ";". */
function provided(text: string | undefined, lang: 'vi' | 'en'): Record<string, LeafInput> {
  const out: Record<string, LeafInput> = {};
  for (const part of (text ?? '').split(';')) {
    if (part.trim() === '') continue;
    const m = /^\s*([0-9.]+)\s*=\s*(.+?)\s*$/.exec(part);
    const value = m?.[2] ?? '';
    if (m && value.endsWith('%')) out[m[1]!] = { rate: value };
    else if (m && value.endsWith('p')) out[m[1]!] = { points: value.slice(0, -1) };
    else {
      throw new CliUsageError(
        tr(
          lang,
          `--provided: "${part}" phải có dạng mã=tỷ lệ% hoặc mã=điểmp ("3.1=73,58%;1.3=1,96p")`,
          `--provided: "${part}" must be code=rate% or code=pointsp ("3.1=73.58%;1.3=1.96p")`,
        ),
      );
    }
  }
  return out;
}

async function collect(source: AsyncIterable<Record<string, string>>): Promise<Record<string, string>[]> {
  const out: Record<string, string>[] = [];
  for await (const r of source) out.push(r);
  return out;
}

export const index766Command: Command = {
  name: 'index766',
  summary: {
    vi: 'Tính Bộ chỉ số QĐ 766 từ dữ liệu hồ sơ (và danh mục TTHC, PAKN): điểm từng nhóm, chỉ số, điểm bị mất',
    en: 'Compute the QĐ 766 index from dossier data (and the TTHC catalogue, PAKN): points by group and indicator, lost points',
  },
  help: {
    vi: `cchc index766 HOSO.csv (--period "Tháng 8/2026" | --from NGÀY --to NGÀY) [--as-of NGÀY] [--level province|department|commune|ministry]
        [--catalogue DANHMUC.csv] [--pakn PAKN.csv] [--policy portal-observed|commune-full-marks] [--edition qd766-portal|qd766-2022]
        [--provided "3.1=73,58%;1.3=1,96p"] [--week-ends-on 0-6] [--calendar civil-service|labour-code|TỆP.json]
        [--delimiter ,] [--date-format auto|iso|dd/mm/yyyy] [--map id=MaHoSo,...] [--facts paidOnline=TenCot,...]
        [--top 10] [--format text|md|json] [--out TỆP]

Đo từng chỉ số của Bộ chỉ số QĐ 766/QĐ-TTg theo cấu hình Cổng DVCQG đang chấm (QD766_PORTAL) từ tệp hồ sơ
(cột của hồ sơ như lệnh dossiers, cùng các cột của QĐ 766: synced, fullProcessEligible, fullProcessOnline,
electronicResult, digitised, reusedData, dataStoreLinked, populationData, feeRequired, paidOnline, satisfaction,
feedback — hoặc viết kiểu snake_case; ô trống là chưa rõ), danh mục TTHC (--catalogue) và PAKN (--pakn), rồi in bảng
điểm theo nhóm và chỉ số cùng các chỉ số bị mất điểm nhiều nhất ("thêm 12 hồ sơ thanh toán trực tuyến → +0,8").
Chỉ số thiếu dữ liệu được liệt kê là "không đo được" (kèm lý do), không bao giờ tính 0 điểm.
--period đọc "Tháng 8/2026", "Quý III/2026", "năm 2026", "tuần 49/2025" (tuần kết thúc vào --week-ends-on, mặc định
thứ Sáu: ngày chốt bảng xếp hạng tuần chưa được xác minh). --provided nhận giá trị đo ở nơi khác: tỷ lệ của Cổng cho
3.1, điểm của tỉnh cho 1.1–1.3 (cấp sở, xã).

Ví dụ:  cchc index766 hoso.csv --period "Tháng 8/2026" --level province --catalogue tthc.csv --pakn pakn.csv`,
    en: `cchc index766 DOSSIERS.csv (--period "Tháng 8/2026" | --from DATE --to DATE) [--as-of DATE] [--level province|department|commune|ministry]
        [--catalogue CATALOGUE.csv] [--pakn PAKN.csv] [--policy portal-observed|commune-full-marks] [--edition qd766-portal|qd766-2022]
        [--provided "3.1=73.58%;1.3=1.96p"] [--week-ends-on 0-6] [--calendar civil-service|labour-code|FILE.json]
        [--delimiter ,] [--date-format auto|iso|dd/mm/yyyy] [--map id=MaHoSo,...] [--facts paidOnline=Column,...]
        [--top 10] [--format text|md|json] [--out FILE]

Measures every indicator of the QĐ 766/QĐ-TTg index as the national portal scores it today (QD766_PORTAL) from a
dossier file (the dossier columns of the dossiers command, plus the QĐ 766 columns synced, fullProcessEligible,
fullProcessOnline, electronicResult, digitised, reusedData, dataStoreLinked, populationData, feeRequired, paidOnline,
satisfaction, feedback — snake_case names too; an empty cell is unknown), the TTHC catalogue (--catalogue) and the PAKN
(--pakn), then prints the score by group and indicator and the indicators that lose the most points ("12 more
dossiers paid online → +0.8"). An indicator whose data is missing is listed as not measurable, with why; it is never
scored 0.
--period reads "Tháng 8/2026", "Quý III/2026", "năm 2026", "tuần 49/2025" (weeks end on --week-ends-on, Friday by
default: the day of the weekly ranking is not verified). --provided takes values measured elsewhere: the portal's rate
for 3.1, the province's points for 1.1–1.3 (departments, communes).

Example:  cchc index766 dossiers.csv --period "Tháng 8/2026" --level province --catalogue tthc.csv --pakn pakn.csv`,
  },
  options: {
    period: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    'as-of': { type: 'string' },
    level: { type: 'string' },
    catalogue: { type: 'string' },
    pakn: { type: 'string' },
    policy: { type: 'string' },
    edition: { type: 'string' },
    provided: { type: 'string' },
    'week-ends-on': { type: 'string' },
    calendar: { type: 'string' },
    delimiter: { type: 'string' },
    'date-format': { type: 'string' },
    map: { type: 'string' },
    facts: { type: 'string' },
    top: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
  },
  async run(args, io) {
    const { lang } = args;
    const t = (v: string, e: string) => tr(lang, v, e);
    const file = args.positionals[0];
    if (file === undefined) {
      throw new CliUsageError(
        t(
          'cần HOSO.csv, ví dụ: cchc index766 hoso.csv --period "Tháng 8/2026"',
          'expected DOSSIERS.csv, e.g. cchc index766 dossiers.csv --period "Tháng 8/2026"',
        ),
      );
    }
    const v = args.values as Record<string, string | undefined>;
    const weekEndsOn = v['week-ends-on'] === undefined ? 5 : Number(v['week-ends-on']);
    if (!Number.isInteger(weekEndsOn) || weekEndsOn < 0 || weekEndsOn > 6)
      throw new CliUsageError(t('--week-ends-on là 0 (Chủ nhật) … 6 (Thứ bảy)', '--week-ends-on is 0 (Sunday) … 6 (Saturday)'));
    let start: string;
    let end: string;
    let label: string;
    if (v.period !== undefined) {
      const p = parsePeriod(v.period, { weekEndsOn });
      start = p.start;
      end = p.end;
      label = p.label;
    } else if (v.from !== undefined && v.to !== undefined) {
      parseIsoDate(v.from, ['--from']);
      parseIsoDate(v.to, ['--to']);
      start = v.from;
      end = v.to;
      label = `${start} – ${end}`;
    } else throw new CliUsageError(t('cần --period hoặc --from và --to', 'expected --period, or --from and --to'));
    const level = v.level ?? 'province';
    if (!LEVELS.includes(level))
      throw new CliUsageError(t(`--level phải là một trong ${LEVELS.join(', ')}`, `--level must be one of ${LEVELS.join(', ')}`));
    const dateFormat = (v['date-format'] ?? 'auto') as 'auto' | 'iso' | 'dd/mm/yyyy';
    if (dateFormat !== 'auto' && dateFormat !== 'iso' && dateFormat !== 'dd/mm/yyyy')
      throw new CliUsageError(t('--date-format phải là auto, iso hoặc dd/mm/yyyy', '--date-format must be auto, iso or dd/mm/yyyy'));
    const format = v.format ?? 'text';
    if (!['text', 'md', 'json'].includes(format))
      throw new CliUsageError(t(`--format không hợp lệ: "${format}"`, `unknown --format "${format}"`));
    const top = v.top === undefined ? 10 : Number(v.top);
    if (!Number.isInteger(top) || top < 0) throw new CliUsageError(t('--top là một số nguyên không âm', '--top is a non-negative integer'));
    const calendar = await resolveCalendar(v.calendar, io, lang);
    const delimiter = v.delimiter;
    const csvOptions = delimiter !== undefined ? { delimiter } : {};
    const factColumns = pairs(v.facts, '--facts', lang);
    const open = (path: string): AsyncIterable<string | Uint8Array> => {
      try {
        return io.readChunks(path);
      } catch {
        throw new CliUsageError(t(`không đọc được tệp "${path}"`, `cannot read "${path}"`));
      }
    };
    const rejectedNotes: string[] = [];
    const noteRejected = (what: string, rows: readonly Qd766RejectedRow[]) => {
      for (const r of rows.slice(0, 20))
        rejectedNotes.push(
          `${what} ${t('dòng', 'row')} ${r.row}${r.field ? ` (${r.field})` : ''}: ${lang === 'en' ? r.reason.en : r.reason.vi}`,
        );
      if (rows.length > 20)
        rejectedNotes.push(t(`${what}: còn ${rows.length - 20} dòng bị loại khác`, `${what}: ${rows.length - 20} more rejected rows`));
    };
    const catalogue =
      v.catalogue === undefined
        ? undefined
        : tthcCatalogueFromCsvRows(await collect(readCsvRecords(open(v.catalogue), csvOptions)), { dateFormat });
    if (catalogue) noteRejected(t('Danh mục TTHC', 'Catalogue'), catalogue.rejected);
    const pakn =
      v.pakn === undefined ? undefined : paknFromCsvRows(await collect(readCsvRecords(open(v.pakn), csvOptions)), { dateFormat });
    if (pakn) noteRejected('PAKN', pakn.rejected);

    // The dossiers, with their QĐ 766 facts (the reader puts the fact columns in each record's `qd766` block).
    const rejectedRows: RejectedCsvRow[] = [];
    const columns: Record<string, string> = { ...pairs(v.map, '--map', lang) };
    for (const [fact, column] of Object.entries(factColumns)) columns[fact.startsWith('qd766.') ? fact : `qd766.${fact}`] = column;
    const dossiers = readDossiersCsv(open(file), {
      ...csvOptions,
      dateFormat,
      columns: columns as Partial<Record<DossierCsvField, string>>,
      maxRejected: 100,
      onReject: (r: RejectedCsvRow) => rejectedRows.push(r),
    });
    let measurement: Qd766Measurement;
    try {
      measurement = await measure766(
        { dossiers, ...(catalogue ? { catalogue: catalogue.records } : {}), ...(pakn ? { pakn: pakn.records } : {}) },
        {
          period: { start, end },
          level,
          calendar,
          ...(v['as-of'] !== undefined ? { asOf: v['as-of'] } : {}),
          ...(v.policy !== undefined ? { policy: v.policy as 'portal-observed' } : {}),
          ...(v.edition !== undefined ? { edition: v.edition as 'qd766-portal' } : {}),
          ...(v.provided !== undefined ? { provided: provided(v.provided, lang) } : {}),
        },
      );
    } catch (e) {
      if ((e as { code?: string }).code === 'ENOENT' || /ENOENT/.test(String((e as Error).message)))
        throw new CliUsageError(t(`không có tệp "${file}"`, `no such file "${file}"`));
      throw e;
    }
    for (const r of rejectedRows.slice(0, 20))
      rejectedNotes.push(
        `${t('Hồ sơ', 'Dossiers')} ${t('dòng', 'row')} ${r.row}${r.field ? ` (${r.field})` : ''}: ${lang === 'en' ? r.reason : r.reasonVi}`,
      );
    const score = score766(measurement, { partial: true });
    const lost = lostPoints766(score).slice(0, top);
    if (format === 'json') {
      const json = {
        file,
        period: { start, end, label },
        asOf: measurement.asOf,
        level,
        methodology: measurement.methodology.id,
        published: measurement.published,
        notes: measurement.notes.map((n) => (lang === 'en' ? n.en : n.vi)),
        complete: score.complete,
        total: score.total.toString(),
        max: score.max.toString(),
        groups: score.groups.map((g) => ({
          code: g.code,
          name: lang === 'en' ? g.name.en : g.name.vi,
          points: g.points.toString(),
          max: g.max.toString(),
          maxPoints: g.maxPoints.toString(),
        })),
        indicators: measurement.order.map((code) => {
          const i = measurement.indicators[code]!;
          const s = score.score.nodes[code]!;
          return {
            code,
            name: lang === 'en' ? i.name.en : i.name.vi,
            status: i.status,
            ...(i.numerator !== undefined ? { numerator: i.numerator, denominator: i.denominator } : {}),
            points: s.status === 'scored' ? s.achieved.toString() : null,
            maxPoints: s.maxPoints.toString(),
            ...(i.message ? { message: lang === 'en' ? i.message.en : i.message.vi } : {}),
          };
        }),
        lostPoints: lost.map((l) => ({
          code: l.code,
          lost: l.lost.toString(),
          ...(l.recover ? { count: l.recover.count } : {}),
          text: lang === 'en' ? l.text.en : l.text.vi,
        })),
        rejected: rejectedNotes,
      };
      return writeOutput(io, args, JSON.stringify(json, null, 2));
    }
    return writeOutput(io, args, renderReport(measurement, score, lost, rejectedNotes, label, lang, format === 'md'));
  },
};

function renderReport(
  m: Qd766Measurement,
  s: Qd766Score,
  lost: ReturnType<typeof lostPoints766>,
  rejected: readonly string[],
  label: string,
  lang: 'vi' | 'en',
  markdown: boolean,
): string {
  const t = (v: string, e: string) => tr(lang, v, e);
  const num = (d: Decimal | number) => formatNumber(d, { locale: lang, decimals: 2 });
  const count = (n: number) => formatNumber(n, { locale: lang });
  const table: TextTable = {
    header: [
      t('Mã', 'Code'),
      t('Chỉ số', 'Indicator'),
      t('Tử số / mẫu số', 'Counts'),
      t('Điểm', 'Points'),
      t('Tối đa', 'Max'),
      t('Ghi chú', 'Note'),
    ],
    rows: [],
    align: ['left', 'left', 'right', 'right', 'right', 'left'],
  };
  const rows = table.rows as string[][];
  const short = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);
  const statusText: Record<string, [string, string]> = {
    measured: ['', ''],
    provided: ['giá trị truyền vào', 'provided'],
    awarded: ['tối đa ở cấp này', 'maximum at this level'],
    'not-applicable': ['không áp dụng', 'not applicable'],
    'not-measurable': ['KHÔNG ĐO ĐƯỢC', 'NOT MEASURABLE'],
  };
  for (const g of s.groups) {
    rows.push([
      g.code,
      lang === 'en' ? g.name.en : g.name.vi,
      '',
      num(g.points),
      num(g.maxPoints),
      g.max.lt(g.maxPoints) ? t(`chấm trên ${num(g.max)}`, `scored over ${num(g.max)}`) : '',
    ]);
    for (const code of m.order.filter((c) => c.split('.')[0] === g.code && c !== g.code)) {
      const i = m.indicators[code]!;
      const node = s.score.nodes[code]!;
      const st = statusText[i.status]!;
      const note = [t(st[0], st[1]), i.inherited ? t('giá trị của tỉnh', "province's value") : ''].filter((x) => x !== '').join('; ');
      rows.push([
        `  ${code}`,
        short(lang === 'en' ? i.name.en : i.name.vi),
        i.numerator !== undefined ? `${count(i.numerator)} / ${count(i.denominator!)}` : '',
        node.status === 'scored' ? num(node.achieved) : '—',
        num(node.maxPoints),
        note,
      ]);
    }
  }
  rows.push(['', t('Tổng', 'Total'), '', num(s.total), num(s.max), s.complete ? '' : t('chưa đủ dữ liệu', 'incomplete')]);
  const lines: string[] = [];
  lines.push(
    t(
      `Bộ chỉ số QĐ 766 — ${label} (số liệu đến ${m.asOf}), cấp ${m.level}`,
      `QĐ 766 index — ${label} (figures to ${m.asOf}), level ${m.level}`,
    ),
  );
  lines.push('');
  lines.push(markdown ? renderMarkdown(table) : renderText(table));
  if (m.notMeasurable.length > 0) {
    lines.push('');
    lines.push(
      t(
        'Không đo được (không tính 0 điểm; tổng trên phần đo được):',
        'Not measurable (never scored 0; the total is over what was measured):',
      ),
    );
    for (const i of m.notMeasurable) lines.push(`  - ${lang === 'en' ? i.message!.en : i.message!.vi}`);
  }
  if (lost.length > 0) {
    lines.push('');
    lines.push(t('Mất điểm nhiều nhất:', 'Largest losses:'));
    for (const l of lost) lines.push(`  - ${l.code} −${num(l.lost)}: ${lang === 'en' ? l.text.en : l.text.vi}`);
  }
  lines.push('');
  for (const n of m.notes) lines.push(lang === 'en' ? n.en : n.vi);
  if (rejected.length > 0) {
    lines.push('');
    lines.push(t('Dòng bị loại:', 'Rejected rows:'));
    for (const r of rejected) lines.push(`  - ${r}`);
  }
  return lines.join('\n');
}
