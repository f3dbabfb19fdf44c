import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { type CchcError, defineMethodology, formatRuleText, parseRuleText, type LeafRuleSpec } from 'cchc';
import { OUTCOMES } from './_arbitraries.js';
import { codeOf } from '../_support/code-of.js';

describe('parseRuleText / formatRuleText', () => {
  it('reads the simple kinds, ignoring case and spaces', () => {
    expect(parseRuleText('manual')).toEqual({ kind: 'manual' });
    expect(parseRuleText(' Binary ')).toEqual({ kind: 'binary' });
    expect(parseRuleText('PROPORTIONAL')).toEqual({ kind: 'proportional' });
    expect(parseRuleText('survey')).toEqual({ kind: 'survey' });
  });

  it('reads the Cà Mau 2013 rules as written in the annex', () => {
    const tiered = parseRuleText('tiered: Ban hành kịp thời = 1; Không kịp thời = 0,5; Không ban hành = 0');
    expect(tiered.kind).toBe('tiered');
    if (tiered.kind !== 'tiered') throw new Error();
    expect(tiered.tiers.map((t) => [t.outcome, String(t.points)])).toEqual([
      ['Ban hành kịp thời', '1'],
      ['Không kịp thời', '0.5'],
      ['Không ban hành', '0'],
    ]);
    const bands = parseRuleText('percent-bands: trên 90% = 2; từ 70% = 1; từ 0% = 0');
    if (bands.kind !== 'percent-bands') throw new Error();
    expect(bands.bands.map((b) => [String(b.min), b.minInclusive, String(b.points)])).toEqual([
      ['0.9', false, '2'],
      ['0.7', true, '1'],
      ['0', true, '0'],
    ]);
    const symbols = parseRuleText('percent-bands: > 72,5% = 2; ≥ 50% = 1; >= 0% = 0');
    if (symbols.kind !== 'percent-bands') throw new Error();
    expect(symbols.bands.map((b) => [String(b.min), b.minInclusive])).toEqual([
      ['0.725', false],
      ['0.5', true],
      ['0', true],
    ]);
  });

  it('rejects what it cannot read, without guessing', () => {
    expect(codeOf(() => parseRuleText('sometimes'))).toBe('PAR_INVALID_RULE');
    expect(codeOf(() => parseRuleText('binary: 1'))).toBe('PAR_INVALID_RULE');
    expect(codeOf(() => parseRuleText('tiered:'))).toBe('PAR_INVALID_RULE');
    expect(codeOf(() => parseRuleText('tiered: Đạt 1'))).toBe('PAR_INVALID_RULE');
    expect(codeOf(() => parseRuleText('tiered: Đạt = 0.5'))).toBe('PAR_INVALID_RULE'); // English decimal point: not guessed
    expect(codeOf(() => parseRuleText('percent-bands: 90% = 2; từ 0% = 0'))).toBe('PAR_INVALID_RULE');
    expect(codeOf(() => parseRuleText('percent-bands: trên 90 = 2'))).toBe('PAR_INVALID_RULE');
    expect(codeOf(() => parseRuleText(42 as unknown as string))).toBe('PAR_INVALID_RULE');
    expect(codeOf(() => formatRuleText({ kind: 'tiered', tiers: [{ outcome: 'a;b', points: 1 }] }))).toBe('PAR_INVALID_RULE');
    expect(codeOf(() => formatRuleText({ kind: 'odd' } as unknown as LeafRuleSpec))).toBe('PAR_INVALID_RULE');
  });

  it('reports text problems with the node path inside a methodology', () => {
    try {
      defineMethodology({ id: 'x', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 1, rule: 'tiered: Đạt = 1,0,0' }] });
      expect.unreachable();
    } catch (e) {
      expect((e as CchcError).issues.map((i) => [i.code, i.path.join('.')])).toEqual([['PAR_INVALID_RULE', 'nodes.0.rule']]);
    }
  });

  it('round-trips: parseRuleText(formatRuleText(rule)) validates to the same rule', () => {
    const rule = fc.oneof(
      fc.constantFrom<LeafRuleSpec>({ kind: 'manual' }, { kind: 'binary' }, { kind: 'proportional' }, { kind: 'survey' }),
      fc
        .tuple(fc.shuffledSubarray(OUTCOMES, { minLength: 1 }), fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 8, maxLength: 8 }))
        .map(
          ([os, pts]): LeafRuleSpec => ({
            kind: 'tiered',
            tiers: os.map((outcome, i) => ({ outcome, points: i === 0 ? 10 : pts[i]! / 100 })),
          }),
        ),
      fc.uniqueArray(fc.integer({ min: 1, max: 1000 }), { maxLength: 4 }).map((mins): LeafRuleSpec => {
        const sorted = [...mins].sort((a, b) => b - a);
        return {
          kind: 'percent-bands',
          bands: [
            ...sorted.map((m, i) => ({ min: m / 1000, minInclusive: i % 2 === 0, points: 10 - i })),
            { min: 0, points: sorted.length === 0 ? 10 : 0 },
          ],
        };
      }),
    );
    fc.assert(
      fc.property(rule, (r) => {
        const a = defineMethodology({ id: 'x', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 10, rule: r }] });
        const text = formatRuleText(a.nodes[0]!.rule!);
        const b = defineMethodology({ id: 'x', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 10, rule: text }] });
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        expect(formatRuleText(parseRuleText(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
