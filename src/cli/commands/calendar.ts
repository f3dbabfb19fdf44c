import { civilServiceCalendar } from '../../calendar/civil-service-calendar.js';
import { vnHolidays } from '../../calendar/vn-holidays.js';
import type { Holiday } from '../../calendar/types.js';
import { dayOfWeek } from '../../core/iso-date.js';
import { tr } from '../i18n.js';
import { CliUsageError } from '../io.js';
import { renderCsv, renderMarkdown, renderText } from '../../report/_internal/table.js';
import type { Command } from '../command.js';
import { writeOutput } from '../output.js';

const WEEKDAYS_VI = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'];
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const KIND_VI: Record<Holiday['kind'], string> = {
  statutory: 'nghỉ lễ, Tết',
  compensatory: 'nghỉ bù',
  'swap-off': 'nghỉ hoán đổi',
  'swap-workday': 'làm bù',
};

export const calendarCommand: Command = {
  name: 'calendar',
  summary: { vi: 'Ngày nghỉ lễ, Tết, nghỉ bù, hoán đổi của một năm', en: 'Days off, compensatory days and swaps of a year' },
  help: {
    vi: `cchc calendar NĂM [--regime civil-service|labour-code] [--format text|md|csv|json] [--out TỆP] [--lang vi|en]

Liệt kê các ngày nghỉ lễ, Tết (statutory), nghỉ bù (compensatory), nghỉ hoán đổi (swap-off) và ngày làm bù
(swap-workday) của NĂM, với nguồn của từng ngày. Năm 2019–2026 theo lịch chính thức của cán bộ, công chức (từ 2026 có
ngày 24/11, Ngày Văn hóa Việt Nam); các năm khác tính theo quy định (đánh dấu "tạm tính").

Ví dụ:  cchc calendar 2025
        cchc calendar 2026 --format csv --out nghi-le-2026.csv`,
    en: `cchc calendar YEAR [--regime civil-service|labour-code] [--format text|md|csv|json] [--out FILE] [--lang vi|en]

Lists the statutory days off, compensatory days, swapped days off and make-up working days of YEAR, each with its
source. 2019–2026 follow the official civil-service schedules (with 24/11, Vietnam Culture Day, from 2026); other
years follow the rules (marked provisional).

Examples:  cchc calendar 2025
           cchc calendar 2026 --format csv --out holidays-2026.csv`,
  },
  options: {
    regime: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
  },
  async run(args, io) {
    const { lang } = args;
    const yearText = args.positionals[0];
    if (yearText === undefined || !/^\d{4}$/.test(yearText)) {
      throw new CliUsageError(
        tr(lang, 'cần NĂM có 4 chữ số, ví dụ: cchc calendar 2025', 'expected a 4-digit YEAR, e.g. cchc calendar 2025'),
      );
    }
    const regime = (args.values.regime as string | undefined) ?? 'civil-service';
    if (regime !== 'civil-service' && regime !== 'labour-code') {
      throw new CliUsageError(
        tr(
          lang,
          `--regime phải là civil-service hoặc labour-code, nhận được "${regime}"`,
          `--regime must be civil-service or labour-code, received "${regime}"`,
        ),
      );
    }
    const days = vnHolidays(Number(yearText), { regime });
    const format = (args.values.format as string | undefined) ?? 'text';
    if (format === 'json') return writeOutput(io, args, JSON.stringify(days, null, 2));
    const wd = lang === 'en' ? WEEKDAYS_EN : WEEKDAYS_VI;
    const table = {
      header:
        lang === 'en' ? ['Date', 'Day', 'Kind', 'Name', 'Provisional', 'Source'] : ['Ngày', 'Thứ', 'Loại', 'Tên', 'Tạm tính', 'Nguồn'],
      rows: days.map((h) => [
        h.date,
        wd[dayOfWeek(h.date)]!,
        lang === 'en' ? h.kind : KIND_VI[h.kind],
        h.label[lang === 'en' ? 'en' : 'vi'],
        h.status === 'provisional' ? tr(lang, 'tạm tính', 'provisional') : '',
        h.source,
      ]),
    };
    const offCount = days.filter((h) => h.kind !== 'swap-workday').length;
    const provisional = days.some((h) => h.status === 'provisional');
    if (format === 'md') return writeOutput(io, args, renderMarkdown(table));
    if (format === 'csv') return writeOutput(io, args, renderCsv(table));
    if (format !== 'text') throw new CliUsageError(tr(lang, `--format không hợp lệ: "${format}"`, `unknown --format "${format}"`));
    const short = { ...table, header: table.header.slice(0, 5), rows: table.rows.map((r) => r.slice(0, 5)) };
    const note =
      tr(
        lang,
        `${offCount} ngày nghỉ trong năm ${yearText} (lịch ${regime === 'civil-service' ? 'cán bộ, công chức' : 'Bộ luật Lao động'}; ${civilServiceCalendar.name}). Xem nguồn từng ngày: --format csv hoặc json.`,
        `${offCount} days off in ${yearText} (${regime} calendar). Sources of each day: --format csv or json.`,
      ) +
      (provisional
        ? tr(
            lang,
            `\nTạm tính: chưa có lịch nghỉ chính thức của năm ${yearText}; các ngày được suy ra từ quy định (Chính phủ còn có thể quyết định hoán đổi).`,
            `\nProvisional: no official schedule for ${yearText} yet; the days are derived from the rules (the Government may still swap days).`,
          )
        : '');
    return writeOutput(io, args, `${renderText(short)}\n\n${note}`);
  },
};
