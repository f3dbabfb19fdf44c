// The modern lunar table (from month 11 of 1999, used for 2000 on so that the working-day calendar does not compute
// the 20th century) must agree month for month with the full table (1899–2101) where they overlap.
import { describe, expect, it } from 'vitest';
import { buildLunarTable, MODERN_TABLE_FIRST_YEAR } from '../../src/calendar/_internal/lunar-table.js';

describe('lunar table: modern and full tables agree', () => {
  it.each([7, 8, 'historic'] as const)('zone %s', (zone) => {
    const full = buildLunarTable(zone);
    const modern = buildLunarTable(zone, MODERN_TABLE_FIRST_YEAR);
    const shift = full.start.indexOf(modern.start[0]!);
    expect(shift).toBeGreaterThan(1000);
    expect(modern.start.length + shift).toBe(full.start.length);
    for (let i = 0; i < modern.month.length; i++) {
      const j = i + shift;
      if (
        modern.start[i] !== full.start[j] ||
        modern.month[i] !== full.month[j] ||
        modern.leap[i] !== full.leap[j] ||
        modern.year[i] !== full.year[j]
      ) {
        expect.fail(
          `month ${i}: modern ${modern.year[i]}/${modern.month[i]}${modern.leap[i] ? 'L' : ''}@${modern.start[i]} vs full ${full.year[j]}/${full.month[j]}${full.leap[j] ? 'L' : ''}@${full.start[j]}`,
        );
      }
    }
    for (let y = MODERN_TABLE_FIRST_YEAR + 1; y <= 2100; y++) {
      expect(modern.yearLeap[y - modern.firstYear]).toBe(full.yearLeap[y - full.firstYear]);
      expect(modern.yearFirst[y - modern.firstYear]! + shift).toBe(full.yearFirst[y - full.firstYear]);
    }
  });
});
