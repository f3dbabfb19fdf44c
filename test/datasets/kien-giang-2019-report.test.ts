import { describe, expect, it } from 'vitest';
import { ReportSchema, getReportFigure, unitReduction } from 'cchc';
import { kienGiang2019DossierTable, kienGiang2019Report, kienGiang2019UnitEvents, kienGiangStreamlining2019 } from 'cchc/datasets';

describe('kienGiang2019Report', () => {
  it('is a valid, frozen report of Báo cáo 389/BC-UBND', () => {
    expect(ReportSchema.safeParse(kienGiang2019Report).success).toBe(true);
    expect(kienGiang2019Report).toMatchObject({
      documentNumber: '389/BC-UBND',
      date: '2019-12-09',
      year: 2019,
      issuer: 'Ủy ban nhân dân tỉnh Kiên Giang',
    });
    expect(Object.isFrozen(kienGiang2019Report.sections[0]!.figures[0])).toBe(true);
  });

  it('reuses the dossier table of kienGiang2019DossierTable (same rows and values)', () => {
    expect(kienGiang2019Report.dossierTable.rows).toEqual(kienGiang2019DossierTable.rows);
    expect(kienGiang2019Report.dossierTable.location).toBe('§II.2.2');
  });

  it('holds the figures the issue lists', () => {
    const v = (id: string) => getReportFigure(kienGiang2019Report, id).value;
    expect([v('I.1.excellent'), v('I.1.good'), v('I.1.fair'), v('I.1.average'), v('I.1.par-units')]).toEqual([14, 22, 4, 2, 42]);
    expect([v('II.2.1.published-new'), v('II.2.1.published-amended'), v('II.2.1.published-repealed'), v('II.2.1.published')]).toEqual([
      285, 217, 352, 854,
    ]);
    expect([v('II.3.offices-cut'), v('II.3.units-cut'), v('II.3.units-target'), v('II.3.streamlined')]).toEqual([25, 52, 100, 348]);
    expect([v('II.5.1.disbursed'), v('II.5.1.plan'), v('II.5.1.estimate')]).toEqual([3145, 5582, 4689]);
    expect([v('II.5.2.units-autonomous'), v('II.6.1a.online-level-1-2'), v('II.6.1a.online-level-3'), v('II.6.1a.online-level-4')]).toEqual(
      [851, 1446, 409, 310],
    );
    expect([v('II.6.1b.e-documents'), v('II.6.1b.signatures'), v('II.6.1c.postal-dossiers'), v('II.6.2.iso-agencies')]).toEqual([
      1464185, 371, 146637, 191,
    ]);
    expect([v('plII.6.total'), v('plII.6.province'), v('plII.6.district')]).toEqual([27, 13, 12]);
    expect([v('plIII.2.total'), v('plIV.3.total'), v('plV.7.done')]).toEqual([901, 136, 52]);
  });
});

describe('kienGiang2019UnitEvents', () => {
  it('are the cases §II.3 lists, netting 47 (the report prints 52)', () => {
    const r = unitReduction(kienGiang2019UnitEvents);
    expect(r.net).toBe(47);
    expect(r.byKind).toEqual({ merge: 43, dissolve: 3, equitize: 0, convert: 1, create: 0 });
  });
});

describe('kienGiangStreamlining2019', () => {
  it('adds up: 2.838 + 32.742 = 35.580; 284 + 3.318 = 3.602; the cuts by date', () => {
    const { administrative: a, publicService: p, total: t } = kienGiangStreamlining2019;
    expect(a.base2015 + p.base2015).toBe(t.base2015);
    expect(a.target2021 + p.target2021).toBe(t.target2021);
    for (const d of Object.keys(t.cut)) expect(a.cut[d]! + p.cut[d]!).toBe(t.cut[d]);
    expect(kienGiangStreamlining2019.sources.every((s) => s.reliability === 'B')).toBe(true);
  });
});
