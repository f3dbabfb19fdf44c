import { describe, expect, it } from 'vitest';

describe('time-zone project guard', () => {
  it('runs under the host zone its project names', () => {
    const expected = process.env.CCHC_EXPECTED_TZ;
    expect(expected).toBeDefined();
    const aliases: Record<string, string[]> = { 'Asia/Ho_Chi_Minh': ['Asia/Ho_Chi_Minh', 'Asia/Saigon'] };
    expect(aliases[expected!] ?? [expected]).toContain(Intl.DateTimeFormat().resolvedOptions().timeZone);
    const offsets: Record<string, number> = {
      UTC: 0,
      'Asia/Ho_Chi_Minh': -420,
      'America/Los_Angeles': 480, // 2001-01-01 is in standard time
      'Pacific/Kiritimati': -840,
    };
    // eslint-disable-next-line no-restricted-syntax -- the guard itself reads the host zone on purpose
    expect(new Date(Date.UTC(2001, 0, 1)).getTimezoneOffset()).toBe(offsets[expected!]);
  });
});
