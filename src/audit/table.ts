import { z } from 'zod';
import type { Decimal } from 'decimal.js';
import { Decimal as DecimalClass } from 'decimal.js';
import { checkPrintedRate } from '../core/check-printed-rate.js';
import { CchcDecimal, toDecimal, type DecimalInput } from '../core/decimal.js';
import { CchcError } from '../core/errors.js';
import { largestRemainder } from '../core/largest-remainder.js';
import { parseViPercent, viDecimalsOf } from '../core/parse-vi-number.js';
import { roundDecimal } from '../core/rounding.js';
import { parseWithSchema } from '../core/_zod-legacy.js';
import { makeFinding, type AuditFinding, type FindingSeverity } from './finding.js';
import { expression, findingValue, num, pct, sumOf, withNote } from './_internal/text.js';

// ─── shared pieces ────────────────────────────────────────────────────────────────────────────────────────────────

const DecimalInputSchema = z.union([z.number().finite(), z.bigint(), z.instanceof(DecimalClass)]);
const NonNegativeSchema = DecimalInputSchema.refine((v) => !toDecimal(v).isNegative(), 'must not be negative');
const CountInputSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
const SeveritySchema = z.enum(['error', 'warning']);

/**
 * Where a finding points and how the checked thing is named, shared by every primitive.
 *
 * @example
 * ```ts
 * import type { AuditTarget } from 'cchc';
 * const target: AuditTarget = { labelVi: 'Tỷ lệ giải ngân', labelEn: 'Disbursement rate', location: '§II.5.1' };
 * ```
 */
export interface AuditTarget {
  /** Vietnamese name of the figure, row or check ("Tỷ lệ giải ngân đến 30/11/2019"). */
  readonly labelVi: string;
  /** English name. */
  readonly labelEn: string;
  /** Where it is printed ("§II.5.1", "Phụ lục II, dòng 6"). */
  readonly location?: string;
  /** The same in English ("Appendix II, row 6"); default: `location`. */
  readonly locationEn?: string;
  /** `row` of the findings. */
  readonly row?: string | number;
  /** `field` of the findings. */
  readonly field?: string;
  /** A sentence appended to the Vietnamese message (context the data knows, e.g. a possible explanation). */
  readonly noteVi?: string;
  /** A sentence appended to the English message. */
  readonly noteEn?: string;
}

const AuditTargetShape = {
  labelVi: z.string().min(1),
  labelEn: z.string().min(1),
  location: z.string().optional(),
  locationEn: z.string().optional(),
  row: z.union([z.string(), z.number()]).optional(),
  field: z.string().optional(),
  noteVi: z.string().optional(),
  noteEn: z.string().optional(),
};

function finding(
  t: AuditTarget,
  code: string,
  severity: FindingSeverity,
  expected: AuditFinding['expected'],
  actual: AuditFinding['actual'],
  vi: string,
  en: string,
): AuditFinding {
  const where = t.location ? `${t.location} — ` : '';
  const whereEn = (t.locationEn ?? t.location) ? `${t.locationEn ?? t.location} — ` : '';
  return makeFinding({
    code,
    severity,
    ...(t.row !== undefined ? { row: t.row } : {}),
    ...(t.field !== undefined ? { field: t.field } : {}),
    expected,
    actual,
    messageVi: withNote(`${where}${t.labelVi}: ${vi}`, t.noteVi),
    messageEn: withNote(`${whereEn}${t.labelEn}: ${en}`, t.noteEn),
    ...(t.location !== undefined ? { location: t.location } : {}),
  });
}

// ─── sums in a table ──────────────────────────────────────────────────────────────────────────────────────────────

/**
 * A table of counts with totals to check (bảng số liệu có dòng/cột tổng). `null` cells are printed "/" (not applicable).
 *
 * @example
 * ```ts
 * import type { SumTable } from 'cchc';
 * const table: SumTable = { columns: [{ key: 'total', labelVi: 'Tổng số', labelEn: 'Total' }], rows: [] };
 * ```
 */
export interface SumTable {
  /** Where the table is printed ("Phụ lục II"), prefixed to every finding's location. */
  readonly location?: string;
  /** English name of the location ("Appendix II"); default: `location`. */
  readonly locationEn?: string;
  /** The columns, with their names. */
  readonly columns: readonly { readonly key: string; readonly labelVi: string; readonly labelEn: string }[];
  /** The rows: a key (the printed STT, "6"), a name, and the cells by column key. */
  readonly rows: readonly {
    readonly key: string;
    readonly labelVi: string;
    readonly labelEn?: string;
    readonly cells: Readonly<Record<string, number | null>>;
  }[];
  /** In every row, `cells[total]` must equal the sum of `cells[parts]` (cells that are `null` are skipped). */
  readonly rowSums?: readonly { readonly total: string; readonly parts: readonly string[] }[];
  /** The key of a row that must equal, column by column, the sum of all other rows. */
  readonly totalRow?: string;
}

/**
 * Schema of {@link SumTable}.
 *
 * @example
 * ```ts
 * import { SumTableSchema } from 'cchc';
 * SumTableSchema.safeParse({ columns: [], rows: [] }).success; // false
 * ```
 */
export const SumTableSchema = z.object({
  location: z.string().optional(),
  locationEn: z.string().optional(),
  columns: z.array(z.object({ key: z.string().min(1), labelVi: z.string().min(1), labelEn: z.string().min(1) })).min(1),
  rows: z.array(
    z.object({
      key: z.string().min(1),
      labelVi: z.string().min(1),
      labelEn: z.string().optional(),
      cells: z.record(z.string(), z.union([CountInputSchema, z.null()])),
    }),
  ),
  rowSums: z.array(z.object({ total: z.string().min(1), parts: z.array(z.string().min(1)).min(1) })).optional(),
  totalRow: z.string().optional(),
});

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
 *     { key: 'total', labelVi: 'Tổng số', labelEn: 'Total' },
 *     { key: 'province', labelVi: 'Cấp tỉnh', labelEn: 'Province' },
 *     { key: 'district', labelVi: 'Cấp huyện', labelEn: 'District' },
 *     { key: 'commune', labelVi: 'Cấp xã', labelEn: 'Commune' },
 *   ],
 *   rows: [{ key: '6', labelVi: 'Số cơ quan có cơ cấu công chức theo vị trí việc làm được phê duyệt', cells: { total: 27, province: 13, district: 12, commune: null } }],
 *   rowSums: [{ total: 'total', parts: ['province', 'district', 'commune'] }],
 * });
 * findings.map((f) => [f.code, f.expected, f.actual]); // [['sum-mismatch', 25, 27]]
 * ```
 */
export function auditTableSums(table: SumTable): AuditFinding[] {
  const t = parseWithSchema(SumTableSchema, table, ['table']);
  const col = new Map(t.columns.map((c) => [c.key, c]));
  const out: AuditFinding[] = [];
  const locVi = t.location;
  const locEn = t.locationEn ?? t.location;
  const rowLoc = (key: string, locale: 'vi' | 'en') => {
    const base = locale === 'vi' ? locVi : locEn;
    const r = locale === 'vi' ? `dòng ${key}` : `row ${key}`;
    return base ? `${base}, ${r}` : r;
  };
  for (const row of t.rows) {
    for (const rule of t.rowSums ?? []) {
      const total = row.cells[rule.total];
      if (total === undefined || total === null) continue;
      const present = rule.parts.filter((k) => row.cells[k] !== undefined && row.cells[k] !== null);
      if (present.length === 0) continue;
      const values = present.map((k) => row.cells[k] as number);
      const sum = values.reduce((a, b) => a + b, 0);
      if (sum === total) continue;
      const diff = total - sum;
      const namesVi = present.map((k) => col.get(k)?.labelVi ?? k).join(' + ');
      const namesEn = present.map((k) => col.get(k)?.labelEn ?? k).join(' + ');
      const totalVi = col.get(rule.total)?.labelVi ?? rule.total;
      const totalEn = col.get(rule.total)?.labelEn ?? rule.total;
      const expr = (l: 'vi' | 'en') => expression(values.map((value) => ({ value })), l);
      out.push(
        makeFinding({
          code: 'sum-mismatch',
          severity: 'error',
          row: row.key,
          field: rule.total,
          expected: sum,
          actual: total,
          messageVi: `${rowLoc(row.key, 'vi')} — ${row.labelVi}: ${namesVi} = ${expr('vi')} = ${num(sum, 'vi')}, nhưng cột ${totalVi} in ${num(total, 'vi')} (lệch ${num(Math.abs(diff), 'vi')}).`,
          messageEn: `${rowLoc(row.key, 'en')} — ${row.labelEn ?? row.labelVi}: ${namesEn} = ${expr('en')} = ${num(sum, 'en')}, but the ${totalEn} column prints ${num(total, 'en')} (off by ${num(Math.abs(diff), 'en')}).`,
          location: rowLoc(row.key, 'vi'),
        }),
      );
    }
  }
  if (t.totalRow !== undefined) {
    const totalRow = t.rows.find((r) => r.key === t.totalRow);
    if (totalRow) {
      const others = t.rows.filter((r) => r !== totalRow);
      for (const c of t.columns) {
        const total = totalRow.cells[c.key];
        if (total === undefined || total === null) continue;
        const values = others.map((r) => r.cells[c.key]).filter((v): v is number => v !== undefined && v !== null);
        if (values.length === 0) continue;
        const sum = values.reduce((a, b) => a + b, 0);
        if (sum === total) continue;
        // the same cell already found wrong, by its own row, with the same expected value: report it once
        if (out.some((f) => f.row === totalRow.key && f.field === c.key && f.expected === sum)) continue;
        out.push(
          makeFinding({
            code: 'sum-mismatch',
            severity: 'error',
            row: totalRow.key,
            field: c.key,
            expected: sum,
            actual: total,
            messageVi: `${rowLoc(totalRow.key, 'vi')} — ${c.labelVi}: cộng các dòng được ${expression(values.map((value) => ({ value })), 'vi')} = ${num(sum, 'vi')}, nhưng dòng ${totalRow.labelVi} in ${num(total, 'vi')} (lệch ${num(Math.abs(total - sum), 'vi')}).`,
            messageEn: `${rowLoc(totalRow.key, 'en')} — ${c.labelEn}: the rows add up to ${expression(values.map((value) => ({ value })), 'en')} = ${num(sum, 'en')}, but the ${totalRow.labelEn ?? totalRow.labelVi} row prints ${num(total, 'en')} (off by ${num(Math.abs(total - sum), 'en')}).`,
            location: rowLoc(totalRow.key, 'vi'),
          }),
        );
      }
    }
  }
  return out;
}

// ─── identities ───────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Input of {@link auditIdentity}: terms with signs that must add up to a printed result.
 *
 * @example
 * ```ts
 * import type { IdentityInput } from 'cchc';
 * const input: IdentityInput = { labelVi: 'x', labelEn: 'x', terms: [{ value: 189 }, { value: 24, sign: -1 }], result: 165 };
 * ```
 */
export interface IdentityInput extends AuditTarget {
  /** The terms (sign +1 unless −1 is given). */
  readonly terms: readonly { readonly value: DecimalInput; readonly sign?: 1 | -1 }[];
  /** The printed result. */
  readonly result: DecimalInput;
  /** Severity when it does not hold (default `'error'`). */
  readonly severity?: 'error' | 'warning';
}

/**
 * Schema of {@link IdentityInput}.
 *
 * @example
 * ```ts
 * import { IdentityInputSchema } from 'cchc';
 * IdentityInputSchema.safeParse({ labelVi: 'x', labelEn: 'x', terms: [{ value: 1 }], result: 1 }).success; // true
 * ```
 */
export const IdentityInputSchema = z.object({
  ...AuditTargetShape,
  terms: z.array(z.object({ value: DecimalInputSchema, sign: z.union([z.literal(1), z.literal(-1)]).optional() })).min(1),
  result: DecimalInputSchema,
  severity: SeveritySchema.optional(),
});

/**
 * Check a printed identity (đẳng thức in trong báo cáo), e.g. "1.000 − 7 + 11 = 1.004" or "20 sở + 5 cơ quan = 25".
 * Returns one `identity-mismatch` finding when the terms do not add up to the result.
 *
 * @throws {@link CchcError} `INVALID_INPUT`.
 * @example
 * ```ts
 * import { auditIdentity } from 'cchc';
 * auditIdentity({ labelVi: 'Đơn vị sự nghiệp 2015–2017', labelEn: 'Public service units 2015–2017', terms: [{ value: 10000 }, { value: 7, sign: -1 }, { value: 11 }], result: 1004 })[0]?.expected; // 10004
 * auditIdentity({ labelVi: 'x', labelEn: 'x', terms: [{ value: 20 }, { value: 5 }], result: 25 }); // []
 * ```
 */
export function auditIdentity(input: IdentityInput): AuditFinding[] {
  const v = parseWithSchema(IdentityInputSchema, input);
  const terms = v.terms.map((t) => ({ value: toDecimal(t.value), sign: t.sign ?? 1 }));
  const computed = terms.reduce<Decimal>((a, t) => (t.sign === -1 ? a.minus(t.value) : a.plus(t.value)), new CchcDecimal(0));
  const result = toDecimal(v.result);
  if (computed.eq(result)) return [];
  return [
    finding(
      v,
      'identity-mismatch',
      v.severity ?? 'error',
      findingValue(computed),
      findingValue(result),
      `${expression(terms, 'vi')} = ${num(computed, 'vi')}, không phải ${num(result, 'vi')} như in trong báo cáo.`,
      `${expression(terms, 'en')} = ${num(computed, 'en')}, not ${num(result, 'en')} as printed.`,
    ),
  ];
}

// ─── printed rates ────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Input of {@link auditPrintedRate}.
 *
 * @example
 * ```ts
 * import type { PrintedRateInput } from 'cchc';
 * const input: PrintedRateInput = { labelVi: 'Tỷ lệ', labelEn: 'Rate', numerator: 136, denominator: 1991, printed: '6,8%' };
 * ```
 */
export interface PrintedRateInput extends AuditTarget {
  /** The figure on top. */
  readonly numerator: DecimalInput;
  /** The figure below. */
  readonly denominator: DecimalInput;
  /** The rate as printed, verbatim ("56,35%", "100%", or "0" when a report prints no sign). */
  readonly printed: string;
}

/**
 * Schema of {@link PrintedRateInput}.
 *
 * @example
 * ```ts
 * import { PrintedRateInputSchema } from 'cchc';
 * PrintedRateInputSchema.safeParse({ labelVi: 'x', labelEn: 'x', numerator: 1, denominator: 2, printed: '50%' }).success; // true
 * ```
 */
export const PrintedRateInputSchema = z.object({ ...AuditTargetShape, numerator: NonNegativeSchema, denominator: NonNegativeSchema, printed: z.string().min(1) });

/** Integers within (lo, hi], at most `max` of them, else none. */
function integersIn(loExclusive: Decimal, hiInclusive: Decimal, max: number): number[] {
  const first = loExclusive.floor().plus(1);
  const last = hiInclusive.floor();
  if (last.lt(first) || last.minus(first).gte(max)) return [];
  const out: number[] = [];
  for (let d = first; d.lte(last); d = d.plus(1)) if (d.gt(0)) out.push(d.toNumber());
  return out;
}

/**
 * The whole denominators that would give the printed rate when rounded half-up: 100·n/d ∈ [p − h, p + h) with h half
 * a unit of the last printed decimal, i.e. d ∈ (100·n/(p + h), 100·n/(p − h)].
 */
function impliedDenominators(n: Decimal, printed: Decimal, decimals: number): number[] {
  const h = new CchcDecimal(5).times(new CchcDecimal(10).pow(-(decimals + 1)));
  const lo = printed.minus(h);
  if (n.isZero() || !lo.isPositive()) return [];
  return integersIn(n.times(100).div(printed.plus(h)), n.times(100).div(lo), 3);
}

/**
 * Check a rate printed in a report against the figures it comes from (kiểm tra tỷ lệ in sẵn), through core's
 * `checkPrintedRate`:
 * - `rate-mismatch` (error) when neither rounding nor truncation at the printed decimals gives the printed text; the
 *   message names the whole denominators that would give it (a hint at which plan or base was really used);
 * - `rate-truncated` (info) when only truncation gives it;
 * - `rate-undefined` when the denominator is 0 (info for 0/0, which some reports print as "0" or "100%"; error for
 *   n/0 with n > 0).
 *
 * @throws {@link CchcError} `INVALID_INPUT`, `INVALID_NUMBER` / `AMBIGUOUS_NUMBER` for a printed text that is not a
 *   Vietnamese percentage.
 * @example
 * ```ts
 * import { auditPrintedRate } from 'cchc';
 * // Báo cáo 389/BC-UBND, §II.5.1: 3.145 of 5.582 billion VND disbursed, printed 56,35%
 * const [f] = auditPrintedRate({ labelVi: 'Tỷ lệ giải ngân', labelEn: 'Disbursement rate', numerator: 3145, denominator: 5582, printed: '56,35%' });
 * f?.code; // 'rate-mismatch'
 * String(f?.expected); // '56.34'
 * auditPrintedRate({ labelVi: 'x', labelEn: 'x', numerator: 618369, denominator: 621448, printed: '99,50%' }); // []
 * ```
 */
export function auditPrintedRate(input: PrintedRateInput): AuditFinding[] {
  const v = parseWithSchema(PrintedRateInputSchema, input);
  const n = toDecimal(v.numerator);
  const d = toDecimal(v.denominator);
  if (d.isZero()) {
    const zero = n.isZero();
    return [
      finding(
        v,
        'rate-undefined',
        zero ? 'info' : 'error',
        null,
        v.printed,
        zero
          ? `${num(n, 'vi')}/${num(d, 'vi')}: mẫu số bằng 0 nên không có tỷ lệ (không phải 0% cũng không phải 100%), nhưng báo cáo in "${v.printed}".`
          : `${num(n, 'vi')}/${num(d, 'vi')}: mẫu số bằng 0, không thể có tỷ lệ; báo cáo in "${v.printed}".`,
        zero
          ? `${num(n, 'en')}/${num(d, 'en')}: the denominator is 0, so there is no rate (neither 0% nor 100%), but the report prints "${v.printed}".`
          : `${num(n, 'en')}/${num(d, 'en')}: the denominator is 0, so no rate exists; the report prints "${v.printed}".`,
      ),
    ];
  }
  let check: ReturnType<typeof checkPrintedRate>;
  try {
    check = checkPrintedRate({ numerator: n, denominator: d, printed: v.printed });
  } catch (e) {
    if (e instanceof CchcError) throw new CchcError(e.issues.map((i) => ({ ...i, path: ['printed', ...i.path.filter((p) => p !== 'printed')] })));
    throw e;
  }
  if (check.verdict === 'rounded') return [];
  const k = check.decimals;
  const fig = (l: 'vi' | 'en') => `${num(n, l)}/${num(d, l)}`;
  if (check.verdict === 'truncated') {
    return [
      finding(
        v,
        'rate-truncated',
        'info',
        check.expectedRounded,
        v.printed,
        `${fig('vi')} = ${pct(check.computed, k + 3, 'vi')}…: báo cáo in ${v.printed}, tức là cắt bớt chữ số thay vì làm tròn (làm tròn là ${pct(check.expectedRounded, k, 'vi')}).`,
        `${fig('en')} = ${pct(check.computed, k + 3, 'en')}…: the report prints ${v.printed}, truncated rather than rounded (rounded: ${pct(check.expectedRounded, k, 'en')}).`,
      ),
    ];
  }
  const implied = n.isInteger() && d.isInteger() ? impliedDenominators(n, check.printed, k).filter((x) => !d.eq(x)) : [];
  const hintVi = implied.length > 0 ? ` Tỷ lệ in ra sẽ đúng nếu mẫu số là ${implied.map((x) => num(x, 'vi')).join(' hoặc ')}.` : '';
  const hintEn = implied.length > 0 ? ` The printed rate would follow from a denominator of ${implied.map((x) => num(x, 'en')).join(' or ')}.` : '';
  return [
    finding(
      v,
      'rate-mismatch',
      'error',
      check.expectedRounded,
      v.printed,
      `${fig('vi')} = ${pct(check.expectedRounded, k, 'vi')}, nhưng báo cáo in ${v.printed}.${hintVi}`,
      `${fig('en')} = ${pct(check.expectedRounded, k, 'en')}, but the report prints ${v.printed}.${hintEn}`,
    ),
  ];
}

// ─── shares summing to 100 ────────────────────────────────────────────────────────────────────────────────────────

/**
 * Input of {@link auditShares}: a distribution of counts over classes with the shares printed for them.
 *
 * @example
 * ```ts
 * import type { SharesInput } from 'cchc';
 * const input: SharesInput = { labelVi: 'Văn bản', labelEn: 'Documents', items: [{ labelVi: 'Điện tử', printedShare: '65%' }, { labelVi: 'Song song', printedShare: '35%' }] };
 * ```
 */
export interface SharesInput extends AuditTarget {
  /** The printed total the shares are of (e.g. 42 units); default: the sum of the counts. */
  readonly total?: number;
  /** The classes: a name, the count (when printed) and the printed share ("52,40%"). */
  readonly items: readonly {
    readonly labelVi: string;
    readonly labelEn?: string;
    readonly count?: number;
    readonly printedShare?: string;
  }[];
}

/**
 * Schema of {@link SharesInput}.
 *
 * @example
 * ```ts
 * import { SharesInputSchema } from 'cchc';
 * SharesInputSchema.safeParse({ labelVi: 'x', labelEn: 'x', items: [] }).success; // false
 * ```
 */
export const SharesInputSchema = z.object({
  ...AuditTargetShape,
  total: CountInputSchema.optional(),
  items: z
    .array(z.object({ labelVi: z.string().min(1), labelEn: z.string().optional(), count: CountInputSchema.optional(), printedShare: z.string().min(1).optional() }))
    .min(1),
});

/**
 * Check a distribution and its printed shares (kiểm tra cơ cấu %): the counts against the printed total
 * (`sum-mismatch`), each printed share against its count (`share-mismatch` when no rounding of count/total at the
 * printed decimals — half-up, truncation, or a largest-remainder allocation that sums to 100 — gives it;
 * `rate-truncated` info when only truncation does), and, when some shares have no count to check them by, the printed
 * shares against 100% within what rounding explains (`shares-sum-mismatch`).
 *
 * Each printed share is judged at its own decimals, so "33,3%" next to "52,38%" is fine.
 *
 * @throws {@link CchcError} `INVALID_INPUT`, `INVALID_NUMBER` (a printed share that is not a percentage).
 * @example
 * ```ts
 * import { auditShares } from 'cchc';
 * // Báo cáo 389/BC-UBND, §I.1: 14/22/4/2 of 42 units, printed 33,3% / 52,40% / 9,52% / 4,78%
 * const findings = auditShares({
 *   labelVi: 'Xếp loại Chỉ số CCHC 2018', labelEn: 'PAR index classes 2018', total: 42,
 *   items: [
 *     { labelVi: 'Xuất sắc', count: 14, printedShare: '33,3%' },
 *     { labelVi: 'Tốt', count: 22, printedShare: '52,40%' },
 *     { labelVi: 'Khá', count: 4, printedShare: '9,52%' },
 *     { labelVi: 'Trung bình', count: 2, printedShare: '4,78%' },
 *   ],
 * });
 * findings.map((f) => [f.code, f.row, String(f.expected)]); // [['share-mismatch', 'Tốt', '52.38'], ['share-mismatch', 'Trung bình', '4.76']]
 * ```
 */
export function auditShares(input: SharesInput): AuditFinding[] {
  const v = parseWithSchema(SharesInputSchema, input);
  const out: AuditFinding[] = [];
  const allCounts = v.items.every((i) => i.count !== undefined);
  const counts = v.items.map((i) => i.count ?? 0);
  const countSum = counts.reduce((a, b) => a + b, 0);
  if (v.total !== undefined && allCounts && countSum !== v.total) {
    out.push(
      finding(
        v,
        'sum-mismatch',
        'error',
        countSum,
        v.total,
        `các nhóm cộng lại ${expression(counts.map((value) => ({ value })), 'vi')} = ${num(countSum, 'vi')}, nhưng tổng in ${num(v.total, 'vi')}.`,
        `the classes add up to ${expression(counts.map((value) => ({ value })), 'en')} = ${num(countSum, 'en')}, but the printed total is ${num(v.total, 'en')}.`,
      ),
    );
  }
  const denominator = v.total ?? (allCounts ? countSum : undefined);
  const lrCache = new Map<number, Decimal[]>();
  const lr = (decimals: number) => {
    if (!allCounts || countSum === 0 || denominator !== countSum) return undefined;
    if (!lrCache.has(decimals)) lrCache.set(decimals, largestRemainder(counts, { decimals }));
    return lrCache.get(decimals);
  };
  v.items.forEach((item, idx) => {
    if (item.count === undefined || item.printedShare === undefined || denominator === undefined || denominator === 0) return;
    const check = checkPrintedRate({ numerator: item.count, denominator, printed: item.printedShare });
    if (check.verdict === 'rounded') return;
    const byLr = lr(check.decimals)?.[idx];
    if (byLr && byLr.eq(check.printed)) return;
    const t: AuditTarget = { ...v, row: item.labelVi, field: v.field ?? 'share' };
    const k = check.decimals;
    const labelEn = item.labelEn ?? item.labelVi;
    if (check.verdict === 'truncated') {
      out.push(
        finding(
          t,
          'rate-truncated',
          'info',
          check.expectedRounded,
          item.printedShare,
          `${item.labelVi} ${num(item.count, 'vi')}/${num(denominator, 'vi')} in ${item.printedShare}: cắt bớt thay vì làm tròn (${pct(check.expectedRounded, k, 'vi')}).`,
          `${labelEn} ${num(item.count, 'en')}/${num(denominator, 'en')} printed ${item.printedShare}: truncated rather than rounded (${pct(check.expectedRounded, k, 'en')}).`,
        ),
      );
      return;
    }
    out.push(
      finding(
        t,
        'share-mismatch',
        'error',
        check.expectedRounded,
        item.printedShare,
        `${item.labelVi} ${num(item.count, 'vi')}/${num(denominator, 'vi')} = ${pct(check.expectedRounded, k, 'vi')}, nhưng báo cáo in ${item.printedShare}.`,
        `${labelEn} ${num(item.count, 'en')}/${num(denominator, 'en')} = ${pct(check.expectedRounded, k, 'en')}, but the report prints ${item.printedShare}.`,
      ),
    );
  });
  const everyShareChecked = v.items.every((i) => i.count !== undefined && i.printedShare !== undefined) && denominator !== undefined;
  const allShares = v.items.every((i) => i.printedShare !== undefined);
  if (allShares && !everyShareChecked) {
    const shares = v.items.map((i) => parseViPercent(i.printedShare!, { requireSign: false }));
    const halfUnits = v.items.map((i) => new CchcDecimal(5).times(new CchcDecimal(10).pow(-(viDecimalsOf(i.printedShare!) + 1))));
    const total = sumOf(shares);
    const tolerance = sumOf(halfUnits);
    if (total.minus(100).abs().gt(tolerance)) {
      const dec = Math.max(...v.items.map((i) => viDecimalsOf(i.printedShare!)));
      out.push(
        finding(
          { ...v, field: v.field ?? 'shares' },
          'shares-sum-mismatch',
          'error',
          100,
          findingValue(total),
          `các tỷ lệ in ${v.items.map((i) => i.printedShare).join(' + ')} = ${pct(total, dec, 'vi')}, không phải 100% (làm tròn chỉ giải thích được lệch tối đa ${pct(tolerance, dec + 1, 'vi')}).`,
          `the printed shares ${v.items.map((i) => i.printedShare).join(' + ')} add up to ${pct(total, dec, 'en')}, not 100% (rounding explains at most ${pct(tolerance, dec + 1, 'en')}).`,
        ),
      );
    }
  }
  return out;
}

// ─── counts against their parts ───────────────────────────────────────────────────────────────────────────────────

/**
 * Input of {@link auditParts}.
 *
 * @example
 * ```ts
 * import type { PartsInput } from 'cchc';
 * const input: PartsInput = { labelVi: 'Chữ ký số', labelEn: 'Signatures', total: 371, parts: [62, 15, 95, 47], exhaustive: false };
 * ```
 */
export interface PartsInput extends AuditTarget {
  /** The printed total. */
  readonly total: DecimalInput;
  /** The printed parts. */
  readonly parts: readonly DecimalInput[];
  /**
   * `true` when the parts claim to be the whole breakdown (they must add up to the total); `false` for a "trong đó"
   * list of some parts (they must not exceed the total).
   */
  readonly exhaustive: boolean;
  /**
   * Printed figures that might account for a difference (e.g. units slated for equitisation). When one equals the
   * difference the finding says so — without assuming it — and is a warning rather than an error.
   */
  readonly explanations?: readonly { readonly value: DecimalInput; readonly labelVi: string; readonly labelEn: string }[];
  /** Severity when no explanation matches (default `'error'`). */
  readonly severity?: 'error' | 'warning';
}

/**
 * Schema of {@link PartsInput}.
 *
 * @example
 * ```ts
 * import { PartsInputSchema } from 'cchc';
 * PartsInputSchema.safeParse({ labelVi: 'x', labelEn: 'x', total: 3, parts: [1, 2], exhaustive: true }).success; // true
 * ```
 */
export const PartsInputSchema = z.object({
  ...AuditTargetShape,
  total: NonNegativeSchema,
  parts: z.array(NonNegativeSchema).min(1),
  exhaustive: z.boolean(),
  explanations: z.array(z.object({ value: NonNegativeSchema, labelVi: z.string().min(1), labelEn: z.string().min(1) })).optional(),
  severity: SeveritySchema.optional(),
});

/**
 * Check a count against its parts (kiểm tra tổng và các thành phần): an exhaustive breakdown must add up to the total
 * (`sum-mismatch`); a partial "trong đó" list must not exceed it (`parts-exceed-total`).
 *
 * @throws {@link CchcError} `INVALID_INPUT`.
 * @example
 * ```ts
 * import { auditParts } from 'cchc';
 * // §II.3: units reduced 7 + 1 + 3 + 5 + 26 + 1 + 2 + 2 = 47, printed "giảm được 52"; 5 units slated for equitisation
 * const [f] = auditParts({
 *   labelVi: 'Số đơn vị sự nghiệp giảm', labelEn: 'Public service units cut',
 *   total: 52, parts: [7, 1, 3, 5, 26, 1, 2, 2], exhaustive: true,
 *   explanations: [{ value: 5, labelVi: '05 đơn vị cổ phần hóa giai đoạn 2018–2020', labelEn: 'the 5 units slated for equitisation in 2018–2020' }],
 * });
 * [f?.code, f?.severity, f?.expected, f?.actual]; // ['sum-mismatch', 'warning', 47, 52]
 * ```
 */
export function auditParts(input: PartsInput): AuditFinding[] {
  const v = parseWithSchema(PartsInputSchema, input);
  const total = toDecimal(v.total);
  const parts = v.parts.map((p) => toDecimal(p));
  const sum = sumOf(parts);
  const expr = (l: 'vi' | 'en') => (parts.length > 1 ? `${expression(parts.map((value) => ({ value })), l)} = ${num(sum, l)}` : num(sum, l));
  if (!v.exhaustive) {
    if (sum.lte(total)) return [];
    return [
      finding(
        v,
        'parts-exceed-total',
        v.severity ?? 'error',
        findingValue(total),
        findingValue(sum),
        `phần "trong đó" là ${expr('vi')}, lớn hơn tổng ${num(total, 'vi')}.`,
        `the listed part${parts.length > 1 ? 's' : ''} (${expr('en')}) exceed${parts.length > 1 ? '' : 's'} the total ${num(total, 'en')}.`,
      ),
    ];
  }
  if (sum.eq(total)) return [];
  const diff = total.minus(sum);
  const match = (v.explanations ?? []).find((e) => toDecimal(e.value).eq(diff.abs()));
  const hintVi = match
    ? ` Phần chênh ${num(diff.abs(), 'vi')} bằng đúng ${match.labelVi}: có thể báo cáo đã tính cả số này, nhưng báo cáo không nói như vậy.`
    : '';
  const hintEn = match ? ` The difference of ${num(diff.abs(), 'en')} equals ${match.labelEn}, which may account for it, but the report does not say so.` : '';
  return [
    finding(
      v,
      'sum-mismatch',
      match ? 'warning' : (v.severity ?? 'error'),
      findingValue(sum),
      findingValue(total),
      `các thành phần liệt kê cộng lại ${expr('vi')}, nhưng tổng in ${num(total, 'vi')} (lệch ${num(diff.abs(), 'vi')}).${hintVi}`,
      `the listed parts add up to ${expr('en')}, but the printed total is ${num(total, 'en')} (off by ${num(diff.abs(), 'en')}).${hintEn}`,
    ),
  ];
}

// ─── one quantity printed in several places ───────────────────────────────────────────────────────────────────────

/**
 * Input of {@link auditSameValue}.
 *
 * @example
 * ```ts
 * import type { SameValueInput } from 'cchc';
 * const input: SameValueInput = { labelVi: 'TTHC', labelEn: 'Procedures', values: [{ value: 1008, location: '§II.2.2' }, { value: 1008, location: '§II.6.1' }] };
 * ```
 */
export interface SameValueInput extends AuditTarget {
  /**
   * The places the same quantity is printed: the first is the one checked, the others the references. Each has its
   * location and, when it is a printed total, the parts it adds up (shown as "901 (= 276 + 625)").
   */
  readonly values: readonly { readonly value: DecimalInput; readonly location: string; readonly locationEn?: string; readonly parts?: readonly DecimalInput[] }[];
  /** Severity (default `'warning'`: two places may count slightly different scopes; say so in the note). */
  readonly severity?: 'error' | 'warning';
}

/**
 * Schema of {@link SameValueInput}.
 *
 * @example
 * ```ts
 * import { SameValueInputSchema } from 'cchc';
 * SameValueInputSchema.safeParse({ labelVi: 'x', labelEn: 'x', values: [{ value: 1, location: 'a' }] }).success; // false
 * ```
 */
export const SameValueInputSchema = z.object({
  ...AuditTargetShape,
  values: z
    .array(z.object({ value: NonNegativeSchema, location: z.string().min(1), locationEn: z.string().optional(), parts: z.array(NonNegativeSchema).optional() }))
    .min(2),
  severity: SeveritySchema.optional(),
});

/**
 * Check that a quantity printed in several places has one value (đối chiếu số liệu giữa các phần của báo cáo): the
 * body against an appendix, a sentence against a table. One `cross-reference-mismatch` finding (a warning by
 * default) lists every place and value when they differ.
 *
 * @throws {@link CchcError} `INVALID_INPUT`.
 * @example
 * ```ts
 * import { auditSameValue } from 'cchc';
 * const [f] = auditSameValue({
 *   labelVi: 'Số đơn vị sự nghiệp công lập toàn tỉnh', labelEn: 'Public service units in the province',
 *   values: [{ value: 958, location: '§II.3' }, { value: 901, location: 'Phụ lục III, dòng 2', locationEn: 'Appendix III, row 2', parts: [276, 625] }],
 * });
 * [f?.code, f?.expected, f?.actual]; // ['cross-reference-mismatch', 901, 958]
 * ```
 */
export function auditSameValue(input: SameValueInput): AuditFinding[] {
  const v = parseWithSchema(SameValueInputSchema, input);
  const values = v.values.map((x) => ({ ...x, d: toDecimal(x.value) }));
  const first = values[0]!;
  if (values.every((x) => x.d.eq(first.d))) return [];
  const reference = values.find((x) => !x.d.eq(first.d))!;
  const list = (l: 'vi' | 'en') =>
    values
      .map((x) => `${l === 'en' ? (x.locationEn ?? x.location) : x.location}: ${num(x.d, l)}${x.parts && x.parts.length > 1 ? ` (= ${expression(x.parts.map((value) => ({ value })), l)})` : ''}`)
      .join('; ');
  return [
    finding(
      { ...v, location: v.location ?? values.map((x) => x.location).join(' / '), locationEn: v.locationEn ?? v.location ?? values.map((x) => x.locationEn ?? x.location).join(' / ') },
      'cross-reference-mismatch',
      v.severity ?? 'warning',
      findingValue(reference.d),
      findingValue(first.d),
      `cùng một số liệu được in khác nhau — ${list('vi')}.`,
      `the same figure is printed differently — ${list('en')}.`,
    ),
  ];
}

// ─── claims against a threshold ───────────────────────────────────────────────────────────────────────────────────

/**
 * Input of {@link auditClaim}: a printed claim such as "đạt trên 30% số đơn vị".
 *
 * @example
 * ```ts
 * import type { ClaimInput } from 'cchc';
 * const input: ClaimInput = { labelVi: 'Kiểm tra', labelEn: 'Inspections', numerator: 14, denominator: 42, comparison: 'at-least', percent: 30 };
 * ```
 */
export interface ClaimInput extends AuditTarget {
  /** The figure on top. */
  readonly numerator: DecimalInput;
  /** The figure below (not 0). */
  readonly denominator: DecimalInput;
  /** `at-least` for "đạt trên / ít nhất", `at-most` for "không quá". */
  readonly comparison: 'at-least' | 'at-most';
  /** The threshold in percent points. */
  readonly percent: number;
  /** Whether the threshold itself satisfies the claim (default `true`; `false` for a strict "trên 30%"). */
  readonly inclusive?: boolean;
}

/**
 * Schema of {@link ClaimInput}.
 *
 * @example
 * ```ts
 * import { ClaimInputSchema } from 'cchc';
 * ClaimInputSchema.safeParse({ labelVi: 'x', labelEn: 'x', numerator: 1, denominator: 0, comparison: 'at-least', percent: 30 }).success; // false
 * ```
 */
export const ClaimInputSchema = z.object({
  ...AuditTargetShape,
  numerator: NonNegativeSchema,
  denominator: NonNegativeSchema.refine((x) => !toDecimal(x).isZero(), 'must not be 0'),
  comparison: z.enum(['at-least', 'at-most']),
  percent: z.number().finite().nonnegative(),
  inclusive: z.boolean().optional(),
});

/**
 * Check a printed claim against a threshold ("đạt trên 30%"): one `claim-not-met` error when the figures do not
 * bear it out. The comparison is exact.
 *
 * @throws {@link CchcError} `INVALID_INPUT`.
 * @example
 * ```ts
 * import { auditClaim } from 'cchc';
 * auditClaim({ labelVi: 'Tỷ lệ cơ quan được kiểm tra', labelEn: 'Share inspected', numerator: 14, denominator: 42, comparison: 'at-least', percent: 30 }); // []
 * auditClaim({ labelVi: 'x', labelEn: 'x', numerator: 10, denominator: 42, comparison: 'at-least', percent: 30 })[0]?.code; // 'claim-not-met'
 * ```
 */
export function auditClaim(input: ClaimInput): AuditFinding[] {
  const v = parseWithSchema(ClaimInputSchema, input);
  const value = toDecimal(v.numerator).div(toDecimal(v.denominator)).times(100);
  const cmp = value.cmp(v.percent);
  const inclusive = v.inclusive ?? true;
  const ok = v.comparison === 'at-least' ? cmp > 0 || (inclusive && cmp === 0) : cmp < 0 || (inclusive && cmp === 0);
  if (ok) return [];
  const op = v.comparison === 'at-least' ? (inclusive ? '≥' : '>') : inclusive ? '≤' : '<';
  const shown = roundDecimal(value, 2, 'half-up');
  const pd = Math.max(0, new CchcDecimal(v.percent).decimalPlaces());
  return [
    finding(
      v,
      'claim-not-met',
      'error',
      `${op} ${v.percent}%`,
      findingValue(shown),
      `${num(toDecimal(v.numerator), 'vi')}/${num(toDecimal(v.denominator), 'vi')} = ${pct(shown, 2, 'vi')}, không đạt ${op} ${pct(v.percent, pd, 'vi')} như báo cáo khẳng định.`,
      `${num(toDecimal(v.numerator), 'en')}/${num(toDecimal(v.denominator), 'en')} = ${pct(shown, 2, 'en')}, which does not bear out the claimed ${op} ${pct(v.percent, pd, 'en')}.`,
    ),
  ];
}
