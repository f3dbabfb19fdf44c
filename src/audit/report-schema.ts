import { z } from 'zod';
import { fail, show } from '../core/errors.js';
import { IsoDateSchema } from '../core/_zod-legacy.js';
import { parseWithSchema } from '../core/_zod-legacy.js';
import { addCchcIssue } from '../quota/_internal/fields.js';

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
 */
export const FigureIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/, 'an id of letters, digits and _ . : -');

/**
 * One number printed in a section of a report (số liệu): its id, its name in Vietnamese and English, its value and,
 * optionally, the text as printed ("3.145"). `unit`: `count` (default; an integer), `amount` (money, e.g. billion
 * VND), `percent` (percent points of a share printed without its counts).
 *
 * @example
 * ```ts
 * import { ReportFigureSchema } from 'cchc';
 * ReportFigureSchema.safeParse({ id: 'II.5.1.plan', labelVi: 'Kế hoạch vốn', labelEn: 'Plan', value: 5582, unit: 'amount', printed: '5.582' }).success; // true
 * ```
 */
export const ReportFigureSchema = z.object({
  id: FigureIdSchema,
  labelVi: z.string().min(1),
  labelEn: z.string().min(1),
  value: z.number().finite().nonnegative(),
  unit: z.enum(['count', 'amount', 'percent']).optional(),
  printed: z.string().optional(),
});

/**
 * A section of the report body (§II.3 …) and the figures it prints.
 *
 * @example
 * ```ts
 * import { ReportSectionSchema } from 'cchc';
 * ReportSectionSchema.safeParse({ id: 'II.3', titleVi: 'Tổ chức bộ máy', figures: [] }).success; // true
 * ```
 */
export const ReportSectionSchema = z.object({
  id: z.string().min(1),
  titleVi: z.string().min(1),
  titleEn: z.string().optional(),
  figures: z.array(ReportFigureSchema),
});

/**
 * A printed table (bảng, phụ lục): columns, rows with cells by column key (`null` for "/"), the row sums that must
 * hold (Tổng số = Cấp tỉnh + Cấp huyện + Cấp xã), an optional total row, and an optional printed-rate column whose
 * numerator is a column and whose denominator is a column or a figure of the report. `attachedTo` is the document
 * number the annex's caption prints ("Kèm theo Báo cáo số 389/BC-UBND …"), checked against the report's.
 *
 * @example
 * ```ts
 * import { ReportTableSchema } from 'cchc';
 * import { kienGiang2019Report } from 'cchc/datasets';
 * ReportTableSchema.safeParse(kienGiang2019Report.tables[0]).success; // true
 * ```
 */
export const ReportTableSchema = z.object({
  id: FigureIdSchema,
  titleVi: z.string().min(1),
  titleEn: z.string().optional(),
  location: z.string().min(1),
  locationEn: z.string().optional(),
  attachedTo: z.string().optional(),
  columns: z.array(z.object({ key: z.string().min(1), labelVi: z.string().min(1), labelEn: z.string().min(1) })).min(1),
  rows: z.array(
    z.object({
      key: z.string().regex(/^[A-Za-z0-9_-]+$/, 'a row key of letters, digits, _ and -'),
      labelVi: z.string().min(1),
      labelEn: z.string().optional(),
      cells: z.record(z.string(), z.union([z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER), z.null()])),
      printedRate: z.string().min(1).optional(),
    }),
  ),
  rowSums: z.array(z.object({ total: z.string().min(1), parts: z.array(z.string().min(1)).min(1) })).optional(),
  totalRow: z.string().optional(),
  rate: z
    .object({
      numerator: z.string().min(1),
      denominator: z.union([z.object({ column: z.string().min(1) }), z.object({ figure: FigureIdSchema })]),
      labelVi: z.string().min(1),
      labelEn: z.string().min(1),
    })
    .optional(),
});

/**
 * A reference to a figure, or to several whose sum is meant ("09 sở + 05 huyện").
 *
 * @example
 * ```ts
 * import { FigureRefSchema } from 'cchc';
 * FigureRefSchema.safeParse(['I.2.inspected-departments', 'I.2.inspected-districts']).success; // true
 * ```
 */
export const FigureRefSchema = z.union([FigureIdSchema, z.array(FigureIdSchema).min(1)]);

const checkBase = {
  id: FigureIdSchema,
  labelVi: z.string().min(1),
  labelEn: z.string().min(1),
  noteVi: z.string().optional(),
  noteEn: z.string().optional(),
};
const severity = z.enum(['error', 'warning']).optional();

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
 * ReportCheckSchema.safeParse({ kind: 'same', id: 'postal', labelVi: 'x', labelEn: 'x', figures: ['a', 'b'] }).success; // true
 * ```
 */
export const ReportCheckSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('rate'), ...checkBase, numerator: FigureRefSchema, denominator: FigureRefSchema, printed: z.string().min(1) }),
  z.object({
    kind: z.literal('shares'),
    ...checkBase,
    total: FigureIdSchema.optional(),
    items: z
      .array(z.object({ figure: FigureIdSchema.optional(), labelVi: z.string().min(1).optional(), labelEn: z.string().optional(), printedShare: z.string().min(1).optional() }))
      .min(1),
  }),
  z.object({
    kind: z.literal('parts'),
    ...checkBase,
    total: FigureIdSchema,
    parts: z.array(FigureIdSchema).min(1),
    exhaustive: z.boolean(),
    explanations: z.array(z.object({ figure: FigureRefSchema, labelVi: z.string().min(1), labelEn: z.string().min(1) })).optional(),
    severity,
  }),
  z.object({
    kind: z.literal('identity'),
    ...checkBase,
    terms: z.array(z.object({ figure: FigureIdSchema, sign: z.union([z.literal(1), z.literal(-1)]).optional() })).min(1),
    result: FigureIdSchema,
    severity,
  }),
  z.object({ kind: z.literal('same'), ...checkBase, figures: z.array(FigureIdSchema).min(2), severity }),
  z.object({
    kind: z.literal('claim'),
    ...checkBase,
    numerator: FigureRefSchema,
    denominator: FigureRefSchema,
    comparison: z.enum(['at-least', 'at-most']),
    percent: z.number().finite().nonnegative(),
    inclusive: z.boolean().optional(),
    printed: z.string().optional(),
  }),
]);

/**
 * The dossier-statistics table of a report (hồ sơ TTHC by level), as printed. It is audited by the dossier module's
 * `auditDossierTable`; the report model only carries it.
 *
 * @example
 * ```ts
 * import { ReportDossierTableSchema } from 'cchc';
 * import { kienGiang2019Report } from 'cchc/datasets';
 * ReportDossierTableSchema.safeParse(kienGiang2019Report.dossierTable).success; // true
 * ```
 */
export const ReportDossierTableSchema = z.object({
  location: z.string().min(1),
  totalLabel: z.string().optional(),
  rows: z.array(
    z.object({
      label: z.string().min(1),
      level: z.enum(['province', 'district', 'commune', 'all']),
      received: z.number().int().nonnegative().optional(),
      resolved: z.number().int().nonnegative().optional(),
      onTimeOrEarly: z.number().int().nonnegative().optional(),
      late: z.number().int().nonnegative().optional(),
      pending: z.number().int().nonnegative().optional(),
      printed: z.object({ onTimeRate: z.string().optional(), lateRate: z.string().optional() }).optional(),
    }),
  ),
});

const ReportShape = z.object({
  id: FigureIdSchema,
  titleVi: z.string().min(1),
  titleEn: z.string().optional(),
  issuer: z.string().min(1),
  documentNumber: z.string().min(1),
  date: IsoDateSchema,
  year: z.number().int().min(1990).max(2200),
  period: z.string().optional(),
  sections: z.array(ReportSectionSchema),
  tables: z.array(ReportTableSchema).optional(),
  checks: z.array(ReportCheckSchema).optional(),
  dossierTable: ReportDossierTableSchema.optional(),
});

/**
 * A figure with where it is printed, as resolved inside a report.
 *
 * @example
 * ```ts
 * import { getReportFigure } from 'cchc';
 * import { kienGiang2019Report } from 'cchc/datasets';
 * getReportFigure(kienGiang2019Report, 'plIII.1.total').parts; // [25, 165, 145]
 * ```
 */
export interface ResolvedFigure {
  /** Its id. */
  readonly id: string;
  /** Its value. */
  readonly value: number;
  /** Its unit. */
  readonly unit: 'count' | 'amount' | 'percent';
  /** Vietnamese name. */
  readonly labelVi: string;
  /** English name. */
  readonly labelEn: string;
  /** Where it is printed, in Vietnamese ("§II.3", "Phụ lục III, dòng 2"). */
  readonly location: string;
  /** Where it is printed, in English ("§II.3", "Appendix III, row 2"). */
  readonly locationEn: string;
  /** When it is the total of a table row: the parts it sums (by value), for messages ("276 + 625"). */
  readonly parts?: readonly number[];
}

/** @internal Every figure of a (shape-valid) report by id, with duplicates reported. */
export function indexFigures(r: z.infer<typeof ReportShape>): { figures: Map<string, ResolvedFigure>; duplicates: string[] } {
  const figures = new Map<string, ResolvedFigure>();
  const duplicates: string[] = [];
  const add = (f: ResolvedFigure) => {
    if (figures.has(f.id)) duplicates.push(f.id);
    else figures.set(f.id, Object.freeze(f));
  };
  for (const s of r.sections) {
    for (const f of s.figures) {
      add({ id: f.id, value: f.value, unit: f.unit ?? 'count', labelVi: f.labelVi, labelEn: f.labelEn, location: `§${s.id}`, locationEn: `§${s.id}` });
    }
  }
  for (const t of r.tables ?? []) {
    const cols = new Map(t.columns.map((c) => [c.key, c]));
    for (const row of t.rows) {
      for (const [key, value] of Object.entries(row.cells)) {
        if (value === null) continue;
        const c = cols.get(key);
        const sum = (t.rowSums ?? []).find((s) => s.total === key);
        const parts = sum ? sum.parts.map((p) => row.cells[p]).filter((x): x is number => typeof x === 'number') : undefined;
        add({
          id: `${t.id}.${row.key}.${key}`,
          value,
          unit: 'count',
          labelVi: `${row.labelVi} (${c?.labelVi ?? key})`,
          labelEn: `${row.labelEn ?? row.labelVi} (${c?.labelEn ?? key})`,
          location: `${t.location}, dòng ${row.key}`,
          locationEn: `${t.locationEn ?? t.location}, row ${row.key}`,
          ...(parts && parts.length > 0 ? { parts } : {}),
        });
      }
    }
  }
  return { figures, duplicates };
}

function refIds(ref: string | readonly string[]): readonly string[] {
  return typeof ref === 'string' ? [ref] : ref;
}

/**
 * Schema of a yearly CCHC report's quantitative content (nội dung định lượng của báo cáo CCHC năm): identification,
 * sections with their printed figures, tables by level with totals and printed rates, the checks that tie figures
 * together, and the dossier table. Besides the shapes it validates, collecting every problem: ids are unique across
 * figures, table cells and tables, and among checks (`DUPLICATE_FIGURE_ID`); every reference names a figure or column that
 * exists (`UNKNOWN_FIGURE_REF`); `count` figures are integers (`INVALID_COUNT`).
 *
 * @example
 * ```ts
 * import { ReportSchema } from 'cchc';
 * import { kienGiang2019Report } from 'cchc/datasets';
 * ReportSchema.safeParse(kienGiang2019Report).success; // true
 * ```
 */
export const ReportSchema = ReportShape.superRefine((r, ctx) => {
  const { figures, duplicates } = indexFigures(r);
  const seen = new Set<string>();
  for (const id of duplicates) {
    if (seen.has(id)) continue;
    seen.add(id);
    addCchcIssue(ctx, { code: 'DUPLICATE_FIGURE_ID', messageVi: `Mã số liệu "${id}" bị trùng`, messageEn: `Figure id "${id}" is used twice` }, id, ['sections']);
  }
  const ids = new Set<string>();
  for (const [i, t] of (r.tables ?? []).entries()) {
    if (ids.has(t.id) || figures.has(t.id)) addCchcIssue(ctx, { code: 'DUPLICATE_FIGURE_ID', messageVi: `Mã bảng "${t.id}" bị trùng`, messageEn: `Table id "${t.id}" is used twice` }, t.id, ['tables', i, 'id']);
    ids.add(t.id);
    const cols = new Set(t.columns.map((c) => c.key));
    const rowKeys = new Set<string>();
    const unknownColumn = (key: string, path: (string | number)[]) =>
      addCchcIssue(ctx, { code: 'UNKNOWN_FIGURE_REF', messageVi: `Bảng "${t.id}" không có cột "${key}"`, messageEn: `Table "${t.id}" has no column "${key}"` }, key, ['tables', i, ...path]);
    t.rows.forEach((row, j) => {
      if (rowKeys.has(row.key)) addCchcIssue(ctx, { code: 'DUPLICATE_FIGURE_ID', messageVi: `Bảng "${t.id}" có hai dòng "${row.key}"`, messageEn: `Table "${t.id}" has two rows "${row.key}"` }, row.key, ['tables', i, 'rows', j, 'key']);
      rowKeys.add(row.key);
      for (const key of Object.keys(row.cells)) if (!cols.has(key)) unknownColumn(key, ['rows', j, 'cells', key]);
    });
    (t.rowSums ?? []).forEach((s, j) => {
      if (!cols.has(s.total)) unknownColumn(s.total, ['rowSums', j, 'total']);
      s.parts.forEach((p, k) => {
        if (!cols.has(p)) unknownColumn(p, ['rowSums', j, 'parts', k]);
      });
    });
    if (t.totalRow !== undefined && !rowKeys.has(t.totalRow)) {
      addCchcIssue(ctx, { code: 'UNKNOWN_FIGURE_REF', messageVi: `Bảng "${t.id}" không có dòng tổng "${t.totalRow}"`, messageEn: `Table "${t.id}" has no total row "${t.totalRow}"` }, t.totalRow, ['tables', i, 'totalRow']);
    }
    if (t.rate) {
      if (!cols.has(t.rate.numerator)) unknownColumn(t.rate.numerator, ['rate', 'numerator']);
      if ('column' in t.rate.denominator && !cols.has(t.rate.denominator.column)) unknownColumn(t.rate.denominator.column, ['rate', 'denominator', 'column']);
    }
  }
  const checkRef = (id: string, path: (string | number)[]) => {
    if (!figures.has(id)) addCchcIssue(ctx, { code: 'UNKNOWN_FIGURE_REF', messageVi: `Không có số liệu "${id}" trong báo cáo`, messageEn: `No figure "${id}" in the report` }, id, path);
  };
  for (const [i, t] of (r.tables ?? []).entries()) {
    if (t.rate && 'figure' in t.rate.denominator) checkRef(t.rate.denominator.figure, ['tables', i, 'rate', 'denominator', 'figure']);
  }
  const checkIds = new Set<string>();
  (r.checks ?? []).forEach((c, i) => {
    const at = (...p: (string | number)[]) => ['checks', i, ...p];
    if (checkIds.has(c.id)) addCchcIssue(ctx, { code: 'DUPLICATE_FIGURE_ID', messageVi: `Mã kiểm tra "${c.id}" bị trùng`, messageEn: `Check id "${c.id}" is used twice` }, c.id, at('id'));
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
          else if (item.labelVi === undefined) {
            addCchcIssue(ctx, { code: 'INVALID_INPUT', messageVi: 'Mỗi nhóm cần `figure` hoặc `labelVi`', messageEn: 'Each item needs a `figure` or a `labelVi`' }, item, at('items', k));
          }
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
  r.sections.forEach((s, i) =>
    s.figures.forEach((f, j) => {
      if ((f.unit ?? 'count') === 'count' && !Number.isSafeInteger(f.value)) {
        addCchcIssue(ctx, { code: 'INVALID_COUNT', messageVi: `Số đếm "${f.id}" phải là số nguyên, nhận được ${show(f.value)}`, messageEn: `Count "${f.id}" must be an integer, received ${show(f.value)}` }, f.value, ['sections', i, 'figures', j, 'value']);
      }
    }),
  );
});

/**
 * A yearly CCHC report's quantitative content; see {@link ReportSchema}.
 *
 * @example
 * ```ts
 * import type { Report } from 'cchc';
 * const report: Report = { id: 'r', titleVi: 'Báo cáo', issuer: 'UBND tỉnh', documentNumber: '1/BC-UBND', date: '2020-12-01', year: 2020, sections: [] };
 * ```
 */
export type Report = z.input<typeof ReportSchema>;
/**
 * A section of a {@link Report}.
 *
 * @example
 * ```ts
 * import type { ReportSection } from 'cchc';
 * const section: ReportSection = { id: 'II.5.1', titleVi: 'Giải ngân', figures: [{ id: 'plan', labelVi: 'Kế hoạch', labelEn: 'Plan', value: 5582, unit: 'amount' }] };
 * ```
 */
export type ReportSection = z.input<typeof ReportSectionSchema>;
/**
 * A figure of a {@link Report}.
 *
 * @example
 * ```ts
 * import type { ReportFigure } from 'cchc';
 * const figure: ReportFigure = { id: 'units-cut', labelVi: 'Đơn vị giảm', labelEn: 'Units cut', value: 52, printed: '52' };
 * ```
 */
export type ReportFigure = z.input<typeof ReportFigureSchema>;
/**
 * A table of a {@link Report}.
 *
 * @example
 * ```ts
 * import type { ReportTable } from 'cchc';
 * const table: ReportTable = { id: 't', titleVi: 'Bảng', location: 'Phụ lục III', columns: [{ key: 'total', labelVi: 'Tổng số', labelEn: 'Total' }], rows: [] };
 * ```
 */
export type ReportTable = z.input<typeof ReportTableSchema>;
/**
 * A check of a {@link Report}.
 *
 * @example
 * ```ts
 * import type { ReportCheck } from 'cchc';
 * const check: ReportCheck = { kind: 'rate', id: 'r', labelVi: 'Tỷ lệ', labelEn: 'Rate', numerator: 'a', denominator: 'b', printed: '52%' };
 * ```
 */
export type ReportCheck = z.input<typeof ReportCheckSchema>;
/**
 * The dossier table of a {@link Report}.
 *
 * @example
 * ```ts
 * import type { ReportDossierTable } from 'cchc';
 * const table: ReportDossierTable = { location: '§II.2.2', rows: [{ label: 'Cấp xã', level: 'commune', received: 446469 }] };
 * ```
 */
export type ReportDossierTable = z.input<typeof ReportDossierTableSchema>;

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
 * ```
 */
export function getReportFigure(report: Report, id: string): ResolvedFigure {
  const r = parseWithSchema(ReportSchema, report, ['report']);
  const f = indexFigures(r).figures.get(id);
  if (f) return f;
  return fail('UNKNOWN_FIGURE_REF', ['id'], `Không có số liệu ${show(id)} trong báo cáo`, `No figure ${show(id)} in the report`, id);
}
