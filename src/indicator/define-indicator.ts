import { z } from 'zod';
import { CchcError, issue } from '../core/errors.js';
import { parseIsoDate, type IsoDate } from '../core/iso-date.js';
import { IsoDateSchema } from '../core/_zod-legacy.js';
import { zodIssuesToCchcLegacy as zodIssuesToCchc } from '../core/_zod-legacy.js';
import { type SourceRef } from '../quota/source-ref.js';
import { SourceRefSchema } from '../core/_zod-legacy.js';

/**
 * A Vietnamese and English description of what is counted (tử số / mẫu số).
 *
 * @example
 * ```ts
 * import type { IndicatorTerm } from 'cchc';
 * const term: IndicatorTerm = { vi: 'Số TTHC', en: 'Procedures' };
 * ```
 */
export interface IndicatorTerm {
  /** Vietnamese wording. */
  readonly vi: string;
  /** English wording. */
  readonly en: string;
}

/**
 * A target of an indicator (chỉ tiêu): a value in the indicator's unit (percent points for `percent`, a count for
 * `count`), compared in the indicator's direction. `inclusive: false` makes a strict comparison ("trên 80%").
 *
 * @example
 * ```ts
 * import type { IndicatorTarget } from 'cchc';
 * const above80: IndicatorTarget = { value: 80, inclusive: false, deadlineYear: 2020 };
 * ```
 */
export interface IndicatorTarget {
  /** The threshold: 30 for "≥ 30%". */
  readonly value: number;
  /** Whether reaching the threshold exactly counts (≥ / ≤; default `true`). `false` for "trên 80%" (> 80%). */
  readonly inclusive?: boolean;
  /** The year by which the target is due, when it has one. */
  readonly deadlineYear?: number;
  /** Where the target comes from. */
  readonly source?: SourceRef;
}

/**
 * Schema of {@link IndicatorTarget}.
 *
 * @example
 * ```ts
 * import { IndicatorTargetSchema } from 'cchc';
 * IndicatorTargetSchema.safeParse({ value: 30 }).success; // true
 * ```
 */
export const IndicatorTargetSchema = z.object({
  value: z.number().finite().nonnegative(),
  inclusive: z.boolean().optional(),
  deadlineYear: z.number().int().min(1900).max(2200).optional(),
  source: SourceRefSchema.optional(),
});

/**
 * Input of {@link defineIndicator}.
 *
 * @example
 * ```ts
 * import type { IndicatorSpec } from 'cchc';
 * const spec: IndicatorSpec = {
 *   id: 'units-cut', nameVi: 'Số đơn vị giảm', nameEn: 'Units cut', numerator: { vi: 'Đơn vị', en: 'Units' },
 *   unit: 'count', direction: 'at-least', source: { document: 'Kế hoạch 105/KH-UBND' },
 * };
 * ```
 */
export interface IndicatorSpec {
  /** Stable kebab-case id: `one-stop-coverage`, `inspection-coverage`. */
  readonly id: string;
  /** Vietnamese name (tên chỉ số). */
  readonly nameVi: string;
  /** English name. */
  readonly nameEn: string;
  /** What the numerator counts. */
  readonly numerator: IndicatorTerm;
  /** What the denominator counts (ignored for `count` indicators, where it may be omitted). */
  readonly denominator?: IndicatorTerm;
  /** `percent`: a rate shown in %, targets in percent points; `count`: a plain count. */
  readonly unit: 'percent' | 'count';
  /** The indicator's own target, if any (national targets live in `NATIONAL_TARGETS`). */
  readonly target?: IndicatorTarget;
  /** Whether higher is better (`at-least`) or lower is better (`at-most`). */
  readonly direction: 'at-least' | 'at-most';
  /** Where the definition comes from. */
  readonly source: SourceRef;
  /** First day the definition applies (e.g. `'2022-08-15'` for full-process online services). */
  readonly validFrom?: IsoDate;
  /** Last day the definition applies (e.g. `'2022-08-14'` for online-service levels 1–4). */
  readonly validUntil?: IsoDate;
  /** Decimals of the formatted value (default 2, as reports print "99,50%"). */
  readonly decimals?: number;
  /** Whether reports give it by administrative level (cấp tỉnh / huyện / xã). */
  readonly byLevel?: boolean;
  /**
   * For a `percent` indicator: whether it is a share of a whole (tỷ lệ trên tổng số), so that it cannot exceed 100% —
   * a numerator above its denominator, or a percent above 100, is then bad input (`INVALID_INPUT` /
   * `INVALID_PERCENT`) rather than a value. Default `true`; set `false` for rates that may pass 100% (disbursement
   * against a plan that was exceeded, growth rates).
   */
  readonly share?: boolean;
}

const TermSchema = z.object({ vi: z.string().min(1), en: z.string().min(1) });

/**
 * Schema of {@link IndicatorSpec}.
 *
 * @example
 * ```ts
 * import { IndicatorSpecSchema } from 'cchc';
 * IndicatorSpecSchema.safeParse({ id: 'x' }).success; // false
 * ```
 */
export const IndicatorSpecSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be kebab-case (a-z, 0-9, -)'),
  nameVi: z.string().min(1),
  nameEn: z.string().min(1),
  numerator: TermSchema,
  denominator: TermSchema.optional(),
  unit: z.enum(['percent', 'count']),
  target: IndicatorTargetSchema.optional(),
  direction: z.enum(['at-least', 'at-most']),
  source: SourceRefSchema,
  validFrom: IsoDateSchema.optional(),
  validUntil: IsoDateSchema.optional(),
  decimals: z.number().int().min(0).max(20).optional(),
  byLevel: z.boolean().optional(),
  share: z.boolean().optional(),
});

/**
 * A validated indicator (chỉ số theo dõi), frozen. Made by {@link defineIndicator}; evaluated by `evaluateIndicator`.
 *
 * @example
 * ```ts
 * import { getIndicator } from 'cchc';
 * getIndicator('one-stop-coverage').byLevel; // true
 * ```
 */
export interface IndicatorDefinition extends IndicatorSpec {
  /** Always set: 2 unless the spec said otherwise. */
  readonly decimals: number;
  /** Always set. */
  readonly byLevel: boolean;
  /** Always set: `true` unless the spec said `false` (meaningful for `percent` indicators). */
  readonly share: boolean;
}

/**
 * Define an indicator (định nghĩa chỉ số): what is counted over what, in which unit, which direction is better, an
 * optional target and the source. Validation collects every problem.
 *
 * @throws {@link CchcError} `INVALID_INDICATOR` listing every problem (bad id, missing names, a `percent` indicator
 *   without a denominator, `validUntil` before `validFrom`, a percent target above 100 …).
 * @example
 * ```ts
 * import { defineIndicator } from 'cchc';
 * const inspected = defineIndicator({
 *   id: 'inspection-coverage',
 *   nameVi: 'Tỷ lệ cơ quan được kiểm tra CCHC',
 *   nameEn: 'Share of agencies inspected for administrative reform',
 *   numerator: { vi: 'Số cơ quan được kiểm tra', en: 'Agencies inspected' },
 *   denominator: { vi: 'Số sở, ngành và UBND cấp huyện', en: 'Departments and district people’s committees' },
 *   unit: 'percent',
 *   direction: 'at-least',
 *   target: { value: 30 },
 *   source: { document: 'Báo cáo 389/BC-UBND (Kiên Giang, 2019), §I.2' },
 * });
 * inspected.decimals; // 2
 * defineIndicator({ ...inspected, id: 'Bad Id' }); // throws CchcError INVALID_INDICATOR
 * ```
 */
export function defineIndicator(spec: IndicatorSpec): IndicatorDefinition {
  const r = IndicatorSpecSchema.safeParse(spec, { reportInput: true });
  if (!r.success) {
    throw new CchcError(zodIssuesToCchc(r.error.issues).map((i) => ({ ...i, code: 'INVALID_INDICATOR' as const })));
  }
  const s = r.data;
  const problems = [];
  if (s.unit === 'percent' && !s.denominator) {
    problems.push(issue('INVALID_INDICATOR', ['denominator'], 'Chỉ số tỷ lệ (%) cần mô tả mẫu số', 'A percent indicator needs a denominator'));
  }
  if (s.unit === 'percent' && s.target && s.target.value > 100) {
    problems.push(issue('INVALID_INDICATOR', ['target', 'value'], `Chỉ tiêu tỷ lệ không thể vượt 100%: ${s.target.value}`, `A percent target cannot exceed 100: ${s.target.value}`, s.target.value));
  }
  if (s.validFrom && s.validUntil && parseIsoDate(s.validUntil) < parseIsoDate(s.validFrom)) {
    problems.push(issue('INVALID_INDICATOR', ['validUntil'], `validUntil (${s.validUntil}) trước validFrom (${s.validFrom})`, `validUntil (${s.validUntil}) is before validFrom (${s.validFrom})`, s.validUntil));
  }
  if (problems.length > 0) throw new CchcError(problems);
  const def = {
    ...s,
    decimals: s.decimals ?? 2,
    byLevel: s.byLevel ?? false,
    share: s.share ?? true,
  } as IndicatorDefinition;
  return deepFreeze(def);
}

function deepFreeze<T>(o: T): T {
  if (typeof o === 'object' && o !== null && !Object.isFrozen(o)) {
    Object.freeze(o);
    for (const v of Object.values(o)) deepFreeze(v);
  }
  return o;
}
