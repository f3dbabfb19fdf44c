/**
 * The `onProvisional` option of the working-day functions: `'allow'` (default) or `'error'`, and the check that
 * throws `PROVISIONAL_CALENDAR` naming the first provisional day a result crosses.
 * @internal
 */
import { fail, show } from '../../core/errors.js';
import type { WorkCalendarImpl } from '../work-calendar.js';
import * as vi from '../../core/messages/vi/calendar.js';
import * as en from '../../core/messages/en/calendar.js';
import * as viCore from '../../core/messages/vi/core.js';
import * as enCore from '../../core/messages/en/core.js';

/**
 * Whether the options ask for `onProvisional: 'error'` (own property; anything but 'allow' / 'error' is INVALID_INPUT).
 *
 * @category Calendar
 */
export function errorOnProvisional(options: unknown): boolean {
  if (options === undefined || !Object.hasOwn(options as object, 'onProvisional')) return false;
  const v = (options as { onProvisional?: unknown }).onProvisional;
  if (v === undefined || v === 'allow') return false;
  if (v === 'error') return true;
  const p = { choices: "'allow', 'error'", received: show(v), suggestion: '' };
  return fail('INVALID_INPUT', ['options', 'onProvisional'], viCore.INVALID_INPUT__choice(p), enCore.INVALID_INPUT__choice(p), v);
}

/**
 * Throw `PROVISIONAL_CALENDAR` when a provisional day lies between day numbers `from` and `to` (both included; the
 * first one met going from `from` to `to` is named). Nothing is checked when `from` is past `to` in the direction of
 * travel given by `forward` (an empty range).
 *
 * @category Calendar
 */
export function refuseProvisional(cal: WorkCalendarImpl, from: number, to: number, forward: boolean): void {
  if (forward ? from > to : from < to) return;
  const d = cal.firstProvisionalDayNumber(from, to);
  if (d === undefined) return;
  const day = cal.isoOf(d);
  const p = { day, name: cal.name };
  fail('PROVISIONAL_CALENDAR', [], vi.PROVISIONAL_CALENDAR(p), en.PROVISIONAL_CALENDAR(p), day);
}
