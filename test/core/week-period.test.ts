// Weeks as periods (issue 15: "tuần 49/2025" in QĐ 766 ranking reports), ISO 8601 weeks checked against an
// independent computation through Date (UTC), and weeks ending on another weekday.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOfWeek, isCchcError, parsePeriod, weekPeriod } from 'cchc';

/** ISO week-year and week of a date, by the textbook algorithm on Date (the Thursday of the date's week). */
function isoWeekOf(iso: string): { year: number; week: number } {
  const d = new Date(`${iso}T00:00:00Z`);
  const day = (d.getUTCDay() + 6) % 7; // Monday = 0
  d.setUTCDate(d.getUTCDate() - day + 3); // Thursday of the week
  const year = d.getUTCFullYear();
  const dayOfYear = (d.getTime() - Date.UTC(year, 0, 1)) / 86400000;
  return { year, week: Math.floor(dayOfYear / 7) + 1 };
}

const codeOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return isCchcError(e) ? e.code : 'other';
  }
  return 'none';
};

describe('weekPeriod', () => {
  it('gives ISO weeks by default (Monday to Sunday)', () => {
    expect(weekPeriod(2025, 49)).toEqual({
      kind: 'week',
      start: '2025-12-01',
      end: '2025-12-07',
      year: 2025,
      week: 49,
      label: 'Tuần 49/2025',
    });
    expect(weekPeriod(2025, 1)).toMatchObject({ start: '2024-12-30', end: '2025-01-05' });
    expect(weekPeriod(2020, 53)).toMatchObject({ start: '2020-12-28', end: '2021-01-03' });
    expect(codeOf(() => weekPeriod(2025, 53))).toBe('UNRECOGNIZED_PERIOD');
  });

  it('agrees with an independent ISO week computation on every day of 2000–2040 sampled', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 41 * 366 }), (offset) => {
        const iso = new Date(Date.UTC(2000, 0, 1) + offset * 86400000).toISOString().slice(0, 10);
        const { year, week } = isoWeekOf(iso);
        const p = weekPeriod(year, week);
        return p.start <= iso && iso <= p.end && dayOfWeek(p.start) === 1 && dayOfWeek(p.end) === 0;
      }),
      { numRuns: 500 },
    );
  });

  it('ends on weekEndsOn, inside the ISO week', () => {
    for (let d = 0; d < 7; d++) {
      const p = weekPeriod(2025, 49, { weekEndsOn: d });
      expect(dayOfWeek(p.end)).toBe(d);
      expect(p.end >= '2025-12-01' && p.end <= '2025-12-07').toBe(true);
    }
    expect(weekPeriod(2025, 49, { weekEndsOn: 5 })).toMatchObject({
      start: '2025-11-29',
      end: '2025-12-05',
      label: 'Tuần 49/2025 (kết thúc Thứ sáu)',
    });
    expect(codeOf(() => weekPeriod(2025, 49, { weekEndsOn: 7 }))).toBe('INVALID_INPUT');
    expect(codeOf(() => weekPeriod(2025, 0))).toBe('INVALID_INPUT');
  });
});

describe('parsePeriod reads weeks', () => {
  it.each([
    ['tuần 49/2025', '2025-12-01', '2025-12-07'],
    ['Tuần 49 năm 2025', '2025-12-01', '2025-12-07'],
    ['tuần thứ 49/2025', '2025-12-01', '2025-12-07'],
    ['TUẦN 03 NĂM 2024', '2024-01-15', '2024-01-21'],
    ['tuan 3-2024', '2024-01-15', '2024-01-21'],
  ])('%s', (text, start, end) => {
    expect(parsePeriod(text)).toMatchObject({ kind: 'week', start, end });
  });

  it('takes the year and the end day from the options', () => {
    expect(parsePeriod('tuần 49', { year: 2025 }).end).toBe('2025-12-07');
    expect(parsePeriod('tuần 49/2025', { weekEndsOn: 5 }).end).toBe('2025-12-05');
    expect(codeOf(() => parsePeriod('tuần 49'))).toBe('MISSING_YEAR');
    expect(codeOf(() => parsePeriod('tuần 54/2025'))).toBe('INVALID_INPUT');
  });
});
