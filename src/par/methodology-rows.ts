import { z } from 'zod';
import { CchcError, issue, show, type CchcIssue, type CchcPath } from '../core/errors.js';
import { formatNumber } from '../core/format-number.js';
import type { Decimal } from 'decimal.js';
import { foldVi } from '../core/_internal/fold-vi.js';
import { CODE_PATTERN, impliedParentCode, isObject, readDecimal, typeIssue, vi, type Problems } from './_internal/read.js';
import {
  defineMethodology,
  MethodologySourceSchema,
  NodeRoleSchema,
  type Methodology,
  type MethodologyNode,
  type MethodologyNodeSpec,
  type MethodologySpec,
  type NodeRole,
} from './methodology.js';
import { LeafRuleSpecSchema, ParChannelSchema, ParNumberInputSchema, type LeafRule, type LeafRuleSpec, type ParChannel, type ParNumberInput } from './rule.js';
import { formatRuleText } from './rule-text.js';

/**
 * One row of a methodology as a flat table, the shape of an annex spreadsheet (Phụ lục: STT | Lĩnh vực / tiêu chí /
 * tiêu chí thành phần | Điểm tối đa | Cách chấm). The tree comes from the codes: "1.1" is a child of "1".
 * Empty cells may be `''` or `null`.
 *
 * @example
 * ```ts
 * import type { MethodologyRow } from 'cchc';
 * const row: MethodologyRow = { code: '1.1.1', name: 'Ban hành kế hoạch CCHC năm', maxPoints: '1', rule: 'tiered: Ban hành kịp thời = 1; Không kịp thời = 0,5; Không ban hành = 0' };
 * ```
 */
export interface MethodologyRow {
  /** Code ("1", "1.1", "1.1.1"). */
  readonly code: string;
  /** Vietnamese name. */
  readonly name: string;
  /** Maximum points: a number, a Decimal or Vietnamese-notation text ("14,5"). */
  readonly maxPoints: ParNumberInput;
  /** Rule of a leaf (object or text, see {@link parseRuleText}); empty for a parent. */
  readonly rule?: LeafRuleSpec | LeafRule | string | null;
  /** Channel; empty to inherit. */
  readonly channel?: ParChannel | '' | null;
  /** Whether the node may be not applicable; empty means `false`. */
  readonly mayBeNotApplicable?: boolean | null;
  /** Role; empty to inherit (top level: `regular`). */
  readonly role?: NodeRole | '' | null;
  /** English name. */
  readonly nameEn?: string | null;
  /** Note. */
  readonly note?: string | null;
}

/**
 * Schema of {@link MethodologyRow}.
 *
 * @example
 * ```ts
 * import { MethodologyRowSchema } from 'cchc';
 * MethodologyRowSchema.safeParse({ code: '1.1', name: 'Kế hoạch CCHC năm', maxPoints: '5' }).success; // true
 * ```
 */
export const MethodologyRowSchema = z.object({
  code: z.string().regex(CODE_PATTERN),
  name: z.string().min(1),
  maxPoints: ParNumberInputSchema,
  rule: z.union([LeafRuleSpecSchema, z.string(), z.null()]).optional(),
  channel: z.union([ParChannelSchema, z.literal(''), z.null()]).optional(),
  mayBeNotApplicable: z.union([z.boolean(), z.null()]).optional(),
  role: z.union([NodeRoleSchema, z.literal(''), z.null()]).optional(),
  nameEn: z.union([z.string(), z.null()]).optional(),
  note: z.union([z.string(), z.null()]).optional(),
});

/**
 * Options of {@link methodologyFromRows}: the methodology's metadata, and a rule for leaves whose rule cell is empty.
 *
 * @example
 * ```ts
 * import type { MethodologyFromRowsOptions } from 'cchc';
 * const options: MethodologyFromRowsOptions = { id: 'tinh-x-2025', name: 'Chỉ số CCHC các sở, tỉnh X', maxPoints: 100, defaultRule: 'manual' };
 * ```
 */
export interface MethodologyFromRowsOptions {
  /** Identifier. Default `'custom'`. */
  readonly id?: string;
  /** Name. Default `''`. */
  readonly name?: string;
  /** Declared total, checked against the areas. */
  readonly maxPoints?: ParNumberInput;
  /** See {@link MethodologySpec}. Default `true`. */
  readonly clampTotal?: boolean;
  readonly sources?: MethodologySpec['sources'];
  readonly notes?: readonly string[];
  /**
   * The rule for leaves whose rule cell is empty (e.g. `'manual'` when the spreadsheet has no rule column).
   * Without it, a leaf without a rule is an error (`PAR_MISSING_RULE`): no rule is guessed.
   */
  readonly defaultRule?: LeafRuleSpec | string;
}

/**
 * Schema of {@link MethodologyFromRowsOptions}.
 *
 * @example
 * ```ts
 * import { MethodologyFromRowsOptionsSchema } from 'cchc';
 * MethodologyFromRowsOptionsSchema.safeParse({ id: 'x', defaultRule: 'manual' }).success; // true
 * ```
 */
export const MethodologyFromRowsOptionsSchema = z.object({
  id: z.string().min(1).optional(),
  name: z.string().optional(),
  maxPoints: ParNumberInputSchema.optional(),
  clampTotal: z.boolean().optional(),
  sources: z.array(MethodologySourceSchema).optional(),
  notes: z.array(z.string()).optional(),
  defaultRule: z.union([LeafRuleSpecSchema, z.string()]).optional(),
});

const empty = (v: unknown) => v === undefined || v === null || v === '';

/**
 * Build a methodology from flat rows, as exported from an annex spreadsheet (đọc bộ tiêu chí từ bảng phụ lục).
 *
 * The tree comes from the codes: a row's parent is the row whose code is its own minus the last segment ("1.1.2" →
 * "1.1"). A row whose code has no prefix among the rows is a top-level node (so a fragment such as criteria
 * "1.1"–"1.3" of an area is allowed); a row whose direct parent is missing while a shorter prefix is present is an
 * error (`PAR_MISSING_PARENT`). Children keep the order of the rows. Everything {@link defineMethodology} checks is
 * checked, and each problem's path points at the row (`['rows', 7, 'maxPoints']`).
 *
 * Rows are read the way a spreadsheet export gives them: a line whose cells are all empty is skipped; a code may end
 * with a dot ("1.") and a code read as a whole number (1) is its text, but a fractional number (1.1) is refused (as a
 * number "1.10" is "1.1"); a line without a code named "Tổng cộng" / "Tổng điểm" / "Cộng" is the total row — it declares
 * the total (checked against the areas, and against `options.maxPoints` when given); a line with only a rule (no code,
 * name or maximum) continues the rule of the row above, as when the rule's cell is split over merged lines
 * ("Ban hành kịp thời: 1" / "Không kịp thời: 0,5" / …), and is joined to it with "; ".
 *
 * @throws {@link CchcError} listing every problem (`PAR_DUPLICATE_CODE`, `PAR_MISSING_PARENT`,
 *   `PAR_CHILDREN_SUM_MISMATCH`, …).
 *
 * @example
 * ```ts
 * import { methodologyFromRows } from 'cchc';
 * const m = methodologyFromRows(
 *   [
 *     { code: '1', name: 'Báo cáo CCHC', maxPoints: '2' },
 *     { code: '1.1', name: 'Báo cáo gửi đúng thời gian', maxPoints: '1', rule: 'binary' },
 *     { code: '1.2', name: 'Báo cáo đầy đủ nội dung', maxPoints: '1', rule: 'binary' },
 *   ],
 *   { id: 'demo', name: 'Minh hoạ' },
 * );
 * m.nodes[0]?.children.length; // 2
 * const broken = [{ code: '1', name: 'A', maxPoints: 2 }, { code: '1.1', name: 'B', maxPoints: 1, rule: 'binary' }];
 * methodologyFromRows(broken); // throws CchcError PAR_CHILDREN_SUM_MISMATCH
 * ```
 */
export function methodologyFromRows(rows: readonly MethodologyRow[], options: MethodologyFromRowsOptions = {}): Methodology {
  const problems: Problems = [];
  if (!isObject(options)) throw new CchcError(typeIssue(['options'], 'một đối tượng tuỳ chọn', 'an options object', options));
  if (!Array.isArray(rows) || rows.length === 0) {
    throw new CchcError(
      issue('PAR_EMPTY_METHODOLOGY', ['rows'], `Cần ít nhất một dòng tiêu chí, nhận được ${show(rows)}`, `Expected at least one criteria row, received ${show(rows)}`, rows),
    );
  }
  // 0. a spreadsheet export as it comes: blank lines, a total row, merged-cell continuation lines
  const prepared = prepareRows(rows, problems);
  // 1. codes, duplicates
  const rowOf = new Map<string, number>();
  const usable: number[] = [];
  for (const [i, row] of prepared.rows) {
    const c = row.code as string;
    const first = rowOf.get(c);
    if (first !== undefined) {
      problems.push(issue('PAR_DUPLICATE_CODE', ['rows', i, 'code'], `Mã "${c}" trùng với dòng ${first}`, `Code "${c}" repeats row ${first}`, c));
      continue;
    }
    rowOf.set(c, i);
    usable.push(i);
  }
  // 2. parents
  const childrenOf = new Map<string | null, number[]>();
  for (const i of usable) {
    const code = prepared.rows.get(i)!.code as string;
    const parent = impliedParentCode(code);
    let attach: string | null = null;
    if (parent !== null && rowOf.has(parent)) attach = parent;
    else {
      let up = parent;
      while (up !== null && !rowOf.has(up)) up = impliedParentCode(up);
      if (up !== null) {
        problems.push(
          issue(
            'PAR_MISSING_PARENT',
            ['rows', i, 'code'],
            `Dòng "${code}" thiếu dòng cha "${parent}" (có dòng "${up}" nhưng không có "${parent}")`,
            `Row "${code}" has no parent row "${parent}" (there is a row "${up}" but no "${parent}")`,
            code,
          ),
        );
        continue;
      }
    }
    const list = childrenOf.get(attach) ?? [];
    list.push(i);
    childrenOf.set(attach, list);
  }
  const excludedRows = problems.length > 0;
  // 3. specs, remembering which row each tree path is
  const rowAtPath = new Map<string, number>();
  const build = (i: number, path: CchcPath): MethodologyNodeSpec => {
    const row = prepared.rows.get(i)!;
    const code = row.code as string;
    rowAtPath.set(JSON.stringify(path), i);
    const kids = (childrenOf.get(code) ?? []).map((k, j) => build(k, [...path, 'children', j]));
    const spec: Record<string, unknown> = { code, name: row.name, maxPoints: row.maxPoints };
    if (!empty(row.nameEn)) spec.nameEn = row.nameEn;
    if (!empty(row.note)) spec.note = row.note;
    if (!empty(row.channel)) spec.channel = row.channel;
    if (!empty(row.role)) spec.role = row.role;
    if (!empty(row.mayBeNotApplicable)) spec.mayBeNotApplicable = row.mayBeNotApplicable;
    if (!empty(row.rule)) spec.rule = row.rule;
    else if (kids.length === 0 && options.defaultRule !== undefined) spec.rule = options.defaultRule;
    if (kids.length > 0) spec.children = kids;
    return spec as unknown as MethodologyNodeSpec;
  };
  const roots = (childrenOf.get(null) ?? []).map((i, j) => build(i, ['nodes', j]));
  const spec: Record<string, unknown> = { id: options.id ?? 'custom', name: options.name ?? '', nodes: roots };
  for (const key of ['maxPoints', 'clampTotal', 'sources', 'notes'] as const) if (options[key] !== undefined) spec[key] = options[key];
  // A total row ("Tổng cộng") declares the total when the options do not; when they do, the two must agree.
  const totalRow = prepared.totals[0];
  if (totalRow && options.maxPoints === undefined) spec.maxPoints = totalRow.value;
  for (const t of prepared.totals) {
    const declared = options.maxPoints !== undefined ? readDecimal(options.maxPoints, ['maxPoints'], []) : totalRow?.value;
    if (declared && !declared.eq(t.value)) {
      problems.push(
        issue(
          'PAR_TOTAL_MISMATCH',
          ['rows', t.row, 'maxPoints'],
          `Dòng tổng "${t.name}" ghi ${vi(t.value)} điểm nhưng tổng điểm tối đa khai báo là ${vi(declared)}`,
          `The total row "${t.name}" says ${t.value.toFixed()} points but the declared total is ${declared.toFixed()}`,
          t.value.toFixed(),
        ),
      );
    }
  }
  try {
    if (roots.length === 0) throw new CchcError(issue('PAR_EMPTY_METHODOLOGY', ['rows'], 'Không còn dòng hợp lệ nào', 'No valid row is left'));
    const m = defineMethodology(spec as unknown as MethodologySpec);
    if (problems.length > 0) throw new CchcError(problems);
    return m;
  } catch (e) {
    if (!(e instanceof CchcError)) throw e;
    const all = [...problems];
    for (const i of e.issues) {
      if (problems.includes(i)) continue;
      if (excludedRows && (i.code === 'PAR_CHILDREN_SUM_MISMATCH' || i.code === 'PAR_TOTAL_MISMATCH')) continue; // consequences of rows left out
      if (totalRow && options.maxPoints === undefined && i.path.length === 1 && i.path[0] === 'maxPoints') {
        all.push(issue(i.code, ['rows', totalRow.row, 'maxPoints'], i.messageVi, i.messageEn, i.received));
        continue;
      }
      all.push(rewritePath(i, rowAtPath));
    }
    const rowNo = (i: CchcIssue) => (i.path[0] === 'rows' && typeof i.path[1] === 'number' ? i.path[1] : -1);
    const sorted = all.map((i, k) => ({ i, k })).sort((a, b) => rowNo(a.i) - rowNo(b.i) || a.k - b.k).map(({ i }) => i);
    throw new CchcError(sorted.length > 0 ? sorted : e.issues);
  }
}

interface PreparedRows {
  /** The node rows by their index in the input, code normalised, continuation lines merged in. */
  readonly rows: Map<number, Record<string, unknown>>;
  /** Total rows ("Tổng cộng"), with their maxPoints read. */
  readonly totals: { readonly row: number; readonly name: string; readonly value: Decimal }[];
}

const blank = (v: unknown) => empty(v) || (typeof v === 'string' && v.trim() === '');
const ROW_CELLS = ['code', 'name', 'maxPoints', 'rule', 'channel', 'mayBeNotApplicable', 'role', 'nameEn', 'note'] as const;

/**
 * Read the rows of a spreadsheet export the way they come (đọc bảng xuất từ Excel):
 *
 * - a line whose cells are all empty is skipped (the blank line at the end of a CSV file);
 * - a code is trimmed and may end with a dot ("1." is "1", as annex tables often print it); a whole number (a code
 *   column read as numbers) is its text, but a fraction is rejected: as a number "1.10" and "1.1" are the same;
 * - a line without a code whose name starts with "Tổng" ("Tổng cộng", "Tổng điểm", "Tổng số") or is "Cộng" is the
 *   total row: its maxPoints is the declared total;
 * - a line with no code, no name and no maxPoints but a rule (or a note) continues the row above, whose cells were
 *   merged across several lines: its rule text is appended after "; " (each tier or band on its own line).
 */
function prepareRows(rows: readonly unknown[], problems: Problems): PreparedRows {
  const out = new Map<number, Record<string, unknown>>();
  const totals: { row: number; name: string; value: Decimal }[] = [];
  let previous: number | undefined;
  rows.forEach((row: unknown, i) => {
    if (!isObject(row)) {
      problems.push(typeIssue(['rows', i], 'một dòng { code, name, maxPoints, rule? }', 'a row { code, name, maxPoints, rule? }', row));
      return;
    }
    if (ROW_CELLS.every((k) => blank(row[k]))) return;
    let code: unknown = row.code;
    if (typeof code === 'number') {
      if (Number.isSafeInteger(code) && code > 0) code = String(code);
      else {
        problems.push(
          issue(
            'PAR_INVALID_CODE',
            ['rows', i, 'code'],
            `Mã ${show(code)} là số chứ không phải chữ: đọc cột mã dưới dạng chữ (là số thì "1.10" và "1.1" như nhau)`,
            `Code ${show(code)} is a number, not text: read the code column as text (as numbers "1.10" and "1.1" are the same)`,
            code,
          ),
        );
        return;
      }
    }
    if (blank(code)) {
      const name = typeof row.name === 'string' ? row.name.trim() : '';
      const folded = foldVi(name);
      if (name !== '' && (folded.startsWith('tong') || folded === 'cong')) {
        const value = readDecimal(row.maxPoints, ['rows', i, 'maxPoints'], problems);
        if (value) totals.push({ row: i, name, value });
        return;
      }
      if (name === '' && blank(row.maxPoints) && (!blank(row.rule) || !blank(row.note))) {
        const above = previous === undefined ? undefined : out.get(previous);
        if (above && (blank(row.rule) || typeof row.rule === 'string') && (blank(above.rule) || typeof above.rule === 'string')) {
          if (!blank(row.rule)) above.rule = blank(above.rule) ? (row.rule as string).trim() : `${(above.rule as string).trim()}; ${(row.rule as string).trim()}`;
          if (!blank(row.note)) above.note = blank(above.note) ? row.note : `${String(above.note)} ${String(row.note)}`;
          return;
        }
      }
      problems.push(
        issue(
          'PAR_INVALID_CODE',
          ['rows', i, 'code'],
          `Dòng ${i} không có mã (cột code trống)${name ? ` ("${name}")` : ''}: mỗi lĩnh vực, tiêu chí cần một mã như "1", "1.1", "1.1.2"; nếu dòng này là một mức chấm của tiêu chí phía trên, ghi nó vào cột quy tắc của tiêu chí đó ("tiered: Kịp thời = 1; Không kịp thời = 0,5")`,
          `Row ${i} has no code${name ? ` ("${name}")` : ''}: every area and criterion needs a code such as "1", "1.1", "1.1.2"; if the row is a scoring level of the criterion above, write it in that criterion's rule cell ("tiered: On time = 1; Late = 0,5")`,
          row.code,
        ),
      );
      return;
    }
    const c = typeof code === 'string' ? code.trim().replace(/\.$/, '') : code;
    if (typeof c !== 'string' || !CODE_PATTERN.test(c)) {
      problems.push(
        issue('PAR_INVALID_CODE', ['rows', i, 'code'], `Mã ${show(row.code)} không hợp lệ: cần dạng "1", "1.1", "1.1.2"`, `Code ${show(row.code)} is not valid: expected "1", "1.1", "1.1.2"`, row.code),
      );
      return;
    }
    out.set(i, { ...row, code: c });
    previous = i;
  });
  return { rows: out, totals };
}

/** Turn a tree path (`nodes[0].children[2].maxPoints`) into a row path (`rows[3].maxPoints`). */
function rewritePath(i: CchcIssue, rowAtPath: ReadonlyMap<string, number>): CchcIssue {
  const p = i.path;
  if (p[0] !== 'nodes' || typeof p[1] !== 'number') return i;
  let end = 2;
  while (p[end] === 'children' && typeof p[end + 1] === 'number' && rowAtPath.has(JSON.stringify(p.slice(0, end + 2)))) end += 2;
  const row = rowAtPath.get(JSON.stringify(p.slice(0, end)));
  if (row === undefined) return i;
  return issue(i.code, ['rows', row, ...p.slice(end)], i.messageVi, i.messageEn, i.received);
}

/**
 * Options of {@link methodologyToRows}.
 *
 * @example
 * ```ts
 * import type { MethodologyToRowsOptions } from 'cchc';
 * const options: MethodologyToRowsOptions = { format: 'text' };
 * ```
 */
export interface MethodologyToRowsOptions {
  /**
   * `'values'` (default): maxPoints as Decimals and rules as objects; `'text'`: maxPoints as Vietnamese-notation text
   * ("14,5") and rules as text (see {@link formatRuleText}), ready for a CSV file.
   */
  readonly format?: 'values' | 'text';
}

/**
 * Schema of {@link MethodologyToRowsOptions}.
 *
 * @example
 * ```ts
 * import { MethodologyToRowsOptionsSchema } from 'cchc';
 * MethodologyToRowsOptionsSchema.safeParse({ format: 'csv' }).success; // false
 * ```
 */
export const MethodologyToRowsOptionsSchema = z.object({ format: z.enum(['values', 'text']).optional() });

/**
 * One row of {@link methodologyToRows}: the node's own fields (channel and rule for leaves only).
 *
 * @example
 * ```ts
 * import type { MethodologyRowOut } from 'cchc';
 * const row: MethodologyRowOut = { code: '1', name: 'A', maxPoints: '2', rule: 'manual', channel: 'assessed', mayBeNotApplicable: false, role: 'regular' };
 * ```
 */
export interface MethodologyRowOut {
  readonly code: string;
  readonly name: string;
  readonly maxPoints: MethodologyNode['maxPoints'] | string;
  readonly rule?: LeafRule | string;
  readonly channel?: ParChannel;
  readonly mayBeNotApplicable: boolean;
  readonly role: NodeRole;
  readonly nameEn?: string;
  readonly note?: string;
}

/**
 * Flatten a methodology into rows, in the order of the annex table (pre-order), the inverse of
 * {@link methodologyFromRows}: `methodologyFromRows(methodologyToRows(m), { id: m.id, name: m.name, … })` gives back
 * a methodology equal to `m`.
 *
 * @throws {@link CchcError} `INVALID_INPUT` when `methodology` is not one; `PAR_INVALID_RULE` in text format when a
 *   tier outcome cannot be written as text.
 *
 * @example
 * ```ts
 * import { defineMethodology, methodologyToRows } from 'cchc';
 * const m = defineMethodology({ id: 'x', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 1.5, rule: 'binary' }] });
 * const [row] = methodologyToRows(m, { format: 'text' });
 * row; // { code: '1', name: 'A', maxPoints: '1,5', rule: 'binary', channel: 'assessed', mayBeNotApplicable: false, role: 'regular' }
 * ```
 */
export function methodologyToRows(methodology: Methodology, options: MethodologyToRowsOptions = {}): MethodologyRowOut[] {
  if (!isObject(methodology) || !Array.isArray((methodology as { nodes?: unknown }).nodes)) {
    throw new CchcError(typeIssue(['methodology'], 'một bộ tiêu chí (kết quả của defineMethodology)', 'a methodology (from defineMethodology)', methodology));
  }
  const format = options.format ?? 'values';
  if (format !== 'values' && format !== 'text') throw new CchcError(typeIssue(['format'], "'values' hoặc 'text'", "'values' or 'text'", format));
  const rows: MethodologyRowOut[] = [];
  const problems: Problems = [];
  const visit = (n: MethodologyNode) => {
    const row: Record<string, unknown> = {
      code: n.code,
      name: n.name,
      maxPoints: format === 'text' ? formatNumber(n.maxPoints, { grouping: false }) : n.maxPoints,
    };
    if (n.rule) {
      if (format === 'text') {
        try {
          row.rule = formatRuleText(n.rule);
        } catch (e) {
          if (!(e instanceof CchcError)) throw e;
          problems.push(...e.issues.map((i) => issue(i.code, [n.code, 'rule', ...i.path], i.messageVi, i.messageEn, i.received)));
        }
      } else row.rule = n.rule;
      row.channel = n.channel;
    }
    row.mayBeNotApplicable = n.mayBeNotApplicable;
    row.role = n.role;
    if (n.nameEn !== undefined) row.nameEn = n.nameEn;
    if (n.note !== undefined) row.note = n.note;
    rows.push(Object.freeze(row) as unknown as MethodologyRowOut);
    n.children.forEach(visit);
  };
  methodology.nodes.forEach(visit);
  if (problems.length > 0) throw new CchcError(problems);
  return rows;
}
