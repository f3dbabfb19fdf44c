// Exported schemas of the audit module (findings, the check primitives, PAR tables), written with the `cchc` schema
// kit: every object schema is strict (an unknown key is `UNKNOWN_KEY` with a suggestion). The report model's schemas
// are in `report-schema.ts`.
import { Decimal } from 'decimal.js';
import type { BilingualText } from '../core/bilingual.js';
import type { DecimalInput } from '../core/decimal.js';
import { issue, show, type CchcPath } from '../core/errors.js';
import * as s from '../core/schema.js';
import { BilingualTextSchema, CountSchema, IsoDateSchema } from '../core/schemas.js';
import * as viCore from '../core/messages/vi/core.js';
import * as enCore from '../core/messages/en/core.js';
import * as vi from '../core/messages/vi/audit.js';
import * as en from '../core/messages/en/audit.js';
import type { ParNumberInput } from '../par/rule.js';
import { digitLimitIssue, MAX_PRINTED_FIGURE_LENGTH, printedTextIssue } from './limits.js';
import type { AuditTarget } from './target.js';
import type { SumTable } from './table-sums.js';
import type { IdentityInput } from './identity.js';
import type { PrintedRateInput } from './printed-rate.js';
import type { SharesInput } from './shares.js';
import type { PartsInput } from './parts.js';
import type { SameValueInput } from './same-value.js';
import type { ClaimInput } from './claim.js';
import type { AuditParTableOptions, ParTableRow } from './par-table.js';
import type { ChangeInput } from './change.js';
import type { AuditSipasTableOptions, SipasTableRow } from './sipas-table.js';
import type { ImpliedBaseInput } from './implied-base.js';
import type { TaskSummaryInput } from './task-summary.js';

// ——— building blocks ———

const typeIssue = (ctx: s.SchemaContext, path: CchcPath, expectedVi: string, expectedEn: string, value: unknown): false => {
  ctx.issues.push(
    issue(
      'INVALID_INPUT',
      path,
      viCore.INVALID_INPUT__type({ expected: expectedVi, received: show(value) }),
      enCore.INVALID_INPUT__type({ expected: expectedEn, received: show(value) }),
      value,
    ),
  );
  return false;
};

const isFiniteDecimalInput = (v: unknown): v is DecimalInput =>
  (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'bigint' || (Decimal.isDecimal(v) && (v as Decimal).isFinite());

/** A number, bigint or Decimal, finite, with at most `MAX_AUDIT_NUMBER_DIGITS` digits. @internal */
export const decimalInput: s.Schema<DecimalInput> = s.custom<DecimalInput>(
  'decimal',
  (value, path, ctx) => {
    if (!isFiniteDecimalInput(value))
      return typeIssue(ctx, path, vi.INVALID_INPUT__auditDecimal(), en.INVALID_INPUT__auditDecimal(), value);
    const tooLarge = digitLimitIssue(value, path);
    if (tooLarge) ctx.issues.push(tooLarge);
    return !tooLarge;
  },
  { type: 'number' },
);

const signOf = (v: DecimalInput): boolean => (typeof v === 'number' ? v < 0 : typeof v === 'bigint' ? v < 0n : (v as Decimal).isNegative());

/** A {@link decimalInput} that is not negative. @internal */
export const nonNegative: s.Schema<DecimalInput> = decimalInput.refine(
  (v) => !signOf(v),
  (v) => ({
    code: 'INVALID_INPUT',
    vi: vi.INVALID_INPUT__auditNegative({ received: show(v) }),
    en: en.INVALID_INPUT__auditNegative({ received: show(v) }),
  }),
);

/** A printed figure: a non-empty text of at most `MAX_PRINTED_FIGURE_LENGTH` characters and 40 digits. @internal */
export const printedText: s.Schema<string> = s.custom<string>(
  'printed',
  (value, path, ctx) => {
    if (typeof value !== 'string') return typeIssue(ctx, path, 'một chuỗi văn bản', 'a string', value);
    if (value.trim() === '') {
      ctx.issues.push(
        issue('INVALID_INPUT', path, viCore.INVALID_INPUT__tooShort({ min: 1 }), enCore.INVALID_INPUT__tooShort({ min: 1 }), value),
      );
      return false;
    }
    const problem = printedTextIssue(value, path);
    if (problem) ctx.issues.push(problem);
    return !problem;
  },
  { type: 'string', minLength: 1, maxLength: MAX_PRINTED_FIGURE_LENGTH },
);

/** A number as PAR tables print it: a number, bigint, Decimal or a number text ("51,75", "84,58%"). @internal */
export const parNumber: s.Schema<ParNumberInput> = s.custom<ParNumberInput>(
  'par-number',
  (value, path, ctx) => {
    if (typeof value === 'string') return printedText._run(value, path, ctx);
    if (typeof value === 'number' || typeof value === 'bigint' || Decimal.isDecimal(value)) return decimalInput._run(value, path, ctx);
    return typeIssue(ctx, path, vi.INVALID_INPUT__auditParNumber(), en.INVALID_INPUT__auditParNumber(), value);
  },
  { anyOf: [{ type: 'number' }, { type: 'string' }] },
);

/**
 * A printed figure: a number, bigint, Decimal or text ("4.561", "gần 98%", "hơn 4.500 hồ sơ"); see `PrintedFigure`.
 * @internal
 */
export const printedFigure: s.Schema<ParNumberInput> = parNumber;

const changeReading = s.oneOf(['points', 'percentage-points', 'percent', 'rank', 'count']);
/** A printed rank: a number ≥ 1 or its text ("thứ 19", "9/63", "dẫn đầu"). @internal */
export const rankInput = s.union([s.int().min(1), s.string().min(1).max(MAX_PRINTED_FIGURE_LENGTH)]);
const rowChange = s.object({ value: printedFigure.optional(), rank: printedFigure.optional() });
const rowPrior = s.object({ value: printedFigure.optional(), rank: rankInput.optional() });

/** @internal */
export const deprecated = (replacement: string) => `Deprecated (0.2): use ${replacement}.`;

/**
 * The keys of a bilingual label: `label` `{ vi, en }`, or the deprecated pair `labelVi` / `labelEn`.
 * @internal
 */
export const labelShape = {
  label: BilingualTextSchema.optional(),
  labelVi: s.string().min(1).optional().describe(deprecated('label.vi')),
  labelEn: s.string().min(1).optional().describe(deprecated('label.en')),
};

/**
 * A check that a label is given, as `label` or as the deprecated pair (`labelEn` may be left out where it defaults to
 * the Vietnamese text).
 * @internal
 */
export function requireLabel<T>(enRequired: boolean, key: 'label' | 'title' = 'label') {
  return (value: T, path: CchcPath, ctx: s.SchemaContext): void => {
    const v = value as Record<string, unknown>;
    if (v[key] !== undefined) return;
    if (v[`${key}Vi`] !== undefined && (!enRequired || v[`${key}En`] !== undefined)) return;
    ctx.issues.push(
      issue('INVALID_INPUT', [...path, key], vi.INVALID_INPUT__auditLabel({ key }), en.INVALID_INPUT__auditLabel({ key }), undefined),
    );
  };
}

/**
 * A label in both languages from `label` or the deprecated pair; `labelEn` defaults to the Vietnamese text.
 * @internal
 */
export function labelOf(v: {
  readonly label?: BilingualText | undefined;
  readonly labelVi?: string | undefined;
  readonly labelEn?: string | undefined;
}): BilingualText {
  if (v.label) return v.label;
  const viText = v.labelVi ?? '';
  return { vi: viText, en: v.labelEn ?? viText };
}

// ——— the check primitives ———

const noteShape = {
  note: BilingualTextSchema.optional(),
  noteVi: s.string().optional().describe(deprecated('note.vi')),
  noteEn: s.string().optional().describe(deprecated('note.en')),
};

/** The keys of {@link AuditTarget}, shared by every primitive. @internal */
export const auditTargetShape = {
  ...labelShape,
  location: s.string().optional(),
  locationEn: s.string().optional(),
  row: s.union([s.string(), s.number()]).optional(),
  field: s.string().optional(),
  ...noteShape,
  locale: s.oneOf(['vi', 'en']).optional(),
  approximateTolerance: s.number().min(0).max(1).optional(),
};
const targetSeverity = s.oneOf(['error', 'warning']).optional();

/**
 * Schema of {@link AuditTarget}: a label `{ vi, en }` (or the deprecated `labelVi` / `labelEn`), where it is printed,
 * and a note.
 *
 * @example
 * ```ts
 * import { AuditTargetSchema } from 'cchc';
 * AuditTargetSchema.safeParse({ label: { vi: 'Tỷ lệ giải ngân', en: 'Disbursement rate' }, location: '§II.5.1' }).success; // true
 * AuditTargetSchema.safeParse({ label: { vi: 'x', en: 'x' }, locaton: '§II.5.1' }).success; // false (UNKNOWN_KEY, did you mean 'location'?)
 * ```
 *
 * @category Audits
 */
export const AuditTargetSchema: s.Schema<AuditTarget> = s.object(auditTargetShape).check(requireLabel(true)).as<AuditTarget>();

const column = s.object({ key: s.string().min(1), ...labelShape }).check(requireLabel(true));

/**
 * Schema of {@link SumTable}.
 *
 * @example
 * ```ts
 * import { SumTableSchema } from 'cchc';
 * SumTableSchema.safeParse({ columns: [], rows: [] }).success; // false (no column)
 * SumTableSchema.safeParse({ columns: [{ key: 'total', label: { vi: 'Tổng số', en: 'Total' } }], rows: [] }).success; // true
 * ```
 *
 * @category Audits
 */
export const SumTableSchema: s.Schema<SumTable> = s
  .object({
    location: s.string().optional(),
    locationEn: s.string().optional(),
    columns: s.array(column).min(1),
    rows: s.array(
      s
        .object({ key: s.string().min(1), ...labelShape, cells: s.record(s.string(), s.union([CountSchema, s.literal(null)])) })
        .check(requireLabel(false)),
    ),
    rowSums: s.array(s.object({ total: s.string().min(1), parts: s.array(s.string().min(1)).min(1) })).optional(),
    totalRow: s.string().optional(),
  })
  .as<SumTable>();

/**
 * Schema of {@link IdentityInput}.
 *
 * @example
 * ```ts
 * import { IdentityInputSchema } from 'cchc';
 * IdentityInputSchema.safeParse({ label: { vi: 'x', en: 'x' }, terms: [{ value: 1 }], result: 1 }).success; // true
 * ```
 *
 * @category Audits
 */
export const IdentityInputSchema: s.Schema<IdentityInput> = s
  .object({
    ...auditTargetShape,
    terms: s.array(s.object({ value: parNumber, sign: s.literal(1, -1).optional() })).min(1),
    result: parNumber,
    severity: targetSeverity,
  })
  .check(requireLabel(true))
  .as<IdentityInput>();

/**
 * Schema of {@link PrintedRateInput}.
 *
 * @example
 * ```ts
 * import { PrintedRateInputSchema } from 'cchc';
 * PrintedRateInputSchema.safeParse({ label: { vi: 'x', en: 'x' }, numerator: 1, denominator: 2, printed: '50%' }).success; // true
 * ```
 *
 * @category Audits
 */
export const PrintedRateInputSchema: s.Schema<PrintedRateInput> = s
  .object({ ...auditTargetShape, numerator: parNumber, denominator: parNumber, printed: printedText })
  .check(requireLabel(true))
  .as<PrintedRateInput>();

/**
 * Schema of {@link SharesInput}.
 *
 * @example
 * ```ts
 * import { SharesInputSchema } from 'cchc';
 * SharesInputSchema.safeParse({ label: { vi: 'x', en: 'x' }, items: [] }).success; // false (no item)
 * ```
 *
 * @category Audits
 */
export const SharesInputSchema: s.Schema<SharesInput> = s
  .object({
    ...auditTargetShape,
    total: CountSchema.optional(),
    items: s
      .array(s.object({ ...labelShape, count: CountSchema.optional(), printedShare: printedText.optional() }).check(requireLabel(false)))
      .min(1),
  })
  .check(requireLabel(true))
  .as<SharesInput>();

/**
 * Schema of {@link PartsInput}.
 *
 * @example
 * ```ts
 * import { PartsInputSchema } from 'cchc';
 * PartsInputSchema.safeParse({ label: { vi: 'x', en: 'x' }, total: 3, parts: [1, 2], exhaustive: true }).success; // true
 * ```
 *
 * @category Audits
 */
export const PartsInputSchema: s.Schema<PartsInput> = s
  .object({
    ...auditTargetShape,
    total: parNumber,
    parts: s.array(parNumber).min(1),
    exhaustive: s.boolean(),
    explanations: s.array(s.object({ value: nonNegative, ...labelShape }).check(requireLabel(true))).optional(),
    severity: targetSeverity,
  })
  .check(requireLabel(true))
  .as<PartsInput>();

/**
 * Schema of {@link SameValueInput}.
 *
 * @example
 * ```ts
 * import { SameValueInputSchema } from 'cchc';
 * SameValueInputSchema.safeParse({ label: { vi: 'x', en: 'x' }, values: [{ value: 1, location: 'a' }] }).success; // false (one place)
 * ```
 *
 * @category Audits
 */
export const SameValueInputSchema: s.Schema<SameValueInput> = s
  .object({
    ...auditTargetShape,
    values: s
      .array(
        s.object({
          value: parNumber,
          location: s.string().min(1),
          locationEn: s.string().optional(),
          parts: s.array(parNumber).optional(),
          factor: parNumber.optional(),
        }),
      )
      .min(2),
    severity: targetSeverity,
  })
  .check(requireLabel(true))
  .as<SameValueInput>();

/**
 * Schema of {@link ClaimInput}.
 *
 * @example
 * ```ts
 * import { ClaimInputSchema } from 'cchc';
 * ClaimInputSchema.safeParse({ label: { vi: 'x', en: 'x' }, numerator: 1, denominator: 0, comparison: 'at-least', percent: 30 }).success; // false
 * ```
 *
 * @category Audits
 */
export const ClaimInputSchema: s.Schema<ClaimInput> = s
  .object({
    ...auditTargetShape,
    numerator: nonNegative,
    denominator: nonNegative.refine(
      (x) => !(typeof x === 'number' ? x === 0 : typeof x === 'bigint' ? x === 0n : (x as Decimal).isZero()),
      () => ({ code: 'INVALID_INPUT', vi: vi.INVALID_INPUT__auditZeroDenominator(), en: en.INVALID_INPUT__auditZeroDenominator() }),
    ),
    comparison: s.oneOf(['at-least', 'at-most']),
    percent: s.number().min(0),
    inclusive: s.boolean().optional(),
  })
  .check(requireLabel(true))
  .as<ClaimInput>();

// ——— PAR tables ———

/**
 * Schema of {@link ParTableRow}.
 *
 * @example
 * ```ts
 * import { ParTableRowSchema } from 'cchc';
 * ParTableRowSchema.safeParse({ unit: 'TX Tân Uyên', total: 82, index: '82,00%', rank: 2 }).success; // true
 * ParTableRowSchema.safeParse({ unit: 'TX Tân Uyên', totl: 82 }).success; // false (UNKNOWN_KEY, did you mean 'total'?)
 * ```
 *
 * @category Audits
 */
export const ParTableRowSchema: s.Schema<ParTableRow> = s
  .object({
    unit: s.string().min(1),
    components: s.record(s.string(), parNumber).optional(),
    total: parNumber.optional(),
    index: parNumber.optional(),
    rank: rankInput.optional(),
    class: s.string().optional(),
    maxPoints: parNumber.optional(),
    change: rowChange.optional(),
    prior: rowPrior.optional(),
  })
  .as<ParTableRow>();

/** The keys of {@link AuditParTableOptions}. @internal */
export const AUDIT_PAR_TABLE_OPTION_KEYS = [
  'maxPoints',
  'componentMax',
  'indexDecimals',
  'tolerance',
  'bands',
  'rankBy',
  'printedMean',
  'location',
  'of',
  'locale',
  'approximateTolerance',
  'prior',
  'priorOf',
  'changeReading',
  'sumComponents',
  'date',
  'period',
] as const;

/**
 * Schema of {@link AuditParTableOptions} (the classification `bands` is checked by `classify`).
 *
 * @example
 * ```ts
 * import { AuditParTableOptionsSchema } from 'cchc';
 * AuditParTableOptionsSchema.safeParse({ indexDecimals: 2, rankBy: 'total' }).success; // true
 * AuditParTableOptionsSchema.safeParse({ indexDecimal: 2 }).success; // false (UNKNOWN_KEY, did you mean 'indexDecimals'?)
 * ```
 *
 * @category Audits
 */
export const AuditParTableOptionsSchema: s.Schema<AuditParTableOptions> = s
  .object({
    maxPoints: parNumber.optional(),
    componentMax: s.record(s.string(), parNumber).optional(),
    indexDecimals: s.int().min(0).max(20).optional(),
    tolerance: parNumber.optional(),
    bands: s.unknown().optional(),
    rankBy: s.oneOf(['index', 'total']).optional(),
    printedMean: parNumber.optional(),
    location: s.string().optional(),
    of: s.int().min(1).optional(),
    locale: s.oneOf(['vi', 'en']).optional(),
    approximateTolerance: s.number().min(0).max(1).optional(),
    prior: s.array(s.lazy('ParTableRow', () => ParTableRowSchema)).optional(),
    priorOf: s.int().min(1).optional(),
    changeReading: changeReading.optional(),
    sumComponents: s.boolean().optional(),
    date: IsoDateSchema.optional(),
    period: s.unknown().optional(),
  })
  .as<AuditParTableOptions>();

// ——— printed figures, changes (issue 16) ———

/**
 * Schema of {@link ChangeInput}.
 *
 * @example
 * ```ts
 * import { ChangeInputSchema } from 'cchc';
 * ChangeInputSchema.safeParse({ label: { vi: 'x', en: 'x' }, current: '88,33%', prior: '86,62%', change: 'cao hơn 1,71%' }).success; // true
 * ChangeInputSchema.safeParse({ label: { vi: 'x', en: 'x' }, curent: 1, change: 'tăng 1 điểm' }).success; // false (UNKNOWN_KEY, did you mean 'current'?)
 * ```
 *
 * @category Audits
 */
export const ChangeInputSchema: s.Schema<ChangeInput> = s
  .object({
    ...auditTargetShape,
    current: printedFigure.optional(),
    prior: printedFigure.optional(),
    change: printedFigure,
    reading: changeReading.optional(),
    of: s.int().min(1).optional(),
    decimals: s.int().min(0).max(20).optional(),
  })
  .check(requireLabel(true))
  .as<ChangeInput>();

/**
 * Schema of {@link SipasTableRow}.
 *
 * @example
 * ```ts
 * import { SipasTableRowSchema } from 'cchc';
 * SipasTableRowSchema.safeParse({ unit: 'Gia Lai', index: '83,84%', rank: 'thứ 19' }).success; // true
 * SipasTableRowSchema.safeParse({ unit: 'Gia Lai', indx: '83,84%' }).success; // false (UNKNOWN_KEY, did you mean 'index'?)
 * ```
 *
 * @category Audits
 */
export const SipasTableRowSchema: s.Schema<SipasTableRow> = s
  .object({
    unit: s.string().min(1),
    index: printedFigure.optional(),
    score: printedFigure.optional(),
    components: s
      .record(s.string(), s.union([printedFigure, s.object({ percent: printedFigure.optional(), score: printedFigure.optional() })]))
      .optional(),
    rank: rankInput.optional(),
    change: rowChange.optional(),
    prior: rowPrior.optional(),
  })
  .as<SipasTableRow>();

/**
 * Schema of {@link AuditSipasTableOptions}.
 *
 * @example
 * ```ts
 * import { AuditSipasTableOptionsSchema } from 'cchc';
 * AuditSipasTableOptionsSchema.safeParse({ of: 63, overall: 'within' }).success; // true
 * AuditSipasTableOptionsSchema.safeParse({ overall: 'average' }).success; // false
 * ```
 *
 * @category Audits
 */
export const AuditSipasTableOptionsSchema: s.Schema<AuditSipasTableOptions> = s
  .object({
    of: s.int().min(1).optional(),
    overall: s.oneOf(['independent', 'within', 'mean']).optional(),
    scoreScale: s.number().min(0).optional(),
    printedMean: printedFigure.optional(),
    prior: s.array(s.unknown()).optional(),
    priorOf: s.int().min(1).optional(),
    changeReading: changeReading.optional(),
    locale: s.oneOf(['vi', 'en']).optional(),
    approximateTolerance: s.number().min(0).max(1).optional(),
    location: s.string().optional(),
  })
  .check((o, path, ctx) => {
    if (o.scoreScale !== undefined && !(o.scoreScale > 0)) {
      ctx.issues.push(
        issue(
          'INVALID_INPUT',
          [...path, 'scoreScale'],
          viCore.INVALID_INPUT__range({ min: '> 0', max: '∞', received: show(o.scoreScale) }),
          enCore.INVALID_INPUT__range({ min: '> 0', max: '∞', received: show(o.scoreScale) }),
          o.scoreScale,
        ),
      );
    }
  })
  .as<AuditSipasTableOptions>();

/**
 * Schema of {@link ImpliedBaseInput}.
 *
 * @example
 * ```ts
 * import { ImpliedBaseInputSchema } from 'cchc';
 * ImpliedBaseInputSchema.safeParse({ label: { vi: 'x', en: 'x' }, part: '12.400 người', rate: '11,25%' }).success; // true
 * ImpliedBaseInputSchema.safeParse({ label: { vi: 'x', en: 'x' }, part: 1, rat: '1%' }).success; // false
 * ```
 *
 * @category Audits
 */
export const ImpliedBaseInputSchema: s.Schema<ImpliedBaseInput> = s
  .object({
    ...auditTargetShape,
    part: printedFigure,
    rate: printedFigure,
    base: printedFigure.optional(),
    atMost: printedFigure.optional(),
    atLeast: printedFigure.optional(),
    unit: s.oneOf(['count', 'amount']).optional(),
    parts: s
      .array(s.object({ label: BilingualTextSchema.optional(), part: printedFigure.optional(), rate: printedFigure }))
      .min(1)
      .optional(),
  })
  .check(requireLabel(true))
  .as<ImpliedBaseInput>();

const taskRate = s.union([
  printedText,
  s.object({ text: printedText, denominator: s.oneOf(['assigned', 'due', 'completed', 'not-completed']).optional() }),
]);

/**
 * Schema of {@link TaskSummaryInput}.
 *
 * @example
 * ```ts
 * import { TaskSummaryInputSchema } from 'cchc';
 * TaskSummaryInputSchema.safeParse({ label: { vi: 'x', en: 'x' }, completed: '28/32', printed: { completedRate: '87,5%' } }).success; // true
 * TaskSummaryInputSchema.safeParse({ label: { vi: 'x', en: 'x' }, complete: 28 }).success; // false (UNKNOWN_KEY, did you mean 'completed'?)
 * ```
 *
 * @category Audits
 */
export const TaskSummaryInputSchema: s.Schema<TaskSummaryInput> = s
  .object({
    ...auditTargetShape,
    assigned: printedFigure.optional(),
    completed: s
      .union([
        printedFigure,
        s.object({ total: printedFigure.optional(), onTime: printedFigure.optional(), late: printedFigure.optional() }),
      ])
      .optional(),
    notCompleted: s
      .union([
        printedFigure,
        s.object({ total: printedFigure.optional(), withinDeadline: printedFigure.optional(), overdue: printedFigure.optional() }),
      ])
      .optional(),
    due: printedFigure.optional(),
    printed: s
      .object({
        completedRate: taskRate.optional(),
        onTimeRate: taskRate.optional(),
        lateRate: taskRate.optional(),
        overdueRate: taskRate.optional(),
        notCompletedRate: taskRate.optional(),
      })
      .optional(),
  })
  .check(requireLabel(true))
  .as<TaskSummaryInput>();
