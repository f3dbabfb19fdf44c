// The report model (sections, figures, tables, checks, the dossier table) and its schemas, written with the `cchc`
// schema kit: every object is strict (an unknown key is `UNKNOWN_KEY` with a suggestion). Labels and titles are
// `{ vi, en }` (`label`, `title`, `note`); the 0.1 pairs (`labelVi` / `labelEn`, …) are still read.
import type { BilingualText } from '../core/bilingual.js';
import { CchcError, issue, show, type CchcIssue, type CchcPath } from '../core/errors.js';
import type { IsoDate } from '../core/iso-date.js';
import * as s from '../core/schema.js';
import { CountSchema, IsoDateSchema, SourceRefSchema } from '../core/schemas.js';
import type { SourceRef } from '../core/source-ref.js';
import * as vi from '../core/messages/vi/audit.js';
import * as en from '../core/messages/en/audit.js';
import { deprecated, labelOf, labelShape, printedText, requireLabel } from './schemas.js';

// ——— types ———

/**
 * A figure of a {@link Report}: one number printed in a section (số liệu), with its id, its name `{ vi, en }`, its
 * value and, optionally, the text as printed ("3.145"). `unit`: `count` (default; an integer), `amount` (money, e.g.
 * billion VND), `percent` (percent points of a share printed without its counts).
 *
 * @example
 * ```ts
 * import type { ReportFigure } from 'cchc';
 * const figure: ReportFigure = { id: 'units-cut', label: { vi: 'Đơn vị giảm', en: 'Units cut' }, value: 52, printed: '52' };
 * ```
 *
 * @category Audits
 */
export interface ReportFigure {
  readonly id: string;
  /** Name of the figure. */
  readonly label?: BilingualText;
  /** @deprecated Use `label: { vi, en }` (0.2). */
  readonly labelVi?: string;
  /** @deprecated Use `label: { vi, en }` (0.2). */
  readonly labelEn?: string;
  readonly value: number;
  readonly unit?: 'count' | 'amount' | 'percent';
  readonly printed?: string;
}

/**
 * A section of a {@link Report} (§II.3 …) and the figures it prints.
 *
 * @example
 * ```ts
 * import type { ReportSection } from 'cchc';
 * const section: ReportSection = { id: 'II.5.1', title: { vi: 'Giải ngân', en: 'Disbursement' }, figures: [{ id: 'plan', label: { vi: 'Kế hoạch', en: 'Plan' }, value: 5582, unit: 'amount' }] };
 * ```
 *
 * @category Audits
 */
export interface ReportSection {
  readonly id: string;
  /** Title of the section. */
  readonly title?: BilingualText;
  /** @deprecated Use `title: { vi, en }` (0.2). */
  readonly titleVi?: string;
  /** @deprecated Use `title: { vi, en }` (0.2). */
  readonly titleEn?: string;
  readonly figures: readonly ReportFigure[];
}

/**
 * A named part of the report model (a column, a row, a check, an explanation): its name as `label` `{ vi, en }`, or
 * the deprecated pair `labelVi` / `labelEn`.
 *
 * @example
 * ```ts
 * import type { ReportLabelled } from 'cchc';
 * const column: ReportLabelled & { key: string } = { key: 'total', label: { vi: 'Tổng số', en: 'Total' } };
 * ```
 *
 * @category Audits
 */
export interface ReportLabelled {
  readonly label?: BilingualText;
  /** @deprecated Use `label: { vi, en }` (0.2). */
  readonly labelVi?: string;
  /** @deprecated Use `label: { vi, en }` (0.2). */
  readonly labelEn?: string;
}

/**
 * A table of a {@link Report} (bảng, phụ lục): columns, rows with cells by column key (`null` for "/"), the row sums
 * that must hold, an optional total row, and an optional printed-rate column. `attachedTo` is the document number the
 * annex's caption prints ("Kèm theo Báo cáo số 389/BC-UBND …"), checked against the report's.
 *
 * @example
 * ```ts
 * import type { ReportTable } from 'cchc';
 * const table: ReportTable = { id: 't', title: { vi: 'Bảng', en: 'Table' }, location: 'Phụ lục III', columns: [{ key: 'total', label: { vi: 'Tổng số', en: 'Total' } }], rows: [] };
 * ```
 *
 * @category Audits
 */
export interface ReportTable {
  readonly id: string;
  readonly title?: BilingualText;
  /** @deprecated Use `title: { vi, en }` (0.2). */
  readonly titleVi?: string;
  /** @deprecated Use `title: { vi, en }` (0.2). */
  readonly titleEn?: string;
  readonly location: string;
  readonly locationEn?: string;
  readonly attachedTo?: string;
  readonly columns: readonly (ReportLabelled & { readonly key: string })[];
  readonly rows: readonly (ReportLabelled & {
    readonly key: string;
    readonly cells: Readonly<Record<string, number | null>>;
    readonly printedRate?: string;
  })[];
  readonly rowSums?: readonly { readonly total: string; readonly parts: readonly string[] }[];
  readonly totalRow?: string;
  readonly rate?: ReportLabelled & {
    readonly numerator: string;
    readonly denominator: { readonly column: string } | { readonly figure: string };
  };
}

/**
 * A reference to a figure, or to several whose sum is meant ("09 sở + 05 huyện").
 *
 * @example
 * ```ts
 * import type { FigureRef } from 'cchc';
 * const ref: FigureRef = ['I.2.inspected-departments', 'I.2.inspected-districts'];
 * ```
 *
 * @category Audits
 */
export type FigureRef = string | readonly string[];

/**
 * What every check of a report has: an id, a name and an optional note `{ vi, en }` added to its findings.
 *
 * @example
 * ```ts
 * import type { ReportCheckBase } from 'cchc';
 * const base: ReportCheckBase = { id: 'II.3.units-cut', label: { vi: 'Đơn vị giảm', en: 'Units cut' }, note: { vi: 'Ghi chú.', en: 'Note.' } };
 * ```
 *
 * @category Audits
 */
export interface ReportCheckBase extends ReportLabelled {
  readonly id: string;
  readonly note?: BilingualText;
  /** @deprecated Use `note: { vi, en }` (0.2). */
  readonly noteVi?: string;
  /** @deprecated Use `note: { vi, en }` (0.2). */
  readonly noteEn?: string;
}

/**
 * A check of a {@link Report}; see {@link ReportCheckSchema}.
 *
 * @example
 * ```ts
 * import type { ReportCheck } from 'cchc';
 * const check: ReportCheck = { kind: 'rate', id: 'r', label: { vi: 'Tỷ lệ', en: 'Rate' }, numerator: 'a', denominator: 'b', printed: '52%' };
 * ```
 *
 * @category Audits
 */
export type ReportCheck =
  | (ReportCheckBase & { readonly kind: 'rate'; readonly numerator: FigureRef; readonly denominator: FigureRef; readonly printed: string })
  | (ReportCheckBase & {
      readonly kind: 'shares';
      readonly total?: string;
      readonly items: readonly (ReportLabelled & { readonly figure?: string; readonly printedShare?: string })[];
    })
  | (ReportCheckBase & {
      readonly kind: 'parts';
      readonly total: string;
      readonly parts: readonly string[];
      readonly exhaustive: boolean;
      readonly explanations?: readonly (ReportLabelled & { readonly figure: FigureRef })[];
      readonly severity?: 'error' | 'warning';
    })
  | (ReportCheckBase & {
      readonly kind: 'identity';
      readonly terms: readonly { readonly figure: string; readonly sign?: 1 | -1 }[];
      readonly result: string;
      readonly severity?: 'error' | 'warning';
    })
  | (ReportCheckBase & { readonly kind: 'same'; readonly figures: readonly string[]; readonly severity?: 'error' | 'warning' })
  | (ReportCheckBase & {
      readonly kind: 'claim';
      readonly numerator: FigureRef;
      readonly denominator: FigureRef;
      readonly comparison: 'at-least' | 'at-most';
      readonly percent: number;
      readonly inclusive?: boolean;
      readonly printed?: string;
    });

/**
 * The dossier table of a {@link Report}, as printed; audited by `auditDossierTable`.
 *
 * @example
 * ```ts
 * import type { ReportDossierTable } from 'cchc';
 * const table: ReportDossierTable = { location: '§II.2.2', rows: [{ label: 'Cấp xã', level: 'commune', received: 446469 }] };
 * ```
 *
 * @category Audits
 */
export interface ReportDossierTable {
  readonly location: string;
  readonly totalLabel?: string;
  readonly rows: readonly {
    readonly label: string;
    readonly level: 'province' | 'district' | 'commune' | 'all';
    readonly received?: number;
    readonly resolved?: number;
    readonly onTimeOrEarly?: number;
    readonly late?: number;
    readonly pending?: number;
    readonly printed?: { readonly onTimeRate?: string; readonly lateRate?: string };
  }[];
}

/**
 * A yearly CCHC report's quantitative content; see {@link ReportSchema}.
 *
 * @example
 * ```ts
 * import type { Report } from 'cchc';
 * const report: Report = { id: 'r', title: { vi: 'Báo cáo', en: 'Report' }, issuer: 'UBND tỉnh', documentNumber: '1/BC-UBND', date: '2020-12-01', year: 2020, sections: [] };
 * ```
 *
 * @category Audits
 */
export interface Report {
  readonly id: string;
  readonly title?: BilingualText;
  /** @deprecated Use `title: { vi, en }` (0.2). */
  readonly titleVi?: string;
  /** @deprecated Use `title: { vi, en }` (0.2). */
  readonly titleEn?: string;
  readonly issuer: string;
  readonly documentNumber: string;
  readonly date: IsoDate;
  readonly year: number;
  readonly period?: string;
  /** Where the transcription was read (the report itself, its annexes, a portal's copy). */
  readonly sources?: readonly SourceRef[];
  readonly sections: readonly ReportSection[];
  readonly tables?: readonly ReportTable[];
  readonly checks?: readonly ReportCheck[];
  readonly dossierTable?: ReportDossierTable;
}

// ——— schemas ———

const titleShape = {
  title: labelShape.label,
  titleVi: s.string().min(1).optional().describe(deprecated('title.vi')),
  titleEn: s.string().min(1).optional().describe(deprecated('title.en')),
};
const noteShape = {
  note: labelShape.label,
  noteVi: s.string().optional().describe(deprecated('note.vi')),
  noteEn: s.string().optional().describe(deprecated('note.en')),
};

/**
 * The id of a figure, table or check of a report: letters, digits and `_ . : -`, e.g. `II.5.1.disbursed`. Table cells
 * get ids automatically: `<table id>.<row key>.<column key>` (`plII.6.total`).
 *
 * @example
 * ```ts
 * import { FigureIdSchema } from 'cchc';
 * FigureIdSchema.safeParse('II.5.1.disbursed').success; // true
 * FigureIdSchema.safeParse('số liệu').success; // false
 * ```
 *
 * @category Audits
 */
export const FigureIdSchema: s.Schema<string> = s
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, vi.INVALID_INPUT__figureId(), en.INVALID_INPUT__figureId());

/**
 * Schema of {@link ReportFigure}.
 *
 * @example
 * ```ts
 * import { ReportFigureSchema } from 'cchc';
 * ReportFigureSchema.safeParse({ id: 'II.5.1.plan', label: { vi: 'Kế hoạch vốn', en: 'Plan' }, value: 5582, unit: 'amount', printed: '5.582' }).success; // true
 * ReportFigureSchema.safeParse({ id: 'II.5.1.plan', label: { vi: 'Kế hoạch vốn', en: 'Plan' }, valeu: 5582 }).success; // false (UNKNOWN_KEY, did you mean 'value'?)
 * ```
 *
 * @category Audits
 */
export const ReportFigureSchema: s.Schema<ReportFigure> = s
  .object({
    id: FigureIdSchema,
    ...labelShape,
    value: s.number().min(0),
    unit: s.oneOf(['count', 'amount', 'percent']).optional(),
    printed: printedText.optional(),
  })
  .check(requireLabel(true))
  .as<ReportFigure>();

/**
 * Schema of {@link ReportSection}.
 *
 * @example
 * ```ts
 * import { ReportSectionSchema } from 'cchc';
 * ReportSectionSchema.safeParse({ id: 'II.3', title: { vi: 'Tổ chức bộ máy', en: 'Organisation' }, figures: [] }).success; // true
 * ```
 *
 * @category Audits
 */
export const ReportSectionSchema: s.Schema<ReportSection> = s
  .object({ id: s.string().min(1), ...titleShape, figures: s.array(ReportFigureSchema) })
  .check(requireLabel(false, 'title'))
  .as<ReportSection>();

const labelledObject = <S extends s.Shape>(shape: S, enRequired = true) =>
  s.object({ ...shape, ...labelShape }).check(requireLabel(enRequired));

/**
 * Schema of {@link ReportTable}.
 *
 * @example
 * ```ts
 * import { ReportTableSchema } from 'cchc';
 * import { kienGiang2019Report } from 'cchc/datasets';
 * ReportTableSchema.safeParse(kienGiang2019Report.tables[0]).success; // true
 * ```
 *
 * @category Audits
 */
export const ReportTableSchema: s.Schema<ReportTable> = s
  .object({
    id: FigureIdSchema,
    ...titleShape,
    location: s.string().min(1),
    locationEn: s.string().optional(),
    attachedTo: s.string().optional(),
    columns: s.array(labelledObject({ key: s.string().min(1) })).min(1),
    rows: s.array(
      labelledObject(
        {
          key: s.string().regex(/^[A-Za-z0-9_-]+$/, vi.INVALID_INPUT__reportRowKey(), en.INVALID_INPUT__reportRowKey()),
          cells: s.record(s.string(), s.union([CountSchema, s.literal(null)])),
          printedRate: printedText.optional(),
        },
        false,
      ),
    ),
    rowSums: s.array(s.object({ total: s.string().min(1), parts: s.array(s.string().min(1)).min(1) })).optional(),
    totalRow: s.string().optional(),
    rate: labelledObject({
      numerator: s.string().min(1),
      denominator: s.union([s.object({ column: s.string().min(1) }), s.object({ figure: FigureIdSchema })]),
    }).optional(),
  })
  .check(requireLabel(false, 'title'))
  .as<ReportTable>();

/**
 * Schema of {@link FigureRef}: a figure id, or several whose sum is meant.
 *
 * @example
 * ```ts
 * import { FigureRefSchema } from 'cchc';
 * FigureRefSchema.safeParse(['I.2.inspected-departments', 'I.2.inspected-districts']).success; // true
 * ```
 *
 * @category Audits
 */
export const FigureRefSchema: s.Schema<FigureRef> = s.union([FigureIdSchema, s.array(FigureIdSchema).min(1)]);

const checkBase = { id: FigureIdSchema, ...labelShape, ...noteShape };
const checkSeverity = s.oneOf(['error', 'warning']).optional();
const checkOf = <S extends s.Shape>(shape: S) =>
  s
    .object({ ...checkBase, ...shape })
    .check(requireLabel(true))
    .as<unknown>();

/**
 * A check the report's figures must pass beyond its tables' own sums, declared by whoever transcribes the report (the
 * transcriber knows which figures belong together; the audit knows how to check them):
 * - `rate`: a printed rate against its numerator and denominator;
 * - `shares`: a distribution with printed shares (counts vs total, each share, shares vs 100%);
 * - `parts`: a total against its listed parts (`exhaustive`), or a "trong đó" list that must not exceed it;
 * - `identity`: signed terms that must add up to a printed result;
 * - `same`: one quantity printed in several places (the first is the one checked);
 * - `claim`: a printed claim against a threshold ("đạt trên 30%").
 *
 * @example
 * ```ts
 * import { ReportCheckSchema } from 'cchc';
 * ReportCheckSchema.safeParse({ kind: 'same', id: 'postal', label: { vi: 'x', en: 'x' }, figures: ['a', 'b'] }).success; // true
 * ReportCheckSchema.safeParse({ kind: 'sam', id: 'postal', label: { vi: 'x', en: 'x' }, figures: ['a', 'b'] }).success; // false (did you mean 'same'?)
 * ```
 *
 * @category Audits
 */
export const ReportCheckSchema: s.Schema<ReportCheck> = s.discriminatedUnion('kind', [
  checkOf({ kind: s.literal('rate'), numerator: FigureRefSchema, denominator: FigureRefSchema, printed: printedText }),
  checkOf({
    kind: s.literal('shares'),
    total: FigureIdSchema.optional(),
    items: s.array(s.object({ figure: FigureIdSchema.optional(), ...labelShape, printedShare: printedText.optional() })).min(1),
  }),
  checkOf({
    kind: s.literal('parts'),
    total: FigureIdSchema,
    parts: s.array(FigureIdSchema).min(1),
    exhaustive: s.boolean(),
    explanations: s.array(labelledObject({ figure: FigureRefSchema })).optional(),
    severity: checkSeverity,
  }),
  checkOf({
    kind: s.literal('identity'),
    terms: s.array(s.object({ figure: FigureIdSchema, sign: s.literal(1, -1).optional() })).min(1),
    result: FigureIdSchema,
    severity: checkSeverity,
  }),
  checkOf({ kind: s.literal('same'), figures: s.array(FigureIdSchema).min(2), severity: checkSeverity }),
  checkOf({
    kind: s.literal('claim'),
    numerator: FigureRefSchema,
    denominator: FigureRefSchema,
    comparison: s.oneOf(['at-least', 'at-most']),
    percent: s.number().min(0),
    inclusive: s.boolean().optional(),
    printed: printedText.optional(),
  }),
]) as s.Schema<ReportCheck>;

/**
 * Schema of {@link ReportDossierTable}.
 *
 * @example
 * ```ts
 * import { ReportDossierTableSchema } from 'cchc';
 * import { kienGiang2019Report } from 'cchc/datasets';
 * ReportDossierTableSchema.safeParse(kienGiang2019Report.dossierTable).success; // true
 * ```
 *
 * @category Audits
 */
export const ReportDossierTableSchema: s.Schema<ReportDossierTable> = s
  .object({
    location: s.string().min(1),
    totalLabel: s.string().optional(),
    rows: s.array(
      s.object({
        label: s.string().min(1),
        level: s.oneOf(['province', 'district', 'commune', 'all']),
        received: CountSchema.optional(),
        resolved: CountSchema.optional(),
        onTimeOrEarly: CountSchema.optional(),
        late: CountSchema.optional(),
        pending: CountSchema.optional(),
        printed: s.object({ onTimeRate: printedText.optional(), lateRate: printedText.optional() }).optional(),
      }),
    ),
  })
  .as<ReportDossierTable>();

// ——— the figures of a report, by id ———

/**
 * A figure with where it is printed, as resolved inside a report.
 *
 * @example
 * ```ts
 * import { getReportFigure } from 'cchc';
 * import { kienGiang2019Report } from 'cchc/datasets';
 * getReportFigure(kienGiang2019Report, 'plIII.1.total').parts; // [25, 165, 145]
 * ```
 *
 * @category Audits
 */
export interface ResolvedFigure {
  /** Its id. */
  readonly id: string;
  /** Its value. */
  readonly value: number;
  /** Its unit. */
  readonly unit: 'count' | 'amount' | 'percent';
  /** Its name. */
  readonly label: BilingualText;
  /** Vietnamese name. @deprecated Use `label.vi` (0.2). */
  readonly labelVi: string;
  /** English name. @deprecated Use `label.en` (0.2). */
  readonly labelEn: string;
  /** Where it is printed, in Vietnamese ("§II.3", "Phụ lục III, dòng 2"). */
  readonly location: string;
  /** Where it is printed, in English ("§II.3", "Appendix III, row 2"). */
  readonly locationEn: string;
  /** When it is the total of a table row: the parts it sums (by value), for messages ("276 + 625"). */
  readonly parts?: readonly number[];
}

type TableRow = ReportTable['rows'][number];

/**
 * The figures of a (shape-valid) report, found by id without building an entry per table cell: section figures are
 * indexed (a few hundred), a cell id `<table>.<row>.<column>` is resolved through its table and row. What the audit
 * holds beyond the report itself is therefore proportional to the section figures and the table rows, not the cells.
 * @internal
 */
export class FigureIndex {
  private readonly sectionFigures = new Map<string, { readonly section: ReportSection; readonly figure: ReportFigure }>();
  private readonly tables = new Map<string, ReportTable>();
  private readonly rowsOf = new Map<ReportTable, Map<string, TableRow>>();
  private readonly resolved = new Map<string, ResolvedFigure | null>();
  /** Ids given twice (section figures, or a section figure and a cell), each once. */
  readonly duplicateIds: string[] = [];

  constructor(readonly report: Report) {
    const dup = new Set<string>();
    for (const section of report.sections) {
      for (const figure of section.figures) {
        if (this.sectionFigures.has(figure.id)) dup.add(figure.id);
        else this.sectionFigures.set(figure.id, { section, figure });
      }
    }
    for (const t of report.tables ?? []) if (!this.tables.has(t.id)) this.tables.set(t.id, t);
    for (const id of this.sectionFigures.keys()) if (this.cellOf(id).length > 0) dup.add(id);
    // Two cells with one id: a row key twice in a table, or two tables whose ids make the same cell id ('a' and 'a.b').
    for (const t of report.tables ?? []) {
      if (this.tables.get(t.id) !== t) continue;
      const seen = new Set<string>();
      for (const row of t.rows) {
        if (seen.has(row.key)) for (const key of Object.keys(row.cells)) if (row.cells[key] !== null) dup.add(`${t.id}.${row.key}.${key}`);
        seen.add(row.key);
      }
    }
    if (this.hasNestedTableIds()) {
      for (const t of report.tables ?? []) {
        for (const row of t.rows)
          for (const key of Object.keys(row.cells))
            if (row.cells[key] !== null && this.cellOf(`${t.id}.${row.key}.${key}`).length > 1) dup.add(`${t.id}.${row.key}.${key}`);
      }
    }
    this.duplicateIds.push(...dup);
  }

  private hasNestedTableIds(): boolean {
    for (const id of this.tables.keys()) {
      for (let i = id.indexOf('.'); i > 0; i = id.indexOf('.', i + 1)) if (this.tables.has(id.slice(0, i))) return true;
    }
    return false;
  }

  private rows(t: ReportTable): Map<string, TableRow> {
    let m = this.rowsOf.get(t);
    if (!m) {
      m = new Map();
      for (const row of t.rows) if (!m.has(row.key)) m.set(row.key, row);
      this.rowsOf.set(t, m);
    }
    return m;
  }

  /** The cells an id names (one, or several when table ids nest). */
  private cellOf(id: string): { table: ReportTable; row: TableRow; key: string }[] {
    const out: { table: ReportTable; row: TableRow; key: string }[] = [];
    for (let i = id.indexOf('.'); i > 0; i = id.indexOf('.', i + 1)) {
      const table = this.tables.get(id.slice(0, i));
      if (!table) continue;
      const rest = id.slice(i + 1);
      const dot = rest.indexOf('.');
      if (dot <= 0) continue;
      const row = this.rows(table).get(rest.slice(0, dot));
      const key = rest.slice(dot + 1);
      if (row && Object.hasOwn(row.cells, key) && typeof row.cells[key] === 'number') out.push({ table, row, key });
    }
    return out;
  }

  /** Whether a figure (or a non-empty cell) has this id. */
  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** The figure with this id, with where it is printed. */
  get(id: string): ResolvedFigure | undefined {
    const cached = this.resolved.get(id);
    if (cached !== undefined) return cached ?? undefined;
    const made = this.make(id);
    this.resolved.set(id, made ?? null);
    return made;
  }

  private make(id: string): ResolvedFigure | undefined {
    const sf = this.sectionFigures.get(id);
    if (sf) {
      const label = labelOf(sf.figure);
      return freezeFigure({
        id,
        value: sf.figure.value,
        unit: sf.figure.unit ?? 'count',
        label,
        location: `§${sf.section.id}`,
        locationEn: `§${sf.section.id}`,
      });
    }
    const cell = this.cellOf(id)[0];
    if (!cell) return undefined;
    const { table: t, row, key } = cell;
    const column = t.columns.find((c) => c.key === key);
    const colLabel = column ? labelOf(column) : { vi: key, en: key };
    const rowLabel = labelOf(row);
    const sum = (t.rowSums ?? []).find((x) => x.total === key);
    const parts = sum
      ? sum.parts.map((p) => (Object.hasOwn(row.cells, p) ? row.cells[p] : undefined)).filter((x): x is number => typeof x === 'number')
      : undefined;
    return freezeFigure({
      id,
      value: row.cells[key] as number,
      unit: 'count',
      label: { vi: `${rowLabel.vi} (${colLabel.vi})`, en: `${rowLabel.en} (${colLabel.en})` },
      location: `${t.location}, dòng ${row.key}`,
      locationEn: `${t.locationEn ?? t.location}, row ${row.key}`,
      ...(parts && parts.length > 0 ? { parts: Object.freeze(parts) } : {}),
    });
  }
}

function freezeFigure(f: Omit<ResolvedFigure, 'labelVi' | 'labelEn'>): ResolvedFigure {
  const label = Object.freeze({ vi: f.label.vi, en: f.label.en });
  const out: ResolvedFigure = {
    id: f.id,
    value: f.value,
    unit: f.unit,
    label,
    labelVi: label.vi,
    labelEn: label.en,
    location: f.location,
    locationEn: f.locationEn,
    ...(f.parts ? { parts: f.parts } : {}),
  };
  return Object.freeze(out);
}

function refIds(ref: FigureRef): readonly string[] {
  return typeof ref === 'string' ? [ref] : ref;
}

/** The consistency of a shape-valid report: unique ids, references that resolve, integer counts. */
function checkReport(r: Report, path: CchcPath, ctx: s.SchemaContext): void {
  const add = (code: CchcIssue['code'], at: CchcPath, viText: string, enText: string, received: unknown) =>
    ctx.issues.push(issue(code, [...path, ...at], viText, enText, received));
  const index = new FigureIndex(r);
  for (const id of index.duplicateIds)
    add('DUPLICATE_FIGURE_ID', ['sections'], vi.DUPLICATE_FIGURE_ID__figure({ id }), en.DUPLICATE_FIGURE_ID__figure({ id }), id);
  const tableIds = new Set<string>();
  (r.tables ?? []).forEach((t, i) => {
    if (tableIds.has(t.id) || index.has(t.id))
      add(
        'DUPLICATE_FIGURE_ID',
        ['tables', i, 'id'],
        vi.DUPLICATE_FIGURE_ID__table({ id: t.id }),
        en.DUPLICATE_FIGURE_ID__table({ id: t.id }),
        t.id,
      );
    tableIds.add(t.id);
    const cols = new Set(t.columns.map((c) => c.key));
    const rowKeys = new Set<string>();
    const unknownColumn = (key: string, at: CchcPath) =>
      add(
        'UNKNOWN_FIGURE_REF',
        ['tables', i, ...at],
        vi.UNKNOWN_FIGURE_REF__column({ table: t.id, key }),
        en.UNKNOWN_FIGURE_REF__column({ table: t.id, key }),
        key,
      );
    t.rows.forEach((row, j) => {
      if (rowKeys.has(row.key)) {
        const p = { table: t.id, row: row.key };
        add(
          'DUPLICATE_FIGURE_ID',
          ['tables', i, 'rows', j, 'key'],
          vi.DUPLICATE_FIGURE_ID__row(p),
          en.DUPLICATE_FIGURE_ID__row(p),
          row.key,
        );
      }
      rowKeys.add(row.key);
      for (const key of Object.keys(row.cells)) if (!cols.has(key)) unknownColumn(key, ['rows', j, 'cells', key]);
    });
    (t.rowSums ?? []).forEach((x, j) => {
      if (!cols.has(x.total)) unknownColumn(x.total, ['rowSums', j, 'total']);
      x.parts.forEach((p, k) => {
        if (!cols.has(p)) unknownColumn(p, ['rowSums', j, 'parts', k]);
      });
    });
    if (t.totalRow !== undefined && !rowKeys.has(t.totalRow)) {
      const p = { table: t.id, row: t.totalRow };
      add(
        'UNKNOWN_FIGURE_REF',
        ['tables', i, 'totalRow'],
        vi.UNKNOWN_FIGURE_REF__totalRow(p),
        en.UNKNOWN_FIGURE_REF__totalRow(p),
        t.totalRow,
      );
    }
    if (t.rate) {
      if (!cols.has(t.rate.numerator)) unknownColumn(t.rate.numerator, ['rate', 'numerator']);
      if ('column' in t.rate.denominator && !cols.has(t.rate.denominator.column))
        unknownColumn(t.rate.denominator.column, ['rate', 'denominator', 'column']);
    }
  });
  const checkRef = (id: string, at: CchcPath) => {
    if (!index.has(id)) add('UNKNOWN_FIGURE_REF', at, vi.UNKNOWN_FIGURE_REF({ id: show(id) }), en.UNKNOWN_FIGURE_REF({ id: show(id) }), id);
  };
  (r.tables ?? []).forEach((t, i) => {
    if (t.rate && 'figure' in t.rate.denominator) checkRef(t.rate.denominator.figure, ['tables', i, 'rate', 'denominator', 'figure']);
  });
  const checkIds = new Set<string>();
  (r.checks ?? []).forEach((c, i) => {
    const at = (...p: (string | number)[]) => ['checks', i, ...p];
    if (checkIds.has(c.id))
      add('DUPLICATE_FIGURE_ID', at('id'), vi.DUPLICATE_FIGURE_ID__check({ id: c.id }), en.DUPLICATE_FIGURE_ID__check({ id: c.id }), c.id);
    checkIds.add(c.id);
    switch (c.kind) {
      case 'rate':
      case 'claim':
        refIds(c.numerator).forEach((id, k) => checkRef(id, at('numerator', k)));
        refIds(c.denominator).forEach((id, k) => checkRef(id, at('denominator', k)));
        break;
      case 'shares':
        if (c.total !== undefined) checkRef(c.total, at('total'));
        c.items.forEach((item, k) => {
          if (item.figure !== undefined) checkRef(item.figure, at('items', k, 'figure'));
          else if (item.label === undefined && item.labelVi === undefined)
            add('INVALID_INPUT', at('items', k), vi.INVALID_INPUT__shareItem(), en.INVALID_INPUT__shareItem(), item);
        });
        break;
      case 'parts':
        checkRef(c.total, at('total'));
        c.parts.forEach((id, k) => checkRef(id, at('parts', k)));
        (c.explanations ?? []).forEach((e, k) => refIds(e.figure).forEach((id, m) => checkRef(id, at('explanations', k, 'figure', m))));
        break;
      case 'identity':
        c.terms.forEach((t, k) => checkRef(t.figure, at('terms', k, 'figure')));
        checkRef(c.result, at('result'));
        break;
      case 'same':
        c.figures.forEach((id, k) => checkRef(id, at('figures', k)));
        break;
    }
  });
  r.sections.forEach((section, i) =>
    section.figures.forEach((f, j) => {
      if ((f.unit ?? 'count') === 'count' && !Number.isSafeInteger(f.value)) {
        const p = { id: f.id, received: show(f.value) };
        add('INVALID_COUNT', ['sections', i, 'figures', j, 'value'], vi.INVALID_COUNT__figure(p), en.INVALID_COUNT__figure(p), f.value);
      }
    }),
  );
}

/**
 * Schema of a yearly CCHC report's quantitative content (nội dung định lượng của báo cáo CCHC năm): identification,
 * sections with their printed figures, tables by level with totals and printed rates, the checks that tie figures
 * together, and the dossier table. Strict (an unknown key is `UNKNOWN_KEY` with a suggestion). Besides the shapes it
 * validates, collecting every problem: ids are unique across figures, table cells and tables, and among checks
 * (`DUPLICATE_FIGURE_ID`); every reference names a figure or column that exists (`UNKNOWN_FIGURE_REF`); `count`
 * figures are integers (`INVALID_COUNT`). It never copies the report: validating a large report costs no memory.
 *
 * @example
 * ```ts
 * import { ReportSchema } from 'cchc';
 * import { kienGiang2019Report } from 'cchc/datasets';
 * ReportSchema.safeParse(kienGiang2019Report).success; // true
 * const r = ReportSchema.safeParse({ ...kienGiang2019Report, documentNumbr: '389/BC-UBND' });
 * r.success ? '' : r.error.issues[0]?.suggestion; // 'documentNumber'
 * ```
 *
 * @category Audits
 */
export const ReportSchema: s.Schema<Report> = s
  .object({
    id: FigureIdSchema,
    ...titleShape,
    issuer: s.string().min(1),
    documentNumber: s.string().min(1),
    date: IsoDateSchema,
    year: s.int().min(1990).max(2200),
    period: s.string().optional(),
    sources: s.array(SourceRefSchema).optional(),
    sections: s.array(ReportSectionSchema),
    tables: s.array(ReportTableSchema).optional(),
    checks: s.array(ReportCheckSchema).optional(),
    dossierTable: ReportDossierTableSchema.optional(),
  })
  .check(requireLabel(false, 'title'))
  .check((r, path, ctx) => checkReport(r as Report, path, ctx))
  .as<Report>();

/**
 * One figure of a report by id, with where it is printed (a section figure or a table cell `<table>.<row>.<column>`).
 *
 * @throws {@link CchcError} `UNKNOWN_FIGURE_REF`; as {@link ReportSchema} for an invalid report.
 * @example
 * ```ts
 * import { getReportFigure } from 'cchc';
 * import { kienGiang2019Report } from 'cchc/datasets';
 * getReportFigure(kienGiang2019Report, 'plIII.2.total').value; // 901
 * getReportFigure(kienGiang2019Report, 'plIII.2.total').location; // 'Phụ lục III, dòng 2'
 * getReportFigure(kienGiang2019Report, 'II.5.1.disbursed').label.en; // 'Disbursed to 30/11/2019 (billion VND)'
 * ```
 *
 * @category Audits
 */
export function getReportFigure(report: Report, id: string): ResolvedFigure {
  const r = ReportSchema.parse(report, { path: ['report'] });
  const f = typeof id === 'string' ? new FigureIndex(r).get(id) : undefined;
  if (f) return f;
  throw new CchcError(
    issue('UNKNOWN_FIGURE_REF', ['id'], vi.UNKNOWN_FIGURE_REF({ id: show(id) }), en.UNKNOWN_FIGURE_REF({ id: show(id) }), id),
  );
}
