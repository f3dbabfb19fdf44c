// Issue 12 (hostile and huge input) in the core layer: each test here failed before its fix.
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  ADMIN_LEVEL_LABELS,
  AdminLevelSchema,
  CCHC_ERROR_CODE_ALIASES,
  CCHC_ERROR_CODE_MODULES,
  CCHC_ERROR_CODES,
  CchcDecimal,
  IsoDateSchema,
  MAX_NUMBER_DIGITS,
  MAX_TEXT_LENGTH,
  ROUNDING_MODES,
  adminLevelLabel,
  formatNumber,
  formatPercent,
  formatPercentPoints,
  parsePeriod,
  parseTimestamp,
  parseViNumber,
  parseViPercent,
  percent,
  rateOf,
  ratio,
  roundDecimal,
} from 'cchc';
import { codeOf } from '../_support/code-of.js';
import { cpuMs, expectLinearTime } from '../_support/linear-time.js';
import { localizeDecimalString } from '../../src/core/format-number.js';

/**
 * The suite's one linear-time check (test/_support/linear-time.ts): time on `input(10 n)` ≤ 20 × time on `input(n)`,
 * CPU time, warm-up, median, retries; a refusal is an answer too (only the time matters here).
 */
function expectLinear(input: (n: number) => string, run: (text: string) => unknown, n: number): Promise<unknown> {
  return expectLinearTime(
    (text: string) => {
      try {
        run(text);
      } catch {
        // refused: timed all the same
      }
    },
    input,
    n,
  );
}

/** Median CPU ms of 5 calls of `fn`. */
function medianCpuMs(fn: () => unknown): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = cpuMs();
    fn();
    times.push(cpuMs() - t0);
  }
  return times.sort((a, b) => a - b)[2]!;
}

describe('issue 12: huge numbers', () => {
  it('formatNumber groups the digits of a huge Decimal or bigint in linear time (was a quadratic regex)', async () => {
    const digits = (n: number) => '9'.repeat(n);
    await expectLinear(digits, (t) => formatNumber(new Decimal(t)), 4_000);
    await expectLinear(digits, (t) => localizeDecimalString(t, 'vi'), 8_000);
    // A bigint is written in decimal by the engine (BigInt#toString, itself superlinear in V8): bounded by
    // MAX_NUMBER_DIGITS. The grouping adds little to the engine's own conversion (the quadratic regex took 7 s on
    // 80,000 digits, hundreds of times the conversion): compared with it, not with a number of milliseconds.
    const b = BigInt('7'.repeat(80_000));
    expect(formatNumber(b).length).toBe(80_000 + Math.floor((80_000 - 1) / 3));
    const engine = medianCpuMs(() => String(b));
    const ours = medianCpuMs(() => formatNumber(b));
    expect(ours, `formatNumber ${ours.toFixed(2)} ms, String(bigint) ${engine.toFixed(2)} ms`).toBeLessThanOrEqual(
      20 * Math.max(engine, 0.05),
    );
    const big = formatNumber(BigInt('1'.repeat(80_000)));
    expect(big.length).toBe(80_000 + Math.floor((80_000 - 1) / 3));
    expect(big.slice(0, 9)).toBe('11.111.11');
    expect(formatNumber(new Decimal(`1${'0'.repeat(9)}.5`), { locale: 'en' })).toBe('1,000,000,000.5');
  }, 120_000);

  it('refuses a number with more digits than MAX_NUMBER_DIGITS with INPUT_TOO_LARGE, fast (was a heap overflow)', async () => {
    expect(MAX_NUMBER_DIGITS).toBe(100_000);
    // The refusal does not depend on the size: 10^(10^9) is refused as fast as 10^(10^8).
    await expectLinearTime(
      (d: Decimal) => codeOf(() => formatNumber(d)),
      (n) => new Decimal(`1e${n}`),
      100_000_000,
    );
    expect(codeOf(() => formatNumber(new Decimal('1e1000000000')))).toBe('INPUT_TOO_LARGE');
    expect(codeOf(() => formatNumber(new Decimal('1e-1000000000')))).toBe('INPUT_TOO_LARGE');
    expect(codeOf(() => formatNumber(10n ** 1_000_000n))).toBe('INPUT_TOO_LARGE');
    expect(codeOf(() => formatNumber(-(10n ** 1_000_000n)))).toBe('INPUT_TOO_LARGE');
    expect(codeOf(() => formatPercentPoints(new Decimal('1e1000000000')))).toBe('INPUT_TOO_LARGE');
    expect(codeOf(() => percent({ value: new Decimal('1e1000000000') }))).toBe('INPUT_TOO_LARGE');
    expect(codeOf(() => roundDecimal(new Decimal('1e1000000000'), 2, 'half-up'))).toBe('INPUT_TOO_LARGE');
    // At the limit it still works.
    expect(formatNumber(10n ** BigInt(MAX_NUMBER_DIGITS - 1), { grouping: false }).length).toBe(MAX_NUMBER_DIGITS);
    expect(codeOf(() => formatNumber(10n ** BigInt(MAX_NUMBER_DIGITS), { grouping: false }))).toBe('INPUT_TOO_LARGE');
  }, 120_000);
});

describe('issue 12: prototype names and null options', () => {
  const protoNames = ['toString', 'constructor', '__proto__', 'valueOf', 'hasOwnProperty'];
  it.each(protoNames)('rounding %p is INVALID_ROUNDING (was accepted or a raw DecimalError)', (name) => {
    expect(codeOf(() => formatNumber(1.5, { decimals: 0, rounding: name as never }))).toBe('INVALID_ROUNDING');
    expect(codeOf(() => percent(ratio(1, 3), { rounding: name as never }))).toBe('INVALID_ROUNDING');
    expect(codeOf(() => formatPercent(ratio(1, 3), { rounding: name as never }))).toBe('INVALID_ROUNDING');
    expect(codeOf(() => roundDecimal(1.5, 0, name as never))).toBe('INVALID_ROUNDING');
  });

  it.each(protoNames)('adminLevelLabel(%p) is INVALID_ADMIN_LEVEL (was undefined)', (name) => {
    expect(codeOf(() => adminLevelLabel(name as never))).toBe('INVALID_ADMIN_LEVEL');
  });

  it('null as the options of adminLevelLabel and parseTimestamp is INVALID_INPUT (was a TypeError)', () => {
    expect(codeOf(() => adminLevelLabel('commune', null as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => parseTimestamp('2020-01-20T16:30:00+07:00', null as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => parseTimestamp('2020-01-20T16:30:00+07:00', 5 as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => adminLevelLabel('commune', [] as never))).toBe('INVALID_INPUT');
  });
});

describe('issue 12: negative zero as Python writes it', () => {
  it.each(['-0', '-0.0', '-0,0', '+0', '0.0', '-0,00', '-0.000', '−0'])('parseViNumber(%p) is zero (was refused)', (text) => {
    const d = parseViNumber(text);
    expect(d.isZero()).toBe(true);
    expect(d.isNegative()).toBe(false);
    expect(formatNumber(d)).toBe('0');
  });

  it('percent texts and rates read -0 as 0', () => {
    expect(parseViPercent('-0,0%').toString()).toBe('0');
    expect(parseViPercent('-0.0%').isNegative()).toBe(false);
    expect(rateOf('-0%').value.toString()).toBe('0');
    expect(rateOf('-0.0%', { locale: 'en' }).value.toString()).toBe('0');
    expect(formatPercent(ratio(-0, 5))).toBe('0,00%');
    expect(ratio(-0, 5).value.isNegative()).toBe(false);
    expect(Object.is(ratio(-0, 5).numerator, 0)).toBe(true);
  });

  it('a non-zero number in English notation is still not guessed', () => {
    expect(codeOf(() => parseViNumber('-0.5'))).toBe('AMBIGUOUS_NUMBER');
    expect(codeOf(() => parseViNumber('0.01'))).toBe('AMBIGUOUS_NUMBER');
  });
});

describe('issue 12: parseTimestamp never leaves years 0001–9999', () => {
  it('refuses a date-time whose date in Vietnam is in year 10000 with DATE_OUT_OF_RANGE (was "10000-01-01")', () => {
    expect(codeOf(() => parseTimestamp('9999-12-31T23:00:00-05:00'))).toBe('DATE_OUT_OF_RANGE');
    expect(codeOf(() => parseTimestamp('9999-12-31T20:00:00Z'))).toBe('DATE_OUT_OF_RANGE');
    expect(codeOf(() => parseTimestamp('0001-01-01T00:30:00+14:00', { offsetMinutes: 0 }))).toBe('DATE_OUT_OF_RANGE');
    expect(parseTimestamp('9999-12-31T16:59:59Z').date).toBe('9999-12-31');
    expect(parseTimestamp('0001-01-01T00:00:00+07:00').date).toBe('0001-01-01');
  });
});

describe('issue 12: exported constants are frozen, deeply', () => {
  it('a caller cannot change the error codes, labels or rounding modes of another caller', () => {
    expect(() => (CCHC_ERROR_CODES as string[]).push('X')).toThrow(TypeError);
    expect(() => {
      (CCHC_ERROR_CODE_MODULES as Record<string, string>).ZERO_DENOMINATOR = 'par';
    }).toThrow(TypeError);
    expect(() => {
      (CCHC_ERROR_CODE_ALIASES as Record<string, string>).X = 'INVALID_INPUT';
    }).toThrow(TypeError);
    expect(() => {
      (ADMIN_LEVEL_LABELS.commune as { vi: string }).vi = 'x';
    }).toThrow(TypeError);
    expect(() => (ROUNDING_MODES as string[]).pop()).toThrow(TypeError);
    expect(adminLevelLabel('commune')).toBe('Cấp xã');
  });

  it('exported schemas cannot be altered', () => {
    expect(() => {
      (IsoDateSchema as { parse: unknown }).parse = () => 'x';
    }).toThrow(TypeError);
    expect(() => {
      (AdminLevelSchema as unknown as { values: string[] }).values.push('hamlet');
    }).toThrow(TypeError);
    expect(AdminLevelSchema.is('hamlet')).toBe(false);
    expect(IsoDateSchema.is('2025-02-30')).toBe(false);
  });

  it('changing the settings of the exported CchcDecimal does not change the library results', () => {
    const before = ratio(1, 3).value.toString();
    const saved = { precision: CchcDecimal.precision, rounding: CchcDecimal.rounding };
    try {
      CchcDecimal.set({ precision: 2, rounding: Decimal.ROUND_DOWN });
      expect(ratio(1, 3).value.toString()).toBe(before);
      expect(percent(ratio(2, 3)).toString()).toBe('66.67');
    } finally {
      CchcDecimal.set(saved);
    }
  });
});

describe('issue 12: text parsers are linear and bounded', () => {
  it('MAX_TEXT_LENGTH bounds every text parser with TEXT_TOO_LONG', () => {
    expect(MAX_TEXT_LENGTH).toBe(10_000);
    const long = '1'.repeat(MAX_TEXT_LENGTH + 1);
    expect(codeOf(() => parseViNumber(long))).toBe('TEXT_TOO_LONG');
    expect(codeOf(() => parseViPercent(`${long}%`))).toBe('TEXT_TOO_LONG');
    expect(codeOf(() => parsePeriod(`quý ${long}`))).toBe('TEXT_TOO_LONG');
    expect(codeOf(() => parseTimestamp(`2020-01-01T00:00:00.${long}Z`))).toBe('TEXT_TOO_LONG');
    expect(parseViNumber('1'.repeat(MAX_TEXT_LENGTH)).toFixed().length).toBe(MAX_TEXT_LENGTH);
  });

  it.each([
    ['digits then junk', (n: number) => `${'1'.repeat(n)}x`],
    ['grouped digits then junk', (n: number) => `1${'.111'.repeat(n / 4)}.1`],
    ['spaces', (n: number) => `1${' '.repeat(n)}2`],
    ['decimal marks', (n: number) => `${'1,'.repeat(n / 2)}`],
  ])(
    'parseViNumber and parseViPercent are linear (%s)',
    async (_name, input) => {
      await expectLinear(input, parseViNumber, 900);
      await expectLinear((n) => `${input(n)}%`, parseViPercent, 900);
    },
    120_000,
  );

  it.each([
    ['dashes', (n: number) => '1-'.repeat(n / 2)],
    ['range marks', (n: number) => 'quý I - '.repeat(n / 8)],
    ['dots', (n: number) => `${'.'.repeat(n)}x`],
    ['brackets', (n: number) => `(${' ('.repeat(n / 2)}`],
    ['words', (n: number) => 'tháng '.repeat(n / 6)],
    ['den', (n: number) => '2020 đến '.repeat(n / 9)],
  ])(
    'parsePeriod is linear (%s)',
    async (_name, input) => {
      await expectLinear(input, (t) => parsePeriod(t), 900);
    },
    120_000,
  );

  it.each([
    ['fraction digits', (n: number) => `2020-01-01T00:00:00.${'1'.repeat(n)}Z`],
    ['no offset', (n: number) => `2020-01-01T00:00:00,${'1'.repeat(n)}`],
    ['junk', (n: number) => '2020-01-01T'.repeat(n / 11)],
  ])(
    'parseTimestamp is linear (%s)',
    async (_name, input) => {
      await expectLinear(input, (t) => parseTimestamp(t), 900);
    },
    120_000,
  );
});
