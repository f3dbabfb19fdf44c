// Exported schemas of the par module (kit schemas, strict: an unknown key is UNKNOWN_KEY with a suggestion), in their
// own module so that importing a function never builds them. The functions check the same shapes with the PAR codes.
import { Decimal as DecimalClass } from 'decimal.js';
import { issue, type CchcPath } from '../core/errors.js';
import * as s from '../core/schema.js';
import { BilingualTextSchema, RateInputSchema, RoundingModeSchema, SourceRefSchema } from '../core/schemas.js';
import type { RateInput } from '../core/rate-input.js';
import type { RatioLike } from '../core/ratio.js';
import * as vi from '../core/messages/vi/par.js';
import * as en from '../core/messages/en/par.js';
import { CODE_PATTERN } from './_internal/read.js';
import { methodologySourceSchema } from './_internal/source-schema.js';
import type { ClassBandSpec, ClassScheme } from './class-scheme.js';
import type { CompareAssessmentsInput, CompareAssessmentsOptions } from './compare-assessments.js';
import type { GradeDistributionOptions } from './grade-distribution.js';
import { MAX_CODE_LENGTH, MAX_METHODOLOGY_DEPTH } from './limits.js';
import type { LostPointsOptions } from './lost-points.js';
import type { MethodologyNodeSpec, MethodologySource, MethodologySpec, NodeRole } from './methodology.js';
import type { MethodologyFromRowsOptions, MethodologyRow, MethodologyToRowsOptions } from './methodology-rows.js';
import type { RankTargetInput } from './rank-target.js';
import type { RankItem, RankUnitsOptions } from './rank-units.js';
import type { LeafRuleSpec, ParChannel, ParNumberInput, WhenEmpty } from './rule.js';
import type { AssessmentInputs, LeafInput, ScoreAssessmentOptions } from './score-assessment.js';

const finiteDecimal = s.guard<DecimalClass>(
  'decimal',
  (v): v is DecimalClass => DecimalClass.isDecimal(v) && (v as DecimalClass).isFinite(),
  'một Decimal hữu hạn',
  'a finite Decimal',
  { type: 'number' },
);
const bigint = s.guard<bigint>('bigint', (v): v is bigint => typeof v === 'bigint', 'một bigint', 'a bigint', { type: 'integer' });
const ratioLike = s.guard<RatioLike>(
  'ratio',
  (v): v is RatioLike => typeof v === 'object' && v !== null && Object.hasOwn(v, 'value') && DecimalClass.isDecimal((v as RatioLike).value),
  'một tỷ lệ (kết quả của ratio())',
  'a ratio (from ratio())',
  { type: 'object' },
);

/** A variant of a discriminated union (the kit's constraint is invariant in the object's type). */
const variant = <S extends s.Shape>(o: s.ObjectSchema<S>): s.ObjectSchema<s.Shape, unknown> =>
  o as unknown as s.ObjectSchema<s.Shape, unknown>;

/**
 * Schema of {@link ParChannel}.
 *
 * @example
 * ```ts
 * import { ParChannelSchema } from 'cchc';
 * ParChannelSchema.safeParse('survey').success; // true
 * ```
 *
 * @category PAR INDEX
 */
export const ParChannelSchema: s.Schema<ParChannel> = s.oneOf(['assessed', 'survey']);

/**
 * Schema of {@link ParNumberInput}: a finite number, a bigint, a Decimal or a text (read in Vietnamese notation).
 *
 * @example
 * ```ts
 * import { ParNumberInputSchema } from 'cchc';
 * ParNumberInputSchema.safeParse('0,5').success; // true
 * ```
 *
 * @category PAR INDEX
 */
export const ParNumberInputSchema: s.Schema<ParNumberInput> = s.union([
  s.number(),
  bigint,
  finiteDecimal,
  s.string(),
]) as s.Schema<ParNumberInput>;

const whenEmptySchema: s.Schema<WhenEmpty> = s.oneOf(['max', 'zero', 'not-applicable']);

/** A percent band's bound: a number or text as ParNumberInput, or any RateInput ("90%", a Ratio). */
const bandBound = s.union([ParNumberInputSchema, RateInputSchema]) as s.Schema<ParNumberInput | RateInput>;

/**
 * Schema of {@link LeafRuleSpec} in object form (the text form is any string; see {@link parseRuleText}). Strict: a
 * typo in a key (`minInclusiv`) is `UNKNOWN_KEY` with a suggestion.
 *
 * @example
 * ```ts
 * import { LeafRuleSpecSchema } from 'cchc';
 * LeafRuleSpecSchema.safeParse({ kind: 'tiered', tiers: [{ outcome: 'Đạt', points: 1 }] }).success; // true
 * LeafRuleSpecSchema.safeParse({ kind: 'tiered', tier: [] }).success; // false (UNKNOWN_KEY tier, did you mean 'tiers'?)
 * ```
 *
 * @category PAR INDEX
 */
export const LeafRuleSpecSchema: s.Schema<LeafRuleSpec> = s.discriminatedUnion('kind', [
  variant(s.object({ kind: s.literal('manual') })),
  variant(s.object({ kind: s.literal('binary') })),
  variant(
    s.object({ kind: s.literal('tiered'), tiers: s.array(s.object({ outcome: s.string().min(1), points: ParNumberInputSchema })).min(1) }),
  ),
  variant(
    s.object({
      kind: s.literal('percent-bands'),
      bands: s
        .array(
          s.object({
            min: bandBound,
            minInclusive: s.boolean().optional(),
            max: bandBound.optional(),
            maxInclusive: s.boolean().optional(),
            points: ParNumberInputSchema,
          }),
        )
        .min(1),
      whenEmpty: whenEmptySchema.optional(),
      share: s.boolean().optional(),
    }),
  ),
  variant(
    s.object({
      kind: s.literal('proportional'),
      fullAt: bandBound.optional(),
      whenEmpty: whenEmptySchema.optional(),
      share: s.boolean().optional(),
    }),
  ),
  variant(s.object({ kind: s.literal('survey') })),
]) as unknown as s.Schema<LeafRuleSpec>;

/**
 * Schema of {@link NodeRole}.
 *
 * @example
 * ```ts
 * import { NodeRoleSchema } from 'cchc';
 * NodeRoleSchema.safeParse('bonus').success; // true
 * ```
 *
 * @category PAR INDEX
 */
export const NodeRoleSchema: s.Schema<NodeRole> = s.oneOf(['regular', 'bonus', 'penalty']);

const codeSchema = s
  .string()
  .max(MAX_CODE_LENGTH)
  .regex(
    CODE_PATTERN,
    'Mã gồm các đoạn chữ/số nối bằng dấu chấm ("1", "1.1", "1.1.2")',
    'A code is dotted segments of letters and digits ("1", "1.1", "1.1.2")',
  );

/**
 * Report the first node deeper than MAX_METHODOLOGY_DEPTH in `nodes`, whose level is `depth` (an explicit stack: any
 * depth is safe).
 */
function checkDepth(nodes: readonly unknown[], path: CchcPath, depth: number, ctx: s.SchemaContext): void {
  const stack: { list: readonly unknown[]; path: CchcPath; depth: number }[] = [{ list: nodes, path, depth }];
  while (stack.length > 0) {
    const { list, path: p, depth: level } = stack.pop()!;
    for (let i = 0; i < list.length; i++) {
      const n = list[i] as { children?: unknown };
      if (level > MAX_METHODOLOGY_DEPTH) {
        const q = { max: MAX_METHODOLOGY_DEPTH };
        ctx.issues.push(issue('INPUT_TOO_DEEP', [...p, i], vi.INPUT_TOO_DEEP__parMethodology(q), en.INPUT_TOO_DEEP__parMethodology(q)));
        return;
      }
      if (Array.isArray(n.children)) stack.push({ list: n.children, path: [...p, i, 'children'], depth: level + 1 });
    }
  }
}

/**
 * Schema of {@link MethodologyNodeSpec} (recursive; at most {@link MAX_METHODOLOGY_DEPTH} levels).
 *
 * @example
 * ```ts
 * import { MethodologyNodeSpecSchema } from 'cchc';
 * MethodologyNodeSpecSchema.safeParse({ code: '1.2', name: 'Báo cáo CCHC', maxPoints: 2, children: [{ code: '1.2.1', name: 'Đúng hạn', maxPoints: 2, rule: 'binary' }] }).success; // true
 * MethodologyNodeSpecSchema.safeParse({ code: '1', name: 'A', maxPoint: 2, rule: 'manual' }).success; // false (UNKNOWN_KEY maxPoint)
 * ```
 *
 * @category PAR INDEX
 */
export const MethodologyNodeSpecSchema: s.Schema<MethodologyNodeSpec> = s
  .lazy<MethodologyNodeSpec>('MethodologyNodeSpec', () => nodeObject)
  .check((node, path, ctx) => {
    if (Array.isArray(node.children)) checkDepth(node.children, [...path, 'children'], 2, ctx);
  });
/** One node below another (the recursion of the tree; one definition in JSON Schema). */
const childNode: s.Schema<MethodologyNodeSpec> = s.lazy<MethodologyNodeSpec>('MethodologyNodeSpec', () => nodeObject);
const nodeObject: s.Schema<MethodologyNodeSpec> = s.object({
  code: codeSchema,
  name: s.string().min(1),
  nameEn: s.string().optional(),
  maxPoints: ParNumberInputSchema,
  channel: ParChannelSchema.optional(),
  mayBeNotApplicable: s.boolean().optional(),
  role: NodeRoleSchema.optional(),
  rule: s.union([LeafRuleSpecSchema, s.string()]).optional(),
  note: s.string().optional(),
  children: s.array(childNode).optional(),
  atUnitLevel: s.record(s.string().min(1), s.oneOf(['max', 'inherited', 'not-applicable'])).optional(),
  allocation: s.oneOf(['known', 'unknown']).optional(),
  parts: s
    .array(
      s.object({
        code: codeSchema,
        name: s.string().min(1),
        nameEn: s.string().optional(),
        maxPoints: ParNumberInputSchema.nullish(),
        note: s.string().optional(),
      }),
    )
    .optional(),
}) as unknown as s.Schema<MethodologyNodeSpec>;

const leafRoundingSchema = s.object({ decimals: s.int().min(0).max(20), mode: RoundingModeSchema.optional() });

/**
 * Schema of a methodology's source: a {@link SourceRef}, or its 0.1 form with `issued` for `date`.
 *
 * @deprecated Use `SourceRefSchema` (0.2); `issued` is still accepted here as the old name of `date`.
 *
 * @example
 * ```ts
 * import { MethodologySourceSchema } from 'cchc';
 * MethodologySourceSchema.safeParse({ document: 'Quyết định 876/QĐ-BNV', issued: '2022-11-10' }).success; // true
 * ```
 *
 * @category PAR INDEX
 */
export const MethodologySourceSchema: s.Schema<MethodologySource> = methodologySourceSchema();

/**
 * Schema of {@link MethodologySpec}: the shape only (`defineMethodology` checks much more: sums, codes, rules). Strict
 * at every level, at most {@link MAX_METHODOLOGY_DEPTH} levels deep.
 *
 * @example
 * ```ts
 * import { MethodologySpecSchema } from 'cchc';
 * import { caMau2013Fragment } from 'cchc/datasets';
 * MethodologySpecSchema.safeParse(caMau2013Fragment).success; // true
 * MethodologySpecSchema.safeParse({ ...caMau2013Fragment, clamptotal: false }).success; // false (did you mean 'clampTotal'?)
 * ```
 *
 * @category PAR INDEX
 */
export const MethodologySpecSchema: s.Schema<MethodologySpec> = s
  .object({
    id: s.string().min(1),
    name: s.string(),
    maxPoints: ParNumberInputSchema.optional(),
    clampTotal: s.boolean().optional(),
    sources: s.array(MethodologySourceSchema).optional(),
    notes: s.array(s.string()).optional(),
    unitLevels: s.array(s.string().min(1)).optional(),
    rounding: leafRoundingSchema.optional(),
    nodes: s.array(childNode).min(1),
  })
  .check((spec, path, ctx) => checkDepth(spec.nodes, [...path, 'nodes'], 1, ctx)) as unknown as s.Schema<MethodologySpec>;

/**
 * Schema of {@link MethodologyRow} (a row of an annex spreadsheet; empty cells may be `''` or `null`).
 *
 * @example
 * ```ts
 * import { MethodologyRowSchema } from 'cchc';
 * MethodologyRowSchema.safeParse({ code: '1.1', name: 'Kế hoạch CCHC năm', maxPoints: '5' }).success; // true
 * MethodologyRowSchema.safeParse({ code: '1.1', name: 'Kế hoạch CCHC năm', maxpoints: '5' }).success; // false (UNKNOWN_KEY)
 * ```
 *
 * @category PAR INDEX
 */
export const MethodologyRowSchema: s.Schema<MethodologyRow> = s.object({
  code: codeSchema,
  name: s.string().min(1),
  maxPoints: ParNumberInputSchema,
  rule: s.union([LeafRuleSpecSchema, s.string()]).nullish(),
  channel: s.union([ParChannelSchema, s.literal('')]).nullish(),
  mayBeNotApplicable: s.boolean().nullish(),
  role: s.union([NodeRoleSchema, s.literal('')]).nullish(),
  nameEn: s.string().nullish(),
  note: s.string().nullish(),
}) as unknown as s.Schema<MethodologyRow>;

/**
 * Schema of {@link MethodologyFromRowsOptions}.
 *
 * @example
 * ```ts
 * import { MethodologyFromRowsOptionsSchema } from 'cchc';
 * MethodologyFromRowsOptionsSchema.safeParse({ id: 'x', defaultRule: 'manual' }).success; // true
 * ```
 *
 * @category PAR INDEX
 */
export const MethodologyFromRowsOptionsSchema: s.Schema<MethodologyFromRowsOptions> = s.object({
  id: s.string().min(1).optional(),
  name: s.string().optional(),
  maxPoints: ParNumberInputSchema.optional(),
  clampTotal: s.boolean().optional(),
  sources: s.array(MethodologySourceSchema).optional(),
  notes: s.array(s.string()).optional(),
  unitLevels: s.array(s.string().min(1)).optional(),
  rounding: leafRoundingSchema.optional(),
  defaultRule: s.union([LeafRuleSpecSchema, s.string()]).optional(),
}) as unknown as s.Schema<MethodologyFromRowsOptions>;

/**
 * Schema of {@link MethodologyToRowsOptions}.
 *
 * @example
 * ```ts
 * import { MethodologyToRowsOptionsSchema } from 'cchc';
 * MethodologyToRowsOptionsSchema.safeParse({ format: 'csv' }).success; // false
 * ```
 *
 * @category PAR INDEX
 */
export const MethodologyToRowsOptionsSchema: s.Schema<MethodologyToRowsOptions> = s.object({
  format: s.oneOf(['values', 'text']).optional(),
});

const leafExtras = { note: s.string().optional(), evidence: s.unknown().optional() };
const legacyRate = s.union([RateInputSchema, ParNumberInputSchema]);

/**
 * Schema of {@link LeafInput}: `{ rate }` takes any rate input (`ratio(46, 50)`, `{ numerator, denominator }`, 0.92,
 * "92%"); `{ ratio }` and `{ share }` are the deprecated 0.1 names.
 *
 * @example
 * ```ts
 * import { LeafInputSchema } from 'cchc';
 * LeafInputSchema.safeParse({ rate: '92%' }).success; // true
 * LeafInputSchema.safeParse({ numerator: 46, denominator: 50 }).success; // true
 * LeafInputSchema.safeParse({ rate: '92' }).success; // false (a rate text needs its "%")
 * ```
 *
 * @category PAR INDEX
 */
export const LeafInputSchema: s.Schema<LeafInput> = s.union([
  s.object({ points: ParNumberInputSchema, ...leafExtras }),
  s.object({ met: s.boolean(), ...leafExtras }),
  s.object({ outcome: s.string(), ...leafExtras }),
  s.object({ rate: s.union([RateInputSchema, finiteDecimal]), ...leafExtras }),
  s.object({ numerator: ParNumberInputSchema, denominator: ParNumberInputSchema, ...leafExtras }),
  s.object({ ratio: legacyRate.describe('Deprecated (0.2): use rate.'), ...leafExtras }),
  s.object({ share: legacyRate.describe('Deprecated (0.2): use rate.'), ...leafExtras }),
]) as unknown as s.Schema<LeafInput>;

/**
 * Schema of {@link AssessmentInputs}.
 *
 * @example
 * ```ts
 * import { AssessmentInputsSchema } from 'cchc';
 * AssessmentInputsSchema.safeParse({ '1.1': { met: true }, '1.2': 'not-applicable' }).success; // true
 * ```
 *
 * @category PAR INDEX
 */
export const AssessmentInputsSchema: s.Schema<AssessmentInputs> = s.record(
  s.string(),
  s.union([s.literal('not-applicable'), LeafInputSchema]),
) as unknown as s.Schema<AssessmentInputs>;

/**
 * Schema of {@link ScoreAssessmentOptions}.
 *
 * @example
 * ```ts
 * import { ScoreAssessmentOptionsSchema } from 'cchc';
 * ScoreAssessmentOptionsSchema.safeParse({ only: 'survey' }).success; // true
 * ScoreAssessmentOptionsSchema.safeParse({ onyl: 'survey' }).success; // false (did you mean 'only'?)
 * ```
 *
 * @category PAR INDEX
 */
export const ScoreAssessmentOptionsSchema: s.Schema<ScoreAssessmentOptions> = s.object({
  only: ParChannelSchema.optional(),
  unitLevel: s.string().min(1).optional(),
  exclude: s.array(s.string()).optional(),
});

/**
 * Schema of {@link CompareAssessmentsInput}.
 *
 * @example
 * ```ts
 * import { CompareAssessmentsInputSchema } from 'cchc';
 * CompareAssessmentsInputSchema.safeParse({ selfAssessment: { '1': { met: true } }, appraisal: { '1': 'not-applicable' } }).success; // true
 * ```
 *
 * @category PAR INDEX
 */
export const CompareAssessmentsInputSchema: s.Schema<CompareAssessmentsInput> = s.object({
  selfAssessment: AssessmentInputsSchema,
  appraisal: AssessmentInputsSchema,
});

/**
 * Schema of {@link CompareAssessmentsOptions}.
 *
 * @example
 * ```ts
 * import { CompareAssessmentsOptionsSchema } from 'cchc';
 * CompareAssessmentsOptionsSchema.safeParse({ channel: 'survey' }).success; // true
 * ```
 *
 * @category PAR INDEX
 */
export const CompareAssessmentsOptionsSchema: s.Schema<CompareAssessmentsOptions> = s.object({
  channel: s.oneOf(['assessed', 'survey', 'all']).optional(),
  unitLevel: s.string().min(1).optional(),
});

const classBound = s.union([ParNumberInputSchema, ratioLike]);

/**
 * Schema of {@link ClassBandSpec}: a band labelled with a `title` `{ vi, en }` (or the 0.1 `label` / `labelEn`).
 *
 * @example
 * ```ts
 * import { ClassBandSchema } from 'cchc';
 * ClassBandSchema.safeParse({ key: 'B', title: { vi: 'Nhóm B', en: 'Group B' }, min: 80, max: 90 }).success; // true
 * ClassBandSchema.safeParse({ key: 'B', label: 'Nhóm B', min: 80, max: 90 }).success; // true
 * ClassBandSchema.safeParse({ key: 'B', label: 'Nhóm B', min: 80, maxInclusiv: true }).success; // false (UNKNOWN_KEY)
 * ```
 *
 * @category PAR INDEX
 */
export const ClassBandSchema: s.Schema<ClassBandSpec> = s
  .object({
    key: s.string().min(1),
    title: BilingualTextSchema.optional(),
    label: s.string().min(1).optional(),
    labelEn: s.string().optional(),
    min: classBound,
    minInclusive: s.boolean().optional(),
    max: classBound.nullish(),
    maxInclusive: s.boolean().optional(),
    verified: s.boolean().optional(),
    note: s.string().optional(),
  })
  .refine(
    (b) => b.title !== undefined || b.label !== undefined,
    () => ({
      code: 'PAR_INVALID_BAND',
      vi: vi.PAR_INVALID_BAND__label({ received: 'undefined' }),
      en: en.PAR_INVALID_BAND__label({ received: 'undefined' }),
    }),
  ) as unknown as s.Schema<ClassBandSpec>;

/**
 * Schema of {@link ClassScheme} (sources as {@link SourceRef}s; a string is the deprecated 0.1 shape).
 *
 * @example
 * ```ts
 * import { ClassSchemeSchema, PAR_INDEX_GROUPS } from 'cchc';
 * ClassSchemeSchema.safeParse(PAR_INDEX_GROUPS).success; // true
 * ```
 *
 * @category PAR INDEX
 */
export const ClassSchemeSchema: s.Schema<ClassScheme> = s.object({
  id: s.string().min(1),
  name: s.string(),
  basis: s.string().optional(),
  sources: s.array(s.union([SourceRefSchema, s.string()])),
  bands: s.array(ClassBandSchema).min(1),
  unknownBands: s
    .array(s.object({ key: s.string(), title: BilingualTextSchema.optional(), label: s.string().optional(), note: s.string() }))
    .optional(),
  notes: s.array(s.string()).optional(),
}) as unknown as s.Schema<ClassScheme>;

/**
 * Schema of {@link RankItem}. Open by design: other fields of an item are kept in the result of `rankUnits`.
 *
 * @example
 * ```ts
 * import { RankItemSchema } from 'cchc';
 * RankItemSchema.safeParse({ id: 'Quảng Ninh', value: '91,14' }).success; // true
 * ```
 *
 * @category PAR INDEX
 */
export const RankItemSchema: s.Schema<RankItem> = s
  .object({ id: s.union([s.string().min(1), s.number()]), value: ParNumberInputSchema })
  .loose() as unknown as s.Schema<RankItem>;

/**
 * Schema of {@link RankUnitsOptions}.
 *
 * @example
 * ```ts
 * import { RankUnitsOptionsSchema } from 'cchc';
 * RankUnitsOptionsSchema.safeParse({ order: 'asc' }).success; // true
 * RankUnitsOptionsSchema.safeParse({ rounding: 'toString' }).success; // false
 * ```
 *
 * @category PAR INDEX
 */
export const RankUnitsOptionsSchema: s.Schema<RankUnitsOptions> = s.object({
  order: s.oneOf(['desc', 'asc']).optional(),
  decimals: s.int().min(0).max(20).optional(),
  rounding: RoundingModeSchema.optional(),
});

/**
 * Schema of {@link GradeDistributionOptions}.
 *
 * @example
 * ```ts
 * import { GradeDistributionOptionsSchema } from 'cchc';
 * GradeDistributionOptionsSchema.safeParse({ decimals: 21 }).success; // false
 * ```
 *
 * @category PAR INDEX
 */
export const GradeDistributionOptionsSchema: s.Schema<GradeDistributionOptions> = s.object({ decimals: s.int().min(0).max(20).optional() });

/**
 * Schema of the values of {@link gradeDistribution} (index values in percent points, or rate objects).
 *
 * @example
 * ```ts
 * import { GradeDistributionValuesSchema } from 'cchc';
 * GradeDistributionValuesSchema.safeParse([84.58, '79,04']).success; // true
 * ```
 *
 * @category PAR INDEX
 */
export const GradeDistributionValuesSchema: s.Schema<readonly (ParNumberInput | RatioLike)[]> = s.array(classBound) as unknown as s.Schema<
  readonly (ParNumberInput | RatioLike)[]
>;

/**
 * Schema of {@link RankTargetInput}.
 *
 * @example
 * ```ts
 * import { RankTargetInputSchema } from 'cchc';
 * RankTargetInputSchema.safeParse({ rank: 0, of: 63, target: { from: 25, to: 30 } }).success; // false
 * ```
 *
 * @category PAR INDEX
 */
export const RankTargetInputSchema: s.Schema<RankTargetInput> = s.object({
  rank: s.int().min(1),
  of: s.int().min(1),
  target: s.object({ from: s.int().min(1), to: s.int().min(1) }),
});

/**
 * Schema of {@link LostPointsOptions}.
 *
 * @example
 * ```ts
 * import { LostPointsOptionsSchema } from 'cchc';
 * LostPointsOptionsSchema.safeParse({ level: 'criterion' }).success; // true
 * ```
 *
 * @category PAR INDEX
 */
export const LostPointsOptionsSchema: s.Schema<LostPointsOptions> = s.object({
  level: s.oneOf(['leaf', 'area', 'criterion', 'sub-criterion']).optional(),
  includeZero: s.boolean().optional(),
  recovery: s.object({ methodology: s.unknown(), inputs: AssessmentInputsSchema }).optional(),
}) as unknown as s.Schema<LostPointsOptions>;
