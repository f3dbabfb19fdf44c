import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type CchcError, UNIT_EVENT_KINDS, formatPercent, unitReduction, type UnitEvent } from 'cchc';
import { kienGiang2019UnitEvents } from 'cchc/datasets';

describe('unitReduction', () => {
  it('merging 41 units into 15 reduces 26 (k − 1 per merged group)', () => {
    expect(unitReduction([{ kind: 'merge', from: 41, into: 15 }]).net).toBe(26);
    expect(unitReduction([{ kind: 'merge', from: 6, into: 1 }]).net).toBe(5);
    expect(unitReduction([{ kind: 'merge', from: 1, into: 0 }]).net).toBe(1); // absorbed by an existing unit
  });

  it('counts dissolutions, equitisations and conversions as reductions and creations as offsets', () => {
    const r = unitReduction([
      { kind: 'dissolve', count: 2 },
      { kind: 'equitize', count: 5 },
      { kind: 'convert', count: 1 },
      { kind: 'create', count: 3 },
    ]);
    expect(r).toMatchObject({ reductions: 8, creations: 3, net: 5 });
    expect(r.byKind).toEqual({ merge: 0, dissolve: 2, equitize: 5, convert: 1, create: -3 });
    expect(r.events.map((e) => e.reduction)).toEqual([2, 5, 1, -3]);
  });

  it('seed §II.3: the listed cases net 47; with the 5 units slated for equitisation they would make the printed 52 = 52% of 100', () => {
    const listed = unitReduction(kienGiang2019UnitEvents, { target: 100 });
    expect(listed.net).toBe(47);
    expect(listed.byGroup).toEqual({ education: 7, 'vocational-training': 4, health: 31, other: 3, justice: 2 });
    expect(listed.progress).toMatchObject({ remaining: 53, met: false });
    const withEquitisation = unitReduction([...kienGiang2019UnitEvents, { kind: 'equitize', count: 5 }], { target: 100 });
    expect(withEquitisation.net).toBe(52);
    expect(formatPercent(withEquitisation.progress!.ofTarget!, { decimals: 0 })).toBe('52%');
  });

  it('gives the share of a base when asked, 0 when more units were created than removed', () => {
    expect(formatPercent(unitReduction([{ kind: 'dissolve', count: 52 }], { base: 1010 }).ofBase!)).toBe('5,15%');
    const grew = unitReduction(
      [
        { kind: 'create', count: 11 },
        { kind: 'dissolve', count: 7 },
      ],
      { target: 100, base: 1000 },
    );
    expect(grew.net).toBe(-4);
    expect(grew.progress!.ofTarget!.numerator).toBe(0);
    expect(grew.ofBase!.numerator).toBe(0);
  });

  it('keeps a group called __proto__ as data', () => {
    const r = unitReduction([{ kind: 'dissolve', count: 1, group: '__proto__' }]);
    expect(Object.keys(r.byGroup)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(r.byGroup)).toBe(Object.prototype);
  });

  it('rejects impossible events, every one with its index', () => {
    try {
      unitReduction([
        { kind: 'merge', from: 3, into: 3 },
        { kind: 'merge', from: 2, into: 1 },
        { kind: 'merge', from: 4, into: 5 },
      ]);
      expect.unreachable();
    } catch (e) {
      const err = e as CchcError;
      expect(err.code).toBe('INVALID_UNIT_EVENT');
      expect(err.issues.map((i) => i.path)).toEqual([
        ['events', 0, 'into'],
        ['events', 2, 'into'],
      ]);
      expect(err.messageVi).toContain('không làm giảm');
    }
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as CchcError).code;
      }
    };
    expect(code(() => unitReduction([{ kind: 'dissolve', count: 0 }]))).toBe('INVALID_COUNT');
    expect(code(() => unitReduction([{ kind: 'dissolve', count: -1 }]))).toBe('INVALID_COUNT');
    expect(code(() => unitReduction([{ kind: 'split', count: 1 } as never]))).toBe('INVALID_INPUT');
    expect(code(() => unitReduction('x' as never))).toBe('INVALID_INPUT');
    expect(code(() => unitReduction([], { target: 0 }))).toBe('INVALID_COUNT');
  });

  it('lists every bad event and option at once, naming the allowed kinds in Vietnamese', () => {
    let err: CchcError | undefined;
    try {
      unitReduction([{ kind: 'merge', from: 3, into: 3 }, { kind: 'split', count: 2 } as never, { kind: 'dissolve', count: 0 }], {
        target: 0,
      });
    } catch (e) {
      err = e as CchcError;
    }
    expect(err?.issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual([
      'INVALID_UNIT_EVENT@events.0.into',
      'INVALID_INPUT@events.1.kind',
      'INVALID_COUNT@events.2.count',
      'INVALID_COUNT@options.target',
    ]);
    expect(err?.issues[1]?.messageVi).toBe(
      `Giá trị kind không hợp lệ: cần một trong 'merge', 'dissolve', 'equitize', 'convert', 'create', nhận được "split"`,
    );
    expect(err?.issues[1]?.messageEn).toBe(
      `Invalid kind: expected one of 'merge', 'dissolve', 'equitize', 'convert', 'create', received "split"`,
    );
  });

  const event: fc.Arbitrary<UnitEvent> = fc.oneof(
    fc
      .integer({ min: 1, max: 50 })
      .chain((from) => fc.integer({ min: 0, max: from - 1 }).map((into) => ({ kind: 'merge' as const, from, into }))),
    fc.record({
      kind: fc.constantFrom('dissolve' as const, 'equitize' as const, 'convert' as const, 'create' as const),
      count: fc.integer({ min: 1, max: 50 }),
    }),
  );

  it('net = Σ reductions − Σ creations = Σ byKind, and is independent of the order of events', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 30 }), (events) => {
        const r = unitReduction(events);
        expect(r.net).toBe(r.reductions - r.creations);
        expect(UNIT_EVENT_KINDS.reduce((a, k) => a + r.byKind[k], 0)).toBe(r.net);
        expect(unitReduction([...events].reverse()).net).toBe(r.net);
        // merging shards of events gives the same total (a monoid)
        const half = Math.floor(events.length / 2);
        expect(unitReduction(events.slice(0, half)).net + unitReduction(events.slice(half)).net).toBe(r.net);
      }),
    );
  });
});
