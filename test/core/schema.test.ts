import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as s from '../../src/core/schema.js';
import * as viAll from '../../src/core/messages/vi/index.js';
import * as enAll from '../../src/core/messages/en/index.js';
import {
  CCHC_ERROR_CODES,
  CchcError,
  DateRangeSchema,
  isCchcError,
  parsePeriod,
  rateOf,
  ratio,
  suggestKey,
  SourceRefSchema,
  IsoDateSchema,
  MAX_INPUT_DEPTH,
} from 'cchc';
import { codeOf } from '../_support/code-of.js';

describe('the schema kit', () => {
  const Record = s.object({
    id: s.string().min(1),
    receivedAt: IsoDateSchema,
    resolvedAt: IsoDateSchema.optional(),
    channel: s.oneOf(['in-person', 'online', 'postal']).optional(),
  });

  it('returns the input, typed, when it is valid', () => {
    const input = { id: 'A', receivedAt: '2020-01-02' };
    expect(Record.parse(input)).toBe(input);
    expect(Record.safeParse(input).success).toBe(true);
  });

  it('rejects an unknown key with UNKNOWN_KEY, its path and a suggestion', () => {
    const r = Record.safeParse({ id: 'A', receivedAt: '2020-01-02', resolvedOn: '2020-01-03' });
    expect(r.success).toBe(false);
    const issue = r.success ? undefined : r.error.issues[0];
    expect(issue?.code).toBe('UNKNOWN_KEY');
    expect(issue?.path).toEqual(['resolvedOn']);
    expect(issue?.suggestion).toBe('resolvedAt');
    expect(issue?.messageEn).toContain("did you mean 'resolvedAt'?");
    expect(issue?.messageVi).toContain("có phải ý bạn là 'resolvedAt'?");
  });

  it('suggests the closest key with accents, case and separators ignored', () => {
    expect(suggestKey('chanel', ['channel', 'agency'])).toBe('channel');
    expect(suggestKey('slaWorkingdays', ['slaWorkingDays', 'dueDate'])).toBe('slaWorkingDays');
    expect(suggestKey('calender', ['calendar', 'asOf'])).toBe('calendar');
    expect(suggestKey('denominater', ['denominator'])).toBe('denominator');
    expect(suggestKey('xyz', ['denominator'])).toBeUndefined();
    expect(suggestKey('a'.repeat(100_000), ['denominator'])).toBeUndefined();
  });

  it('collects every problem, with nested paths', () => {
    const Rows = s.object({ rows: s.array(Record) });
    const r = Rows.safeParse({
      rows: [
        { id: '', receivedAt: '2020-02-30' },
        { id: 'B', receivedAt: '2020-01-01', chanel: 'online' },
      ],
    });
    expect(r.success).toBe(false);
    const got = r.success ? [] : r.error.issues.map((i) => `${i.code}@${i.path.join('.')}`);
    expect(got).toEqual(['INVALID_INPUT@rows.0.id', 'INVALID_DATE@rows.0.receivedAt', 'UNKNOWN_KEY@rows.1.chanel']);
  });

  it('never accepts a prototype name as an enum value', () => {
    for (const v of ['toString', 'constructor', '__proto__', 'hasOwnProperty']) expect(s.oneOf(['a', 'b']).is(v)).toBe(false);
  });

  it('refuses nesting deeper than MAX_INPUT_DEPTH instead of overflowing the stack', () => {
    type Node = { children?: readonly Node[] };
    const Node: s.Schema<Node> = s.lazy('Node', () => s.object({ children: s.array(Node).optional() }));
    let deep: Node = {};
    for (let i = 0; i < 5000; i++) deep = { children: [deep] };
    expect(codeOf(() => Node.parse(deep))).toBe('INPUT_TOO_DEEP');
    let ok: Node = {};
    for (let i = 0; i < MAX_INPUT_DEPTH / 2 - 1; i++) ok = { children: [ok] };
    expect(Node.is(ok)).toBe(true);
  });

  it('visits the holes of a sparse array', () => {
    expect(codeOf(() => s.array(s.number()).parse([1, , 3]))).toBe('INVALID_INPUT');
  });

  it('never throws anything but CchcError, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withSparseArray: true, withBoxedValues: true, withMap: true, withSet: true }),
        (v) => {
          try {
            Record.parse(v);
          } catch (e) {
            expect(e).toBeInstanceOf(CchcError);
          }
        },
      ),
    );
  });

  it('describes itself as JSON Schema, strict objects included', () => {
    const j = Record.toJSONSchema() as {
      additionalProperties: boolean;
      required: string[];
      properties: Record<string, { format?: string }>;
    };
    expect(j.additionalProperties).toBe(false);
    expect(j.required).toEqual(['id', 'receivedAt']);
    expect(j.properties.receivedAt?.format).toBe('date');
  });
});

describe('one date range, one rate input', () => {
  it('takes a Period where a range is expected, and refuses a reversed range with INVALID_DATE_RANGE', () => {
    expect(DateRangeSchema.is(parsePeriod('Quý I/2020'))).toBe(true);
    expect(codeOf(() => DateRangeSchema.parse({ start: '2020-03-31', end: '2020-01-01' }))).toBe('INVALID_DATE_RANGE');
  });

  it('reads every rate form as the same fraction', () => {
    const forms = [ratio(46, 50), { numerator: 46, denominator: 50 }, 0.92, '92%', '92,0 %'];
    for (const f of forms) expect(rateOf(f).value.toString()).toBe('0.92');
    expect(rateOf('92.5%', { locale: 'en' }).value.toString()).toBe('0.925');
    expect(codeOf(() => rateOf('92'))).toBe('INVALID_NUMBER');
    expect(codeOf(() => rateOf('1,5%', { max: 0.01 }))).toBe('RATE_OUT_OF_RANGE');
    expect(codeOf(() => rateOf(-0.1))).toBe('RATE_OUT_OF_RANGE');
    expect(codeOf(() => rateOf(Number.NaN))).toBe('INVALID_NUMBER');
    expect(codeOf(() => rateOf({ numerator: 1, denominator: 0 }))).toBe('ZERO_DENOMINATOR');
    expect(codeOf(() => rateOf(null as never))).toBe('INVALID_INPUT');
    expect(codeOf(() => rateOf(0.5, { maxx: 1 } as never))).toBe('UNKNOWN_KEY');
  });

  it('checks citations strictly', () => {
    const r = SourceRefSchema.safeParse({ document: 'NĐ 118/2025/NĐ-CP', dated: '2025-06-09' });
    expect(r.success ? undefined : r.error.issues[0]?.suggestion).toBe('date');
  });
});

describe('the message catalogues', () => {
  it('have the same keys in Vietnamese and English, each the text of a known code', () => {
    const viKeys = Object.keys(viAll).sort();
    const enKeys = Object.keys(enAll).sort();
    expect(viKeys).toEqual(enKeys);
    const codes = new Set<string>(CCHC_ERROR_CODES);
    for (const k of viKeys) expect(codes.has(k.split('__')[0]!), k).toBe(true);
  });

  it('isCchcError tests codes', () => {
    let caught: unknown;
    try {
      ratio(1, 0);
    } catch (e) {
      caught = e;
    }
    expect(isCchcError(caught, 'ZERO_DENOMINATOR')).toBe(true);
    expect(isCchcError(caught, 'INVALID_COUNT')).toBe(false);
  });
});
