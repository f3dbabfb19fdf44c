import { getReportFigure } from '../audit/report-schema.js';
import { toDossierTableInput } from '../audit/report.js';
import type { Locale } from '../core/locale.js';
import { withProgress } from '../plan/with-progress.js';
import type { DashboardInput } from '../report/dashboard.js';
import {
  kienGiang2018ParClasses,
  kienGiang2019Report,
  kienGiang2019UnitEvents,
  kienGiang2020Plan,
  kienGiangStreamlining2019,
} from '../datasets/index.js';

/** The default `--as-of` of `cchc report`: the last day of the seed plan's year (the data are from 2019–2020). */
export const SEED_DEFAULT_AS_OF = '2020-12-31';

/**
 * The dashboard input built from the embedded seed datasets: Kiên Giang's 2019 CCHC report (Báo cáo 389/BC-UBND) and
 * 2020 plan (Kế hoạch 164/KH-UBND).
 *
 * Plan progress: the plan as published records no progress; two completions are known from public documents and are
 * recorded (VII.1 is the plan itself, 09/12/2019; VII.4 is Kế hoạch 34/KH-UBND of 03/3/2020, per the Sở Nội vụ's
 * site, see examples/plan-status.ts). Every other task counts as overdue once its due day has passed.
 */
export function seedDashboardInput(asOf: string, lang: Locale): DashboardInput {
  const r = kienGiang2019Report;
  const fig = (id: string) => getReportFigure(r, id).value;
  const staff = kienGiangStreamlining2019.total;
  const vi = lang === 'vi';
  return {
    title: vi ? 'Cải cách hành chính tỉnh Kiên Giang: bảng tổng hợp' : 'Administrative reform in Kiên Giang: dashboard',
    asOf,
    sources: [
      { document: 'Báo cáo 389/BC-UBND', date: '2019-12-09', note: 'UBND tỉnh Kiên Giang' },
      { document: 'Kế hoạch 164/KH-UBND', date: '2019-12-09', note: 'UBND tỉnh Kiên Giang' },
    ],
    dossiers: { table: toDossierTableInput(r.dossierTable!), period: vi ? '9 tháng đầu năm 2019' : 'first 9 months of 2019' },
    classes: {
      title: vi ? 'Xếp loại Chỉ số CCHC năm 2018 của sở, ngành và UBND cấp huyện' : '2018 PAR INDEX classes of departments and districts',
      rows: kienGiang2018ParClasses.classes.map((c) => ({ className: c.label, count: c.count, printedShare: c.printedShare })),
    },
    plan: withProgress(kienGiang2020Plan, {
      'VII.1': [{ completedOn: '2019-12-09', evidence: 'Kế hoạch số 164/KH-UBND ngày 09/12/2019' }],
      'VII.4': [{ milestone: 0, completedOn: '2020-03-03', evidence: 'Kế hoạch số 34/KH-UBND ngày 03/3/2020' }],
    }),
    units: {
      events: kienGiang2019UnitEvents,
      target: fig('II.3.units-target'),
      printedNet: fig('II.3.units-cut'),
      path: { start: '2015-12-31', end: '2021-12-31', asOf: r.date },
    },
    disbursement: {
      disbursed: fig('II.5.1.disbursed'),
      plan: fig('II.5.1.plan'),
      planKind: 'province-assigned',
      asOf: '2019-11-30',
      unit: vi ? 'tỷ đồng' : 'billion VND',
    },
    streamlining: {
      base: staff.base2015,
      target: staff.target2021,
      achieved: staff.cut['2019-09-30']!,
      asOf: '2019-09-30',
      path: { start: '2015-12-31', end: '2021-12-31' },
      sources: [
        {
          document: vi ? 'Cổng TTĐT tỉnh Kiên Giang (09/2019)' : 'Kiên Giang provincial portal (09/2019)',
          url: kienGiangStreamlining2019.sources[1]!.url!,
          reliability: 'B',
        },
      ],
    },
    report: r,
  };
}
