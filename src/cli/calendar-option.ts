import { civilServiceCalendar } from '../calendar/civil-service-calendar.js';
import { createWorkCalendar } from '../calendar/work-calendar.js';
import type { WorkCalendar } from '../calendar/work-calendar-types.js';
import type { Locale } from '../core/locale.js';
import { tr } from './i18n.js';
import { CliUsageError, type CliIO } from './io.js';

/**
 * Resolve `--calendar`: `civil-service` (default), `labour-code` (statutory days without the civil-service swaps),
 * or the path of a JSON file holding a `WorkCalendarSpec` whose `base` is one of those two names. The file is read
 * once: `read.text` receives its text (the threads of a parallel CSV read build the calendar from it, never opening the
 * path again: a FIFO cannot be read twice, and a file saved meanwhile must not change the answer).
 */
export async function resolveCalendar(
  value: string | undefined,
  io: Pick<CliIO, 'readText'>,
  lang: Locale,
  read?: { text?: string },
): Promise<WorkCalendar> {
  if (value === undefined || value === 'civil-service') return civilServiceCalendar;
  if (value === 'labour-code') return createWorkCalendar({ name: 'labour-code', holidays: 'labour-code' });
  let text: string;
  try {
    text = await io.readText(value);
    if (read !== undefined) read.text = text;
  } catch {
    throw new CliUsageError(
      tr(
        lang,
        `--calendar: không đọc được tệp "${value}" (dùng civil-service, labour-code hoặc đường dẫn tệp JSON)`,
        `--calendar: cannot read "${value}" (use civil-service, labour-code or a JSON file path)`,
      ),
    );
  }
  let spec: Record<string, unknown>;
  try {
    spec = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new CliUsageError(tr(lang, `--calendar: "${value}" không phải JSON hợp lệ`, `--calendar: "${value}" is not valid JSON`));
  }
  const base =
    spec.base === undefined || spec.base === 'civil-service'
      ? civilServiceCalendar
      : spec.base === 'labour-code'
        ? createWorkCalendar({ holidays: 'labour-code' })
        : undefined;
  if (base === undefined) {
    throw new CliUsageError(
      tr(
        lang,
        `--calendar: "base" phải là "civil-service" hoặc "labour-code"`,
        `--calendar: "base" must be "civil-service" or "labour-code"`,
      ),
    );
  }
  return createWorkCalendar({ ...spec, base } as Parameters<typeof createWorkCalendar>[0]);
}
