// The light count formatter used by messages of modules that must not load decimal.js agrees with formatNumber.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../src/core/_internal/format-count.js';
import { formatNumber } from '../../src/index.js';

describe('formatCount', () => {
  it('groups thousands like formatNumber, in both languages', () => {
    expect(formatCount(0, 'en')).toBe('0');
    expect(formatCount(999, 'en')).toBe('999');
    expect(formatCount(1000, 'en')).toBe('1,000');
    expect(formatCount(1048576, 'vi')).toBe('1.048.576');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom('vi' as const, 'en' as const), (n, locale) => {
        expect(formatCount(n, locale)).toBe(formatNumber(n, { locale }));
      }),
    );
  });
});
