import { fail, show } from '../../core/errors.js';
import { readOptions } from '../../core/options.js';
import type { LunarOptions } from '../lunar-date.js';
import type { LunarZoneRule } from './lunar-table.js';
import * as vi from '../../core/messages/vi/calendar.js';
import * as en from '../../core/messages/en/calendar.js';

const LUNAR_OPTION_KEYS: readonly string[] = Object.freeze(['utcOffset']);

/** Validate lunar options (strict: `UNKNOWN_KEY` for a key other than `utcOffset`) and return the zone rule. @internal */
export function zoneOf(options: LunarOptions | undefined): LunarZoneRule {
  if (options === undefined) return 7;
  const o = readOptions<LunarOptions>(options, LUNAR_OPTION_KEYS);
  const z = o.utcOffset ?? 7;
  if (z !== 7 && z !== 8 && z !== 'historic') {
    return fail(
      'INVALID_INPUT',
      ['options', 'utcOffset'],
      vi.INVALID_INPUT__utcOffset({ received: show(z) }),
      en.INVALID_INPUT__utcOffset({ received: show(z) }),
      z,
    );
  }
  return z;
}
