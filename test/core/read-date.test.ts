// The one ISO date reader of core (src/core/read-date.ts): its fast path and its slow path agree on every input, and
// both agree with the readers they replace (the 0.1 regex reader of parseTimestamp / isIsoDate, and the dossier
// module's own fast path), kept here as oracles.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CchcError, isIsoDate, isIsoTimestamp, parseIsoDate, parseTimestamp } from 'cchc';
import {
  NO_DAY,
  NO_MINUTE,
  notADate,
  readDateOrTimestamp,
  readDateOrTimestampFast,
  readDateOrTimestampSlow,
  reading,
  scanIsoDate,
  scanTimestamp,
  type DateReading,
} from '../../src/core/read-date.js';
import { civilToDays, daysInMonth } from '../../src/core/iso-date.js';

// ——— oracles: the 0.1 readers ———

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function oracleIsIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return y >= 1 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}:?\d{2})$/;
/** parseTimestamp of 0.1 (without its year-10000 bug check): day number, ms of day and instant seen from `target`. */
function oracleTimestamp(text: string, target = 420): { day: number; ms: number; epochMs: number; offset: number } | undefined {
  const m = TIMESTAMP.exec(text);
  if (!m) return undefined;
  const [, ys, mos, ds, hs, mis, ss, fs, zs] = m;
  const [y, mo, d, h, mi] = [ys, mos, ds, hs, mis].map(Number) as [number, number, number, number, number];
  const s = ss === undefined ? 0 : Number(ss);
  const ms = fs === undefined ? 0 : Math.floor(Number(`0.${fs}`) * 1000 + 1e-9);
  let offset = 0;
  if (zs !== 'Z' && zs !== 'z') {
    const sign = zs!.startsWith('-') ? -1 : 1;
    const digits = zs!.slice(1).replace(':', '');
    const oh = Number(digits.slice(0, 2));
    const om = Number(digits.slice(2));
    if (oh > 18 || om > 59) return undefined;
    offset = sign * (oh * 60 + om);
  }
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return undefined;
  const epochMs = ((civilToDays(y, mo, d) * 24 + h) * 60 + mi - offset) * 60_000 + s * 1000 + ms;
  const local = epochMs + target * 60_000;
  const day = Math.floor(local / 86_400_000);
  return { day, ms: local - day * 86_400_000, epochMs, offset: offset + 0 };
}

/** The dossier module's 0.1 fast path (`src/dossier/_internal/fast-date.ts`): dates, and date-times at +07:00 only. */
function oracleDossierFast(s: string): { day: number; minute: number; ms: number } | undefined {
  const n = s.length;
  const d2 = (i: number) => {
    const a = s.charCodeAt(i) - 48;
    const b = s.charCodeAt(i + 1) - 48;
    return a < 0 || a > 9 || b < 0 || b > 9 ? -1 : a * 10 + b;
  };
  if (n < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return undefined;
  const y = d2(0) < 0 || d2(2) < 0 ? -1 : d2(0) * 100 + d2(2);
  const m = d2(5);
  const d = d2(8);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  const day = civilToDays(y, m, d);
  if (n === 10) return { day, minute: NO_MINUTE, ms: -1 };
  if (!s.endsWith('+07:00') || n < 22) return undefined;
  const t = s.charCodeAt(10);
  if (t !== 84 && t !== 32) return undefined;
  const hh = d2(11);
  const mm = d2(14);
  if (s.charCodeAt(13) !== 58 || hh < 0 || hh > 23 || mm < 0 || mm > 59) return undefined;
  const rest = n - 6;
  let ms = 0;
  if (rest === 16) {
    // no seconds
  } else if (rest >= 19 && s.charCodeAt(16) === 58) {
    const ss = d2(17);
    if (ss < 0 || ss > 59) return undefined;
    ms = ss * 1000;
    if (rest > 19) {
      const sep = s.charCodeAt(19);
      if ((sep !== 46 && sep !== 44) || rest === 20) return undefined;
      let scale = 100;
      for (let i = 20; i < rest; i++) {
        const c = s.charCodeAt(i) - 48;
        if (c < 0 || c > 9) return undefined;
        ms += c * scale;
        scale /= 10;
      }
      ms = Math.floor(ms + 1e-9);
    }
  } else {
    return undefined;
  }
  return { day, minute: hh * 60 + mm, ms: (hh * 60 + mm) * 60_000 + ms };
}

// ——— generators: well-formed, nearly well-formed, and arbitrary texts ———

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const zoneArb = fc.oneof(
  fc.constantFrom('Z', 'z', '+07:00', '-05:00', '+0700', '+00:00', '-00:00', '+14:00', '+18:59', '+19:00', '+07:60', '', '+7:00', 'UTC'),
  fc
    .tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 61 }), fc.boolean())
    .map(([s, h, m, colon]) => `${s}${pad(h, 2)}${colon ? ':' : ''}${pad(m, 2)}`),
);
const dateArb = fc
  .tuple(
    fc.oneof(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 10_000 })),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
  )
  .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
const timestampArb = fc
  .tuple(
    dateArb,
    fc.constantFrom('T', ' ', 't'),
    fc.integer({ min: 0, max: 25 }),
    fc.integer({ min: 0, max: 61 }),
    fc.option(fc.integer({ min: 0, max: 61 })),
    fc.option(fc.tuple(fc.constantFrom('.', ','), fc.stringMatching(/^\d{0,11}$/))),
    zoneArb,
  )
  .map(([date, t, h, mi, s, frac, zone]) => {
    const seconds = s === null ? '' : `:${pad(s, 2)}${frac === null ? '' : frac[0] + frac[1]}`;
    return `${date}${t}${pad(h, 2)}:${pad(mi, 2)}${seconds}${zone}`;
  });
const textArb = fc.oneof(
  { weight: 4, arbitrary: timestampArb },
  { weight: 2, arbitrary: dateArb },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

const fresh = (): DateReading => ({ day: 0, minute: NO_MINUTE, ms: -1, epochMs: 0, offsetMinutes: 0 });
const slow = (v: unknown): DateReading | string => {
  const out = fresh();
  try {
    readDateOrTimestampSlow(v, ['v'], out);
    return out;
  } catch (e) {
    if (e instanceof CchcError) return e.code;
    throw e;
  }
};

describe('the one ISO date reader', () => {
  it('fast and slow paths agree on every text: same reading, or the fast path refuses and the slow one explains', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const out = fresh();
        const fast = readDateOrTimestampFast(text, out);
        const s = slow(text);
        if (fast)
          expect(typeof s === 'string' ? s : { day: s.day, minute: s.minute, ms: s.ms }).toEqual({
            day: out.day,
            minute: out.minute,
            ms: out.ms,
          });
        else expect(typeof s).toBe('string');
      }),
      { numRuns: 8_000 },
    );
  });

  it('agrees with the 0.1 readers: isIsoDate, parseTimestamp (now also refusing years beyond 0001–9999)', () => {
    fc.assert(
      fc.property(textArb, fc.integer({ min: -18 * 60, max: 18 * 60 }), (text, target) => {
        expect(isIsoDate(text)).toBe(oracleIsIsoDate(text));
        expect(scanIsoDate(text) !== NO_DAY).toBe(oracleIsIsoDate(text));
        const [y, m, d] = [text.slice(0, 4), text.slice(5, 7), text.slice(8)].map(Number) as [number, number, number];
        if (oracleIsIsoDate(text)) expect(parseIsoDate(text)).toBe(civilToDays(y, m, d));
        const o = oracleTimestamp(text, target);
        let got: ReturnType<typeof parseTimestamp> | string;
        try {
          got = parseTimestamp(text, { offsetMinutes: target });
        } catch (e) {
          got = (e as CchcError).code;
        }
        if (o === undefined) expect(['INVALID_TIMESTAMP', 'TEXT_TOO_LONG']).toContain(got);
        else if (o.day < -719162 || o.day > 2932896) expect(got).toBe('DATE_OUT_OF_RANGE');
        else
          expect(got).toMatchObject({
            dayNumber: o.day,
            millisecondOfDay: o.ms,
            minuteOfDay: Math.floor(o.ms / 60_000),
            epochMilliseconds: o.epochMs,
            sourceOffsetMinutes: o.offset,
          });
        const scanned = fresh();
        expect(scanTimestamp(text, target, scanned)).toBe(o !== undefined && o.day >= -719162 && o.day <= 2932896);
      }),
      { numRuns: 8_000 },
    );
  });

  it('agrees with the dossier module fast path wherever that one accepted a text (at most 9 fraction digits)', () => {
    fc.assert(
      fc.property(textArb, (text) => {
        const o = oracleDossierFast(text);
        if (o === undefined || /[.,]\d{10}/.test(text)) return;
        const out = fresh();
        expect(readDateOrTimestampFast(text, out)).toBe(true);
        expect({ day: out.day, minute: out.minute, ms: out.ms }).toEqual(o);
      }),
      { numRuns: 8_000 },
    );
  });

  it('reads any offset on the fast path, as seen from Vietnam', () => {
    expect(readDateOrTimestampFast('2020-01-20T17:30:00Z')).toBe(true);
    expect([reading.day, reading.minute]).toEqual([civilToDays(2020, 1, 21), 30]);
    expect(readDateOrTimestampFast('2020-01-20T16:30:00.250+07:00')).toBe(true);
    expect([reading.day, reading.minute, reading.ms]).toEqual([civilToDays(2020, 1, 20), 990, 990 * 60_000 + 250]);
    expect(readDateOrTimestampFast('2020-01-20')).toBe(true);
    expect([reading.minute, reading.ms]).toEqual([NO_MINUTE, -1]);
    expect(isIsoTimestamp('2020-01-20T16:30:00+07:00')).toBe(true);
    expect(isIsoTimestamp('2020-01-20T16:30:00')).toBe(false);
  });

  it('collects issues, and names a value of the wrong type', () => {
    const issues: ReturnType<typeof notADate>[] = [];
    expect(readDateOrTimestamp('2020-02-30', ['receivedAt'], issues)).toBe(false);
    expect(readDateOrTimestamp('2020-01-20T16:30:00', ['receivedAt'], issues)).toBe(false);
    expect(readDateOrTimestamp(20200120, ['receivedAt'], issues)).toBe(false);
    expect(readDateOrTimestamp('9999-12-31T23:00:00-05:00', ['receivedAt'], issues)).toBe(false);
    expect(issues.map((i) => i.code)).toEqual(['INVALID_DATE', 'INVALID_TIMESTAMP', 'INVALID_DATE', 'DATE_OUT_OF_RANGE']);
    expect(notADate(5, ['x'])).toMatchObject({ code: 'INVALID_DATE', path: ['x'] });
  });
});
