// Every dataset is deeply frozen (one caller cannot change another's data) and cites its sources as SourceRef.
import { describe, expect, it } from 'vitest';
import {
  auditDossierTable,
  auditParTable,
  defineMethodology,
  planResults,
  PlanSchema,
  ReportSchema,
  SourceRefSchema,
  streamliningProgress,
  toDossierTableInput,
  unitReduction,
} from 'cchc';
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
    expect(datasets.kienGiang2019DossierTable.sources[0]).toMatchObject({
      document: 'Báo cáo số 389/BC-UBND của UBND tỉnh Kiên Giang',
      date: '2019-12-09',
    });
    expect(datasets.kienGiang2018ParClasses.sources.map((s) => s.verified)).toEqual([undefined, false]); // the decision is cited, not read
    expect(datasets.binhDuong2017DistrictParTable.sources[0]?.url).toBe(datasets.binhDuong2017DistrictParTable.source.url); // 0.1 `source` kept
    expect(ReportSchema.parse(datasets.kienGiang2019Report).sources?.[0]?.date).toBe('2019-12-09');
  });
});

describe('every dataset passes the validation of the function that reads it', () => {
  it('report, plan, plan results, methodologies, unit events, tables, streamlining', () => {
    expect(ReportSchema.safeParse(datasets.kienGiang2019Report).success).toBe(true);
    expect(PlanSchema.safeParse(datasets.kienGiang2020Plan).success).toBe(true);
    expect(() => planResults(datasets.kienGiang2019PlanResults)).not.toThrow();
    expect(defineMethodology(datasets.bnv2948ProvinceSkeleton).maxPoints.toString()).toBe('100');
    expect(defineMethodology(datasets.caMau2013Fragment).maxPoints.toString()).toBe('10');
    expect(unitReduction(datasets.kienGiang2019UnitEvents).net).toBe(47);
    expect(auditDossierTable(toDossierTableInput(datasets.kienGiang2019Report.dossierTable)).length).toBe(10);
    const t = datasets.binhDuong2017DistrictParTable;
    const rows = t.rows.map((r) => ({
      unit: r.unit,
      rank: r.rank,
      components: { appraisal: r.appraisal, survey: r.survey },
      total: r.total,
      index: r.index,
    }));
    expect(auditParTable(rows, { componentMax: t.componentMax, indexDecimals: 2, printedMean: t.printedMean })).toEqual([]);
    const k = datasets.kienGiang2018ParClasses;
    expect(k.classes.reduce((a, c) => a + c.count, 0)).toBe(k.units);
    for (const series of [
      datasets.kienGiangStreamlining2019.administrative,
      datasets.kienGiangStreamlining2019.publicService,
      datasets.kienGiangStreamlining2019.total,
    ]) {
      for (const achieved of Object.values(series.cut))
        expect(streamliningProgress({ base: series.base2015, target: series.target2021, achieved }).achieved).toBe(achieved);
    }
  });
});
