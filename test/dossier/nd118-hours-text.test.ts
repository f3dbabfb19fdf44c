import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hoursText } from '../../src/dossier/_internal/nd118.js';

describe('hoursText (office minutes as hours in ND 118 messages)', () => {
  it('rounds half up to two decimals, drops trailing zeros, uses the separator given', () => {
    expect(hoursText(480, ',')).toBe('8');
    expect(hoursText(90, ',')).toBe('1,5');
    expect(hoursText(90, '.')).toBe('1.5');
    expect(hoursText(500, ',')).toBe('8,33');
    expect(hoursText(503, '.')).toBe('8.38'); // 8.3833…
    expect(hoursText(1, '.')).toBe('0.02'); // 0.01666…
    expect(hoursText(3, '.')).toBe('0.05');
    expect(hoursText(6, '.')).toBe('0.1');
    expect(hoursText(0, ',')).toBe('0');
    expect(hoursText(-90, ',')).toBe('-1,5');
  });

  it('equals decimal.js half-up rounding for any whole number of minutes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (minutes) => {
        const expected = new Decimal(minutes).div(60).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString();
        expect(hoursText(minutes, '.')).toBe(expected);
      }),
    );
  });
});
