// Differential test against an independent MIT implementation: date-chinese 2.1.4 (VSOP87 via astronomia).
// CalendarVietnamese uses UTC+8 before 1968 and UTC+7 after, i.e. our 'historic' rule. Its leap-month placement is
// wrong in 2033 and 2052–53 (two leap months in one year: shared/domain/ecosystem-and-stack.md §1.3.4), so those
// lunar years are skipped. CalendarChinese (UTC+8; Beijing mean time before 1929 in Calendrical Calculations) is the
// China control from 1929.
import { CalendarChinese, CalendarVietnamese } from 'date-chinese';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, solarToLunar, toDayNumber } from 'cchc';

function compare(
  cal: { fromGregorian(y: number, m: number, d: number): unknown; yearFromEpochCycle(): number; month: number; leap: boolean; day: number },
  zone: 'historic' | 8,
  from: string,
  skip: (y: number) => boolean,
) {
  const mismatches: string[] = [];
  for (let d = toDayNumber(from); d <= toDayNumber('2100-12-31'); d++) {
    const iso = fromDayNumber(d);
    const ours = solarToLunar(iso, { utcOffset: zone });
    if (skip(ours.year)) continue;
    cal.fromGregorian(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
    const theirs = { year: cal.yearFromEpochCycle(), month: cal.month, day: cal.day, leap: Boolean(cal.leap) };
    if (ours.year !== theirs.year || ours.month !== theirs.month || ours.day !== theirs.day || ours.leap !== theirs.leap) {
      mismatches.push(`${iso}: ${JSON.stringify(ours)} vs ${JSON.stringify(theirs)}`);
    }
  }
  return mismatches;
}

describe('differential: date-chinese', () => {
  it('agrees with CalendarVietnamese on every day 1900–2100 (except its leap-month bug years 2033, 2052, 2053)', () => {
    expect(compare(new CalendarVietnamese(), 'historic', '1900-01-01', (y) => y === 2033 || y === 2052 || y === 2053)).toEqual([]);
  }, 60_000);

  it('agrees with CalendarChinese at UTC+8 on every day 1929–2100 (except 2033)', () => {
    expect(compare(new CalendarChinese(), 8, '1929-02-10', (y) => y === 2033)).toEqual([]);
  }, 60_000);
});
