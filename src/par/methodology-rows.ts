import type { Decimal } from 'decimal.js';
import { CchcError, MAX_ISSUES, issue, show, type CchcIssue, type CchcPath } from '../core/errors.js';
import { formatNumber } from '../core/format-number.js';
import { foldVi } from '../core/_internal/fold-vi.js';
import * as coreVi from '../core/messages/vi/core.js';
import * as coreEn from '../core/messages/en/core.js';
import * as vi from '../core/messages/vi/par.js';
import * as en from '../core/messages/en/par.js';
import {
  checkKeys,
  CODE_PATTERN,
  enNumber,
  impliedParentCode,
  isPlainObject,
  own,
  readChoice,
  readDecimal,
  readParOptions,
  segmentsOf,
  typeIssue,
  viNumber,
  type Problems,
} from './_internal/read.js';
import { resolveMethodology } from './_internal/resolve.js';
import { defineMethodology } from './define-methodology.js';
import { MAX_CODE_LENGTH, MAX_METHODOLOGY_DEPTH } from './limits.js';
import type { Methodology, MethodologyNode, MethodologyNodeSpec, MethodologySpec, NodeRole } from './methodology.js';
import type { LeafRule, LeafRuleSpec, ParChannel, ParNumberInput } from './rule.js';
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
 *
 * @category PAR INDEX
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
 * Options of {@link methodologyFromRows}: the methodology's metadata, and a rule for leaves whose rule cell is empty.
 *
 * @example
 * ```ts
 * import type { MethodologyFromRowsOptions } from 'cchc';
 * const options: MethodologyFromRowsOptions = { id: 'tinh-x-2025', name: 'Chỉ số CCHC các sở, tỉnh X', maxPoints: 100, defaultRule: 'manual' };
 * ```
 *
 * @category PAR INDEX
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
  /** See {@link MethodologySpec}: the kinds of units scored. */
  readonly unitLevels?: readonly string[];
  /** See {@link MethodologySpec}: rounding of each leaf's points. */
  readonly rounding?: MethodologySpec['rounding'];
  /**
   * The rule for leaves whose rule cell is empty (e.g. `'manual'` when the spreadsheet has no rule column).
   * Without it, a leaf without a rule is an error (`PAR_MISSING_RULE`): no rule is guessed.
   */
  readonly defaultRule?: LeafRuleSpec | string;
}

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
 *
 * @category PAR INDEX
 */
export function methodologyFromRows(rows: readonly MethodologyRow[], options?: MethodologyFromRowsOptions): Methodology {
  const problems: Problems = [];
  const o = readParOptions<MethodologyFromRowsOptions>(options, FROM_ROWS_OPTION_KEYS);
  if (!Array.isArray(rows) || rows.length === 0) {
    throw new CchcError(
      issue(
        'PAR_EMPTY_METHODOLOGY',
        ['rows'],
        vi.PAR_EMPTY_METHODOLOGY__rows({ received: show(rows) }),
        en.PAR_EMPTY_METHODOLOGY__rows({ received: show(rows) }),
        rows,
      ),
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
      problems.push(
        issue(
          'PAR_DUPLICATE_CODE',
          ['rows', i, 'code'],
          vi.PAR_DUPLICATE_CODE__row({ code: c, first }),
          en.PAR_DUPLICATE_CODE__row({ code: c, first }),
          c,
        ),
      );
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
        const p = { code, parent: parent!, ancestor: up };
        problems.push(issue('PAR_MISSING_PARENT', ['rows', i, 'code'], vi.PAR_MISSING_PARENT__row(p), en.PAR_MISSING_PARENT__row(p), code));
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
  // Recursion bounded by the number of segments of a code (at most MAX_METHODOLOGY_DEPTH, checked in prepareRows).
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
    else if (kids.length === 0 && o.defaultRule !== undefined) spec.rule = o.defaultRule;
    if (kids.length > 0) spec.children = kids;
    return spec as unknown as MethodologyNodeSpec;
  };
  const roots = (childrenOf.get(null) ?? []).map((i, j) => build(i, ['nodes', j]));
  const spec: Record<string, unknown> = { id: o.id ?? 'custom', name: o.name ?? '', nodes: roots };
  for (const key of ['maxPoints', 'clampTotal', 'sources', 'notes', 'unitLevels', 'rounding'] as const)
    if (o[key] !== undefined) spec[key] = o[key];
  // A total row ("Tổng cộng") declares the total when the options do not; when they do, the two must agree.
  const totalRow = prepared.totals[0];
  if (totalRow && o.maxPoints === undefined) spec.maxPoints = totalRow.value;
  for (const t of prepared.totals) {
    const declared = o.maxPoints !== undefined ? readDecimal(o.maxPoints, ['maxPoints'], []) : totalRow?.value;
    if (declared && !declared.eq(t.value)) {
      const pv = { name: t.name, value: viNumber(t.value), declared: viNumber(declared) };
      const pe = { name: t.name, value: enNumber(t.value), declared: enNumber(declared) };
      problems.push(
        issue(
          'PAR_TOTAL_MISMATCH',
          ['rows', t.row, 'maxPoints'],
          vi.PAR_TOTAL_MISMATCH__row(pv),
          en.PAR_TOTAL_MISMATCH__row(pe),
          t.value.toFixed(),
        ),
      );
    }
  }
  try {
    // No row left: the problems that removed them say why (an empty methodology would only repeat it).
    if (roots.length === 0 && problems.length > 0) throw new CchcError(problems);
    if (roots.length === 0)
      throw new CchcError(
        issue('PAR_EMPTY_METHODOLOGY', ['rows'], vi.PAR_EMPTY_METHODOLOGY__noRowLeft(), en.PAR_EMPTY_METHODOLOGY__noRowLeft()),
      );
    const m = defineMethodology(spec as unknown as MethodologySpec);
    if (problems.length > 0) throw new CchcError(problems);
    return m;
  } catch (e) {
    if (!(e instanceof CchcError)) throw e;
    const all = [...problems];
    for (const i of e.issues) {
      if (problems.includes(i)) continue;
      // consequences of rows left out
      if (excludedRows && (i.code === 'PAR_CHILDREN_SUM_MISMATCH' || i.code === 'PAR_TOTAL_MISMATCH')) continue;
      if (totalRow && o.maxPoints === undefined && i.path.length === 1 && i.path[0] === 'maxPoints') {
        all.push(issue(i.code, ['rows', totalRow.row, 'maxPoints'], i.messageVi, i.messageEn, i.received));
        continue;
      }
      all.push(rewritePath(i, rowAtPath));
    }
    const rowNo = (i: CchcIssue) => (i.path[0] === 'rows' && typeof i.path[1] === 'number' ? i.path[1] : -1);
    const sorted = all
      .map((i, k) => ({ i, k }))
      .sort((a, b) => rowNo(a.i) - rowNo(b.i) || a.k - b.k)
      .map(({ i }) => i);
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
const FROM_ROWS_OPTION_KEYS: readonly string[] = [
  'id',
  'name',
  'maxPoints',
  'clampTotal',
  'sources',
  'notes',
  'unitLevels',
  'rounding',
  'defaultRule',
];

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
  // An index loop (not forEach): holes of a sparse array are visited, and refused as rows.
  for (let i = 0; i < rows.length && problems.length < MAX_ISSUES; i++) {
    const row: unknown = rows[i];
    if (!isPlainObject(row)) {
      problems.push(typeIssue(['rows', i], 'row', row));
      continue;
    }
    const before = problems.length;
    checkKeys(row, ROW_CELLS, ['rows', i], problems);
    if (problems.length > before) continue;
    const cell = (k: (typeof ROW_CELLS)[number]) => own(row, k);
    if (ROW_CELLS.every((k) => blank(cell(k)))) continue;
    let code: unknown = cell('code');
    if (typeof code === 'number') {
      if (Number.isSafeInteger(code) && code > 0) code = String(code);
      else {
        problems.push(
          issue(
            'PAR_INVALID_CODE',
            ['rows', i, 'code'],
            vi.PAR_INVALID_CODE__number({ received: show(code) }),
            en.PAR_INVALID_CODE__number({ received: show(code) }),
            code,
          ),
        );
        continue;
      }
    }
    if (blank(code)) {
      const rawName = cell('name');
      const name = typeof rawName === 'string' ? rawName.trim() : '';
      const folded = foldVi(name);
      if (name !== '' && (folded.startsWith('tong') || folded === 'cong')) {
        const value = readDecimal(cell('maxPoints'), ['rows', i, 'maxPoints'], problems);
        if (value) totals.push({ row: i, name, value });
        continue;
      }
      const rule = cell('rule');
      const note = cell('note');
      if (name === '' && blank(cell('maxPoints')) && (!blank(rule) || !blank(note))) {
        const above = previous === undefined ? undefined : out.get(previous);
        if (above && (blank(rule) || typeof rule === 'string') && (blank(above.rule) || typeof above.rule === 'string')) {
          if (!blank(rule))
            above.rule = blank(above.rule) ? (rule as string).trim() : `${(above.rule as string).trim()}; ${(rule as string).trim()}`;
          if (!blank(note)) above.note = blank(above.note) ? note : `${String(above.note)} ${String(note)}`;
          continue;
        }
      }
      problems.push(
        issue(
          'PAR_INVALID_CODE',
          ['rows', i, 'code'],
          vi.PAR_INVALID_CODE__missing({ row: i, name }),
          en.PAR_INVALID_CODE__missing({ row: i, name }),
          cell('code'),
        ),
      );
      continue;
    }
    const c = typeof code === 'string' ? code.trim().replace(/\.$/, '') : code;
    // A code's segments are the levels above it: more than the limit is a tree too deep to walk.
    if (typeof c === 'string' && segmentsOf(c, MAX_METHODOLOGY_DEPTH) > MAX_METHODOLOGY_DEPTH) {
      const p = { max: MAX_METHODOLOGY_DEPTH };
      problems.push(
        issue('INPUT_TOO_DEEP', ['rows', i, 'code'], vi.INPUT_TOO_DEEP__parMethodology(p), en.INPUT_TOO_DEEP__parMethodology(p)),
      );
      continue;
    }
    if (typeof c === 'string' && c.length > MAX_CODE_LENGTH) {
      const p = { max: MAX_CODE_LENGTH, length: c.length };
      problems.push(issue('TEXT_TOO_LONG', ['rows', i, 'code'], coreVi.TEXT_TOO_LONG(p), coreEn.TEXT_TOO_LONG(p)));
      continue;
    }
    if (typeof c !== 'string' || !CODE_PATTERN.test(c)) {
      problems.push(
        issue(
          'PAR_INVALID_CODE',
          ['rows', i, 'code'],
          vi.PAR_INVALID_CODE__row({ received: show(cell('code')) }),
          en.PAR_INVALID_CODE__row({ received: show(cell('code')) }),
          cell('code'),
        ),
      );
      continue;
    }
    out.set(i, { ...row, code: c });
    previous = i;
  }
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
 *
 * @category PAR INDEX
 */
export interface MethodologyToRowsOptions {
  /**
   * `'values'` (default): maxPoints as Decimals and rules as objects; `'text'`: maxPoints as Vietnamese-notation text
   * ("14,5") and rules as text (see {@link formatRuleText}), ready for a CSV file.
   */
  readonly format?: 'values' | 'text';
}

/**
 * One row of {@link methodologyToRows}: the node's own fields (channel and rule for leaves only).
 *
 * @example
 * ```ts
 * import type { MethodologyRowOut } from 'cchc';
 * const row: MethodologyRowOut = { code: '1', name: 'A', maxPoints: '2', rule: 'manual', channel: 'assessed', mayBeNotApplicable: false, role: 'regular' };
 * ```
 *
 * @category PAR INDEX
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
 * @throws {@link CchcError} the problems of `methodology` when it is not one built by {@link defineMethodology} (it is
 *   then validated as a spec); `PAR_INVALID_RULE` in text format when a tier outcome cannot be written as text;
 *   `INVALID_INPUT` / `UNKNOWN_KEY` for bad options.
 *
 * @example
 * ```ts
 * import { defineMethodology, methodologyToRows } from 'cchc';
 * const m = defineMethodology({ id: 'x', name: 'x', nodes: [{ code: '1', name: 'A', maxPoints: 1.5, rule: 'binary' }] });
 * const [row] = methodologyToRows(m, { format: 'text' });
 * row; // { code: '1', name: 'A', maxPoints: '1,5', rule: 'binary', channel: 'assessed', mayBeNotApplicable: false, role: 'regular' }
 * ```
 *
 * @category PAR INDEX
 */
export function methodologyToRows(methodology: Methodology, options?: MethodologyToRowsOptions): MethodologyRowOut[] {
  const o = readParOptions<MethodologyToRowsOptions>(options, ['format']);
  const format = readChoice(o.format, ['values', 'text'] as const, 'values', ['options', 'format']);
  // A methodology this library built is used as it is; anything else (a spec, a rebuilt object) is validated first.
  const { index } = resolveMethodology(methodology);
  const rows: MethodologyRowOut[] = [];
  const problems: Problems = [];
  for (const n of index.preorder) {
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
  }
  if (problems.length > 0) throw new CchcError(problems);
  return rows;
}
