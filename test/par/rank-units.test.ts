import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CchcDecimal, type CchcError, rankUnits } from 'cchc';

describe('rankUnits', () => {
  it('ranks the 2021 national top five (Hải Phòng 91,80 … Vĩnh Phúc 89,28)', () => {
    const ranked = rankUnits([
      { id: 'Vĩnh Phúc', value: 89.28 },
      { id: 'Đà Nẵng', value: 90.25 },
      { id: 'Hải Phòng', value: 91.8 },
      { id: 'Thừa Thiên Huế', value: 89.32 },
      { id: 'Quảng Ninh', value: 91.14 },
    ]);
    expect(ranked.map((u) => [u.id, u.rank])).toEqual([
      ['Hải Phòng', 1],
      ['Quảng Ninh', 2],
      ['Đà Nẵng', 3],
      ['Thừa Thiên Huế', 4],
      ['Vĩnh Phúc', 5],
    ]);
  });

  it('shares ranks on exact ties and skips the next rank (1, 2, 3, 3, 5), ties in input order', () => {
    const ranked = rankUnits([
      { id: 'e', value: 1 },
      { id: 'c1', value: '3,50' },
      { id: 'a', value: 5 },
      { id: 'c2', value: new CchcDecimal('3.5') },
      { id: 'b', value: 4 },
    ]);
    expect(ranked.map((u) => `${u.id}:${u.rank}`)).toEqual(['a:1', 'b:2', 'c1:3', 'c2:3', 'e:5']);
    // JS floats are compared as given: 0.1 + 0.2 is not 0.3
    expect(
      rankUnits([
        { id: 'x', value: 0.1 + 0.2 },
        { id: 'y', value: 0.3 },
      ]).map((u) => u.rank),
    ).toEqual([1, 2]);
    // …unless values are compared as printed
    expect(
      rankUnits(
        [
          { id: 'x', value: 0.1 + 0.2 },
          { id: 'y', value: 0.3 },
        ],
        { decimals: 2 },
      ).map((u) => u.rank),
    ).toEqual([1, 1]);
  });

  it('ranks ascending on request and keeps extra fields', () => {
    const r = rankUnits(
      [
        { id: 1, value: 5, name: 'A' },
        { id: 2, value: 3, name: 'B' },
      ],
      { order: 'asc' },
    );
    expect(r).toEqual([
      { id: 2, value: 3, name: 'B', rank: 1 },
      { id: 1, value: 5, name: 'A', rank: 2 },
    ]);
  });

  it('lists every bad item', () => {
    try {
      rankUnits([
        { id: 'a', value: 1 },
        { id: 'a', value: Number.POSITIVE_INFINITY },
        { id: '', value: '1.5' },
      ]);
      expect.unreachable();
    } catch (e) {
      expect((e as CchcError).issues.map((i) => `${i.code}@${i.path.join('.')}`)).toEqual([
        'PAR_DUPLICATE_UNIT@items.1.id',
        'INVALID_NUMBER@items.1.value',
        'INVALID_INPUT@items.2.id',
        'AMBIGUOUS_NUMBER@items.2.value',
      ]);
    }
  });

  it('satisfies the competition-ranking invariants', () => {
    const values = fc.array(
      fc.integer({ min: 0, max: 40 }).map((q) => q / 4),
      { maxLength: 80 },
    );
    fc.assert(
      fc.property(values, (vs) => {
        const items = vs.map((value, i) => ({ id: `u${i}`, value }));
        const ranked = rankUnits(items);
        expect(ranked.length).toBe(vs.length);
        ranked.forEach((u, pos) => {
          // rank = 1 + number of strictly better values
          expect(u.rank).toBe(1 + vs.filter((v) => v > u.value).length);
          expect(u.rank).toBeLessThanOrEqual(pos + 1);
          if (pos > 0) {
            const prev = ranked[pos - 1]!;
            expect(prev.value).toBeGreaterThanOrEqual(u.value);
            if (prev.value === u.value) {
              expect(prev.rank).toBe(u.rank);
              expect(Number(prev.id.slice(1))).toBeLessThan(Number(u.id.slice(1))); // ties keep input order
            } else expect(u.rank).toBe(pos + 1);
          } else if (vs.length > 0) expect(u.rank).toBe(1);
        });
        // a unit's rank does not depend on the input order
        const shuffled = [...items].reverse();
        const byId = new Map(rankUnits(shuffled).map((u) => [u.id, u.rank]));
        for (const u of ranked) expect(byId.get(u.id)).toBe(u.rank);
      }),
      { numRuns: 300 },
    );
  });
});
