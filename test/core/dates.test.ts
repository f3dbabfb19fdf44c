import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  dayOfWeek,
  daysBetween,
  fromDayNumber,
  IsoDateSchema,
  IsoTimestampSchema,
  isIsoDate,
  parseIsoDate,
  parseTimestamp,
  toDayNumber,
  type CchcError,
} from 'cchc';
import { codeOf } from '../_support/code-of.js';

// An independent oracle: Date.UTC never depends on the host zone.
const utcDays = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

describe('IsoDate', () => {
  it.each(['2024-02-29', '2000-02-29', '1900-02-28', '0001-01-01', '9999-12-31', '2025-12-31'])('accepts %s', (d) => {
    expect(isIsoDate(d)).toBe(true);
    expect(IsoDateSchema.safeParse(d).success).toBe(true);
  });
  it.each([
    '2025-02-30',
    '2025-02-29',
    '1900-02-29',
    '2025-2-3',
    '2025-13-01',
    '2025-00-10',
    '2025-01-00',
    '2025-04-31',
    '0000-01-01',
    '25-01-01',
    '2025/01/01',
    '03/02/2025',
    '2025-01-01T00:00:00Z',
    '',
    ' 2025-01-01',
  ])('rejects %j', (d) => {
    expect(isIsoDate(d)).toBe(false);
    expect(IsoDateSchema.safeParse(d).success).toBe(false);
    expect(codeOf(() => parseIsoDate(d))).toBe('INVALID_DATE');
  });
  it.each([new Date(0), 20200120, null, undefined, {}])('rejects non-strings (%p)', (v) => {
    expect(IsoDateSchema.safeParse(v).success).toBe(false);
    expect(codeOf(() => parseIsoDate(v))).toBe('INVALID_DATE');
  });
  it('explains what is wrong', () => {
    const msg = (v: unknown) => {
      try {
        parseIsoDate(v, ['dueDate']);
      } catch (e) {
        return (e as CchcError).messageEn;
      }
      return '';
    };
    expect(msg('2025-02-30')).toMatch(/2025-02 has 28 days/);
    expect(msg('2025-2-3')).toMatch(/two digits/);
    expect(msg('03/02/2025')).toMatch(/not dd\/mm\/yyyy/);
    expect(msg(new Date(0))).toMatch(/Date object/);
    expect(msg('2025-02-30')).toMatch(/^dueDate: /);
  });
  it('schema reports the cchc code through zod', () => {
    const r = IsoDateSchema.safeParse('2025-02-30');
    expect(r.success).toBe(false);
  });
});

describe('day numbers', () => {
  it('known values', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2020-01-20')).toBe(18281);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(fromDayNumber(18281)).toBe('2020-01-20');
    expect(fromDayNumber(-719162)).toBe('0001-01-01');
  });
  it('property: agrees with Date.UTC and round-trips over 0001–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDayNumber('0100-01-01'), max: toDayNumber('9999-12-31') }), (n) => {
        const iso = fromDayNumber(n);
        expect(toDayNumber(iso)).toBe(n);
        expect(utcDays(iso)).toBe(n);
        expect(isIsoDate(iso)).toBe(true);
      }),
    );
  });
  it('rejects fractions and out-of-range numbers', () => {
    expect(codeOf(() => fromDayNumber(1.5))).toBe('INVALID_INPUT');
    expect(codeOf(() => fromDayNumber(Number.NaN))).toBe('INVALID_INPUT');
    expect(codeOf(() => fromDayNumber(3_000_000))).toBe('DATE_OUT_OF_RANGE');
  });
});

describe('addDays, daysBetween, dayOfWeek', () => {
  it('crosses months, leap days and years', () => {
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2020-02-28', 2)).toBe('2020-03-01');
    expect(addDays('2021-01-01', -1)).toBe('2020-12-31');
    expect(daysBetween('2020-01-01', '2020-12-31')).toBe(365);
    expect(daysBetween('2020-12-31', '2020-01-01')).toBe(-365);
  });
  it('weekdays (0 = Sunday)', () => {
    expect(dayOfWeek('2020-01-25')).toBe(6); // Tết Canh Tý, a Saturday
    expect(dayOfWeek('2019-12-09')).toBe(1); // the seed documents' date, a Monday
    expect(dayOfWeek('1970-01-01')).toBe(4);
  });
  it('property: dayOfWeek agrees with Date#getUTCDay', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
        expect(dayOfWeek(fromDayNumber(n))).toBe(new Date(n * 86_400_000).getUTCDay());
      }),
    );
  });
  it('rejects bad input', () => {
    expect(codeOf(() => addDays('2020-02-30', 1))).toBe('INVALID_DATE');
    expect(codeOf(() => addDays('2020-02-01', 0.5))).toBe('INVALID_INPUT');
  });
});

describe('parseTimestamp', () => {
  it('sees instants from Vietnam (UTC+7) by default', () => {
    const t = parseTimestamp('2020-01-20T17:30:00Z');
    expect(t.date).toBe('2020-01-21');
    expect(t.minuteOfDay).toBe(30);
    expect(t.sourceOffsetMinutes).toBe(0);
    expect(t.epochMilliseconds).toBe(Date.UTC(2020, 0, 20, 17, 30));
    expect(parseTimestamp('2020-01-20T15:05:00+07:00').minuteOfDay).toBe(905);
    expect(parseTimestamp('2020-01-20T23:59:59.999+07:00').millisecondOfDay).toBe(86_399_999);
    expect(parseTimestamp('2020-01-20 08:00+0700').date).toBe('2020-01-20');
    expect(parseTimestamp('2020-01-20T08:00:00-05:00').date).toBe('2020-01-20');
    expect(parseTimestamp('2020-01-20T20:00:00-05:00').date).toBe('2020-01-21');
  });
  it('can look from another fixed zone', () => {
    expect(parseTimestamp('2020-01-20T17:30:00Z', { offsetMinutes: 0 }).date).toBe('2020-01-20');
    expect(parseTimestamp('2020-01-20T17:30:00Z', { offsetMinutes: 480 }).date).toBe('2020-01-21');
  });
  it('property: agrees with Date parsing of the same instant', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }).map((m) => m - (m % 15)),
        (ms, off) => {
          const local = new Date(ms + off * 60_000);
          const sign = off < 0 ? '-' : '+';
          const a = Math.abs(off);
          const text = `${local.toISOString().slice(0, 23)}${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
          const t = parseTimestamp(text);
          expect(t.epochMilliseconds).toBe(ms);
          expect(t.date).toBe(new Date(ms + 7 * 3_600_000).toISOString().slice(0, 10));
        },
      ),
    );
  });
  it.each([
    '2020-01-20T16:30:00',
    '2020-01-20',
    '2020-02-30T10:00:00Z',
    '2020-01-20T24:00:00Z',
    '2020-01-20T10:60:00Z',
    '2020-01-20T10:00:00+25:00',
    'yesterday',
  ])('rejects %j', (t) => {
    expect(codeOf(() => parseTimestamp(t))).toBe('INVALID_TIMESTAMP');
    expect(IsoTimestampSchema.safeParse(t).success).toBe(false);
  });
  it('says an offset is missing', () => {
    try {
      parseTimestamp('2020-01-20T16:30:00');
    } catch (e) {
      expect((e as CchcError).messageEn).toMatch(/must carry an offset/);
      expect((e as CchcError).messageVi).toMatch(/múi giờ/);
    }
  });
  it('rejects Date objects', () => expect(codeOf(() => parseTimestamp(new Date() as never))).toBe('INVALID_TIMESTAMP'));
});
