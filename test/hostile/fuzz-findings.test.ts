// What the property run over every export (every-export.test.ts) found, one reproduction per finding: each failed
// before its fix (a TypeError, an unbounded error, a NaN or an "undefined" in a result, seconds of CPU).
import { describe, expect, it } from 'vitest';
import { expectLinearTime } from '../_support/linear-time.js';
import * as cchc from 'cchc';
import { CchcError, MAX_ISSUES, civilServiceCalendar as cal } from 'cchc';
import { toZod } from 'cchc/zod';
import { caMau2013Fragment } from 'cchc/datasets';
import { codeOf } from '../_support/code-of.js';
import { manyKeys, sparseArray } from './_values.js';

/** The error `fn` throws (a CchcError, or the test fails). */
function refused(fn: () => unknown): { error: CchcError } {
  try {
    fn();
  } catch (e) {
    if (e instanceof CchcError) return { error: e };
    throw e;
  }
  throw new Error('expected a CchcError, nothing was thrown');
}

describe('an error lists at most MAX_ISSUES problems, found without scanning the whole input', () => {
  const keys = manyKeys(100_000);
  it.each([
    ['readOptions (formatNumber options)', (k: object) => () => cchc.formatNumber(1, k as never)],
    ['readOptions (calendar options)', (k: object) => () => cchc.addWorkingDays('2020-01-20', 1, k as never)],
    [
      'readInputObject (checkSum input)',
      (k: object) => {
        const input = { parts: [1], total: 1, ...k };
        return () => cchc.checkSum(input as never);
      },
    ],
    [
      'the schema kit (a tally)',
      (k: object) => {
        const tally = { ...cchc.emptyTally(), received: k };
        return () => cchc.mergeTallies(tally as never, cchc.emptyTally());
      },
    ],
    ['the schema kit (options of a PAR function)', (k: object) => () => cchc.scoreAssessment(caMau2013Fragment, {}, k as never)],
  ] as [string, (k: object) => () => unknown][])('100,000 unknown keys: %s', async (_name, callWith) => {
    const { error } = refused(callWith(keys));
    expect(error.issues.length).toBeLessThanOrEqual(MAX_ISSUES);
    expect(error.issues.every((i) => i.code === 'UNKNOWN_KEY' || i.path.length > 0)).toBe(true);
    // 2–3 s for 100,000 keys (a suggestion searched for each); now linear: 10,000 keys cost ≤ 20 × 1,000 keys (inputs
    // built outside the timed call). Not 100,000 against 10,000: V8's own Object.keys is super-linear on an object of
    // that many keys (×27 for 10×, measured), whatever the library does with them.
    await expectLinearTime((call: () => unknown) => refused(call), (n) => callWith(manyKeys(n)), 1_000, { runs: 3 });
  });

  const calls: [string, (list: unknown[]) => unknown][] = [
    ['checkSum', (list) => cchc.checkSum({ parts: list as never, total: 1 })],
    ['largestRemainder', (list) => cchc.largestRemainder(list as never)],
    ['classify', (list) => cchc.classify(84.58, list as never)],
    ['rankUnits', (list) => cchc.rankUnits(list as never)],
    ['gradeDistribution', (list) => cchc.gradeDistribution(list as never, cchc.PAR_INDEX_GROUPS)],
    ['methodologyFromRows', (list) => cchc.methodologyFromRows(list as never)],
    ['auditParTable', (list) => cchc.auditParTable(list as never)],
  ];
  it.each(calls)('a million holes or nulls: %s gives the first MAX_ISSUES problems, and stops scanning there', async (_name, call) => {
    const holes = sparseArray(1_000_000);
    const nulls = new Array(1_000_000).fill(null);
    for (const list of [holes, nulls]) {
      const { error } = refused(() => call(list));
      expect(error.issues.length).toBe(MAX_ISSUES);
      expect(error.messageEn).toMatch(/^1000 problems or more \(the first 1000 listed\)/);
    }
    // It took up to 9 s: the refusal stops at MAX_ISSUES, so 100,000 nulls cost no more than 20 × 10,000 nulls.
    await expectLinearTime((list: unknown[]) => refused(() => call(list)), (n) => new Array(n).fill(null), 10_000, { runs: 3 });
  });

  it('new CchcError keeps the first MAX_ISSUES issues', () => {
    const one = { code: 'INVALID_INPUT' as const, path: [], messageVi: 'x', messageEn: 'x' };
    const e = new CchcError(new Array(5000).fill(one));
    expect(e.issues).toHaveLength(MAX_ISSUES);
    expect(e.messageVi).toMatch(/^1000 lỗi trở lên/);
  });
});

describe('malformed calls are CchcErrors, never TypeErrors', () => {
  it('new CchcError with a hole, a bad path, an empty message or a code that is not a code', () => {
    for (const bad of [
      // biome-ignore lint/suspicious/noSparseArray: the hole is the case
      [,],
      [{ code: 'INVALID_INPUT', path: [null], messageVi: 'x', messageEn: 'x' }],
      [{ code: 'INVALID_INPUT', path: [], messageVi: '', messageEn: 'x' }],
      [{ code: 'toString', path: [], messageVi: 'x', messageEn: 'x' }],
      [{ code: '\u001b[2J', path: [], messageVi: 'x', messageEn: 'x' }],
    ]) {
      const e = new CchcError(bad as never);
      expect(e.code).toBe('INVALID_INPUT');
      expect(e.issues[0]?.messageEn).toMatch(/needs at least one issue/);
    }
  });

  it('a path argument that is not a path (parseIsoDate, parseTimestamp, rateOf, checkTally, zodIssuesToCchc)', () => {
    const nullProto = Object.create(null) as object;
    expect(codeOf(() => cchc.parseIsoDate('2020-02-30', { constructor: 1 } as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => cchc.parseIsoDate('x', [nullProto] as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => cchc.parseTimestamp('x', undefined, 5 as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => cchc.rateOf(new Date() as never, {}, { valueOf: 'x' } as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => cchc.checkTally({}, [new Date()] as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => cchc.zodIssuesToCchc([], [nullProto] as never))).toBe('INVALID_INPUT');
    // A good path still prefixes the issues.
    expect(refused(() => cchc.parseIsoDate('2020-02-30', ['rows', 3])).error.path).toEqual(['rows', 3]);
  });

  it('zodIssuesToCchc: a path key or a code that cannot be printed, an empty message', () => {
    const out = cchc.zodIssuesToCchc([{ code: Object.create(null), path: [Object.create(null), Symbol('s')], message: '' } as never]);
    expect(out[0]?.messageEn.length).toBeGreaterThan(0);
    expect(out[0]?.path.every((p) => typeof p === 'string' || typeof p === 'number')).toBe(true);
  });

  it('suggestKey with candidates that are not a list', () => {
    expect(codeOf(() => cchc.suggestKey('denominater', { toString: 1 } as never))).toBe('INVALID_INPUT');
    expect(cchc.suggestKey('denominater', ['denominator'])).toBe('denominator');
  });

  it('isCchcError with a code that is not a text, or a prototype name', () => {
    const e = new CchcError([]);
    expect(cchc.isCchcError(e, Object.create(null))).toBe(false);
    expect(cchc.isCchcError(e, 'toString')).toBe(false);
    expect(cchc.isCchcError(e, 'INVALID_INPUT')).toBe(true);
  });

  it('schema.parse / safeParse with options that are not { path }', () => {
    expect(cchc.IsoDateSchema.safeParse('2020-01-20', { path: 5 } as never).success).toBe(false);
    expect(codeOf(() => cchc.IsoDateSchema.parse('2020-01-20', 'x' as never))).toBe('INVALID_INPUT');
    expect(cchc.IsoDateSchema.safeParse('2020-01-20', { path: ['a'] }).success).toBe(true);
  });

  it('an array carrying its own "constructor" (Array#map would call it) is not a list', () => {
    const rows = Object.assign([{ className: 'Tốt', count: 1 }], { constructor: '' });
    expect(codeOf(() => cchc.classDistributionChartSpec(rows))).toBe('INVALID_INPUT');
    expect(codeOf(() => cchc.onTimeRateChartSpec(Object.assign([{ label: 'A', rate: '90%' }], { constructor: 1 })))).toBe('INVALID_INPUT');
    expect(codeOf(() => cchc.progressChartSpec(Object.assign([{ group: 'A', counts: { done: 1 } }], { constructor: 1 }) as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => cchc.unitReduction(Object.assign([{ kind: 'create', count: 1 }], { constructor: 1 }) as never))).toBe('INVALID_INPUT');
    // largestRemainder reads counts without a schema: it works on a copy.
    expect(cchc.largestRemainder(Object.assign([1, 1], { constructor: '' })).map(String)).toEqual(['50', '50']);
  });

  it('WorkCalendar day-number methods given a symbol, a bigint, an object or a non-array', () => {
    for (const bad of [Symbol('x'), 18281n, Object.create(null), { valueOf: () => 18281 }]) {
      expect(codeOf(() => cal.isWorkingDayNumber(bad as never))).toBe('INVALID_INPUT');
      expect(codeOf(() => cal.workingDayIndex(bad as never))).toBe('INVALID_INPUT');
      expect(codeOf(() => cal.dayNumberAtWorkingDayIndex(bad as never))).toBe('INVALID_INPUT');
      expect(codeOf(() => cal.addWorkingDaysToDayNumber(bad as never, 1))).toBe('INVALID_INPUT');
      expect(codeOf(() => cal.addWorkingDaysToDayNumber(18281, bad as never))).toBe('INVALID_INPUT');
      expect(codeOf(() => cal.workingDaysBetweenDayNumbers(bad as never, 18281))).toBe('INVALID_INPUT');
      expect(codeOf(() => cal.classifyDayNumbers([bad] as never))).toBe('INVALID_INPUT');
      expect(codeOf(() => cal.workingDayIndexes([bad] as never))).toBe('INVALID_INPUT');
    }
    expect(codeOf(() => cal.classifyDayNumbers(undefined as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => cal.classifyDayNumbers([18281], 'toString' as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => cal.workingDayIndexes([18281], new Uint8Array(1) as never))).toBe('INVALID_INPUT');
    expect(cal.classifyDayNumbers(Int32Array.of(18281, 18282))).toEqual(Uint8Array.of(1, 1));
  });

  it('toZod of something that is not a schema', () => {
    for (const bad of [undefined, null, {}, 'IsoDateSchema']) expect(codeOf(() => toZod(bad as never))).toBe('INVALID_INPUT');
  });

  it('PAR: a tier outcome or a result code that cannot be printed; a result node without its role', () => {
    const outcome = Object.create(null) as object;
    expect(codeOf(() => cchc.formatRuleText({ kind: 'tiered', tiers: [{ outcome, points: 1 }] } as never))).toBe('PAR_INVALID_RULE');
    const s = cchc.scoreAssessment(caMau2013Fragment, {
      '1.1.1': { outcome: 'Không kịp thời' },
      '1.1.2': { met: true },
      '1.1.3': { met: false },
      '1.1.4': { rate: 0.8 },
      '1.2.1': { met: true },
      '1.2.2': { met: true },
      '1.3': { points: 1.5 },
    });
    expect(codeOf(() => cchc.lostPoints({ ...s, order: [Object.create(null)] } as never))).toBe('INVALID_INPUT');
    const { role: _role, ...noRole } = s.nodes['1.3']!;
    expect(codeOf(() => cchc.lostPoints({ ...s, nodes: { ...s.nodes, '1.3': noRole } } as never))).toBe('INVALID_INPUT');
  });

  it('a methodology rebuilt by hand whose node list carries its own "constructor" (Array#map called it: TypeError)', () => {
    const m = cchc.defineMethodology(caMau2013Fragment);
    const rebuilt = { ...m, nodes: Object.assign([...m.nodes], { constructor: 1 }) };
    for (const call of [() => cchc.scoreAssessment(rebuilt as never, {}), () => cchc.methodologyToRows(rebuilt as never)]) {
      expect(() => call()).not.toThrow(TypeError);
    }
  });

  it('QĐ 766 CSV row readers: a cell that is an array or an object is INVALID_INPUT at its row and column (was a TypeError from String, or read as "[object Object]")', () => {
    const cell = [Object.create(null)];
    expect(refused(() => cchc.tthcCatalogueFromCsvRows([{ code: '1.002', published_at: cell }] as never)).error.path).toEqual(['rows', 0, 'published_at']);
    expect(refused(() => cchc.paknFromCsvRows([{ id: { a: 1 }, received_at: '2025-12-01' }] as never)).error.path).toEqual(['rows', 0, 'id']);
    expect(cchc.paknFromCsvRows([{ id: 7, received_at: '2025-12-01' }] as never).records).toHaveLength(1);
  });

  it('unitReduction with a count that is an object without a prototype', () => {
    expect(codeOf(() => cchc.unitReduction([{ kind: 'create', count: Object.create(null) }] as never))).toBe('INVALID_COUNT');
  });
});

describe('no "undefined" in a text the library writes', () => {
  it('an indicator over a denominator of 0 says it cannot be computed (was "— undefined (the denominator is 0)")', () => {
    const e = cchc.evaluateIndicator('feedback-handled', { numerator: 0, denominator: 0 });
    expect(e.status).toBe('no-data');
    expect(e.summary.en).not.toMatch(/undefined/);
    expect(e.summary.en).toMatch(/cannot be computed \(the denominator is 0\)$/);
  });
});
