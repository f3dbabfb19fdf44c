import { z } from 'zod';
import type { Decimal } from 'decimal.js';
import { auditDossierTable, dossierTableRowCounts, type AuditDossierTableInput } from '../audit/dossier-table.js';
import { sortFindings, type AuditFinding } from '../audit/finding.js';
import { auditReport } from '../audit/report.js';
import type { Report } from '../audit/report-schema.js';
import { checkPrintedRate, type PrintedRateVerdict } from '../core/check-printed-rate.js';
import type { DecimalInput } from '../core/decimal.js';
import { fail, show } from '../core/errors.js';
import { parseIsoDate, type IsoDate } from '../core/iso-date.js';
import { IsoDateSchema } from '../core/_zod-legacy.js';
import { largestRemainder } from '../core/largest-remainder.js';
import { ratio, type Ratio } from '../core/ratio.js';
import { parseWithSchema } from '../core/_zod-legacy.js';
import { planProgress, type PlanProgress } from '../plan/plan-progress.js';
import type { Plan } from '../plan/plan.js';
import { disbursementRate, DISBURSEMENT_TARGET_95, type DisbursementPlanKind, type DisbursementRate } from '../quota/disbursement.js';
import { streamliningPace, type StreamliningPace } from '../quota/streamlining-pace.js';
import { streamliningProgress, type StreamliningProgress } from '../quota/streamlining-progress.js';
import { unitReduction, type UnitEvent, type UnitReduction } from '../quota/unit-reduction.js';

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
 */
export interface DashboardInput {
  /** Title of the dashboard. */
  readonly title: string;
  /** Date the plan statuses are computed at (ISO). */
  readonly asOf: IsoDate;
  /** Where the figures come from (document number and date). */
  readonly source?: string;
  /** A printed dossier table by level (as `auditDossierTable` takes it); rates are recomputed and the table audited. */
  readonly dossiers?: {
    readonly table: AuditDossierTableInput;
    /** The period the table covers ("9 tháng đầu năm 2019"). */
    readonly period?: string;
    /** A target on-time rate in percent points to show against (e.g. 95). */
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
    /** Linear path for the pace check: the period of the target. */
    readonly path?: { readonly start: IsoDate; readonly end: IsoDate; readonly asOf: IsoDate };
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
    /** Linear path for the pace check. */
    readonly path?: { readonly start: IsoDate; readonly end: IsoDate };
    /** Where the figures come from, when not from the report itself. */
    readonly source?: string;
  };
  /** The whole report, audited with `auditReport`. */
  readonly report?: Report;
}

/** Schema of the scalar parts of {@link DashboardInput} (the nested parts are validated by the functions they go to). */
export const DashboardInputSchema = z.object({
  title: z.string().min(1),
  asOf: IsoDateSchema,
  source: z.string().optional(),
  dossiers: z.object({ table: z.object({ rows: z.array(z.object({ label: z.string() }).loose()) }).loose(), period: z.string().optional(), target: z.number().min(0).max(100).optional() }).optional(),
  classes: z.object({ title: z.string().optional(), rows: z.array(z.object({ className: z.string().min(1), count: z.number().int().nonnegative(), printedShare: z.string().optional() })).min(1) }).optional(),
  plan: z.unknown().optional(),
  units: z.unknown().optional(),
  disbursement: z.unknown().optional(),
  streamlining: z.unknown().optional(),
  report: z.unknown().optional(),
});

/** One level (row) of the dossier section. */
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

/** A class of the PAR section. */
export interface DashboardClassRow {
  readonly className: string;
  readonly count: number;
  /** Share of all units, percent points at 2 decimals, summing to 100 (largest remainder). */
  readonly share: Decimal;
  readonly printedShare: { readonly text: string; readonly verdict: PrintedRateVerdict } | null;
}

/**
 * Everything a CCHC dashboard shows (bảng tổng hợp), computed: exact ratios, audit findings, plan statuses. Plain data:
 * render it with {@link renderDashboard}, chart it with {@link dashboardCharts}, or serialise it with `JSON.stringify`
 * (decimals become strings).
 */
export interface Dashboard {
  readonly title: string;
  readonly asOf: IsoDate;
  readonly source: string | null;
  readonly dossiers: {
    readonly period: string | null;
    readonly target: number | null;
    readonly rows: readonly DashboardDossierRow[];
    readonly findings: readonly AuditFinding[];
  } | null;
  readonly classes: { readonly title: string | null; readonly total: number; readonly rows: readonly DashboardClassRow[] } | null;
  readonly plan: { readonly number: string; readonly title: string; readonly bySection: PlanProgress; readonly byLead: PlanProgress } | null;
  readonly units: { readonly reduction: UnitReduction; readonly printedNet: number | null; readonly pace: StreamliningPace | null } | null;
  readonly disbursement: { readonly result: DisbursementRate; readonly asOf: IsoDate | null; readonly unit: string | null } | null;
  readonly streamlining: { readonly progress: StreamliningProgress; readonly pace: StreamliningPace | null; readonly asOf: IsoDate | null; readonly source: string | null } | null;
  /** Findings of `auditReport` on the whole report (the dossier table's included), errors first. */
  readonly findings: readonly AuditFinding[];
}

function printedText(p: AuditDossierTableInput['rows'][number]['printed'], key: 'onTimeRate'): string | null {
  const v = p?.[key];
  if (v === undefined) return null;
  return typeof v === 'string' ? v : v.text;
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
 */
export function buildDashboard(input: DashboardInput): Dashboard {
  parseWithSchema(DashboardInputSchema, input);
  const asOf = input.asOf;

  let dossiers: Dashboard['dossiers'] = null;
  if (input.dossiers) {
    const findings = auditDossierTable(input.dossiers.table);
    const rows = input.dossiers.table.rows.map((r, i): DashboardDossierRow => {
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
            ? { text: printed, verdict: checkPrintedRate({ numerator: onTimeRate.numerator, denominator: onTimeRate.denominator, printed }).verdict }
            : null,
        findings: findings.filter((f) => f.row === r.label),
      });
    });
    dossiers = Object.freeze({ period: input.dossiers.period ?? null, target: input.dossiers.target ?? null, rows, findings });
  }

  let classes: Dashboard['classes'] = null;
  if (input.classes) {
    const counts = input.classes.rows.map((r) => r.count);
    const sum = counts.reduce((a, b) => a + b, 0);
    if (sum === 0) {
      fail('ZERO_DENOMINATOR', ['classes', 'rows'], 'Không có đơn vị nào trong các loại', 'The classes hold no units', sum);
    }
    const shares = largestRemainder(counts, { decimals: 2 });
    classes = Object.freeze({
      title: input.classes.title ?? null,
      total: sum,
      rows: input.classes.rows.map((r, i) =>
        Object.freeze({
          className: r.className,
          count: r.count,
          share: shares[i]!,
          printedShare: r.printedShare !== undefined ? { text: r.printedShare, verdict: checkPrintedRate({ numerator: r.count, denominator: sum, printed: r.printedShare }).verdict } : null,
        }),
      ),
    });
  }

  let plan: Dashboard['plan'] = null;
  if (input.plan) {
    plan = Object.freeze({
      number: input.plan.number,
      title: input.plan.title,
      bySection: planProgress(input.plan, { asOf, groupBy: 'section' }),
      byLead: planProgress(input.plan, { asOf, groupBy: 'lead' }),
    });
  }

  let units: Dashboard['units'] = null;
  if (input.units) {
    const reduction = unitReduction(input.units.events, input.units.target !== undefined ? { target: input.units.target } : {});
    const path = input.units.path;
    const pace =
      path && input.units.target !== undefined
        ? streamliningPace({ target: input.units.target, achieved: input.units.printedNet ?? Math.max(0, reduction.net), start: path.start, end: path.end, asOf: path.asOf })
        : null;
    units = Object.freeze({ reduction, printedNet: input.units.printedNet ?? null, pace });
  }

  let disbursement: Dashboard['disbursement'] = null;
  if (input.disbursement) {
    const d = input.disbursement;
    if (d.asOf !== undefined) parseIsoDate(d.asOf, ['disbursement', 'asOf']);
    disbursement = Object.freeze({
      result: disbursementRate({ disbursed: d.disbursed, plan: d.plan, ...(d.planKind ? { planKind: d.planKind } : {}), target: DISBURSEMENT_TARGET_95 }),
      asOf: d.asOf ?? null,
      unit: d.unit ?? null,
    });
  }

  let streamlining: Dashboard['streamlining'] = null;
  if (input.streamlining) {
    const s = input.streamlining;
    const progress = streamliningProgress({ base: s.base, target: s.target, achieved: s.achieved });
    const pace = s.path && s.asOf ? streamliningPace({ target: s.target, achieved: s.achieved, start: s.path.start, end: s.path.end, asOf: s.asOf }) : null;
    if (s.path && !s.asOf) {
      fail('INVALID_INPUT', ['streamlining', 'asOf'], 'Cần ngày số liệu (asOf) để kiểm tra tiến độ', 'A date (asOf) is needed for the pace check', s.asOf);
    }
    streamlining = Object.freeze({ progress, pace, asOf: s.asOf ?? null, source: s.source ?? null });
  }

  const findings = input.report ? sortFindings(auditReport(input.report)) : [];

  return Object.freeze({
    title: input.title,
    asOf,
    source: input.source ?? null,
    dossiers,
    classes,
    plan,
    units,
    disbursement,
    streamlining,
    findings: Object.freeze(findings),
  });
}

/** @internal */
export function checkDashboard(d: unknown): Dashboard {
  if (typeof d !== 'object' || d === null || typeof (d as Dashboard).title !== 'string' || !Array.isArray((d as Dashboard).findings)) {
    return fail('INVALID_INPUT', ['dashboard'], `Cần kết quả của buildDashboard(), nhận được ${show(d)}`, `Expected the result of buildDashboard(), received ${show(d)}`, d);
  }
  return d as Dashboard;
}
