import { CchcError, issue, show } from '../core/errors.js';
import * as vi from '../core/messages/vi/audit.js';
import * as en from '../core/messages/en/audit.js';
import { auditClaim } from './claim.js';
import { auditDossierTable, type AuditDossierTableInput } from './dossier-table.js';
import { buildFinding, type AuditFinding } from './finding.js';
import { auditIdentity } from './identity.js';
import { auditParts } from './parts.js';
import { auditPrintedRate } from './printed-rate.js';
import {
  FigureIndex,
  ReportDossierTableSchema,
  ReportSchema,
  type FigureRef,
  type Report,
  type ReportCheck,
  type ReportDossierTable,
  type ResolvedFigure,
} from './report-schema.js';
import { auditSameValue } from './same-value.js';
import { labelOf } from './schemas.js';
import { auditShares } from './shares.js';
import { sumTableFindings } from './table-sums.js';
import { sumOf } from './_internal/text.js';

/**
 * A report's dossier table in the input shape of {@link auditDossierTable}, its location prefixed with
 * {@link DOSSIER_TABLE_LOCATION_PREFIX} so that its findings can be told apart from the report's own.
 *
 * @example
 * ```ts
 * import { toDossierTableInput } from 'cchc';
 * import { kienGiang2019Report } from 'cchc/datasets';
 * toDossierTableInput(kienGiang2019Report.dossierTable!).rows.length; // 4
 * ```
 *
 * @category Audits
 */
export function toDossierTableInput(dossierTable: ReportDossierTable): AuditDossierTableInput {
  const table = ReportDossierTableSchema.parse(dossierTable, { path: ['table'] });
  const all = table.rows.find((r) => r.level === 'all');
  return Object.freeze({
    location: `${DOSSIER_TABLE_LOCATION_PREFIX}${table.location}`,
    ...(table.totalLabel !== undefined ? { totalLabel: table.totalLabel } : all ? { totalLabel: all.label } : {}),
    rows: Object.freeze(
      table.rows.map((r) =>
        Object.freeze({
          label: r.label,
          ...(r.received !== undefined ? { received: r.received } : {}),
          ...(r.resolved !== undefined || r.onTimeOrEarly !== undefined || r.late !== undefined
            ? {
                resolved: Object.freeze({
                  ...(r.resolved !== undefined ? { total: r.resolved } : {}),
                  ...(r.onTimeOrEarly !== undefined ? { onTimeOrEarly: r.onTimeOrEarly } : {}),
                  ...(r.late !== undefined ? { late: r.late } : {}),
                }),
              }
            : {}),
          ...(r.pending !== undefined ? { pending: r.pending } : {}),
          ...(r.printed !== undefined ? { printed: Object.freeze({ ...r.printed }) } : {}),
        }),
      ),
    ),
  });
}

/**
 * Prefix of the location of every finding about a report's dossier table (they come from `auditDossierTable`).
 *
 * @example
 * ```ts
 * import { DOSSIER_TABLE_LOCATION_PREFIX } from 'cchc';
 * DOSSIER_TABLE_LOCATION_PREFIX; // 'Bảng hồ sơ TTHC — '
 * ```
 *
 * @category Audits
 */
export const DOSSIER_TABLE_LOCATION_PREFIX = 'Bảng hồ sơ TTHC — ';

/**
 * Whether a finding of {@link auditReport} is about the report's dossier table (produced by the dossier module's
 * audit and tagged by `auditReport` with {@link DOSSIER_TABLE_LOCATION_PREFIX}).
 *
 * @example
 * ```ts
 * import { isDossierTableFinding, makeFinding } from 'cchc';
 * const note = { vi: 'x', en: 'x' };
 * isDossierTableFinding(makeFinding({ code: 'x', severity: 'info', message: note, location: '§II.3' })); // false
 * isDossierTableFinding(makeFinding({ code: 'x', severity: 'info', message: note, location: 'Bảng hồ sơ TTHC — §II.2.2' })); // true
 * ```
 *
 * @category Audits
 */
export function isDossierTableFinding(f: AuditFinding): boolean {
  const location: unknown = typeof f === 'object' && f !== null && Object.hasOwn(f, 'location') ? f.location : undefined;
  if (typeof f !== 'object' || f === null || (location !== undefined && typeof location !== 'string')) {
    throw new CchcError(
      issue(
        'INVALID_INPUT',
        ['finding'],
        vi.INVALID_INPUT__finding({ received: show(f) }),
        en.INVALID_INPUT__finding({ received: show(f) }),
        f,
      ),
    );
  }
  return typeof location === 'string' && location.startsWith(DOSSIER_TABLE_LOCATION_PREFIX);
}

/** Append without spreading (a spread of a long array overflows the call stack). */
function append<T>(to: T[], items: readonly T[]): void {
  for (const x of items) to.push(x);
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}

/**
 * Audit a yearly CCHC report (kiểm tra số liệu báo cáo CCHC): every check that applies to its quantitative content,
 * in the shape every `cchc` audit returns (`AuditFinding`).
 *
 * 1. The report's declared checks, in order: printed rates (`rate-mismatch`, `rate-truncated`, `rate-undefined`),
 *    distributions and their shares (`share-mismatch`, `shares-sum-mismatch`, `sum-mismatch`), totals against their
 *    parts (`sum-mismatch`, `parts-exceed-total`), identities (`identity-mismatch`), one quantity printed in several
 *    places (`cross-reference-mismatch`) and claims (`claim-not-met`). `row` is the check's id (for shares, the
 *    class), `location` where the figures are printed.
 * 2. Every table: the document number its caption prints (`annex-reference-mismatch`, warning, when `attachedTo`
 *    is not the report's own), row sums and total rows (`sum-mismatch`) and its printed-rate column; `row` is the printed STT,
 *    `field` the column.
 * 3. The dossier table, through {@link auditDossierTable} (its findings carry {@link DOSSIER_TABLE_LOCATION_PREFIX}).
 *
 * Severity follows `FindingSeverity`: contradictions are errors; differences a printed figure could explain, and
 * mismatches between places that may count different scopes, are warnings; notes (a truncated rate, a rate over 0)
 * are info.
 *
 * @throws {@link CchcError} as {@link ReportSchema} for an invalid report (every problem listed).
 * @example
 * ```ts
 * import { auditReport, summarizeFindings } from 'cchc';
 * import { kienGiang2019Report } from 'cchc/datasets';
 * const findings = auditReport(kienGiang2019Report);
 * summarizeFindings(findings).hasErrors; // true
 * findings.some((f) => f.code === 'rate-mismatch' && f.actual === '56,35%'); // true
 * ```
 *
 * @category Audits
 */
export function auditReport(report: Report): AuditFinding[] {
  const r = ReportSchema.parse(report, { path: ['report'] });
  const index = new FigureIndex(r);
  const fig = (id: string): ResolvedFigure => index.get(id)!; // ids were checked by the schema
  const refs = (ref: FigureRef): ResolvedFigure[] => (typeof ref === 'string' ? [fig(ref)] : ref.map(fig));
  const valueOfReading = (ref: FigureRef) => sumOf(refs(ref).map((f) => f.value));
  const where = (fs: readonly ResolvedFigure[]) => ({
    location: unique(fs.map((f) => f.location)).join('; '),
    locationEn: unique(fs.map((f) => f.locationEn)).join('; '),
  });
  // Totals of exhaustive breakdowns, so that a figure compared elsewhere can show its parts ("851 (= 138 + 713)").
  const partsOf = new Map<string, number[]>();
  for (const c of r.checks ?? [])
    if (c.kind === 'parts' && c.exhaustive && !partsOf.has(c.total))
      partsOf.set(
        c.total,
        c.parts.map((p) => fig(p).value),
      );

  const out: AuditFinding[] = [];
  for (const c of r.checks ?? []) append(out, auditCheck(c));
  for (const t of r.tables ?? []) {
    if (t.attachedTo !== undefined && compactNumber(t.attachedTo) !== compactNumber(r.documentNumber)) {
      const missing = !/\d/.test(t.attachedTo);
      out.push(
        buildFinding({
          code: 'annex-reference-mismatch',
          severity: 'warning',
          field: 'attachedTo',
          expected: r.documentNumber,
          actual: t.attachedTo,
          vi: `${t.location}: dòng "Kèm theo Báo cáo số ${t.attachedTo}" ${missing ? 'thiếu số văn bản' : 'ghi sai số văn bản'}; báo cáo này là số ${r.documentNumber}.`,
          en: `${t.locationEn ?? t.location}: its caption "attached to Report ${t.attachedTo}" ${missing ? 'lacks the document number' : 'gives the wrong document number'}; this report is ${r.documentNumber}.`,
          location: t.location,
        }),
      );
    }
    // The table was validated with the report: its sums are checked without copying its rows.
    append(out, sumTableFindings(t));
    const rate = t.rate;
    if (!rate) continue;
    const rateLabel = labelOf(rate);
    const cell = (row: (typeof t.rows)[number], key: string) => (Object.hasOwn(row.cells, key) ? row.cells[key] : undefined);
    for (const row of t.rows) {
      if (row.printedRate === undefined) continue;
      const numerator = cell(row, rate.numerator);
      const denominator = 'column' in rate.denominator ? cell(row, rate.denominator.column) : fig(rate.denominator.figure).value;
      if (numerator === undefined || numerator === null || denominator === undefined || denominator === null) continue;
      const rowLabel = labelOf(row);
      append(
        out,
        auditPrintedRate({
          label: { vi: `${rowLabel.vi} — ${rateLabel.vi}`, en: `${rowLabel.en} — ${rateLabel.en}` },
          location: `${t.location}, dòng ${row.key}`,
          locationEn: `${t.locationEn ?? t.location}, row ${row.key}`,
          row: row.key,
          field: 'rate',
          numerator,
          denominator,
          printed: row.printedRate,
        }),
      );
    }
  }
  if (r.dossierTable) append(out, auditDossierTable(toDossierTableInput(r.dossierTable)));
  return out;

  function auditCheck(c: ReportCheck): AuditFinding[] {
    const note = c.note ?? (c.noteVi !== undefined || c.noteEn !== undefined ? { vi: c.noteVi ?? '', en: c.noteEn ?? '' } : undefined);
    const base = { label: labelOf(c), row: c.id, ...(note ? { note } : {}) };
    switch (c.kind) {
      case 'rate':
        return auditPrintedRate({
          ...base,
          ...where([...refs(c.numerator), ...refs(c.denominator)]),
          field: 'printed',
          numerator: valueOfReading(c.numerator),
          denominator: valueOfReading(c.denominator),
          printed: c.printed,
        });
      case 'claim':
        return auditClaim({
          ...base,
          ...where([...refs(c.numerator), ...refs(c.denominator)]),
          field: 'claim',
          numerator: valueOfReading(c.numerator),
          denominator: valueOfReading(c.denominator),
          comparison: c.comparison,
          percent: c.percent,
          ...(c.inclusive !== undefined ? { inclusive: c.inclusive } : {}),
        });
      case 'shares': {
        const all = [
          ...(c.total !== undefined ? [fig(c.total)] : []),
          ...c.items.flatMap((i) => (i.figure !== undefined ? [fig(i.figure)] : [])),
        ];
        const { row: _row, ...rest } = base;
        void _row;
        return auditShares({
          ...rest,
          ...(all.length > 0 ? where(all) : {}),
          field: c.id,
          ...(c.total !== undefined ? { total: fig(c.total).value } : {}),
          items: c.items.map((i) => {
            const f = i.figure !== undefined ? fig(i.figure) : undefined;
            const own = i.label ?? (i.labelVi !== undefined ? { vi: i.labelVi, en: i.labelEn ?? f?.label.en ?? i.labelVi } : undefined);
            return {
              label: own ?? f!.label,
              ...(f ? { count: f.value } : {}),
              ...(i.printedShare !== undefined ? { printedShare: i.printedShare } : {}),
            };
          }),
        });
      }
      case 'parts':
        return auditParts({
          ...base,
          ...where([fig(c.total), ...c.parts.map(fig)]),
          field: 'total',
          total: fig(c.total).value,
          parts: c.parts.map((p) => fig(p).value),
          exhaustive: c.exhaustive,
          explanations: (c.explanations ?? []).map((e) => ({ value: valueOfReading(e.figure), label: labelOf(e) })),
          ...(c.severity !== undefined ? { severity: c.severity } : {}),
        });
      case 'identity':
        return auditIdentity({
          ...base,
          ...where([...c.terms.map((t) => fig(t.figure)), fig(c.result)]),
          field: 'result',
          terms: c.terms.map((t) => ({ value: fig(t.figure).value, ...(t.sign !== undefined ? { sign: t.sign } : {}) })),
          result: fig(c.result).value,
          ...(c.severity !== undefined ? { severity: c.severity } : {}),
        });
      case 'same': {
        const fs = c.figures.map(fig);
        return auditSameValue({
          ...base,
          ...where(fs),
          field: c.figures[0]!,
          values: fs.map((f) => {
            const parts = f.parts ?? partsOf.get(f.id);
            return { value: f.value, location: f.location, locationEn: f.locationEn, ...(parts ? { parts } : {}) };
          }),
          ...(c.severity !== undefined ? { severity: c.severity } : {}),
        });
      }
    }
  }
}

/** A document number without spaces and case, so that "389 /BC-UBND" and "389/BC-UBND" compare equal. */
function compactNumber(n: string): string {
  return n.replace(/\s+/g, '').toUpperCase();
}
