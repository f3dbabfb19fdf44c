// Hostile values for the property run over every export (issue 12, Deliver 3): the atoms a caller, a spreadsheet, a
// JSON file or another program can hand to a public function, and fast-check arbitraries built from them.
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { CchcDecimal, civilServiceCalendar, emptyTally, parsePeriod, quantityRatio, ratio } from 'cchc';

/** "Sở Tư pháp" composed (NFC) and decomposed (NFD): one agency, two byte sequences. */
export const NFC = 'Sở Tư pháp';
export const NFD = NFC.normalize('NFD');

/** Names of `Object.prototype` members: never an option, a channel, a level or a key of a table. */
export const PROTOTYPE_NAMES = ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'prototype'] as const;

/** `[[[…]]]`, `depth` levels deep. */
export function deepArray(depth: number): unknown[] {
  let v: unknown[] = [];
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

/** `{ children: [{ children: [ … ] }] }` (a methodology-like tree) and `{ a: { a: … } }`, `depth` levels deep. */
export function deepObject(depth: number, key = 'a'): Record<string, unknown> {
  let v: Record<string, unknown> = {};
  for (let i = 0; i < depth; i++) v = key === 'children' ? { code: '1', name: 'x', children: [v] } : { [key]: v };
  return v;
}

/** An array of `length` holes with one value at the end (`length` 1,000,000: a million holes). */
export function sparseArray(length: number): unknown[] {
  const a: unknown[] = [];
  a.length = length;
  a[length - 1] = 1;
  return a;
}

/** An object with `n` keys nobody knows (`k0`, `k1`, …): the cost of collecting unknown keys must stay bounded. */
export function manyKeys(n: number): Record<string, number> {
  const o: Record<string, number> = {};
  for (let i = 0; i < n; i++) o[`k${i}`] = i;
  return o;
}

/** Strings: prototype names, Vietnamese in two normal forms, numbers as other programs write them, huge texts. */
export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  ...PROTOTYPE_NAMES,
  NFC,
  NFD,
  'UBND tỉnh'.normalize('NFD'),
  'Quý I/2020',
  '6 tháng đầu năm 2020',
  '2020-01-20',
  '2020-02-30',
  '2020-01-20T16:30:00+07:00',
  '9999-12-31T23:00:00Z', // 10000-01-01 in Vietnam
  '0001-01-01',
  '-0',
  '-0.0',
  '-0,0',
  '0.0',
  '85%',
  '1.234,5',
  '1,234.5',
  '1e309',
  '0x10',
  'NaN',
  'Infinity',
  '-Infinity',
  'undefined',
  'null',
  '\u001b[2J\u001b]0;pwned\u0007',
  '\u009b31m',
  '\u202eevil',
  '\u0000',
  'a\r\nb\rc\n',
  '"a",""b"',
  '\ud800',
  '1 '.repeat(8000),
  '9'.repeat(100_001),
  'x'.repeat(100_001),
  `${'9'.repeat(60)}%`,
  '/'.repeat(5000),
  '('.repeat(5000),
];

/** Numbers: zeros of both signs, NaN, infinities, the edges of the safe integers and of the doubles. */
export const HOSTILE_NUMBERS: readonly number[] = [
  0,
  -0,
  1,
  -1,
  0.5,
  1.5,
  100,
  101,
  1e21,
  2 ** 53,
  -(2 ** 53),
  Number.MAX_SAFE_INTEGER,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  2020,
  10_000,
];

const asyncChunks = (chunks: readonly string[]): AsyncIterable<string> => ({
  async *[Symbol.asyncIterator]() {
    for (const c of chunks) yield c;
  },
});

/**
 * Objects a caller can pass where the library expects something else: empty, null-prototype, arrays sparse, deep and
 * huge, objects with prototype names as keys (as `JSON.parse` makes them), Dates valid or not, Maps, Sets, boxed values,
 * iterables, typed arrays, functions, and Decimals that are not numbers. Built once (`hostileObjects()`), frozen.
 */
export function hostileObjects(): readonly unknown[] {
  return [
    {},
    Object.create(null),
    [],
    [, 1],
    [1, , 3],
    sparseArray(1_000_000),
    Array.from({ length: 100_000 }, () => 1),
    deepArray(3000),
    deepObject(3000),
    deepObject(3000, 'children'),
    manyKeys(100_000),
    JSON.parse('{"__proto__": {"x": 1}, "constructor": {"prototype": 1}}'),
    { toString: 'x', valueOf: 1, hasOwnProperty: null },
    { constructor: 1 },
    { length: 3, 0: 'a' },
    Object.freeze({ a: 1 }),
    new Date(0),
    new Date(Number.NaN),
    new Map([['a', 1]]),
    new Set([1]),
    /x/g,
    new Number(1),
    new String('2020-01-20'),
    new Boolean(false),
    Symbol('x'),
    () => undefined,
    () => Number.NaN,
    () => 'toString',
    new Uint8Array([0x31, 0x2c, 0x32]),
    new Int32Array([18281, 18282]),
    new Float64Array([Number.NaN]),
    ['id,receivedAt,dueDate\n', '1,2019-09-03,2019-09-10\r'],
    asyncChunks(['id,receivedAt,dueDate\r1,2019-09-03,2019-09-10\r', '"2,2019-09-04\r3,2019-09-05,2019-09-12']),
    (function* () {
      yield 1;
      yield 'toString';
    })(),
    new Decimal(Number.NaN),
    new Decimal(Number.POSITIVE_INFINITY),
    new Decimal('-0'),
    new Decimal('1e1000000000'),
    new Decimal('1e-1000000000'),
    new CchcDecimal('0.1'),
    10n ** 400n,
    -(10n ** 100_001n),
    new Error('x'),
    civilServiceCalendar,
    ratio(1, 3),
    quantityRatio(2.5, 0.5),
    emptyTally(),
    parsePeriod('Quý I/2020'),
  ];
}

/** Every atom: strings, numbers, objects, and the other primitives. */
export function hostileAtoms(): readonly unknown[] {
  return [undefined, null, true, false, 0n, -1n, 10n, ...HOSTILE_STRINGS, ...HOSTILE_NUMBERS, ...hostileObjects()];
}

/** A hostile value: an atom, a fast-check `anything` (with every option), a string, a number or a date. */
export function hostileArbitrary(atoms: readonly unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...atoms) },
    {
      weight: 3,
      arbitrary: fc.anything({
        maxDepth: 3,
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withObjectString: true,
        withSparseArray: true,
        withTypedArray: true,
        withUnicodeString: true,
      }),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
    {
      weight: 1,
      arbitrary: fc.dictionary(
        fc.constantFrom(...PROTOTYPE_NAMES, 'locale', 'calendar', 'rounding', 'asOf', 'start', 'end'),
        fc.constantFrom(...atoms),
        { maxKeys: 3 },
      ),
    },
  );
}
