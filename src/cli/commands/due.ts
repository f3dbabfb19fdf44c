import { addWorkingDays } from '../../calendar/add-working-days.js';
import { receiptDate } from '../../calendar/due-date.js';
import { dayOfWeek } from '../../core/iso-date.js';
import { isCchcError } from '../../core/errors.js';
import { resolveCalendar } from '../calendar-option.js';
import type { Command } from '../command.js';
import { tr } from '../i18n.js';
import { CliUsageError } from '../io.js';
import { writeOutput } from '../output.js';

const WEEKDAYS_VI = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];
const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const dueCommand: Command = {
  name: 'due',
  summary: { vi: 'Ngày hẹn trả: NGÀY tiếp nhận + N ngày làm việc', en: 'Due date: receipt DATE + N working days' },
  help: {
    vi: `cchc due NGÀY N [--cutoff HH:mm] [--calendar civil-service|labour-code|TỆP.json] [--format text|json] [--lang vi|en]

Tính ngày hẹn trả kết quả: ngày làm việc thứ N sau NGÀY tiếp nhận (không tính ngày tiếp nhận, Điều 147 Bộ luật Dân
sự 2015), theo lịch ngày làm việc (mặc định lịch cán bộ, công chức: nghỉ lễ, Tết, nghỉ bù, hoán đổi, làm bù).
NGÀY là YYYY-MM-DD, hoặc ngày giờ có múi giờ (2025-03-12T15:20:00+07:00) khi dùng --cutoff: hồ sơ nhận sau giờ này
tính từ ngày làm việc tiếp theo.

Ngày hẹn dựa trên ngày chưa có lịch nghỉ chính thức (năm 2027 trở đi: suy ra từ quy định) được ghi "tạm tính".

Ví dụ:  cchc due 2020-01-20 5                 → 2020-02-03 (nghỉ Tết 23–29/01/2020)
        cchc due 2026-11-20 3                 → 2026-11-26 (24/11: Ngày Văn hóa Việt Nam)
        cchc due 2025-03-12T15:20:00+07:00 3 --cutoff 15:00`,
    en: `cchc due DATE N [--cutoff HH:mm] [--calendar civil-service|labour-code|FILE.json] [--format text|json] [--lang vi|en]

The appointment (due) date: the N-th working day after the receipt DATE (the receipt day is not counted, Civil
Code 2015 Art. 147), on a working-day calendar (default: the civil-service calendar with holidays, compensatory days,
swaps and make-up Saturdays). DATE is YYYY-MM-DD, or a date-time with an offset when --cutoff is used: a dossier
received after that time counts from the next working day.

A due date that rests on a day without an official schedule (2027 onwards: derived from the rules) is marked
"provisional".

Examples:  cchc due 2020-01-20 5                 → 2020-02-03 (Tết 23–29/01/2020 off)
           cchc due 2026-11-20 3                 → 2026-11-26 (24/11: Vietnam Culture Day)
           cchc due 2025-03-12T15:20:00+07:00 3 --cutoff 15:00`,
  },
  options: {
    cutoff: { type: 'string' },
    calendar: { type: 'string' },
    format: { type: 'string' },
  },
  async run(args, io) {
    const { lang } = args;
    const [received, nText] = args.positionals;
    if (received === undefined || nText === undefined) {
      throw new CliUsageError(tr(lang, 'cần NGÀY và N, ví dụ: cchc due 2020-01-20 5', 'expected DATE and N, e.g. cchc due 2020-01-20 5'));
    }
    if (!/^-?\d+$/.test(nText))
      throw new CliUsageError(tr(lang, `N phải là số nguyên, nhận được "${nText}"`, `N must be an integer, received "${nText}"`));
    const calendar = await resolveCalendar(args.values.calendar as string | undefined, io, lang);
    const cutoff = args.values.cutoff as string | undefined;
    const from = receiptDate(received, cutoff === undefined ? { calendar } : { calendar, cutoff });
    const due = addWorkingDays(from, Number(nText), { calendar });
    // Tạm tính: the first day without an official schedule the result rests on, as the library's onProvisional names it.
    let firstProvisionalDay: string | null = null;
    try {
      receiptDate(received, cutoff === undefined ? { calendar, onProvisional: 'error' } : { calendar, cutoff, onProvisional: 'error' });
      addWorkingDays(from, Number(nText), { calendar, onProvisional: 'error' });
    } catch (e) {
      if (!isCchcError(e, 'PROVISIONAL_CALENDAR')) throw e;
      firstProvisionalDay = String(e.issues[0]!.received);
    }
    const provisional = firstProvisionalDay !== null;
    if (args.values.format === 'json') {
      const json = {
        received,
        countsFrom: from,
        workingDays: Number(nText),
        due,
        calendar: calendar.name,
        provisional,
        firstProvisionalDay,
      };
      return writeOutput(io, args, JSON.stringify(json, null, 2));
    }
    if (args.values.format !== undefined && args.values.format !== 'text') {
      throw new CliUsageError(
        tr(lang, `--format không hợp lệ: "${String(args.values.format)}"`, `unknown --format "${String(args.values.format)}"`),
      );
    }
    const wd = (lang === 'en' ? WEEKDAYS_EN : WEEKDAYS_VI)[dayOfWeek(due)]!;
    const lines = [due];
    if (from !== received.slice(0, 10)) lines.push(tr(lang, `(tính từ ngày ${from})`, `(counted from ${from})`));
    const mark = provisional ? tr(lang, ' (tạm tính)', ' (provisional)') : '';
    lines.push(
      tr(
        lang,
        `${wd}; ${nText} ngày làm việc theo lịch ${calendar.name}${mark}`,
        `${wd}; ${nText} working days on the ${calendar.name} calendar${mark}`,
      ),
    );
    if (provisional) {
      lines.push(
        tr(
          lang,
          `tạm tính: dựa trên ngày ${firstProvisionalDay} trở đi, chưa có lịch nghỉ chính thức (suy ra từ quy định; có thể đổi khi lịch nghỉ được công bố)`,
          `provisional: rests on ${firstProvisionalDay} onwards, not covered by an official schedule (derived from the rules; may change when the schedule is announced)`,
        ),
      );
    }
    return writeOutput(io, args, lines.join('\n'));
  },
};
