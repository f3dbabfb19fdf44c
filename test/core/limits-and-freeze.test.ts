// Issue 12 (c): the documented limits in one place, the cap on unknown keys per object, and one deep freeze.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as cchc from 'cchc';
import * as datasets from 'cchc/datasets';
import * as xlsx from 'cchc/xlsx';
import { LIMITS, MAX_ISSUES, MAX_UNKNOWN_KEYS, CchcError } from 'cchc';
import { deepFreeze, isDeeplyFrozen } from '../../src/core/_internal/freeze.js';
import * as s from '../../src/core/schema.js';

const SRC = join(__dirname, '../../src');
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('limits: one place', () => {
  it('every exported MAX_ constant of every entry is in LIMITS, with the same value', () => {
    const exported = Object.entries({ ...cchc, ...datasets, ...xlsx }).filter(
      ([k, v]) => /^MAX_[A-Z0-9_]+$/.test(k) && typeof v === 'number',
    );
    expect(exported.length).toBeGreaterThan(10);
    for (const [k, v] of exported) expect(LIMITS[k as keyof typeof LIMITS], k).toBe(v);
    // Each limit is exported by name: by `cchc`, or, for the Excel reader's, by `cchc/xlsx` (the entry that uses them).
    for (const [k, v] of Object.entries(LIMITS)) {
      const entry = (k.startsWith('MAX_XLSX_') ? xlsx : cchc) as Record<string, unknown>;
      expect(entry[k], `${k} is exported by name`).toBe(v);
    }
    expect(
      Object.keys(LIMITS)
        .filter((k) => k.startsWith('MAX_XLSX_'))
        .sort(),
    ).toEqual(['MAX_XLSX_PART_BYTES', 'MAX_XLSX_SHEET_BYTES', 'MAX_XLSX_TAG_CHARS']);
    expect(Object.isFrozen(LIMITS)).toBe(true);
  });

  it('every limit is defined in src/core/limits.ts and nowhere else', () => {
    const defs = sources(SRC).flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/^export const (MAX_[A-Z0-9_]+)\s*=/gm)].map((m) => `${f.slice(SRC.length + 1)}: ${m[1]}`),
    );
    const outside = defs.filter(
      (d) => !d.startsWith('core/limits.ts') && !d.startsWith('core/_internal/civil.ts') && !d.startsWith('cli/'),
    );
    expect(outside).toEqual([]);
    expect(sources(SRC).filter((f) => f.includes(`${join('src', 'xlsx')}`)).length, 'src/xlsx is scanned too').toBeGreaterThan(5);
    expect(defs.filter((d) => d.startsWith('core/limits.ts')).length).toBe(Object.keys(LIMITS).length);
  });

  it('the guide lists every limit (docs/limits-and-guarantees.md)', () => {
    const page = readFileSync(join(__dirname, '../../docs/limits-and-guarantees.md'), 'utf8');
    for (const k of Object.keys(LIMITS)) expect(page, k).toContain(`\`${k}\``);
  });
});

describe('unknown keys: at most MAX_UNKNOWN_KEYS listed for one object, the others counted', () => {
  const keys = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]));
  it.each([
    ['readOptions', () => cchc.formatNumber(1, keys(5000) as never)],
    ['readInputObject', () => cchc.checkSum({ parts: [1], total: 1, ...keys(5000) } as never)],
    ['the schema kit', () => cchc.DateRangeSchema.parse({ start: '2020-01-01', end: '2020-01-02', ...keys(5000) })],
    ['a PAR option object', () => cchc.scoreAssessment(datasets.caMau2013Fragment, {}, keys(5000) as never)],
  ])('%s', (_name, call) => {
    let error: CchcError | undefined;
    try {
      call();
    } catch (e) {
      if (e instanceof CchcError) error = e;
    }
    expect(error?.code).toBe('UNKNOWN_KEY');
    const unknown = error!.issues.filter((i) => i.code === 'UNKNOWN_KEY');
    expect(unknown).toHaveLength(MAX_UNKNOWN_KEYS + 1);
    expect(unknown.at(-1)!.messageEn).toMatch(/^4,980 more unknown keys in this object \(the first 20 are listed\)/);
    expect(unknown.at(-1)!.messageVi).toMatch(/^Đối tượng này còn 4\.980 khóa lạ khác/);
  });

  it('twenty unknown keys or fewer are all listed, with their suggestions', () => {
    const e = cchc.DateRangeSchema.safeParse({ start: '2020-01-01', end: '2020-01-02', strat: 1, ...keys(19) });
    expect(e.success).toBe(false);
    if (!e.success) {
      expect(e.error.issues).toHaveLength(20);
      expect(e.error.issues[0]).toMatchObject({ code: 'UNKNOWN_KEY', path: ['strat'], suggestion: 'start' });
    }
  });

  it('an error never carries more than MAX_ISSUES issues', () => {
    const rows = Array.from({ length: 2000 }, () => keys(30));
    const r = s.array(s.object({ a: s.number().optional() })).safeParse(rows);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.error.issues.length).toBeLessThanOrEqual(MAX_ISSUES);
  });
});

describe('deepFreeze: one implementation, in core', () => {
  it('is defined once in src/ (core/_internal/freeze.ts)', () => {
    const defs = sources(SRC).filter((f) => /function deepFreeze\b/.test(readFileSync(f, 'utf8')));
    expect(defs.map((f) => f.slice(SRC.length + 1))).toEqual(['core/_internal/freeze.ts']);
  });

  it('freezes what a shallow freeze left open, symbol keys too, and shared objects once', () => {
    const inner = { a: [1, { b: 2 }] };
    const sym = Symbol('k');
    const v = Object.freeze({ inner, again: inner, [sym]: { c: 3 } });
    deepFreeze(v);
    expect(isDeeplyFrozen(v)).toBe(true);
    expect(Object.isFrozen((v as Record<symbol, object>)[sym])).toBe(true);
  });

  it('does not overflow the stack on a structure 200,000 levels deep', () => {
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 200_000; i++) deep = { d: deep };
    expect(isDeeplyFrozen(deepFreeze(deep))).toBe(true);
  });

  it('leaves functions and RegExps as they are, stops at the objects it is told to, resolves lazy schemas', () => {
    const fn = () => 1;
    const re = /x/;
    const stop = { open: true };
    const lazy = s.lazy('T', () => s.string());
    deepFreeze({ fn, re, stop, lazy }, new Set([stop]));
    expect(Object.isFrozen(fn)).toBe(false);
    expect(Object.isFrozen(re)).toBe(false);
    expect(Object.isFrozen(stop)).toBe(false);
    expect(lazy.parse('a')).toBe('a'); // the lazy target was resolved before the freeze (it caches on first use)
  });

  it('QD766_PORTAL_SPEC and QD766_2022_SPEC are deeply frozen (they were frozen one level only; every exported constant is checked by test/hostile/every-export.test.ts)', () => {
    expect(isDeeplyFrozen(cchc.QD766_PORTAL_SPEC)).toBe(true);
    expect(isDeeplyFrozen(cchc.QD766_2022_SPEC)).toBe(true);
    expect(() => {
      (cchc.QD766_PORTAL_SPEC.nodes[0] as { maxPoints: number }).maxPoints = 99;
    }).toThrow(TypeError);
  });
});
