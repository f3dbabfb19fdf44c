import { CchcError, type CchcIssue, type CchcPath } from '../core/errors.js';
import type { IsoDate } from '../core/iso-date.js';
import type { BilingualText } from '../core/bilingual.js';
import type { SourceRef } from '../core/source-ref.js';
import { deepFreeze } from '../core/_internal/freeze.js';
import { withDeprecated } from '../core/fields.js';
import { IndicatorSpecSchema } from './indicator-schema.js';
import { byIdentity } from '../core/_internal/identity.js';

/**
 * A Vietnamese and English description of what is counted (tử số / mẫu số): a {@link BilingualText}.
 *
 * @example
 * ```ts
 * import type { IndicatorTerm } from 'cchc';
 * const term: IndicatorTerm = { vi: 'Số TTHC', en: 'Procedures' };
 * ```
 *
 * @category Indicators
 */
export type IndicatorTerm = BilingualText;

/**
 * When a definition applies (hiệu lực), bounds inclusive; an absent bound is open.
 *
 * @example
 * ```ts
 * import type { IndicatorValidity } from 'cchc';
 * const fromNd42: IndicatorValidity = { start: '2022-08-15' };
 * ```
 *
 * @category Indicators
 */
export interface IndicatorValidity {
  /** First day the definition applies. */
  readonly start?: IsoDate;
  /** Last day the definition applies. */
  readonly end?: IsoDate;
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
 *
 * @category Indicators
 */
export interface IndicatorTarget {
  /** The threshold in the indicator's unit: 30 for "≥ 30%" (percent points), 100 for "100 units". */
  readonly value: number;
  /** Whether reaching the threshold exactly counts (≥ / ≤; default `true`). `false` for "trên 80%" (> 80%). */
  readonly inclusive?: boolean;
  /** The year by which the target is due, when it has one. */
  readonly deadlineYear?: number;
  /** Where the target comes from. */
  readonly sources?: readonly SourceRef[];
  /** @deprecated Use `sources` (0.2); when both are given, `source` must be `sources[0]`. */
  readonly source?: SourceRef;
}

/**
 * The fields of an {@link IndicatorSpec} that have one spelling (the name and the sources have two, see
 * {@link IndicatorSpecName} and {@link IndicatorSpecSources}).
 *
 * @example
 * ```ts
 * import type { IndicatorSpecFields } from 'cchc';
 * const fields: IndicatorSpecFields = { id: 'units-cut', numerator: { vi: 'Đơn vị', en: 'Units' }, unit: 'count', direction: 'at-least' };
 * ```
 *
 * @category Indicators
 */
export interface IndicatorSpecFields {
  /** Stable kebab-case id: `one-stop-coverage`, `inspection-coverage`. */
  readonly id: string;
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
  /**
   * When the definition applies, bounds inclusive (e.g. `{ end: '2022-08-14' }` for online-service levels 1–4,
   * `{ start: '2022-08-15' }` for full-process online services).
   */
  readonly validity?: IndicatorValidity;
  /** @deprecated Use `validity.start` (0.2). */
  readonly validFrom?: IsoDate;
  /** @deprecated Use `validity.end` (0.2). */
  readonly validUntil?: IsoDate;
  /** Decimals of the formatted value (default 2, as reports print "99,50%"). */
  readonly decimals?: number;
  /** Whether reports give it by administrative level (cấp tỉnh / huyện / xã). */
  readonly byLevel?: boolean;
  /**
   * For a `percent` indicator: whether it is a share of a whole (tỷ lệ trên tổng số), so that it cannot exceed 100% —
   * a numerator above its denominator, or a percent above 100, is then bad input (`INVALID_INPUT` /
   * `RATE_OUT_OF_RANGE`) rather than a value. Default `true`; set `false` for rates that may pass 100% (disbursement
   * against a plan that was exceeded, growth rates).
   */
  readonly share?: boolean;
}

/**
 * The name of an indicator in an {@link IndicatorSpec}: `name`, or the deprecated `nameVi` + `nameEn`.
 *
 * @example
 * ```ts
 * import type { IndicatorSpecName } from 'cchc';
 * const name: IndicatorSpecName = { name: { vi: 'Số đơn vị giảm', en: 'Units cut' } };
 * ```
 *
 * @category Indicators
 */
export type IndicatorSpecName =
  | {
      /** Name of the indicator (tên chỉ số), in Vietnamese and English. */
      readonly name: BilingualText;
      /** @deprecated Use `name.vi` (0.2). */
      readonly nameVi?: string;
      /** @deprecated Use `name.en` (0.2). */
      readonly nameEn?: string;
    }
  | {
      readonly name?: undefined;
      /** @deprecated Use `name` (0.2). */
      readonly nameVi: string;
      /** @deprecated Use `name` (0.2). */
      readonly nameEn: string;
    };

/**
 * The citations of an indicator in an {@link IndicatorSpec}: `sources`, or the deprecated `source`.
 *
 * @example
 * ```ts
 * import type { IndicatorSpecSources } from 'cchc';
 * const cited: IndicatorSpecSources = { sources: [{ document: 'Kế hoạch 105/KH-UBND' }] };
 * ```
 *
 * @category Indicators
 */
export type IndicatorSpecSources =
  | {
      /** Where the definition comes from (at least one). */
      readonly sources: readonly SourceRef[];
      /** @deprecated Use `sources` (0.2). */
      readonly source?: SourceRef;
    }
  | {
      readonly sources?: undefined;
      /** @deprecated Use `sources` (0.2). */
      readonly source: SourceRef;
    };

/**
 * Input of {@link defineIndicator}.
 *
 * @example
 * ```ts
 * import type { IndicatorSpec } from 'cchc';
 * const spec: IndicatorSpec = {
 *   id: 'units-cut', name: { vi: 'Số đơn vị giảm', en: 'Units cut' }, numerator: { vi: 'Đơn vị', en: 'Units' },
 *   unit: 'count', direction: 'at-least', sources: [{ document: 'Kế hoạch 105/KH-UBND' }],
 * };
 * ```
 *
 * @category Indicators
 */
export type IndicatorSpec = IndicatorSpecFields & IndicatorSpecName & IndicatorSpecSources;

/**
 * A validated indicator (chỉ số theo dõi), deeply frozen. Made by {@link defineIndicator}; evaluated by
 * `evaluateIndicator`. The deprecated fields (`nameVi`, `nameEn`, `source`, `validFrom`, `validUntil`) are still
 * readable but not enumerable, so `{ ...definition, id: 'other' }` is a valid spec.
 *
 * @example
 * ```ts
 * import { getIndicator } from 'cchc';
 * getIndicator('one-stop-coverage').byLevel; // true
 * getIndicator('one-stop-coverage').name.en; // 'Share of administrative procedures handled under the one-stop mechanism'
 * ```
 *
 * @category Indicators
 */
export interface IndicatorDefinition extends IndicatorSpecFields {
  /** Name of the indicator, in Vietnamese and English. */
  readonly name: BilingualText;
  /** @deprecated Use `name.vi` (0.2). */
  readonly nameVi: string;
  /** @deprecated Use `name.en` (0.2). */
  readonly nameEn: string;
  /** Where the definition comes from (at least one). */
  readonly sources: readonly SourceRef[];
  /** @deprecated Use `sources[0]` (0.2). */
  readonly source: SourceRef;
  /** Always set: 2 unless the spec said otherwise. */
  readonly decimals: number;
  /** Always set. */
  readonly byLevel: boolean;
  /** Always set: `true` unless the spec said `false` (meaningful for `percent` indicators). */
  readonly share: boolean;
}

/** The definitions made here (frozen, so they cannot have changed since): evaluateIndicator trusts them. */
const DEFINED = byIdentity(new WeakSet<object>());

/** @internal Whether `def` was made by {@link defineIndicator}. */
export function isDefined(def: unknown): def is IndicatorDefinition {
  return typeof def === 'object' && def !== null && DEFINED.has(def);
}

const copySource = (s: SourceRef): SourceRef => ({ ...s });

/** @internal A frozen copy of a target, with the deprecated `source` as a non-enumerable duplicate. */
export function normalizeTarget(t: IndicatorTarget): IndicatorTarget {
  const sources = t.sources ?? (t.source ? [t.source] : undefined);
  const out: IndicatorTarget = {
    value: t.value,
    ...(t.inclusive !== undefined ? { inclusive: t.inclusive } : {}),
    ...(t.deadlineYear !== undefined ? { deadlineYear: t.deadlineYear } : {}),
    ...(sources ? { sources: sources.map(copySource) } : {}),
  };
  return deepFreeze(withDeprecated(out, { source: out.sources?.[0] }));
}

/** Codes a definition's problems keep; every other problem is reported as `INVALID_INDICATOR`. */
const KEPT_CODES = new Set(['UNKNOWN_KEY', 'INVALID_DATE_RANGE', 'TEXT_TOO_LONG', 'INPUT_TOO_LARGE', 'INPUT_TOO_DEEP']);

/** @internal Validate a spec and build the frozen definition; issues are reported under `path`. */
export function buildDefinition(spec: IndicatorSpec, path: CchcPath): IndicatorDefinition {
  const issues = IndicatorSpecSchema.issuesOf(spec, { path });
  if (issues.length > 0) {
    // A spec that is not an object at all is INVALID_INPUT, like any input of the wrong kind; a spec with bad fields
    // is INVALID_INDICATOR.
    const notObject = (i: CchcIssue) => i.code === 'INVALID_INPUT' && i.path.length === path.length;
    throw new CchcError(
      issues.map((i): CchcIssue => (KEPT_CODES.has(i.code) || notObject(i) ? i : Object.freeze({ ...i, code: 'INVALID_INDICATOR' }))),
    );
  }
  const s = spec as IndicatorSpecFields & {
    name?: BilingualText;
    nameVi?: string;
    nameEn?: string;
    sources?: readonly SourceRef[];
    source?: SourceRef;
  };
  const name: BilingualText = s.name ? { vi: s.name.vi, en: s.name.en } : { vi: s.nameVi!, en: s.nameEn! };
  const sources = (s.sources ?? [s.source!]).map(copySource);
  const start = s.validity ? s.validity.start : s.validFrom;
  const end = s.validity ? s.validity.end : s.validUntil;
  const validity =
    start !== undefined || end !== undefined
      ? { ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) }
      : undefined;
  const def = {
    id: s.id,
    name,
    numerator: { vi: s.numerator.vi, en: s.numerator.en },
    ...(s.denominator ? { denominator: { vi: s.denominator.vi, en: s.denominator.en } } : {}),
    unit: s.unit,
    ...(s.target ? { target: normalizeTarget(s.target) } : {}),
    direction: s.direction,
    sources,
    ...(validity ? { validity } : {}),
    decimals: s.decimals ?? 2,
    byLevel: s.byLevel ?? false,
    share: s.share ?? true,
  } as unknown as IndicatorDefinition;
  withDeprecated(def, { nameVi: name.vi, nameEn: name.en, source: sources[0], validFrom: start, validUntil: end });
  deepFreeze(def);
  DEFINED.add(def);
  return def;
}

/**
 * Define an indicator (định nghĩa chỉ số): what is counted over what, in which unit, which direction is better, an
 * optional target and the sources. Validation collects every problem; the caller's objects are copied, never frozen.
 *
 * @throws {@link CchcError} `INVALID_INDICATOR` listing every problem (bad id, missing name or sources, a `percent`
 *   indicator without a denominator, a percent target above 100 …), `INVALID_DATE_RANGE` (a validity that ends before
 *   it starts), `UNKNOWN_KEY` (a typo such as `denominater`, with a `suggestion`), `INVALID_INPUT` (a spec that is not
 *   an object).
 * @example
 * ```ts
 * import { defineIndicator } from 'cchc';
 * const inspected = defineIndicator({
 *   id: 'inspection-coverage',
 *   name: { vi: 'Tỷ lệ cơ quan được kiểm tra CCHC', en: 'Share of agencies inspected for administrative reform' },
 *   numerator: { vi: 'Số cơ quan được kiểm tra', en: 'Agencies inspected' },
 *   denominator: { vi: 'Số sở, ngành và UBND cấp huyện', en: 'Departments and district people’s committees' },
 *   unit: 'percent',
 *   direction: 'at-least',
 *   target: { value: 30 },
 *   sources: [{ document: 'Báo cáo 389/BC-UBND (Kiên Giang, 2019), §I.2' }],
 * });
 * inspected.decimals; // 2
 * defineIndicator({ ...inspected, id: 'inspection-coverage-2020' }).id; // 'inspection-coverage-2020'
 * defineIndicator({ ...inspected, id: 'Bad Id' }); // throws CchcError INVALID_INDICATOR
 * ```
 *
 * @category Indicators
 */
export function defineIndicator(spec: IndicatorSpec): IndicatorDefinition {
  return buildDefinition(spec, []);
}
