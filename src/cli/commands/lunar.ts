import { solarToLunar } from '../../calendar/solar-to-lunar.js';
import { lunarToSolar } from '../../calendar/lunar-to-solar.js';
import type { Command } from '../command.js';
import { tr } from '../i18n.js';
import { CliUsageError } from '../io.js';
import { writeOutput } from '../output.js';

const STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'];
const BRANCHES = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'];

/** The sexagenary name of a lunar year (năm can chi): 2024 → "Giáp Thìn". */
function canChi(year: number): string {
  return `${STEMS[(((year + 6) % 10) + 10) % 10]} ${BRANCHES[(((year + 8) % 12) + 12) % 12]}`;
}

export const lunarCommand: Command = {
  name: 'lunar',
  summary: {
    vi: 'Đổi ngày dương lịch sang âm lịch (và ngược lại với --to-solar)',
    en: 'Convert a solar date to the Vietnamese lunar calendar (or back with --to-solar)',
  },
  help: {
    vi: `cchc lunar NGÀY [--to-solar] [--leap] [--format text|json] [--lang vi|en]

Đổi NGÀY dương lịch (YYYY-MM-DD) sang âm lịch Việt Nam (múi giờ UTC+7). Với --to-solar, NGÀY là ngày âm lịch
YYYY-MM-DD (năm âm lịch, tháng, ngày) và --leap chỉ tháng nhuận.

Ví dụ:  cchc lunar 2024-02-10           → 1/1 Giáp Thìn (2024)
        cchc lunar 2025-03-10 --to-solar → 2025-04-07 (Giỗ Tổ Hùng Vương)`,
    en: `cchc lunar DATE [--to-solar] [--leap] [--format text|json] [--lang vi|en]

Converts a solar DATE (YYYY-MM-DD) to the Vietnamese lunar calendar (computed at UTC+7). With --to-solar, DATE is a
lunar date YYYY-MM-DD (lunar year, month, day) and --leap marks a leap month.

Examples:  cchc lunar 2024-02-10            → 1/1 Giáp Thìn (2024)
           cchc lunar 2025-03-10 --to-solar → 2025-04-07 (Hùng Kings' day)`,
  },
  options: {
    'to-solar': { type: 'boolean' },
    leap: { type: 'boolean' },
    format: { type: 'string' },
  },
  async run(args, io) {
    const { lang } = args;
    const date = args.positionals[0];
    if (date === undefined)
      throw new CliUsageError(tr(lang, 'cần NGÀY, ví dụ: cchc lunar 2024-02-10', 'expected a DATE, e.g. cchc lunar 2024-02-10'));
    const json = args.values.format === 'json';
    if (args.values.format !== undefined && !json && args.values.format !== 'text') {
      throw new CliUsageError(
        tr(lang, `--format không hợp lệ: "${String(args.values.format)}"`, `unknown --format "${String(args.values.format)}"`),
      );
    }
    if (args.values['to-solar']) {
      const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(date);
      if (!m)
        throw new CliUsageError(
          tr(lang, `ngày âm lịch phải có dạng YYYY-MM-DD, nhận được "${date}"`, `a lunar date must be YYYY-MM-DD, received "${date}"`),
        );
      const lunar = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]), leap: Boolean(args.values.leap) };
      const solar = lunarToSolar(lunar);
      return writeOutput(io, args, json ? JSON.stringify({ lunar, solar }, null, 2) : solar);
    }
    const l = solarToLunar(date);
    if (json) return writeOutput(io, args, JSON.stringify({ solar: date, lunar: l, yearName: canChi(l.year) }, null, 2));
    const leap = l.leap ? tr(lang, ' (nhuận)', ' (leap)') : '';
    return writeOutput(
      io,
      args,
      tr(
        lang,
        `Ngày ${l.day} tháng ${l.month}${leap} năm ${canChi(l.year)} (${l.year}) âm lịch`,
        `Lunar ${l.day}/${l.month}${leap}, year ${canChi(l.year)} (${l.year})`,
      ),
    );
  },
};
