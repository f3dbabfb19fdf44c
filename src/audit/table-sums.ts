import type { BilingualText } from '../core/bilingual.js';
import { buildFinding, type AuditFinding } from './finding.js';
import { labelOf, SumTableSchema } from './schemas.js';
import { countSum, expression, num } from './_internal/text.js';
/**
 * A table of counts with totals to check (bảng số liệu có dòng/cột tổng). `null` cells are printed "/" (not applicable).
 *
 * @example
 * ```ts
 * import type { SumTable } from 'cchc';
 * const table: SumTable = { columns: [{ key: 'total', label: { vi: 'Tổng số', en: 'Total' } }], rows: [] };
 * ```
 *
 * @category Audits
 */
export interface SumTable {
  /** Where the table is printed ("Phụ lục II"), prefixed to every finding's location. */
  readonly location?: string;
  /** English name of the location ("Appendix II"); default: `location`. */
  readonly locationEn?: string;
  /** The columns, with their names. */
  readonly columns: readonly SumTableColumn[];
  /** The rows: a key (the printed STT, "6"), a name, and the cells by column key. */
  readonly rows: readonly SumTableRow[];
  /** In every row, `cells[total]` must equal the sum of `cells[parts]` (cells that are `null` are skipped). */
  readonly rowSums?: readonly { readonly total: string; readonly parts: readonly string[] }[];
  /** The key of a row that must equal, column by column, the sum of all other rows. */
  readonly totalRow?: string;
}

/**
 * A column of a {@link SumTable}: its key and its name `{ vi, en }` (or the deprecated `labelVi` / `labelEn`).
 *
 * @example
 * ```ts
 * import type { SumTableColumn } from 'cchc';
 * const c: SumTableColumn = { key: 'province', label: { vi: 'Cấp tỉnh', en: 'Province' } };
 * ```
 *
 * @category Audits
 */
export interface SumTableColumn {
  readonly key: string;
  /** Name of the column. */
  readonly label?: BilingualText;
  /** @deprecated Use `label: { vi, en }` (0.2). */
  readonly labelVi?: string;
  /** @deprecated Use `label: { vi, en }` (0.2). */
  readonly labelEn?: string;
}

/**
 * A row of a {@link SumTable}: its key (the printed STT), its name (`label`, or the deprecated `labelVi` with an
 * optional `labelEn`), and its cells by column key (`null` for "/").
 *
 * @example
 * ```ts
 * import type { SumTableRow } from 'cchc';
 * const r: SumTableRow = { key: '6', label: { vi: 'Số cơ quan', en: 'Agencies' }, cells: { total: 27, province: 13 } };
 * ```
 *
 * @category Audits
 */
export interface SumTableRow {
  readonly key: string;
  /** Name of the row. */
  readonly label?: BilingualText;
  /** @deprecated Use `label: { vi, en }` (0.2). */
  readonly labelVi?: string;
  /** @deprecated Use `label: { vi, en }` (0.2); default: the Vietnamese name. */
  readonly labelEn?: string;
  readonly cells: Readonly<Record<string, number | null>>;
}

/**
 * Check the sums of a table (kiểm tra cộng ngang, cộng dọc): in every row, a total column against the columns it
 * adds up (e.g. Tổng số = Cấp tỉnh + Cấp huyện + Cấp xã), and a total row against the other rows. Cells printed "/"
 * (`null`) are not counted. One `sum-mismatch` error per row and total that does not add up; a grand-total cell that
 * both checks find wrong with the same expected value is reported once.
 *
 * @throws {@link CchcError} `INVALID_INPUT` for a malformed table (every problem listed).
 * @example
 * ```ts
 * import { auditTableSums } from 'cchc';
 * // Báo cáo 389/BC-UBND (Kiên Giang, 2019), Phụ lục II row 6: Tổng số 27, Cấp tỉnh 13, Cấp huyện 12, Cấp xã "/"
 * const findings = auditTableSums({
 *   location: 'Phụ lục II',
 *   columns: [
 *     { key: 'total', label: { vi: 'Tổng số', en: 'Total' } },
 *     { key: 'province', label: { vi: 'Cấp tỉnh', en: 'Province' } },
 *     { key: 'district', label: { vi: 'Cấp huyện', en: 'District' } },
 *     { key: 'commune', label: { vi: 'Cấp xã', en: 'Commune' } },
 *   ],
 *   rows: [{ key: '6', label: { vi: 'Số cơ quan có cơ cấu công chức theo vị trí việc làm được phê duyệt', en: 'Agencies with an approved structure' }, cells: { total: 27, province: 13, district: 12, commune: null } }],
 *   rowSums: [{ total: 'total', parts: ['province', 'district', 'commune'] }],
 * });
 * findings.map((f) => [f.code, f.expected, f.actual]); // [['sum-mismatch', 25, 27]]
 * ```
 *
 * @category Audits
 */
export function auditTableSums(table: SumTable): AuditFinding[] {
  return sumTableFindings(SumTableSchema.parse(table, { path: ['table'] }));
}

/** The findings of {@link auditTableSums} on a table already validated (a report's tables). @internal */
export function sumTableFindings(t: SumTable): AuditFinding[] {
  const col = new Map(t.columns.map((c) => [c.key, labelOf(c)]));
  const out: AuditFinding[] = [];
  const locVi = t.location;
  const locEn = t.locationEn ?? t.location;
  const rowLoc = (key: string, locale: 'vi' | 'en') => {
    const base = locale === 'vi' ? locVi : locEn;
    const r = locale === 'vi' ? `dòng ${key}` : `row ${key}`;
    return base ? `${base}, ${r}` : r;
  };
  const cell = (row: SumTableRow, key: string): number | null | undefined => (Object.hasOwn(row.cells, key) ? row.cells[key] : undefined);
  // Cells of rows found wrong by their own row sum, with the expected value: a grand total wrong both ways is reported once.
  const reported = new Set<string>();
  for (const row of t.rows) {
    const rowLabel = labelOf(row);
    for (const rule of t.rowSums ?? []) {
      const total = cell(row, rule.total);
      if (total === undefined || total === null) continue;
      const present = rule.parts.filter((k) => cell(row, k) !== undefined && cell(row, k) !== null);
      if (present.length === 0) continue;
      const values = present.map((k) => cell(row, k) as number);
      const sum = countSum(values);
      if (sum === total) continue;
      const diff = typeof sum === 'number' ? Math.abs(total - sum) : sum.minus(total).abs();
      const names = (l: 'vi' | 'en') => present.map((k) => col.get(k)?.[l] ?? k).join(' + ');
      const totalName = (l: 'vi' | 'en') => col.get(rule.total)?.[l] ?? rule.total;
      const expr = (l: 'vi' | 'en') =>
        expression(
          values.map((value) => ({ value })),
          l,
        );
      reported.add(`${row.key}\u0000${rule.total}\u0000${String(sum)}`);
      out.push(
        buildFinding({
          code: 'sum-mismatch',
          severity: 'error',
          row: row.key,
          field: rule.total,
          expected: sum,
          actual: total,
          vi: `${rowLoc(row.key, 'vi')} — ${rowLabel.vi}: ${names('vi')} = ${expr('vi')} = ${num(sum, 'vi')}, nhưng cột ${totalName('vi')} in ${num(total, 'vi')} (lệch ${num(diff, 'vi')}).`,
          en: `${rowLoc(row.key, 'en')} — ${rowLabel.en}: ${names('en')} = ${expr('en')} = ${num(sum, 'en')}, but the ${totalName('en')} column prints ${num(total, 'en')} (off by ${num(diff, 'en')}).`,
          location: rowLoc(row.key, 'vi'),
        }),
      );
    }
  }
  if (t.totalRow !== undefined) {
    const totalRow = t.rows.find((r) => r.key === t.totalRow);
    if (totalRow) {
      const totalLabel = labelOf(totalRow);
      const others = t.rows.filter((r) => r !== totalRow);
      for (const c of t.columns) {
        const total = cell(totalRow, c.key);
        if (total === undefined || total === null) continue;
        const values = others.map((r) => cell(r, c.key)).filter((v): v is number => v !== undefined && v !== null);
        if (values.length === 0) continue;
        const sum = countSum(values);
        if (sum === total) continue;
        // the same cell already found wrong, by its own row, with the same expected value: report it once
        if (reported.has(`${totalRow.key}\u0000${c.key}\u0000${String(sum)}`)) continue;
        const diff = typeof sum === 'number' ? Math.abs(total - sum) : sum.minus(total).abs();
        const colLabel = labelOf(c);
        const expr = (l: 'vi' | 'en') =>
          expression(
            values.map((value) => ({ value })),
            l,
          );
        out.push(
          buildFinding({
            code: 'sum-mismatch',
            severity: 'error',
            row: totalRow.key,
            field: c.key,
            expected: sum,
            actual: total,
            vi: `${rowLoc(totalRow.key, 'vi')} — ${colLabel.vi}: cộng các dòng được ${expr('vi')} = ${num(sum, 'vi')}, nhưng dòng ${totalLabel.vi} in ${num(total, 'vi')} (lệch ${num(diff, 'vi')}).`,
            en: `${rowLoc(totalRow.key, 'en')} — ${colLabel.en}: the rows add up to ${expr('en')} = ${num(sum, 'en')}, but the ${totalLabel.en} row prints ${num(total, 'en')} (off by ${num(diff, 'en')}).`,
            location: rowLoc(totalRow.key, 'vi'),
          }),
        );
      }
    }
  }
  return out;
}
