// Exported schemas of the indicator functions (definitions, targets, values, options). Every object schema is strict:
// an unknown key is `UNKNOWN_KEY` with a suggestion ("did you mean 'denominator'?").
import * as s from '../core/schema.js';
import { issue, type CchcIssue, type CchcPath } from '../core/errors.js';
import { BilingualTextSchema, IsoDateSchema, RoundingModeSchema, SourceRefSchema } from '../core/schemas.js';
import type { SourceRef } from '../core/source-ref.js';
import type { DecimalInput } from '../core/decimal.js';
import type { RateInput } from '../core/rate-input.js';
import { percentPoints, quantity, rate } from '../core/fields.js';
import type { EvaluateIndicatorOptions, IndicatorValues } from './evaluate-indicator.js';
import type { IndicatorSpec, IndicatorTarget } from './define-indicator.js';
import * as vi from '../core/messages/vi/indicator.js';
import * as en from '../core/messages/en/indicator.js';

/** Whether two citations say the same (a deprecated `source` must repeat `sources[0]`). */
function sameSource(a: SourceRef, b: SourceRef): boolean {
  const keys = ['document', 'date', 'article', 'url', 'reliability', 'verified', 'note'] as const;
  return keys.every((k) => a[k] === b[k]);
}

function conflictIssue(path: CchcPath, key: string, current: string, received: unknown): CchcIssue {
  const p = { key, current };
  return issue(
    'INVALID_INDICATOR',
    path,
    vi.INVALID_INDICATOR__deprecatedConflict(p),
    en.INVALID_INDICATOR__deprecatedConflict(p),
    received,
  );
}

/**
 * Schema of {@link IndicatorTarget} (strict). `sources` cite it; the deprecated `source` is still read (it must then
 * be `sources[0]`).
 *
 * @example
 * ```ts
 * import { IndicatorTargetSchema } from 'cchc';
 * IndicatorTargetSchema.safeParse({ value: 30 }).success; // true
 * IndicatorTargetSchema.issuesOf({ value: 30, inclusiv: false })[0]?.suggestion; // 'inclusive'
 * ```
 *
 * @category Indicators
 */
export const IndicatorTargetSchema: s.Schema<IndicatorTarget> = s
  .object({
    value: s.number().min(0),
    inclusive: s.boolean().optional(),
    deadlineYear: s.int().min(1900).max(2200).optional(),
    sources: s.array(SourceRefSchema).optional(),
    source: SourceRefSchema.optional().describe('Deprecated: use sources'),
  })
  .check((t, path, ctx) => {
    if (t.source !== undefined && t.sources !== undefined && !(t.sources[0] !== undefined && sameSource(t.source, t.sources[0]))) {
      ctx.issues.push(conflictIssue([...path, 'source'], 'source', 'sources[0]', t.source));
    }
  }) as s.Schema<IndicatorTarget>;

/** The validity of a definition: bounds inclusive, each optional (open), never reversed. */
const ValiditySchema = s.object({ start: IsoDateSchema.optional(), end: IsoDateSchema.optional() }).check((r, path, ctx) => {
  if (r.start !== undefined && r.end !== undefined && r.end < r.start) {
    const p = { start: r.start, end: r.end, startKey: 'start', endKey: 'end' };
    ctx.issues.push(
      issue(
        'INVALID_DATE_RANGE',
        [...path, 'end'],
        vi.INVALID_DATE_RANGE__indicatorValidity(p),
        en.INVALID_DATE_RANGE__indicatorValidity(p),
        r.end,
      ),
    );
  }
});

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The cross-field rules of a spec (run when every field has the right shape). */
function checkSpec(spec: IndicatorSpec, path: CchcPath, ctx: s.SchemaContext): void {
  const o = spec as IndicatorSpec & Record<string, unknown>;
  const at = (...keys: (string | number)[]) => [...path, ...keys];
  const push = (it: CchcIssue) => ctx.issues.push(it);
  // Name: `name`, or the deprecated `nameVi` + `nameEn` (which, when given with `name`, must repeat it).
  if (o.name === undefined && (o.nameVi === undefined || o.nameEn === undefined)) {
    push(issue('INVALID_INDICATOR', at('name'), vi.INVALID_INDICATOR__noName(), en.INVALID_INDICATOR__noName()));
  }
  if (o.name !== undefined) {
    const name = o.name as { vi: string; en: string };
    if (o.nameVi !== undefined && o.nameVi !== name.vi) push(conflictIssue(at('nameVi'), 'nameVi', 'name.vi', o.nameVi));
    if (o.nameEn !== undefined && o.nameEn !== name.en) push(conflictIssue(at('nameEn'), 'nameEn', 'name.en', o.nameEn));
  }
  // Sources: `sources` (at least one), or the deprecated `source`.
  const sources = o.sources as readonly SourceRef[] | undefined;
  if (sources === undefined && o.source === undefined)
    push(issue('INVALID_INDICATOR', at('sources'), vi.INVALID_INDICATOR__noSource(), en.INVALID_INDICATOR__noSource()));
  if (sources !== undefined && sources.length === 0)
    push(issue('INVALID_INDICATOR', at('sources'), vi.INVALID_INDICATOR__noSource(), en.INVALID_INDICATOR__noSource()));
  if (sources !== undefined && sources[0] !== undefined && o.source !== undefined && !sameSource(o.source as SourceRef, sources[0])) {
    push(conflictIssue(at('source'), 'source', 'sources[0]', o.source));
  }
  // Validity: `validity { start, end }`, or the deprecated `validFrom` / `validUntil`.
  const validity = o.validity as { start?: string; end?: string } | undefined;
  if (validity !== undefined) {
    if (o.validFrom !== undefined && o.validFrom !== validity.start)
      push(conflictIssue(at('validFrom'), 'validFrom', 'validity.start', o.validFrom));
    if (o.validUntil !== undefined && o.validUntil !== validity.end)
      push(conflictIssue(at('validUntil'), 'validUntil', 'validity.end', o.validUntil));
  } else if (typeof o.validFrom === 'string' && typeof o.validUntil === 'string' && o.validUntil < o.validFrom) {
    const p = { start: o.validFrom, end: o.validUntil, startKey: 'validFrom', endKey: 'validUntil' };
    push(
      issue(
        'INVALID_DATE_RANGE',
        at('validUntil'),
        vi.INVALID_DATE_RANGE__indicatorValidity(p),
        en.INVALID_DATE_RANGE__indicatorValidity(p),
        o.validUntil,
      ),
    );
  }
  if (spec.unit === 'percent' && !spec.denominator) {
    push(issue('INVALID_INDICATOR', at('denominator'), vi.INVALID_INDICATOR__noDenominator(), en.INVALID_INDICATOR__noDenominator()));
  }
  if (spec.unit === 'percent' && spec.target && spec.target.value > 100) {
    const p = { value: String(spec.target.value) };
    push(
      issue(
        'INVALID_INDICATOR',
        at('target', 'value'),
        vi.INVALID_INDICATOR__targetAbove100(p),
        en.INVALID_INDICATOR__targetAbove100(p),
        spec.target.value,
      ),
    );
  }
}

/**
 * Schema of {@link IndicatorSpec} (strict), with the rules between fields (a `percent` indicator needs a
 * denominator, a percent target is at most 100, a validity is not reversed, a deprecated field repeats its
 * replacement). The deprecated `nameVi` / `nameEn`, `source`, `validFrom` / `validUntil` are still read.
 *
 * @example
 * ```ts
 * import { IndicatorSpecSchema } from 'cchc';
 * IndicatorSpecSchema.safeParse({ id: 'x' }).success; // false
 * const spec = { id: 'x', name: { vi: 'X', en: 'X' }, numerator: { vi: 'a', en: 'a' }, denominater: { vi: 'b', en: 'b' },
 *   unit: 'percent', direction: 'at-least', sources: [{ document: 'd' }] };
 * IndicatorSpecSchema.issuesOf(spec)[0]?.suggestion; // 'denominator'
 * ```
 *
 * @category Indicators
 */
export const IndicatorSpecSchema: s.Schema<IndicatorSpec> = s
  .object({
    id: s.string().regex(KEBAB, vi.INVALID_INDICATOR__id(), en.INVALID_INDICATOR__id()),
    name: BilingualTextSchema.optional(),
    nameVi: s.string().min(1).optional().describe('Deprecated: use name.vi'),
    nameEn: s.string().min(1).optional().describe('Deprecated: use name.en'),
    numerator: BilingualTextSchema,
    denominator: BilingualTextSchema.optional(),
    unit: s.oneOf(['percent', 'count']),
    target: IndicatorTargetSchema.optional(),
    direction: s.oneOf(['at-least', 'at-most']),
    sources: s.array(SourceRefSchema).optional(),
    source: SourceRefSchema.optional().describe('Deprecated: use sources'),
    validity: ValiditySchema.optional(),
    validFrom: IsoDateSchema.optional().describe('Deprecated: use validity.start'),
    validUntil: IsoDateSchema.optional().describe('Deprecated: use validity.end'),
    decimals: s.int().min(0).max(20).optional(),
    byLevel: s.boolean().optional(),
    share: s.boolean().optional(),
  })
  .check((spec, path, ctx) => checkSpec(spec as unknown as IndicatorSpec, path, ctx)) as unknown as s.Schema<IndicatorSpec>;

/**
 * Schema of {@link IndicatorValues} (strict): `{ numerator, denominator? }`, `{ percent }` (percent points) or
 * `{ rate }` (any rate input: `'65%'`, `0.65`, `ratio(14, 42)`), exactly one form.
 *
 * @example
 * ```ts
 * import { IndicatorValuesSchema } from 'cchc';
 * IndicatorValuesSchema.safeParse({ numerator: 1, denominator: 2 }).success; // true
 * IndicatorValuesSchema.safeParse({ rate: '65%' }).success; // true
 * IndicatorValuesSchema.safeParse({ numerator: 1, percent: 50 }).success; // false
 * IndicatorValuesSchema.issuesOf({ numerator: 1, denominater: 2 })[0]?.suggestion; // 'denominator'
 * ```
 *
 * @category Indicators
 */
export const IndicatorValuesSchema: s.Schema<IndicatorValues> = s
  .object({
    numerator: (quantity() as s.Schema<DecimalInput>).optional(),
    denominator: (quantity() as s.Schema<DecimalInput>).optional(),
    percent: (percentPoints(null) as s.Schema<DecimalInput>).optional(),
    rate: (rate() as s.Schema<RateInput>).optional(),
  })
  .check((v, path, ctx) => {
    const forms = [v.numerator !== undefined || v.denominator !== undefined, v.percent !== undefined, v.rate !== undefined].filter(
      Boolean,
    ).length;
    if (forms !== 1)
      ctx.issues.push(issue('INVALID_INPUT', path, vi.INVALID_INPUT__indicatorValuesForm(), en.INVALID_INPUT__indicatorValuesForm()));
    else if (v.denominator !== undefined && v.numerator === undefined) {
      ctx.issues.push(
        issue('INVALID_INPUT', [...path, 'numerator'], vi.INVALID_INPUT__indicatorNoNumerator(), en.INVALID_INPUT__indicatorNoNumerator()),
      );
    }
  }) as s.Schema<IndicatorValues>;

/**
 * Schema of {@link EvaluateIndicatorOptions} (strict).
 *
 * @example
 * ```ts
 * import { EvaluateIndicatorOptionsSchema } from 'cchc';
 * EvaluateIndicatorOptionsSchema.safeParse({ asOf: '2019-12-09' }).success; // true
 * EvaluateIndicatorOptionsSchema.issuesOf({ asof: '2019-12-09' })[0]?.suggestion; // 'asOf'
 * ```
 *
 * @category Indicators
 */
export const EvaluateIndicatorOptionsSchema: s.Schema<EvaluateIndicatorOptions> = s.object({
  asOf: IsoDateSchema.optional(),
  target: IndicatorTargetSchema.optional(),
  decimals: s.int().min(0).max(20).optional(),
  rounding: RoundingModeSchema.optional(),
});
