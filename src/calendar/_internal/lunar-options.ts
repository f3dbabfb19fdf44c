import { fail, show } from '../../core/errors.js';
import type { LunarOptions } from '../lunar-date.js';
import type { LunarZoneRule } from './lunar-table.js';

/** Validate lunar options and return the zone rule. @internal */
export function zoneOf(options: LunarOptions | undefined): LunarZoneRule {
  if (options === undefined) return 7;
  if (typeof options !== 'object' || options === null) {
    return fail('INVALID_INPUT', ['options'], `Tùy chọn phải là một đối tượng, nhận được ${show(options)}`, `options must be an object, received ${show(options)}`, options);
  }
  const z = options.utcOffset ?? 7;
  if (z !== 7 && z !== 8 && z !== 'historic') {
    return fail(
      'INVALID_INPUT',
      ['options', 'utcOffset'],
      `utcOffset phải là 7, 8 hoặc 'historic', nhận được ${show(z)}`,
      `utcOffset must be 7, 8 or 'historic', received ${show(z)}`,
      z,
    );
  }
  return z;
}
