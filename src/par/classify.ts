import { z } from 'zod';
import type { Decimal } from 'decimal.js';
import { Decimal as DecimalClass } from 'decimal.js';
import { CchcError, issue, show } from '../core/errors.js';
import { isObject, readDecimal, typeIssue, vi, type Problems } from './_internal/read.js';
import type { ParNumberInput } from './rule.js';

/**
 * One class of a classification (xếp loại / nhóm), with explicit bounds on the index (percent points):
 * `min` ≤ value < `max` by default — "từ 80% đến dưới 90%". `max` absent or `null`: no upper bound.
 *
 * @example
 * ```ts
 * import type { ClassBand } from 'cchc';
 * const tot: ClassBand = { key: 'tot', label: 'Tốt', min: 80, minInclusive: true, max: 90, maxInclusive: false };
 * ```
 */
export interface ClassBand {
  /** Stable key ('A', 'xuat-sac'). Unique within a classification. */
  readonly key: string;
  /** Vietnamese label as printed ("Xuất sắc", "Nhóm A"). */
  readonly label: string;
  /** English label. */
  readonly labelEn?: string;
  /** Lower bound (index points). */
  readonly min: ParNumberInput;
  /** Whether `min` belongs to the band. Default `true` ("từ"). */
  readonly minInclusive?: boolean;
  /** Upper bound; absent or `null` for none. */
  readonly max?: ParNumberInput | null;
  /** Whether `max` belongs to the band. Default `false` ("dưới"). */
  readonly maxInclusive?: boolean;
  /** `false` when the source does not confirm this band's label or bounds (UNVERIFIED). Default `true`. */
  readonly verified?: boolean;
  /** Where the band comes from, what is uncertain. */
  readonly note?: string;
}

/**
 * Schema of {@link ClassBand}.
 *
 * @example
 * ```ts
 * import { ClassBandSchema } from 'cchc';
 * ClassBandSchema.safeParse({ key: 'B', label: 'Nhóm B', min: 80, max: 90 }).success; // true
 * ```
 */
export const ClassBandSchema = z.object({
  key: z.string().min(1),
  label: z.string().min(1),
  labelEn: z.string().optional(),
  min: z.union([z.number(), z.bigint(), z.instanceof(DecimalClass), z.string()]),
  minInclusive: z.boolean().optional(),
  max: z.union([z.number(), z.bigint(), z.instanceof(DecimalClass), z.string(), z.null()]).optional(),
  maxInclusive: z.boolean().optional(),
  verified: z.boolean().optional(),
  note: z.string().optional(),
});

/**
 * A named classification with its sources: the bands, and what the sources leave UNKNOWN.
 *
 * @example
 * ```ts
 * import type { ClassScheme } from 'cchc';
 * const namDinhDepartments: ClassScheme = {
 *   id: 'nam-dinh-2020-so', name: 'Nhóm Chỉ số CCHC các sở, Nam Định 2020', basis: 'Chỉ số CCHC (%)',
 *   sources: ['https://sonoivu.namdinh.gov.vn/cai-cach-hanh-chinh/chi-so-cai-cach-hanh-chinh-nam-2020-cua-cac-so-ban-nganh-va-uy-ban-nhan-dan-cac-huyen-thanh-pho-tinh-nam-dinh-1737'],
 *   bands: [
 *     { key: 'I', label: 'Nhóm I', min: 90 },
 *     { key: 'II', label: 'Nhóm II', min: 80, max: 90 },
 *   ],
 * };
 * ```
 */
export interface ClassScheme {
  readonly id: string;
  /** Vietnamese name. */
  readonly name: string;
  /** What the bounds apply to (e.g. "tỷ lệ % trên tổng điểm phát sinh"). */
  readonly basis?: string;
  /** URLs / documents. */
  readonly sources: readonly string[];
  /** The bands, highest first by convention (any order is accepted). */
  readonly bands: readonly ClassBand[];
  /** Classes the sources name but whose bounds (or names) are UNKNOWN: listed, never guessed, never matched. */
  readonly unknownBands?: readonly { readonly key: string; readonly label: string; readonly note: string }[];
  /** Notes. */
  readonly notes?: readonly string[];
}

/**
 * Schema of {@link ClassScheme}.
 *
 * @example
 * ```ts
 * import { ClassSchemeSchema, PAR_INDEX_GROUPS } from 'cchc';
 * ClassSchemeSchema.safeParse(PAR_INDEX_GROUPS).success; // true
 * ```
 */
export const ClassSchemeSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  basis: z.string().optional(),
  sources: z.array(z.string()),
  bands: z.array(ClassBandSchema).min(1),
  unknownBands: z.array(z.object({ key: z.string(), label: z.string(), note: z.string() })).optional(),
  notes: z.array(z.string()).optional(),
});

/** A band with its bounds read. @internal */
export interface CheckedBand {
  readonly band: ClassBand;
  readonly min: Decimal;
  readonly minInclusive: boolean;
  readonly max: Decimal | null;
  readonly maxInclusive: boolean;
}

const CHECKED = new WeakMap<object, readonly CheckedBand[]>();

function below(a: CheckedBand, b: CheckedBand): boolean {
  // every value of a is below every value of b
  if (a.max === null) return false;
  return a.max.lt(b.min) || (a.max.eq(b.min) && !(a.maxInclusive && b.minInclusive));
}

function bandText(b: CheckedBand): string {
  return `${b.minInclusive ? '[' : '('}${vi(b.min)}; ${b.max === null ? '∞)' : `${vi(b.max)}${b.maxInclusive ? ']' : ')'}`}`;
}

/**
 * Validate a classification. Frozen lists and schemes (the presets) are validated once and cached; others every time,
 * so that a list changed after a first call is never judged on its old content.
 * @internal
 */
export function checkBands(bands: readonly ClassBand[] | ClassScheme): readonly CheckedBand[] {
  if (isObject(bands) || Array.isArray(bands)) {
    const cached = CHECKED.get(bands as object);
    if (cached) return cached;
  }
  const list: unknown = Array.isArray(bands) ? bands : isObject(bands) ? (bands as { bands?: unknown }).bands : undefined;
  const base = Array.isArray(bands) ? ['bands'] : ['bands', 'bands'];
  if (!Array.isArray(list) || list.length === 0) {
    throw new CchcError(issue('PAR_INVALID_BAND', ['bands'], `Cần một danh sách khoảng xếp loại không rỗng, nhận được ${show(list)}`, `Expected a non-empty list of class bands, received ${show(list)}`, list));
  }
  const problems: Problems = [];
  const keys = new Map<string, number>();
  const checked: CheckedBand[] = [];
  list.forEach((b: unknown, i) => {
    const path = [...base, i];
    if (!isObject(b)) {
      problems.push(typeIssue(path, 'một khoảng { key, label, min, … }', 'a band { key, label, min, … }', b));
      return;
    }
    const before = problems.length;
    if (typeof b.key !== 'string' || b.key === '') problems.push(issue('PAR_INVALID_BAND', [...path, 'key'], `Khoảng cần một key không rỗng, nhận được ${show(b.key)}`, `A band needs a non-empty key, received ${show(b.key)}`, b.key));
    else if (keys.has(b.key)) problems.push(issue('PAR_DUPLICATE_BAND', [...path, 'key'], `Key "${b.key}" trùng với khoảng ${keys.get(b.key)}`, `Key "${b.key}" repeats band ${keys.get(b.key)}`, b.key));
    else keys.set(b.key, i);
    if (typeof b.label !== 'string' || b.label === '') problems.push(issue('PAR_INVALID_BAND', [...path, 'label'], `Khoảng cần một nhãn (label), nhận được ${show(b.label)}`, `A band needs a label, received ${show(b.label)}`, b.label));
    const min = readDecimal(b.min, [...path, 'min'], problems);
    const max = b.max === undefined || b.max === null ? null : readDecimal(b.max, [...path, 'max'], problems);
    for (const k of ['minInclusive', 'maxInclusive', 'verified'] as const) {
      if (b[k] !== undefined && typeof b[k] !== 'boolean') problems.push(typeIssue([...path, k], 'true hoặc false', 'true or false', b[k]));
    }
    const minInclusive = b.minInclusive !== false;
    const maxInclusive = b.maxInclusive === true;
    if (min && max && (max.lt(min) || (max.eq(min) && !(minInclusive && maxInclusive)))) {
      problems.push(
        issue(
          'PAR_INVALID_BAND',
          [...path, 'max'],
          `Khoảng "${String(b.key)}" rỗng: cận trên ${vi(max)} không lớn hơn cận dưới ${vi(min)}`,
          `Band "${String(b.key)}" is empty: its upper bound ${max.toFixed()} is not above its lower bound ${min.toFixed()}`,
          max.toFixed(),
        ),
      );
    }
    if (problems.length === before && min && max !== undefined) checked.push({ band: b as unknown as ClassBand, min, minInclusive, max, maxInclusive });
  });
  if (problems.length === 0) {
    for (let i = 0; i < checked.length; i++) {
      for (let j = i + 1; j < checked.length; j++) {
        const a = checked[i]!;
        const b = checked[j]!;
        if (!below(a, b) && !below(b, a)) {
          problems.push(
            issue(
              'PAR_BANDS_OVERLAP',
              [...base, list.indexOf(b.band)],
              `Khoảng "${b.band.key}" ${bandText(b)} chồng lên khoảng "${a.band.key}" ${bandText(a)}`,
              `Band "${b.band.key}" ${bandText(b)} overlaps band "${a.band.key}" ${bandText(a)}`,
              b.band.key,
            ),
          );
        }
      }
    }
  }
  if (problems.length > 0) throw new CchcError(problems);
  const frozen = Object.freeze(checked);
  if (Object.isFrozen(bands) && Object.isFrozen(list)) CHECKED.set(bands as object, frozen);
  return frozen;
}

/** @internal The band of an already-read value. */
export function bandOf(value: Decimal, bands: readonly CheckedBand[]): ClassBand | null {
  for (const b of bands) {
    const aboveMin = b.minInclusive ? value.gte(b.min) : value.gt(b.min);
    const belowMax = b.max === null ? true : b.maxInclusive ? value.lte(b.max) : value.lt(b.max);
    if (aboveMin && belowMax) return b.band;
  }
  return null;
}

/**
 * The class a value falls in (xếp loại theo chỉ số), or `null` when it is in no band (below all bands, or in a gap the
 * classification leaves). Bounds are explicit on each band: by default `min` is included and `max` excluded ("từ 80%
 * đến dưới 90%"), the reading of every grouping found in the sources. Values compare exactly.
 *
 * @param value - the index in percent points (84.58), as a number, Decimal or Vietnamese text ("84,58", "84,58%")
 * @param bands - a list of {@link ClassBand}s or a {@link ClassScheme} such as {@link PAR_INDEX_GROUPS}
 * @throws {@link CchcError} `PAR_INVALID_BAND`, `PAR_DUPLICATE_BAND`, `PAR_BANDS_OVERLAP` for a bad classification;
 *   `INVALID_NUMBER` for a bad value.
 *
 * @example
 * ```ts
 * import { classify, PAR_INDEX_GROUPS, HUE_PAR_CLASSES } from 'cchc';
 * classify(79.13, PAR_INDEX_GROUPS)?.key; // 'C'  (Kiên Giang 2019)
 * classify(90, PAR_INDEX_GROUPS)?.key;    // 'A'
 * classify(89.99, HUE_PAR_CLASSES)?.label; // 'Tốt'
 * classify(62.58, PAR_INDEX_GROUPS);      // null
 * classify('84,58%', PAR_INDEX_GROUPS)?.key; // 'B'  (as a table prints it)
 * ```
 */
export function classify(value: ParNumberInput, bands: readonly ClassBand[] | ClassScheme): ClassBand | null {
  const checked = checkBands(bands);
  const problems: Problems = [];
  const v = readDecimal(value, ['value'], problems, { percentSign: true });
  if (!v) throw new CchcError(problems);
  return bandOf(v, checked);
}
