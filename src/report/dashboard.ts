import type { Decimal } from 'decimal.js';
import { auditDossierTable, dossierTableRowCounts, type AuditDossierTableInput } from '../audit/dossier-table.js';
import { sortFindings, type AuditFinding } from '../audit/finding.js';
import { auditReport } from '../audit/report.js';
import type { Report } from '../audit/report-schema.js';
import { readCalendar } from '../calendar/calendar-options.js';
import type { WorkCalendar } from '../calendar/work-calendar-types.js';
import { checkPrintedRate, type PrintedRateVerdict } from '../core/check-printed-rate.js';
import type { DecimalInput } from '../core/decimal.js';
import { CchcError, issue, type CchcIssue, type CchcPath } from '../core/errors.js';
import type { DateRange } from '../core/date-range.js';
import type { IsoDate } from '../core/iso-date.js';
import { largestRemainder } from '../core/largest-remainder.js';
import { ratio, type Ratio } from '../core/ratio.js';
import type { SourceRef } from '../core/source-ref.js';
import * as vi from '../core/messages/vi/report.js';
import * as en from '../core/messages/en/report.js';
import { planProgress, type PlanProgress } from '../plan/plan-progress.js';
import type { Plan } from '../plan/plan.js';
import { disbursementRate, DISBURSEMENT_TARGET_95, type DisbursementPlanKind, type DisbursementRate } from '../quota/disbursement.js';
import { streamliningPace, type StreamliningPace } from '../quota/streamlining-pace.js';
import { streamliningProgress, type StreamliningProgress } from '../quota/streamlining-progress.js';
import { unitReduction, type UnitEvent, type UnitReduction } from '../quota/unit-reduction.js';
import { CountSchema } from '../core/schemas.js';
import { DashboardInputSchema, DashboardSchema } from './schemas.js';
import type { BilingualText } from '../core/bilingual.js';
import type { Qd766Measurement } from '../qd766/measure.js';
import { lostPoints766, score766 } from '../qd766/score.js';

/**
 * What a dashboard is built from (dữ liệu đầu vào của bảng tổng hợp). Every part is optional: a dashboard shows the
 * sections it has data for. Nothing is read from the clock: `asOf` is the date plan statuses are computed at.
 *
 * @example
 * ```ts
 * import type { DashboardInput } from 'cchc';
 * const input: DashboardInput = {
 *   title: 'Tỉnh X — CCHC 2019',
 *   asOf: '2019-12-31',
 *   classes: { rows: [{ className: 'Tốt', count: 3 }, { className: 'Khá', count: 1 }] },
 * };
 * ```
 *
 * @category Reports
 */
export interface DashboardInput {
  /** Title of the dashboard. */
  readonly title: string;
  /** Date the plan statuses are computed at (ISO). */
  readonly asOf: IsoDate;
  /**
   * The working-day calendar of the plan statuses (a task is "due soon" within `dueSoonDays` of its due day); default
   * `civilServiceCalendar`. The dashboard names the calendar it used.
   */
  readonly calendar?: WorkCalendar;
  /** Where the figures come from (the report, the plan, with their dates). */
  readonly sources?: readonly SourceRef[];
  /** @deprecated Use `sources: [{ document }]` (0.2). */
  readonly source?: string;
  /** A printed dossier table by level (as `auditDossierTable` takes it); rates are recomputed and the table audited. */
  readonly dossiers?: {
    readonly table: AuditDossierTableInput;
    /** The period the table covers ("9 tháng đầu năm 2019"). */
    readonly period?: string;
    /** A target on-time rate in percent points to show against (95 for 95%). */
    readonly targetPercent?: number;
    /** @deprecated Use `targetPercent` (0.2): the same percent points. */
    readonly target?: number;
  };
  /** Units per class of an internal PAR INDEX ranking, with the shares as printed (if any). */
  readonly classes?: {
    readonly title?: string;
    readonly rows: readonly { readonly className: string; readonly count: number; readonly printedShare?: string }[];
  };
  /** A plan whose task statuses are shown at `asOf`, by section and by lead agency. */
  readonly plan?: Plan;
  /** Reductions of public service units against a target. */
  readonly units?: {
    readonly events: readonly UnitEvent[];
    readonly target?: number;
    /** The net reduction the report prints, when it differs from what the events add up to. */
    readonly printedNet?: number;
    /** Linear path for the pace check: the period of the target (a `DateRange`, a `Period` fits) and the date of the figure. */
    readonly path?: DateRange & { readonly asOf: IsoDate };
  };
  /** Public investment disbursed against a plan (amounts in one unit, e.g. billion VND). */
  readonly disbursement?: {
    readonly disbursed: DecimalInput;
    readonly plan: DecimalInput;
    readonly planKind?: DisbursementPlanKind;
    /** Date of the figure. */
    readonly asOf?: IsoDate;
    /** Unit of the amounts, for display ("tỷ đồng"). */
    readonly unit?: string;
  };
  /** Staff streamlining against the base quota and the target count. */
  readonly streamlining?: {
    readonly base: number;
    readonly target: number;
    readonly achieved: number;
    readonly asOf?: IsoDate;
    /** Linear path for the pace check: a `DateRange` (a `Period` fits). */
    readonly path?: DateRange;
    /** Where the figures come from, when not from the report itself. */
    readonly sources?: readonly SourceRef[];
    /** @deprecated Use `sources: [{ document }]` (0.2). */
    readonly source?: string;
  };
  /** The whole report, audited with `auditReport`. */
  readonly report?: Report;
  /**
   * A QĐ 766 measurement (from `measure766`): the dashboard shows its score by group (a partial score when some
   * indicators could not be measured, with what they need) and the largest losses.
   */
  readonly qd766?: {
    readonly measurement: Qd766Measurement;
    /** How many of the largest losses to list; default 5. */
    readonly top?: number;
  };
}

/**
 * One level (row) of the dossier section of a {@link Dashboard}.
 *
 * @example
 * ```ts
 * import { buildDashboard, type DashboardDossierRow } from 'cchc';
 * const d = buildDashboard({ title: 'X', asOf: '2019-12-31', dossiers: { table: { rows: [{ label: 'Cấp xã', received: 10, resolved: 8, pending: 2 }] } } });
 * const row: DashboardDossierRow | undefined = d.dossiers?.rows[0];
 * row?.resolved; // 8
 * ```
 *
 * @category Reports
 */
export interface DashboardDossierRow {
  readonly label: string;
  readonly received: number | null;
  readonly resolved: number | null;
  readonly onTimeOrEarly: number | null;
  readonly late: number | null;
  readonly pending: number | null;
  /** (early + on time) / resolved; `null` when not printed or resolved is 0. */
  readonly onTimeRate: Ratio | null;
  /** The on-time rate as printed, and how it relates to the figures. */
  readonly printedOnTimeRate: { readonly text: string; readonly verdict: PrintedRateVerdict } | null;
  /** Findings of the table audit about this row. */
  readonly findings: readonly AuditFinding[];
}

/**
 * A class of the PAR section of a {@link Dashboard}.
 *
 * @example
 * ```ts
 * import { buildDashboard, type DashboardClassRow } from 'cchc';
 * const d = buildDashboard({ title: 'X', asOf: '2019-12-31', classes: { rows: [{ className: 'Tốt', count: 3 }, { className: 'Khá', count: 1 }] } });
 * const row: DashboardClassRow | undefined = d.classes?.rows[0];
 * row?.sharePercent.toString(); // '75'
 * ```
 *
 * @category Reports
 */
export interface DashboardClassRow {
  readonly className: string;
  readonly count: number;
  /** Share of all units, in percent points at 2 decimals, summing to 100 (largest remainder). */
  readonly sharePercent: Decimal;
  /** @deprecated Use `sharePercent` (0.2): the same percent points (a `…Share` is a fraction in 0.2). */
  readonly share: Decimal;
  readonly printedShare: { readonly text: string; readonly verdict: PrintedRateVerdict } | null;
}

/**
 * Everything a CCHC dashboard shows (bảng tổng hợp), computed: exact ratios, audit findings, plan statuses. Plain data:
 * render it with {@link renderDashboard}, chart it with {@link dashboardCharts}, or serialise it with `JSON.stringify`
 * (decimals become strings). The renderers check a dashboard against {@link DashboardSchema} before using it.
 *
 * @example
 * ```ts
 * import { buildDashboard, type Dashboard } from 'cchc';
 * const d: Dashboard = buildDashboard({ title: 'Tỉnh X', asOf: '2019-12-31', sources: [{ document: 'Báo cáo 389/BC-UBND', date: '2019-12-09' }] });
 * d.calendar; // 'civil-service'
 * d.sources[0]?.document; // 'Báo cáo 389/BC-UBND'
 * ```
 *
 * @category Reports
 */
export interface Dashboard {
  readonly title: string;
  readonly asOf: IsoDate;
  /** The name of the working-day calendar the plan statuses were computed with. */
  readonly calendar: string;
  /** Where the figures come from. */
  readonly sources: readonly SourceRef[];
  /** @deprecated Use `sources` (0.2): their documents joined by "; ", or `null`. */
  readonly source: string | null;
  readonly dossiers: {
    readonly period: string | null;
    /** The target on-time rate, in percent points. */
    readonly targetPercent: number | null;
    /** @deprecated Use `targetPercent` (0.2). */
    readonly target: number | null;
    readonly rows: readonly DashboardDossierRow[];
    readonly findings: readonly AuditFinding[];
  } | null;
  readonly classes: { readonly title: string | null; readonly total: number; readonly rows: readonly DashboardClassRow[] } | null;
  readonly plan: {
    readonly number: string;
    readonly title: string;
    readonly bySection: PlanProgress;
    readonly byLead: PlanProgress;
  } | null;
  readonly units: { readonly reduction: UnitReduction; readonly printedNet: number | null; readonly pace: StreamliningPace | null } | null;
  readonly disbursement: { readonly result: DisbursementRate; readonly asOf: IsoDate | null; readonly unit: string | null } | null;
  readonly streamlining: {
    readonly progress: StreamliningProgress;
    readonly pace: StreamliningPace | null;
    readonly asOf: IsoDate | null;
    readonly sources: readonly SourceRef[];
    /** @deprecated Use `sources` (0.2). */
    readonly source: string | null;
  } | null;
  /** Findings of `auditReport` on the whole report (the dossier table's included), errors first. */
  readonly findings: readonly AuditFinding[];
  /** The QĐ 766 section, present when the input had a measurement. */
  readonly qd766?: DashboardQd766;
}

/**
 * The QĐ 766 section of a {@link Dashboard}: the score by group of a `measure766` measurement, what could not be
 * measured, and the largest losses with the count that wins them back.
 *
 * @example
 * ```ts
 * import { buildDashboard, measure766 } from 'cchc';
 * const measurement = measure766({ pakn: [] }, { period: { start: '2026-08-01', end: '2026-08-31' }, level: 'province' });
 * const d = buildDashboard({ title: 'Tỉnh X', asOf: '2026-08-31', qd766: { measurement } });
 * d.qd766?.complete; // false
 * d.qd766?.groups.map((g) => g.code); // ['1', '2', '3', '4', '5', '6']
 * ```
 *
 * @category Reports
 */
export interface DashboardQd766 {
  /** The methodology scored (`qd766-portal`, …) and whether a legal text publishes it. */
  readonly methodology: string;
  readonly published: boolean;
  readonly level: string;
  readonly period: DateRange;
  readonly asOf: IsoDate;
  /** Whether every indicator was measured; when not, `total` is over `max` < 100. */
  readonly complete: boolean;
  readonly total: Decimal;
  readonly max: Decimal;
  readonly groups: readonly {
    readonly code: string;
    readonly name: BilingualText;
    readonly points: Decimal;
    readonly max: Decimal;
    readonly maxPoints: Decimal;
  }[];
  readonly notMeasurable: readonly { readonly code: string; readonly message: BilingualText }[];
  readonly lostPoints: readonly { readonly code: string; readonly lost: Decimal; readonly text: BilingualText }[];
  readonly notes: readonly BilingualText[];
}

function printedText(p: AuditDossierTableInput['rows'][number]['printed'], key: 'onTimeRate'): string | null {
  const v: unknown = p?.[key];
  if (v === undefined || v === null) return null;
  return typeof v === 'string' ? v : ((v as { text: string }).text ?? null);
}

/**
 * Build a CCHC dashboard (bảng tổng hợp cải cách hành chính): on-time rates by level recomputed from a printed dossier
 * table with its audit flags; the class distribution of an internal PAR INDEX ranking with printed shares checked;
 * a plan's statuses at a date by section and by lead agency; unit reductions, disbursement and streamlining against
 * their targets; and the findings of the whole report's audit. Pure: the same input gives the same dashboard.
 *
 * @throws {@link CchcError} for an invalid input (every part is validated by the function it goes to).
 * @example
 * ```ts
 * import { buildDashboard } from 'cchc';
 * const d = buildDashboard({
 *   title: 'Tỉnh X',
 *   asOf: '2019-12-31',
 *   dossiers: { table: { rows: [
 *     { label: 'Cấp xã', received: 100, resolved: { total: 90, onTimeOrEarly: 88, late: 2 }, pending: 10, printed: { onTimeRate: '97,78%' } },
 *   ] } },
 * });
 * d.dossiers?.rows[0]?.onTimeRate?.value.toFixed(4); // '0.9778'
 * d.dossiers?.rows[0]?.printedOnTimeRate?.verdict; // 'rounded'
 * ```
 *
 * @category Reports
 */
export function buildDashboard(input: DashboardInput): Dashboard {
  DashboardInputSchema.parse(input);
  const problems: CchcIssue[] = [];
  if (input.sources !== undefined && input.source !== undefined)
    problems.push(
      issue('INVALID_INPUT', ['source'], vi.INVALID_INPUT__dashboardSource(), en.INVALID_INPUT__dashboardSource(), input.source),
    );
  if (input.streamlining?.sources !== undefined && input.streamlining.source !== undefined) {
    problems.push(
      issue(
        'INVALID_INPUT',
        ['streamlining', 'source'],
        vi.INVALID_INPUT__dashboardSource(),
        en.INVALID_INPUT__dashboardSource(),
        input.streamlining.source,
      ),
    );
  }
  if (input.dossiers?.targetPercent !== undefined && input.dossiers.target !== undefined) {
    problems.push(
      issue(
        'INVALID_INPUT',
        ['dossiers', 'target'],
        vi.INVALID_INPUT__dashboardTarget(),
        en.INVALID_INPUT__dashboardTarget(),
        input.dossiers.target,
      ),
    );
  }
  if (input.streamlining?.path && !input.streamlining.asOf) {
    problems.push(
      issue(
        'INVALID_INPUT',
        ['streamlining', 'asOf'],
        vi.INVALID_INPUT__dashboardPaceDate(),
        en.INVALID_INPUT__dashboardPaceDate(),
        undefined,
      ),
    );
  }
  if (problems.length > 0) throw new CchcError(problems);
  const asOf = input.asOf;
  const calendar = readCalendar(input.calendar, ['calendar']);

  let dossiers: Dashboard['dossiers'] = null;
  if (input.dossiers) {
    const table = input.dossiers.table;
    const findings = within(['dossiers', 'table'], () => auditDossierTable(table));
    // Findings by row label (NFC, so that a label typed in decomposed form meets its row), built once: linear.
    const byRow = new Map<string, AuditFinding[]>();
    for (const f of findings) {
      if (typeof f.row !== 'string') continue;
      const key = f.row.normalize('NFC');
      const list = byRow.get(key);
      if (list) list.push(f);
      else byRow.set(key, [f]);
    }
    const rows = table.rows.map((r, i): DashboardDossierRow => {
      const c = dossierTableRowCounts(r, i);
      const get = (k: string) => c.get(k) ?? null;
      const resolved = get('resolved.total');
      const onTimeOrEarly = get('resolved.onTimeOrEarly');
      const printed = printedText(r.printed, 'onTimeRate');
      const onTimeRate = resolved !== null && resolved > 0 && onTimeOrEarly !== null ? ratio(onTimeOrEarly, resolved) : null;
      return Object.freeze({
        label: r.label,
        received: get('received.total'),
        resolved,
        onTimeOrEarly,
        late: get('resolved.late'),
        pending: get('pending.total'),
        onTimeRate,
        printedOnTimeRate:
          printed !== null && onTimeRate !== null
            ? Object.freeze({
                text: printed,
                verdict: checkPrintedRate({ numerator: onTimeRate.numerator, denominator: onTimeRate.denominator, printed }).verdict,
              })
            : null,
        findings: Object.freeze(byRow.get(r.label.normalize('NFC')) ?? []),
      });
    });
    const targetPercent = input.dossiers.targetPercent ?? input.dossiers.target ?? null;
    dossiers = Object.freeze({
      period: input.dossiers.period ?? null,
      targetPercent,
      target: targetPercent,
      rows: Object.freeze(rows),
      findings: Object.freeze(findings),
    });
  }

  let classes: Dashboard['classes'] = null;
  if (input.classes) {
    const counts = input.classes.rows.map((r) => r.count);
    const sum = CountSchema.parse(
      counts.reduce((a, b) => a + b, 0),
      { path: ['classes', 'rows'] },
    );
    if (sum === 0)
      throw new CchcError(
        issue(
          'ZERO_DENOMINATOR',
          ['classes', 'rows'],
          vi.ZERO_DENOMINATOR__dashboardClasses(),
          en.ZERO_DENOMINATOR__dashboardClasses(),
          sum,
        ),
      );
    const shares = largestRemainder(counts, { decimals: 2 });
    classes = Object.freeze({
      title: input.classes.title ?? null,
      total: sum,
      rows: Object.freeze(
        input.classes.rows.map((r, i) =>
          Object.freeze({
            className: r.className,
            count: r.count,
            sharePercent: shares[i]!,
            share: shares[i]!,
            printedShare:
              r.printedShare !== undefined
                ? Object.freeze({
                    text: r.printedShare,
                    verdict: within(['classes', 'rows', i, 'printedShare'], () =>
                      checkPrintedRate({ numerator: r.count, denominator: sum, printed: r.printedShare! }),
                    ).verdict,
                  })
                : null,
          }),
        ),
      ),
    });
  }

  let plan: Dashboard['plan'] = null;
  if (input.plan) {
    const p = input.plan;
    plan = Object.freeze({
      number: p.number,
      title: p.title,
      bySection: within(['plan'], () => planProgress(p, { asOf, groupBy: 'section', calendar })),
      byLead: within(['plan'], () => planProgress(p, { asOf, groupBy: 'lead', calendar })),
    });
  }

  let units: Dashboard['units'] = null;
  if (input.units) {
    const u = input.units;
    const reduction = within(['units'], () => unitReduction(u.events, u.target !== undefined ? { target: u.target } : {}));
    const path = u.path;
    const pace =
      path && u.target !== undefined
        ? within(['units', 'path'], () =>
            streamliningPace({
              target: u.target!,
              achieved: u.printedNet ?? Math.max(0, reduction.net),
              start: path.start,
              end: path.end,
              asOf: path.asOf,
            }),
          )
        : null;
    units = Object.freeze({ reduction, printedNet: u.printedNet ?? null, pace });
  }

  let disbursement: Dashboard['disbursement'] = null;
  if (input.disbursement) {
    const d = input.disbursement;
    disbursement = Object.freeze({
      result: within(['disbursement'], () =>
        disbursementRate({
          disbursed: d.disbursed,
          plan: d.plan,
          ...(d.planKind ? { planKind: d.planKind } : {}),
          target: DISBURSEMENT_TARGET_95,
        }),
      ),
      asOf: d.asOf ?? null,
      unit: d.unit ?? null,
    });
  }

  let streamlining: Dashboard['streamlining'] = null;
  if (input.streamlining) {
    const st = input.streamlining;
    const progress = within(['streamlining'], () => streamliningProgress({ base: st.base, target: st.target, achieved: st.achieved }));
    const pace =
      st.path && st.asOf
        ? within(['streamlining'], () =>
            streamliningPace({ target: st.target, achieved: st.achieved, start: st.path!.start, end: st.path!.end, asOf: st.asOf! }),
          )
        : null;
    const sources = sourcesOf(st.sources, st.source);
    streamlining = Object.freeze({ progress, pace, asOf: st.asOf ?? null, sources, source: sourceText(sources) });
  }

  const report = input.report;
  const findings = report ? sortFindings(within(['report'], () => auditReport(report))) : [];
  const qd766 = input.qd766 ? within(['qd766'], () => qd766Section(input.qd766!.measurement, input.qd766!.top ?? 5)) : undefined;
  const sources = sourcesOf(input.sources, input.source);

  return Object.freeze({
    title: input.title,
    asOf,
    calendar: calendar.name,
    sources,
    source: sourceText(sources),
    dossiers,
    classes,
    plan,
    units,
    disbursement,
    streamlining,
    findings: Object.freeze(findings),
    ...(qd766 ? { qd766 } : {}),
  });
}

/** The QĐ 766 section from a measurement (scored partially when some indicators could not be measured). */
function qd766Section(measurement: Qd766Measurement, top: number): DashboardQd766 {
  const score = score766(measurement, { partial: true });
  const lost = lostPoints766(score).slice(0, top);
  return Object.freeze({
    methodology: measurement.methodology.id,
    published: measurement.published,
    level: measurement.level,
    period: measurement.period,
    asOf: measurement.asOf,
    complete: score.complete,
    total: score.total,
    max: score.max,
    groups: Object.freeze(
      score.groups.map((g) => Object.freeze({ code: g.code, name: g.name, points: g.points, max: g.max, maxPoints: g.maxPoints })),
    ),
    notMeasurable: Object.freeze(
      measurement.notMeasurable.map((i) => Object.freeze({ code: i.code, message: i.message ?? { vi: i.code, en: i.code } })),
    ),
    lostPoints: Object.freeze(lost.map((l) => Object.freeze({ code: l.code, lost: l.lost, text: l.text }))),
    notes: measurement.notes,
  });
}

/** Run a part of the dashboard, its issues placed under `path`. */
function within<T>(path: CchcPath, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof CchcError) throw new CchcError(e.issues.map((i) => ({ ...i, path: [...path, ...i.path] })));
    throw e;
  }
}

/** The citations of a dashboard part: `sources`, or the deprecated `source` text as one document. */
function sourcesOf(sources: readonly SourceRef[] | undefined, source: string | undefined): readonly SourceRef[] {
  if (sources) return Object.freeze(sources.map((x) => Object.freeze({ ...x })));
  return Object.freeze(source !== undefined ? [Object.freeze({ document: source })] : []);
}

/** The 0.1 `source` text of citations. */
function sourceText(sources: readonly SourceRef[]): string | null {
  return sources.length > 0 ? sources.map((x) => x.document).join('; ') : null;
}

/**
 * A dashboard passed back in, checked against {@link DashboardSchema} (a `NaN`, an `Infinity`, a missing `asOf` is a
 * `CchcError`, never "NaN" or "As of: undefined" in a report).
 * @internal
 */
export function checkDashboard(d: unknown): Dashboard {
  return DashboardSchema.parse(d, { path: ['dashboard'] });
}
