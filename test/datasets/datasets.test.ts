// Every dataset is deeply frozen (one caller cannot change another's data) and cites its sources as SourceRef.
import { describe, expect, it } from 'vitest';
import { ReportSchema, SourceRefSchema } from 'cchc';
import * as datasets from 'cchc/datasets';

/** Paths of the objects and arrays under `value` that are not frozen. */
function unfrozen(value: unknown, path = '', seen = new Set<unknown>()): string[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const out = Object.isFrozen(value) ? [] : [path || '(root)'];
  for (const [k, v] of Object.entries(value)) out.push(...unfrozen(v, `${path}.${k}`, seen));
  return out;
}

/** Every `sources` array under `value`, with its path. */
function sourcesIn(value: unknown, path = '', out: [string, unknown][] = []): [string, unknown][] {
  if (typeof value !== 'object' || value === null) return out;
  for (const [k, v] of Object.entries(value)) {
    if (k === 'sources') out.push([`${path}.${k}`, v]);
    else sourcesIn(v, `${path}.${k}`, out);
  }
  return out;
}

const entries = Object.entries(datasets);

describe('cchc/datasets', () => {
  it('exports data', () => expect(entries.length).toBeGreaterThanOrEqual(10));

  it.each(entries)('%s is deeply frozen', (_, value) => {
    expect(unfrozen(value)).toEqual([]);
  });

  it.each(entries)('%s cannot be changed by a caller', (_, value) => {
    if (Array.isArray(value)) {
      expect(() => (value as unknown[]).push(1)).toThrow(TypeError);
    } else {
      const o = value as Record<string, unknown>;
      const key = Object.keys(o)[0]!;
      const before = o[key];
      expect(() => {
        'use strict';
        o[key] = 'changed';
      }).toThrow(TypeError);
      expect(o[key]).toBe(before);
    }
  });

  it('every citation is a valid SourceRef', () => {
    const all = entries.flatMap(([name, value]) => sourcesIn(value, name));
    expect(all.length).toBeGreaterThanOrEqual(6);
    for (const [path, sources] of all) {
      expect(Array.isArray(sources), path).toBe(true);
      (sources as unknown[]).forEach((s, i) => expect(SourceRefSchema.issuesOf(s), `${path}.${i}`).toEqual([]));
    }
  });

  it('the tables and the report cite the document they come from', () => {
    expect(datasets.kienGiang2019DossierTable.sources[0]).toMatchObject({ document: 'Báo cáo số 389/BC-UBND của UBND tỉnh Kiên Giang', date: '2019-12-09' });
    expect(datasets.kienGiang2018ParClasses.sources.map((s) => s.verified)).toEqual([undefined, false]); // the decision is cited, not read
    expect(datasets.binhDuong2017DistrictParTable.sources[0]?.url).toBe(datasets.binhDuong2017DistrictParTable.source.url); // 0.1 `source` kept
    expect(ReportSchema.parse(datasets.kienGiang2019Report).sources?.[0]?.date).toBe('2019-12-09');
  });
});
